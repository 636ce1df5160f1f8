"""The candidates' feed and search as one query module: a page of cards, its count and facets.

Fast at 1,000,000 notices without Datasette's table view (which counts and sorts every hit):
- counts are exact up to COUNT_CAP (10,000) and "10,000+" above (`total_capped`);
- a search with at most COUNT_CAP hits reads them all once (in rowid order) and sorts, counts
  and facets them in Python; a broader search walks the `published` index newest first and tests each notice against its hits (or, when they are very many, against the
  search index one notice at a time), so the first page never sorts every hit; its facets are
  counted over its first COUNT_CAP hits in storage order (`facets_partial`);
- without a search, counts and facets come from `feed_counts`, refreshed by the crawl's closing
  step (refresh_feed_counts in db/finish.py: only the keys its triggers marked), plus the few notices whose status can still change
  (window not yet over), read live through the window indexes, so `status` is exact for any
  `today`. Notices stored since the last refresh (a crawl under way) are counted one by one;
  a change to a stored notice shows in the counts after the next refresh.
- a status filter is a window-index range first, then the exact rule of db/schema.py status_sql.
  Both the range and the counts take window dates as the store writes them (YYYY-MM-DD); a start
  date SQLite cannot read would be `open` for ever by status_sql but is counted `unknown`.

Over 300 lines: the status rule, the filters, the precomputed counts and the search walk are one
query plan, read together (tests/test_feed_query.py checks them against plain SQL).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlite_utils

from db.exam_names import name_now
from db.schema import OPEN_ENDED_DAYS, exam_filter_sql, status_sql
from db.search import FTS_TABLE, MATCH_ALL, fts_query

COUNT_CAP = 10_000
FACETS = ("province", "exam", "kind", "status")
STATUSES = ("upcoming", "open", "closed", "unknown")
_DIMS = ("province", "city", "exam", "kind")
_FEED_COLUMNS = (
    "id", "title", "province", "city", "exam", "kind", "year", "batch", "window_start", "window_end",
    "published", "url", "withdrawn", "sample_data", "level", "specialty",
)
_OPTIONAL_COLUMNS = ("place", "mode", "exams")  # key facts and exams, when the schema has them


def _execute(conn: sqlite3.Connection, sql: str, params=()) -> sqlite3.Cursor:
    """conn.execute answering plain tuples whatever the connection's row_factory (Datasette's
    sqlite3.Row costs more per row, and this module reads tens of thousands)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params)


def _open_ended_cutoff(today: str) -> str | None:
    try:
        return (date.fromisoformat(today) - timedelta(days=OPEN_ENDED_DAYS)).isoformat()
    except ValueError:
        return None


_YMD = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def _plus_days(day: str, days: int) -> str | None:
    """SQLite's date(day, '+N days') for a YYYY-MM-DD: day 29-31 of any month rolls over as there
    (2026-02-30 is 2026-03-02), and anything else is NULL."""
    parts = _YMD.fullmatch(day)
    if not parts:
        return None
    year, month, dom = map(int, parts.groups())
    if not (1 <= month <= 12 and 1 <= dom <= 31):
        return None
    return (date(year, month, 1) + timedelta(days=dom - 1 + days)).isoformat()


def status_of(window_start: str | None, window_end: str | None, today: str) -> str:
    """db/schema.py status_sql in Python (tests/test_feed_query.py checks that they agree)."""
    if window_start is None and window_end is None:
        return "unknown"
    if window_start is not None and today < window_start:
        return "upcoming"
    if window_end is not None and today > window_end:
        return "closed"
    if window_end is None:
        last_day = _plus_days(window_start, OPEN_ENDED_DAYS)
        if last_day is not None and today > last_day:
            return "unknown"
    return "open"


@dataclass(frozen=True)
class FeedQuery:
    today: str  # YYYY-MM-DD (China), passed in: this module never reads the clock
    q: str = ""  # search text, as the search box (db.search.fts_query)
    province: str = ""  # '' = any; province and city are resolved full names (河南省, 郑州市)
    city: str = ""
    exam: str = ""
    kind: str = ""
    status: str = ""  # upcoming | open | closed | unknown, relative to `today`
    page: int = 1
    per_page: int = 20


