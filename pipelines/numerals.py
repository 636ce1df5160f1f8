"""Dates written other than in plain digits, rewritten so the date grammar (`pipelines/dates.py`) reads
them: Chinese numerals (`二○一○年十月二十六日`), the digits a copied page split by spaces or mistyped
(`202 5年3月 2 4日`, `2025 3 17`, `1月19曰`; a phone number, `0571 88886666`, keeps its space), and the
month-days of a dotted period (`2025.3.10-3.20`, `3.10-3.20`).

cn2an reads the Chinese month and day numerals (`一月二十日`); it rejects `○` (U+25CB), which notices
use for zero, so years (`二○一一`) are read digit by digit after mapping `○` to `〇`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache


def valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# Digits of a date split by spaces in a copied page (`202 5年3月 2 4日`, `2025 3 17至2025 3 28`).
# (a hint: opening on the space, the digit before it checked behind; digits are commoner than spaces, and a pattern
# opening on one is tried at each)
_SPACE_IN_DIGITS = re.compile(r"[ \u3000](?<=\d[ \u3000])[ \u3000]*\d")
_SPACED_NUMBER = re.compile(r"(?<!\d)(\d(?:[ \u3000]*\d){1,3})(?=[ \u3000]*([年月日号]))")
_SPACED_YMD = re.compile(r"(?<![\d:])((?:19|20)\d\d)[ \u3000]+(\d{1,2})[ \u3000]+(\d{1,2})(?![\d:])")
_SPACED_LIMIT = {"年": (1900, 2099), "月": (1, 12), "日": (1, 31), "号": (1, 31)}


def _closed_number(m: re.Match) -> str:
    digits = "".join(m[1].split())
    lo, hi = _SPACED_LIMIT[m[2]]
    return digits if digits != m[1] and lo <= int(digits) <= hi else m[1]


def _closed_ymd(m: re.Match) -> str:
    return f"{m[1]}-{m[2]}-{m[3]}" if valid_date(int(m[1]), int(m[2]), int(m[3])) else m[0]


# A space an editor puts between figures and Chinese (`2031 年 4 月 1 日`, `于 4 月 1 日上午 9:00 至 11:30`, `22 年中级…`):
# closed up where a figure meets 年, 月 or 日, a period's 至, 到 or dash, or the word before a date or an hour (于, 在, 自,
# 上午, 下午, 为), so dates and periods read as one (not 号: `东环路 16 号` is a place, kept as written).
# (a dash only after a day: `0872 - 2319467` is a phone number, kept as written)
# (read run by run of spaces, the characters on each side checked: a pattern of look-behinds was tried at every position)
_SPACE_RUN = re.compile(r"[ \u3000]+")
_DASHES = "—–~～-"


def _gap_closes(text: str, a: int, b: int) -> bool:
    """Whether the spaces `text[a:b]` sit inside a date or a period (see above)."""
    before, after = text[a - 1], text[b]
    if after.isdecimal():
        return (before in "于在自午为" or (before in "年月" and a > 1 and text[a - 2].isdecimal())
                or (before in "至到" and a > 1 and (text[a - 2].isdecimal() or text[a - 2] == "日"))
                or (before in _DASHES and a > 1 and text[a - 2] == "日"))
    if before.isdecimal() and after in "年月日":
        return True
    if (before.isdecimal() or before == "日") and after in "至到" or before == "日" and after in _DASHES:
        rest = text[b + 1:b + 4].lstrip(" \u3000")
        return rest[:1].isdecimal()
    return False


def _closed_gaps(text: str) -> str:
    out, last = [], 0
    for m in _SPACE_RUN.finditer(text):
        a, b = m.span()
        if 0 < a and b < len(text) and _gap_closes(text, a, b):
            out.append(text[last:a])
            last = b
    return "".join(out) + text[last:] if out else text


def close_date_unit_gaps(text: str) -> str:
    """`2031 年 4 月 1 日` → `2031年4月1日` (see above)."""
    if " " not in text and "\u3000" not in text:
        return text
    # (twice: `2031 年 4 月` has its 年 beside a figure only once the space before it is gone)
    closed = _closed_gaps(text)
    return _closed_gaps(closed) if closed is not text else text


# `1月19曰`: 曰 typed for 日 after a month's day.
_DAY_TYPO = re.compile(r"(?<=月)(\d{1,2})曰")


def close_spaced_dates(text: str) -> str:
    """`202 5年3月 2 4日` → `2025年3月24日`, `2025 3 17` → `2025-3-17`: a number before 年/月/日
    closed up when it is then a year, month or day; three numbers in a row when they are a date;
    `1月19曰` read as `1月19日`."""
    if "曰" in text:
        text = _DAY_TYPO.sub(r"\1日", text)
    # (a str scan first: every match holds a space, and most texts hold none, where the search tests each character)
    if (" " not in text and "\u3000" not in text) or not _SPACE_IN_DIGITS.search(text):
        return text
    return _SPACED_YMD.sub(_closed_ymd, _SPACED_NUMBER.sub(_closed_number, text))


_CN_DIGITS = "〇○零一二三四五六七八九十"
_CN_DATE = re.compile(
    # (a signature's year typed with a space inside it, `二0 一二年`, is one year)
    rf"([{_CN_DIGITS}Oo0](?:[ \u3000]?[{_CN_DIGITS}Oo0]){{3}})\s*年\s*([{_CN_DIGITS}]{{1,3}})\s*月\s*([{_CN_DIGITS}]{{1,3}})\s*[日号]"
)
# What every `_CN_DATE` match holds: 年 after the year's last numeral or a space, and the month's first numeral after it
_CN_DATE_HINT = re.compile(rf"年(?<=[{_CN_DIGITS}Oo0\s]年)\s*[{_CN_DIGITS}]")
_CN_YEAR = re.compile("([〇○零O一二三四五六七八九][〇○零O一二三四五六七八九]{3})年")  # class first: skipped to


@lru_cache(maxsize=512)  # cn2an validates its input at length; the same numerals recur
def _cn_number(s: str) -> int | None:
    import cn2an  # slow to import (~0.3 s) and rarely needed

    s = s.replace(" ", "").replace("\u3000", "").replace("○", "〇").replace("O", "〇").replace("o", "〇").replace("零", "〇").replace("0", "〇")
    if len(s) == 4 and "十" not in s:  # a year is read digit by digit: 二〇一一
        return int("".join(str("〇一二三四五六七八九".index(c)) for c in s))
    try:
        return int(cn2an.cn2an(s, "smart"))  # 二十六 → 26
    except Exception:  # cn2an signals bad input with ValueError or its own errors
        return None


# A period written with dots (`2025.3.10-3.20`, `3.10-3.20`): its month-days, which the grammar does not read as dates
# (a dotted pair is as often a number), are dates here, next to the range mark. (Not a number's: `3.5-4.5元`, `V1.2-1.3`, `第3.1-3.5条`.)
_DOTTED_PERIOD = re.compile(
    r"(?<![\d.A-Za-z第])((?:(?:19|20)\d\d\s*\.\s*)?)(\d{1,2})\.(\d{1,2})(\s*(?:至|到|—+|–|-|~|～|－)\s*)(\d{1,2})\.(\d{1,2})"
    r"(?![\d.%％元万米条款项章节])")


def _month_day_words(mo: str, d: str) -> str | None:
    return f"{int(mo)}月{int(d)}日" if 1 <= int(mo) <= 12 and valid_date(2000, int(mo), int(d)) else None


def _dotted_period(m: re.Match) -> str:
    first, last = _month_day_words(m[2], m[3]), _month_day_words(m[5], m[6])
    if not (first and last):
        return m[0]
    # (a year before it is written with 年: `2025.3月10日` would not be read, `2025年3月10日` is)
    year = m[1].rstrip(" .") + "年" if m[1] else ""
    return f"{year}{first}{m[4]}{last}"


# (every `_DOTTED_PERIOD` match holds a dotted number before a range mark: a pattern opening on the dot, which the
# search skips to, tells most texts, whose dots are full stops of URLs and numbers, hold none)
_DOTTED_HINT = re.compile(r"\.\d{1,2}\s*(?:至|到|—|–|-|~|～|－)")


def dotted_periods(text: str) -> str:
    """`2025.3.10-3.20` → `2025年3月10日-3月20日`, `3.10-3.20` → `3月10日-3月20日`; other dotted numbers kept."""
    return _DOTTED_PERIOD.sub(_dotted_period, text) if "." in text and _DOTTED_HINT.search(text) else text


# A month and day in numerals (`三月十日`), read in any text: 月 between numerals and a day is a date.
_CN_MONTH_DAY_HINT = re.compile("月[一二三四五六七八九十]{1,3}[日号]")


def chinese_numeral_dates(text: str) -> str:
    """Rewrite `二○一○年十月二十六日` as `2010年10月26日` so one grammar reads both (and close up
    digits split by spaces, `close_spaced_dates`, and write a dotted period's month-days, `dotted_periods`)."""
    return numeral_dates_in_figures(dotted_periods(close_spaced_dates(text)))


def numeral_dates_in_figures(text: str) -> str:
    """`二○一○年十月二十六日` → `2010年10月26日`, `三月十日` → `3月10日`: the dates in Chinese numerals only (the
    classifier's signs read them so, beside the text's other dates as written); `元月` is January."""
    if "元月" in text:
        text = _FIRST_MONTH.sub(lambda m: "一月" if m[1] else "1月", text)  # (in the numerals of the day after it)
    # (each rewrite only where its hint finds its pattern's core: the patterns open on numerals or a look-behind, tried
    # at each `一` or `0` of a text or everywhere; the hints on 年 or 月, which the search skips to)
    if _CN_DATE_HINT.search(text):
        text = _CN_DATE.sub(_figures_date, text)
    # Such a text writes the later dates of a period without the year: `二〇二四年三月四日至三月
    # 十五日`; others write none (`三月十日至三月二十日`). A `三月` without its day is left alone.
    # (hinted after the rewrite above: a signature's date in numerals, the commonest, is in figures by then)
    if "月" in text and _CN_MONTH_DAY_HINT.search(text):
        text = _CN_MONTH_DAY.sub(_month_day, text)
    return text


def _figures_date(m: re.Match) -> str:
    y, mo, d = (_cn_number(g) for g in m.groups())
    if y and mo and d and valid_date(y, mo, d):
        return f"{y}年{mo}月{d}日"
    return m[0]


_FIRST_MONTH = re.compile(r"元月(?=\s*(?:\d|([一二三四五六七八九十])|份|底|初|中旬|下旬|上旬))")  # (`2013年元月7日`, `元月份`)
_CN_MONTH_DAY = re.compile("(?<![年〇○零一二三四五六七八九十])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号]")


def _month_day(m: re.Match) -> str:
    mo, d = _cn_number(m[1]), _cn_number(m[2])
    if mo and d and 1 <= mo <= 12 and valid_date(2000, mo, d):
        return f"{mo}月{d}日"
    return m[0]


def chinese_numeral_years(text: str) -> str:
    """`chinese_numeral_dates`, then years alone too: `二〇二三年度` → `2023年度`."""
    if "年" not in text or not _CN_YEAR.search(text):
        return text
    text = chinese_numeral_dates(text)
    return _CN_YEAR.sub(lambda m: f"{_cn_number(m[1]) or m[1]}年", text)
