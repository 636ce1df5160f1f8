"""The collection window: when a certificate can be collected, mailed for or applied for.

Reads the date grammar of `pipelines/dates.py`. The window is the union of every period the
text gives (`4月15日至30日`, `12月18日至1月5日` across a year end, `2024年11月10日-11月30日`),
widened by lone dates that say so (`1月19日起`, `5月15日前`, `截止5月15日`), skipping dates near
exam, registration or score words. `即日起至X` starts on the publication date unless the text
also names an explicit start. Days given one by one (a list of days, a collection of one day) are read in
`pipelines/window_days.py`. Written by hand for the reasons given in `pipelines/dates.py`.
"""

from __future__ import annotations

import datetime as dt
import re

from pipelines.date_years import BEFORE_PUBLISHED_DAYS, after_exam_year, context_year, inherit_years
from pipelines.dates import MAY_HOLD_DATE, Tok, tokens, valid_date
from pipelines.text import CARRIED
from pipelines.window_context import (LOOKED_UP, MAY_DO, RECALL_WORDS, TAKES_EFFECT, about_address, about_questions, finished, late,
                                     may_be_done_on, offices_due, on_request, opened_on, posted, recalled)
from pipelines.window_found import STAYS_OPEN, Found, row_opens
from pipelines.window_rule import find_rule
from pipelines.window_days import TIME, day_only_end, days_in_figures, listed_day_end, schedule_days, schedule_item, single_day

# (a start word, even a comma, may sit before the separator: `7月1日起至12月31日`, `从3月4日开始,到3月15日`)
_RANGE_SEP = re.compile(r"\s*(?:(?:起|开始)(?:发放|领取|办理|受理)?\s*[,，]?\s*)?(?:至|到|—+|–|-+|~+|～+|－|―)\s*(?:次年|翌年|来年)?\s*")
# Dates near these words are exam, registration or score dates, or a pause (`国庆假期(10月1日—8日)暂停
# 发放`), not a collection window (a 成绩通知书 handed out is 职称外语's certificate: only certificate
# notices have windows; `成绩合格的考生`, `在本市报名参加考试的人员` say who collects, unlike `成绩合格单`, `合格标准`).
_NOT_WINDOW = re.compile(r"假期|暂停|放假|节假日(?=[(（]|期间)|不办公|出生|施行|生效|起实施|起执行|报名(?![点地处所]|时(?!间)|考点|(?:服务)?(?:系统|平台)|(?:参加)?(?:考试)?的)|报考(?![点地处所且并]|的)|缴费|准考证|考试时间|考试日期|考试将于|举行|成绩(?!通知书|通知单|合格(?!单|标准|线|分数|名单))|公示|考务(?![科处办部]|$)|复审|复核|资格审查|核查|打印准考证|审核(?:的)?时间"
                         # another year's dates recalled (`参考2024年的发放时间(10月11日起)`, `往年为3月1日起`)
                         r"|往年|去年|上一年|历年|以往|参考(?=往|去|历|以|上|(?:19|20)\d\d)"
                         # the next round's dates (`下一批补办申请受理时间为8月1日至8月20日`)
                         r"|下一批|下批|下一轮|下一期")
# (a date in brackets, `本周五(2025年2月21日)前`, is followed by the bracket; an e-certificate service opens: `…上线`)
# An admission ticket to bring is a material, not the ticket's date (`携带身份证和准考证于10月20日至…`: `CARRIED`).


def _other_event(text: str, lo: int, hi: int, opens_before: int | None = None) -> bool:
    """Whether `text[lo:hi]` (the words before a date, or after it) names an exam, registration or
    score event; with `opens_before`, only a word that starts before it counts (read whole)."""
    for m in _NOT_WINDOW.finditer(text, lo, hi):
        if opens_before is not None and m.start() >= opens_before:
            break
        if not (m.group() == "准考证" and CARRIED.search(text, lo, m.start())):
            return True
    return False


