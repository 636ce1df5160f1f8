"""Chinese full-text search: the tokenizer, the query rewrite, the index and a real Datasette.

The quality test compares what Datasette returns for ?_search= with a ground truth computed
without the index, by regular expressions over the Simplified, lower-cased title and body: a
notice matches when every query term occurs in one of them. Characters that are neither
letters, digits nor Han are not searchable: they are dropped from the query and skipped in the
text (`咨询工程师投资` finds `咨询工程师（投资）`), except inside a Latin/digit word, which must match
whole (`9月` does not find `19月`). A query made only of them filters nothing, as an AND of zero
terms.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import sqlite3
import unicodedata
from pathlib import Path

import feedparser
import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette
from hypothesis import given, settings
from hypothesis import strategies as st

from db.schema import NOTICE_COLUMNS
from db.exam_names import EXAM_NAMES_FILE
from db.search import (
    FTS_TABLE,
    MATCH_ALL,
    RANKED_SEARCH_SQL,
    fts_query,
    pinyin_words,
    search_tokens,
    sync_search_index,
)
from pipelines.text import simplify

REPO_ROOT = Path(__file__).resolve().parents[1]


# --- tokens and query rewrite -------------------------------------------------------------

TOKEN_CASES = [
    ("关于领取2024年度一级建造师资格证书的通知",
     "关于 于领 领取 取2024 2024_年 年度 度一 一级 级建 建造 造师 师资 资格 格证 证书 书的 的通 通知 知"),
    ("河南省2023年监理工程师证书补办",
     "河南 南省 省2023 2023_年 年监 监理 理工 工程 程师 师证 证书 书补 补办 办"),
    ("監(jiān)理工程師", "监理 理工 工程 程师 师"),
    ("２０２４年度ＰＤＦ附件", "2024_年 年度 度pdf pdf_附 附件 件"),
    ("（9月第2批次）", "9_月 月第 第2 2_批 批次 次"),
    ("EMS邮寄，费用自付。", "ems_邮 邮寄 寄费 费用 用自 自付 付"),
    ("咨询电话：0371-12345678", "咨询 询电 电话 话0371 0371_12345678 12345678"),
    ("file_name v2.0", "file_name name_v2 v2_0 0"),
    ("\u200b河\u200b南", "河南 南"),
    ("河", "河"),
    ("", ""),
    (None, ""),
    ("\"*()-:^", ""),
]


@pytest.mark.parametrize("text, expected", TOKEN_CASES)
def test_search_tokens(text, expected):
    assert search_tokens(text) == expected


QUERY_CASES = [
    ("河", '"河"*'),
    ("河南", '"河南"'),
    ("河南省", '"河南 南省"'),
    ("河南 补办", '"河南" AND "补办"'),
    ("監理 領證", '"监理" AND "领证"'),
    ("２０２４\u3000河南", '("2024_"* OR "2024") AND "河南"'),
    ("9月", '"9_月"'),
    ("一级建造师(水利)", '("一级 级建 建造 造师" OR "一级 级注 注册 册建 建造 造师" OR "建造 造师 师一 一级") AND "水利"'),
    ('"河南"', '"河南"'),
    ("河南*", '"河南"'),
    ("OR", '("or_"* OR "or")'),
    ("a OR b", '("a_"* OR "a") AND ("or_"* OR "or") AND ("b_"* OR "b")'),
    ("-补办", '"补办"'),
    ("title:河南", '"title_河 河南"'),
    ("NEAR(河南 补办)", '"near_河 河南" AND "补办"'),
    ('"', MATCH_ALL),
    ("*", MATCH_ALL),
    ("(", MATCH_ALL),
    ("", MATCH_ALL),
    ("   ", MATCH_ALL),
    (None, MATCH_ALL),
    ("henan", '(("henan_"* OR "henan") OR "河南")'),
    ("xi'an", '("xi_an" OR "西安")'),
    ("HeNan BuBan", '(("henan_"* OR "henan") OR "河南") AND (("buban_"* OR "buban") OR "补办")'),
    ("pdf", '("pdf_"* OR "pdf")'),
    # a term is cut at an exam's name, and a short name also finds the full ones (db/exam_names.json)
    ("二建", '("二建" OR "二级 级建 建造 造师" OR "二级 级注 注册 册建 建造 造师")'),
    ("河南二建补办", '"河南" AND ("二建" OR "二级 级建 建造 造师" OR "二级 级注 注册 册建 建造 造师") AND "补办"'),
    ("监理证书", '"监理" AND "证书"'),  # 监理 is part of 监理工程师: found already, cut out
    ("造价证", '"造价" AND "证"*'),  # the start of a name (造价工程师) and a certificate asked for
    ("电子证书", '"电子 子证 证书"'),  # no exam name: one phrase, as before
    ("心理咨询师", '"心理 理咨 咨询 询师"'),  # the longest name: not 心理 + 咨询师 (咨询工程师)
    ("中级会计", '"中级 级会 会计"'),  # its level's other names all hold it; 初级会计 is not one
    # not 消防工程师, which 二级消防工程师 notices hold too
    ("一消", '("一消" OR "一级 级注 注册 册消 消防 防工 工程 程师" OR "注册 册消 消防 防工 工程 程师 师一 一级" OR "一级 级消 消防")'),
]


def test_a_search_for_an_exam_adds_no_name_found_inside_another_exams_name():
    names = json.loads(EXAM_NAMES_FILE.read_text(encoding="utf-8"))
    exam_of = names["exam_of"]
    wrong = [(name, other, word) for name, others in names["also"].items() if name in exam_of
             for other in others for word, exam in exam_of.items()
             if exam != exam_of[name] and other in word]
    assert wrong == []


@pytest.mark.parametrize("query, expected", QUERY_CASES)
def test_fts_query(query, expected):
    assert fts_query(query) == expected


PINYIN_CASES = [
    ("henan", ["河南"]),
    ("henanbuban", ["河南补办"]),
    ("shanxi", ["山西", "陕西"]),
    ("chongqing", ["重庆"]),
    ("zhongqing", ["重庆"]),
    ("kuaiji", ["会计"]),
    ("yijijianzaoshi", ["一级建造师"]),
    ("jianli", ["监理"]),
    ("lingzheng", ["领证"]),
    ("bingtuan", ["兵团"]),
    ("pdf", []),
    ("he", []),
    ("henanbu", []),
    ("", []),
]


@pytest.mark.parametrize("latin, expected", PINYIN_CASES)
def test_pinyin_words(latin, expected):
    assert pinyin_words(latin) == expected


def _fts_connection() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    db = sqlite_utils.Database(conn)
    db["notices"].insert({"id": "x", "title": "河南补办", "body_text": "9月", "province": None, "city": None}, pk="id")
    sync_search_index(db)
    return conn


_CONN = _fts_connection()


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_fts_query_never_breaks_match(query):
    _CONN.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", [fts_query(query)])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(['"', "*", "(", ")", "OR", "AND", "NOT", "NEAR", "-", ":", "^",
                                 "{", "}", "+", "河南", "補辦", "9", "月", " ", "\u3000", "\\"])))
def test_fts_query_never_breaks_match_on_syntax_soup(parts):
    _CONN.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?",
                  [fts_query("".join(parts))])


# --- index maintenance --------------------------------------------------------------------


def _match_ids(db: sqlite_utils.Database, query: str) -> set[str]:
    sql = (f"SELECT id FROM notices WHERE rowid IN "
           f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
    return {row[0] for row in db.execute(sql, [fts_query(query)])}


def test_sync_is_incremental_idempotent_and_handles_deletes():
    db = sqlite_utils.Database(memory=True)
    db["notices"].create(NOTICE_COLUMNS, pk="id")
    db["notices"].insert_all([
        {"id": "a", "title": "河南省2023年监理工程师证书补办", "body_text": "9月第2批次"},
        {"id": "b", "title": "關於領取一級建造師證書", "body_text": None},
        {"id": "c", "title": "四川电子证书", "body_text": "EMS"},
    ])
    assert sync_search_index(db) == 3
    assert sync_search_index(db) == 3
    assert db[FTS_TABLE].count == 3
    assert _match_ids(db, "领取 建造师") == {"b"}

    db["notices"].upsert({"id": "a", "title": "河北省证书领取"}, pk="id")
    assert sync_search_index(db, ["a"]) == 1
    assert _match_ids(db, "河南") == set()
    assert _match_ids(db, "河北 领取") == {"a"}
    assert _match_ids(db, "9月") == {"a"}, "the body, unchanged, stays indexed"

    db["notices"].delete("c")
    db["notices"].insert({"id": "d", "title": "兵团证书"})
    assert sync_search_index(db, ["c", "d", "d"]) == 1
    assert _match_ids(db, "四川") == set()
    assert _match_ids(db, "兵团") == {"d"}
    assert db[FTS_TABLE].count == db["notices"].count == 3
    db.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")


def test_sync_rebuilds_an_index_of_another_layout():
    db = sqlite_utils.Database(memory=True)
    db["notices"].insert({"id": "a", "title": "河南补办", "body_text": "", "province": None, "city": None}, pk="id")
    # What `sqlite-utils enable-fts` would have made: unicode61 over the raw title.
    db["notices"].enable_fts(["title"], fts_version="FTS5")
    assert sync_search_index(db, ["a"]) == 1
    assert _match_ids(db, "南补") == {"a"}


# --- a generated corpus served by a real Datasette ----------------------------------------

PROVINCES = ["河南省", "河北省", "湖南省", "四川省", "广东省", "新疆生产建设兵团", "重庆市", "江苏省",
             "陕西省", "山西省"]
CITIES = ["郑州市", "洛阳市", "石家庄市", "长沙市", "成都市", "广州市", "石河子市", "南京市", "西安市",
          "太原市"]
EXAMS = ["一级建造师", "二级建造师", "监理工程师", "一级造价工程师", "执业药师", "中级会计专业技术资格",
         "咨询工程师（投资）", "注册安全工程师"]
TITLES = [
    "关于领取{year}年度{exam}资格证书的通知",
    "{prov}{year}年{exam}证书补办",
    "{prov}{year}年度{exam}职业资格证书发放公告（{month}月第{batch}批次）",
    "{city}{year}年{exam}电子证书下载说明",
    "关于{year}年{exam}考试合格人员领证的公告",
]
BODIES = [
    "各位考生：{prov}{year}年度{exam}资格证书{verb}工作安排如下。领取时间：{year1}年{month}月{day}日起。",
    "地点：{city}人力资源和社会保障局{floor}楼。请携带身份证原件。",
    "需要邮寄的可通过EMS办理，費用自付。附件：名单.PDF",
    "咨询电话：0371-{phone}。",
    "Apply online OR by post; form A or form B.",
    "说明中含有符号 \"引号\"、星号*和（括号）。",
    "何南同志和南京考点的考生请注意：逾期未领的证书将统一存档。",
]
VERBS = ["领取", "补办", "邮寄", "发放"]
# How a copy may differ from the clean text: Traditional (a content-farm copy), full-width
# digits, pinyin annotations.
VARIANTS = [
    lambda s: s,
    lambda s: s.translate(str.maketrans("证书领补办监理时间发", "證書領補辦監理時間發")),
    lambda s: s.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    lambda s: s.replace("监理", "監(jiān)理").replace("领证", "領(lǐng)證"),
]


def _corpus(n: int = 400, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        k = rng.randrange(len(PROVINCES))
        values = dict(prov=PROVINCES[k], city=CITIES[k], exam=rng.choice(EXAMS),
                      year=rng.randint(2019, 2025), month=rng.randint(1, 12),
                      batch=rng.randint(1, 3), day=rng.randint(1, 28), verb=rng.choice(VERBS),
                      floor=rng.randint(1, 9), phone=rng.randint(10000000, 99999999))
        values["year1"] = values["year"] + 1
        title = rng.choice(TITLES).format(**values)
        body = "".join(p.format(**values) for p in rng.sample(BODIES, rng.randint(1, 4)))
        rows.append({
            "id": f"n{i:04d}", "url": f"https://example.invalid/{i}.html", "title": title, "title_raw": rng.choice(VARIANTS)(title),
            "province": values["prov"], "exam": values["exam"], "year": values["year"],
            "published": f"{values['year1']}-{values['month']:02d}-{values['day']:02d}",
            "body_text": rng.choice(VARIANTS)(body) if i % 7 else None,
        })
    return rows


def _is_han(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("CJK")


def _is_word(ch: str) -> bool:
    return ch.isalnum() and not _is_han(ch)


def _term_pattern(term: str) -> re.Pattern:
    # Non-searchable characters may sit between two characters of the term unless both
    # belong to one Latin/digit word.
    parts = [re.escape(term[0])]
    for before, after in zip(term, term[1:]):
        parts.append("" if _is_word(before) and _is_word(after) else r"[\W_]*")
        parts.append(re.escape(after))
    return re.compile("".join(parts))


def _occurs(pattern: re.Pattern, term: str, text: str) -> bool:
    pos = 0
    while match := pattern.search(text, pos):
        i, j = match.span()
        glued_left = _is_word(term[0]) and i > 0 and _is_word(text[i - 1])
        glued_right = _is_word(term[-1]) and j < len(text) and _is_word(text[j])
        if not (glued_left or glued_right):
            return True
        pos = i + 1
    return False


def truth(rows: list[dict], query: str) -> set[str]:
    terms = ["".join(ch for ch in t if ch.isalnum()) for t in simplify(query).lower().split()]
    patterns = [(_term_pattern(t), t) for t in terms if t]
    hits = set()
    for row in rows:
        # The index also holds the derived province and city (db/search.py FTS_COLUMNS).
        fields = [simplify(row[key] or "").lower() for key in ("title", "body_text", "province", "city") if key in row]
        if all(any(_occurs(p, t, f) for f in fields) for p, t in patterns):
            hits.add(row["id"])
    return hits


QUALITY_QUERIES = [
    "河", "河南", "河南 补办", "監理 領證", "监理 领证", "２０２４ 河南", "2024 河南", "9月", "第2批次",
    "一级建造师", "建造师 一级", "程师", "省监理", "兵团 电子证书", "重慶", "证书", "补", "ems", "EMS 邮寄",
    "pdf", "0371", "咨询工程师（投资）", "投资", "何南", "河南 2023 补办", '"河南"', "河南*", "(河南",
    "-补办", "NEAR(河南 补办)", "a OR b", "OR", "or form", '"', "*", "(", ")", ":", "", "   ",
    "不存在的词", "2024年度", "咨询工程师投资", "师（投", "2024 年",
]

# Pinyin queries and the Chinese queries whose hits they must return (and nothing else):
# 何南 and 和南京 in the corpus are homophones of 河南 that must not come back for henan.
PINYIN_QUERIES = {
    "henan": ["河南"],
    "henan buban": ["河南 补办"],
    "HENAN": ["河南"],
    "jianli lingzheng": ["监理 领证"],
    "yijijianzaoshi": ["一级建造师"],
    "chongqing": ["重庆"],
    "shanxi": ["山西", "陕西"],
    "xi'an 2024": ["西安 2024"],
    "bingtuan dianzi zhengshu": ["兵团 电子 证书"],
}

FEED_SQL = (
    "SELECT id AS atom_id, published || 'T09:00:00+08:00' AS atom_updated, title AS atom_title, "
    "url AS atom_link "
    "FROM notices WHERE rowid IN "
    "(SELECT rowid FROM notices_fts WHERE notices_fts MATCH escape_fts(:q)) "
    "ORDER BY published DESC LIMIT 1000"
)


def _metadata(db_name: str, search_filter: str) -> dict:
    metadata = yaml.safe_load((REPO_ROOT / "metadata.yml").read_text(encoding="utf-8"))
    databases = metadata.setdefault("databases", {})
    config = databases.pop("demo", {})
    # metadata.yml leaves search to the plugin (no fts_table: one MATCH per page); Datasette's
    # own filter, with the MATCH in every statement, must find exactly the same.
    assert "fts_table" not in config["tables"]["notices"]
    if search_filter == "datasette":
        config["tables"]["notices"].update(fts_table=FTS_TABLE, fts_pk="rowid", searchmode="escaped")
    config.setdefault("queries", {})["search_feed"] = {"sql": FEED_SQL}
    config["queries"]["search"] = {"sql": RANKED_SEARCH_SQL}
    databases[db_name] = config
    return metadata


@pytest.fixture(scope="module", params=["datasette", "plugin"])
def served(request, tmp_path_factory):
    rows = _corpus()
    path = tmp_path_factory.mktemp("search") / "certnotices.db"
    db = sqlite_utils.Database(path)
    db["notices"].create(NOTICE_COLUMNS, pk="id")
    db["notices"].insert_all(rows)
    sync_search_index(db)
    db.close()
    ds = Datasette([str(path)], metadata=_metadata(path.stem, request.param))

    async def fetch_all():
        results = {}
        for query in [*QUALITY_QUERIES, *PINYIN_QUERIES]:
            response = await ds.client.get(
                f"/{path.stem}/notices.json",
                params={"_search": query, "_shape": "objects", "_size": "max", "_nosuggest": "1"},
            )
            results[query] = response
        page = await ds.client.get(f"/{path.stem}/notices", params={"_search": "河南 补办"})
        feed = await ds.client.get(f"/{path.stem}/search_feed.atom", params={"q": "監理 領證"})
        plugins = await ds.client.get("/-/plugins.json")
        for query in RANKED_QUERIES:
            results[("ranked", query)] = await ds.client.get(
                f"/{path.stem}/search.json", params={"q": query, "_shape": "objects"}
            )
        return results, page, feed, plugins

    results, page, feed, plugins = asyncio.run(fetch_all())
    return rows, results, page, feed, plugins


def _ids(response) -> set[str]:
    data = response.json()
    ids = {row["id"] for row in data["rows"]}
    assert len(ids) == data["filtered_table_rows_count"], "every hit fits on one page"
    return ids


@pytest.mark.parametrize("query", QUALITY_QUERIES)
def test_search_answers_every_query(served, query):
    rows, results, *_ = served
    response = results[query]
    assert response.status_code == 200, response.text[:500]
    got, expected = _ids(response), truth(rows, query)
    assert expected <= got, f"missed {sorted(expected - got)[:5]}"


def test_search_quality_over_the_query_set(served):
    rows, results, *_ = served
    found = relevant = correct = 0
    for query in QUALITY_QUERIES:
        response = results[query]
        got, expected = _ids(response), truth(rows, query)
        found += len(got)
        relevant += len(expected)
        correct += len(got & expected)
    recall, precision = correct / relevant, correct / found
    print(f"search quality over {len(QUALITY_QUERIES)} queries: recall {recall:.4f}, "
          f"precision {precision:.4f} ({correct} of {found} hits, {relevant} relevant)")
    assert recall == 1.0
    assert precision >= 0.99


def test_pinyin_quality(served):
    rows, results, *_ = served
    found = relevant = correct = 0
    for query, chinese in PINYIN_QUERIES.items():
        got = _ids(results[query])
        expected = set().union(*(truth(rows, q) for q in chinese))
        assert expected, query
        assert expected <= got, f"{query}: missed {sorted(expected - got)[:5]}"
        found, relevant, correct = found + len(got), relevant + len(expected), correct + len(got & expected)
    print(f"pinyin over {len(PINYIN_QUERIES)} queries: recall {correct / relevant:.4f}, "
          f"precision {correct / found:.4f} ({correct} of {found} hits)")
    assert correct / found >= 0.99


RANKED_QUERIES = {"补办": "补办", "河南 补办": "河南 补办", "監理": "監理", "henan": "河南", '"': '"'}


@pytest.mark.parametrize("query", RANKED_QUERIES)
def test_ranked_search_puts_title_matches_first(served, query):
    rows, results, *_ = served
    response = results[("ranked", query)]
    assert response.status_code == 200, response.text[:500]
    got = response.json()["rows"]
    in_title = [row["id"] for row in got if row["title_match"]]
    assert in_title, "the query set has title matches"
    assert [row["id"] for row in got[: len(in_title)]] == in_title, "title matches come first"
    chinese = RANKED_QUERIES[query]
    assert {row["id"] for row in got} <= truth(rows, chinese)
    if len(got) < 100:
        titles_only = [{**row, "body_text": None, "province": None, "city": None} for row in rows]
        assert set(in_title) == truth(titles_only, chinese)


def test_query_set_is_not_trivial(served):
    rows, *_ = served
    sizes = {q: len(truth(rows, q)) for q in ["河", "河南 补办", "監理 領證", "9月", "ems", "a OR b"]}
    assert all(0 < size < len(rows) for size in sizes.values()), sizes


def test_plugin_is_loaded(served):
    *_, plugins = served
    assert "certnotices" in {p["name"] for p in plugins.json()}


def test_table_page_search_box(served):
    rows, _, page, *_ = served
    assert page.status_code == 200
    assert 'name="_search" value="河南 补办"' in page.text, "the search box shows the query"
    expected = {r["title"] for r in rows if r["id"] in truth(rows, "河南 补办")}
    assert expected and all(title in page.text for title in list(expected)[:20])


def test_atom_feed_uses_the_same_search(served):
    rows, _, _, feed, _ = served
    assert feed.status_code == 200, feed.text[:500]
    parsed = feedparser.parse(feed.text)
    assert not parsed.bozo, parsed.bozo_exception
    assert {entry.id for entry in parsed.entries} == truth(rows, "監理 領證")


def test_plugin_filter_sees_new_notices_and_keeps_the_api_small(tmp_path):
    path = tmp_path / "live.db"
    db = sqlite_utils.Database(path)
    db["notices"].create(NOTICE_COLUMNS, pk="id")
    db["notices"].insert({"id": "a", "title": "河南省证书补办", "published": "2024-01-02"})
    sync_search_index(db)
    ds = Datasette([str(path)], metadata=_metadata(path.stem, "plugin"))

    async def search(query):
        response = await ds.client.get(
            "/live/notices.json", params={"_search": query, "_shape": "objects", "_nosuggest": "1"}
        )
        assert response.status_code == 200, response.text[:500]
        return response.json()

    first = asyncio.run(search("河南 补办"))
    assert [row["id"] for row in first["rows"]] == ["a"]
    assert first["query"]["params"] == {"search": "河南 补办"}, "rowids stay out of the response"

    # Another connection adds a notice, as a crawl does while Datasette serves.
    db["notices"].insert({"id": "b", "title": "河南省补办通知", "published": "2024-02-03"})
    sync_search_index(db, ["b"])
    db.close()
    second = asyncio.run(search("河南 补办"))
    assert {row["id"] for row in second["rows"]} == {"a", "b"}


def test_the_exam_names_file_is_current():
    from pipelines.search_names import search_names

    assert json.loads(EXAM_NAMES_FILE.read_text(encoding="utf-8")) == search_names(), \
        "rerun .venv/bin/python pipelines/data/make_exam_names.py"