@dataclass
class FeedPage:
    rows: list[dict]  # newest first: the feed view's columns (status as of query.today), level, specialty, place, mode
    total: int  # exact up to COUNT_CAP
    total_capped: bool  # True: "10,000+"
    facets: dict[str, list[tuple[str, int]]]  # province, exam, kind, status -> [(value, count)], biggest first
    facets_partial: bool = False  # counted over the COUNT_CAP first-stored hits only (total_capped)
    timings: dict[str, float] = field(default_factory=dict, repr=False)  # ms per step, for profiles


class _Clock:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = (now - self._last) * 1000
        self._last = now


# --- filters ------------------------------------------------------------------------------------

def _status_where(status: str, today: str) -> tuple[str, dict]:
    """A status filter as window ranges the indexes answer, then the exact rule."""
    exact = f"({status_sql(':today')}) = :status"
    params = {"today": today, "status": status, "cutoff": _open_ended_cutoff(today) or today}
    prefilter = {
        "upcoming": "n.window_start > :today",
        "closed": "n.window_end < :today",
        "unknown": "n.window_end is null",
        "open": "(n.window_end >= :today or (n.window_end is null and n.window_start >= :cutoff))",
    }.get(status)
    if prefilter is None:
        return "0", {}
    return f"{prefilter} and {exact}", params


def _filter_where(query: FeedQuery) -> tuple[list[str], dict]:
    # `+`: nearly every notice is canonical, so the duplicate_of index would only slow this down.
    clauses, params = ["+n.duplicate_of is null"], {}
    for dim in _DIMS:
        value = getattr(query, dim)
        if value:
            clauses.append(exam_filter_sql("n", ":exam") if dim == "exam" else f"n.{dim} = :{dim}")
            params[dim] = value
    if query.status:
        clause, extra = _status_where(query.status, query.today)
        clauses.append(clause)
        params.update(extra)
    return clauses, params


def _facets(counter: dict[str, Counter]) -> dict[str, list[tuple[str, int]]]:
    return {
        name: sorted(((v, c) for v, c in counter[name].items() if v not in (None, "") and c > 0),
                     key=lambda vc: (-vc[1], vc[0]))
        for name in FACETS
    }


# --- precomputed counts -------------------------------------------------------------------------

_CUBE_SQL = """
select province, city, exam, kind, count(*) as notices,
       sum(window_start is null and window_end is null) as no_window,
       sum(window_start is not null and window_end is null) as start_only
from notices where duplicate_of is null group by 1, 2, 3, 4"""
# One key's counts: `is` matches a missing value to a missing one; the (province, exam, …) index
# narrows it to the notices of one province and exam.
_KEY_SQL = """
select province, city, exam, kind, count(*) as notices,
       sum(window_start is null and window_end is null) as no_window,
       sum(window_start is not null and window_end is null) as start_only
from notices where province is ? and city is ? and exam is ? and kind is ? and duplicate_of is null"""


MARKER_ID = ""  # the row of feed_counts holding as_of and the refresh stamp (every other row is a key)
_INSERT_COUNTS = ("insert into feed_counts (id, province, city, exam, kind, notices, no_window, start_only)"
                  " values (?, ?, ?, ?, ?, ?, ?, ?)")


def count_key(province, city, exam, kind) -> str:
    """A key's id in feed_counts (db/schema.py _mark_key writes the same in SQL)."""
    return "\x1f".join("\x00" if v is None else str(v) for v in (province, city, exam, kind))


def refresh_feed_counts(db: sqlite_utils.Database, full: bool = False) -> int:
    """Bring `feed_counts` (canonical notices per province, city, exam and kind) up to date.

    Called by the crawl's closing step, after copies are grouped. Only the keys marked dirty by
    the notices' triggers since the last refresh are recounted (each through the province/exam
    index), so the cost follows what the run wrote; `full`, or a table never filled, recounts
    every key. Answers the number of keys recounted."""
    stamp = uuid.uuid4().hex
    with db.atomic():
        (as_of,) = db.execute("select coalesce(max(rowid), 0) from notices").fetchone()
        marker = db.execute("select 1 from feed_counts where id = ?", [MARKER_ID]).fetchone()
        if full or marker is None:
            rows = db.execute(_CUBE_SQL).fetchall()
            db.execute("delete from feed_counts")
        else:
            rows = []
            for key in db.execute("select province, city, exam, kind from feed_counts_dirty").fetchall():
                db.execute("delete from feed_counts where id = ?", [count_key(*key)])
                rows += db.execute(_KEY_SQL, list(key)).fetchall()
        db.conn.executemany(_INSERT_COUNTS, [(count_key(*r[:4]), *r) for r in rows if r[4]])
        db.execute("insert or replace into feed_counts (id, notices, as_of, refreshed) values (?, 0, ?, ?)",
                   [MARKER_ID, as_of, stamp])
        db.execute("delete from feed_counts_dirty")
    return len(rows)


