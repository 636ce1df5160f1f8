"""The province board (/board) and the "订阅 Atom feed" / "日历 .ics" links on table and query pages."""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urlsplit

from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from db.exam_names import name_now
from db.feed import data_version, status_of
from db.labels import KIND_LABELS, SOURCE_KIND_LABELS, STATUS_LABELS, window_phrase
from db.plugin.places import resolve_exam
from db.plugin.today import serving_today
from db.schema import exam_filter_sql

# Two things a candidate looks for: /board (templates/pages/board.html, a coloured grid of
# provinces for one exam and year) and an "订阅 Atom feed" link on the feed/notices table pages
# and the canned query pages (templates/_description_source_license.html), for the filter on
# screen. Both are filled in here through extra_template_vars.
#
# The board is built server-side: this section runs BOARD_NOTICES_SQL (the page and /board.json
# read the same cells, judged on the serving day) and the template renders finished HTML. Chosen over a same-origin fetch() of province_board.json because the
# page then works without JavaScript, is one request, shows the grid the moment it loads (no
# empty page to screenshot or to read with a screen reader), and the only code that decides
# which URLs become links is this Python, which lets through http(s) only.

BOARD_TEMPLATE = "pages/board.html"
# status -> (label a candidate reads, CSS class); the order is the legend's.
BOARD_STATUSES = {
    "not yet announced": ("未发布", "none"),
    # A notice whose window cannot be judged (no dates, or a start only, long past): said as the
    # feed, the cards and the notice page say it (STATUS_LABELS["unknown"]), not in words of its own.
    "announced": (STATUS_LABELS["unknown"], "announced"),
    "upcoming": ("未开始", "upcoming"),
    "open": ("办理中", "open"),
    "closed": ("已结束", "closed"),
}
# (a notice about several exams counts for each, and one under an old name for the exam's name now: notice_exams, for
# the notices whose exam is null or other than the row's)
BOARD_CHOICES_SQL = """select exam, year, count(*) as n from (
  select exam, year from notices
  where +duplicate_of is null and exam is not null and year is not null and kind in ('collection', 'electronic')
  union all
  select e.exam, n.year from notice_exams e join notices n on n.id = e.notice_id
  where (n.exam is null or e.exam != n.exam) and n.duplicate_of is null and n.year is not null
    and n.kind in ('collection', 'electronic'))
group by exam, year"""
FEED_COLUMNS = ("province", "city", "exam", "kind")
FEED_TABLES = ("feed", "notices")
# canned query -> the latest.atom parameters its page's arguments mean, plus fixed ones; the
# third item names what the page filters on that the feed cannot (shown next to the link).
CANNED_FEEDS = {
    "latest": (("province", "city", "exam", "kind", "q"), {}, ()),
    "calendar": (("province", "city", "exam", "kind", "q"), {}, ()),
    "open_now": (("province", "exam"), {}, ("status",)),
    "upcoming": (("province", "exam"), {}, ("status",)),
    "reissue": (("province",), {"kind": "reissue"}, ()),
    "province_board": (("exam",), {}, ("year",)),
}


def safe_link(url) -> str | None:
    """A notice URL fit for an href: http(s) only (never javascript:, data:, ...)."""
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


# A year the board accepts from ?year=: four ASCII digits. str.isdigit() is not enough: it is
# True for "²" or "٢٠٢٤", which int() refuses or reads as another year (a 500 before).
YEAR_PARAM = re.compile(r"[1-9][0-9]{3}")
EXAM_PARAM_MAX = 100  # characters; an exam name is ~10, a longer ?exam= matches nothing anyway


def pick_exam_year(choices: list[dict], exam: str | None, year: str | None) -> tuple[str, int | None]:
    """The requested exam and year; by default the most common exam and its latest year.

    Anything else in ?year= than a four-digit year is ignored (the default year is shown)."""
    exam = (exam or "").strip()[:EXAM_PARAM_MAX]
    if not exam:
        exam = next(iter(exams_by_count(choices)), "")
    if isinstance(year, str) and YEAR_PARAM.fullmatch(year.strip()):
        return exam, int(year.strip())
    years = [c["year"] for c in choices if c["exam"] == exam] or [c["year"] for c in choices]
    return exam, max(years) if years else None


