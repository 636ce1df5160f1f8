"""What a feed, calendar or board URL may carry, over a real Datasette on the replica crawl.

- Control characters in a filter value (a line break, NUL, tab) are refused with a 400 and a
  Chinese message by the Atom feed and the calendar: in a line-oriented calendar a bare CR or LF
  starts a property line of the caller's choosing, and icalendar itself refused \\n with a 500.
- A long value gives a valid feed and a calendar whose name stays short.
- An exam value is read as the candidates' pages read it (jianli, 监理 -> 监理工程师), by the feeds,
  the calendar and the canned queries' JSON; one naming no single exam is a 400 with the message.
- The board's JSON link gives the board's own statuses (judged on the serving day), code and label.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date, timedelta
import urllib.error
import urllib.request
from html import unescape
from urllib.parse import urlencode

import feedparser
import icalendar
import pytest

from crawler.replica import day_today
from db.feed import status_of
from db.labels import STATUS_LABELS
from db.plugin.board import board_cells
from db.schema import OPEN_ENDED_DAYS

EMPTY = {"province": "", "city": "", "exam": "", "kind": "", "q": ""}
JIANLI = "监理工程师"


def get(datasette, path: str, **params) -> tuple[int, str, bytes]:
    url = f"{datasette.base}{path}" + ("?" + urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get("content-type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("content-type", ""), error.read()


def feed(datasette, fmt: str, **params) -> tuple[int, str, bytes]:
    query = {"atom": "latest", "ics": "calendar"}[fmt]
    return get(datasette, f"/{datasette.db_name}/{query}.{fmt}", **{**EMPTY, **params})


def calendar_name(body: bytes) -> str:
    return str(icalendar.Calendar.from_ical(body)["X-WR-CALNAME"])


def calendar_uids(body: bytes) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(body).walk("VEVENT")}


def has_cjk(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


# --- 1. control characters and long values ---------------------------------------------------


@pytest.mark.parametrize("char", ["\n", "\r", "\x00", "\t"], ids=["LF", "CR", "NUL", "TAB"])
@pytest.mark.parametrize("param", ["q", "exam", "province", "city", "kind"])
@pytest.mark.parametrize("fmt", ["ics", "atom"])
def test_a_control_character_in_a_filter_is_a_400_with_a_chinese_message(datasette, fmt, param, char):
    status, content_type, body = feed(datasette, fmt, **{param: f"x{char}X-EVIL:1"})
    text = body.decode("utf-8")
    assert status == 400, (status, text[:300])
    assert "控制字符" in text and param in text, text
    assert "X-EVIL" not in text and "Traceback" not in text


def test_the_reported_injection_puts_no_line_of_its_own_into_the_calendar(datasette):
    for value in ("x\rX-EVIL:1", "x\r\nX-EVIL:1", "x\nX-EVIL:1", "x\x85X-EVIL:1", "x\u2028X-EVIL:1"):
        status, _, body = feed(datasette, "ics", q=value)
        assert status == 400, (repr(value), status)
        assert not re.search(rb"(^|[\r\n])X-EVIL", body)


def test_a_clean_value_is_still_served(datasette):
    status, content_type, body = feed(datasette, "ics", q="证书")
    assert status == 200 and content_type.startswith("text/calendar")
    assert calendar_name(body) == "证书办理时间 · 证书"


@pytest.mark.parametrize("fmt", ["ics", "atom"])
def test_a_long_value_gives_a_valid_document_with_a_short_name(datasette, fmt):
    long_q = "证书领取 " * 400  # 2,000 characters
    status, _, body = feed(datasette, fmt, q=long_q)
    assert status == 200, body[:300]
    if fmt == "ics":
        name = calendar_name(body)
        assert name.startswith("证书办理时间 · 证书领取") and name.endswith("…") and len(name) <= 80, name
    else:
        parsed = feedparser.parse(body)
        assert not parsed.bozo, parsed.bozo_exception


def test_a_long_exam_value_is_a_400_quoting_it_shortened(datasette):
    status, _, body = feed(datasette, "ics", exam="监" * 3000)
    text = body.decode("utf-8")
    assert status == 400 and "考试" in text and "监" * 61 not in text


# --- 2. one exam value, one meaning ----------------------------------------------------------


@pytest.mark.parametrize("typed", ["jianli", "监理", "監理"])
def test_the_calendar_and_feed_read_an_exam_as_the_pages_do(datasette, typed):
    status, _, exact = feed(datasette, "ics", exam=JIANLI)
    assert status == 200 and calendar_uids(exact)
    status, _, body = feed(datasette, "ics", exam=typed)
    assert status == 200, body[:300]
    assert calendar_uids(body) == calendar_uids(exact)
    assert calendar_name(body) == f"证书办理时间 · {JIANLI}"

    entries = [e.id for e in feedparser.parse(feed(datasette, "atom", exam=JIANLI)[2]).entries]
    status, _, body = feed(datasette, "atom", exam=typed)
    assert status == 200 and entries and [e.id for e in feedparser.parse(body).entries] == entries


def test_the_canned_queries_json_reads_an_exam_as_the_pages_do(datasette):
    db = datasette.db_name
    exact = datasette.json(f"/{db}/latest.json?_shape=objects&" + urlencode({**EMPTY, "exam": JIANLI}))["rows"]
    typed = datasette.json(f"/{db}/latest.json?_shape=objects&" + urlencode({**EMPTY, "exam": "jianli"}))["rows"]
    assert exact and typed == exact
    upcoming = datasette.json(f"/{db}/upcoming.json?_shape=objects&" + urlencode({"province": "", "exam": JIANLI}))
    assert datasette.json(f"/{db}/upcoming.json?_shape=objects&"
                          + urlencode({"province": "", "exam": "监理"}))["rows"] == upcoming["rows"]


@pytest.mark.parametrize("fmt", ["ics", "atom"])
def test_an_exam_naming_none_is_a_400_like_an_unknown_province(datasette, fmt):
    status, _, body = feed(datasette, fmt, exam="没有这种考试")
    assert status == 400 and "没有名为“没有这种考试”的考试" in body.decode("utf-8")
    status, _, body = get(datasette, f"/{datasette.db_name}/latest.json", **{**EMPTY, "exam": "没有这种考试"})
    assert status == 400 and "没有名为“没有这种考试”的考试" in json.loads(body)["error"]


def test_an_exam_naming_several_is_a_400_offering_them(datasette, crawled_db):
    with sqlite3.connect(crawled_db) as conn:
        known = sorted(r[0] for r in conn.execute("select distinct exam from notices where exam like '%工程师%'"))
    assert len(known) >= 2, known  # the replicas hold several 工程师 exams
    status, _, body = feed(datasette, "ics", exam="工程师")
    text = body.decode("utf-8")
    assert status == 400 and "对应多个考试" in text
    assert all(exam in text for exam in known[:5]), (known, text)


# --- 4 and 5. the board's JSON is the board --------------------------------------------------


def board_page(datasette, **params) -> tuple[str, str]:
    status, _, body = get(datasette, "/board", **params)
    assert status == 200
    html = body.decode("utf-8")
    links = re.findall(r'<a href="([^"]+)">JSON</a>', html)
    assert len(links) == 1, links
    return html, unescape(links[0])


def test_the_boards_json_link_gives_the_statuses_the_board_shows(datasette):
    html, link = board_page(datasette)
    assert link.startswith("/board.json?"), link  # the board's own data, not the real-clock canned query
    status, content_type, body = get(datasette, link)
    assert status == 200 and "json" in content_type
    board = json.loads(body)
    assert board["today"] == day_today(1) and f"状态按 {board['today']} 计算" in html
    shown = dict(re.findall(r'data-province="([^"]+)" data-status="([^"]+)"', html))
    assert {c["province"]: c["status"] for c in board["cells"]} == shown
    shown_lines = {notice: status for status, notice in re.findall(r'data-status="([^"]+)" data-id="([^"]+)"', html)}
    lines = [line for cell in board["cells"] for line in cell["lines"]]
    assert lines and {line["id"]: line["status"] for line in lines} == shown_lines
    for item in board["cells"] + lines:
        assert has_cjk(item["label"]), item  # the code beside its Chinese label
    assert "not yet announced" not in {c["label"] for c in board["cells"]}


def test_the_boards_json_follows_the_picked_exam_and_year(datasette):
    board = json.loads(get(datasette, board_page(datasette)[1])[2])
    other = next(e for e in board["exams"] if e != board["exam"])
    html, link = board_page(datasette, exam=other, year=board["year"] - 1)
    picked = json.loads(get(datasette, link)[2])
    assert (picked["exam"], picked["year"]) == (other, board["year"] - 1)
    shown = dict(re.findall(r'data-province="([^"]+)" data-status="([^"]+)"', html))
    assert {c["province"]: c["status"] for c in picked["cells"]} == shown


def test_the_boards_json_says_an_exam_that_names_none(datasette):
    status, _, body = get(datasette, "/board.json", exam="jianli")
    assert status == 400 and "没有“jianli”的证书通知" in json.loads(body)["error"]
    assert JIANLI in json.loads(body)["error"]  # the exam it may have meant
    status, _, body = get(datasette, "/board.json", exam="火星驾驶员")
    assert status == 400 and "请选择考试" in json.loads(body)["error"]


def test_a_board_line_says_what_the_notice_page_says(datasette):
    board = json.loads(get(datasette, board_page(datasette)[1])[2])
    lines = [line for cell in board["cells"] for line in cell["lines"]]
    # The replica board has lines without a judged window, the case where the two used to differ.
    assert any(line["status"] == "announced" for line in lines), lines
    for line in lines:
        notice = json.loads(get(datasette, f"/notice/{line['id']}.json")[2])["notice"]
        assert line["label"] == notice["status_label"], (line, notice["status"])


def test_a_start_only_window_past_its_open_days_reads_as_on_the_feed():
    start = "2026-01-05"
    today = (date.fromisoformat(start) + timedelta(OPEN_ENDED_DAYS + 10)).isoformat()
    assert status_of(start, None, today) == "unknown"  # what the feed and the notice page say
    rows = [{"id": "s", "province": "河南省", "title": "t", "url": "https://example.gov.cn/s.html",
             "kind": "collection", "window_start": start, "window_end": None, "published": "2026-01-01",
             "source_kind": "official", "source_name": "x"}]
    (cell,) = [c for c in board_cells([{"name": "河南省", "short": "河南"}], rows, today)]
    assert cell["lines"][0]["label"] == STATUS_LABELS["unknown"] == "未注明时间"


def test_a_feed_for_an_exam_with_no_notice_yet_is_empty_not_refused(datasette, crawled_db):
    # a candidate subscribes before the first notice of their exam: a catalogue exam, none stored
    with sqlite3.connect(crawled_db) as conn:
        stored = {r[0] for r in conn.execute("select distinct exam from notices where exam is not null")}
    exam = next(e for e in ("拍卖师", "银行业专业人员职业资格") if e not in stored)
    for fmt in ("atom", "ics"):
        status, _, body = feed(datasette, fmt, exam=exam)
        assert status == 200, (fmt, body[:200])


@pytest.mark.parametrize("typed, exam", [("二建", "二级建造师"), ("社工证", "社会工作者职业资格")])
def test_a_feed_reads_an_exams_short_name(datasette, typed, exam):
    status, _, body = feed(datasette, "ics", exam=typed)
    assert status == 200 and exam in body.decode("utf-8"), body[:300]
