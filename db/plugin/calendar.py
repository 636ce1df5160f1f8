"""Calendar feeds: `.ics` for any filter, one all-day event per collection (or reissue) window.

`/<db>/calendar.ics?province=&city=&exam=&kind=&q=` takes the Atom feed's parameters (the
`calendar` canned query in metadata.yml); any table or query page with the columns of
CALENDAR_COLUMNS renders too (`/<db>/feed.ics?province=河南省`). Built with `icalendar`:

- all-day events (DTSTART/DTEND with VALUE=DATE), the end exclusive (RFC 5545: a window 10-21 to
  10-31 ends on 11-01), dates as printed by the notice, i.e. China's calendar (X-WR-TIMEZONE
  Asia/Shanghai; a DATE value has no time zone of its own);
- a window with only an end is one day, "截止：…", on that day; only a start, one day "开始：…";
- UID = notice id + "-window@certnotices", so a re-downloaded feed updates events instead of
  doubling them; DTSTAMP from the notice's publication date, so the same data gives the same bytes;
- the official link (URL, and in the description) and the place (LOCATION: province and city).

Windows counted in working days arrive here as dates: the normaliser computed them
(pipelines/window_rule.py).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from datasette.utils.asgi import Response
from icalendar import Calendar, Event

from db.labels import KIND_LABELS, parse_day, place, window_phrase
from db.plugin.board import safe_link
from db.plugin.places import CONTROL_CHARACTERS
from db.store import CHINA

CALENDAR_COLUMNS = frozenset({"id", "title", "window_start", "window_end", "url"})
PRODID = "-//certnotices//certificate notices//ZH"


def window_days(row: dict) -> tuple[date, date, str] | None:
    """(first day, last day, label prefix) of a row's window, or None without one."""
    start, end = parse_day(row.get("window_start")), parse_day(row.get("window_end"))
    if start and end:
        return (start, end, "") if end >= start else (start, start, "开始：")
    if end:
        return end, end, "截止："
    if start:
        return start, start, "开始："
    return None


def window_event(row: dict) -> Event | None:
    days = window_days(row)
    if days is None:
        return None
    first, last, prefix = days
    link = safe_link(row.get("url"))
    event = Event()
    event.add("uid", f"{row['id']}-window@certnotices")
    published = parse_day(row.get("published")) or first
    event.add("dtstamp", datetime.combine(published, time(0, 0), CHINA).astimezone(timezone.utc))
    event.add("dtstart", first)  # a date: VALUE=DATE
    event.add("dtend", last + timedelta(days=1))  # exclusive
    event.add("summary", f"{prefix}{row.get('title') or ''}")
    event.add("location", place(row))
    # Said as the pages say it: a window without an end is `… 起（截止日期未注明）`, not `… 至 未注明`.
    lines = [f"办理时间：{window_phrase(row.get('window_start'), row.get('window_end'))}", f"地点：{place(row)}"]
    if row.get("exam"):
        lines.append(f"考试：{row['exam']}")
    if row.get("kind"):
        lines.append(f"类型：{KIND_LABELS.get(row['kind'], row['kind'])}")
    if link:
        lines.append(f"官方原文：{link}")
        event.add("url", link)
    lines.append("请以官方原文为准。")
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
    return event


def build_calendar(rows, name: str = "certnotices") -> bytes:
    """An iCalendar (RFC 5545) document with one event per row that has a window."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Shanghai")
    for row in rows:
        event = window_event(dict(row))
        if event is not None:
            calendar.add_component(event)
    return calendar.to_ical()


def can_render_ics(columns) -> bool:
    return CALENDAR_COLUMNS <= set(columns or ())


# A filter value as the calendar's name shows it: at most this many characters, then "…" — a calendar
# app shows the name in a narrow list, and a 2,000-character search would fill it.
NAME_VALUE_MAX = 20


def name_part(value: str) -> str:
    """A filter value fit for X-WR-CALNAME: one line (db/plugin/places.py already answers a control
    character in a feed's parameter with a 400; this keeps any other way in to one line too), short."""
    value = " ".join(CONTROL_CHARACTERS.sub(" ", value).split())
    return value if len(value) <= NAME_VALUE_MAX else value[:NAME_VALUE_MAX] + "…"


def render_ics(datasette, request, rows, columns, database, table, query_name):
    queries = (datasette.metadata(database=database) or {}).get("queries") or {}
    title = (queries.get(query_name) or {}).get("title") if query_name else None
    # kind arrives as its code (db/plugin/places.py rewrites 证书领取 to collection): named in Chinese.
    filters = " · ".join(KIND_LABELS.get(v, v) if k == "kind" else v for k in ("province", "city", "exam", "kind", "q")
                         if (v := name_part(request.args.get(k) or "")))
    name = f"证书办理时间 · {filters}" if filters else (title or f"证书办理时间 · {table or query_name or database}")
    return Response(build_calendar([dict(zip(columns, r)) for r in rows], name),
                    content_type="text/calendar; charset=utf-8", status=200)
