import importlib.util
import json
import unicodedata
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines import text as text_module
from pipelines.spam import drop_spam
from pipelines.text import clean_title, lead, simplify, split_title


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("監(jiān)理工程師", "监理工程师"),
        ("２０２４年３月５日", "2024年3月5日"),
        ("造价工程师(安装工程)", "造价工程师(安装工程)"),
        ("(7月第4批次)", "(7月第4批次)"),
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
        ("2023湖北造價(jià)工程師資格證書換(huàn)發(fā)說明2023-05-19", "2023湖北造价工程师资格证书换发说明"),
        ("[东莞市人事考试中心]关于领取2023年度一级建造师证书的通知", "关于领取2023年度一级建造师证书的通知"),
        ("【证书办理】2018年江西省赣州市统计师合格证书的办理公告", "2018年江西省赣州市统计师合格证书的办理公告"),
        ("·[某省人事考试局]2015年出版专业资格合格证书发放公告_某人考函[2016]12",
         "2015年出版专业资格合格证书发放公告"),
        ("2025年兵團一級造價工程師證書發放公告(11月第3批次)2025-11-03", "2025年兵团一级造价工程师证书发放公告(11月第3批次)"),
        ("关于领取证书的通知 (2023/12/01)", "关于领取证书的通知"),
        ("2015第三次沈阳市专业技术人员职称外语考试证书发放公告",
         "2015第三次沈阳市专业技术人员职称外语考试证书发放公告"),  # no date tail to cut
    ],
)
def test_clean_title(raw, want):
    assert clean_title(raw) == want


def test_drop_spam_keeps_notice_lines():
    text = "证书发放公告\n备考交流QQ群:654321\n图片\n请于6月2日前办理\n办理流程www.example.com"
    assert drop_spam(text) == "证书发放公告\n请于6月2日前办理\n办理流程"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("关于发放证书的公告\n各位合格人员:\n即日起办理", "关于发放证书的公告"),
        ("各位合格人员:\n即日起办理", ""),
        ("当前位置:首页 >> 证书\n2020年陕西审计师合格证书办理方式\n正文", "2020年陕西审计师合格证书办理方式"),
        # breadcrumbs in other words, or only a chain of `>`
        ("您现在的位置:某网校 > 经济师 > 证书办理\n2021年经济师证书办理\n正文", "2021年经济师证书办理"),
        ("您的当前位置:首页 > 考试 > 统计师\n2019年统计师证书发放\n正文", "2019年统计师证书发放"),
        # a header line is not the title, and stays in the body (it dates the page)
        ("时间:03-18 人气:12 作者:某某\n统计师证书发放安排\n正文", "统计师证书发放安排"),
        # an excerpt that starts inside a page has no title
        ("二、证书办理\n合格人员请到窗口办理", ""),
        ("(三)邮寄申请\n登录系统申请", ""),
        ("3、证书领取\n带身份证办理", ""),
        ("证书一般在成绩公布后两个月发放。部分地区推行电子证书。", ""),
        ("", ""),
    ],
)
def test_split_title(text, title):
    assert split_title(text)[0] == title


def test_split_title_keeps_the_header_in_the_body():
    assert split_title("时间:03-18 人气:12\n统计师证书发放安排\n正文") == ("统计师证书发放安排", "时间:03-18 人气:12\n正文")


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
def test_simplify_is_nfkc_then_the_letter_zero_then_cleaning_then_opencc(s):
    want = unicodedata.normalize("NFKC", s)
    # the repair: a zero typed as the letter O inside a number
    want = text_module._LETTER_ZERO.sub(lambda m: m[0][0] + "0" * (len(m[0]) - 1), want)
    want = text_module._ZERO_WIDTH.sub("", want)
    want = opencc.OpenCC("t2s").convert(text_module.strip_pinyin_annotations(want))
    assert simplify(s) == want
