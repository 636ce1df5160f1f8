"""A notice under an exam's old name (`2013年度注册税务师…`: the catalogue gives old names in their years, as the labels
do) is about the exam it is called now: `exams` lists both, and the filters, the board, the feeds and reminders find it
under the name now (db/schema.py notice_exams, exam_filter_sql); the old name typed is read as the name now."""

from __future__ import annotations

import asyncio
import urllib.parse
import urllib.request

import pytest
from datasette.app import Datasette

from crawler.reminders import matching_notices
from db.feed import FeedQuery, feed_page
from db.finish import finish_run
from db.plugin.board import board_choices
from db.plugin.places import exam_choices
from db.search import sync_search_index
from db.store import open_db, upsert_notice
from pipelines.normalize import normalize_record
from pipelines.notice import open_store
from tests.conftest import DatasetteServer


@pytest.mark.parametrize(("title", "exam", "exams"), [
    ("关于领取2013年度注册税务师职业资格证书的通知", "注册税务师", ["注册税务师", "税务师"]),
    ("关于领取2020年度税务师职业资格证书的通知", "税务师", ["税务师"]),
    ("关于领取2015年度注册城市规划师执业资格证书的通知", "注册城市规划师", ["注册城市规划师", "注册城乡规划师"]),
])
def test_an_old_name_lists_the_name_now_too(title, exam, exams):
    out = normalize_record({"title": title, "body": ""})
    assert (out["exam"], out["exams"]) == (exam, exams)


def notice(i: int, province: str, exam: str, exams: list[str], year: int) -> dict:
    return {"url": f"https://tax.example.gov.cn/{i}.html", "source_id": "off", "title": f"税务师证书领取通知{i}",
            "body_text": "现场领取", "published": f"{year + 1}-03-20", "province": province, "exam": exam, "exams": exams,
            "kind": "collection", "year": year, "window_start": f"{year + 1}-04-01", "window_end": f"{year + 1}-04-30",
            "sample_data": 1}


def test_notice_exams_lists_the_name_now_of_an_old_name(tmp_path):
    db = open_db(tmp_path / "n.db")
    old = upsert_notice(db, notice(1, "广东省", "注册税务师", ["注册税务师", "税务师"], 2013))
    upsert_notice(db, notice(2, "河南省", "税务师", ["税务师"], 2020))
    assert {(r["notice_id"], r["exam"]) for r in db["notice_exams"].rows} == {(old, "税务师")}


@pytest.fixture
def renamed_db(tmp_path):
    db = open_store(tmp_path / "renamed.db")
    db["sources"].insert({"id": "off", "name": "人事考试网", "kind": "official"})
    upsert_notice(db, notice(1, "广东省", "注册税务师", ["注册税务师", "税务师"], 2013))
    upsert_notice(db, notice(2, "河南省", "税务师", ["税务师"], 2020))
    sync_search_index(db)
    finish_run(db)
    return db


def test_the_filters_find_an_old_name_under_the_name_now(tmp_path, renamed_db):
    assert sorted(n["province"] for n in matching_notices(renamed_db, {"exam": "税务师"})) == ["广东省", "河南省"]
    assert exam_choices("注册税务师", {"注册税务师", "税务师"}) == ("税务师", [])
    server = DatasetteServer(tmp_path / "renamed.db", today="2021-03-01")
    try:
        def page(path: str, **params) -> str:
            with urllib.request.urlopen(f"{server.base}{path}?{urllib.parse.urlencode(params)}", timeout=30) as response:
                return response.read().decode("utf-8")

        for typed in ("税务师", "注册税务师"):
            feed = page("/", exam=typed)
            assert "税务师证书领取通知1" in feed and "税务师证书领取通知2" in feed, typed
        assert "税务师证书领取通知1" in page("/board", exam="税务师", year="2013")
        atom = page("/renamed/latest.atom", province="", exam="税务师", kind="", q="", city="")
        assert "税务师证书领取通知1" in atom and "税务师证书领取通知2" in atom
    finally:
        server.stop()


@pytest.mark.parametrize("q", ["", "税务师"])  # the counts kept per key, and those of a search's hits
@pytest.mark.parametrize("exam", ["", "税务师"])
def test_the_exam_facet_counts_an_old_name_once_under_the_name_now(renamed_db, q, exam):
    page = feed_page(renamed_db.conn, FeedQuery(today="2021-03-01", q=q, exam=exam))
    assert page.total == 2
    assert page.facets["exam"] == [("税务师", 2)]


def test_the_board_offers_an_old_name_under_the_name_now(renamed_db):
    db = Datasette([str(renamed_db.conn.execute("pragma database_list").fetchone()[2])]).get_database("renamed")
    choices = asyncio.run(board_choices(db))
    assert sorted((c["exam"], c["year"], c["n"]) for c in choices) == [("税务师", 2013, 1), ("税务师", 2020, 1)]