# The notices whose status is not settled by their window alone: a window not over yet, or an
# open-ended one less than OPEN_ENDED_DAYS old (window indexes). Every other notice with an end
# date is closed, every other one without is unknown.
_LIVE_SQL = """
select n.province, n.city, n.exam, n.kind, n.window_start, n.window_end from notices n
where (n.window_end >= :today or n.window_start > :today or (n.window_end is null and n.window_start >= :cutoff))
  and +n.duplicate_of is null and +n.rowid <= :as_of"""
# Notices stored since the last refresh (a crawl under way): counted one by one.
_NEW_SQL = """
select n.province, n.city, n.exam, n.kind, n.window_start, n.window_end from notices n
where n.rowid > :as_of and +n.duplicate_of is null"""

# Per process, keyed by the database file and what the figures depend on (feed_counts' stamp,
# the notices' largest rowid, today): per-key status counts (a few MB each, so few are kept) and
# the counts and facets of each filter asked for (small).
_CACHE: dict[tuple, object] = {}
_CACHE_ENTRIES = {"settled": 2, "status": 2, "several": 2, "facets": 256}


def _cached(key: tuple, compute):
    if key[1] and key in _CACHE:  # key[1]: the database file ('' for an in-memory one)
        return _CACHE[key]
    value = compute()
    if key[1]:
        same_kind = [k for k in _CACHE if k[0] == key[0]]
        for old in same_kind[:max(len(same_kind) - _CACHE_ENTRIES[key[0]] + 1, 0)]:
            _CACHE.pop(old, None)
        _CACHE[key] = value
    return value


def _settled_counts(conn: sqlite3.Connection, today: str, as_of: int) -> dict[tuple, dict[str, int]]:
    """(province, city, exam, kind) -> status -> canonical notices up to rowid `as_of`, as of `today`."""
    per_key: dict[tuple, dict[str, int]] = {}
    cube = f"select province, city, exam, kind, notices, no_window, start_only from feed_counts where id != '{MARKER_ID}'"
    for province, city, exam, kind, notices, no_window, start_only in _execute(conn, cube) if as_of else ():
        per_key[(province, city, exam, kind)] = {
            "closed": notices - no_window - start_only, "unknown": no_window + start_only
        }
    params = {"today": today, "cutoff": _open_ended_cutoff(today) or today, "as_of": as_of}
    for province, city, exam, kind, ws, we in _execute(conn, _LIVE_SQL, params):
        counts = per_key.setdefault((province, city, exam, kind), {})
        assumed = "unknown" if we is None else "closed"
        counts[assumed] = counts.get(assumed, 0) - 1
        status = status_of(ws, we, today)
        counts[status] = counts.get(status, 0) + 1
    return per_key


def _status_counts(conn: sqlite3.Connection, today: str, version: tuple) -> dict[tuple, dict[str, int]]:
    """The settled counts (cached per refresh and day, so a crawl under way does not recompute
    them), plus the notices stored since the refresh."""
    path, as_of, stamp, max_rowid = version
    settled = _cached(("settled", path, as_of, stamp, today), lambda: _settled_counts(conn, today, as_of))
    if max_rowid <= as_of:
        return settled
    per_key = {key: dict(counts) for key, counts in settled.items()}
    for province, city, exam, kind, ws, we in _execute(conn, _NEW_SQL, {"as_of": as_of}):
        counts = per_key.setdefault((province, city, exam, kind), {})
        status = status_of(ws, we, today)
        counts[status] = counts.get(status, 0) + 1
    return per_key


