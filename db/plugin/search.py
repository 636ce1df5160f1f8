"""Search for the plugin: our escape_fts and the one-MATCH-per-page search filter."""

from __future__ import annotations

import json
import sqlite3

from datasette.filters import FilterArguments

from db.search import FTS_TABLE, MATCH_ALL, SOURCE_TABLE, fts_query


def is_notices_database(conn: sqlite3.Connection) -> bool:
    """Whether this connection's database is one of ours (it holds the notices search index)."""
    try:
        return conn.execute(
            "select 1 from sqlite_master where type = 'table' and name = ?", [FTS_TABLE]
        ).fetchone() is not None
    except sqlite3.DatabaseError:
        return False


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
