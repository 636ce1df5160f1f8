"""Windows given as a rule: `自公示之日起12个工作日内`, `成绩公布15个工作日后`, `自发布通知之日起两个月内`.

Many notices give the period relative to another event instead of as dates. The rule is
kept as written (`window_rule`); when it counts working days from a day the text gives
(the notice's own publication, `即日`, a day it names, `自2025年3月3日起`, or a dated 公示, from
the day after its period for `公示期满后`, from its last day for `自公示期满之日起`), the end is computed with the Chinese
working-day calendar of the `chinesecalendar` package (holidays and make-up working days
included; the first day counts as day 1); calendar days (`30日内`) are counted the same way, and so are
months (`2015年12月4日开始,6个月内` ends 2016-06-03, the day before the same date six months on, by dateutil's
calendar months; a month without that date ends on its last day): the labelled real and probe texts that count
months from a day they give end there (an earlier reading left months uncomputed as ambiguous).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import chinese_calendar  # maintained table of holidays and make-up working days
from dateutil.relativedelta import relativedelta  # calendar months (31 January + 1 month = 28/29 February)

from pipelines.dates import CLOCK, chinese_numeral_dates, tokens
from pipelines.text import PINYIN_ANNOTATION, simplify

_RULE = re.compile(
    r"(?:自|从)?(?P<anchor>[^，。,;；:：、\n()（）]{2,30}?)(?:之日起|之日后|后|(?<=[日\d])\s*(?:起|开始[,，]?))?(?:的)?\s*"
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?\s*(?P<unit>工作日|月|天|日)\s*(?P<how>之内|以内|内|后)"
)
# What the period counts from: an event that comes before the window (a list of those who
# passed, scores, the notice itself), never the application it starts (`申请成功后10个工作日内`
# is a delivery time).
_RULE_ANCHOR = re.compile(r"公示|公布|发布|发文|通知|公告|名单|成绩|即日")
# Or a day the text names (`自2025年3月3日起10个工作日内`, `3月3日起…`, `3月3日开始,6个月内`, `2025-03-03起…`): the window
# opens that day.
_DATED_ANCHOR = re.compile(r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:起|开始[,，]?)?$")
# (`审核通过后10个工作日内寄出` is one too; the day a review's results or list are published is an anchor: `自审核结果公布之日起`)
_RULE_NOT = re.compile(r"申请成功|寄出|投递|送达|邮寄给|办结|审核(?!结果|通过的?(?:人员)?名单)")
_RULE_START = re.compile(r".*(?:请于|须于|应于|须在|应在|请在|并于|可于|于|在|(?:时间|期限|日期)[为是])", re.DOTALL)
_CN_COUNT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _count(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s in _CN_COUNT:
        return _CN_COUNT[s]
    if len(s) == 2 and s[0] == "十":
        return 10 + _CN_COUNT.get(s[1], 0)
    if len(s) == 2 and s[1] == "十":
        return _CN_COUNT.get(s[0], 0) * 10
    if len(s) == 3 and s[1] == "十":
        return _CN_COUNT.get(s[0], 0) * 10 + _CN_COUNT.get(s[2], 0)
    return None


@dataclass
class WindowRule:
    text: str  # as written in the raw text
    anchor: str  # the simplified words it counts from
    count: int
    unit: str  # 工作日 | 月 | 天 | 日
    after: bool  # `…后`: the window opens then (else it closes then)
    simplified: str  # the rule's words, simplified


# A rule counts working days, counts from a day (`之日起`) or counts months; a line without
# one of these (Simplified or Traditional) is not read.
_RAW_HINTS = ("工作日", "之日", "個月", "个月")


def _may_hold_rule(text: str) -> bool:
    """Whether `text` holds one of `_RAW_HINTS` (spelt out: str scans, no generator)."""
    return "工作日" in text or "之日" in text or "個月" in text or "个月" in text


@lru_cache(maxsize=4096)
def _simple_char(c: str) -> str:
    return simplify(c)


class _CharTable(dict):
    """code point → the character simplified on its own, filled as characters are met, for
    `str.translate`. `odd` holds the characters met so far that do not simplify to exactly one."""

    def __init__(self) -> None:
        super().__init__()
        self.odd: set[str] = set()

    def __missing__(self, cp: int) -> str:
        c = chr(cp)
        s = _simple_char(c) if cp > 0x7F else c
        if len(s) != 1:
            self.odd.add(c)
        self[cp] = s
        return s


_CHAR_TABLE = _CharTable()


def _simplified_chars(raw: str) -> tuple[str, list[int], list[tuple[int, int]]]:
    """`raw` simplified character by character (pinyin annotations dropped), with the raw
    index of every simplified character, so that a match maps back to the words as written."""
    skip = [m.span() for m in PINYIN_ANNOTATION.finditer(raw)] if "(" in raw or "（" in raw else []
    if not skip:
        text = raw.translate(_CHAR_TABLE)  # fills the table for every character of `raw` first
        if _CHAR_TABLE.odd.isdisjoint(raw):  # one character each: indexes are unchanged
            return text, list(range(len(raw))), skip
    return _by_character(raw, skip)


def _by_character(raw: str, skip: list[tuple[int, int]]) -> tuple[str, list[int], list[tuple[int, int]]]:
    """`_simplified_chars` the general way, one character at a time, the spans in `skip` (pinyin
    annotations) dropped: for texts with annotations or a character that simplifies to several."""
    out: list[str] = []
    index: list[int] = []
    k = 0
    for i, c in enumerate(raw):
        while k < len(skip) and skip[k][1] <= i:
            k += 1
        if k < len(skip) and skip[k][0] <= i < skip[k][1]:
            continue
        s = _simple_char(c) if ord(c) > 0x7F else c
        out.append(s)
        index.extend([i] * len(s))
    return "".join(out), index, skip


_BEFORE_HINT, _AFTER_HINT = 60, 16  # a rule's words around its hint: the event, then the count


def _segments(raw: str):
    """The stretches of each line around a hint, in order (long lines are read in part)."""
    for line in raw.splitlines():
        if not ("工作日" in line or "之日" in line or "個月" in line or "个月" in line):  # _may_hold_rule, inline: every line
            continue
        spans = []
        for h in _RAW_HINTS:
            at = line.find(h)
            while at >= 0:
                spans.append((max(0, at - _BEFORE_HINT), at + len(h) + _AFTER_HINT))
                at = line.find(h, at + 1)
        spans.sort()
        merged: list[list[int]] = []
        for lo, hi in spans:
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        for lo, hi in merged:
            yield line[lo:hi]


def find_rule(raw: str) -> WindowRule | None:
    """The first window rule in a raw text (title and body as crawled), or None. Only the
    lines that may hold one are read character by character."""
    if not raw or not _may_hold_rule(raw):
        return None
    for line in _segments(raw):
        text, index, skipped = _simplified_chars(line)
        if "内" not in text and "后" not in text:  # every match of _RULE ends in 内 or 后
            continue
        for m in _RULE.finditer(text):
            anchor = m["anchor"]
            dated = _DATED_ANCHOR.search(anchor)
            # (the words before a 自 that opens the event are not read: `审核通过人员自审核结果公布之日起`)
            if not (dated or _RULE_ANCHOR.search(anchor)) or _RULE_NOT.search(anchor, max(anchor.rfind("自"), 0)) or _RULE_NOT.match(text, m.end()):
                continue
            count = _count(m["n"])
            if not count or (m["unit"] != "工作日" and m["how"] == "后"):
                continue  # `成绩公布1个月后发放` is an estimate, not a period
            start = m.start()
            cut = _RULE_START.match(text, start, m.start("anchor") + len(anchor))
            if cut:  # `…考生请于公示之日起…`: the rule starts after `请于`
                start = cut.end()
            # `请合格人员自公示之日起…`: the rule starts at its 自/从 (one the event follows: not 自治区, 各自)
            k = max(anchor.rfind("自"), anchor.rfind("从"))
            if k > 0 and m.start("anchor") + k > start and (_RULE_ANCHOR.search(anchor, k) or (dated and k < dated.start())):
                start = m.start("anchor") + k
            if m.end() - start < 6:
                continue
            raw_end = index[m.end() - 1] + 1
            raw_end = next((e for s, e in skipped if s == raw_end), raw_end)  # `內(nèi)`: keep its annotation
            return WindowRule(line[index[start]:raw_end].strip(), text[start:m.start("n")], count, m["unit"],
                              m["how"] == "后", text[start:m.end()])
    return None


def add_working_days(start: dt.date, days: int) -> dt.date | None:
    """The `days`-th working day counting `start` as the first (when it is one), by the
    official calendar; None when the calendar has no data for those years."""
    try:
        workdays = chinese_calendar.get_workdays(start, start + dt.timedelta(days=days * 2 + 40))
    except (NotImplementedError, ValueError):
        return None
    return workdays[days - 1] if len(workdays) >= days else None


# (`自合格人员名单公告之日起`, `成绩公告`: the day of what was announced, not of the notice)
_EVENT_ANNOUNCED = re.compile(r"名单|成绩|公示|结果")
_DATED_EVENT = 24  # how far from a 公示/公布 word a date may stand to be its day
_AFTER_EVENT = re.compile(r"期满|结束|届满|截止")
# (the separator of a period, after its first day's time (`CLOCK`) and start word if any: `11月3日9:00起至11月6日`)
_PERIOD_SEP = re.compile(CLOCK + r"\s*(?:起|开始)?\s*(?:至|到|—+|–|-|~|～)\s*")


def _anchor_day(text: str, rule: WindowRule, published: dt.date | None) -> dt.date | None:
    """The day a rule counts from, when the text (simplified; its Chinese numeral dates are
    read here) gives it."""
    anchor = rule.anchor
    dated = _DATED_ANCHOR.search(anchor)
    if dated:  # `自2025年3月3日起…`: the day it names (a year-less one in the notice's year)
        named = tokens(dated.group(), published.year if published else None)
        return named[0].date if named else None
    if ("通知" in anchor or ("发布" in anchor and "成绩" not in anchor) or "即日" in anchor
            or ("公告" in anchor and not _EVENT_ANNOUNCED.search(anchor))):
        return published  # `自发布通知之日起`, `自本通知发布之日起`, `自即日起`, `自本公告之日起`: the notice's own day
    word = next((w for w in ("公示", "公布") if w in anchor), None)
    if word is None:
        return None
    text = chinese_numeral_dates(text)  # (only now: most rules count from the notice itself)
    default = published.year if published else None
    at = text.find(rule.simplified)
    toks = [t for t in tokens(text, default) if not (at >= 0 and at <= t.start < at + len(rule.simplified))]
    # (on the date's own line: a header's date beside a title that says 公示 is the notice's day)
    near = [i for i, t in enumerate(toks) if word in _line_around(text, max(0, t.start - _DATED_EVENT), t.end + _DATED_EVENT, t.start)]
    if not near:
        return None
    ended = _AFTER_EVENT.search(anchor)
    if not ended:
        return toks[near[0]].date
    # `公示期满后…`: counted from the day after the 公示 period (`公示期为11月3日至11月6日`), the first
    # period near the word, else the first date; `自公示期满之日起…` from its last day, the day it names
    # (the first day counts as day 1, as for `自发布之日起`)
    later = dt.timedelta(days=0 if anchor.startswith("之日", ended.end()) else 1)
    for i in near:
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt and _PERIOD_SEP.fullmatch(text[toks[i].end:nxt.start]):
            return nxt.date + later
    return toks[near[0]].date + later


def _months_on(day: dt.date, months: int) -> dt.date:
    """The last day of `months` calendar months counted from `day` as the first: the day before the same date that many
    months on (2015-12-04, 6 → 2016-06-03), or that month's last day when it has no such date (01-31, 1 → 02-28)."""
    same = day + relativedelta(months=months)  # (relativedelta keeps a month's last day for a date it lacks)
    return same if same.day != day.day else same - dt.timedelta(days=1)


