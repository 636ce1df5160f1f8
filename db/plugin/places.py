"""Place parameters that understand places: ?province=河南 / 豫 / henan is ?province=河南省.

Table pages filter `?province=` (and `?province__exact=`) on the exact column value and the
canned queries compare `:province` with it, so a short name or an abbreviation silently gave
an empty 200. An ASGI wrapper rewrites `province`, `province__exact`, `city` and
`city__exact` of a request to one of our databases (those with the `provinces` table) before
Datasette reads them, with db/places.py and the database's `provinces` and `cities` tables; a
page then shows, and its Atom / .ics links carry, the stored name.

A value that names no place (or several: shanxi) is said so instead of an empty 200:
- an HTML page is served as asked (no rows) with a warning banner naming the value (Datasette's
  messages, escaped by its template): the candidate still has the filter form and facets to fix it;
- a machine format (.json, .atom, .ics, .csv) is a 400 with the message in Chinese and English: a
  feed reader or script cannot see a banner, and an empty feed is indistinguishable from "no
  notices yet", which is the silent failure this replaces.
The candidates' page (`/`) says it in Chinese only; the JSON and Datasette's own pages keep the
Chinese and English message of db/places.py.

Kind and status given as their Chinese labels (证书补办, 办理中) are rewritten to their codes here too.

Exams get the same care (`resolve_exam`): 监理, jianli or 監理 is 监理工程师 when one known exam holds
it, and a value that names none (or several) is said, never an empty result without a word. The
candidates' pages read their exam filter themselves (db/plugin/pages.py: the page says what the
value was read as); every database path (`exam`, `exam__exact`: the feeds, the calendar, the canned
queries and tables, any format) has it rewritten here like a province, a 400 for a machine format.

A control character (C0, DEL, C1, the Unicode line and paragraph separators) in any parameter of an
Atom feed or a calendar is a 400 in Chinese, not stripped: our pages never build such a link, so it
is a hand-made or forged URL; in a calendar a CR or LF starts a property line of the caller's
choosing (and icalendar refused a LF with a 500), NUL is not even valid XML; and stripping would
subscribe the reader to a filter other than the one in the URL, silently. The 400 comes when the
subscription is made, the one moment someone can fix it. Pages and JSON escape such characters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from datasette.utils import tilde_decode

from db.exam_names import exam_of, name_now
from db.feed import data_version
from db.folding import simplify
from db.labels import KIND_LABELS, STATUS_LABELS
from db.places import PlaceNames, Resolution, city_names, province_names
from db.search import pinyin_words

PLACE_PARAMS = {"province": "province", "province__exact": "province", "city": "city", "city__exact": "city"}
# kind and status as a candidate reads them (证书补办, 办理中) are their codes (reissue, open) on every
# page, feed and calendar of ours: the Atom and .ics links and Datasette's filters compare codes.
LABEL_CODES = {key: {label: code for code, label in labels.items()}
               for key, labels in (("kind", KIND_LABELS), ("kind__exact", KIND_LABELS),
                                   ("status", STATUS_LABELS), ("status__exact", STATUS_LABELS))}
WATCHED_PARAMS = ("province", "city", "kind", "status", "exam")
MACHINE_FORMATS = (".json", ".atom", ".ics", ".csv")
FEED_FORMATS = (".atom", ".ics")  # line- and XML-shaped: no control character may reach them
EXAM_PARAMS = ("exam", "exam__exact")
# What str.splitlines() and calendar readers may take for a line break, and what XML refuses.
CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
SCOPE_KEY = "certnotices.place_messages"
# The candidates' pages (db/plugin/pages.py) name no database in their path: the first one with
# the reference tables is theirs.
CANDIDATE_PATHS = ("/", "/-/notices.json")
MESSAGE_VALUE_MAX = 60  # characters of a bad value quoted back
CANDIDATE_HTML = "/"  # the candidates' HTML page: its messages are Chinese only
PLACE_LABELS = {"province": "省份", "city": "城市"}
EXAM_CHOICES_MAX = 12  # close exams offered for an exam value that names none


def chinese_message(places: PlaceNames, resolution: Resolution) -> str:
    """The Chinese half of PlaceNames.message, for the candidates' page (the same wording)."""
    label = PLACE_LABELS[places.kind]
    if resolution.candidates:
        return f"{label}“{resolution.value}”不唯一，请选择 {' / '.join(resolution.candidates)}。"
    return f"未知{label}“{resolution.value}”，没有符合的通知。"