def data_version(conn: sqlite3.Connection) -> tuple:
    """(database file, feed_counts' as_of and stamp, notices' largest rowid): what the counts depend on."""
    path = _execute(conn, "pragma database_list").fetchone()[2]
    try:
        marker = _execute(conn, "select as_of, refreshed from feed_counts where id = ?", [MARKER_ID]).fetchone()
    except sqlite3.OperationalError:
        marker = None
    (max_rowid,) = _execute(conn, "select coalesce(max(rowid), 0) from notices").fetchone()
    as_of, stamp = marker or (0, "")  # never refreshed: every notice is counted as new
    return path, as_of, stamp, max_rowid


# Canonical notices about several exams (exam null, one notice_exams row per exam): the cube counts
# them once under no exam; an exam's filter and facet count them under each exam they name too. A notice under an old
# name (`注册税务师`, `renamed` true here) is in the cube under it, and here under the exam's name now (`税务师`), as the
# filter on that name finds it; the exam facet counts it once, under the name now (`name_now`).
_SEVERAL_SQL = """
select n.province, n.city, e.exam, n.kind, n.exam is not null as renamed, n.window_start, n.window_end
from notice_exams e join notices n on n.id = e.notice_id
where (n.exam is null or e.exam != n.exam) and n.duplicate_of is null"""


def _several_exam_counts(conn: sqlite3.Connection, today: str) -> dict[tuple, dict[str, int]]:
    """(province, city, exam, kind, renamed) -> status -> canonical notices about that exam among others, or under an old
    name of it (`renamed`)."""
    per_key: dict[tuple, dict[str, int]] = {}
    try:
        rows = _execute(conn, _SEVERAL_SQL).fetchall()
    except sqlite3.OperationalError:  # a file written before notice_exams existed
        return per_key
    for province, city, exam, kind, renamed, ws, we in rows:
        counts = per_key.setdefault((province, city, exam, kind, bool(renamed)), {})
        status = status_of(ws, we, today)
        counts[status] = counts.get(status, 0) + 1
    return per_key


def _counts_from_cube(conn: sqlite3.Connection, query: FeedQuery) -> tuple[int, dict[str, Counter]]:
    version = data_version(conn)
    per_key = _cached(("status", *version, query.today), lambda: _status_counts(conn, query.today, version))
    several = _cached(("several", *version, query.today), lambda: _several_exam_counts(conn, query.today))
    wanted = tuple(getattr(query, d) for d in _DIMS)

    def aggregate():
        total = 0
        facets = {name: Counter() for name in FACETS}
        province, exam, kind, status_facet = (facets[n] for n in FACETS)
        for key, statuses in per_key.items():
            if any(w and w != k for w, k in zip(wanted, key)):
                continue
            for status, n in statuses.items():
                if n <= 0 or (query.status and status != query.status):
                    continue
                total += n
                province[key[0]] += n
                exam[name_now(key[2])] += n
                kind[key[3]] += n
                status_facet[status] += n
        for key, statuses in several.items():  # (`zip` stops at the four dimensions wanted: `renamed` is no filter)
            if any(w and w != k for w, k in zip(wanted, key)):
                continue
            for status, n in statuses.items():
                if query.status and status != query.status:
                    continue
                if query.exam or not key[4]:  # (unfiltered, an old name's notice was counted above, under the name now)
                    exam[key[2]] += n  # under each exam it names (the exam facet's counts overlap)
                if query.exam:  # the filter's own notices: counted once, under this exam
                    total += n
                    province[key[0]] += n
                    kind[key[3]] += n
                    status_facet[status] += n
        return total, facets

    return _cached(("facets", *version, query.today, wanted, query.status), aggregate)


# --- rows ---------------------------------------------------------------------------------------

def _notice_columns(conn: sqlite3.Connection) -> list[str]:
    have = {r[1] for r in _execute(conn, "pragma table_info(notices)")}
    return [c for c in (*_FEED_COLUMNS, *_OPTIONAL_COLUMNS) if c in have]


def _rows_by_rowid(conn: sqlite3.Connection, rowids: list[int], today: str) -> list[dict]:
    if not rowids:
        return []
    columns = ", ".join(f"n.[{c}]" for c in _notice_columns(conn))
    marks = ", ".join("?" for _ in rowids)
    cursor = _execute(conn,
        f"""select n.rowid as _rowid, {columns}, s.name as source_name, s.kind as source_kind,
               (select count(*) from notices c where c.duplicate_of = n.id) as copies
            from notices n left join sources s on s.id = n.source_id where n.rowid in ({marks})""",
        rowids,
    )
    names = [d[0] for d in cursor.description]
    by_rowid = {}
    for values in cursor:
        row = dict(zip(names, values))
        row["status"] = status_of(row["window_start"], row["window_end"], today)
        by_rowid[row.pop("_rowid")] = row
    return [by_rowid[r] for r in rowids if r in by_rowid]


