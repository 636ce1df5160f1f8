"""The certnotices Datasette plugin (entry point `certnotices` in pyproject.toml).

One section per concern. Each section contributes small functions; the pluggy hooks at the
bottom only dispatch to them, so a new concern adds a section and one line in a hook.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl

from db.search import fts_query

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
# connection (about 2x faster per query at 200,000 notices). Memory grows only as pages are
# used, up to 128 MB per Datasette connection (num_sql_threads, 3 by default, per database).
SEARCH_CACHE_KIB = 128 * 1024


def size_page_cache(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")


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


# --- hooks --------------------------------------------------------------------------------

CONNECTION_SETUP = (register_search_functions, size_page_cache)


# trylast: Datasette registers its own escape_fts in the same hook; running after it is what
# makes ours the one every query sees.
# trylast: Datasette keeps the last renderer registered for an extension, so ours replaces
# datasette-atom's own `.atom` (which it still calls for every non-empty feed).
@hookimpl(trylast=True)
def register_output_renderer(datasette):
    return {"extension": "atom", "render": render_atom, "can_render": can_render_atom}


@hookimpl(trylast=True)
def prepare_connection(conn):
    for setup in CONNECTION_SETUP:
        setup(conn)
