"""Text cleaning shared by the normalizer, the search index and the crawler."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import opencc

from pipelines.dates import ORG_END, STAMP_LABEL


# A pinyin annotation is a bracketed lower-case Latin run holding at least one tone-marked
# vowel: `監(jiān)理` loses `(jiān)`, while `(水利工程)`, `(PDF)` and `(9月第2批次)` stay.
# Written by hand because OpenCC keeps such annotations and no library strips them.
_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN_ANNOTATION = re.compile(
    rf"[(（]\s*(?=[a-z{_TONE_VOWELS}]*[{_TONE_VOWELS}])[a-z{_TONE_VOWELS}]+(?:\s+[a-z{_TONE_VOWELS}]+)*\s*[)）]"
)
PINYIN_ANNOTATION = _PINYIN_ANNOTATION
_HAS_TONE = re.compile(f"[{_TONE_VOWELS}]")
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")

T2S_CHARS = Path(__file__).parent / "data" / "t2s_chars.json"


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _char_class(chars, extra: str = "") -> str:
    """A regex character class of `chars`, as ranges of consecutive code points, plus the
    class syntax in `extra`."""
    cps = sorted(map(ord, set(chars)))
    parts, i = [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = re.escape(chr(cps[i])), re.escape(chr(cps[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(parts) + extra + "]"


@lru_cache(maxsize=1)
def _t2s_chars() -> str | None:
    """Characters that can make OpenCC's t2s change a text (data/make_t2s_chars.py), or None
    when the file was generated for another OpenCC version: then every text is converted."""
    try:
        data = json.loads(T2S_CHARS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("opencc_version") != opencc.__version__ or not data.get("chars"):
        return None
    return data["chars"]


def _bmp_class(chars) -> str:
    # One class, so the engine skips at C speed to a character in it. Characters beyond the
    # BMP are in it as one range: the engine keeps a bitmap for the BMP only and tries every
    # other item of a class in turn (600 of them: 100× slower), and such characters are rare
    # in notices (the slow path then simply runs).
    return _char_class((c for c in chars if ord(c) <= 0xFFFF), "\U00010000-\U0010FFFF")


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern | None:
    chars = _t2s_chars()
    return re.compile(_bmp_class(chars)) if chars else None


@lru_cache(maxsize=1)
def _needs_cleaning() -> re.Pattern | None:
    """Any character that the steps after NFKC act on (zero-width, tone-marked vowel, one
    OpenCC would change): one search instead of three on the usual text, which has none."""
    chars = _t2s_chars()
    if not chars:
        return None
    return re.compile(_bmp_class(chars + _TONE_VOWELS + _ZERO_WIDTH_CHARS))


# NFKC fast path. `unicodedata.normalize` decomposes and recomposes the whole text as soon as
# one character changes, and notices always hold some (，：（）are full-width forms), which
# made NFKC the costliest step of cleaning a body (10× what follows). Instead each character
# is replaced by its own NFKC form with `str.replace`: the result is compatibility-equivalent
# to the input by construction, so when it is itself in NFKC (`is_normalized`, a C-speed quick
# check on such text) it *is* the NFKC of the input. Otherwise (combining marks, characters
# not tabled) the full normalizer runs, so the output never differs from it.
_NFKC_COMMON = "，：（）；！？\u3000"  # tried with a plain `in` first: nearly every notice has them
# The blocks notices draw on (Latin-1, punctuation, symbols, enclosed numbers, CJK symbols and
# compatibility forms, full- and half-width forms); other characters go to the full normalizer.
_NFKC_BLOCKS = ((0x00A0, 0x00FF), (0x2000, 0x33FF), (0xF900, 0xFAFF), (0xFE10, 0xFE6F), (0xFF00, 0xFFEF))


@lru_cache(maxsize=1)
def _nfkc_table() -> tuple[re.Pattern, dict[str, str]]:
    table = {}
    for lo, hi in _NFKC_BLOCKS:
        for cp in range(lo, hi + 1):
            c = chr(cp)
            n = unicodedata.normalize("NFKC", c)
            if n != c:
                table[c] = n
    return re.compile(_char_class(table)), table


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, ten times faster on notice text."""
    if unicodedata.is_normalized("NFKC", text):  # a C-speed check; a third of the texts pass
        return text
    pattern, table = _nfkc_table()
    out = text
    for c in _NFKC_COMMON:
        if c in out:
            out = out.replace(c, table[c])
    if unicodedata.is_normalized("NFKC", out):
        return out
    for c in set(pattern.findall(out)):
        out = out.replace(c, table[c])
    if unicodedata.is_normalized("NFKC", out):
        return out
    return unicodedata.normalize("NFKC", text)


