"""The character folding of db/folding.py: its fast paths give exactly what unicodedata and OpenCC give."""

import importlib.util
import json
import unicodedata
from pathlib import Path

import opencc
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from db import folding
from db.folding import simplify

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
    assert folding.nfkc(s) == unicodedata.normalize("NFKC", s)


@settings(max_examples=300, deadline=None)
@given(MIXED.filter(lambda s: not any("\ud800" <= c <= "\udfff" for c in s)))
def test_to_simplified_is_opencc(s):
    assert folding.to_simplified(s) == opencc.OpenCC("t2s").convert(s)


def test_t2s_chars_is_for_the_installed_opencc():
    data = json.loads(folding.T2S_CHARS.read_text(encoding="utf-8"))
    assert data["opencc_version"] == opencc.__version__, "rerun db/make_t2s_chars.py"
    assert folding._traditional() is not None


def test_every_character_opencc_changes_is_a_trigger():
    chars = [chr(cp) for cp in range(0x80, 0x10000) if not 0xD800 <= cp <= 0xDFFF and cp != 0x0A]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    assert len(converted) == len(chars)
    trigger = folding._traditional()
    assert [c for c, out in zip(chars, converted) if out != c and not trigger.match(c)] == []


def test_phrases_that_change_are_triggered():
    # 深沈 → 深沉 though 沈 alone stays 沈: phrase characters are in the trigger set too.
    for phrase in ("深沈", "答覆", "捏坏", "英哩", "憑藉"):
        assert opencc.OpenCC("t2s").convert(phrase) != phrase
        assert folding.to_simplified(phrase) == opencc.OpenCC("t2s").convert(phrase)


def test_t2s_chars_file_is_current():
    if not (Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict").exists():
        pytest.skip("this opencc wheel ships no opencc_dict")
    spec = importlib.util.spec_from_file_location(
        "make_t2s_chars", Path(folding.__file__).with_name("make_t2s_chars.py"))
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    data = json.loads(folding.T2S_CHARS.read_text(encoding="utf-8"))
    assert make.build()["chars"] == data["chars"]


@settings(max_examples=300, deadline=None)
@example("0O0")  # (a zero typed as O between digits: the case the model once got wrong)
@given(st.lists(st.one_of(TRICKY, st.sampled_from(["\u200b", "\ufeff", "\u00ad", "(jiān)", "（zhèng）", "(PDF)", "ǎ"]),
                          st.characters(blacklist_categories=("Cs",))), max_size=30).map("".join))
def test_simplify_is_nfkc_then_the_letter_zero_then_cleaning_then_opencc(s):
    want = unicodedata.normalize("NFKC", s)
    # the repair: a zero typed as the letter O inside a number (the pattern matches the run of O alone, its digit
    # behind it)
    want = folding._LETTER_ZERO.sub(lambda m: "0" * len(m[0]), want)
    want = folding._ZERO_WIDTH.sub("", want)
    want = opencc.OpenCC("t2s").convert(folding.strip_pinyin_annotations(want))
    assert simplify(s) == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("領(lǐng)取證(zhèng)書", "领取证书"),
        # a lost tone vowel leaves a gap: an annotation too, once the text has real ones
        ("證(zhèng)書在本網(w ng)站公布", "证书在本网站公布"),
        ("本網(w ng)站公布", "本网(w ng)站公布"),  # no real annotation: left alone
        ("资格（水平）：第二批，", "资格（水平）：第二批，"),  # full-width punctuation kept
        ("下载(PDF)表格", "下载(PDF)表格"),
        ("監\u200b理", "监理"),
        ("", ""),
    ],
)
def test_readable_is_simplified_text_with_its_own_punctuation(raw, want):
    assert folding.readable(raw) == want


@pytest.mark.parametrize(("raw", "want"), [
    ("領(lǐng)取證書的(de)時間", "领取证书的时间"),  # the neutral tone beside a toned annotation
    ("考試(kao)報(bào)名", "考试报名"),  # a mark dropped
    ("證(zhèng)書(PDF)及(ab)附件(ok)", "证书(PDF)及(ab)附件(ok)"),  # no syllable: kept
    ("證書的(de)時間", "证书的(de)时间"),  # no toned annotation in the text: kept
])
def test_simplify_drops_a_toneless_syllable_only_beside_toned_annotations(raw, want):
    assert simplify(raw) == want


def test_simplify_drops_a_damaged_annotation_only_beside_real_ones():
    assert simplify("證(zhèng)書在本網(w ng)站公布") == "证书在本网站公布"
    assert simplify("本網(w ng)站") == "本网(w ng)站"


@pytest.mark.parametrize(
    ("derived", "shown"),
    [
        ("资格(水平)考试", "资格（水平）考试"),
        ("(第二批)", "（第二批）"),
        ("领取地点:某中心(中山路1号3楼)", "领取地点：某中心（中山路1号3楼）"),
        ("10月29日,逾期不再受理;请勿代领?", "10月29日，逾期不再受理；请勿代领？"),
        ("时间:9:00-12:00", "时间：9:00-12:00"),  # a clock keeps its colon
        ("工本费1,000元", "工本费1,000元"),  # and a number its comma
        ("(2026)", "(2026)"),  # nothing Chinese beside it
        ("see (a), (b)", "see (a), (b)"),
        ("", ""),
    ],
)
def test_cjk_punctuation_shows_chinese_marks_beside_chinese(derived, shown):
    assert folding.cjk_punctuation(derived) == shown
