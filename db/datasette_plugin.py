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


# --- hooks --------------------------------------------------------------------------------

CONNECTION_SETUP = (register_search_functions, size_page_cache)


# trylast: Datasette registers its own escape_fts in the same hook; running after it is what
# makes ours the one every query sees.
@hookimpl(trylast=True)
def prepare_connection(conn):
    for setup in CONNECTION_SETUP:
        setup(conn)
