"""What the plugin refuses: reading raw pages, writes, 500s for bad parameters, stalls on errors.

- Raw pages: metadata (db/serve.py) hides `pages` and denies its table pages; the authorizer
  here also stops any statement that reads a column of it, so even `notices serve --allow-sql`
  (arbitrary SQL) or a canned query cannot return a page body. The crawler and `notices
  reparse` never load the plugin.
- A malformed value of one of Datasette's own parameters is a 400 naming it, not a 500.
- Every method but GET/HEAD/OPTIONS is a 405: nothing served is writable, except the one
  unsubscribe form (POST /-/unsubscribe, db/plugin/unsubscribe.py).
- Errors are logged without `rich` tracebacks, which blocked the event loop.
"""

from __future__ import annotations

import json
import re
import sqlite3

from datasette import Response
from datasette.views.base import DatasetteError

DENIED_TABLES = frozenset({"pages"})
# Secrets of a reminder subscription (db/schema.py): its channel URL and unsubscribe token.
DENIED_COLUMNS = frozenset({("subscriptions", "channel_url"), ("subscriptions", "token")})


def _authorize(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_READ and (arg1 in DENIED_TABLES or (arg1, arg2) in DENIED_COLUMNS):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def deny_raw_pages(conn: sqlite3.Connection) -> None:
    conn.set_authorizer(_authorize)


# --- Datasette's own query parameters -------------------------------------------------------
# Datasette 0.65 answers 500 for some malformed values of its own parameters: `str.isdigit()`
# accepts "²" that int() refuses (?_timelimit=, ?_ttl=, ?_facet_size=), ?_next=abc on a view
# (the feed), ?_through= that is not JSON, ?_sort= naming no column, a NUL in a column name.
# These are the client's mistakes, so when a request fails with one of them present, the
# answer is a 400 naming it; every other failure is left to Datasette's handler untouched.

_DIGITS = re.compile(r"[0-9]+")


def _bad_through(value: str) -> bool:
    try:
        through = json.loads(value)
    except ValueError:
        return True
    return not (isinstance(through, dict) and all(isinstance(through.get(k), (str, int)) for k in ("table", "column", "value")))


_PARAM_CHECKS = {
    "_size": lambda v: v != "max" and not _DIGITS.fullmatch(v),
    "_facet_size": lambda v: v != "max" and not _DIGITS.fullmatch(v),
    "_timelimit": lambda v: not _DIGITS.fullmatch(v),
    "_ttl": lambda v: not _DIGITS.fullmatch(v),
    "_next": lambda v: not _DIGITS.fullmatch(v),  # only blamed when the request failed
    "_through": _bad_through,
}


# Datasette's own messages, sent with status 500, for what is the client's error.
_CLIENT_ERRORS = ("Cannot sort table by ", "Invalid _through")


def malformed_param(request, exception) -> str | None:
    """The parameter a failed request was refused for, or None when it is not the client's."""
    if isinstance(exception, DatasetteError):
        message = str(getattr(exception, "message", "") or "")
        if exception.status == 500 and message.startswith(_CLIENT_ERRORS):
            return message
        return None
    if not isinstance(exception, (ValueError, TypeError, KeyError, IndexError, sqlite3.ProgrammingError)):
        return None
    # A NUL in a column or facet name (?_facet=%00, ?province%00=x) reaches SQL text, which
    # sqlite3 refuses to run ("the query contains a null character").
    if "null character" in str(exception) and any(
            "\x00" in key or any("\x00" in value for value in request.args.getlist(key)) for key in request.args):
        return "a parameter holds a NUL character"
    for name, bad in _PARAM_CHECKS.items():
        for value in request.args.getlist(name):
            if bad(value):
                return f"invalid ?{name}= value"
    return None


def bad_request_response(datasette, request, exception):
    """A 400 naming the malformed parameter, shaped as Datasette's own error pages (JSON or HTML)."""
    message = malformed_param(request, exception)
    if message is None:
        return None

    async def respond():
        info = {"ok": False, "error": message, "status": 400, "title": None}
        if request.path.endswith(".json"):
            return Response.json(info, status=400)
        template = datasette.jinja_env.select_template(["400.html", "error.html"])
        return Response.html(await template.render_async(dict(
            info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(), menu_links=lambda: [])), status=400)

    return respond


# --- read-only --------------------------------------------------------------------------------
# Nothing served is writable: no canned query writes (db/serve.py checks) and Datasette 0.65
# has no write API, but a POST still reached Datasette's code (and answered 500). Every method
# other than GET, HEAD and OPTIONS is refused at the door with 405.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# The one exception: the unsubscribe form deletes the subscription whose secret token it carries
# (Datasette's CSRF check applies; db/plugin/unsubscribe.py says why it is a form).
WRITABLE_PATHS = frozenset({"/-/unsubscribe"})


def read_only(app):
    async def guarded(scope, receive, send):
        if (scope.get("type") == "http" and scope.get("method", "GET").upper() not in READ_METHODS
                and scope.get("path") not in WRITABLE_PATHS):
            body = b"405 Method Not Allowed: this site is read-only\n"
            await send({"type": "http.response.start", "status": 405, "headers": [
                (b"allow", b"GET, HEAD, OPTIONS"), (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)

    return guarded


# --- error logging that never stalls the server -----------------------------------------------
# Datasette 0.65 prints every exception it answers (a 400 or 403 too) as a `rich` traceback
# with the locals of every frame, synchronously on the event loop: with a long parameter (a
# 5,000-term search) that rendering took seconds per error (2-5 s for five 100 KB requests),
# during which no other request was answered. Without rich, Datasette logs only unexpected errors (500s), as a plain traceback.
def plain_error_logging() -> None:
    # Imported here, at Datasette's startup: importing datasette.handle_exception before
    # datasette.plugins has loaded it would register a half-initialised module as the default
    # exception handler (then no handler answers at all).
    import datasette.handle_exception

    datasette.handle_exception.rich = None