# What is done with certificates nobody collected (`7月1日后统一销毁`), or old ones that stop being valid
# (`原证自2005年1月1日起自行失效`): a day or month it happens opens no channel.
_DISPOSED = "销毁|作废|清理|收回|退回|上缴|失效|停止使用"  # (below, a start: `起`, `后`, …, or what can be done then, `3月28日可打印`)
_START_AFTER = re.compile(r"^\s*[)）]?\s*(?:起|开始|以后|后起|后(?![^，。,;；]{0,4}(?:不|未|停止|" + _DISPOSED + r"))|(?:正式)?(?:上线|开通|开放|启用|启动)"
                          r"|(?:即|均|就)?可以?(?:" + MAY_DO + r"))")
_END_AFTER = re.compile(r"^\s*[)）]?\s*(?:[(（]含[)）])?\s*(?:之前|以前|前|截止|止|为止|结束(?!后))")  # (`3月20日结束`; not `结束后`)
# `即日起至X`, and the same said of the notice itself: `自公告发布之日起至X` (not `自成绩公布之日起`,
# the anchor of a window rule).
_NOW = r"(?:即日|即时|今日|今(?=起)|(?<!成绩)(?<!名单)(?:本)?(?:公告|通知)(?:发布|公布|印发|下发)?之日)"
_FROM_NOW = re.compile(_NOW + r"起?\s*(?:开始)?\s*(?:至|到|—+|–|-|~|～|－)\s*")
_DEADLINE_BEFORE = re.compile(r"(?:截止|截至)[^。，,;；\n]{0,6}$|(?:延期|延长|顺延|推迟|延)至\s*$"
                              # (`最迟领取日期为X`, `不迟于X`, `最晚X`: only six characters before the date are read)
                              r"|迟[^。，,;；\n]{0,5}$|最晚[^。，,;；\n]{0,4}$|晚于\s*$|[(（]\s*至\s*$"  # (`…领取时间的公告(至X)`)
                              r"|(?:持续|一直|延续)(?:至|到)\s*$")  # (`…3月9日开始,持续至3月20日`)
# The days of an exam in brackets after it (`初级资格考试(5月13日—17日)和中级资格考试(9月9日—11日)`)
_EXAM_DAYS = re.compile(r"(?:考试|测试)\s*[(（]\s*$")
# A date a notice has moved (`原定于3月31日截止的领取时间延期至4月30日`, `原领取截止时间为4月30日`).
# (not the date it has moved to: `由原定的6月28日延期至7月31日`)
_MOVED = r"(?!延期|延长|顺延|推迟|调整|改为|变更)"
_SUPERSEDED = re.compile(r"原(?:定|计划|通知|公告|领取|发放|邮寄|申请)(?:" + _MOVED + r"[^，。,;；\n]){0,12}$|原(?:截止|结束)(?:" + _MOVED + r"[^，。,;；\n]){0,8}$")
_START_BEFORE = re.compile(r"(?:开始|起始)(?:时间|日期)[为是]?\s*[:：]?\s*$")
# `即日起` with no end after it: the window opens on the publication day and stays open.
# (not when a count closes it, `自发布通知之日起两个月内`: a rule, `window_rule`'s to read)
_FROM_NOW_OPEN = re.compile(_NOW + r"起(?!\s*(?:开始)?\s*(?:至|到(?=\s*[\d一二三四五六七八九十〇○次本月年])|—|–|-|~|～|－))"  # (`即日起到X领取`: go)
                            r"(?![^，。,;；\n]{0,4}?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?\s*(?:月|年|工作日|日|天)\s*(?:之内|以内|内))")
