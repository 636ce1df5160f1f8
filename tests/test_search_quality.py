"""Search quality over the replica crawl, through the running Datasette's `?_search=`.

Ground truth is computed independently of the index: a notice matches when every query term,
simplified the same way the text is, is a substring of its simplified title, of its body or of
its derived province or city (`河南 监理` finds a 郑州 notice that never says 河南).
"""

from __future__ import annotations

import sqlite3
from urllib.parse import quote

import pytest

from pipelines.text import simplify

QUERIES = [
    "河南", "补办", "河南 补办", "監理 領證", "监理 领取", "证书", "电子证书", "一级建造师", "二级建造师",
    "9月", "2024 河南", "第2批次", "兵团", "甘孜", "邮寄", "直邮 证书", "会计", "湖北 2025",
    "翻译", "９月第２批次", "證書 補辦", "省", "考", "領", "补办 流程 材料", "身份证 原件",
    # Places: a notice is found by its derived province or city, not only by its text.
    "河南 监理", "郑州", "广东 证书", "新疆", "內蒙古",
]
# Input a candidate may type that is FTS syntax: none of it may raise.
HOSTILE = ['"', "*", "(", ")", "OR", "补办 OR", '"河南', "河南*", "NEAR(河南 补办)", "-补办", "河南:补办", "^", "''"]


def notices(db_path):
    with sqlite3.connect(db_path) as conn:
        return [(i, [simplify(v or "").lower() for v in fields]) for i, *fields in conn.execute(
            "select n.id, n.title, n.body_text, n.province, n.city from feed f join notices n on n.id = f.id")]


def expected_ids(rows, query: str) -> set[str]:
    terms = simplify(query).lower().split()
    return {i for i, fields in rows if terms and all(any(term in field for field in fields) for term in terms)}


def search(datasette, query: str) -> set[str]:
    data = datasette.json(f"/{datasette.db_name}/feed.json?_shape=objects&_size=max&_col=id&_search={quote(query)}")
    assert not data.get("truncated")
    return {row["id"] for row in data["rows"]}


def test_recall_is_complete_and_precision_high_over_the_query_set(datasette, crawled_db):
    rows = notices(crawled_db)
    found_total = expected_total = true_positive = 0
    misses = []
    for query in QUERIES:
        expected, found = expected_ids(rows, query), search(datasette, query)
        assert expected, f"query {query!r} has no ground-truth match in the replica data: pick another"
        if expected - found:
            misses.append((query, len(expected - found)))
        true_positive += len(expected & found)
        found_total += len(found)
        expected_total += len(expected)
    recall, precision = true_positive / expected_total, true_positive / found_total
    print(f"search quality over {len(QUERIES)} queries: recall {recall:.3f}, precision {precision:.3f}")
    assert not misses and recall == 1.0, misses
    assert precision >= 0.99


@pytest.mark.parametrize("query", HOSTILE)
def test_fts_syntax_in_the_search_box_never_errors(datasette, query):
    # datasette.json raises on any HTTP error (a MATCH syntax error answers 400 or 500)
    data = datasette.json(f"/{datasette.db_name}/feed.json?_shape=objects&_search={quote(query)}")
    assert isinstance(data["rows"], list)


def test_the_ranked_search_puts_title_matches_first(datasette, crawled_db):
    with sqlite3.connect(crawled_db) as conn:
        rows = [(i, [simplify(t or "").lower(), simplify(b or "").lower()]) for i, t, b in
                conn.execute("select id, title, body_text from notices")]
    query = "证书 补办"
    expected = expected_ids(rows, query)
    data = datasette.json(f"/{datasette.db_name}/search.json?_shape=objects&q={quote(query)}")
    found = [row["id"] for row in data["rows"]]
    assert set(found) <= expected and len(found) == min(100, len(expected))  # the query keeps the best 100
    titles = {i: fields[0] for i, fields in rows}
    in_title = [all(term in titles[row_id] for term in query.split()) for row_id in found]
    assert in_title == sorted(in_title, reverse=True), "a body-only match ranked above a title match"
    assert any(in_title)


def test_pinyin_input_finds_the_chinese_words(datasette, crawled_db):
    rows = notices(crawled_db)
    assert search(datasette, "henan buban") == expected_ids(rows, "河南 补办")
    assert search(datasette, "henan jianli") == expected_ids(rows, "河南 监理")


@pytest.mark.parametrize(("typed", "written"), [
    ("二建", "二级建造师"), ("一建 证书", "一级建造师 证书"), ("河南一建", "河南 一级建造师"), ("监理证", "监理工程师 证"),
    ("社工证", "社会工作者"), ("社工证", "社会工作师"), ("造价证书", "造价工程师 证书"),
])
def test_an_exams_short_name_finds_what_notices_write(datasette, crawled_db, typed, written):
    rows = notices(crawled_db)
    expected = expected_ids(rows, written)
    assert expected, f"{written!r} matches nothing in the replica data: pick another"
    assert expected <= search(datasette, typed)
