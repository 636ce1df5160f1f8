"""Character folding shared by the search index and the normalizer: NFKC, zero-width characters,
pinyin annotations, a zero typed as the letter O, Traditional -> Simplified.

It lives in `db/`, the leaf layer, because the search index must fold a query exactly as it folded
the stored text (db/search.py, db/places.py), and the normalizer (`pipelines/`, a layer above) reads
notices folded the same way (`pipelines.text` re-exports `simplify`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import opencc

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

T2S_CHARS = Path(__file__).with_name("t2s_chars.json")


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
    """Characters that can make OpenCC's t2s change a text (db/make_t2s_chars.py), or None
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


# In a text that carries pinyin annotations, one whose tone-marked vowel was lost on the way
# (`網(w ng)校`: a lower-case run with a gap, between two Han characters) is one too.
_DAMAGED_ANNOTATION = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-z]{0,6} [a-z ]{0,7}[)）](?=[\u4e00-\u9fff])")


# A text that annotates with tones also annotates some syllables without one (the neutral tone, `的(de)`, or a
# dropped mark, `網(wang)`): after a Chinese character, a bracket holding one pinyin syllable, spelt by the syllable
# grammar (initial, then final), goes too. Only in such a text: elsewhere `(de)` may be anything.
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)")
_TONELESS_ANNOTATION = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?=[a-z]{2,6}[)）])" + _SYLLABLE + r"[)）]")


def strip_pinyin_annotations(text: str) -> str:
    out, annotations = _PINYIN_ANNOTATION.subn("", text)
    if not annotations:
        return out
    return _TONELESS_ANNOTATION.sub("", _DAMAGED_ANNOTATION.sub("", out))


def readable(text: str) -> str:
    """A notice's text as a candidate reads it: Simplified, without pinyin annotations or zero-width
    characters, but with its own full-width punctuation (no NFKC, unlike `simplify`)."""
    if not text:
        return ""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text))
    if _HAS_TONE.search(text):
        text = strip_pinyin_annotations(text)
    return to_simplified(text)


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


# A zero typed as the letter O inside a number (`2O25年6月2O日`: hand-typed and OCR'd reposts): a run of O after a digit,
# before a digit or 年月日号. (It opens on the O, the digit checked behind: a pattern opening on `\d` was tried at every
# digit; the run is matched whole, as only its last O can have such a character after it.)
_LETTER_ZERO = re.compile(r"[Oo](?<=\d[Oo])[Oo]*(?=\d|[年月日号])")


def _simplify(text: str) -> str:
    text = nfkc(text)
    if "O" in text or "o" in text:
        text = _LETTER_ZERO.sub(lambda m: "0" * len(m[0]), text)
    needs_cleaning = _needs_cleaning()
    if needs_cleaning is not None and not needs_cleaning.search(text):
        return text
    text = _ZERO_WIDTH.sub("", text)
    if _HAS_TONE.search(text):  # most texts have none: skip the costlier pattern
        text = strip_pinyin_annotations(text)
    return to_simplified(text)


# Chinese punctuation for display. The normalizer reads NFKC text, so the titles and key facts it
# derives carry ASCII `,:;()?!` where the notice had `，：；（）？！`; beside a Chinese character
# each is shown full-width again (brackets when they hold or follow one). Not between digits
# (`1,000`, `9:00`), nor in Latin text (`see (a), (b)`).
_HAN = "\u3400-\u9fff\uf900-\ufaff"
# `,;?!` beside a Chinese character; `:` after one unless a digit follows (`时间:9:00` keeps the second)
_CJK_MARK = re.compile(rf"(?<=[{_HAN}])[,;?!:]|[,;?!](?=[{_HAN}])")
_BRACKETS = re.compile(r"\(([^()]{0,60})\)")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_FULL_WIDTH = str.maketrans(",:;?!", "，：；？！")


def _brackets(m: re.Match) -> str:
    before = m.string[m.start() - 1:m.start()]
    return f"（{m[1]}）" if _HAN_CHAR.search(m[1]) or _HAN_CHAR.match(before) else m[0]


def cjk_punctuation(text: str) -> str:
    """`资格(水平),报名:` → `资格（水平），报名：`; `9:00`, `1,000` and `see (a)` stay as they are."""
    if not text:
        return ""
    text = _CJK_MARK.sub(lambda m: m[0].translate(_FULL_WIDTH), text)
    return _BRACKETS.sub(_brackets, text) if "(" in text else text