def strip_pinyin_annotations(text: str) -> str:
    return _PINYIN_ANNOTATION.sub("", text)


def to_simplified(text: str) -> str:
    traditional = _traditional()
    if traditional is not None and not traditional.search(text):
        return text  # nothing OpenCC would change: most notices are Simplified already
    return _t2s().convert(text)


# `normalize_record` simplifies a notice's text twice (for its fields after the spam filter,
# for its key facts without it), and the filter nearly always keeps the text as it was: the last
# text and its result are kept, as one tuple so that a thread never reads half an update. Short
# strings are not kept (they are cheap, and `window_rule` simplifies character by character).
_MEMO_MIN = 64
_last: tuple[str, str] = ("", "")


def simplify(text: str) -> str:
    """NFKC, drop zero-width characters and pinyin annotations, then Traditional → Simplified.

    NFKC comes first so that full-width digits become ASCII and decomposed tone marks are
    recomposed before the annotation pattern looks for them.
    """
    global _last
    if not text:
        return ""
    last = _last
    if text == last[0]:
        return last[1]
    out = _simplify(text)
    if len(text) >= _MEMO_MIN:
        _last = (text, out)
    return out


# A zero typed as the letter O inside a number (`2O25年6月2O日`: hand-typed and OCR'd reposts).
_LETTER_ZERO = re.compile(r"\d[Oo]+(?=\d|[年月日号])")


def _simplify(text: str) -> str:
    text = nfkc(text)
    if "O" in text or "o" in text:
        text = _LETTER_ZERO.sub(lambda m: m[0][0] + "0" * (len(m[0]) - 1), text)
    needs_cleaning = _needs_cleaning()
    if needs_cleaning is not None and not needs_cleaning.search(text):
        return text
    text = _ZERO_WIDTH.sub("", text)
    if _HAS_TONE.search(text):  # most texts have none: skip the costlier pattern
        text = strip_pinyin_annotations(text)
    return to_simplified(text)


# --- title and body cleaning for the normalizer ------------------------------------------
# Hand-written because these are habits of the sites and the content farms that copy them.

# An issuer or column prefix: `[东莞市人事考试中心]`, `【证书领取】`, `·`, and a stray list
# number glued to the title (`2怀化2017…`).
_TITLE_PREFIX = re.compile(r"^\s*(?:[·•●◆■□▪>》\-—*]+\s*|\[[^\[\]]{1,20}\]\s*|【[^【】]{1,20}】\s*|\d(?=[\u4e00-\u9fff])(?!\d*年))+")
# A date glued to the end of a title in a list (`…补办指南2024-11-06`), or an update stamp.
_TITLE_DATE_TAIL = re.compile(
    r"\s*[(（\[【]?\s*(?:" + STAMP_LABEL + r"[:：]?\s*)?(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）\]】]?\s*$"
)
# SEO suffixes after an underscore: `…通知_初级出版资格考试网`, `…领取时间_领取地点`.
_SEO_TAIL = re.compile(r"_[^_]{1,24}$")
_BREADCRUMB = re.compile(r"^\s*(?:[您你]?的?(?:现在|当前)?的?位置|首页\s*[>»])|首页[^>»]*[>»][^>»]*[>»]|[>»][^>»]*[>»][^>»]*[>»]")
# A short first line that is page furniture (`时间:01-19 人气:29`, `来源:… | 点阅数: 100`): kept
# in the body (it may date the page) but never the title.
# A header field opens its line or follows a separator: `时间:2022-12-06 来源:…`; a title says
# `…准考证打印时间:5月6日至15日` with the word inside a phrase.
_HEADER_META = re.compile(
    r"(?:^|(?<=[\s|｜丨/,，【\[(（:：]))(?:来源|作者|人气|阅读|点击|点阅|浏览|发布时间|发布日期|更新时间|时间)"
    r"\s*(?:数|量|次数)?\s*[:：]")