async def _place_names(datasette, cache: dict, name: str) -> dict[str, PlaceNames | None] | None:
    if name in cache:
        return cache[name]
    if name.startswith("_") or name not in datasette.databases:
        return None
    db = datasette.get_database(name)
    if not await db.table_exists("provinces"):
        return None
    provinces = (await db.execute("select code, name, short from provinces")).rows
    cities = (await db.execute("select name, short from cities")).rows if await db.table_exists("cities") else []
    if not provinces:
        return None  # not filled yet: asked again next request
    # A database crawled before the cities table existed: its city values are passed through as
    # typed (an empty lookup would call every city unknown) until the next crawl fills the table.
    names = {"province": province_names(provinces), "city": city_names(cities) if cities else None}
    if cities:
        cache[name] = names  # reference data, written once at the first crawl
    return names


async def _first_place_names(datasette, cache: dict) -> dict[str, PlaceNames | None] | None:
    for name in list(datasette.databases):
        names = await _place_names(datasette, cache, name)
        if names is not None:
            return names
    return None


def place_messages(request) -> list[str]:
    """The messages about place values that named no place, taken off the request (said once)."""
    return list(request.scope.pop(SCOPE_KEY, None) or ())


def _bad_request(message: str, json_body: bool) -> tuple[bytes, bytes]:
    if json_body:
        body = json.dumps({"ok": False, "error": message, "status": 400, "title": None}, ensure_ascii=False)
        return body.encode("utf-8"), b"application/json; charset=utf-8"
    return (message + "\n").encode("utf-8"), b"text/plain; charset=utf-8"