def _offset(query: FeedQuery) -> int:
    return (max(query.page, 1) - 1) * max(query.per_page, 1)


def _unsearched_page(conn, query: FeedQuery) -> FeedPage:
    started = time.perf_counter()
    total, facets = _counts_from_cube(conn, query)
    clauses, params = _filter_where(query)
    limit, offset = max(query.per_page, 1), _offset(query)
    # Walk the published index newest first and skip what the filters reject, unless an index
    # of a filter holds fewer rows than that walk reads (then SQLite sorts those rows).
    everything, every_facet = _counts_from_cube(conn, FeedQuery(today=query.today))
    walk = (offset + limit) * everything / max(total, 1)
    by_filter = [dict(every_facet[d]).get(getattr(query, d), 0) for d in ("province", "exam", "kind") if getattr(query, d)]
    if query.city or query.status in ("open", "upcoming"):
        by_filter.append(0)
    hint = "indexed by idx_notices_published" if walk <= min(by_filter, default=everything) else ""
    rowids = [r[0] for r in _execute(conn,
        f"select n.rowid from notices n {hint} where {' and '.join(clauses)} "
        "order by n.published desc, n.id limit :limit offset :offset",
        {**params, "limit": limit, "offset": offset},
    )]
    return FeedPage(_rows_by_rowid(conn, rowids, query.today), total, False, _facets(facets),
                    timings={"total": (time.perf_counter() - started) * 1000})


# A probe of the search index for one notice (the published walk of a broad search) costs about
# 70 us at 1,000,000 notices; reading one more hit's rowid from the index about 1.2 us. So a
# search reads its hits' rowids into a set and walks the published index against that set, unless
# the hits are so many that probing the few newest notices one by one is cheaper.
PROBE_US, HIT_US = 70.0, 1.2
_CHUNK = 2000


def _match(query: FeedQuery) -> str:
    """The search, narrowed by the place filters: the index holds each notice's province and city
    (a filter's value is compared exactly in SQL too; this only spares reading other places' hits)."""
    match = fts_query(query.q)
    for column in ("province", "city"):
        value = getattr(query, column)
        if value and fts_query(value) != MATCH_ALL:
            match = f"({match}) AND {column} : ({fts_query(value)})"
    return match


def _filtered_hits(conn, chunks, clauses: list[str], params: dict, cap: int, today: str) -> list[tuple]:
    """The first cap + 1 hits (in rowid order) that pass the filters, with what facets need;
    reads `chunks` of hit rowids only as far as it must."""
    found: list[tuple] = []
    for chunk in chunks:
        rows = _execute(conn,
            f"""select n.rowid, n.published, n.id, n.province, n.exam, n.kind, {status_sql(':today')},
                       case when n.exam is null then n.exams end
                from notices n where n.rowid in (select value from json_each(:ids)) and {' and '.join(clauses)}""",
            {**params, "ids": json.dumps(chunk), "today": today},
        ).fetchall()
        rows.sort(key=lambda r: r[0])
        found.extend(rows)
        if len(found) > cap:
            break
    return found[:cap + 1]


def _exams_counted(exam: str | None, several: str | None, wanted: str) -> list[str | None]:
    """The exams a hit counts under in the exam facet: its one exam (by its name now: an old name's notice is under the
    exam's name now), or each of several (only the filter's own, when an exam is filtered on), as the cube counts them."""
    if exam is not None or not several:
        return [name_now(exam)]
    try:
        named = json.loads(several)
    except ValueError:
        return [None]
    return [wanted] if wanted else [e for e in named if isinstance(e, str)] or [None]


def _walk(conn, clauses: list[str], params: dict, wanted: int, member) -> list[int]:
    """Rowids of the newest `wanted` notices passing the filters and `member`, newest first."""
    cursor = _execute(conn,
        f"select n.rowid from notices n indexed by idx_notices_published where {' and '.join(clauses)} "
        "order by n.published desc, n.id",
        params,
    )
    out: list[int] = []
    while len(out) < wanted and (batch := cursor.fetchmany(256)):
        out.extend(r[0] for r in batch if member(r[0]))
    cursor.close()
    return out[:wanted]


