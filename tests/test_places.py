"""Search and filters that understand places (issue #14, part 3).

- db/places.py: every spelling a candidate may type (河南 / 河南省 / 豫 / henan / Henan Province,
  郑州 / zhengzhou) resolves to the stored full name, from the same division data the crawl
  writes into the `provinces` and `cities` tables; a value naming no place (or several) does not.
- Over the replica crawl served by a real Datasette: `河南 监理` finds the 郑州 notice whose text
  never says 河南; ?province=河南 / 豫 / henan equal ?province=河南省 on the feed, its JSON and
  the Atom feed; an unknown value is said so (a banner on HTML, a 400 for JSON and Atom).
"""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import quote, urlencode

import feedparser
import pytest
import sqlite_utils

from db.places import PlaceNames, city_names, province_names
from db.schema import NOTICE_COLUMNS
from db.search import FTS_TABLE, fts_query, sync_search_index
from pipelines.notice import city_rows, province_rows
from tests.conftest import fetch

# --- resolution, over the division data the crawl stores -----------------------------------


@pytest.fixture(scope="module")
def provinces() -> PlaceNames:
    return province_names([(r["code"], r["name"], r["short"]) for r in province_rows()])


@pytest.fixture(scope="module")
def cities() -> PlaceNames:
    return city_names([(r["name"], r["short"]) for r in city_rows()])


PROVINCE_CASES = [
    ("河南省", "河南省"), ("河南", "河南省"), ("豫", "河南省"), ("henan", "河南省"), ("Henan", "河南省"),
    ("HENAN", "河南省"), ("Henan Province", "河南省"), ("henansheng", "河南省"), (" 河南 ", "河南省"),
    ("ｈｅｎａｎ", "河南省"), ("河 南", "河南省"), ("廣東", "广东省"), ("粤", "广东省"), ("内蒙古", "内蒙古自治区"),
    ("蒙", "内蒙古自治区"), ("兵团", "新疆生产建设兵团"), ("bingtuan", "新疆生产建设兵团"), ("黔", "贵州省"),
    ("贵", "贵州省"), ("滇", "云南省"), ("沪", "上海市"), ("Shanghai", "上海市"), ("chongqing", "重庆市"),
    ("新疆", "新疆维吾尔自治区"), ("吉林", "吉林省"), ("", ""),
]


@pytest.mark.parametrize("value, expected", PROVINCE_CASES)
def test_a_province_resolves_to_its_stored_name(provinces, value, expected):
    assert provinces.resolve(value).name == expected


CITY_CASES = [("郑州市", "郑州市"), ("郑州", "郑州市"), ("zhengzhou", "郑州市"), ("Zhengzhou City", "郑州市"),
              ("鄭州", "郑州市"), ("吉林", "吉林市"), ("恩施", "恩施土家族苗族自治州"), ("", "")]


@pytest.mark.parametrize("value, expected", CITY_CASES)
def test_a_city_resolves_to_its_stored_name(cities, value, expected):
    assert cities.resolve(value).name == expected


@pytest.mark.parametrize("value", ["xyz", "河南郑州", "河", "province", "<script>", "郑州市", "henanx", "全国"])
def test_a_value_naming_no_province_is_unknown(provinces, value):
    found = provinces.resolve(value)
    assert found.name is None and found.candidates == ()
    message = provinces.message(found)
    assert f"未知省份“{value}”" in message and f"Unknown province “{value}”" in message


def test_a_value_naming_two_provinces_lists_both(provinces):
    found = provinces.resolve("shanxi")
    assert found.name is None and found.candidates == ("山西省", "陕西省")
    assert "山西省 / 陕西省" in provinces.message(found) and "Ambiguous province" in provinces.message(found)


def test_the_index_holds_the_derived_place():
    db = sqlite_utils.Database(memory=True)
    db["notices"].create(NOTICE_COLUMNS, pk="id")
    db["notices"].insert_all([
        {"id": "zz", "title": "郑州市监理工程师证书领取", "province": "河南省", "city": "郑州市"},
        {"id": "sjz", "title": "石家庄市监理工程师证书领取", "province": "河北省", "city": "石家庄市"},
        {"id": "nat", "title": "监理工程师证书领取", "province": None, "city": None},
    ])
    sync_search_index(db)

    def match(query):
        sql = f"SELECT id FROM notices WHERE rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
        return {row[0] for row in db.execute(sql, [fts_query(query)])}

    assert match("河南 监理") == {"zz"}
    assert match("henan") == {"zz"}
    assert match("河北") == {"sjz"}
    assert match("监理") == {"zz", "sjz", "nat"}
    assert match("省郑") == set(), "a term never spans the province and the city"


# --- over the replica crawl, through a real Datasette ---------------------------------------


def page(datasette, path: str, **params) -> tuple[int, str, str]:
    return fetch(f"{datasette.base}/{datasette.db_name}/{path}?{urlencode(params)}")


def feed_ids(datasette, **params) -> list[str]:
    status, _, body = page(datasette, "feed.json", _shape="objects", _size="max", _col="id", **params)
    assert status == 200, body[:300]
    data = json.loads(body)
    assert not data.get("truncated")
    return [row["id"] for row in data["rows"]]


