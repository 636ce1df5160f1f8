"""One-pass column facets for the plugin.

The piece most likely to break on a Datasette upgrade: `OnePassColumnFacet.shape` restates the
dict Datasette 0.65's ColumnFacet builds (tests/test_facets.py compares them request for request).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from urllib.parse import parse_qsl, urlencode

from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_removed_args

from db.search import MATCH_ALL, fts_query

# Datasette counts each column facet with its own GROUP BY statement, and each one visits and
# sorts every row the page matches: a search hitting 50,000 of 1,000,000 notices paid about
# 75 ms per facet on this machine, most of the page. OnePassColumnFacet reads every faceted
# column of a filtered page in one statement, as one json_group_array per column (an
# aggregate that appends, so nothing is sorted), and counts the values in Python; then it
# shapes the results exactly as Datasette's ColumnFacet does (tests compare the two on the
# same requests). Measured in SQLite at 1,000,000 notices, 5 facets: 128 ms against 375 ms.
# Anything it cannot answer the same way or faster (one facet only, an unfiltered table, more
# than ONE_PASS_MAX_ROWS rows, a BLOB or REAL value, a statement that fails such as
# ?_facet=no_such_column) goes to Datasette's own code.
# Written by hand because Datasette has no hook for sharing work between facets, and no
# plugin does this.

ONE_PASS_SETTING = "one_pass_facets"  # plugins: certnotices: one_pass_facets: false turns it off
# The values travel to Python as JSON (~60 bytes a row for five facets, more once decoded), so
# a page matching more rows than this is counted by Datasette's statements, in SQLite.
ONE_PASS_MAX_ROWS = 200_000  # plugins: certnotices: one_pass_max_rows: N changes it


class NotOnePass(Exception):
    """A value the one-pass count cannot represent as Datasette's facet SQL would."""


def sqlite_order_key(value) -> tuple:
    # SQLite sorts numbers before text, text by code point (the default BINARY collation).
    return (0, value) if isinstance(value, int) else (1, value)


def count_values(json_array: str) -> Counter:
    """Value -> count for one column from json_group_array text, NULLs left out."""
    try:
        counts = Counter(json.loads(json_array))
    except TypeError as e:  # an unhashable JSON value: not a plain column
        raise NotOnePass(str(e)) from e
    counts.pop(None, None)
    if any(isinstance(value, float) for value in counts):
        # A REAL comes back rounded to 15 digits, so its facet link would not match.
        raise NotOnePass("REAL values")
    return counts


def top_facet_values(counts: dict, limit: int) -> list[tuple]:
    """(value, count) by count descending then value, as ColumnFacet's ORDER BY ... LIMIT."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], sqlite_order_key(item[0])))
    return ranked[:limit]


def filters_rows(args) -> bool:
    """Whether a table page's arguments narrow its rows (search, column filters or _where)."""
    return any(
        # A search with nothing searchable in it (`"`, `*`...) filters nothing (search_once).
        (key == "_search" and any(fts_query(v) != MATCH_ALL for v in args.getlist(key)))
        or key == "_where"
        or not key.startswith("_") or "__" in key
        for key in args
    )


def facet_column(source_and_config: dict) -> str:
    """The column a column-facet config names (`{"simple": c}` or `{"column": c}`)."""
    return source_and_config["config"].get("column") or source_and_config["config"]["simple"]


class OnePassColumnFacet(ColumnFacet):
    """ColumnFacet that counts all the column facets of a page in one statement."""
    async def facet_results(self):
        configs = self.get_configs()
        columns = list(dict.fromkeys(facet_column(c) for c in configs))
        settings = self.ds.plugin_config("certnotices") or {}
        if len(columns) < 2 or not settings.get(ONE_PASS_SETTING, True):
            return await super().facet_results()
        # An unfiltered table is left to Datasette: each of its facet statements reads one small
        # index in order (24 ms a column at 200,000 notices), where one pass reads every row.
        # A view has no such index (the feed computes status and skips copies row by row), so
        # there one pass beats six scans: 0.7 s against 1.7 s at 200,000 notices.
        if not filters_rows(self.request.args) and not (
            self.table and await self.ds.get_database(self.database).get_view_definition(self.table)
        ):
            return await super().facet_results()
        # row_count is the page's count(*), None when it timed out.
        if self.row_count is None or self.row_count > settings.get("one_pass_max_rows", ONE_PASS_MAX_ROWS):
            return await super().facet_results()
        arrays = ", ".join(f"json_group_array({escape_sqlite(c)})" for c in columns)
        sql = f"select {arrays} from ({self.sql})"
        try:
            # The time the separate statements would have had between them.
            results = await self.ds.execute(
                self.database, sql, self.params, truncate=False,
                custom_time_limit=self.ds.setting("facet_time_limit_ms") * len(columns),
            )
            counts = {c: count_values(a) for c, a in zip(columns, results.rows[0])}
        except QueryInterrupted:
            return [], [facet_column(c) for c in configs]
        except (sqlite3.DatabaseError, NotOnePass):
            return await super().facet_results()
        page = self.page_links()
        return [await self.shape(c, counts[facet_column(c)], page) for c in configs], []

    def page_links(self) -> dict:
        # What every facet value's toggle URL is built from, worked out once per page: the URLs
        # are what path_with_added_args + absolute_url return, without parsing the query string
        # again for each value (that was a third of a searched page's time in Python).
        root = self.ds.urls.path("/")
        return {
            "facet_size": self.get_facet_size(),
            "qs_pairs": self.get_querystring_pairs(),
            "query": urlencode(parse_qsl(self.request.query_string)),
            "origin": self.ds.absolute_url(self.request, root)[: -len(root)],
        }

    async def shape(self, source_and_config: dict, counts: dict, page: dict) -> dict:
        # The dict ColumnFacet.facet_results builds for one facet, key for key.
        column = facet_column(source_and_config)
        facet_size = page["facet_size"]
        top = top_facet_values(counts, facet_size + 1)
        values = [value for value, _ in top[:facet_size]]
        expanded = (
            await self.ds.expand_foreign_keys(self.database, self.table, column, values)
            if self.table else {}
        )
        column_qs = f"{column}__exact" if column.startswith("_") else column
        results = []
        for value, count in top[:facet_size]:
            selected = (column_qs, str(value)) in page["qs_pairs"]
            if selected:
                path = path_with_removed_args(self.request, {column_qs: str(value)})
            else:
                added = urlencode([(column_qs, value)])
                path = f"{self.request.path}?{page['query']}&{added}" if page["query"] else f"{self.request.path}?{added}"
            results.append({
                "value": value,
                "label": expanded.get((column, value), value),
                "count": count,
                "toggle_url": page["origin"] + self.ds.urls.path(path),
                "selected": selected,
            })
        return {
            "name": column,
            "type": self.type,
            "hideable": source_and_config["source"] != "metadata",
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": column})),
            "results": results,
            "truncated": len(top) > facet_size,
        }
