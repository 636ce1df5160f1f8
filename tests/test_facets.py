"""One-pass facets (db/plugin/facets.py): same answers as Datasette's own, in one statement.

The equivalence tests run two real Datasette servers over the crawled replica database, one
with our facet class and one with `one_pass_facets: false` (Datasette's ColumnFacet), and
compare the facet results of the same requests key for key.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest

from db.plugin.facets import NotOnePass, count_values, filters_rows, top_facet_values
from db.serve import datasette_command, datasette_metadata
from tests.conftest import DatasetteServer


class Args(dict):
    """The slice of Datasette's MultiParams that filters_rows reads."""

    def getlist(self, key):
        value = self[key]
        return value if isinstance(value, list) else [value]


@pytest.mark.parametrize(
    "args, expected",
    [
        ({}, False),
        ({"_facet": "exam", "_sort": "published", "_size": "10"}, False),
        ({"_search": "  "}, False),
        ({"_search": '" * ('}, False),
        ({"_search": "河南 补办"}, True),
        ({"province": "河南省"}, True),
        ({"year__gte": "2024"}, True),
        ({"_where": "year > 2020"}, True),
        ({"_search": ["", "监理"]}, True),
    ],
)
def test_filters_rows(args, expected):
    assert filters_rows(Args(args)) is expected


@pytest.mark.parametrize(
    "json_array, expected",
    [
        ("[]", {}),
        ('[null, null]', {}),
        ('["河南省", "广东省", "河南省", null]', {"河南省": 2, "广东省": 1}),
        ("[2024, 2024, 2023]", {2024: 2, 2023: 1}),
        ('["2024", 2024]', {"2024": 1, 2024: 1}),  # text and integer stay apart, as in SQLite
    ],
)
def test_count_values(json_array, expected):
    assert count_values(json_array) == expected


@pytest.mark.parametrize("json_array", ["[1.5, 2]", "[[1], 2]"])
def test_count_values_refuses_what_it_cannot_represent(json_array):
    with pytest.raises(NotOnePass):
        count_values(json_array)


@pytest.mark.parametrize(
    "counts, limit, expected",
    [
        ({"b": 2, "a": 2, "c": 3}, 5, [("c", 3), ("a", 2), ("b", 2)]),
        ({"b": 2, "a": 2, "c": 3}, 2, [("c", 3), ("a", 2)]),
        # ties: numbers before text, text by code point (SQLite's BINARY order)
        ({"广东省": 1, "北京市": 1, 10: 1, 9: 1}, 4, [(9, 1), (10, 1), ("北京市", 1), ("广东省", 1)]),
    ],
)
def test_top_facet_values(counts, limit, expected):
    assert top_facet_values(counts, limit) == expected


# --- against Datasette's own facets --------------------------------------------------------

REQUESTS = [
    ("feed", {}),  # a view: one pass even unfiltered
    ("feed", {"_search": "补办"}),
    ("feed", {"_search": "河南 补办"}),
    ("feed", {"_search": "監理 領證", "_facet": "source_name"}),
    ("feed", {"province": "河南省"}),
    ("feed", {"province": "河南省", "kind": "collection", "_facet_size": "3"}),
    ("feed", {"_search": "证书", "exam": "监理工程师", "_facet": "exam"}),
    ("feed", {"_search": "nothing-matches-this-xyz"}),
    ("notices", {"_search": "证书"}),
    ("notices", {"_search": "证书", "year__gte": "2024", "_facet": "city"}),
    ("notices", {"_where": "sample_data = 1", "_facet_size": "max"}),
    ("notices", {"source_id": "henan_hnrsks", "_facet": "published"}),
]