# A literal every match of _NOW holds (`本公告发布之日` holds 之日): `_NOW` opens on a group the
# engine cannot skip to, so a text holding none of them is not searched (most do not).
_NOW_WORDS = ("即日", "即时", "今日", "今起", "之日")  # (`今起`: a headline's `今日起`)
_CLAUSE_END = re.compile(r"[。；;\n,，]")
_LAST_CLAUSE_END = re.compile(r".*[。；;\n,，]", re.S)  # greedy: up to the last one
# (the range's own words: its days and times, and the 止 closing it, `自3月1日起至3月20日止(节假日除外)`)
_AFTER_RANGE = re.compile(r"(?:[\d\s日号月年至到:：\-—–~～|]|为?止)*(?:[(（][^)）]{0,12}[)）])?[\s|]*")
# Only the last 24 characters before a date are read for its clause (searching the whole text back was quadratic).
_LOOK_BACK = 24
_LONGEST_PERIOD_DAYS = 370
_LONGEST_EXPLICIT_DAYS = 740


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` starts, looked for within the look-back only."""
    last = _LAST_CLAUSE_END.match(text, max(0, pos - _LOOK_BACK), pos)
    return last.end() if last else 0


_NEXT_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}(?:时间|日期)(?:为|是|[:：])")
# `名单自3月4日至3月7日在省人事考试网公示`: the list's publicity period, its verb past the eight characters read (no
# collection verb before it: `…领取已公示人员的证书` is a window)
_PUBLICITY_LATER = re.compile(r"[^，。,;；\n()（）领发寄办申]{0,12}公示")


def _trailing(text: str, pos: int) -> str:
    """The words right after a range (`8月17日-8月26日 网上报名`), within its clause."""
    m = _AFTER_RANGE.match(text, pos)
    rest = text[m.end():m.end() + 8]
    cut = _CLAUSE_END.search(rest)
    rest = rest[:cut.start()] if cut else rest
    # a label opening the next period (`…至7月12日17:00审核时间为7月15日…`) says nothing of this one
    if _NEXT_LABEL.match(rest):
        return ""
    return publicity.group() if "公示" not in rest and (publicity := _PUBLICITY_LATER.match(text, m.end())) else rest


def _range_end(text: str, toks: list[Tok], i: int, pos: int) -> tuple[dt.date | None, bool, int | None]:
    """If a range separator follows date i at `pos`: the range's end date, whether it is the
    next token, and where the separator ends."""
    sep = _RANGE_SEP.match(text, pos)
    if not sep:
        return None, False, None
    after = sep.end()
    start = toks[i].date
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt and nxt.start == after:
        end = nxt.date
        if end < start and not nxt.explicit_year:  # `12月24日—1月31日` crosses a year end
            end = valid_date(end.year + 1, end.month, end.day)
        return end, True, after
    return day_only_end(text, after, start), False, after


def _is_period(start: Tok, end: dt.date | None, end_explicit: bool) -> bool:
    # (a period whose dates both name their year may be long: an exchange of old certificates runs 18 months)
    longest = _LONGEST_EXPLICIT_DAYS if start.explicit_year and end_explicit else _LONGEST_PERIOD_DAYS
    return end is not None and end >= start.date and (end - start.date).days < longest


# The words that say what opens is the certificates, and an office's own task
_ITS_CERTIFICATE, _OFFICE_TASK = re.compile(r"证书|领取|领证|发放|发证|邮寄|寄送|申领"), re.compile(r"公布|上报|报送|汇总|报省|报市")


def _clause_after(text: str, pos: int, reach: int = 20) -> int:
    """Where the words after a date (from `pos`) stop saying what it opens or closes: its clause's end, within `reach`."""
    end = _CLAUSE_END.search(text, pos, pos + reach)
    return end.start() if end else pos + reach


def _lone_date(text: str, tok: Tok, clause_start: int, pos: int, found: Found, later: Found) -> bool:
    """A date outside a range counts when its words say it starts, ends or is `即日起至` it; one of a late collection or a
    posting (`late`, `posted`) is set aside, the window only of a text that gives no other (`later`), or no period (`posted`).
    False when its words say nothing of it."""
    before = text[max(clause_start, tok.start - 6):tok.start]
    after = text[pos:pos + 6]
    # `12月19日开始公示`: the date of something else (a word that starts in the six characters
    # after, read whole: `起到考生报名所在地` is a place; `,考生可持准考证…` a material)
    if _other_event(text, pos, pos + 10, opens_before=pos + 6):
        return True
    if _FROM_NOW.search(text[max(clause_start, tok.start - 12):tok.start]):
        found.from_now_ends.append(tok.date)
    elif (_START_AFTER.match(after) or _START_BEFORE.search(text[max(clause_start, tok.start - 10):tok.start])
          or may_be_done_on(before, after) or opened_on(text, tok.start, pos)):
        # (what opens may be named further on in the clause: `4月1日起开始受理2032年度考试报名`, `4月21日起证书将退回`)
        end = _clause_after(text, pos)
        if end - pos <= 2 and text[end:end + 1] in ("，", ","):  # (`自2022年1月1日起,全国…实行电子证书`: the next clause says)
            end = _clause_after(text, end + 1)
        if ((_other_event(text, pos, end) or ("查询" in text[pos:end] and LOOKED_UP.search(text, pos, end)))
                and not _ITS_CERTIFICATE.search(text, pos, end)) or _PUT_AWAY.search(text, pos, end):
            return True  # (`9月8日起登录本网站查询`: scores to look up; not `…“证书查询”栏目下载`, `可查询下载`)
        if TAKES_EFFECT.search(text, pos, end):
            found.rule_starts.append(tok.date)
        elif late(text, tok.start, pos):
            later.open_starts.append(tok.date)
        else:
            (found.posted if posted(text, pos) else found.open_starts).append(tok.date)
    elif _END_AFTER.match(after) or _DEADLINE_BEFORE.search(before):
        # (an office's deadline, `各县应于10月12日前在网站上公布办证时间`, `…前将名单上报`, `请各市…于12月14日前到省中心领取`, closes
        # nothing for a candidate; nor one for questions about the certificate or a new address, `对个人信息有异议的,请于4月30日前
        # …提出`; one offered on request, `如需邮寄,请于3月15日前…`, closes no channel opened on a day with no end)
        if (_OFFICE_TASK.search(text, pos, _clause_after(text, pos)) or about_questions(text, tok.start) or about_address(text, tok.start)
                or offices_due(text, tok.start, pos)):
            return True
        into = later if late(text, tok.start, pos) else found
        into.ends.append(tok.date)
        if not on_request(text, tok.start):
            into.deadlines.append(tok.date)
    else:
        return False
    return True


