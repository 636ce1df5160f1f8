"""One notice per event: group the copies of a notice and keep the official one as canonical.

The same notice is posted by the province, sometimes a city, and several aggregators, reworded
and days apart. Copies agree on the event key (province, exam, year, kind, batch), are
published within a few weeks of each other, and share much of their title or body. Written by
hand because no library knows what makes two certificate notices the same event; difflib-style
ratios are too slow over bodies, so similarity is character-bigram overlap.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import groupby

import sqlite_utils

# A reissue notice rarely names an exam year: a missing year (or batch) only matches a missing one.
EVENT_KEY = ("province", "exam", "year", "kind", "batch")
MAX_DAYS_APART = 45
TITLE_SIMILARITY = 0.35
BODY_SIMILARITY = 0.5
_NOISE = re.compile(r"[\s\W_0-9a-zA-Z]+")
# Words every certificate notice shares: they would make any two notices look alike.
_COMMON = re.compile(r"关于|通知|公告|证书|资格|职业|领取|发放|年度|工作|有关|事项|的")


def bigrams(text: str | None) -> set[str]:
    text = _COMMON.sub("", _NOISE.sub("", text or ""))
    return {text[i:i + 2] for i in range(len(text) - 1)}


def overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller text's bigrams found in the other: an abridged copy still scores high."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0  # an undated copy is judged on its text alone
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def windows_disjoint(a: dict, b: dict) -> bool:
    """Two rounds of the same exam (mail-out, then on-site) print windows that do not overlap."""
    if not (a["window_start"] and b["window_start"]):
        return False
    a_end, b_end = a["window_end"] or a["window_start"], b["window_end"] or b["window_start"]
    return a_end < b["window_start"] or b_end < a["window_start"]


def same_event(a: dict, b: dict) -> bool:
    # Copies come from other publishers: two pages of one site are two notices (batches,
    # corrections, a name list beside its notice), even when the event key agrees.
    if a["source_id"] == b["source_id"]:
        return False
    if days_apart(a["published"], b["published"]) > MAX_DAYS_APART or windows_disjoint(a, b):
        return False
    if overlap(grams(a, "title"), grams(b, "title")) >= TITLE_SIMILARITY:
        return True
    return overlap(grams(a, "body_text"), grams(b, "body_text")) >= BODY_SIMILARITY


def grams(notice: dict, column: str) -> set[str]:
    """The bigrams of a notice's title or body (its first 2,000 characters), kept on the row once
    read. Read only when a comparison gets that far: the closing step used to compute them for
    every touched notice, a lone notice of its key or one decided by its dates included (40% of
    the closing step's time, bench/crawl_scale.py)."""
    key = f"_grams_{column}"
    if key not in notice:
        notice[key] = bigrams((notice[column] or "")[:2000] if column == "body_text" else notice[column])
    return notice[key]


def rank(notice: dict) -> tuple:
    """Canonical first: official over aggregator, the province's own site over a city's, earliest."""
    return (
        notice["source_kind"] != "official",
        notice["source_province"] != notice["province"],
        notice["published"] or "9999",
        notice["id"],
    )


def cluster(notices: list[dict]) -> list[list[dict]]:
    """Single-link clusters of copies within one event key."""
    clusters: list[list[dict]] = []
    for notice in sorted(notices, key=rank):
        for group in clusters:
            if any(same_event(notice, member) for member in group):
                group.append(notice)
                break
        else:
            clusters.append([notice])
    return clusters


_SELECT = f"""
    select n.id, n.source_id, n.title, n.body_text, n.published, n.window_start, n.window_end, n.duplicate_of,
           {', '.join('n.' + k for k in EVENT_KEY)},
           coalesce(s.kind, 'official') as source_kind, s.province as source_province
    from notices n left join sources s on s.id = n.source_id
    where n.province is not null and n.exam is not null"""
_SAME_KEY = " and ".join(f"n.{k} is ?" for k in EVENT_KEY)  # IS: a missing year matches a missing one
# The event keys a closing step regroups: those of the notices written since the last one
# (`copies_pending`, filled by triggers: db/schema.py), of the copies of those notices (their
# canonical may have changed or gone) and of their former canonical (a bridge may have left).
_TOUCHED_KEYS = f"""
    select distinct {', '.join(EVENT_KEY)} from notices
    where province is not null and exam is not null and (
        id in (select id from copies_pending)
        or duplicate_of in (select id from copies_pending)
        or id in (select duplicate_of from notices where id in (select id from copies_pending)))"""


def _duplicates(rows: list[dict]) -> dict[str, str | None]:
    """id -> its canonical's id (None for a canonical row) over rows of one event key."""
    duplicate_of: dict[str, str | None] = {}
    for group in cluster(rows):
        canonical = group[0]["id"]
        duplicate_of[canonical] = None
        duplicate_of.update({member["id"]: canonical for member in group[1:]})
    return duplicate_of


def _key_groups(db: sqlite_utils.Database, full: bool):
    """The rows of each event key to regroup, one key at a time (memory: one key's notices)."""
    if full:
        rows = db.query(_SELECT + f" order by {', '.join('n.' + k for k in EVENT_KEY)}")
        for _, same_key in groupby(rows, key=lambda r: tuple(r[k] for k in EVENT_KEY)):
            yield list(same_key)
    else:
        for key in db.execute(_TOUCHED_KEYS).fetchall():
            yield list(db.query(_SELECT + f" and {_SAME_KEY}", list(key)))


def group_copies(db: sqlite_utils.Database, full: bool = False) -> int:
    """Bring `notices.duplicate_of` up to date; answers how many copies the table holds.

    Copies share their event key exactly, so grouping is done per key, and only the keys the
    notices written since the last closing step (`copies_pending`) can have changed: the cost
    follows the notices a run touched, not the table (issue 16). `full` regroups every key
    (the reference the incremental grouping is tested against, tests/test_crawl_scale.py).
    Keys are read and grouped one at a time, so memory holds one key's notices, not the run's.
    """
    changed: list[tuple[str | None, str]] = []
    for rows in _key_groups(db, full):
        duplicate_of = _duplicates(rows)
        changed += [(canonical, row["id"]) for row in rows
                    if (canonical := duplicate_of[row["id"]]) != row["duplicate_of"]]
    with db.conn:
        if full:
            db.execute("update notices set duplicate_of = null where duplicate_of is not null "
                       "and (province is null or exam is null)")
        else:  # a touched notice that lost its province or exam is nobody's copy any more
            db.execute("update notices set duplicate_of = null where duplicate_of is not null "
                       "and (province is null or exam is null) and id in (select id from copies_pending)")
        db.conn.executemany("update notices set duplicate_of = ? where id = ?", changed)
        db.execute("delete from copies_pending")
    return db.execute("select count(*) from notices where duplicate_of is not null").fetchone()[0]
