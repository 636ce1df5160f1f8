"""Feeds and canned queries in a running Datasette over the replica crawl."""

from __future__ import annotations

import sqlite3
import urllib.error
import urllib.request
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, urlencode

import feedparser
import pytest

from db.schema import OPEN_ENDED_DAYS
from tests.conftest import DatasetteServer

CHINA = timezone(timedelta(hours=8))
EMPTY = {"province": "", "city": "", "exam": "", "kind": "", "q": ""}


def feed_url(datasette, **params) -> str:
    return f"{datasette.base}/{datasette.db_name}/latest.atom?" + urlencode({**EMPTY, **params})


def fetch(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers.get("Content-Type"), response.read()


# A notice is about an exam: its one exam, one of several (exam null), or the exam its old name stands for now (its
# notice_exams rows).
ABOUT_EXAM = "(exam = ? or id in (select notice_id from notice_exams where exam = ?))"


def feed_rows(db_path, where="1=1", params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(f"select * from feed where {where}", params)]


def test_the_atom_feed_is_valid_and_links_to_official_notices(datasette, crawled_db):
    status, content_type, body = fetch(feed_url(datasette))
    assert status == 200 and "xml" in content_type
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == "atom10"
    rows = {row["id"]: row for row in feed_rows(crawled_db)}
    assert len(parsed.entries) == min(200, len(rows))
    for entry in parsed.entries:
        notice_id = entry.id.rsplit("/", 1)[-1]
        assert entry.id == f"tag:certnotices.github.io,2024:notice/{notice_id}"
        assert entry.link == rows[notice_id]["url"]
        assert entry.updated.endswith("+08:00")
        assert entry.title == rows[notice_id]["title"]


def test_feed_ids_are_stable_across_requests(datasette):
    first = [e.id for e in feedparser.parse(fetch(feed_url(datasette))[2]).entries]
    second = [e.id for e in feedparser.parse(fetch(feed_url(datasette))[2]).entries]
    assert first == second and len(set(first)) == len(first)


def test_a_filtered_feed_holds_exactly_the_matching_notices(datasette, crawled_db):
    rows = feed_rows(crawled_db, "province is not null and exam is not null")
    province, exam = rows[0]["province"], rows[0]["exam"]
    parsed = feedparser.parse(fetch(feed_url(datasette, province=province, exam=exam))[2])
    expected = {r["id"] for r in feed_rows(crawled_db, f"province = ? and {ABOUT_EXAM}", (province, exam, exam))}
    assert {e.id.rsplit("/", 1)[-1] for e in parsed.entries} == expected


def test_search_text_in_a_feed_accepts_traditional_input(datasette, crawled_db):
    parsed = feedparser.parse(fetch(feed_url(datasette, q="證書 補辦"))[2])
    expected = {r["id"] for r in feed_rows(crawled_db) if "证书" in r["title"] and "补办" in r["title"]}
    found = {e.id.rsplit("/", 1)[-1] for e in parsed.entries}
    assert expected and expected <= found


def test_a_filter_matching_nothing_is_an_empty_valid_feed(datasette):
    # A known province and a search matching nothing (an unknown province is a 400 with a
    # message: tests/test_places.py).
    status, _, body = fetch(feed_url(datasette, province="西藏自治区", q='"*( OR zzzqqq'))
    parsed = feedparser.parse(body)
    assert status == 200 and not parsed.bozo and parsed.entries == []


def test_open_now_and_upcoming_follow_todays_date_in_china(datasette, crawled_db):
    today = datetime.now(CHINA).date()
    rows = feed_rows(crawled_db)

    def last_day(row):  # an open-ended window counts as open for OPEN_ENDED_DAYS
        if row["window_end"]:
            return row["window_end"]
        return (date.fromisoformat(row["window_start"]) + timedelta(days=OPEN_ENDED_DAYS)).isoformat()

    today = today.isoformat()
    open_now = {r["url"] for r in rows if (r["window_start"] or r["window_end"])
                and (r["window_start"] or "0000") <= today <= last_day(r)}
    upcoming = {r["url"] for r in rows if r["window_start"] and r["window_start"] > today}
    for query, expected in (("open_now", open_now), ("upcoming", upcoming)):
        data = datasette.json(f"/{datasette.db_name}/{query}.json?_shape=objects&province=&exam=")
        assert {r["url"] for r in data["rows"]} == expected, query


def test_the_province_board_has_every_province(datasette, crawled_db):
    rows = feed_rows(crawled_db, "exam is not null and year is not null and province is not null and kind = 'collection'")
    exam, year = rows[0]["exam"], rows[0]["year"]
    data = datasette.json(f"/{datasette.db_name}/province_board.json?_shape=objects&exam={quote(exam)}&year={year}")
    board = {r["province"]: r for r in data["rows"]}
    assert len(board) == 32 and "新疆生产建设兵团" in board and "台湾省" not in board
    announced = {r["province"] for r in feed_rows(crawled_db, f"{ABOUT_EXAM} and year = ? and kind in ('collection', 'electronic')",
                                                  (exam, exam, year))}
    for province, row in board.items():
        assert (row["status"] != "not yet announced") == (province in announced), province
        assert row["status"] in {"not yet announced", "announced", "upcoming", "open", "closed"}


def test_the_feed_view_folds_copies_and_facets_on_status(datasette, crawled_db):
    data = datasette.json(f"/{datasette.db_name}/feed.json?_facet=status&_facet=province&_size=0")
    assert {"status", "province"} <= set(data["facet_results"])
    with sqlite3.connect(crawled_db) as conn:
        (canonical,) = conn.execute("select count(*) from notices where duplicate_of is null").fetchone()
    assert data["filtered_table_rows_count"] == canonical


@pytest.mark.parametrize("query", [{}, {"_search": "证书"}, {"province": "河南省"}])
def test_the_feed_page_lists_the_newest_first(datasette, query):
    args = urlencode({**query, "_shape": "objects", "_size": "max"})
    data = datasette.json(f"/{datasette.db_name}/feed.json?{args}")
    published = [row["published"] or "" for row in data["rows"]]
    assert len(published) > 3
    assert published == sorted(published, reverse=True)


def test_a_failed_feed_query_is_an_error_not_an_empty_feed(tmp_path, crawled_db):
    """A feed whose query fails must not read as "nothing new" in a feed reader."""
    broken = tmp_path / "broken.db"
    with sqlite3.connect(crawled_db) as source, sqlite3.connect(broken) as target:
        source.backup(target)
        target.execute("drop table notices_fts")  # the latest query reads it: "no such table"
    server = DatasetteServer(broken)
    try:
        with pytest.raises(urllib.error.HTTPError) as failed:
            fetch(feed_url(server))
        body = failed.value.read().decode("utf-8")
    finally:
        server.stop()
    assert failed.value.code >= 400  # Datasette keeps its own status for a failed query (400)
    assert "notices_fts" in body and "<feed" not in body
