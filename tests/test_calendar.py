"""Calendar feeds (.ics): the pure builder on table cases, then calendar.ics over a real Datasette.

Every document is read back by two independent parsers, icalendar (which wrote it) and vobject,
and "imported" by expanding each event to the days a calendar shows it on."""

from __future__ import annotations

import sqlite3
import urllib.parse
import urllib.request
from datetime import date, timedelta

import icalendar
import pytest
import vobject

from db.plugin.calendar import build_calendar

ROW = {"title": "关于领取证书的通知", "province": "河南省", "city": "郑州市", "exam": "监理工程师", "kind": "collection",
       "published": "2024-10-20", "url": "https://www.hnrsks.com/x/1.html"}


def days_shown(dtstart: date, dtend: date) -> list[date]:
    """The days an all-day event covers in a calendar: DTSTART up to, not including, DTEND."""
    return [dtstart + timedelta(i) for i in range((dtend - dtstart).days)]


def both_parsers(ics: bytes) -> list[dict]:
    """Each event as read by icalendar and by vobject; the test fails if the two disagree."""
    first = [{"uid": str(e["UID"]), "start": e.decoded("DTSTART"), "end": e.decoded("DTEND"),
              "summary": str(e["SUMMARY"]), "location": str(e["LOCATION"]), "url": str(e.get("URL", "")),
              "description": str(e["DESCRIPTION"])}
             for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")]
    calendar = vobject.readOne(ics.decode("utf-8"))
    second = [{"uid": e.uid.value, "start": e.dtstart.value, "end": e.dtend.value, "summary": e.summary.value,
               "location": e.location.value, "url": e.url.value if hasattr(e, "url") else "",
               "description": e.description.value}
              for e in getattr(calendar, "vevent_list", [])]
    assert first == second
    return first


@pytest.mark.parametrize("start, end, first, last, prefix", [
    ("2024-10-21", "2024-10-31", "2024-10-21", "2024-10-31", ""),  # within a month, ends on its last day
    ("2024-10-28", "2024-11-03", "2024-10-28", "2024-11-03", ""),  # crosses a month end
    ("2024-12-30", "2025-01-05", "2024-12-30", "2025-01-05", ""),  # crosses a year end
    ("2024-02-27", "2024-03-01", "2024-02-27", "2024-03-01", ""),  # leap February
    ("2023-02-27", "2023-03-01", "2023-02-27", "2023-03-01", ""),  # common February
    ("2024-12-31", "2024-12-31", "2024-12-31", "2024-12-31", ""),  # one day, the year's last
    (None, "2025-01-10", "2025-01-10", "2025-01-10", "截止："),  # only a deadline: that day
    ("2024-12-31", None, "2024-12-31", "2024-12-31", "开始："),  # only a start: that day
])
def test_a_window_is_one_all_day_event_on_exactly_its_days(start, end, first, last, prefix):
    ics = build_calendar([{**ROW, "id": "abc123", "window_start": start, "window_end": end}])
    (event,) = both_parsers(ics)
    assert event["start"] == date.fromisoformat(first)
    assert event["end"] == date.fromisoformat(last) + timedelta(1)  # exclusive end
    shown = days_shown(event["start"], event["end"])
    assert shown[0] == date.fromisoformat(first) and shown[-1] == date.fromisoformat(last)
    assert len(shown) == (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
    assert event["summary"] == prefix + ROW["title"]
    text = ics.decode("utf-8")
    assert f"DTSTART;VALUE=DATE:{first.replace('-', '')}" in text
    assert f"DTEND;VALUE=DATE:{(date.fromisoformat(last) + timedelta(1)).isoformat().replace('-', '')}" in text
    assert "X-WR-TIMEZONE:Asia/Shanghai" in text


def test_events_carry_link_and_place_and_keep_their_uid():
    rows = [{**ROW, "id": "n1", "window_start": "2024-11-01", "window_end": "2024-11-30"},
            {**ROW, "id": "n2", "city": None, "window_start": None, "window_end": None},  # no window: no event
            {**ROW, "id": "n3", "province": None, "city": None, "url": "javascript:alert(1)",
             "window_start": "2024-12-01", "window_end": "2024-12-02"}]
    events = both_parsers(build_calendar(rows))
    assert [e["uid"] for e in events] == ["n1-window@certnotices", "n3-window@certnotices"]
    assert events[0]["url"] == ROW["url"] and f"官方原文：{ROW['url']}" in events[0]["description"]
    assert events[0]["location"] == "河南省郑州市" and events[1]["location"] == "全国"
    assert events[1]["url"] == "" and "javascript" not in build_calendar(rows).decode()  # only http(s) links
    assert build_calendar(rows) == build_calendar(rows)  # same data, same bytes (stable UIDs and DTSTAMPs)
    moved = [{**rows[0], "window_end": "2024-12-05"}]
    assert both_parsers(build_calendar(moved))[0]["uid"] == events[0]["uid"]  # a corrected window updates the event


def fetch(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=20) as response:
        return response.status, response.headers.get("content-type", ""), response.read()


def test_calendar_ics_over_datasette_for_any_filter(datasette, crawled_db):
    conn = sqlite3.connect(crawled_db)
    # A real window from the crawl that crosses a month end, and its province.
    notice_id, province, start, end = conn.execute(
        "select id, province, window_start, window_end from feed where province is not null and window_start is not null "
        "and window_end is not null and substr(window_start, 1, 7) != substr(window_end, 1, 7) order by id limit 1").fetchone()
    expected = {r[0] for r in conn.execute("select id from feed where province = ? and (window_start is not null or "
                                           "window_end is not null)", [province])}
    params = urllib.parse.urlencode({"province": province, "city": "", "exam": "", "kind": "", "q": ""})
    status, content_type, body = fetch(f"{datasette.base}/{datasette.db_name}/calendar.ics?{params}")
    assert status == 200 and content_type.startswith("text/calendar")
    events = {e["uid"].split("-window@")[0]: e for e in both_parsers(body)}
    assert set(events) == expected
    shown = days_shown(events[notice_id]["start"], events[notice_id]["end"])
    assert shown[0] == date.fromisoformat(start) and shown[-1] == date.fromisoformat(end)
    assert events[notice_id]["location"].startswith(province)

    # A search filter narrows it; an empty match is a valid, empty calendar.
    status, _, body = fetch(f"{datasette.base}/{datasette.db_name}/calendar.ics?"
                            + urllib.parse.urlencode({"province": "", "city": "", "exam": "", "kind": "", "q": "没有这个词组合ZZQ"}))
    assert status == 200 and both_parsers(body) == []

    # Every page with an Atom link has the calendar link beside it, for the same filter.
    _, _, page = fetch(f"{datasette.base}/{datasette.db_name}/feed?" + urllib.parse.urlencode({"province": province}))
    html = page.decode("utf-8")
    assert "latest.atom?" + params in html.replace("&amp;", "&")
    assert "calendar.ics?" + params in html.replace("&amp;", "&")
