"""Spaces a copied page puts inside words and numbers, closed up before anything is read.

Reposts space characters out to get past word filters (`合 肥 市 财 政 局`), PDF and table copies split
numbers (`202 5年3月 2 4日`, `2025 3 17`) and words (`到 东莞市 财政局 领取`). Written by hand: a
general tokenizer would keep the spaces, and only the shapes below are safe to close (a phone number,
`0571 88886666`, or a time after a date, `2025-03-24 09:15`, keep theirs).
"""

from __future__ import annotations

import datetime as dt
import re


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


# Characters spaced out one by one (`合 肥 市 财 政 局 通 知`, `2 0 2 4 年 度`): a repost's way past word
# filters. A line holding four in a row is closed up between Chinese characters and digits; single spaces
# only, so `2025-04-16 09:15` and `越秀区   东风中路` keep theirs. (The run opens on its space, a literal the
# search skips to; the look-behind then checks the characters around it.)
_SPACED_RUN = re.compile(r" [\u4e00-\u9fff\d] [\u4e00-\u9fff\d] [\u4e00-\u9fff\d](?<=[\u4e00-\u9fff\d].{6})")
_SPACED_GAP = re.compile(r"(?<=[\u4e00-\u9fff\d]) (?=[\u4e00-\u9fff\d])(?<! {2})(?! {2})")


# Words spaced apart (`到 东莞市 财政局 (南城 街道 元美路 99号) 1楼 服务 大厅 领取`): a line with three or more
# single spaces between Chinese characters is closed up between them, and beside its digits and brackets.
_WORD_GAP = re.compile(r" (?<=[\u4e00-\u9fff] )(?=[\u4e00-\u9fff])(?<! {2})")
_WORD_GAPS_MIN = 3
_GAP_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff\d)）]) (?=[\u4e00-\u9fff\d(（])(?<! {2})(?! {2})(?<!\d )(?! \d\d?:)")


def _closed_up_line(line: str) -> str:
    if _SPACED_RUN.search(line):
        return _SPACED_GAP.sub("", line)
    if len(_WORD_GAP.findall(line)) >= _WORD_GAPS_MIN:
        return _GAP_IN_WORDS.sub("", line)
    return line


def close_spaced_words(text: str) -> str:
    """`合 肥 市 财 政 局` → `合肥市财政局`, `到 东莞市 财政局 领取` → `到东莞市财政局领取`, line by line (see above)."""
    if not (_SPACED_RUN.search(text) or len(_WORD_GAP.findall(text)) >= _WORD_GAPS_MIN):
        return text
    return "\n".join(map(_closed_up_line, text.split("\n")))


# Digits of a date split by spaces in a copied page (`202 5年3月 2 4日`, `2025 3 17至2025 3 28`).
_SPACE_IN_DIGITS = re.compile(r"\d[ \u3000]+\d")
_SPACED_NUMBER = re.compile(r"(?<!\d)(\d(?:[ \u3000]*\d){1,3})(?=[ \u3000]*([年月日号]))")
_SPACED_YMD = re.compile(r"(?<![\d:])((?:19|20)\d\d)[ \u3000]+(\d{1,2})[ \u3000]+(\d{1,2})(?![\d:])")
_SPACED_LIMIT = {"年": (1900, 2099), "月": (1, 12), "日": (1, 31), "号": (1, 31)}


def _closed_number(m: re.Match) -> str:
    digits = "".join(m[1].split())
    lo, hi = _SPACED_LIMIT[m[2]]
    return digits if digits != m[1] and lo <= int(digits) <= hi else m[1]


def _closed_ymd(m: re.Match) -> str:
    return f"{m[1]}-{m[2]}-{m[3]}" if _valid(int(m[1]), int(m[2]), int(m[3])) else m[0]


# `1月19曰`: 曰 typed for 日 after a month's day.
_DAY_TYPO = re.compile(r"(?<=月)(\d{1,2})曰")


def close_spaced_dates(text: str) -> str:
    """`202 5年3月 2 4日` → `2025年3月24日`, `2025 3 17` → `2025-3-17`: a number before 年/月/日
    closed up when it is then a year, month or day; three numbers in a row when they are a date;
    `1月19曰` read as `1月19日`."""
    if "曰" in text:
        text = _DAY_TYPO.sub(r"\1日", text)
    if not _SPACE_IN_DIGITS.search(text):
        return text
    return _SPACED_YMD.sub(_closed_ymd, _SPACED_NUMBER.sub(_closed_number, text))
