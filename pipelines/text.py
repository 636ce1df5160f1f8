"""Text cleaning shared by the normaliser, the search index and the crawler."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

# A pinyin annotation is a bracketed lower-case Latin run holding at least one tone-marked
# vowel: `監(jiān)理` loses `(jiān)`, while `(水利工程)`, `(PDF)` and `(9月第2批次)` stay.
# Written by hand because OpenCC keeps such annotations and no library strips them.
_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN_ANNOTATION = re.compile(
    rf"[(（]\s*(?=[a-z{_TONE_VOWELS}]*[{_TONE_VOWELS}])[a-z{_TONE_VOWELS}]+(?:\s+[a-z{_TONE_VOWELS}]+)*\s*[)）]"
)
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def strip_pinyin_annotations(text: str) -> str:
    return _PINYIN_ANNOTATION.sub("", text)


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def simplify(text: str) -> str:
    """NFKC, drop zero-width characters and pinyin annotations, then Traditional → Simplified.

    NFKC comes first so that full-width digits become ASCII and decomposed tone marks are
    recomposed before the annotation pattern looks for them.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = strip_pinyin_annotations(text)
    return to_simplified(text)