# (`6月起转入档案室`, `…起统一销毁`: certificates put away, no channel)
_PUT_AWAY = re.compile(r"[^，。,;；\n]{0,6}?(?:转入|存档|归档|" + _DISPOSED + ")")
# A month with no day that opens a channel (`2025年6月起`, `7月起每周二`, `3月后`; not `3个月后`).
_MONTH_OPENS = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?(?<![\d个])(\d{1,2})\s*月份?\s*(?:起|开始|以后|后(?![^，。,;；]{0,4}(?:不|未|停止)))")
_MONTH_OPENS_HINT = re.compile("月(?:起|后|开始|以后|份)")  # (the gate of `_month_opens`: one search, not five scans)


def _month_opens(text: str, toks: list[Tok], default_year: int | None, pub: dt.date | None) -> list[dt.date]:
    """The first days of the months that open a channel; a missing year is the last date's
    before it (as `tokens` reads years), else `default_year`."""
    out = []
    for m in _MONTH_OPENS.finditer(text):
        before = [t.date.year for t in toks if t.end <= m.start()]
        year = int(m[1]) if m[1] else (before[-1] if before else default_year)
        first = valid_date(year, int(m[2]), 1) if year else None
        if first and not m[1] and pub and first < pub - dt.timedelta(days=BEFORE_PUBLISHED_DAYS):
            first = valid_date(first.year + 1, first.month, 1)
        if (first and not _other_event(text, max(0, m.start() - _LOOK_BACK), m.start()) and not _PUT_AWAY.match(text, m.end())
                and not late(text, m.start(), m.end())):  # (`逾期未领的,2025年3月起补领`: no channel left open)
            out.append(first)
    return out


