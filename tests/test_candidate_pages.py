"""The candidates' own pages (db/plugin/pages.py): `/`, `/-/notices.json`, `/notice/<id>`, and the
honest board (db/plugin/board.py), over the replica crawl served by a real Datasette whose "today"
is the crawl's frozen day (tests/conftest.py `datasette`).

Expected values come from the database with plain SQL of this test (the stored rows and the
schema's own status expression with today as a literal), never from the code under test.
"""

from __future__ import annotations

import json
import re
import sqlite3
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest

from crawler.replica import day_today
from db.finish import finish_run
from db.labels import KIND_LABELS, STATUS_LABELS
from db.plugin.board import board_cells
from db.plugin.pages import page_number
from db.schema import status_sql
from db.store import open_db, upsert_notice
from tests.conftest import DatasetteServer, fetch

TODAY = day_today(1)
# What Datasette's own chrome says; a candidate page must say none of it.
DATASETTE_CHROME = ("Powered by Datasette", "Query parameters", "Run SQL", "Download", "Advanced export",
                    "This data as", "rows where", "Edit SQL", ">home<")


def get(datasette, path: str, **params) -> tuple[int, str, str]:
    return fetch(f"{datasette.base}{path}" + (f"?{urlencode(params)}" if params else ""))


def notices_json(datasette, **params) -> dict:
    status, content_type, body = get(datasette, "/-/notices.json", **params)
    assert status == 200 and content_type.startswith("application/json"), body[:300]
    return json.loads(body)


def all_ids(datasette, **params) -> list[str]:
    ids, page = [], 1
    while True:
        data = notices_json(datasette, page=page, **params)
        ids += [r["id"] for r in data["rows"]]
        if not data["rows"] or len(ids) >= data["total"]:
            return ids
        page += 1


def db_rows(db_path, where: str = "1=1", params=()) -> list[dict]:
    """The canonical notices, each with its status as of TODAY by the schema's own SQL."""
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(
            f"select n.*, {status_sql(repr(TODAY))} as status from notices n"
            f" where n.duplicate_of is null and ({where}) order by n.published desc, n.id", params)]