def _searched_page(conn, query: FeedQuery, cap: int) -> FeedPage:
    clock = _Clock()
    match = _match(query)
    clauses, params = _filter_where(query)
    offset, per_page = _offset(query), max(query.per_page, 1)
    # In rowid order: FTS5 reads a phrase's hits backwards up to 3x slower.
    cursor = _execute(conn, f"select rowid from {FTS_TABLE} where {FTS_TABLE} match ?", [match])
    read: list[int] = []  # hit rowids read so far, first stored first

    def chunks(size: int = cap + 1):
        while batch := cursor.fetchmany(size):
            ids = [r[0] for r in batch]
            read.extend(ids)
            yield ids
            size = _CHUNK

    hits = _filtered_hits(conn, chunks(), clauses, params, cap, query.today)
    clock.lap("hits")
    capped = len(hits) > cap
    hits = hits[:cap]
    if capped:
        # Share of notices this search and filter keep, from how far its first hits reach.
        (max_rowid,) = _execute(conn, "select max(rowid) from notices").fetchone()
        density = cap / max(hits[-1][0], cap)
        probes = (offset + per_page) / density * PROBE_US
        unread_hits = (max_rowid - read[-1]) * len(read) / max(read[-1], 1)
        every_hit_read = probes > unread_hits * HIT_US
        if every_hit_read:
            read.extend(r[0] for r in cursor)
            clock.lap("every_hit")
    cursor.close()
    facets = {name: Counter(h[i] for h in hits) for i, name in ((3, "province"), (5, "kind"), (6, "status"))}
    facets["exam"] = Counter(e for h in hits for e in _exams_counted(h[4], h[7], query.exam))
    if not capped:
        hits.sort(key=lambda h: h[2])
        hits.sort(key=lambda h: h[1] or "", reverse=True)
        rowids = [h[0] for h in hits[offset:offset + per_page]]
    elif every_hit_read:
        # Newest first without sorting every hit: walk the published index against the hits.
        members = set(read)
        rowids = _walk(conn, clauses, params, offset + per_page, members.__contains__)[offset:]
    else:
        probe = f"select 1 from {FTS_TABLE} where {FTS_TABLE} match ? and rowid = ?"
        rowids = _walk(conn, clauses, params, offset + per_page,
                       lambda rowid: _execute(conn, probe, [match, rowid]).fetchone() is not None)[offset:]
    clock.lap("order")
    rows = _rows_by_rowid(conn, rowids, query.today)
    clock.lap("rows")
    return FeedPage(rows, len(hits), capped, _facets(facets), facets_partial=capped, timings=clock.laps)


def feed_page(conn: sqlite3.Connection, query: FeedQuery, cap: int = COUNT_CAP) -> FeedPage:
    """One page of the feed (canonical notices only), newest first, with its count and facets."""
    if query.q.strip():
        return _searched_page(conn, query, cap)
    return _unsearched_page(conn, query)


def notice_detail(conn: sqlite3.Connection, notice_id: str, today: str) -> dict | None:
    """One notice (every column), its status and source, its copies and, for a copy, its official row."""
    cursor = _execute(conn,
        """select n.*, s.name as source_name, s.kind as source_kind, s.home_url as source_url
           from notices n left join sources s on s.id = n.source_id where n.id = ?""",
        [notice_id],
    )
    values = cursor.fetchone()
    if values is None:
        return None
    row = dict(zip([d[0] for d in cursor.description], values))
    row["status"] = status_of(row["window_start"], row["window_end"], today)
    row["copies"] = [
        dict(zip(("id", "url", "source_name", "title"), r))
        for r in _execute(conn,
            """select c.id, c.url, s.name, c.title from notices c left join sources s on s.id = c.source_id
               where c.duplicate_of = ? order by c.published, c.id""",
            [notice_id],
        )
    ]
    row["official"] = None
    if row.get("duplicate_of"):
        official = _execute(conn, "select id, url from notices where id = ?", [row["duplicate_of"]]).fetchone()
        if official:
            row["official"] = {"id": official[0], "url": official[1]}
    return row
