import importlib.util
import json
import unicodedata
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines import text as text_module
from pipelines.text import clean_title, drop_spam, lead, simplify, split_title


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("監(jiān)理工程師", "监理工程师"),
        ("２０２４年３月５日", "2024年3月5日"),
        ("监理工程师(水利工程)", "监理工程师(水利工程)"),
        ("(9月第2批次)", "(9月第2批次)"),
        ("附件(PDF)", "附件(PDF)"),
        ("證\u200b書", "证书"),
        ("", ""),
    ],
)
def test_simplify(raw, want):
    assert simplify(raw) == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("2024河南監(jiān)理工程師職業(yè)資格證書補(bǔ)辦指南2024-11-06", "2024河南监理工程师职业资格证书补办指南"),
        ("[东莞市人事考试中心]关于领取2023年度一级建造师证书的通知", "关于领取2023年度一级建造师证书的通知"),
        ("【证书领取】2016年湖南省湘潭市审计师合格证书的领取通知", "2016年湖南省湘潭市审计师合格证书的领取通知"),
        ("·[广东省人事考试局]2013年卫生专业技术资格考试合格证书发放通知_粤人考函[2014]46",
         "2013年卫生专业技术资格考试合格证书发放通知"),
        ("2024年兵團監理工程師證書領取通知(9月第2批次)2024-09-29", "2024年兵团监理工程师证书领取通知(9月第2批次)"),
        ("关于领取证书的通知 (2023/12/01)", "关于领取证书的通知"),
        ("2016第四次天津市专业技术人员计算机应用能力考试证书发放通知",
         "2016第四次天津市专业技术人员计算机应用能力考试证书发放通知"),
    ],
)
def test_clean_title(raw, want):
    assert clean_title(raw) == want


def test_drop_spam_keeps_notice_lines():
    text = "证书领取通知\n考研交流QQ群:123456\n图片\n请于3月1日前领取\n修改程序www.med126.com"
    assert drop_spam(text) == "证书领取通知\n请于3月1日前领取\n修改程序"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("关于领取证书的通知\n各位考生:\n即日起领取", "关于领取证书的通知"),
        ("各位考生:\n即日起领取", ""),
        ("当前位置:首页 >> 证书\n2022年山西出版资格考试合格证书领取方式\n正文", "2022年山西出版资格考试合格证书领取方式"),
        ("", ""),
    ],
)
def test_split_title(text, title):
    assert split_title(text)[0] == title


def test_lead_is_the_first_lines():
    assert lead("\n一\n\n二\n三") == "一\n二"


def test_lead_skips_a_repeated_title_and_meta_lines():
    body = "关于领取证书的通知\n发布时间:2026-05-01 来源:湖北省人事考试院\n各位考生:\n2025年度一级建造师证书"
    assert lead(body, title="关于领取证书的通知") == "各位考生:\n2025年度一级建造师证书"


# --- the fast paths of `simplify` must give exactly what the libraries give ---------------

# Characters that exercise NFKC's corner cases: full-width and half-width forms, combining
# marks (which recompose with what precedes them), Hangul jamo (composed algorithmically),
# half-width katakana and voiced marks, enclosed numbers, CJK compatibility ideographs.
TRICKY = st.sampled_from(
    "，：（）；！？\u3000０９ＡＺａｚ①⑩㈠㎡…‐—“”·、。《》【】"
    "eaAÅ\u0301\u0300\u0308\u0327\u0323\u031b\u0345"
    "\u1100\u1161\u11a8\uac00\uffa1\uffc2\u3131\u314f"
    "ｶﾞﾟ\uff9e\uff9f\u3099\u309a\u309b\u309cか\u304c"
    "\uf900\ufa10\u2f00\u00bd\u00b4\u00a8\u00b8\u0958\u093c\u0915\u09be\u09c7"
    "监理證書长長沈坏覆藉哩乾隆深"
)
MIXED = st.lists(st.one_of(TRICKY, st.characters()), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(MIXED, st.text()))
def test_nfkc_is_unicodedata_nfkc(s):
    assert text_module.nfkc(s) == unicodedata.normalize("NFKC", s)


@settings(max_examples=300, deadline=None)
@given(MIXED.filter(lambda s: not any("\ud800" <= c <= "\udfff" for c in s)))
def test_to_simplified_is_opencc(s):
    assert text_module.to_simplified(s) == opencc.OpenCC("t2s").convert(s)


def test_t2s_chars_is_for_the_installed_opencc():
    data = json.loads(text_module.T2S_CHARS.read_text(encoding="utf-8"))
    assert data["opencc_version"] == opencc.__version__, "rerun pipelines/data/make_t2s_chars.py"
    assert text_module._traditional() is not None


def test_every_character_opencc_changes_is_a_trigger():
    chars = [chr(cp) for cp in range(0x80, 0x10000) if not 0xD800 <= cp <= 0xDFFF and cp != 0x0A]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    assert len(converted) == len(chars)
    trigger = text_module._traditional()
    assert [c for c, out in zip(chars, converted) if out != c and not trigger.match(c)] == []


def test_phrases_that_change_are_triggered():
    # 深沈 → 深沉 though 沈 alone stays 沈: phrase characters are in the trigger set too.
    for phrase in ("深沈", "答覆", "捏坏", "英哩", "憑藉"):
        assert opencc.OpenCC("t2s").convert(phrase) != phrase
        assert text_module.to_simplified(phrase) == opencc.OpenCC("t2s").convert(phrase)


def test_t2s_chars_file_is_current():
    if not (Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict").exists():
        pytest.skip("this opencc wheel ships no opencc_dict")
    spec = importlib.util.spec_from_file_location(
        "make_t2s_chars", Path(text_module.__file__).parent / "data" / "make_t2s_chars.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    data = json.loads(text_module.T2S_CHARS.read_text(encoding="utf-8"))
    assert make.build()["chars"] == data["chars"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TRICKY, st.sampled_from(["\u200b", "\ufeff", "\u00ad", "(jiān)", "（zhèng）", "(PDF)", "ǎ"]),
                          st.characters(blacklist_categories=("Cs",))), max_size=30).map("".join))
def test_simplify_is_nfkc_then_cleaning_then_opencc(s):
    want = text_module._ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", s))
    want = opencc.OpenCC("t2s").convert(text_module.strip_pinyin_annotations(want))
    assert simplify(s) == want