class TextOf(HTMLParser):
    """The visible text of a page (script and style left out)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = TextOf()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


# --- pure parts -------------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [("", 1), ("1", 1), ("3", 3), ("0", 1), ("-2", 1), ("²", 1),
                                             ("٣", 1), ("9999999", 500), ("2 or 1=1", 1)])
def test_a_page_number_is_a_small_positive_integer(value, expected):
    assert page_number(value) == expected


PROVINCES = [{"name": "河南省", "short": "河南"}, {"name": "湖北省", "short": "湖北"}, {"name": "西藏自治区", "short": "西藏"}]


def notice(id_, province, start, end, source_kind="official", batch=None, specialty=None):
    return {"id": id_, "province": province, "title": f"t{id_}", "url": f"https://example.gov.cn/{id_}.html",
            "kind": "collection", "level": None, "specialty": specialty, "batch": batch, "batch_month": None,
            "window_start": start, "window_end": end, "published": "2026-11-01", "source_kind": source_kind,
            "source_name": "s"}


def test_a_board_cell_has_a_line_per_batch_each_with_its_status_and_mark():
    rows = [notice("a", "河南省", "2026-10-01", "2026-10-31", batch=1),
            notice("b", "河南省", "2026-11-10", "2026-12-10", batch=2, source_kind="aggregator"),
            notice("c", "湖北省", "2026-12-01", None, specialty="交通运输工程")]
    cells = {c["province"]: c for c in board_cells(PROVINCES, rows, "2026-11-20")}
    henan = cells["河南省"]
    assert [(line["status"], line["what"], line["mark"]) for line in henan["lines"]] == [
        ("closed", "第1批", "官方"), ("open", "第2批", "转载")]
    assert henan["status"] == "open"  # the most pressing line colours the cell
    assert henan["lines"][0]["url"] == "https://example.gov.cn/a.html"  # official: the official notice
    assert henan["lines"][1]["url"] == "/notice/b"  # repost only: our page, which says it is a repost
    assert cells["湖北省"]["status"] == "upcoming" and cells["湖北省"]["lines"][0]["what"] == "交通运输工程"
    assert cells["西藏自治区"]["status"] == "not yet announced" and cells["西藏自治区"]["lines"] == []


def test_a_board_line_never_links_a_script_url():
    row = notice("x", "河南省", None, None)
    row["url"] = "javascript:alert(1)"
    (cell,) = [c for c in board_cells(PROVINCES, [row], "2026-11-20") if c["province"] == "河南省"]
    assert cell["lines"][0]["url"] is None and cell["status"] == "announced"


# --- over the replica crawl -------------------------------------------------------------------


def test_the_feed_json_lists_the_canonical_notices_newest_first_with_status_as_of_today(datasette, crawled_db):
    expected = db_rows(crawled_db)
    data = notices_json(datasette)
    assert data["today"] == TODAY and data["total"] == len(expected) and not data["total_capped"]
    assert data["facets_partial"] is False  # every hit counted: the replica is far below the cap
    assert all_ids(datasette) == [r["id"] for r in expected]
    by_id = {r["id"]: r for r in expected}
    for row in data["rows"]:
        assert row["status"] == by_id[row["id"]]["status"], row
        assert row["status_label"] == STATUS_LABELS[row["status"]] and row["kind_label"] == KIND_LABELS[row["kind"]]
    # Some windows of the demo data are open and some upcoming on that day (what the pages show).
    assert {"open", "upcoming"} <= {r["status"] for r in expected}


@pytest.mark.parametrize("status", ["open", "upcoming", "closed", "unknown"])
def test_the_status_filter_is_judged_on_the_serving_day(datasette, crawled_db, status):
    assert all_ids(datasette, status=status) == [r["id"] for r in db_rows(crawled_db) if r["status"] == status]


def test_filters_take_every_spelling_of_a_place(datasette, crawled_db):
    expected = [r["id"] for r in db_rows(crawled_db, "province = '河南省'")]
    assert expected
    for value in ("河南省", "河南", "豫", "henan"):
        assert all_ids(datasette, province=value) == expected, value
    assert all_ids(datasette, city="郑州") == [r["id"] for r in db_rows(crawled_db, "city = '郑州市'")]


def test_an_unknown_place_is_a_400_in_json_and_said_on_the_page(datasette):
    status, _, body = get(datasette, "/-/notices.json", province="火星省")
    assert status == 400 and "火星省" in json.loads(body)["error"]
    status, _, html = get(datasette, "/", province="<script>alert(1)</script>")
    assert status == 200
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_province_search_finds_the_notice_of_its_city(datasette, crawled_db):
    rows = db_rows(crawled_db, "province = '河南省' and city = '郑州市' and instr(title || coalesce(body_text, ''), '河南') = 0"
                               " and instr(title || coalesce(body_text, ''), '监理') > 0")
    assert len(rows) == 1, rows
    assert rows[0]["id"] in all_ids(datasette, q="河南 监理")
    status, _, html = get(datasette, "/", q="河南 监理")
    assert status == 200 and f'href="/notice/{rows[0]["id"]}"' in html


def test_the_feed_page_shows_cards_in_chinese_without_datasette_chrome_or_sql(datasette, crawled_db):
    status, content_type, html = get(datasette, "/")
    assert status == 200 and content_type.startswith("text/html")
    newest = db_rows(crawled_db)[:20]
    assert re.findall(r'<li class="card" data-id="([0-9a-f]{16})"', html) == [r["id"] for r in newest]
    text = visible_text(html)
    for phrase in DATASETTE_CHROME:
        assert phrase not in html, phrase
    assert not re.search(r"\bselect\b.*\bfrom\b", text, re.I)
    for code in ("collection", "electronic", "upcoming", "closed"):
        assert not re.search(rf"\b{code}\b", text), code
    assert f"共 {len(db_rows(crawled_db))} 条" in text


def test_pages_go_on_and_stop(datasette, crawled_db):
    total = len(db_rows(crawled_db))
    assert total > 20
    status, _, html = get(datasette, "/", page="2")
    assert status == 200 and 'rel="prev"' in html and ("rel=\"next\"" in html) == (total > 40)
    last = -(-total // 20)
    status, _, html = get(datasette, "/", page=str(last + 3))
    assert status == 200 and "没有符合条件的通知" in html


def test_the_notice_page_puts_the_facts_and_the_official_link_first(datasette, crawled_db):
    row = max(db_rows(crawled_db, "window_end is not null and url like 'http%' and"
                                  " source_id in (select id from sources where kind = 'official')"),
              key=lambda r: (r["window_end"], r["id"]))
    status, _, html = get(datasette, f"/notice/{row['id']}")
    assert status == 200
    assert html.index('class="official"') < html.index('class="body"')
    assert f'href="{row["url"]}"' in html and row["window_end"] in html
    for phrase in DATASETTE_CHROME:
        assert phrase not in html, phrase
    status, _, body = get(datasette, f"/notice/{row['id']}.json")
    data = json.loads(body)
    assert status == 200 and data["notice"]["id"] == row["id"] and data["notice"]["status"] == row["status"]


def test_a_repost_page_names_its_source_and_links_the_official_notice(datasette, crawled_db):
    with sqlite3.connect(crawled_db) as conn:
        copy = conn.execute("select c.id, o.id, o.url from notices c join notices o on o.id = c.duplicate_of"
                            " order by c.id limit 1").fetchone()
    assert copy, "the replicas hold reposts of official notices"
    status, _, html = get(datasette, f"/notice/{copy[0]}")
    assert status == 200 and f'href="/notice/{copy[1]}"' in html and f'href="{copy[2]}"' in html
    status, _, html = get(datasette, f"/notice/{copy[1]}")
    assert 'class="copies"' in html


@pytest.mark.parametrize("path", ["/notice/0000000000000000", "/notice/..%2F..%2Fetc", "/notice/x.json"])
def test_an_unknown_notice_is_a_404(datasette, path):
    status, _, _ = get(datasette, path)
    assert status == 404


def test_the_board_is_on_our_own_chrome_and_marks_reposts(datasette, crawled_db):
    status, _, html = get(datasette, "/board")
    assert status == 200
    for phrase in DATASETTE_CHROME:
        assert phrase not in html, phrase
    marks = re.findall(r'<a class="line (official|repost)"[^>]*href="([^"]*)"', html)
    assert marks
    for mark, href in marks:
        assert href.startswith("http") if mark == "official" else href.startswith("/notice/")


def test_each_chosen_filter_removes_only_itself(datasette):
    status, _, html = get(datasette, "/", province="豫", kind="证书补办", q="证书")
    assert status == 200
    chips = dict(re.findall(r'<span class="chosen" data-filter="(\w+)">[^<]*<a href="([^"]*)"', html))
    assert set(chips) == {"province", "kind"}
    assert "province" not in chips["province"] and "kind=reissue" in chips["province"].replace("&amp;", "&")
    assert "kind" not in chips["kind"] and "q=" in chips["kind"]


def test_an_unknown_kind_or_status_is_said_not_silently_empty(datasette, crawled_db):
    for params in ({"kind": "毕业证"}, {"status": "soon"}):
        status, _, html = get(datasette, "/", **params)
        assert status == 200 and 'class="messages"' in html
        assert f"共 {len(db_rows(crawled_db))} 条" in visible_text(html)  # the filter is dropped, said so


def test_the_boards_exam_picker_follows_the_data_after_a_crawl_closes(tmp_path, crawled_db):
    path = tmp_path / "picker.db"  # not board.db: /board would be that database's page
    with sqlite3.connect(crawled_db) as source, sqlite3.connect(path) as target:
        source.backup(target)
    server = DatasetteServer(path, today=TODAY)
    try:
        exam = "测绘师资格"
        status, _, html = get(server, "/board")
        assert status == 200 and 'class="board-grid"' in html and f'<option value="{exam}"' not in html
        db = open_db(path)
        upsert_notice(db, {"url": "https://www.example.gov.cn/board-test.html", "source_id": "henan_hnrsks",
                           "title": "测绘师证书领取", "province": "河南省", "exam": exam, "kind": "collection",
                           "year": 2026, "published": TODAY})
        finish_run(db)  # the closing step: a new data version
        db.close()
        assert f'<option value="{exam}"' in get(server, "/board")[2]
    finally:
        server.stop()
