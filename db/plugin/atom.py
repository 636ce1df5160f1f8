"""Atom feeds for the plugin: datasette-atom's renderer, with an empty filter answered by a valid empty feed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from datasette.utils.asgi import Response
from datasette_atom import can_render_atom as can_render
from datasette_atom import render_atom as render_entries
from feedgen.feed import FeedGenerator

# datasette-atom renders our canned queries as Atom, but answers 500 when a filter matches
# nothing (it takes max() of the entries' dates). A candidate subscribing to a quiet filter
# must get an empty, valid feed instead, so the empty case is ours and the rest is theirs.


def render_atom(datasette, request, sql, columns, rows, database, table, query_name, view_name, data):
    if data.get("error"):
        # The query failed: no rows is not "nothing matched". A feed reader must see an error,
        # never a valid empty feed that silently hides every notice.
        return Response.text(f"feed unavailable: {data['error']}", status=500)  # Datasette sets its 400
    if rows:
        return render_entries(datasette, request, sql, columns, rows, database, table, query_name, view_name, data)
    return empty_feed(datasette, request, database, query_name)


def empty_feed(datasette, request, database, query_name):
    queries = (datasette.metadata(database=database) or {}).get("queries") or {}
    feed = FeedGenerator()
    feed.id(request.url)
    feed.link(href=request.url, rel="self")
    feed.title((queries.get(query_name) or {}).get("title") or query_name or "certnotices")
    feed.updated(datetime.now(timezone(timedelta(hours=8))))
    return Response(feed.atom_str(pretty=True), content_type="application/xml; charset=utf-8", status=200)


def can_render_atom(columns):
    return can_render(columns)