# Every certificate notice of the exam and year, canonical rows only (a repost of an official
# notice is folded into it), with what the board needs to say official or repost.
BOARD_NOTICES_SQL = f"""select n.id, n.province, n.title, n.url, n.kind, n.level, n.specialty, n.batch, n.batch_month,
       n.window_start, n.window_end, n.published, s.kind as source_kind, s.name as source_name
from notices n left join sources s on s.id = n.source_id
where {exam_filter_sql("n", ":exam")} and n.year = :year and n.kind in ('collection', 'electronic') and n.duplicate_of is null
order by n.published desc, n.id"""
# The order in which a cell's lines decide its colour: what a candidate must act on first.
CELL_PRIORITY = ("open", "upcoming", "announced", "closed")
MAX_CELL_LINES = 4


def board_line(row: dict, today: str) -> dict:
    """One batch / specialty of one province: its own status, official or repost, and where it links."""
    status = status_of(row["window_start"], row["window_end"], today)
    status = "announced" if status == "unknown" else status
    official = row.get("source_kind") == "official"
    what = " ".join(str(p) for p in (
        f"第{row['batch']}批" if row.get("batch") else None, row.get("level"), row.get("specialty")) if p)
    return {
        "id": row["id"], "status": status, "label": BOARD_STATUSES[status][0], "css": BOARD_STATUSES[status][1],
        "official": official, "mark": SOURCE_KIND_LABELS["official" if official else "aggregator"],
        "what": what, "title": row["title"], "published": row["published"], "kind": row["kind"],
        "window_start": row["window_start"], "window_end": row["window_end"],
        # An official line opens the official notice; a repost-only line opens our notice page,
        # which says it is a repost and shows its source (never a repost passed off as official).
        "url": safe_link(row["url"]) if official else f"/notice/{row['id']}",
        "source_name": row.get("source_name"),
    }


def board_cells(provinces: list[dict], rows: list[dict], today: str) -> list[dict]:
    """One cell per province: a line per batch / specialty (newest first), coloured by the most
    pressing line (open, then upcoming, announced, closed), grey when nothing is announced."""
    by_province: dict[str, list[dict]] = {}
    for row in rows:
        by_province.setdefault(row["province"], []).append(board_line(row, today))
    cells = []
    for p in provinces:
        lines = by_province.get(p["name"], [])
        status = min((line["status"] for line in lines), key=CELL_PRIORITY.index, default="not yet announced")
        label, css = BOARD_STATUSES[status]
        cells.append({"province": p["name"], "short": p["short"] or p["name"], "status": status, "label": label,
                      "css": css, "lines": lines[:MAX_CELL_LINES], "more": max(0, len(lines) - MAX_CELL_LINES)})
    return cells


# The exams and years on the board's pickers read every notice (1 s at 1,000,000): kept per data
# version (db/feed.py data_version: the closing step's stamp and the newest rowid), so a page asks
# again only after the data changed.
_CHOICES: dict[tuple, list[dict]] = {}


async def board_choices(db) -> list[dict]:
    version = await db.execute_fn(data_version)
    if version not in _CHOICES:
        _CHOICES.clear()
        # (an old name's notices are counted under the exam's name now, from notice_exams: not offered twice)
        _CHOICES[version] = [dict(r) for r in (await db.execute(BOARD_CHOICES_SQL)).rows if name_now(r["exam"]) == r["exam"]]
    return _CHOICES[version]


