"""db/feed.py against plain SQL over the schema: status, filters, search, pages, the count cap, facets."""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from datetime import date, timedelta

import pytest

from db import feed
from db.feed import FeedQuery, feed_page, notice_detail, status_of
from db.finish import finish_run
from db.schema import status_sql
from db.search import fts_query, sync_search_index
from db.store import open_db

TODAY = "2026-03-25"


def sql_status(window_start, window_end, today):
    conn = sqlite3.connect(":memory:")
    conn.execute("create table n (window_start text, window_end text)")
    conn.execute("insert into n values (?, ?)", (window_start, window_end))
    return conn.execute(f"select {status_sql(repr(today))} from n").fetchone()[0]


CASES = [
    (None, None), ("2026-03-26", "2026-04-22"), ("2026-03-25", "2026-04-22"), ("2026-03-01", "2026-03-25"),
    ("2026-03-01", "2026-03-24"), ("2026-03-01", None), ("2025-10-21", None), ("2025-12-25", None),
    ("2025-12-24", None), ("2026-04-01", None), (None, "2026-03-31"), (None, "2026-03-20"), (None, "2026-03-25"),
    ("2026-04-10", "2026-03-01"),  # a window printed backwards
    ("2026-02-30", None), ("2025-09-31", None),  # rolled over by SQLite's date()
    ("2026-13-01", None), ("2026-3-1", None), ("soon", None),  # not a date: date() is NULL
]


@pytest.mark.parametrize(("window_start", "window_end"), CASES)
@pytest.mark.parametrize("today", [TODAY, "2026-01-01", "2027-01-01"])
def test_status_of_agrees_with_status_sql(window_start, window_end, today):
    assert status_of(window_start, window_end, today) == sql_status(window_start, window_end, today)


def test_status_of_agrees_on_random_windows():
    rng = random.Random(3)
    base = date(2026, 1, 1)
    for _ in range(300):
        ws = rng.choice([None, (base + timedelta(rng.randint(-200, 200))).isoformat()])
        we = rng.choice([None, (base + timedelta(rng.randint(-200, 200))).isoformat()])
        today = (base + timedelta(rng.randint(-200, 200))).isoformat()
        assert status_of(ws, we, today) == sql_status(ws, we, today), (ws, we, today)


PROVINCES = ["河南省", "四川省", "广东省"]
CITIES = {"河南省": ["郑州市", "洛阳市"], "四川省": ["成都市"], "广东省": ["广州市", "深圳市"]}
EXAMS = ["一级建造师", "监理工程师", "执业药师"]
KINDS = ["collection", "reissue", "electronic"]


def random_notice(rng: random.Random, i: int) -> dict:
    province = rng.choice(PROVINCES)
    exam, kind = rng.choice(EXAMS), rng.choice(KINDS)
    published = date(2025, 6, 1) + timedelta(rng.randint(0, 330))
    ws = published + timedelta(rng.randint(0, 30))
    we = ws + timedelta(rng.randint(0, 40))
    shape = rng.random()
    window = (None, None) if shape < 0.15 else (ws.isoformat(), None) if shape < 0.3 else (ws.isoformat(), we.isoformat())
    word = {"collection": "领取", "reissue": "补办", "electronic": "电子证书"}[kind]
    # one notice in six is about two exams (`…社会工作者、监理工程师等资格证书的通知`): exam null
    several = rng.random() < 1 / 6
    exams = rng.sample(EXAMS, 2) if several else [exam]
    return {
        "id": f"n{i:04d}", "url": f"https://example.invalid/{i}.html", "source_id": rng.choice(["off", "agg"]),
        "title": f"{province}{published.year}年{exam}证书{word}通知 第{i}号", "body_text": rng.choice(["现场领取", "邮寄"]),
        "published": published.isoformat(), "province": province, "city": rng.choice(CITIES[province]),
        "exam": None if several else exam, "exams": exams,
        "kind": kind, "year": published.year - 1, "batch": i,  # distinct events: few copies
        "window_start": window[0], "window_end": window[1], "sample_data": 1,
    }


@pytest.fixture
def db(tmp_path):
    db = open_db(tmp_path / "feed.db")
    db["sources"].insert_all([{"id": "off", "name": "人事考试网", "kind": "official"},
                              {"id": "agg", "name": "转载站", "kind": "aggregator"}])
    rng = random.Random(7)
    db["notices"].insert_all([random_notice(rng, i) for i in range(240)])
    sync_search_index(db)
    finish_run(db)
    db.conn.row_factory = sqlite3.Row  # as Datasette's connections answer
    return db