class Server(DatasetteServer):
    """`datasette serve` as `notices serve` runs it, with a plugin setting and SQL traces on."""

    def __init__(self, db_path: Path, tmp_path: Path, one_pass: bool, **plugin_config) -> None:
        metadata = datasette_metadata(db_path, allow_sql=True)  # REQUESTS use ?_where=
        metadata.setdefault("plugins", {})["certnotices"] = {"one_pass_facets": one_pass, **plugin_config}
        metadata_file = tmp_path / f"metadata-{one_pass}-{len(plugin_config)}.json"
        metadata_file.write_text(json.dumps(metadata, ensure_ascii=False), "utf-8")
        super().__init__(
            db_path,
            lambda port: [*datasette_command(db_path, port, metadata_file), "--setting", "trace_debug", "1"],
        )

    def get(self, table: str, args: dict) -> tuple[int, dict]:
        # _size=5: facets and counts cover every match whatever the page size, and Datasette
        # 0.65's ?_trace=1 cuts off a large JSON body ("returned without completing response").
        url = f"{self.base}/{self.db_name}/{table}.json?" + urlencode({**args, "_size": "5", "_trace": "1"})
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                status, text = 200, response.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode("utf-8")
        # The two servers differ only in their port, which absolute facet links carry.
        return status, json.loads(text.replace(f"http://127.0.0.1:{self.port}/", "http://origin/"))


@pytest.fixture(scope="module")
def servers(crawled_db, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("facets")
    ours, theirs = Server(crawled_db, tmp_path, True), Server(crawled_db, tmp_path, False)
    yield ours, theirs
    ours.stop()
    theirs.stop()


@pytest.fixture(scope="module")
def both(servers):
    ours, theirs = servers
    return [ours.get(t, a)[1] for t, a in REQUESTS], [theirs.get(t, a)[1] for t, a in REQUESTS]


def facet_statements(page: dict) -> list[str]:
    return [t["sql"] for t in page["_trace"]["traces"] if "json_group_array" in t["sql"] or "count(*) as count" in t["sql"]]


@pytest.mark.parametrize("index", range(len(REQUESTS)), ids=[f"{t}?{urlencode(a)}" for t, a in REQUESTS])
def test_same_facets_as_datasette(both, index):
    ours, theirs = both[0][index], both[1][index]
    assert ours["facet_results"] == theirs["facet_results"]
    assert ours["filtered_table_rows_count"] == theirs["filtered_table_rows_count"]
    # Not vacuous: the configured facets (and any asked for) are really there.
    assert len(ours["facet_results"]) >= 5


def test_one_statement_instead_of_one_per_facet(both):
    hits = 0
    for ours, theirs in zip(*both):
        assert len(facet_statements(ours)) == 1, [s[:80] for s in facet_statements(ours)]
        assert len(facet_statements(theirs)) == len(theirs["facet_results"])
        hits += sum(r["count"] for r in ours["facet_results"].get("province", {}).get("results", []))
    assert hits > 0, "the requests should match some notices"


def test_an_unfiltered_table_keeps_datasette_statements(servers):
    status, page = servers[0].get("notices", {})
    assert status == 200
    statements = facet_statements(page)
    assert not any("json_group_array" in s for s in statements)
    assert len(statements) == len(page["facet_results"]) == 5
    assert page["facet_results"] == servers[1].get("notices", {})[1]["facet_results"]


def test_a_bad_facet_column_answers_like_datasette(servers):
    # ?_facet=no_such_column: the one statement fails, so Datasette's own code answers.
    args = {"_search": "补办", "_facet": "no_such_column"}
    (status, ours), (their_status, theirs) = (server.get("feed", args) for server in servers)
    assert status == their_status
    assert ours.get("facet_results") == theirs.get("facet_results")


def test_a_page_past_the_row_cap_is_counted_by_datasette(crawled_db, tmp_path):
    server = Server(crawled_db, tmp_path, True, one_pass_max_rows=10)
    try:
        _, small = server.get("feed", {"_search": "河南 补办"})  # 2 notices
        _, large = server.get("feed", {"_search": "证书"})
    finally:
        server.stop()
    assert small["filtered_table_rows_count"] <= 10 < large["filtered_table_rows_count"]
    assert [s for s in facet_statements(small) if "json_group_array" in s]
    assert not [s for s in facet_statements(large) if "json_group_array" in s]
    assert len(facet_statements(large)) == len(large["facet_results"])
