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


# --- hooks --------------------------------------------------------------------------------

CONNECTION_SETUP = (register_search_functions,)


# trylast: Datasette registers its own escape_fts in the same hook; running after it is what
# makes ours the one every query sees.
@hookimpl(trylast=True)
def prepare_connection(conn):
    for setup in CONNECTION_SETUP:
        setup(conn)
