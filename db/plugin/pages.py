"""The candidates' pages: `/` (the feed and search as cards), `/-/notices.json` (the same as JSON;
`/notices.json` is Datasette's JSON of a database named `notices`), `/notice/<id>` and
`/notice/<id>.json` (one notice).

Why pages of our own and not Datasette's table view: a candidate on a phone saw a one-row table
whose body wrapped at four characters, English chrome and codes (`collection`, `closed`), raw SQL
on canned queries, and no result above the fold; and the table view counts and sorts every hit of
a search, which is what makes it slow at 1,000,000 notices. These pages read through db/feed.py
(capped counts, newest first from the index) and render our own templates (db/templates/candidate/,
Chinese labels from db/labels.py, nothing of Datasette's chrome). Datasette's table pages and JSON
API stay as they were, for power users (linked at the foot of every page).

Crawled text (body, titles) is shown through db.folding.readable: reposts print Traditional with
pinyin after it (`監(jiān)理`) and zero-width spaces; the stored text and the JSON keep it as scraped.

"Today" is the serving setting `today` (`notices serve --today`, metadata plugins.certnotices.today),
else the date in China now: status, days left and the open-now filter are computed against it, so
tests and the demo do not drift with the calendar.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode

from datasette.utils.asgi import Response

from db.feed import COUNT_CAP, FeedQuery, feed_page, notice_detail
from db.folding import cjk_punctuation, readable
from db.labels import (
    FIELD_LABELS,
    KIND_LABELS,
    MODE_LABELS,
    SOURCE_KIND_LABELS,
    STATUS_LABELS,
    days_between,
    days_phrase,
    exams_text,
    place,
    window_phrase,
)
from db.plugin.board import safe_link
from db.plugin.notice_view import body_form, shown_place, shown_title
from db.plugin.places import known_exams, place_messages, resolve_exam
from db.plugin.today import serving_today
from db.schema import JSON_LIST_COLUMNS

FEED_TEMPLATE = "candidate/feed.html"
NOTICE_TEMPLATE = "candidate/notice.html"
NOTICE_ID = re.compile(r"[0-9a-f]{16}")
FILTERS = ("province", "city", "exam", "kind", "status")
PARAM_MAX = 100  # characters of a filter or query value; longer ones are cut (no exam name is that long)
MAX_PAGE = 500  # pages of 20: deeper than anyone reads, and an OFFSET bound
PER_PAGE = 20
# Filters whose values a candidate sees in Chinese: the Chinese label is accepted for the code.
LABELLED_FILTERS = {"kind": KIND_LABELS, "status": STATUS_LABELS}


async def notices_database(datasette) -> str | None:
    """The first served database holding notices (ours), or None."""
    for name, database in datasette.databases.items():
        if not name.startswith("_") and await database.table_exists("notices") and await database.table_exists("provinces"):
            return name
    return None


def _arg(args, name: str) -> str:
    return (args.get(name) or "").strip()[:PARAM_MAX]


def page_number(value: str) -> int:
    """?page= as a page number: 1 for anything that is not a small positive integer."""
    return min(int(value), MAX_PAGE) if value.isascii() and value.isdigit() and 0 < int(value) else 1


def read_filters(request, with_codes: bool = False) -> tuple[dict[str, str], list[str]]:
    """The request's filters, province and city already resolved by the place wrapper
    (db/plugin/places.py: 河南 / 豫 / henan -> 河南省), kind and status given as code or Chinese label
    (reissue or 证书补办), with a message for each value that names no place, kind or status (said
    on the page, a 400 in JSON). The page lists the Chinese values only; `with_codes` (the JSON)
    adds each code, which is what a script sends."""
    filters = {name: _arg(request.args, name) for name in FILTERS}
    messages = place_messages(request)
    for name, labels in LABELLED_FILTERS.items():
        value = filters[name]
        if value and value not in labels:
            filters[name] = {label: code for code, label in labels.items()}.get(value, "")
            if not filters[name]:
                values = (f"{label}（{code}）" if with_codes else label for code, label in labels.items())
                messages.append(f"{FIELD_LABELS[name]}只能是：{'、'.join(values)}。")
    return filters, messages


def labelled(row: dict, today: str) -> dict:
    """A feed or notice row with the labels a candidate reads beside its codes, and its JSON list
    columns (place, materials, phone, mode, attachments ...) as lists: our JSON gives a list, not a
    string holding one (Datasette's own table JSON keeps the stored text)."""
    days_left = days_between(today, row.get("window_end")) if row.get("status") == "open" else None
    days_to_start = days_between(today, row.get("window_start")) if row.get("status") == "upcoming" else None
    lists = {column: json_list(row[column]) for column in JSON_LIST_COLUMNS if column in row}
    return {
        **row,
        **lists,
        "title_label": shown_title(row.get("title")),
        "exams_label": exams_text(row.get("exam"), lists.get("exams")),
        "link": safe_link(row.get("url")),
        "kind_label": KIND_LABELS.get(row.get("kind"), row.get("kind") or ""),
        "status_label": STATUS_LABELS.get(row.get("status"), row.get("status") or ""),
        "source_label": SOURCE_KIND_LABELS.get(row.get("source_kind"), ""),
        "place_label": place(row),
        "window_label": window_phrase(row.get("window_start"), row.get("window_end")),
        "days_left": days_left,
        "days_to_start": days_to_start,
        "days_label": days_phrase(row.get("status"), row.get("window_start"), row.get("window_end"), today),
        "mode_labels": [MODE_LABELS.get(m, m) for m in lists.get("mode", json_list(row.get("mode")))],
    }


def json_list(value) -> list:
    """A stored JSON list column (attachments, materials, mode ...) as a list; [] when empty or unreadable."""
    if isinstance(value, list):
        return value
    if not isinstance(value, str) or not value.strip():
        return []
    try:
        parsed = json.loads(value)
    except ValueError:
        return [value]
    return parsed if isinstance(parsed, list) else [parsed]


def page_url(base: dict, page: int) -> str:
    params = {**base, "page": page} if page > 1 else base
    return "/?" + urlencode(params) if params else "/"


def page_links(filters: dict, q: str, page: int, total: int, capped: bool, per_page: int = PER_PAGE) -> dict:
    """Previous/next page URLs for the same filter; past the last page (?page=999), the last and
    the first page, so an empty page past the end is not a dead end."""
    base = {k: v for k, v in {"q": q, **filters}.items() if v}
    last = min(MAX_PAGE, max(1, -(-total // per_page))) if not capped else MAX_PAGE
    past_end = total > 0 and page > last
    return {
        "previous": page_url(base, page - 1) if page > 1 and not past_end else None,
        "next": page_url(base, page + 1) if page < last and page * per_page < total else None,
        "last_number": last,
        "last": page_url(base, last) if past_end else None,
        "first": page_url(base, 1) if past_end else None,
    }


def chosen_filters(filters: dict, q: str) -> list[dict]:
    """The filters in force, each with its label and the URL of the same page without it."""
    return [{"name": name, "label": FIELD_LABELS[name], "value": LABELLED_FILTERS.get(name, {}).get(value, value),
             "remove": "/?" + urlencode({k: v for k, v in {"q": q, **filters, name: ""}.items() if v})}
            for name, value in filters.items() if value]


def facet_links(facets: dict, filters: dict, q: str) -> list[dict]:
    """Each facet value as a link that adds it to the current filter (or removes it when chosen)."""
    groups = []
    for name in ("province", "exam", "kind", "status"):
        items = []
        for value, count in facets.get(name, [])[:40]:
            chosen = filters.get(name) == value
            params = {k: v for k, v in {"q": q, **filters, name: "" if chosen else value}.items() if v}
            label = LABELLED_FILTERS.get(name, {}).get(value, value)
            items.append({"label": label, "count": count, "chosen": chosen, "href": "/?" + urlencode(params)})
        if items:
            groups.append({"name": name, "label": FIELD_LABELS[name], "items": items})
    return groups


async def _feed(datasette, request, with_codes: bool = False):
    name = await notices_database(datasette)
    if name is None:
        return None, {"error": "没有可用的通知数据库。"}  # shown on the page too: Chinese only
    db = datasette.get_database(name)
    today = serving_today(datasette)
    filters, messages = read_filters(request, with_codes)
    q = _arg(request.args, "q")
    notes, exam_choices = [], []
    if filters["exam"]:
        # An exam as a candidate types it (监理, jianli, 監理): resolved when one known exam holds
        # it, else said, with the close ones as links; the filter then stays and matches nothing.
        found = resolve_exam(filters["exam"], await known_exams(db))
        filters["exam"] = found.exam or filters["exam"]
        (notes if found.exam else messages).extend([found.message] if found.message else [])
        exam_choices = [{"label": c, "href": "/?" + urlencode({k: v for k, v in {"q": q, **filters, "exam": c}.items() if v})}
                        for c in found.candidates]
    page = page_number(_arg(request.args, "page"))
    query = FeedQuery(today=today, q=q, page=page, per_page=PER_PAGE, **filters)
    result = await db.execute_fn(lambda conn: feed_page(conn, query))
    return name, {
        "today": today, "q": q, "filters": filters, "messages": messages, "notes": notes,
        "exam_choices": exam_choices, "page": page,
        "total": result.total, "total_capped": result.total_capped, "count_cap": COUNT_CAP,
        "rows": [labelled(r, today) for r in result.rows],
        "facets": result.facets, "facets_partial": result.facets_partial,
    }


async def feed_html(datasette, request):
    name, context = await _feed(datasette, request)
    if name is None:
        return Response.html(await datasette.render_template(FEED_TEMPLATE, context, request=request), status=503)
    db = datasette.get_database(name)
    provinces = [dict(r) for r in (await db.execute("select name, short from provinces order by code")).rows]
    context.update(
        database=name, provinces=provinces, kinds=KIND_LABELS, statuses=STATUS_LABELS,
        facet_groups=facet_links(context["facets"], context["filters"], context["q"]),
        chosen=chosen_filters(context["filters"], context["q"]),
        pages=page_links(context["filters"], context["q"], context["page"], context["total"], context["total_capped"]),
        json_url="/-/notices.json?" + urlencode({k: v for k, v in {"q": context["q"], **context["filters"]}.items() if v}),
        feed_url=datasette.urls.query(name, "latest", format="atom") + "?" + urlencode(
            {k: context["filters"].get(k, "") for k in ("province", "city", "exam", "kind")} | {"q": context["q"]}),
    )
    return Response.html(await datasette.render_template(FEED_TEMPLATE, context, request=request))


async def feed_json(datasette, request):
    name, context = await _feed(datasette, request, with_codes=True)
    if name is None:
        return json_response({"ok": False, "error": context["error"]}, status=503)
    if context["messages"]:
        error = " ".join(context["messages"])
        if context["exam_choices"]:
            error += " " + "、".join(c["label"] for c in context["exam_choices"])
        return json_response({"ok": False, "error": error, "status": 400}, status=400)
    keep = ("today", "q", "filters", "notes", "page", "total", "total_capped", "rows", "facets", "facets_partial")
    body = {"ok": True, **{k: context[k] for k in keep}}
    body["facets"] = {k: [{"value": v, "count": c} for v, c in items] for k, items in context["facets"].items()}
    return json_response(body)


def notice_context(row: dict, today: str) -> dict:
    """What the notice page shows, from notice_detail's row."""
    notice = labelled(row, today)
    attachments = [{"href": safe_link(a.get("url")), "text": a.get("text") or a.get("url")}
                   for a in json_list(row.get("attachments")) if isinstance(a, dict) and safe_link(a.get("url"))]
    # The whole body at once: a pinyin annotation whose tone mark was lost (`網(w ng)`) is only
    # recognised in a text that carries intact ones (db/folding.py strip_pinyin_annotations).
    paragraphs = [p.strip() for p in readable(row.get("body_text") or "").split("\n") if p.strip()]
    notice.update(
        materials=[cjk_punctuation(m) for m in json_list(row.get("materials"))],
        date_lines=[cjk_punctuation(line) for line in json_list(row.get("date_lines"))],
        places=[shown_place(p, row.get("agency")) for p in json_list(row.get("place"))],
        fee_label=cjk_punctuation(row.get("fee") or ""),
        deadline_label=cjk_punctuation(row.get("deadline_rule") or ""),
        agency_label=cjk_punctuation(row.get("agency") or ""),
        phones=json_list(row.get("phone")),
        attachments=attachments,
        paragraphs=paragraphs,
        body_form=body_form(paragraphs, attachments),
        copies=[{**c, "link": safe_link(c.get("url")), "title": shown_title(c.get("title"))}
                for c in row.get("copies") or []],
    )
    official = row.get("official") or None
    notice["official"] = {**official, "link": safe_link(official.get("url"))} if official else None
    return notice


async def notice_page(datasette, request):
    notice_id, as_json = request.url_vars["id"], request.url_vars.get("format") == "json"
    name = await notices_database(datasette)
    row = None
    today = serving_today(datasette)
    if name is not None and NOTICE_ID.fullmatch(notice_id):
        row = await datasette.get_database(name).execute_fn(lambda conn: notice_detail(conn, notice_id, today))
    if as_json:
        if row is None:
            return json_response({"ok": False, "error": "没有这条通知。No such notice.", "status": 404}, status=404)
        return json_response({"ok": True, "today": today, "notice": labelled(row, today)})
    context = {"today": today, "notice": notice_context(row, today) if row else None, "database": name}
    html = await datasette.render_template(NOTICE_TEMPLATE, context, request=request)
    return Response.html(html, status=200 if row else 404)


def json_response(body: dict, status: int = 200) -> Response:
    """JSON in readable UTF-8 (Datasette's Response.json escapes every Chinese character)."""
    return Response(json.dumps(body, ensure_ascii=False, default=str), status=status,
                    content_type="application/json; charset=utf-8")


def routes():
    return [
        (r"^/$", feed_html),
        (r"^/-/notices\.json$", feed_json),
        (r"^/notice/(?P<id>[^/.]+)(\.(?P<format>json))?$", notice_page),
    ]