def expected(conn: sqlite3.Connection, query: FeedQuery) -> list[dict]:
    """Every matching feed row in order, from the schema's own status rule and one MATCH."""
    sql = f"""select n.rowid as rowid, n.id, n.published, n.province, n.city, n.exam, n.exams, n.kind,
                     {status_sql(repr(query.today))} as status
              from notices n where n.duplicate_of is null"""
    params: list = []
    if query.q:
        sql += " and n.rowid in (select rowid from notices_fts where notices_fts match ?)"
        params.append(fts_query(query.q))
    cursor = conn.execute(sql + " order by n.published desc, n.id", params)
    rows = [dict(zip([d[0] for d in cursor.description], r)) for r in cursor]
    keep = ("province", "city", "kind", "status")
    return [r for r in rows if all(not getattr(query, k) or r[k] == getattr(query, k) for k in keep)
            and (not query.exam or query.exam in about(r))]


def about(row: dict) -> list[str]:
    """The exams a notice is about: its one exam, or each of several."""
    return [row["exam"]] if row["exam"] else json.loads(row["exams"] or "[]")


def facets_of(rows: list[dict], query: FeedQuery) -> dict:
    facets = {name: Counter(r[name] for r in rows) for name in ("province", "kind", "status")}
    # a notice about several exams counts under each (under the filtered one only, when filtered)
    facets["exam"] = Counter(e for r in rows for e in ([query.exam] if query.exam else about(r)))
    return {name: sorted(((v, c) for v, c in facets[name].items() if v), key=lambda vc: (-vc[1], vc[0]))
            for name in ("province", "exam", "kind", "status")}


QUERIES = [
    {}, {"province": "河南省"}, {"city": "郑州市"}, {"exam": "监理工程师", "kind": "reissue"},
    {"status": "open"}, {"status": "upcoming"}, {"status": "closed"}, {"status": "unknown"}, {"exam": "一级建造师"},
    {"exam": "监理工程师", "status": "open"}, {"exam": "执业药师", "province": "河南省"},
    {"province": "四川省", "status": "closed"}, {"q": "补办"}, {"q": "河南 监理"}, {"q": "证书", "status": "open"},
    {"q": "领取", "province": "广东省", "exam": "执业药师"}, {"q": "henan"}, {"q": "没有这个词"},
]


@pytest.mark.parametrize("today", ["2025-09-01", TODAY, "2026-06-20"])
@pytest.mark.parametrize("filters", QUERIES)
def test_feed_page_matches_plain_sql(db, today, filters):
    conn = db.conn
    for page, per_page in [(1, 20), (2, 7), (40, 5)]:
        query = FeedQuery(today=today, page=page, per_page=per_page, **filters)
        want = expected(conn, query)
        got = feed_page(conn, query)
        assert [r["id"] for r in got.rows] == [r["id"] for r in want[(page - 1) * per_page:page * per_page]]
        assert (got.total, got.total_capped) == (len(want), False)
        assert got.facets == facets_of(want, query)
        assert not got.facets_partial
        for row in got.rows:
            assert row["status"] == sql_status(row["window_start"], row["window_end"], today)
    if today == TODAY and filters.get("q") != "没有这个词":
        assert want, "a query that finds nothing proves little"


@pytest.mark.parametrize("probe_us", [0.0, 1e9])  # walk against every hit read, or probe the index per notice
@pytest.mark.parametrize("filters", [{"q": "补办"}, {"q": "邮寄", "kind": "collection"}, {"q": "河南", "status": "closed"},
                                     {"q": "现场", "province": "河南省"}])
def test_a_broad_search_is_capped_and_still_newest_first(db, filters, probe_us, monkeypatch):
    monkeypatch.setattr(feed, "PROBE_US", probe_us)
    conn, cap = db.conn, 9
    for page in (1, 3):
        query = FeedQuery(today=TODAY, page=page, per_page=4, **filters)
        want = expected(conn, query)
        assert len(want) > cap
        assert len(want) < len(expected(conn, FeedQuery(today=TODAY, **{**filters, "q": ""}))), "the search must sort out"
        got = feed_page(conn, query, cap=cap)
        assert (got.total, got.total_capped, got.facets_partial) == (cap, True, True)
        assert [r["id"] for r in got.rows] == [r["id"] for r in want[(page - 1) * 4:page * 4]]
        # facets over the first `cap` hits in storage order
        assert got.facets == facets_of(sorted(want, key=lambda r: r["rowid"])[:cap], query)


