"""The sentences that date a certificate step, quoted for a reader where the window was not read.

Why: on notices from sites no rule was written from, the window rules find about six labelled window days in ten
(tests/data/real_notices/README.md, the held-out split and `make bench-arrival`). A notice page that then says
"通知未注明" tells a candidate something false: the notice gives its dates and we failed to read them. Where the window
is not read, the page quotes the notice's own sentences that put a date beside a certificate step (领取, 邮寄, 补办, 下载
…), so the dates reach the candidate as the notice wrote them. `make bench-accuracy` scores it: a labelled window day is
"shown" when it was read, or when the window was not read and a quoted sentence gives that day.

Only finding the sentences is ours; their dates are read by the date grammar (`pipelines/dates.py`), as written.
"""

from __future__ import annotations

import re

from pipelines.dates import MAY_HOLD_DATE, ORG_END, Tok, tokens
from pipelines.header import HEADER_META
from pipelines.window_days import days_in_figures

# A step of a certificate's life a date can open or close. (Exam, registration and score dates name none of these
# and are left out: `考试时间:5月13日`.)
STEP = re.compile(r"领取|领证|取证|发放|发证|颁发|邮寄|寄送|寄出|直邮|申领|补办|补发|补领|换发|下载|打印|受理|办理|申请|电子证书")
# (a sentence ends at a stop, a semicolon or a line end, its mark kept; a comma does not end one: `领取时间:5月8日,地点:…`;
# nor a question mark, unlike `text.SENTENCE_RUN`: in a copy it may stand for a lost dash, `12月15日?12月26日`)
_SENTENCE = re.compile(r"[^。；;！!\n]+[。；;！!]?")
# A line naming a step's time with no date of its own (`领取时间:`, `二、办理时间及地点`), its dates on the next line
_LABEL = re.compile(r"(?:时间|日期|时段)(?:及|和|与|、|安排|$|[:：\s])")
_LABEL_CHARS = 30
# A signature's office before its day (`某市人事考试中心 2031年5月2日`); a header's words are `HEADER_META`'s
_SIGNED = re.compile(ORG_END + r"\s*(?:19|20)\d\d\s*[年\-/.]")
# (what may follow a title's date, and stand right before it)
_CLOSING = re.compile(r"[\s)\]）】。.]*")
_BEFORE_LISTED = re.compile(r"(?:\s|[(\[（【)\]）】]|通知|公告|通告|指南|事宜|公示)$")
# (a list mark a schedule's line may open on: `1.`, `(一)`, `第一批:`)
_LIST_MARK = re.compile(r"\s*(?:[(（]?[\d一二三四五六七八九十]{1,2}[)）.、．]|第[\d一二三四五六七八九十]{1,2}批(?:次)?\s*[:：]?)?\s*")
_LIST_MARK_OR_DATE = re.compile(_LIST_MARK.pattern + r"(?:(?:19|20)\d\d|\d{1,2}\s*月|[〇○零一二三四五六七八九十]{1,4}\s*[年月])")
_OPENING_CHARS = 8
_STAMPED = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?(?!\s*(?:至|到|-|—|–|~|～))")
# (…and not one of an exam's or a registration's schedule: `2031年5月13日 考试`)
_OTHER_EVENT = re.compile(r"考试|报名|报考|成绩|公示|准考证|缴费")
_NOT_WORDS = re.compile(r"[\s\W_]+")
MOST_LINES = 3
MOST_CHARS = 120
# Dates are read for their month and day only (the year a sentence leaves out is the reader's to see): a leap year,
# so that `2月29日` reads.
_ANY_YEAR = 2000


def _read(sentence: str) -> tuple[str, list[Tok]]:
    """A sentence as the date grammar reads it (Chinese numerals and `3月底` as days too), and its dates."""
    if not MAY_HOLD_DATE.search(sentence):  # (a date in Chinese numerals holds 月 or 日 too)
        return sentence, []
    read = days_in_figures(sentence)
    return read, tokens(read, _ANY_YEAR)


def sentence_dates(sentence: str) -> list[Tok]:
    return _read(sentence)[1]


def _stamp_words(sentence: str) -> bool:
    """Whether a header's or a signature's words stand in `sentence`."""
    return HEADER_META.search(sentence) is not None or _SIGNED.search(sentence) is not None


