"""The days of a collection given one by one: a day alone in a range's end (`4月15日-30日`), days listed under a
collection time's label (`领证时间:11月3日(周一)、11月4日(周二)`), a collection of one day (`领证时间:5月8日上午
9:00-11:30`), and the end of a month or a year as a period's end (`至2031年底`, `3月底前`). Part of the collection
window's reading (`pipelines/window.py`, which was past 300 lines); written by hand for the reasons given in
`pipelines/dates.py`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pipelines.dates import TIME_OF_DAY, Tok, chinese_numeral_dates, split_lost, valid_date

# the times after a date, read past: a weekday, an hour, a part of the day
TIME = re.compile(r"\s*(?:[(（]?(?:周|星期)[一二三四五六日天][)）]?|" + TIME_OF_DAY + r"|(?:上午|下午|晚上|中午))*\s*")
_DAY_ONLY = re.compile(r"(?P<d>\d{1,2})\s*[日号]")
_LOST_ONLY = re.compile(r"(?P<md>\d{2,4})\s*日")


def day_only_end(text: str, pos: int, start: dt.date) -> dt.date | None:
    """The end of `4月15日-30日` (a day alone, in the start's month or the next) or of a lost
    month (`8月1日至831日`)."""
    lost = _LOST_ONLY.match(text, pos)
    if lost and (len(lost["md"]) >= 3 or int(lost["md"]) > 31) and (split := split_lost(lost["md"])):
        return valid_date(start.year, *split)
    day = _DAY_ONLY.match(text, pos)
    if not day:
        return None
    d = int(day["d"])
    y, mo = start.year, start.month
    if d < start.day:
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return valid_date(y, mo, d)


# Days listed one by one after a collection time's label (`领证时间:2030年11月3日(周一)、11月4日(周二)`): each a period of a day.
_DAYS_HANDED_OUT = re.compile(r"\s*(?:[一二三四五六七八九十两\d]{1,2}天)?(?:集中|统一)?(?:发放|领取|领证|发证)")
_DAY_LIST_SEP = re.compile(r"\s*(?:、|和|及)\s*")
# (not a deadline's label, `最迟领取日期为X`, `截止领取时间:X`: `_lone_date` reads those)
_DAY_LIST_LABEL = re.compile(r"(?<!迟)(?<!晚)(?<!截止)(?<!截至)(?:领取|领证|发放|发证|办理|办证|受理|取证)(?:证书)?的?(?:时间|日期)\s*(?:为|是|[:：])?\s*$")


def listed_day_end(text: str, toks: list[Tok], i: int, pos: int) -> dt.date | None:
    """Where date `i` (its times read up to `pos`) ends as one of a list of days under a collection time's label: its
    own day (`领证时间:11月3日(周一)、11月4日(周二)`), or the last of the days listed after it by the day alone
    (`领取时间:3月10日、11日、12日`); None when it is no such day."""
    first, last = i, None
    while first > 0 and _DAY_LIST_SEP.fullmatch(text, TIME.match(text, toks[first - 1].end).end(), toks[first].start):
        first -= 1
    while (sep := _DAY_LIST_SEP.match(text, pos)) and (day := _DAY_ONLY.match(text, sep.end())):
        last, pos = day, TIME.match(text, day.end()).end()
    if first == i and last is None and not (i + 1 < len(toks) and _DAY_LIST_SEP.fullmatch(text, pos, toks[i + 1].start)):
        return None  # no day before it or after it in the list
    if not (_DAY_LIST_LABEL.search(text, max(0, toks[first].start - 14), toks[first].start)
            or (last is not None and _DAYS_HANDED_OUT.match(text, pos))):  # (`4月10日、11日、12日三天集中发放`)
        return None
    return day_only_end(text, last.start(), toks[i].date) if last else toks[i].date


# The hours of one day given as a range after its date (`11月27日(周日)上午9:00至11:30`): a day's opening hours
_CLOCK_READ = re.compile(r"\d\s*[:：]\s*\d")
_ENDS_A_PERIOD = re.compile(r"(?:至|到|—|–|-|~|～|－|截止|截至)\s*$")
_HOURS_TO = re.compile(r"\s*(?:至|到|—+|–|-+|~+|～+)\s*(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*[:：]\s*\d{2}")


def single_day(text: str, tok: Tok, pos: int) -> bool:
    """Whether the date `tok` (its times read up to `pos`) is a collection of one day: its hours given as a range
    (`2030年11月27日上午9:00至11:30`), or the day alone under a collection time's label, its clause ending after it
    (`领证时间:2030年5月8日(周四)。`; not `…5月8日起`, `…5月8日前`, which `_lone_date` reads)."""
    if _ENDS_A_PERIOD.search(text, max(0, tok.start - 6), tok.start):
        return False  # (`即日起至1月24日上午8:30-12:00`: the end of a period, its hours)
    if _CLOCK_READ.search(text, tok.end, pos) and _HOURS_TO.match(text, pos):
        return True
    ends_clause = pos >= len(text) or text[pos] in "。；;\n,，"
    return ends_clause and bool(_DAY_LIST_LABEL.search(text, max(0, tok.start - 14), tok.start))


# The end of a month or a year as a period's end (`至2008年底结束`, `请于3月底前领取`, `截至6月底止`): its last day, written
# out so the period reads as one with a day (`至2008年12月31日结束`). Only as an end: `7月底至8月` opens on a guess.
_END_OF = re.compile(r"(?P<before>至|到|截至|截止到?)?\s*(?:(?P<y>(?:19|20)\d\d)\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*)?|(?P<m2>\d{1,2})\s*月\s*)"
                     r"(?:底|末)(?=\s*(?P<after>前|结束|止|截止|为止)?)")


_NOT_LEAP = 2001


def _end_of(m: re.Match) -> str:
    if not (m["before"] or m["after"]):
        return m[0]
    month = m["m"] or m["m2"]
    year = int(m["y"]) if m["y"] else None
    if month is None:  # `2008年底`
        return f"{m['before'] or ''}{year}年12月31日"
    mo = int(month)
    if not 1 <= mo <= 12:
        return m[0]
    last = calendar.monthrange(year or _NOT_LEAP, mo)[1]  # (February without a year: its common end, the 28th)
    return f"{m['before'] or ''}{str(year) + '年' if year else ''}{mo}月{last}日"


def month_ends_as_days(text: str) -> str:
    """`至2008年底` → `至2008年12月31日`, `3月底前` → `3月31日前` (see `_END_OF`)."""
    return _END_OF.sub(_end_of, text) if ("底" in text or "末" in text) else text


def days_in_figures(text: str) -> str:
    """`text` with its days as the window's readers read them: Chinese numerals in figures (`chinese_numeral_dates`),
    a month's end as its last day (`month_ends_as_days`). Read by `window.collection_window` and the quoted lines
    (`window_lines`)."""
    return month_ends_as_days(chinese_numeral_dates(text))



# A day alone as an item of a schedule, nothing said after it (`| 9月11日 |`, `尾数为7-9的,9月18日;`, `成华区:11月14日;`, a table's
# row `1 市直单位 1月11日 市卫健委三楼`, a cell on its own line in a flattened table): a collection of one day, when another item
# of the schedule near it (`SCHEDULE_LINES`, `SCHEDULE_DAYS`) is a period or such a day too (`schedule_days`).
_ITEM_OPEN = re.compile(r"(?:^|[|｜；;：:\t 　]|的[，,])[\t 　]*$", re.M)
_ITEM_END = re.compile(r"[\t 　]*(?:[|｜；;。，,\n]|$)|[\t 　]+(?=\S)")
_DATE_LABEL = re.compile(r"(?:时间|日期|发布|更新|印发|成文)\s*[:：]\s*$")
SCHEDULE_LINES, SCHEDULE_DAYS = 5, 31


def schedule_item(text: str, tok: Tok, pos: int) -> bool:
    """Whether the date `tok` (its times read up to `pos`) stands alone as an item of a schedule (see `schedule_days`): not
    after a date's label (`发布时间:`); with its year, only written with 年 in a row that goes on (a signature, `某局 2015年1月20日`,
    a byline's `2014-04-17 14:22` are no items)."""
    line_start = text.rfind("\n", 0, tok.start) + 1
    before = text[max(line_start, tok.start - 12):tok.start]
    while pos > tok.end and text[pos - 1] in " \t　\n":  # (`TIME` reads past the gap after the date)
        pos -= 1
    if not _ITEM_OPEN.search(before) or not (gap := _ITEM_END.match(text, pos)) or _DATE_LABEL.search(before):
        return False
    return not tok.explicit_year or ("年" in text[tok.start:tok.end] and gap.end() < len(text) and text[gap.end() - 1] != "\n"
                                     and not gap.group().strip())


def schedule_days(text: str, items: list[tuple[int, dt.date]], periods: list[tuple[int, dt.date]]) -> list[dt.date]:
    """The days of `items` (position, day) with another item or a period's start (position, day) within `SCHEDULE_LINES`
    lines and `SCHEDULE_DAYS` days of them."""
    def line(at: int) -> int:
        return text.count("\n", 0, at)
    near = [(line(at), day) for at, day in [*items, *periods]]
    out = []
    for k, (at, day) in enumerate(items):
        here = line(at)
        if any(j != k and abs(ln - here) <= SCHEDULE_LINES and abs((d - day).days) <= SCHEDULE_DAYS for j, (ln, d) in enumerate(near)):
            out.append(day)
    return out
