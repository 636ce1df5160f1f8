"""What a subscriber is told, and when: the due rules and the messages of `notices notify` (crawler/notify.py).

For a subscription (crawler/subscriptions.py) and "today" (an argument; China's date by default):

- `new`: a notice (official copy, not withdrawn) matching the filter, first seen by the crawler
  after the subscription was created and published within NEW_MAX_AGE_DAYS up to today (a source
  added later brings years of old notices, which are not news; one dated after "today" is not
  out yet when a test or a replay fixes the day);
- `opens`: its window started on or before today, on or after the day of subscribing, and has
  not ended (a window with no end counts as open for OPEN_ENDED_DAYS, as the feed's status does);
- `closing`: CLOSING_DAYS before its window ends (or later, until it ends), that day being on or
  after the day of subscribing.

A reminder due in the same run as the notice's `new` message is not sent on its own (the message
already gives the window and the days left): crawler/notify.py records it as `covered`.
Messages are in Chinese: title, 领取地点, region, window, days left, the link (official or a named repost),
the unsubscribe link.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from urllib.parse import quote

import sqlite_utils

from db.folding import cjk_punctuation
from db.labels import KIND_LABELS, describe_filter, exams_text, parse_day, place
from db.schema import OPEN_ENDED_DAYS, exam_filter_sql
from db.search import FTS_TABLE, fts_query

NEW_MAX_AGE_DAYS = 60
CLOSING_DAYS = 2
NEW, OPENS, CLOSING = "new", "opens", "closing"
TITLE_PREFIX = {NEW: "【新通知】", OPENS: "【开始办理】", CLOSING: "【即将截止】"}


# --------------------------------------------------------------------------- what is due


def matching_notices(db: sqlite_utils.Database, sub: dict) -> list[dict]:
    """The official, not withdrawn notices matching a subscription's filter."""
    where, params = ["n.duplicate_of is null", "n.withdrawn is null"], []
    for column in ("province", "city", "exam", "kind"):
        if sub.get(column):
            clause = exam_filter_sql("n", "?") if column == "exam" else f"n.{column} = ?"
            where.append(clause)
            params.extend([sub[column]] * clause.count("?"))
    if sub.get("q"):
        if not db[FTS_TABLE].exists():
            return []
        where.append(f"n.rowid in (select rowid from {FTS_TABLE} where {FTS_TABLE} match ?)")
        params.append(fts_query(sub["q"]))
    # The source's name and kind say whose page the link is: an official site's, or an aggregator's repost.
    return list(db.query(
        "select n.id, n.source_id, n.title, n.province, n.city, n.exam, n.exams, n.kind, n.window_start, "
        "n.window_end, n.url, n.place, n.published, n.first_seen, s.name as source_name, s.kind as source_kind "
        f"from notices n left join sources s on s.id = n.source_id where {' and '.join(where)} "
        "order by n.published, n.id", params))


def due_reminders(notice: dict, sub: dict, today: date) -> list[str]:
    """Which messages are due today for this notice and subscription (ledger not consulted)."""
    due = []
    since = parse_day(sub["since"])
    published = parse_day(notice["published"])
    if notice["first_seen"] > sub["created"] and (
            published is None or today - timedelta(NEW_MAX_AGE_DAYS) <= published <= today):
        due.append(NEW)
    start, end = parse_day(notice["window_start"]), parse_day(notice["window_end"])
    last_open_day = end or (start + timedelta(OPEN_ENDED_DAYS) if start else None)
    if start and since <= start <= today <= last_open_day:
        due.append(OPENS)
    if end and since <= end - timedelta(CLOSING_DAYS) <= today <= end:
        due.append(CLOSING)
    return due


# --------------------------------------------------------------------------- the message


def days_left(notice: dict, today: date) -> str:
    start, end = parse_day(notice["window_start"]), parse_day(notice["window_end"])
    if not start and not end:
        return "办理时间未注明，请查看官方原文"
    if start and today < start:
        return f"{(start - today).days} 天后开始办理" + (f"，{end.isoformat()} 截止" if end else "")
    if end is None:
        return "正在办理（未注明截止日期）"
    if today > end:
        return "已截止"
    left = (end - today).days
    return "今天截止" if left == 0 else f"距截止还有 {left} 天（{end.isoformat()} 截止）"


def unsubscribe_link(site_url: str, token: str) -> str:
    return f"{site_url.rstrip('/')}/-/unsubscribe?token={quote(token)}"


def collection_places(notice: dict) -> str:
    """The notice's 领取地点 (its `place` column, a JSON list), with Chinese brackets as the notice
    page shows them; 见通知原文 when the notice names none we could read."""
    try:
        places = json.loads(notice.get("place") or "[]")
    except ValueError:
        places = [notice["place"]]
    places = [cjk_punctuation(p) for p in (places if isinstance(places, list) else [places]) if isinstance(p, str) and p]
    return "；".join(places) or "见通知原文"


def original_link(notice: dict) -> str:
    """The line with the notice's link, saying whose page it is: 官方原文 only for an official
    source; an aggregator's page is a repost, named, so nobody takes it for the authority's word."""
    if notice.get("source_kind") == "official":
        return f"官方原文：{notice['url']}"
    if notice.get("source_kind") == "aggregator":
        return f"原文（转载，来源：{notice.get('source_name') or notice.get('source_id') or '未注明'}）：{notice['url']}"
    return f"原文：{notice['url']}"  # a source no longer registered: we cannot say whose it is


def compose(notice: dict, reminder: str, today: date, sub: dict, site_url: str) -> tuple[str, str]:
    """(title, body) of one message, in Chinese: a line per fact (crawler/alerts.py deliver sends it as text)."""
    lines = [
        notice["title"] or "",
        f"领取地点：{collection_places(notice)}",
        f"地区：{place(notice)}",  # the region the notice is about, which is not where to go
        f"办理时间：{notice['window_start'] or '未注明'} 至 {notice['window_end'] or '未注明'}",
        f"剩余天数：{days_left(notice, today)}",
    ]
    exam = exams_text(notice["exam"], notice.get("exams"))
    if exam or notice["kind"]:
        lines.append(f"考试：{exam or '未注明'} · 类型：{KIND_LABELS.get(notice['kind'], notice['kind'] or '')}")
    lines += [
        original_link(notice),
        # Our notice page: the key facts (where, what to bring, whom to call) and the reposts.
        f"详情：{site_url.rstrip('/')}/notice/{quote(notice['id'])}",
        f"发布日期：{notice['published'] or '未注明'}（请以官方原文为准）",
        f"订阅：{describe_filter(sub)}",
        f"退订：{unsubscribe_link(site_url, sub['token'])}",
    ]
    return f"{TITLE_PREFIX[reminder]}{notice['title'] or ''}", "\n".join(lines)