_TITLE_NOUN = re.compile(r"通知|公告|通告|安排|证书|须知")
_MASTHEAD = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}" + ORG_END + r"$")
# A first line that is a numbered section heading (`一、证书领取`, `2.邮寄申请`, `（三）`): the
# excerpt starts inside a page, so there is no title.
_SECTION_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）])")


def clean_title(title: str, simplified: bool = False) -> str:
    """A list title without issuer prefix, glued date and SEO tail: a title to show."""
    t = " ".join((title if simplified else simplify(title)).split())
    if t and (t[-1].isdecimal() or t[-1] in "日)）]】"):  # how such a tail can end: the
        t = _TITLE_DATE_TAIL.sub("", t)  # pattern is tried at every position, so skip it otherwise
    t = _TITLE_PREFIX.sub("", t)
    while "_" in t and len(t.split("_", 1)[0]) >= 8:
        stripped = _SEO_TAIL.sub("", t)
        if stripped == t:
            break
        t = stripped
    return t.strip(" \u3000.。")


def split_title(text: str) -> tuple[str, str]:
    """(title, body) of a crawled `text`: its first line, when that reads like a title.

    A first line that is long, ends with a colon (`各位考生:`) or is a breadcrumb is body.
    """
    lines = [ln for ln in (text or "").splitlines() if ln.strip()]
    # (every `_BREADCRUMB` match holds 位置, 首页, > or »: a line without them is no breadcrumb, unsearched)
    while lines and ("位置" in lines[0] or "首页" in lines[0] or ">" in lines[0] or "»" in lines[0]) \
            and _BREADCRUMB.search(lines[0]):
        lines = lines[1:]
    at = 0
    while at < len(lines) - 1 and at < 3 and len(lines[at]) < 80 and (meta := _HEADER_META.search(lines[at])):
        if meta.start() >= 8 and _TITLE_NOUN.search(lines[at], 0, meta.start()):
            break  # `某市…证书发放安排  时间:2026-02-26`: a title carrying its stamp
        at += 1
    if not lines:
        return "", ""
    first = lines[at].strip()
    # A site's masthead above the title (`某市人事考试中心` alone, then `…证书领取通知`): the title is the
    # next line, with the masthead as its issuer prefix (`【某市人事考试中心】…`: where the notice is from;
    # `clean_title` drops it for display).
    if at + 1 < len(lines) and _MASTHEAD.match(first) and _TITLE_NOUN.search(lines[at + 1]):
        title = lines[at + 1].strip()
        if len(title) <= 64 and "。" not in title:
            return f"【{first}】{title}", "\n".join(lines[:at] + lines[at + 2:])
    # A first line holding a sentence (`…发放。`) is prose, not a title; nor is a table's row
    # (`地区|证书|领取时间|地点`: two bars or more; a title may carry one, `…领取时间|入口`).
    if (len(first) <= 64 and not first.endswith((":", "：")) and "。" not in first
            and first.count("|") + first.count("｜") < 2 and not _SECTION_HEAD.match(first)):
        return first, "\n".join(lines[:at] + lines[at + 1:])
    return "", "\n".join(lines)


# Page furniture a body may start with: the repeated title, a meta line, a breadcrumb.
# (`发布时间` must be a field: prose says `报名公告发布时间是3月29日` too)
_META_LINE = re.compile(r"发布(?:时间|日期)\s*(?:[:：]|\d)|来源\s*[:：]|浏览次数|点击数|字号|当前位置|您的位置")


def lead(body: str, lines: int = 2, limit: int = 300, title: str = "") -> str:
    """The opening of a body: where it says what it is about (later lines cite other things).
    A repeated `title` and meta lines (发布时间, 来源, 字号) are skipped."""
    out = []
    for ln in (body or "").splitlines():
        ln = ln.strip()
        if not ln or (title and ln == title.strip()) or (len(ln) < 80 and _META_LINE.search(ln)):
            continue
        out.append(ln)
        if len(out) == lines:
            break
    return "\n".join(out)[:limit]