@pytest.fixture(scope="module")
def zhengzhou_notice(crawled_db) -> str:
    """The official 郑州 notice of the replica: province 河南省 derived from 郑州, its text never says 河南."""
    with sqlite3.connect(crawled_db) as conn:
        rows = conn.execute(
            "select f.id from feed f join notices n on n.id = f.id where f.province = '河南省' and f.city = '郑州市'"
            " and instr(coalesce(n.title, '') || coalesce(n.body_text, ''), '河南') = 0"
            " and instr(coalesce(n.title, '') || coalesce(n.body_text, ''), '监理') > 0").fetchall()
    assert len(rows) == 1, rows
    return rows[0][0]


def test_a_province_search_finds_the_notice_of_its_city(datasette, zhengzhou_notice):
    assert zhengzhou_notice in feed_ids(datasette, _search="河南 监理")
    assert zhengzhou_notice in feed_ids(datasette, _search="henan jianli")
    status, _, body = page(datasette, "search.json", _shape="objects", q="河南 监理")
    assert status == 200, body[:300]
    assert zhengzhou_notice in {row["id"] for row in json.loads(body)["rows"]}


@pytest.mark.parametrize("param", ["province", "province__exact"])
@pytest.mark.parametrize("value", ["河南", "豫", "henan", "Henan Province", "河南省"])
def test_province_filter_takes_every_spelling(datasette, zhengzhou_notice, param, value):
    expected = feed_ids(datasette, province="河南省")
    assert zhengzhou_notice in expected
    assert feed_ids(datasette, **{param: value}) == expected


def test_city_filter_takes_the_short_name(datasette, zhengzhou_notice):
    expected = feed_ids(datasette, city="郑州市")
    assert zhengzhou_notice in expected
    assert feed_ids(datasette, city="郑州") == feed_ids(datasette, city="zhengzhou") == expected


def test_other_tables_take_the_short_name_too(datasette):
    # National notices and sources store no province (全国 is no stored value: unknown, above).
    status, _, body = page(datasette, "sources.json", _shape="objects", province="湖北")
    assert status == 200 and {row["id"] for row in json.loads(body)["rows"]} == {"hubei_hbrsksw"}


def atom_ids(datasette, province: str) -> list[str]:
    status, _, body = page(datasette, "latest.atom", province=province, city="", exam="", kind="", q="")
    assert status == 200, body[:300]
    return [entry.id for entry in feedparser.parse(body).entries]


def test_atom_feed_takes_every_spelling(datasette):
    expected = atom_ids(datasette, "河南省")
    assert expected
    for value in ("河南", "豫", "henan"):
        assert atom_ids(datasette, value) == expected, value


def test_the_pages_feed_link_carries_the_stored_name(datasette):
    status, _, body = page(datasette, "feed", province="豫")
    assert status == 200
    assert f"latest.atom?province={quote('河南省')}" in body
    assert "message-warning" not in body


def test_an_unknown_province_is_a_400_for_json_and_atom(datasette):
    status, content_type, body = page(datasette, "feed.json", province="河南X")
    assert status == 400 and content_type.startswith("application/json")
    error = json.loads(body)
    assert error["ok"] is False and "未知省份“河南X”" in error["error"] and "Unknown province" in error["error"]
    status, content_type, body = page(datasette, "latest.atom", province="xyz", city="", exam="", kind="", q="")
    assert status == 400 and content_type.startswith("text/plain") and "Unknown province “xyz”" in body
    status, _, body = page(datasette, "latest.json", province="", city="nowhere", exam="", kind="", q="")
    assert status == 400 and "Unknown city “nowhere”" in body


def test_an_ambiguous_province_lists_the_choices(datasette):
    status, _, body = page(datasette, "feed.json", province="shanxi")
    assert status == 400 and "山西省 / 陕西省" in json.loads(body)["error"]


@pytest.mark.parametrize("path", ["feed", "latest"])
def test_an_unknown_province_is_said_on_the_page_and_escaped(datasette, path):
    value = '<script>alert("x")</script>'
    status, _, body = page(datasette, path, province=value, city="", exam="", kind="", q="")
    assert status == 200
    assert "message-warning" in body and "未知省份" in body and "Unknown province" in body
    assert "&lt;script&gt;alert(" in body
    assert "<script>alert(" not in body
    # A known value shows no such banner.
    assert "message-warning" not in page(datasette, path, province="河南", city="", exam="", kind="", q="")[2]


def test_the_crawl_stores_the_reference_data_the_plugin_resolves_with(crawled_db):
    with sqlite3.connect(crawled_db) as conn:
        assert conn.execute("select name, short, province_code from cities where code = '410100'").fetchone() == (
            "郑州市", "郑州", "410000")
        assert conn.execute("select count(*) from cities").fetchone()[0] == len(city_rows()) > 300
        # Every stored city and province is a name the filters resolve to itself.
        stray = conn.execute(
            "select distinct city from notices where city is not null and city not in (select name from cities)"
            " union select distinct province from notices where province is not null"
            " and province not in (select name from provinces)").fetchall()
    assert stray == []
