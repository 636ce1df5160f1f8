"""Reminder subscriptions (issue #15): a filter and one apprise channel URL, checked when added.

A filter takes the Atom feed's parameters (province, city, exam, kind, q), each checked against
what the normaliser can store, so a subscription that could never match is refused with the
reason and the likely spelling (`河南` -> `河南省`). A channel is an apprise URL of one of
CHANNEL_SCHEMES: email (mailto/mailtos over SMTP), 企业微信 (wecombot), 钉钉 (dingtalk),
飞书 (feishu/lark), Server酱 (schan), PushPlus (pushplus), generic webhooks (json, form, xml).
For the schemes that connect to a host the subscriber names (webhooks, the SMTP server), the
host must resolve to public addresses only, as for the crawler (crawler/safety.py): a
subscription must not make us post to 127.0.0.1, 10/8 or the cloud metadata address. The one
opt-in, for tests and local development only, is CERTNOTICES_ALLOW_LOCAL_CHANNELS=1, which lets
loopback addresses (127.0.0.0/8, ::1) through and nothing else.

Known limit (as for the crawler): the channel's own HTTP client resolves the name again and
follows redirects, so a public webhook that redirects inside is not stopped here.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from collections.abc import Callable
from datetime import date
from functools import lru_cache

import apprise
import sqlite_utils

from crawler.safety import is_public_address, system_addresses
from db.folding import simplify
from db.places import PlaceNames, city_names, province_names
from db.plugin.places import exam_choices
from db.search import MATCH_ALL, fts_query, pinyin_words
from db.store import now_china
from pipelines.exam_catalogue import catalogue
from pipelines.kind import COLLECTION, ELECTRONIC, OTHER, REISSUE
from pipelines.notice import city_rows, province_rows
from pipelines.regions import divisions, lookup_province

ALLOW_LOCAL_ENV = "CERTNOTICES_ALLOW_LOCAL_CHANNELS"
# scheme -> what it is, for messages and the README
CHANNEL_SCHEMES = {
    "mailto": "email (SMTP)", "mailtos": "email (SMTP over TLS)",
    "wecombot": "企业微信群机器人", "dingtalk": "钉钉机器人", "feishu": "飞书机器人", "lark": "飞书/Lark 机器人",
    "schan": "Server酱", "pushplus": "PushPlus",
    "json": "webhook (JSON)", "jsons": "webhook (JSON, https)", "form": "webhook (form)",
    "forms": "webhook (form, https)", "xml": "webhook (XML)", "xmls": "webhook (XML, https)",
}
# Schemes whose host is chosen by the subscriber: checked for public addresses.
HOSTED_SCHEMES = frozenset({"mailto", "mailtos", "json", "jsons", "form", "forms", "xml", "xmls"})
KINDS = (COLLECTION, REISSUE, ELECTRONIC, OTHER)
KIND_ALIASES = {"领取": COLLECTION, "邮寄": COLLECTION, "发放": COLLECTION, "补办": REISSUE, "补发": REISSUE,
                "电子证书": ELECTRONIC}
FILTER_KEYS = ("province", "city", "exam", "kind", "q")
MAX_QUERY = 100  # characters of search text
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


class BadSubscription(ValueError):
    """A filter or channel URL we refuse; the message says why and what would be accepted."""


class DuplicateSubscription(BadSubscription):
    """The same channel already follows the same filter; `existing` is that subscription's id."""

    def __init__(self, message: str, existing: str) -> None:
        super().__init__(message)
        self.existing = existing


def channel_scheme(url: str) -> str:
    """The lower-cased scheme of a channel URL ('' when it has none)."""
    match = SCHEME.match(url)
    return match.group(1).lower() if match else ""


def allow_local_channels(environ=os.environ) -> bool:
    return environ.get(ALLOW_LOCAL_ENV, "").strip() == "1"


def channel_host(plugin) -> str | None:
    """The host a hosted-scheme channel connects to (the SMTP server for email)."""
    return getattr(plugin, "smtp_host", None) or getattr(plugin, "host", None)


