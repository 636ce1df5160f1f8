"""The certnotices Datasette plugin (entry point `certnotices` in pyproject.toml).

One section per concern. Each section contributes small functions; the pluggy hooks at the
bottom only dispatch to them, so a new concern adds a section and one line in a hook.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite, path_with_removed_args

from db.search import FTS_TABLE, MATCH_ALL, SOURCE_TABLE, fts_query

# --- search -------------------------------------------------------------------------------


def escape_fts(user_query) -> str:
    # Datasette's escaped search mode wraps ?_search= (and the table page's search box) in
    # escape_fts(:search); ours rewrites the query for the per-character index instead of
    # quoting whitespace-separated words, which cannot find anything inside Chinese text.
    return fts_query(None if user_query is None else str(user_query))


def register_search_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("escape_fts", 1, escape_fts, deterministic=True)


# A table page runs the same MATCH once for the rows, once for the count and once per facet,
# each followed by a rowid lookup per hit. SQLite's default 2 MB page cache per connection
# re-reads those index and table pages from the OS every time; 128 MB keeps them in the
# connection (about 2x faster per query at 200,000 notices), and memory-mapping the file
# (SQLite caps it at 2 GB) saves a system call per page beyond that (2-3x on the rowid
# lookups at 1,000,000 notices). The cache grows only as pages are used, up to 128 MB per
# Datasette connection (num_sql_threads, 3 by default, per database); the mapping is shared
# with the OS page cache.
SEARCH_CACHE_KIB = 128 * 1024
SEARCH_MMAP_BYTES = 2**31


def size_page_cache(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")
    conn.execute(f"PRAGMA mmap_size = {SEARCH_MMAP_BYTES}")


# Datasette's own ?_search= filter (metadata `fts_table`) puts the MATCH inside every
# statement of a table page: rows, count and facets. search_once serves ?_search= (and the
# search box) for `notices` and the `feed` view instead, as long as metadata.yml gives them no
# `fts_table`: through search_rowids(:search), the rowids of one MATCH kept per connection,
# so a page runs the MATCH at most once per connection. Same results, same rewrite as
# escape_fts; the SQL behind the page stays short and runs as is in the SQL editor. At
# 1,000,000 notices: 252 ms median against 298 ms with Datasette's filter, 2.2x faster on
# narrow searches (bench/search.py, 2026-11-28).
# table or view -> (index, the column holding the notices rowid the index is keyed by)
SEARCHED_TABLES = {SOURCE_TABLE: (FTS_TABLE, "rowid"), "feed": (FTS_TABLE, "fts_rowid")}
ROWID_CACHE_ENTRIES = 16
ROWID_CACHE_MAX_CHARS = 1_000_000  # ~130,000 hits; broader searches are recomputed, not kept


def register_search_rowids(conn: sqlite3.Connection) -> None:
    cache: dict[tuple[str, int], str] = {}

    def search_rowids(user_query) -> str:
        # data_version moves when another connection commits (a crawl re-indexed notices).
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        key = (escape_fts(user_query), version)
        if key in cache:
            return cache[key]
        rows = conn.execute(f"SELECT rowid FROM [{FTS_TABLE}] WHERE [{FTS_TABLE}] MATCH ?", [key[0]])
        rowids = json.dumps([row[0] for row in rows])
        if len(rowids) <= ROWID_CACHE_MAX_CHARS:
            while len(cache) >= ROWID_CACHE_ENTRIES:
                cache.pop(next(iter(cache)))
            cache[key] = rowids
        return rowids

    conn.create_function("search_rowids", 1, search_rowids)


async def search_once(request, database: str, table: str, datasette) -> FilterArguments | None:
    fts_table, rowid_column = SEARCHED_TABLES.get(table, (None, None))
    if not fts_table or datasette.table_metadata(database, table).get("fts_table"):
        return None
    if not await datasette.get_database(database).table_exists(fts_table):
        return None
    query = request.args.get("_search")
    context = {"supports_search": True, "search": query or ""}
    if query is None or fts_query(query) == MATCH_ALL:
        return FilterArguments([], extra_context=context)
    return FilterArguments(
        [f"[{rowid_column}] IN (SELECT value FROM json_each(search_rowids(:search)))"],
        {"search": query},
        [f'search matches "{query}"'],
        context,
    )


# --- facets -------------------------------------------------------------------------------
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


# --- feeds --------------------------------------------------------------------------------
# datasette-atom renders our canned queries as Atom, but answers 500 when a filter matches
# nothing (it takes max() of the entries' dates). A candidate subscribing to a quiet filter
# must get an empty, valid feed instead, so the empty case is ours and the rest is theirs.


def render_atom(datasette, request, sql, columns, rows, database, table, query_name, view_name, data):
    from datasette_atom import render_atom as render_entries

    if rows:
        return render_entries(datasette, request, sql, columns, rows, database, table, query_name, view_name, data)
    return empty_feed(datasette, request, database, query_name)


def empty_feed(datasette, request, database, query_name):
    from datetime import datetime, timedelta, timezone

    from datasette.utils.asgi import Response
    from feedgen.feed import FeedGenerator

    queries = (datasette.metadata(database=database) or {}).get("queries") or {}
    feed = FeedGenerator()
    feed.id(request.url)
    feed.link(href=request.url, rel="self")
    feed.title((queries.get(query_name) or {}).get("title") or query_name or "certnotices")
    feed.updated(datetime.now(timezone(timedelta(hours=8))))
    return Response(feed.atom_str(pretty=True), content_type="application/xml; charset=utf-8", status=200)


def can_render_atom(columns):
    from datasette_atom import can_render_atom as can_render

    return can_render(columns)


# --- board and feed links -----------------------------------------------------------------
# Two things a candidate looks for: /board (templates/pages/board.html, a coloured grid of
# provinces for one exam and year) and an "订阅 Atom feed" link on the feed/notices table pages
# and the canned query pages (templates/_description_source_license.html), for the filter on
# screen. Both are filled in here through extra_template_vars.
#
# The board is built server-side: this section runs the `province_board` canned query (its SQL
# from metadata.yml, so the page and province_board.json cannot disagree) and the template
# renders finished HTML. Chosen over a same-origin fetch() of province_board.json because the
# page then works without JavaScript, is one request, shows the grid the moment it loads (no
# empty page to screenshot or to read with a screen reader), and the only code that decides
# which URLs become links is this Python, which lets through http(s) only.

BOARD_TEMPLATE = "pages/board.html"
# status -> (label a candidate reads, CSS class); the order is the legend's.
BOARD_STATUSES = {
    "not yet announced": ("未发布", "none"),
    "announced": ("已发布", "announced"),
    "upcoming": ("未开始", "upcoming"),
    "open": ("办理中", "open"),
    "closed": ("已结束", "closed"),
}
BOARD_CHOICES_SQL = """select exam, year, count(*) as n from feed
where exam is not null and year is not null and kind in ('collection', 'electronic')
group by exam, year"""
FEED_COLUMNS = ("province", "city", "exam", "kind")
FEED_TABLES = ("feed", "notices")
# canned query -> the latest.atom parameters its page's arguments mean, plus fixed ones; the
# third item names what the page filters on that the feed cannot (shown next to the link).
CANNED_FEEDS = {
    "latest": (("province", "city", "exam", "kind", "q"), {}, ()),
    "open_now": (("province", "exam"), {}, ("status",)),
    "upcoming": (("province", "exam"), {}, ("status",)),
    "reissue": (("province",), {"kind": "reissue"}, ()),
    "province_board": (("exam",), {}, ("year",)),
}


def safe_link(url) -> str | None:
    """A notice URL fit for an href: http(s) only (never javascript:, data:, ...)."""
    from urllib.parse import urlsplit

    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


async def board_database(datasette, actor):
    for name in datasette.databases:
        if not name.startswith("_") and "province_board" in await datasette.get_canned_queries(name, actor):
            return name
    return None


def exams_by_count(choices: list[dict]) -> list[str]:
    totals: dict[str, int] = {}
    for c in choices:
        totals[c["exam"]] = totals.get(c["exam"], 0) + c["n"]
    return sorted(totals, key=lambda e: (-totals[e], e))


def pick_exam_year(choices: list[dict], exam: str | None, year: str | None) -> tuple[str, int | None]:
    """The requested exam and year; by default the most common exam and its latest year."""
    if not exam:
        exam = next(iter(exams_by_count(choices)), "")
    if year and str(year).strip().isdigit():
        return exam, int(year)
    years = [c["year"] for c in choices if c["exam"] == exam] or [c["year"] for c in choices]
    return exam, max(years) if years else None


async def board_context(datasette, request) -> dict:
    from urllib.parse import urlencode

    name = await board_database(datasette, request.actor)
    if name is None:
        return {"board": None}
    db = datasette.get_database(name)
    choices = [dict(r) for r in (await db.execute(BOARD_CHOICES_SQL)).rows]
    exam, year = pick_exam_year(choices, request.args.get("exam"), request.args.get("year"))
    query = await datasette.get_canned_query(name, "province_board", request.actor)
    rows = (await db.execute(query["sql"], {"exam": exam, "year": str(year or "")})).rows
    shorts = {r["name"]: r["short"] for r in (await db.execute("select name, short from provinces")).rows}
    cells = []
    for r in rows:
        label, css = BOARD_STATUSES.get(r["status"], (r["status"], "none"))
        cells.append({
            "province": r["province"], "short": shorts.get(r["province"]) or r["province"],
            "status": r["status"], "label": label, "css": css, "title": r["title"],
            "url": safe_link(r["url"]), "published": r["published"], "kind": r["kind"],
            "window_start": r["window_start"], "window_end": r["window_end"],
            "feed": datasette.urls.query(name, "latest", format="atom") + "?"
            + urlencode({"province": r["province"], "city": "", "exam": exam, "kind": "", "q": ""}),
        })
    params = urlencode({"exam": exam, "year": year or ""})
    return {"board": {
        "database": name, "exam": exam, "year": year, "cells": cells,
        "exams": exams_by_count(choices),
        "years": sorted({c["year"] for c in choices} | ({year} if year else set()), reverse=True),
        "legend": [{"status": s, "label": label, "css": css,
                    "count": sum(c["status"] == s for c in cells)} for s, (label, css) in BOARD_STATUSES.items()],
        "table_url": datasette.urls.query(name, "province_board") + "?" + params,
        "json_url": datasette.urls.query(name, "province_board", format="json") + "?" + params,
    }}


def feed_link(datasette, database: str, page: str, args, canned: bool) -> dict:
    """The latest.atom URL for the filter a table or canned query page shows, and what it leaves out."""
    from urllib.parse import urlencode

    params = dict.fromkeys((*FEED_COLUMNS, "q"), "")
    if canned:
        names, fixed, ignored = CANNED_FEEDS[page]
        params.update({n: (args.get(n) or "").strip() for n in names}, **fixed)
        ignored = [n for n in ignored if args.get(n) or n == "status"]
    else:
        for column in FEED_COLUMNS:
            params[column] = (args.get(column) or args.get(f"{column}__exact") or "").strip()
        params["q"] = (args.get("_search") or "").strip()
        mapped = {*FEED_COLUMNS, *(f"{c}__exact" for c in FEED_COLUMNS)}
        ignored = sorted({k.split("__")[0] for k in args if not k.startswith("_") and k not in mapped}
                         | ({"_where"} if "_where" in args else set()))
    shown = [params[c] for c in (*FEED_COLUMNS, "q") if params[c]]
    return {
        "href": datasette.urls.query(database, "latest", format="atom") + "?" + urlencode(params),
        "summary": " · ".join(shown) or "全部通知 all notices",
        "ignored": ignored,
    }


async def feed_link_context(datasette, template, request) -> dict:
    from datasette.utils import tilde_decode

    url_vars = getattr(request, "url_vars", None) or {}
    database, page = (tilde_decode(url_vars.get(k) or "") for k in ("database", "table"))
    if not database or not page or database not in datasette.databases:
        return {}
    queries = await datasette.get_canned_queries(database, request.actor)
    if "latest" not in queries:
        return {}
    if template == "table.html" and page in FEED_TABLES:
        return {"certnotices_feed": feed_link(datasette, database, page, request.args, canned=False)}
    if template == "query.html" and page in CANNED_FEEDS and page in queries:
        return {"certnotices_feed": feed_link(datasette, database, page, request.args, canned=True)}
    return {}


def page_vars(template, request, datasette):
    if request is None:
        return None
    if template == BOARD_TEMPLATE:
        return lambda: board_context(datasette, request)
    if template in ("table.html", "query.html"):
        return lambda: feed_link_context(datasette, template, request)
    return None


# --- hooks --------------------------------------------------------------------------------

CONNECTION_SETUP = (register_search_functions, register_search_rowids, size_page_cache)


# trylast: Datasette keeps the last renderer registered for an extension, so ours replaces
# datasette-atom's own `.atom` (which it still calls for every non-empty feed).
@hookimpl(trylast=True)
def register_output_renderer(datasette):
    return {"extension": "atom", "render": render_atom, "can_render": can_render_atom}


# trylast: Datasette registers its own escape_fts in the same hook; running after it is what
# makes ours the one every query sees.
@hookimpl(trylast=True)
def prepare_connection(conn):
    for setup in CONNECTION_SETUP:
        setup(conn)


# trylast: Datasette's own search filter says supports_search = False for a table without
# `fts_table`; ours must speak after it for the search box to show.
@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    return search_once(request, database, table, datasette)


# A wrapper around every plugin's register_facet_classes: Datasette's ColumnFacet (from its
# own datasette.facets plugin) is swapped for OnePassColumnFacet, every other class is kept.
@hookimpl(hookwrapper=True)
def register_facet_classes():
    outcome = yield
    outcome.force_result(
        [[OnePassColumnFacet if c is ColumnFacet else c for c in classes] for classes in outcome.get_result()]
    )


@hookimpl
def extra_template_vars(template, request, datasette):
    return page_vars(template, request, datasette)
