"""Dates in notices: the date grammar and the publication date.

The collection window and the exam year, which read the same grammar, are in `pipelines/window.py`
and `pipelines/exam_year.py`; years for dates written without one in `pipelines/date_years.py`.

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

from pipelines.header import header_date, title_business_date
# (read here, and by window, window_rule and exam_year through this module)
from pipelines.numerals import chinese_numeral_dates, chinese_numeral_years, valid_date  # noqa: F401
# (the dates of a text rewritten for its readers: read by the normaliser through this module, and tested here)
from pipelines.date_forms import (NOT_A_DAY_COUNT, lost_months_in_words, periods_in_words, split_lost,  # noqa: F401
                                  without_weekdays)

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
    # (`split_lost`), as `lost_months_in_words` reads them; not a count of days
    r"|(?P<mdlost>\d{2,3})\s*日" + NOT_A_DAY_COUNT + ")"
)


# (opening on 年, the numeral before it checked behind: a pattern opening on a literal is skipped to at C speed,
# one opening on a class of common numerals was tried at each of them)
# `2024-11-06` or `2024-11-06 10:00[:00]`, as lists print them: the grammar would read the
# same date (a time after it holds none), so it is read directly.
_PLAIN_DATE = re.compile(r"((?:19|20)[0-9][0-9])-([0-9]{1,2})-([0-9]{1,2})(?: +[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?")
_SHORT_YEAR = re.compile(r"(\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_MONTH_DAY = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
# The year comes first and the character before it is checked after it (`(?<!\d.{4})`), so
# that the pattern starts with literals the engine can skip to.
_URL_DATE = re.compile(r"(20\d\d|19\d\d)(?<!\d.{4})[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12]\d|3[01]))?(?!\d{3})")
_SCHEDULE_WORD = re.compile(r"时间|日期|截止|期限")
_LAST_SENTENCE = re.compile(r"[。；;！!？?]")
_DAY_BEFORE = re.compile(r"[:：至到于起自前~～\-—]$|时间$|日期$|截止$")  # (what makes the date after it a period's or a schedule's)
_NOT_SIGNATURE = re.compile(r"\d|至|起|前|[:：]")
# The words an issuing office's name ends on (a signature's, a header's source): also read by
# `pipelines/keyfacts_agency.py` for the agency.
# The label a list or a title puts before its date stamp (`…安排  时间:2025-03-05`, `更新时间:…`): also read by
# `pipelines/text.py`, which drops the stamp from the title shown.
STAMP_LABEL = r"(?:(?:发布|更新)?时间|发布日期|日期|发布)"
ORG_END = r"(?:局|厅|委|委员会|中心|院|办公室|办|小组|科|处|站|协会|部|所|政府|学校|考试院|管理处)"
# An issuing office before a date on the same line: a signature flattened by a repost
# (`某市人事考试中心 2025年2月27日`).
_SIGNED_BY = re.compile(r"^\s*[\u4e00-\u9fff（）()]{2,40}" + ORG_END + r"\s*$")
_SENTENCE = re.compile(r"[，,。;；]")


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
    m = _MONTH_DAY.fullmatch(s)
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


_PUBLISHED_LABEL = re.compile(
    r"(?:更新时间|发布时间|发布日期|发表时间|发文日期|印发日期|成文日期|信息提供日期|提供日期|来源[^\n]{0,30}?|责任编辑[^\n]{0,12}?)[:：\s]\s*$"
    r"|^\s*发布\s*[:：]\s*$"
)
_PHONE_BEFORE = re.compile(r"电话\s*[:：]?\s*[\d\-－()（） ]{7,20}\d\s+$")  # (a signature's date on the contact line: `电话:…  2019年4月22日`)
_RELEASED_ON = re.compile(r"于\s*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:发布|印发)")
_SIGNATURE_TAIL = 160
_PUBLISHED_HEAD = 400
# A date glued to the end of a title, labelled or not, bracketed or not (`…通知 [2014-09-22]`; not the
# end of a period the title names: `…领取时间延期至2026年4月30日`).
_GLUED_TAIL = re.compile(
    r"[\s(（\[【]*(?:" + STAMP_LABEL + r"\s*[:：]\s*)?(?<![至到止])((?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?)[)）\]】]?\s*$")
# A list date bracketed before the title: `[2026-04-20] 关于…的通知`.
_HEAD_STAMP = re.compile(r"\s*[\[【(（]\s*((?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})\s*[\]】)）]")
# `时间:2026-04-25 来源:…`: a bare 时间 label is the page's own when page meta follows on its line.
_BARE_TIME_LABEL = re.compile(r"(?:^|\s)时间\s*[:：]\s*$")
_META_AFTER = re.compile(r"来源|作者|浏览|阅读|点击|编辑")
# a year in Chinese numerals (`二〇一八年`, `二O一二年`), the hint of a numeral date in a header (opening on 年, the
# numerals checked behind: a literal the search skips to)
_CN_HEAD_HINT = re.compile("年(?<=[〇○零O一二三四五六七八九]{4}年)")


def published_date(listed_date: str | None, title: str, body: str, url: str | None) -> str | None:
    """When the notice was published: its list date, else a date the text gives as such."""
    if listed_date and isinstance(listed_date, str):
        s = listed_date.strip()
        if _MONTH_DAY.fullmatch(s):
            url_ym = url_year_month(url)  # read only for a list date without its year
            year = url_ym[0] if url_ym else None
            if year is None:
                years = [t.date.year for t in tokens(title + "\n" + body, None) if t.explicit_year]
                year = years[0] if years else None
            found = parse_date(s, year)
        else:
            found = parse_date(s)
        if found:
            return found
    # every match of _GLUED_TAIL ends the title (but for spaces) on a digit, 日 or a closing
    # bracket; it opens on a repeat, so it is tried at every position: skip it otherwise
    tail = title.rstrip()
    m = _GLUED_TAIL.search(title) if tail and (tail[-1].isdecimal() or tail[-1] in "日)）]】") else None
    if m is not None and title_business_date(title, m.start(1)):
        m = None
    if m is None and title[:1] in " [【(（":
        m = _HEAD_STAMP.match(title)
    if m:
        found = parse_date(m[1])
        if found:
            return found
    # (the text's first line, read as its title, may be the page's header itself or carry it glued on; a title alone has
    # no header)
    found = header_date(body[:2000], title=title) if body else None
    if found is None and body and _CN_HEAD_HINT.search(body, 0, 600):
        # a document's date under its title in Chinese numerals (`（二〇一八年五月八日）`, `某局　二〇一一年九月五日`): the
        # header read in figures (only then, and only where the head holds such a year: most texts hold none)
        found = header_date(chinese_numeral_dates(title + "\n" + body[:2000]))
    if found:
        return found
    text = title + "\n" + body
    if len(text) > _PUBLISHED_HEAD + _SIGNATURE_TAIL:
        # A publication date is labelled near the top or signed at the bottom: skip the middle.
        tail = text[-_SIGNATURE_TAIL:]
        text = text[:_PUBLISHED_HEAD] + "\n" + tail[tail.find("\n") + 1:]  # whole lines only
    text = chinese_numeral_dates(text)
    if not MAY_HOLD_DATE.search(text):  # (no token, nor a `于…年…月…日发布` below: most titles without a list date)
        return None
    for tok in tokens(text, None):
        if not tok.explicit_year:
            continue
        line_start = text.rfind("\n", 0, tok.start) + 1
        line_end = text.find("\n", tok.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:tok.start], text[tok.end:line_end]
        # A date labelled as the publication time, or alone on its line near the end (a
        # signature, possibly followed by the issuing office; a lone date higher up is a
        # schedule row).
        near_end = len(text) - tok.end < _SIGNATURE_TAIL
        if _PUBLISHED_LABEL.search(before) or (_BARE_TIME_LABEL.search(before) and _META_AFTER.search(after)) or (
            not before.strip() and not _NOT_SIGNATURE.search(after[:12])
            and not _SENTENCE.search(after) and near_end
        ) or (near_end and not after.strip() and (_SIGNED_BY.match(before) or _PHONE_BEFORE.search(before))) or (
            # (the text's last words, spaced from what stands before them: a signature a copy pasted onto the line above,
            # `…逾期不候。 某某中心 2031年3月2日`, `…咨询电话:0931-1234567 某局 2031年5月24日`; not a labelled day, `领取时间: …`)
            tok.end >= len(text.rstrip()) and before[-1:].isspace() and not _DAY_BEFORE.search(before.rstrip())
            and not _SCHEDULE_WORD.search(_LAST_SENTENCE.split(before)[-1])  # (`咨询时间为工作日 2031年3月2日`: a schedule's)
        ):
            return tok.date.isoformat()
    # A repost that names the day its source issued it: `…中心于2017年12月26日发布的《…》`.
    m = _RELEASED_ON.search(text[:_PUBLISHED_HEAD])
    return parse_date(m[1]) if m else None