def address_refusal(host: str, allow_local: bool, resolve: Callable[[str], tuple[str, ...]]) -> str | None:
    """Why `host` may not receive our messages, or None."""
    try:
        addresses = (str(ipaddress.ip_address(host.strip("[]"))),)
    except ValueError:
        try:
            addresses = resolve(host)
        except OSError as error:
            return f"{host} does not resolve ({error})"
    inside = [a for a in addresses
              if not is_public_address(a) and not (allow_local and ipaddress.ip_address(a).is_loopback)]
    if inside or not addresses:
        hint = f" (tests only: {ALLOW_LOCAL_ENV}=1 allows loopback)" if not allow_local else ""
        return f"{host} is not a public address ({', '.join(inside) or 'nothing'}){hint}"
    return None


def check_channel(url: str, allow_local: bool = False,
                  resolve: Callable[[str], tuple[str, ...]] = system_addresses):
    """The apprise plugin for `url`, or BadSubscription saying what is wrong with it."""
    url = (url or "").strip()
    scheme = channel_scheme(url)
    if scheme not in CHANNEL_SCHEMES:
        raise BadSubscription(
            f"channel URL {url[:80]!r}: scheme {scheme or '(none)'!r} is not one we send to; use one of "
            + ", ".join(f"{s}:// ({what})" for s, what in CHANNEL_SCHEMES.items()))
    plugin = apprise.Apprise.instantiate(url)
    if plugin is None:
        raise BadSubscription(f"channel URL {url[:80]!r} is not a valid {scheme}:// URL for apprise "
                              "(see https://github.com/caronc/apprise/wiki for its form)")
    if scheme in HOSTED_SCHEMES:
        host = channel_host(plugin)
        refused = address_refusal(host, allow_local, resolve) if host else "no host"
        if refused:
            raise BadSubscription(f"channel URL {plugin.url(privacy=True).split('?')[0]!r} refused: {refused}")
    return plugin


def masked_channel(url: str, plugin) -> str:
    """What may be shown of a channel: its scheme and host (webhooks, SMTP) or masked key, no recipient."""
    scheme = channel_scheme(url)
    if scheme in HOSTED_SCHEMES:
        return f"{scheme}://{channel_host(plugin)}"
    private = plugin.url(privacy=True)
    return f"{scheme}://{private.split('://', 1)[1].split('/')[0].split('?')[0]}"


def _suggest(value: str, names, entity_names=()) -> str:
    close = sorted({*entity_names, *(n for n in names if value and (n.startswith(value) or value in n))})[:5]
    return f"; did you mean {' / '.join(close)}?" if close else ""


@lru_cache(maxsize=2)
def place_names(kind: str) -> PlaceNames:
    """Every accepted spelling of a province or city (db/places.py, the served pages' lookup)."""
    if kind == "province":
        return province_names([(r["code"], r["name"], r["short"]) for r in province_rows()])
    return city_names([(r["name"], r["short"]) for r in city_rows()])


def resolved_place(kind: str, value: str) -> str:
    """The stored name a place value stands for; a value naming several places (shanxi: 山西省 and
    陕西省) is refused with the served pages' own words (db/places.py PlaceNames.message), so the
    CLI and the pages never disagree. A value naming none is left for check_filter's suggestions."""
    places = place_names(kind)
    resolution = places.resolve(value)
    if resolution.name is None and resolution.candidates:
        raise BadSubscription(places.message(resolution))
    return resolution.name or value


def emitted_exams() -> set[str]:
    """The exam names a notice can be stored under (recruitment exams are named, never shown)."""
    return {e.name for e in catalogue().exams.values() if e.emit}


def resolved_exam(value: str) -> str:
    """An exam as a candidate types it, resolved to the name notices store as the served pages read it
    (db/plugin/places.py exam_choices: 二建, 社工证, 監理, jianli); BadSubscription with the choices
    (several exams hold it) or the reason (none does)."""
    exam, held = exam_choices(value, emitted_exams())
    if exam:
        return exam
    text = "".join(simplify(value).split())
    if held:
        why = f"names several exams; did you mean {' / '.join(held[:8])}?"
    elif text.isascii() and not pinyin_words(re.sub(r"[^a-z]+", "", text.lower())):
        why = ("is not an exam name we store, and no pinyin reading of it names one; "
               "give the exam in Chinese, e.g. 监理工程师 or 二建")
    else:
        why = "is not an exam name we store, nor a short name of one (e.g. 监理, 二建, 社工证)"
    raise BadSubscription(f"exam {value!r} {why}")


