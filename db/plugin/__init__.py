"""The certnotices Datasette plugin (entry point `certnotices` in pyproject.toml).

One module per concern — the candidates' own pages (`pages`: `/`, `/notice/<id>`), search (`search`), one-pass facets (`facets`), Atom feeds (`atom`),
calendar feeds (`calendar`), the province board, its JSON (`/board.json`) and feed links (`board`), place parameters
(`places`: ?province=河南 / 豫 / henan is 河南省), the reminders'
unsubscribe form (`unsubscribe`), what is refused (`guard`: raw pages, writes, 500s for
malformed parameters) — each contributing small functions; the pluggy
hooks here only dispatch to them, so a new concern adds a module and one line in a hook.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.facets import ColumnFacet

from db.folding import readable
from db.labels import window_phrase
from db.plugin.atom import can_render_atom, render_atom
from db.plugin.board import page_vars
from db.plugin.board import routes as board_routes
from db.plugin.calendar import can_render_ics, render_ics
from db.plugin.facets import OnePassColumnFacet
from db.plugin.guard import (
    bad_request_response,
    deny_raw_pages,
    plain_error_logging,
    read_only,
)
from db.plugin.pages import routes as candidate_routes
from db.plugin.places import resolve_exam, resolve_places, warn_unknown_places
from db.plugin.search import (
    is_notices_database,
    register_search_functions,
    register_search_rowids,
    search_once,
    size_page_cache,
)
from db.plugin.today import register_window_function
from db.plugin.unsubscribe import routes as unsubscribe_routes

CONNECTION_SETUP = (register_search_functions, register_window_function, register_search_rowids, size_page_cache,
                    deny_raw_pages)


# trylast: Datasette keeps the last renderer registered for an extension, so ours replaces
# datasette-atom's own `.atom` (which it still calls for every non-empty feed).
@hookimpl(trylast=True)
def register_output_renderer(datasette):
    return [{"extension": "atom", "render": render_atom, "can_render": can_render_atom},
            {"extension": "ics", "render": render_ics, "can_render": can_render_ics}]


@hookimpl
def register_routes(datasette):
    return candidate_routes() + board_routes() + unsubscribe_routes()


# trylast: Datasette registers its own escape_fts in the same hook; running after it is what
# makes ours the one every query sees — on our databases only (those holding the notices search
# index): any other database served beside ours keeps Datasette's escape_fts and page cache.
@hookimpl(trylast=True)
def prepare_connection(conn):
    if is_notices_database(conn):
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


# Templates whose data is built elsewhere (the board's lines come from db/plugin/board.py) print
# a window, a crawled title and an exam that names none as the candidates' pages do, through the
# same functions.
@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.globals["window_phrase"] = window_phrase
    env.globals["resolve_exam"] = resolve_exam  # the board's ?exam= that names no exam
    env.filters["readable"] = readable


@hookimpl
def extra_template_vars(template, request, datasette):
    warn_unknown_places(request, datasette)
    return page_vars(template, request, datasette)


# tryfirst: Datasette's own handler (trylast) answers every exception; ours speaks first, and
# only for a request that failed on a malformed parameter of Datasette's own (a 400, not a 500).
@hookimpl(tryfirst=True)
def handle_exception(datasette, request, exception):
    return bad_request_response(datasette, request, exception)


# read_only outermost: a refused method never reaches the place resolution (db/plugin/places.py).
@hookimpl
def asgi_wrapper(datasette):
    places = resolve_places(datasette)
    return lambda app: read_only(places(app))


@hookimpl
def startup(datasette):
    plain_error_logging()