def collection_window(text: str, published: str | None) -> tuple[str | None, str | None]:
    """The collection or application period as (start, end), YYYY-MM-DD or None each."""
    if not text:
        return None, None
    text = days_in_figures(text)
    pub = dt.date.fromisoformat(published) if published else None
    # Without a publication day, dates without a year take the year the text names before them
    # (`2019年…领取时间:4月10日起`), as dates take the year of the date before them.
    if MAY_HOLD_DATE.search(text):  # (a text without, most titles, has no dates: neither the default nor the tokens read)
        default = pub.year if pub else context_year(text)
        toks = inherit_years(tokens(text, default), pub) if pub else after_exam_year(tokens(text, default), text, default)
    else:
        toks = []
    from_now_open = ("即日" in text or "即时" in text or "今日" in text or "今起" in text or "之日" in text) and bool(  # _NOW_WORDS
        _FROM_NOW_OPEN.search(text))
    if not toks and not from_now_open:
        return None, None  # (what `Found().window` gives with nothing found: most titles name no date)
    found, later = Found(), Found()
    items: list[tuple[int, dt.date]] = []  # days alone in a schedule, and the periods' starts (`schedule_days`)
    periods: list[tuple[int, dt.date]] = []
    found.from_now_open = from_now_open
    used: set[int] = set()  # tokens read as the end of the range before them
    recalls = any(w in text for w in RECALL_WORDS)
    for i, tok in enumerate(toks):
        if i in used:
            continue
        if recalls and recalled(text, tok.start):
            continue
        if ("已" in text[max(0, tok.start - 4):tok.start] and finished(text, tok.start, tok.end)) or (
                "试" in text[max(0, tok.start - 4):tok.start] and _EXAM_DAYS.search(text, max(0, tok.start - 4), tok.start)):
            if _range_end(text, toks, i, TIME.match(text, tok.end).end())[1]:
                used.add(i + 1)
            continue
        clause_start = _clause_start(text, tok.start)
        look_back = max(clause_start, tok.start - _LOOK_BACK)
        if _other_event(text, look_back, tok.start) or ("原" in text[look_back:tok.start] and _SUPERSEDED.search(text, look_back, tok.start)):
            if _range_end(text, toks, i, TIME.match(text, tok.end).end())[1]:
                used.add(i + 1)  # (its period's end too: `原定自2月17日起至2月28日止发放的…` closes nothing now)
            continue
        pos = TIME.match(text, tok.end).end()  # _TIME may match empty: it always matches
        end, took_next, sep_end = _range_end(text, toks, i, pos)
        if took_next:
            used.add(i + 1)
        if end and sep_end is not None and (trail := _trailing(text, sep_end)) and _other_event(trail, 0, len(trail)):
            continue  # (`…至1月29日凭准考证、身份证领取`: an admission ticket carried is a material)
        if _is_period(tok, end, took_next and toks[i + 1].explicit_year):
            found.starts.append(tok.date)
            found.ends.append(end)
            periods.append((tok.start, tok.date))
            continue
        if end is None and (last_day := listed_day_end(text, toks, i, pos)):
            found.starts.append(tok.date)  # a day of a list (`领证时间:11月3日(周一)、11月4日(周二)`, `3月10日、11日`)
            found.ends.append(last_day)
            continue
        if end is None and single_day(text, tok, pos):
            found.starts.append(tok.date)  # one day (`领证时间:5月8日上午9:00-11:30`)
            found.ends.append(tok.date)
            continue
        if not _lone_date(text, tok, clause_start, pos, found, later) and end is None and tok.date != pub and schedule_item(text, tok, pos):
            items.append((tok.start, tok.date))  # (a day alone in a schedule, `| 9月11日 |`; not the notice's own, a signature's)
    if periods and found.open_starts:  # (the rows of a schedule: one opens on the day another's period does)
        found.row_opens = row_opens(text, [(t.start, t.date) for t in toks if t.date in found.open_starts], periods)
    found.no_end = ("长期" in text or "仍" in text) and bool(STAYS_OPEN.search(text))
    if items and (days := schedule_days(text, items, periods)):
        found.starts += days
        found.ends += days
    if _MONTH_OPENS_HINT.search(text):
        found.month_opens = _month_opens(text, toks, default, pub)
    # (the dates of a late collection or a posting are the window only of a text that gives none, nor a rule: `自本通知发布之日
    # 起20个工作日内领取…逾期未领的,可于1月5日起补领` is the rule's)
    if later.any() and not found.any() and not find_rule(text):
        return later.window(pub)
    return found.window(pub)