async def _send_bad_request(send, message: str, json_body: bool) -> None:
    body, content_type = _bad_request(message, json_body)
    await send({"type": "http.response.start", "status": 400, "headers": [
        (b"content-type", content_type), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def control_character_message(pairs) -> str | None:
    """The Chinese 400 message for the first parameter holding a control character, or None."""
    for key, value in pairs:
        if CONTROL_CHARACTERS.search(key) or CONTROL_CHARACTERS.search(value):
            name = CONTROL_CHARACTERS.sub("", key)[:MESSAGE_VALUE_MAX]
            return f"参数“{name}”含有控制字符（换行、回车、制表符、空字符等），订阅和日历链接不接受，请删去后再试。"
    return None


def resolve_places(datasette):
    cache: dict[str, dict[str, PlaceNames | None]] = {}

    def wrap(app):
        async def with_places(scope, receive, send):
            query_string = scope.get("query_string") or b""
            if scope.get("type") != "http":
                return await app(scope, receive, send)
            path = scope.get("path") or "/"
            if path.endswith(FEED_FORMATS) and query_string:
                said = control_character_message(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True))
                if said:
                    return await _send_bad_request(send, said, json_body=False)
            if not any(p.encode() in query_string for p in WATCHED_PARAMS):
                return await app(scope, receive, send)
            exams_db = None  # the database whose exams an ?exam= is read against (None: not here)
            if path in CANDIDATE_PATHS:  # the candidates' pages read the notices database (db/plugin/pages.py)
                names = await _first_place_names(datasette, cache)
            else:
                segments = path.lstrip("/").split("/")
                database = tilde_decode(segments[0])
                names = await _place_names(datasette, cache, database) if len(segments) > 1 else None
                exams_db = datasette.get_database(database) if names is not None else None
            if names is None:
                return await app(scope, receive, send)
            pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
            rewritten, messages = [], []
            for key, value in pairs:
                value = LABEL_CODES.get(key, {}).get(value, value)
                if key in EXAM_PARAMS and exams_db is not None and value.strip():
                    # As /-/notices.json says it: the message, then the exams it may mean.
                    exam = resolve_exam(value.strip(), await known_exams(exams_db))
                    if exam.exam is None:
                        messages.append(" ".join(filter(None, (exam.message, "、".join(exam.candidates)))))
                    else:
                        value = exam.exam
                places = names.get(PLACE_PARAMS.get(key, ""))
                if places is not None:
                    found = places.resolve(value)
                    if found.name is None:
                        shown = value if len(value) <= MESSAGE_VALUE_MAX else value[:MESSAGE_VALUE_MAX] + "…"
                        said = Resolution(shown, None, found.candidates)
                        messages.append(chinese_message(places, said) if path == CANDIDATE_HTML else places.message(said))
                    else:
                        value = found.name
                rewritten.append((key, value))
            if messages and scope["path"].endswith(MACHINE_FORMATS):
                return await _send_bad_request(send, " ".join(messages), scope["path"].endswith(".json"))
            scope = dict(scope, **{SCOPE_KEY: messages})
            if rewritten != pairs:
                scope["query_string"] = urlencode(rewritten).encode("ascii")
            return await app(scope, receive, send)

        return with_places

    return wrap


def warn_unknown_places(request, datasette) -> None:
    """Show the page's messages about place values that named no place (see the module docstring)."""
    # Popped: a page rendering more than one template says it once.
    for message in place_messages(request) if request is not None else ():
        datasette.add_message(request, message, datasette.WARNING)


# --- exams ------------------------------------------------------------------------------------

# The exams the database knows, per data version (db/feed.py data_version): read again only after
# the data changed (72 ms at 1,000,000 notices), and only for an ?exam= on the candidates' pages.
KNOWN_EXAMS_SQL = "select exam from notices where exam is not null and exam != '' group by exam"
NOTICE_EXAMS_SQL = "select exam from notice_exams group by exam"  # notices about several exams
_KNOWN_EXAMS: dict[tuple, frozenset] = {}
_NOT_LETTER = re.compile(r"[^a-z]+")


async def known_exams(db) -> frozenset:
    version = await db.execute_fn(data_version)
    if version not in _KNOWN_EXAMS:
        exams = {r[0] for r in (await db.execute(KNOWN_EXAMS_SQL)).rows}
        if await db.table_exists("notice_exams"):
            exams |= {r[0] for r in (await db.execute(NOTICE_EXAMS_SQL)).rows if r[0]}
        _KNOWN_EXAMS.clear()
        _KNOWN_EXAMS[version] = frozenset(exams)
    return _KNOWN_EXAMS[version]


@dataclass(frozen=True)
class ExamResolution:
    """`exam` to filter on (None: the value names no single exam), what to tell the candidate, and
    the known exams close to the value when it named several."""

    exam: str | None
    message: str | None = None
    candidates: tuple[str, ...] = ()


def exam_choices(value: str, known) -> tuple[str | None, list[str]]:
    """The exam a typed value stands for, or (None, the known exams holding it: several or none).

    In order: a known exam as it is (but an exam's old name, 注册税务师, is the exam's name now, 税务师, whose
    filter finds the old notices too: db/schema.py exam_filter_sql); a name of one in the exam catalogue (二建,
    社工证, 监理: the short names candidates use, which no exam name may contain), whether a notice of it is stored
    yet or not;
    else the one known exam that holds the value. Traditional and full-width forms are folded first
    (監理), and a Latin value is read as typed, in capitals (CPA) and as the words its pinyin spells
    (jianli -> 监理). The pages, feeds and `notices subscribe` all read an exam value through this."""
    if value in known:
        return name_now(value), []  # (an exam's own name reads as itself: only an old name reads otherwise)
    text = "".join(simplify(value).split())
    if text in known:
        return text, []
    words = [text]
    if text.isascii():
        words += [text.upper(), *pinyin_words(_NOT_LETTER.sub("", text.lower()))]
    named = next((exam_of(w) for w in words if exam_of(w)), None)
    if named:
        return named, []
    close = sorted(k for k in known if any(w and w in k for w in words))
    return (close[0], []) if len(close) == 1 else (None, close)


def resolve_exam(value: str, known) -> ExamResolution:
    """An exam value as typed (`exam_choices`), with what to tell the candidate. A catalogue exam with
    no notice stored yet is that exam: a feed subscribed to before its first notice is empty, not a 400."""
    shown = value if len(value) <= MESSAGE_VALUE_MAX else value[:MESSAGE_VALUE_MAX] + "…"
    exam, close = exam_choices(value, known)
    if exam:
        return ExamResolution(exam, None if exam == value else f"考试“{shown}”按“{exam}”显示。")
    if close:
        return ExamResolution(None, f"考试“{shown}”对应多个考试，请选择：", tuple(close[:EXAM_CHOICES_MAX]))
    return ExamResolution(None, f"没有名为“{shown}”的考试，没有符合的通知。")
