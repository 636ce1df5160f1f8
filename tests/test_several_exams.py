"""A notice about several exams (`关于领取2026年度社会工作者、监理工程师…等资格证书的通知`) has no one
`exam`; `exams` lists them, and the feed's exam filter, the board, the Atom feed and reminders find
it under each (db/schema.py notice_exams, exam_filter_sql)."""

from __future__ import annotations

import sqlite3
import urllib.parse
import urllib.request
from datetime import date

import pytest

from crawler.reminders import compose, matching_notices
from db.finish import finish_run
from db.search import sync_search_index
from db.store import notice_id, open_db, upsert_notice
from pipelines.normalize import normalize_record
from pipelines.notice import open_store
from tests.conftest import DatasetteServer


@pytest.mark.parametrize(
    ("title", "exam", "exams"),
    [
        ("关于领取2026年度社会工作者职业资格、监理工程师职业资格、一级造价工程师等资格证书的通知", None,
         ["社会工作者职业资格", "监理工程师", "一级造价工程师"]),
        ("2025年度审计专业技术资格和经济专业技术资格证书发放安排", None, ["审计专业技术资格", "经济专业技术资格"]),
        ("关于领取2025年度监理工程师资格证书的通知", "监理工程师", ["监理工程师"]),
        ("关于领取资格证书的通知", None, []),  # names none
        ("关于领取建造师证书的通知", None, []),  # a family names no one exam
        ("关于发放一级建造师、二级建造师证书的通知（不含二级建造师增项）", None, ["一级建造师", "二级建造师"]),
    ],
)
def test_the_normalizer_lists_every_exam_a_title_is_about(title, exam, exams):
    out = normalize_record({"title": title, "body": ""})
    assert (out["exam"], out["exams"]) == (exam, exams)


def notice(i: int, province: str, exam: str | None, exams: list[str], **extra) -> dict:
    return {"url": f"https://rst.example.gov.cn/{i}.html", "source_id": "off", "title": f"证书领取通知{i}",
            "body_text": "现场领取", "published": "2026-10-20", "province": province, "exam": exam, "exams": exams,
            "kind": "collection", "year": 2026, "window_start": "2026-10-30", "window_end": "2026-11-24",
            "sample_data": 1, **extra}


def listed(db) -> set[tuple[str, str]]:
    return {(r["notice_id"], r["exam"]) for r in db["notice_exams"].rows}


def test_notice_exams_follows_every_write(tmp_path):
    db = open_db(tmp_path / "n.db")
    both = upsert_notice(db, notice(1, "福建省", None, ["社会工作者职业资格", "监理工程师"]))
    one = upsert_notice(db, notice(2, "河南省", "监理工程师", ["监理工程师"]))
    assert listed(db) == {(both, "社会工作者职业资格"), (both, "监理工程师")}  # a notice of one exam: its exam says it
    upsert_notice(db, notice(1, "福建省", None, ["监理工程师", "一级造价工程师"]))  # re-crawled, read anew
    assert listed(db) == {(both, "监理工程师"), (both, "一级造价工程师")}
    db["notices"].insert(dict(notice(1, "福建省", None, ["一级造价工程师", "一级造价工程师"]), id=both), replace=True)
    assert listed(db) == {(both, "一级造价工程师")}  # a plain INSERT OR REPLACE, a repeat
    db["notices"].update(one, {"exam": None, "exams": '["监理工程师", "执业药师"]'})  # read anew as about two
    assert listed(db) == {(both, "一级造价工程师"), (one, "监理工程师"), (one, "执业药师")}
    db["notices"].update(one, {"exam": "监理工程师"})  # one exam again, `exams` naming another too (as an old name's
    assert listed(db) == {(both, "一级造价工程师"), (one, "执业药师")}  # notice names the name now): listed beside it
    db["notices"].update(one, {"exams": '["监理工程师"]'})  # and back to one: its exam says it again
    assert listed(db) == {(both, "一级造价工程师")}
    db["notices"].update(one, {"exam": None, "exams": "not json"})
    assert listed(db) == {(both, "一级造价工程师")}  # unreadable: no rows (and no failed write)
    db["notices"].delete(both)
    assert listed(db) == set()


