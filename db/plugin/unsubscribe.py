"""`/-/unsubscribe?token=…`: the link at the foot of every reminder (crawler/reminders.py).

Why a confirmation form and not a page that only names the `notices unsubscribe` command: the
person who gets the message is a candidate, not the operator, and cannot run commands; an
unsubscribe link that does not unsubscribe keeps sending mail to someone who asked us to stop.
Why not delete on GET: mail scanners and link previews fetch every link in a message, which
would unsubscribe people who never clicked. So GET shows what the subscription follows and a
button; only the POST it sends deletes, and only the row holding that unguessable token
(128 random bits); Datasette's CSRF check (asgi-csrf) applies to the POST. It is the one path
the read-only guard lets a POST through (db/plugin/guard.py WRITABLE_PATHS), and it writes
through its own short SQLite connection, not Datasette's (whose authorizer refuses to read
tokens: db/plugin/guard.py DENIED_COLUMNS).
"""

from __future__ import annotations

import logging
import re
import sqlite3

from datasette.utils.asgi import Response

from db.labels import describe_filter

LOG = logging.getLogger(__name__)
TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")
TEMPLATE = "unsubscribe.html"


def subscriptions_path(datasette) -> str | None:
    """The file of the first served, writable database that holds subscriptions."""
    for name, database in datasette.databases.items():
        if name.startswith("_") or not database.is_mutable or not database.path:
            continue
        conn = sqlite3.connect(f"file:{database.path}?mode=ro", uri=True)
        try:
            if conn.execute("select 1 from sqlite_master where name = 'subscriptions'").fetchone():
                return database.path
        finally:
            conn.close()
    return None


def find(path: str, token: str) -> dict | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("select province, city, exam, kind, q, channel from subscriptions where token = ?",
                           [token]).fetchone()
    finally:
        conn.close()
    return dict(row) if row else None


def delete(path: str, token: str) -> bool:
    conn = sqlite3.connect(path, timeout=30)
    try:
        with conn:
            found = conn.execute("select id from subscriptions where token = ?", [token]).fetchone()
            if found:
                conn.execute("delete from subscriptions where id = ?", [found[0]])
    finally:
        conn.close()
    return bool(found)


async def unsubscribe(datasette, request):
    if request.method == "POST":
        form = await request.post_vars()
        token = (form.get("token") or "").strip()
    else:
        token = (request.args.get("token") or "").strip()
    context = {"token": None, "subscription": None, "done": False, "message": ""}
    status = 200
    path = subscriptions_path(datasette)
    if path is None:
        # a read-only replica (`notices serve-snapshot`) holds no subscriptions: the link is right, the
        # site it points at is not (reminders' --site-url must be the writable `notices serve`)
        LOG.warning("unsubscribe asked of a server with no writable subscriptions table: point the reminders' "
                    "--site-url at the writable `notices serve`")
        context["message"] = "本站是只读副本，不保存订阅，无法在此退订。请联系本站运营者代为退订。"
        status = 503
    elif not TOKEN.fullmatch(token):
        context["message"] = "退订链接无效：请使用提醒消息末尾的完整链接。"
        status = 400
    elif request.method == "POST":
        context["done"] = True
        context["message"] = "已退订，不会再向此渠道发送提醒。" if delete(path, token) else "此订阅不存在或已经退订。"
    else:
        row = find(path, token)
        if row is None:
            context["message"] = "此订阅不存在或已经退订。"
            status = 404
        else:
            context.update(token=token, subscription={"filter": describe_filter(row), "channel": row["channel"]})
    html = await datasette.render_template(TEMPLATE, context, request=request)
    return Response.html(html, status=status)


def routes():
    return [(r"^/-/unsubscribe$", unsubscribe)]