def test_counts_follow_a_write_once_the_run_closes(db):
    query = FeedQuery(today=TODAY)
    before = feed_page(db.conn, query)
    db.execute("update notices set province = '四川省' where province = '河南省' and duplicate_of is null")
    db.conn.commit()
    new = random_notice(random.Random(1), 999)
    db["notices"].insert(new)  # stored since the last refresh: counted at once
    sync_search_index(db, [new["id"]])
    finish_run(db)
    # the closing step wrote the counts (and the page reads them: in-place updates show only through it)
    assert db["feed_counts"].count > 0
    (marker,) = [r for r in db["feed_counts"].rows if r["id"] == feed.MARKER_ID]
    assert marker["as_of"] == db.execute("select max(rowid) from notices").fetchone()[0]
    after = feed_page(db.conn, query)
    assert after.total == before.total + 1
    assert after.facets == facets_of(expected(db.conn, query), query)
    assert "河南省" not in dict(after.facets["province"]) or new["province"] == "河南省"


def counts_table(db) -> dict:
    return {r["id"]: (r["notices"], r["no_window"], r["start_only"])
            for r in db["feed_counts"].rows if r["id"] != feed.MARKER_ID}


def test_an_incremental_refresh_recounts_only_marked_keys_and_equals_a_full_one(db):
    finish_run(db)
    assert db["feed_counts_dirty"].count == 0
    rng = random.Random(7)
    # A run's writes: new notices, a notice moved to another province, one losing its window,
    # one deleted, a copy made canonical's duplicate, through plain SQL (the triggers see all).
    db["notices"].insert_all([random_notice(rng, 2000 + i) for i in range(6)])
    moved, windowless, gone, copy, canonical = [r[0] for r in db.execute(
        "select id from notices where duplicate_of is null order by rowid limit 5")]
    db.execute("update notices set province = '西藏自治区', city = null where id = ?", [moved])
    db.execute("update notices set window_start = null, window_end = null where id = ?", [windowless])
    db.execute("delete from notices where id = ?", [gone])
    db.execute("update notices set duplicate_of = ? where id = ?", [canonical, copy])
    db.conn.commit()
    marked = db["feed_counts_dirty"].count
    assert 0 < marked <= 6 + 2 + 1 + 1 + 1
    assert feed.refresh_feed_counts(db) <= marked  # keys left with no notice have no row
    incremental = counts_table(db)
    feed.refresh_feed_counts(db, full=True)
    assert incremental == counts_table(db)


def test_notices_stored_after_the_refresh_are_counted(db):
    new = [random_notice(random.Random(i), 1000 + i) for i in range(5)]
    db["notices"].insert_all(new)
    sync_search_index(db, [n["id"] for n in new])
    for filters in ({}, {"province": new[0]["province"]}, {"status": "open"}):
        query = FeedQuery(today=TODAY, **filters)
        want = expected(db.conn, query)
        got = feed_page(db.conn, query)
        assert got.total == len(want) and got.facets == facets_of(want, query)


def test_notice_detail_lists_copies_and_the_official_row(tmp_path):
    db = open_db(tmp_path / "copies.db")
    db["sources"].insert_all([{"id": "off", "name": "河南省人事考试网", "kind": "official", "province": "河南省"},
                              {"id": "agg", "name": "转载站", "kind": "aggregator"}])
    event = {"province": "河南省", "exam": "监理工程师", "year": 2025, "kind": "collection", "batch": 1,
             "title": "河南省2025年度监理工程师证书领取通知", "body_text": "证书领取时间地点如下", "window_start": "2026-03-20",
             "window_end": "2026-04-20"}
    db["notices"].insert_all([
        {**event, "id": "official", "url": "https://hnrsks.gov.cn/1.html", "source_id": "off", "published": "2026-03-10"},
        {**event, "id": "copy", "url": "https://agg.example/9.html", "source_id": "agg", "published": "2026-03-12"},
    ])
    sync_search_index(db)
    assert finish_run(db) == 1
    page = feed_page(db.conn, FeedQuery(today=TODAY))
    assert [(r["id"], r["copies"], r["status"]) for r in page.rows] == [("official", 1, "open")]
    detail = notice_detail(db.conn, "official", TODAY)
    assert detail["copies"] == [{"id": "copy", "url": "https://agg.example/9.html", "source_name": "转载站",
                                 "title": event["title"]}]
    assert detail["official"] is None and detail["source_name"] == "河南省人事考试网" and detail["status"] == "open"
    copy = notice_detail(db.conn, "copy", "2026-05-01")
    assert copy["official"] == {"id": "official", "url": "https://hnrsks.gov.cn/1.html"}
    assert copy["status"] == "closed" and copy["copies"] == []
    assert notice_detail(db.conn, "missing", TODAY) is None