def _line_around(text: str, lo: int, hi: int, at: int) -> str:
    """`text[lo:hi]` cut to the line holding position `at`."""
    start = text.rfind("\n", lo, at) + 1 or lo
    end = text.find("\n", at, hi)
    return text[max(lo, start):hi if end < 0 else end]


def rule_window(raw: str, text: str, published: str | None) -> tuple[WindowRule | None, str | None, str | None]:
    """(rule, start, end): a window given as a rule in `raw` (the text as crawled; `text` is
    the same simplified), with its dates when they can be computed (a count of working days,
    days or months from a day the text gives)."""
    rule = find_rule(raw)
    pub = dt.date.fromisoformat(published) if published else None
    counted = rule if rule is not None and not rule.after else None
    day = _anchor_day(text, counted, pub) if counted else None
    if day is None and _may_hold_rule(text):
        # The readable text, when the raw one hid the rule or its day: characters spaced out (`6 个 月 内`), a weekday
        # after the day (`12月4日(星期三)起`), a day in Chinese numerals (`二〇三〇年十二月四日起`); the same rule read
        # again (its count), never another rule's day under this one's words. (Only where the readable text holds a
        # hint: writing its numeral dates in figures neither makes nor unmakes one, and most texts hold none.)
        readable = find_rule(chinese_numeral_dates(text))
        if readable is not None and not readable.after and (rule is None or (rule.count, rule.unit) == (readable.count, readable.unit)):
            counted, day = readable, _anchor_day(text, readable, pub)
            rule = rule or readable
    if day is None:
        return rule, None, None
    # calendar days (`30日内`, `15天内`) and months count the first day as day 1, as working days do
    if counted.unit == "工作日":
        end = add_working_days(day, counted.count)
    elif counted.unit == "月":
        end = _months_on(day, counted.count)
    else:
        end = day + dt.timedelta(days=counted.count - 1)
    return rule, day.isoformat(), end.isoformat() if end else None
