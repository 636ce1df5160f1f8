"""Dates in notices: the date grammar.

The publication date, the collection window and the exam year, which read it, are in `pipelines/published.py`,
`pipelines/window.py` and `pipelines/exam_year.py`; years for dates written without one in `pipelines/date_years.py`.

Written by hand because the libraries tried do not read notice dates: dateparser loses Chinese
ranges (`2024年11月10日至11月30日`), and none inherits a year from context, crosses a year end
(`12月18日至1月5日`) or knows that `即日起` starts on the publication day. Dates in Chinese numerals
and digits a copied page split are rewritten first (`pipelines/numerals.py`).
All dates are China time: an ISO timestamp with an offset is converted to +08:00 first.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple
from zoneinfo import ZoneInfo

# (read here, and by window, window_rule and exam_year through this module)
from pipelines.numerals import chinese_numeral_dates, chinese_numeral_years, valid_date  # noqa: F401
# (the dates of a text rewritten for its readers: read by the normaliser through this module, and tested here)
from pipelines.date_forms import periods_in_words, split_lost, without_weekdays  # noqa: F401

CHINA = ZoneInfo("Asia/Shanghai")

# One token per date-like run, in text order. `y` is optional: a missing year is inherited.
# `md` is a month and day whose 月 was lost in transcoding (`2023年831日` = 8月31日; with the 年
# lost too, `2025512日` = 2025年5月12日, `202237日` = 2022年3月7日, two to four digits after the year; a
# split that is not the only one, `2023125日`, is not read).
# Every alternative starts a digit run, so the pattern opens on that digit (`f`), then checks the
# character before it (`(?<!\d\d)`): a pattern that opens on a character class lets the engine
# skip at C speed to the digits (with a leading `(?=\d)` the scan took half as long again).
# The groups after `f` hold the rest of their number: `iy` is `f` + `iy` (`(?<=1)9` is `19`);
# a month without a year is `f` + `m0` (`\d?` after a digit is the `\d{1,2}` it was).
_TOKEN = re.compile(
    r"(?P<f>\d)(?<!\d\d)(?:"
    r"(?P<iso>(?P<iy>(?<=1)9\d\d|(?<=2)0\d\d)\s*[-/.]\s*(?P<im>\d{1,2})\s*[-/.]\s*(?P<id>\d{1,2})(?!\d))"
    r"|(?P<cn>(?:(?P<y>(?<=1)9\d\d|(?<=2)0\d\d)\s*年\s*(?<!\d)(?P<m>\d{1,2})|(?P<m0>\d?))"
    r"\s*月\s*(?P<d>\d{1,2})(?!\d)\s*[日号]?)"
    r"|(?P<lost>(?P<ly>(?<=1)9\d\d|(?<=2)0\d\d)(?:\s*年\s*|(?=\d{2,4}\s*日))(?P<md>\d{2,4})\s*日)"
    # a month and day with 月 lost and no year (`于1020日截止`, `至626日`): three or four figures that part one way only
    # (`split_lost`); not a count of days (`120日内`, `180日后`, `90日以内`)
    r"|(?P<mdlost>\d{2,3})\s*日(?![内后以]))"
)
# (what every date `lost_months_in_words` writes out ends on: 日 right after three figures, or after two with 年 or a space
# before them; each alternative opens on 日, a literal the search skips to, where the tokens open on figures, in most texts)
_LOST_HINT = re.compile(r"日(?<=\d\d\d日)|日(?<=年\d\d日)|日(?<=\s\d\d日)")


def lost_months_in_words(text: str) -> str:
    """`text` with each date whose 年 and 月 a copy lost (`_TOKEN`'s `lost` and `mdlost`: `2020518日`, `626日`) written
    with them (`2020年5月18日`, `6月26日`), the form the signs of a dated notice read; the readers read the same tokens
    in place. Only figures that meet their 日 (as a copy's filter leaves them), and not after 年 or 月 (a date's tail)."""
    if not text or "日" not in text or not _LOST_HINT.search(text):
        return text
    out, at = [], 0
    for m in _TOKEN.finditer(text):
        lost, alone = m["lost"], m["mdlost"]
        if ((lost is None and alone is None) or text[m.end() - 2].isspace()
                or (alone is not None and m.start() and text[m.start() - 1] in "年月")):
            continue
        split = split_lost(m["md"] if lost is not None else m["f"] + alone)
        if split is None:
            continue
        out.append(text[at:m.start()] + (f"{m['f']}{m['ly']}年" if lost is not None else "") + f"{split[0]}月{split[1]}日")
        at = m.end()
    return "".join(out) + text[at:]


# (opening on 年, the numeral before it checked behind: a pattern opening on a literal is skipped to at C speed,
# one opening on a class of common numerals was tried at each of them)
# `2024-11-06` or `2024-11-06 10:00[:00]`, as lists print them: the grammar would read the
# same date (a time after it holds none), so it is read directly.
_PLAIN_DATE = re.compile(r"((?:19|20)[0-9][0-9])-([0-9]{1,2})-([0-9]{1,2})(?: +[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?")
_SHORT_YEAR = re.compile(r"(\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
# a month and day without a year (`3-15`, `03.15`, `3月15日`), as a list may print its date: also read by
# `pipelines/published.py`
MONTH_DAY = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
# The year comes first and the character before it is checked after it (`(?<!\d.{4})`), so
# that the pattern starts with literals the engine can skip to.
_URL_DATE = re.compile(r"(20\d\d|19\d\d)(?<!\d.{4})[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12]\d|3[01]))?(?!\d{3})")
# The label a list or a title puts before its date stamp (`…安排  时间:2025-03-05`, `更新时间:…`): also read by
# `pipelines/text.py`, which drops the stamp from the title shown, and by `pipelines/published.py`.
STAMP_LABEL = r"(?:(?:发布|更新)?时间|发布日期|日期|发布)"
# The words an issuing office's name ends on (a signature's, a header's source): also read by `pipelines/published.py`
# and by `pipelines/keyfacts_agency.py` for the agency.
ORG_END = r"(?:局|厅|委|委员会|中心|院|办公室|办|小组|科|处|站|协会|部|所|政府|学校|考试院|管理处)"
# A time of day as notices write it after a day (`9:00`, `9时`, `9点30分`): read by the window's readers
# (`window_days.TIME`) and, as CLOCK (optional, one, `上午9时`), by the signs of a notice and the window rule.
TIME_OF_DAY = r"\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\s*\d{1,2}\s*分)?)"
# a time of day after a day (`8月3日9:00至…`, `上午9时起`): official periods often give the hour
CLOCK = r"(?:\s*(?:上午|下午)?\s*" + TIME_OF_DAY + r")?"


# How many months back a date must go to read as the next year's (12月 → 1月 is 11, 11月 → 3月 is 8).
_YEAR_END_GAP = 4


# A character every date token holds (`tokens`): 月 (`3月4日`), 日 (`2023年831日`) or the separator of `2023-3-4`. A text
# without one, most titles, holds no date: callers skip `tokens` there.
MAY_HOLD_DATE = re.compile(r"[月日\-/.]")


class Tok(NamedTuple):  # a tuple: built for every date of every text, so cheap to build
    start: int
    end: int
    date: dt.date
    explicit_year: bool


_new_tuple = tuple.__new__  # (what `Tok._make` calls: a `Tok` without a Python-level call)
# A year and month without a day (`已于2025年2月起陆续发放`): no window's date, but the year of the undated dates after it
# (`陕西:2月8日开通`). (Opening on 年, the figures before it checked behind, as `_TOKEN`'s note says.)
_YEAR_MONTH = re.compile(r"年(?<=(?:19|20)\d\d年)\s*\d{1,2}\s*月(?!\s*\d)")


def tokens(text: str, default_year: int | None) -> list[Tok]:
    """Every date in `text` in order; a missing year comes from the last one seen (or the last year and month)."""
    out: list[Tok] = []
    year = default_year
    months = ([(m.start(), int(text[m.start() - 4:m.start()])) for m in _YEAR_MONTH.finditer(text)]
              if "年" in text else [])
    # (speed: built for every date of every text, so the span read in one call, the date built inline rather than by
    # `valid_date`, and the tuple made without `Tok`'s Python-level `__new__`)
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        f, iso, iy, im, id_, cn, cy, cm, cm0, cd, _, ly, md, md_alone = m.groups()
        if iso:
            y, mo, d, explicit = int(f + iy), int(im), int(id_), True
        elif cn:
            explicit = bool(cy)
            if months and not cy:  # a year-month since the last date with a year names this date's year
                after = out[-1].end if out and out[-1].explicit_year else -1
                named = [named_year for at, named_year in months if after < at < start]
                if named:
                    year = named[-1]
            y = int(f + cy) if cy else year
            mo, d = int(cm) if cy else int(f + cm0), int(cd)
            if not explicit and out and y is not None:
                prev = out[-1].date
                # A later date in the same run without a year that falls months before the
                # previous one has crossed a year end (`12月24日—1月31日`); one a few days or
                # weeks before starts another item (`现场:3月4日至8日;邮寄:3月1日至20日`).
                if (mo, d) < (prev.month, prev.day) and start - out[-1].end < 8 and prev.month - mo >= _YEAR_END_GAP:
                    y = prev.year + 1
        elif md is not None:
            split = split_lost(md)
            if not split:
                continue
            y, (mo, d), explicit = int(f + ly), split, True
        else:
            split = split_lost(f + md_alone)
            if not split:
                continue
            (mo, d), y, explicit = split, year, False
        if y is None:
            continue
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            continue
        out.append(_new_tuple(Tok, (start, end, date, explicit)))
        if explicit:
            year = y
    return out


def parse_date(text: str | None, default_year: int | None = None) -> str | None:
    """The first date in `text` as YYYY-MM-DD: `2024/11/06`, `2024年11月6日`, `18-7-30`,
    `二○一一年一月二十日`, an ISO timestamp (taken in China time), `MM-DD` given a year."""
    if not text or not isinstance(text, str):
        return None
    s = text.strip()
    m = _PLAIN_DATE.fullmatch(s)
    if m:  # the usual list date: what the grammar below would read, without the search
        d = valid_date(int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat() if d else None
    iso = _iso_timestamp(s)
    if iso:
        return iso
    m = _SHORT_YEAR.fullmatch(s)
    if m:  # two-digit year as printed in some lists: 18-7-30
        d = valid_date(2000 + int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat() if d else None
    m = MONTH_DAY.fullmatch(s)
    if m:
        d = valid_date(default_year, int(m[1]), int(m[2])) if default_year else None
        return d.isoformat() if d else None
    toks = tokens(chinese_numeral_dates(s), default_year)
    return toks[0].date.isoformat() if toks else None


def _iso_timestamp(s: str) -> str | None:
    if "T" not in s and "+" not in s and not s.endswith("Z"):
        return None
    try:
        when = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(CHINA)
    return when.date().isoformat()


def url_year_month(url: str | None) -> tuple[int, int | None] | None:
    """The date a URL carries: `/201801/`, `t20180131`, `/2018-01-31/`, `/20140106/`."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    return int(m[1]), int(m[2])