@pytest.fixture
def several_db(tmp_path):
    db = open_store(tmp_path / "several.db")  # with the provinces the board lays out
    db["sources"].insert({"id": "off", "name": "人事考试网", "kind": "official"})
    upsert_notice(db, notice(1, "福建省", None, ["社会工作者职业资格", "监理工程师"]))
    upsert_notice(db, notice(2, "河南省", "监理工程师", ["监理工程师"]))
    upsert_notice(db, notice(3, "四川省", "执业药师", ["执业药师"]))
    sync_search_index(db)
    finish_run(db)
    return db


def test_reminders_match_a_notice_under_each_of_its_exams(several_db):
    def provinces(sub):
        return sorted(n["province"] for n in matching_notices(several_db, sub))

    assert provinces({"exam": "监理工程师"}) == ["河南省", "福建省"]
    assert provinces({"exam": "社会工作者职业资格"}) == ["福建省"]
    assert provinces({"exam": "执业药师", "province": "四川省"}) == ["四川省"]
    assert provinces({"exam": "一级建造师"}) == []
    [fujian] = [n for n in matching_notices(several_db, {"exam": "社会工作者职业资格"})]
    sub = {"exam": "社会工作者职业资格", "token": "t0"}
    _, body = compose(fujian, "new", date(2026, 10, 21), sub, "https://notices.example.org")
    assert "考试：社会工作者职业资格、监理工程师 · 类型：证书领取" in body.splitlines()


def test_the_board_feed_and_search_show_it_under_each_exam(tmp_path, several_db):
    server = DatasetteServer(tmp_path / "several.db", today="2026-11-01")
    try:
        def page(path: str, **params) -> str:
            url = f"{server.base}{path}?{urllib.parse.urlencode(params)}"
            with urllib.request.urlopen(url, timeout=30) as response:
                return response.read().decode("utf-8")

        board = page("/board", exam="监理工程师", year="2026")
        assert "证书领取通知1" in board and "证书领取通知2" in board  # 福建 and 河南 both have a cell
        assert "证书领取通知1" in page("/board", exam="社会工作者职业资格", year="2026")
        assert '<option value="社会工作者职业资格"' in board  # picked from a notice about several exams only
        assert "证书领取通知1" not in page("/board", exam="执业药师", year="2026")
        feed = page("/", exam="监理工程师")
        assert "证书领取通知1" in feed and "证书领取通知2" in feed and "证书领取通知3" not in feed
        assert "社会工作者职业资格、监理工程师" in feed  # the card names both exams
        notice_page = page(f"/notice/{notice_id(notice(1, '', None, [])['url'])}")
        assert "社会工作者职业资格、监理工程师" in notice_page
        atom = page("/several/latest.atom", province="", exam="监理工程师", kind="", q="", city="")
        assert "证书领取通知1" in atom and "证书领取通知2" in atom and "证书领取通知3" not in atom
        ics = page("/several/calendar.ics", province="", exam="社会工作者职业资格", kind="", q="", city="")
        assert "证书领取通知1" in ics and "证书领取通知2" not in ics
    finally:
        server.stop()


def test_a_file_from_before_notice_exams_is_brought_up_to_date_when_served(tmp_path, crawled_db):
    path = tmp_path / "older.db"
    with sqlite3.connect(crawled_db) as source, sqlite3.connect(path) as target:
        source.backup(target)
    with sqlite3.connect(path) as conn:  # as the previous version wrote it
        for trigger in ("notice_exams_insert", "notice_exams_update", "notice_exams_delete"):
            conn.execute(f"drop trigger {trigger}")
        conn.execute("drop table notice_exams")
        conn.execute("alter table notices drop column exams")
    server = DatasetteServer(path, today="2026-11-20")
    try:
        for url in ("/?q=证书&exam=监理工程师", "/-/notices.json?q=证书", "/board?exam=监理工程师&year=2025",
                    "/older/latest.atom?province=&exam=监理工程师&kind=&q=&city="):
            with urllib.request.urlopen(server.base + urllib.parse.quote(url, safe="/?=&"), timeout=30) as response:
                assert response.status == 200, url
    finally:
        server.stop()
    with sqlite3.connect(path) as conn:
        assert "exams" in {r[1] for r in conn.execute("pragma table_info(notices)")}
        assert conn.execute("select count(*) from notice_exams").fetchone()[0] == 0  # filled by `notices reparse`