def check_filter(province: str = "", city: str = "", exam: str = "", kind: str = "", q: str = "") -> dict:
    """The filter with empty fields as '' and kinds spelled as stored; BadSubscription if a field
    names something the database can never hold, or if no field is given."""
    f = {k: " ".join((v or "").split()) for k, v in zip(FILTER_KEYS, (province, city, exam, kind, q))}
    d = divisions()
    # 河南 / 豫 / henan and 郑州 / zhengzhou are stored as the full name, as the served pages read them.
    f["province"] = resolved_place("province", f["province"])
    f["city"] = resolved_place("city", f["city"])
    if f["province"] and f["province"] not in d.province_by_name:
        found = lookup_province(f["province"])
        raise BadSubscription(f"province {f['province']!r} is not a province name (省份全称)"
                              + _suggest(f["province"], d.province_by_name, [found.name] if found else []))
    if f["city"]:
        cities = {e.name: e for e in d.cities.values()}
        if f["city"] not in cities:
            raise BadSubscription(f"city {f['city']!r} is not a city name (地级市全称)" + _suggest(f["city"], cities))
        if f["province"] and cities[f["city"]].province_code != d.province_by_name[f["province"]].code:
            raise BadSubscription(f"city {f['city']!r} is not in {f['province']}")
    if f["exam"]:
        f["exam"] = resolved_exam(f["exam"])
    if f["kind"]:
        f["kind"] = KIND_ALIASES.get(f["kind"], f["kind"].lower())
        if f["kind"] not in KINDS:
            raise BadSubscription(f"kind {kind!r} is not one of {', '.join(KINDS)} (or 领取, 补办, 电子证书)")
    if f["q"]:
        if len(f["q"]) > MAX_QUERY or any(ord(c) < 32 for c in f["q"]):
            raise BadSubscription(f"search text must be at most {MAX_QUERY} printable characters")
        if fts_query(f["q"]) == MATCH_ALL:
            raise BadSubscription(f"search text {f['q']!r} has nothing searchable (letters, digits or 汉字)")
    if not any(f.values()):
        raise BadSubscription("give at least one of --province, --city, --exam, --kind, --q "
                              "(a subscription to every notice is refused)")
    return f


def add_subscription(db: sqlite_utils.Database, channel_url: str, filters: dict, since: date,
                     allow_local: bool = False, created: str | None = None,
                     resolve: Callable[[str], tuple[str, ...]] = system_addresses) -> dict:
    """Check and store one subscription; answers its row (with the unsubscribe token)."""
    checked = check_filter(**filters)
    plugin = check_channel(channel_url, allow_local, resolve)
    row = {
        "id": "s" + secrets.token_hex(6), **checked, "channel_url": channel_url.strip(),
        "channel": masked_channel(channel_url.strip(), plugin), "created": created or now_china(),
        "since": since.isoformat(), "last_notified": None, "token": secrets.token_urlsafe(16),
    }
    # The same channel with the same filter (as stored: 河南 is 河南省) is refused, naming the one
    # that exists: a second copy only sends every message twice. Refused (exit 2) rather than
    # quietly answered with the existing row, because a repeat is a mistake the operator should see
    # (a script run twice, a "changed" filter that folds to the same one), and the id says which
    # subscription already does the job.
    with db.conn:
        existing = next(db.query(
            "select id from subscriptions where channel_url = ? and "
            + " and ".join(f"coalesce({k}, '') = ?" for k in FILTER_KEYS),
            [row["channel_url"], *(row[k] for k in FILTER_KEYS)]), None) if db["subscriptions"].exists() else None
        if existing:
            raise DuplicateSubscription(
                f"this channel already follows this filter: subscription {existing['id']}", existing["id"])
        db["subscriptions"].insert(row, pk="id")
    return row


def remove_subscription(db: sqlite_utils.Database, token_or_id: str) -> dict | None:
    """Delete the subscription with this unsubscribe token (or id); answers the row, or None."""
    row = next(db.query("select * from subscriptions where token = ? or id = ?", [token_or_id, token_or_id]), None)
    if row:
        with db.conn:
            db.execute("delete from subscriptions where id = ?", [row["id"]])
    return row

