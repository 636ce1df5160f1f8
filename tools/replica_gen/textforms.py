"""How content farms re-serve aggregator articles: Traditional characters, some followed by
their pinyin in brackets (``監(jiān)理``, ``領(lǐng)取``), as in the seed page.

Which characters get a reading is decided per character by a fixed hash, not by the text, so
adding an article never changes how another one looks. Only characters OpenCC changes and whose
reading carries a tone mark are annotated, which is also what the normalizer can strip.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import opencc
from pypinyin import Style, lazy_pinyin

TONE_MARKS = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
ALWAYS = set("監證書領發開國業")   # annotated on the seed page
NEVER = set("師資專華啟")          # left bare on the seed page
SHARE = 0.45


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@lru_cache(maxsize=None)
def _annotated(trad_char: str) -> bool:
    if trad_char in ALWAYS:
        return True
    if trad_char in NEVER:
        return False
    h = hashlib.sha256(("certnotices-pinyin:" + trad_char).encode()).digest()[0]
    return h < 256 * SHARE


def traditional(text: str) -> str:
    return _s2t().convert(text)


def trad_pinyin(text: str) -> str:
    if not text:
        return text
    trad = traditional(text)
    if len(trad) != len(text):  # a phrase mapping changed the length: convert char by char
        trad = "".join(traditional(c) for c in text)
    readings = lazy_pinyin(text, style=Style.TONE, errors=lambda chunk: list(chunk))
    if len(readings) != len(text):
        readings = [lazy_pinyin(c, style=Style.TONE)[0] if "\u4e00" <= c <= "\u9fff" else c for c in text]
    out = []
    for s, t, r in zip(text, trad, readings):
        out.append(t)
        if t != s and _annotated(t) and TONE_MARKS & set(r):
            out.append(f"({r})")
    return "".join(out)