def _opens_on_date(read: str, dates: list[Tok]) -> bool:
    """A line of a schedule that opens on its day, the step named lines above (`2031年11月27日(周日)上午9:00至11:30`):
    its first date opens it (after a list mark) and more than the date follows."""
    if not dates or dates[0].start > _OPENING_CHARS or _LIST_MARK.fullmatch(read, 0, dates[0].start) is None:
        return False
    if _STAMPED.match(read, dates[0].end) or _stamp_words(read):
        return False  # (a page header's stamp: `2031-06-14 10:05 某某公众号`, `2031-09-02 IP属地:某省`)
    return len(_NOT_WORDS.sub("", read[dates[-1].end:])) >= 2


def _dated_title(read: str, dates: list[Tok]) -> bool:
    """A title with its list's or header's date after it (`…证书发放通知 2018-01-30`, `…领取通知(2016-09-07)`,
    `…领取通知(第2批)2024-09-29`): the sentence's one date closes it, after a space, a bracket or a title's last word."""
    last = dates[-1]
    return (all(t.date == last.date for t in dates) and _CLOSING.fullmatch(read, last.end) is not None
            and _BEFORE_LISTED.search(read, 0, last.start) is not None)


def _quoted(sentence: str, at: int) -> str:
    """`sentence`, cut to MOST_CHARS around its first date (at `at`) where longer (an offset read on the rewritten
    sentence is near enough: a rewrite only shortens numerals, or writes `3月底` as `3月31日`)."""
    sentence = sentence.strip()
    if len(sentence) <= MOST_CHARS:
        return sentence
    start = max(0, min(at, len(sentence)) - MOST_CHARS // 3)
    end = start + MOST_CHARS
    return ("…" if start else "") + sentence[start:end].strip() + ("…" if end < len(sentence) else "")


def date_lines(text: str, published: str | None) -> list[str]:
    """The first MOST_LINES sentences of `text` that give a date beside a certificate step, or under a line naming a
    step's time, or that open a schedule's line on a date, as written (cut to MOST_CHARS). Left out: a sentence whose
    only date is the publication day's beside a header's or a signature's words, and a title with its list's date
    after it."""
    out: list[str] = []
    heading = ""
    for m in _SENTENCE.finditer(text):
        sentence, label = m.group(), heading
        heading = ""
        stepped = STEP.search(sentence) is not None
        if not stepped and not label and not _LIST_MARK_OR_DATE.match(sentence):
            continue
        read, dates = _read(sentence)
        if not stepped and not label and (not _opens_on_date(read, dates) or _OTHER_EVENT.search(read)):
            continue
        if not dates:
            # (a label over its dates, `一、领取时间` / `2031年5月6日至5月10日`: the next line is quoted under it)
            heading = sentence.strip() if _LABEL.search(sentence) and len(sentence.strip()) <= _LABEL_CHARS else ""
            continue
        at = dates[0].start
        if label and not stepped:
            sentence = label + " " + sentence.strip()
            at += len(label) + 1
        elif published and all(t.date.strftime("%m-%d") == published[5:] for t in dates) and _stamp_words(sentence):
            continue
        elif _dated_title(read, dates):
            continue
        line = _quoted(sentence, at)
        if line not in out:  # (at most MOST_LINES to look through)
            out.append(line)
            if len(out) == MOST_LINES:
                break
    return out


def quotes_day(lines: list[str], iso_day: str) -> bool:
    """Whether one of `lines` gives the month and day of `iso_day` (YYYY-MM-DD): the reader sees that day, as a date
    or as a period's day-only end in that month (`4月15日-30日`)."""
    month, day = int(iso_day[5:7]), int(iso_day[8:10])
    for line in lines:
        dates = sentence_dates(line)
        if any((t.date.month, t.date.day) == (month, day) for t in dates):
            return True
        if any(t.date.month == month for t in dates) and any(int(m[1]) == day for m in _DAY_ONLY_END.finditer(line)):
            return True
    return False


# A period's day-only end (`4月15日-30日`): one pattern for every day (a pattern per day would crowd `re`'s cache)
_DAY_ONLY_END = re.compile(r"(?:至|到|—+|–|-+|~+|～+|－)\s*(\d{1,2})\s*[日号]")