async def board_context(datasette, request) -> dict:
    name = await board_database(datasette, request.actor)
    if name is None:
        return {"board": None}
    db = datasette.get_database(name)
    today = serving_today(datasette)
    choices = await board_choices(db)
    exam, year = pick_exam_year(choices, request.args.get("exam"), request.args.get("year"))
    rows = [dict(r) for r in (await db.execute(BOARD_NOTICES_SQL, {"exam": exam, "year": year})).rows]
    provinces = [dict(r) for r in (await db.execute("select name, short from provinces order by code")).rows]
    cells = board_cells(provinces, rows, today)
    for cell in cells:
        cell["feed"] = datasette.urls.query(name, "latest", format="atom") + "?" + feed_params(cell["province"], exam)
        cell["ics"] = datasette.urls.query(name, "calendar", format="ics") + "?" + feed_params(cell["province"], exam)
        cell["search"] = "/?" + urlencode({"province": cell["province"], "exam": exam})
    params = urlencode({"exam": exam, "year": year or ""})
    return {"database": name, "today": today, "board": {
        "database": name, "exam": exam, "year": year, "cells": cells, "today": today,
        "exams": exams_by_count(choices),
        "years": sorted({c["year"] for c in choices} | ({year} if year else set()), reverse=True),
        "legend": [{"status": s, "label": label, "css": css,
                    "count": sum(c["status"] == s for c in cells)} for s, (label, css) in BOARD_STATUSES.items()],
        # The board's own data as JSON (board_json below): the canned query province_board judges
        # status by the real clock and says it in English, so it is not linked as the board's JSON.
        "json_url": BOARD_JSON_PATH + "?" + params,
    }}


# --- /board.json: the board as data ---------------------------------------------------------------
# The same cells and lines as the page, from the same board_context, judged on the same serving day:
# each status as its code and, beside it, the label the page shows.
BOARD_JSON_PATH = "/board.json"
LINE_KEYS = ("id", "status", "label", "official", "mark", "what", "title", "published", "kind",
             "window_start", "window_end", "url", "source_name")


def board_json_body(board: dict) -> dict:
    def line(item: dict) -> dict:
        return {**{k: item[k] for k in LINE_KEYS}, "kind_label": KIND_LABELS.get(item["kind"], item["kind"] or ""),
                "window_label": window_phrase(item["window_start"], item["window_end"])}

    return {
        "ok": True, "today": board["today"], "exam": board["exam"], "year": board["year"],
        "exams": board["exams"], "years": board["years"], "legend": board["legend"],
        "cells": [{"province": c["province"], "short": c["short"], "status": c["status"], "label": c["label"],
                   "lines": [line(item) for item in c["lines"]], "more": c["more"], "more_url": c["search"],
                   "atom_url": c["feed"], "ics_url": c["ics"]} for c in board["cells"]],
    }


def board_exam_message(board: dict) -> str | None:
    """What the page's banner says for an exam no notice names (templates/pages/board.html), or None:
    a script cannot see a banner, and an all-grey board would read as "nothing announced"."""
    if not board["exam"] or board["exam"] in board["exams"] or any(c["lines"] for c in board["cells"]):
        return None
    found = resolve_exam(board["exam"], board["exams"])
    hint = (f"是否要看 {found.exam}？" if found.exam else "请选择：" + "、".join(found.candidates) if found.candidates
            else "请选择考试：" + "、".join(board["exams"][:12]))
    return f"没有“{board['exam']}”的证书通知。{hint}"


async def board_json(datasette, request):
    board = (await board_context(datasette, request))["board"]
    message = "没有可用的数据库。" if board is None else board_exam_message(board)
    body = {"ok": False, "error": message, "status": 503 if board is None else 400} if message else board_json_body(board)
    # Readable UTF-8, as the candidates' other JSON (Datasette's Response.json escapes every Chinese character).
    return Response(json.dumps(body, ensure_ascii=False, default=str), status=body.get("status", 200),
                    content_type="application/json; charset=utf-8")


def routes():
    return [(r"^/board\.json$", board_json)]


def feed_params(province: str, exam: str) -> str:
    return urlencode({"province": province, "city": "", "exam": exam, "kind": "", "q": ""})


def feed_link(datasette, database: str, page: str, args, canned: bool) -> dict:
    """The latest.atom URL for the filter a table or canned query page shows, and what it leaves out."""
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
        # the same filter as a calendar (db/plugin/calendar.py), shown beside the Atom link
        "ics_href": datasette.urls.query(database, "calendar", format="ics") + "?" + urlencode(params),
        "summary": " · ".join(shown) or "全部通知 all notices",
        "ignored": ignored,
    }


async def feed_link_context(datasette, template, request) -> dict:
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
