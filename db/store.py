"""Storage with sqlite-utils: idempotent upserts of notices, sources, pages, rejects and runs.

Over 300 lines: every table's write and the schema upkeep share the one-statement upsert, the
per-process schema check and the China clock defined here; a table that needs more than an
upsert gets a module of its own (db/crawl_state.py, db/health.py).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import sqlite_utils
from filelock import FileLock, Timeout
from sqlite_utils.db import jsonify_if_needed

from db.schema import JSON_LIST_COLUMNS, NOTICE_INDEXES, OTHER_INDEXES, TABLES, TRIGGERS, VIEWS

CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")


def now_china() -> str:
    """The current time in China, ISO 8601 with +08:00 (every stored timestamp uses it)."""
    return datetime.now(CHINA).isoformat(timespec="seconds")


def canonical_url(url: str) -> str:
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def notice_id(url: str) -> str:
    """Stable id of a notice: the same real URL always gives the same id."""
    return hashlib.sha1(canonical_url(url).encode("utf-8")).hexdigest()[:16]


class DatabaseBusy(RuntimeError):
    """Another crawl or re-parse is writing to this database."""


@contextmanager
def writer_lock(path: str | Path) -> Iterator[None]:
    """One writer at a time per database file: a second crawl is refused with a clear message.

    An OS file lock (filelock) beside the database, released by the OS if the holder dies, so a
    crawl killed with kill -9 never blocks the next one.
    """
    lock = FileLock(f"{path}.lock")
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise DatabaseBusy(f"another crawl or re-parse is writing to {path}; not started (try again when it ends)") from None
    try:
        yield
    finally:
        lock.release()


# A writer waits this long for another to finish its transaction instead of failing at once
# with "database is locked" (a crawl beside Datasette's readers, or `notices reparse`).
BUSY_TIMEOUT_MS = 30_000


def open_db(path: str | Path, provinces: Iterable[dict] = (), cities: Iterable[dict] = ()) -> sqlite_utils.Database:
    """Open (creating if needed) a notices database with every table of the schema.

    `provinces` (and `cities`) fill the provinces (cities) reference table when it is empty (the
    rows come from the normalizer's division data, which this leaf library does not read itself).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    skip_feature_probes(db)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.enable_wal()
    ensure_schema(db, provinces, cities)
    return db


def skip_feature_probes(db: sqlite_utils.Database) -> None:
    """Answer sqlite-utils' ON CONFLICT and STRICT feature probes from the SQLite version.

    sqlite-utils probes each new Database object by creating and dropping a scratch table on its
    first upsert: every crawl spider opens its own, so one crawl changed the schema ~80 times.
    Each change makes Datasette's readers reload the schema, and an FTS5 table reconnected beside
    a concurrent write can fail ("vtable constructor failed": a 400 for the candidate's feed).
    The library has no public switch (`use_old_upsert` still runs the probe first), so its two
    cached answers are set here; tests/test_concurrency.py checks that a crawl leaves the
    schema version alone, which fails if a sqlite-utils upgrade renames them.
    """
    db._supports_on_conflict = sqlite3.sqlite_version_info >= (3, 24, 0)
    db._supports_strict = sqlite3.sqlite_version_info >= (3, 37, 0)


def view_statement(name: str, sql: str) -> str:
    return f"CREATE VIEW [{name}] AS {sql}"


def trigger_statement(name: str, sql: str) -> str:
    return f"CREATE TRIGGER [{name}] {sql}"


def index_name(columns: list[str]) -> str:
    return "idx_notices_" + "_".join(columns)  # sqlite-utils' own naming


def schema_is_current(db: sqlite_utils.Database, need_provinces: bool, need_cities: bool = False) -> bool:
    """Whether the file already has every table, column, index and view as declared."""
    for name, (columns, _) in TABLES.items():
        if not db[name].exists() or set(columns) - set(db[name].columns_dict):
            return False
    indexes = {row[0] for row in db.execute("select name from sqlite_master where type = 'index'")}
    if any(index_name(columns) not in indexes for columns in NOTICE_INDEXES):
        return False
    if any(f"idx_{table}_{'_'.join(columns)}" not in indexes for table, columns in OTHER_INDEXES):
        return False
    views = dict(db.execute("select name, sql from sqlite_master where type = 'view'").fetchall())
    if any(views.get(name) != view_statement(name, sql) for name, sql in VIEWS.items()):
        return False
    triggers = dict(db.execute("select name, sql from sqlite_master where type = 'trigger'").fetchall())
    if any(triggers.get(name) != trigger_statement(name, sql) for name, sql in TRIGGERS.items()):
        return False
    return (not need_provinces or db["provinces"].count > 0) and (not need_cities or db["cities"].count > 0)


_current_schemas: dict[tuple, int] = {}  # (file, with provinces, with cities) -> schema_version seen current


def ensure_schema(db: sqlite_utils.Database, provinces: Iterable[dict] = (), cities: Iterable[dict] = ()) -> None:
    """Create or bring up to date every table, index and view, once, in one transaction.

    An up-to-date file is not written at all, so opening a database never disturbs readers (the
    feed view used to be dropped and recreated on every open: Datasette pages answered 404/500
    in between). When something must change, readers see the old schema or the new, never none.
    """
    provinces, cities = list(provinces), list(cities)
    # Checked once per process and file while its schema stays as it was (schema_version counts
    # every change): a crawl opens the store once per source, and the full check read every
    # table's columns (~3 ms; 1,000 sources: 3 s of the crawl's single core).
    key = (str(Path(db.conn.execute("pragma database_list").fetchone()[2] or "")), bool(provinces), bool(cities))
    version = db.execute("pragma schema_version").fetchone()[0]
    if key[0] and _current_schemas.get(key) == version:
        return
    if schema_is_current(db, bool(provinces), bool(cities)):
        _current_schemas[key] = version
        return
    with db.atomic():
        for name, (columns, pk) in TABLES.items():
            table = db[name]
            if not table.exists():
                table.create(columns, pk=pk, not_null={pk})
            else:
                existing = set(table.columns_dict)
                for column, column_type in columns.items():
                    if column not in existing:
                        table.add_column(column, column_type)
        if provinces and not db["provinces"].count:
            db["provinces"].insert_all(provinces, pk="code")
        if cities and not db["cities"].count:
            db["cities"].insert_all(cities, pk="code")
        for columns in NOTICE_INDEXES:
            db["notices"].create_index(columns, index_name=index_name(columns), if_not_exists=True)
        for table, columns in OTHER_INDEXES:
            db[table].create_index(columns, index_name=f"idx_{table}_{'_'.join(columns)}", if_not_exists=True)
        triggers = dict(db.execute("select name, sql from sqlite_master where type = 'trigger'").fetchall())
        for name, sql in TRIGGERS.items():
            if triggers.get(name) != trigger_statement(name, sql):
                db.execute(f"DROP TRIGGER IF EXISTS [{name}]")
                db.execute(trigger_statement(name, sql))
        current = dict(db.execute("select name, sql from sqlite_master where type = 'view'").fetchall())
        for name, sql in VIEWS.items():
            if current.get(name) != view_statement(name, sql):
                db.execute(f"DROP VIEW IF EXISTS [{name}]")
                db.execute(view_statement(name, sql))


@lru_cache(maxsize=64)
def _upsert_sql(table: str, columns: tuple[str, ...], pk: str) -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != pk)
    return f"INSERT INTO [{table}] ({names}) VALUES ({marks}) ON CONFLICT([{pk}]) DO UPDATE SET {updates}"


def upsert_row(db: sqlite_utils.Database, table: str, row: dict, pk: str) -> None:
    """`db[table].upsert(row, pk=pk)` for the crawl's per-notice and per-source writes, as one statement.

    The statement and the value conversion are sqlite-utils' own (INSERT … ON CONFLICT DO UPDATE
    of the given columns; lists and dicts as JSON). Its upsert() reads the table's names, columns
    and rowid use again on every call: 19 statements for one row, most of the ~2 ms a crawled
    notice took to store (bench/crawl_scale.py's profile). Our tables exist with every column
    (ensure_schema), so those reads buy nothing here.
    """
    columns = tuple(row)
    statement, values = _upsert_sql(table, columns, pk), [jsonify_if_needed(row[c]) for c in columns]
    if db.conn.in_transaction:  # part of the caller's transaction (db.atomic(), a writer batch)
        db.conn.execute(statement, values)
    else:
        with db.conn:  # committed at once, as sqlite-utils' upsert() does
            db.conn.execute(statement, values)


def upsert_notice(db: sqlite_utils.Database, row: dict, seen_at: str | None = None, fetched: bool = True) -> str:
    """Insert or update one notice; `first_seen` survives re-crawls. Returns the notice id.

    `fetched=False` (a re-parse of the archived page): nothing was seen on the site, so a stored
    notice keeps its `last_seen` and its withdrawn mark."""
    seen_at = seen_at or now_china()
    row = dict(row)
    row["id"] = row.get("id") or notice_id(row["url"])
    for column in JSON_LIST_COLUMNS:
        if isinstance(row.get(column), list):
            row[column] = json.dumps(row[column], ensure_ascii=False)
    existing = next(db.query("select * from notices where id = ?", [row["id"]]), None)
    row["first_seen"] = existing["first_seen"] if existing else seen_at
    if existing and not fetched:
        row["last_seen"], row["withdrawn"] = existing["last_seen"], existing["withdrawn"]
    else:
        row["last_seen"] = seen_at
        row["withdrawn"] = None  # fetched again: the page is there
    with db.atomic():
        if existing and changed_content(existing, row):
            keep_history(db, existing, seen_at)
        upsert_row(db, "notices", row, "id")
    return row["id"]


# Columns that say when or how a notice was seen, not what it says: no history for those. The
# key facts are read from body_text: they change with it (which is history) or with our extractor
# (which is not: a new version of pipelines/keyfacts.py must not give every notice a history row).
KEY_FACT_COLUMNS = {"place", "materials", "phone", "mode", "fee", "deadline_rule", "agency"}
# `exams` is read from the title, which is content already: a new exam catalogue is not history; nor are the dated
# sentences quoted where no window was read (read from body_text, like the key facts).
DERIVED_COLUMNS = KEY_FACT_COLUMNS | {"exams", "date_lines"}
SEEN_COLUMNS = {"id", "first_seen", "last_seen", "duplicate_of", "withdrawn"}
NOT_CONTENT = SEEN_COLUMNS | DERIVED_COLUMNS


def changed_content(old: dict, new: dict) -> bool:
    return any(old.get(k) != new[k] for k in new if k not in NOT_CONTENT)


def keep_history(db: sqlite_utils.Database, old: dict, replaced: str) -> None:
    """The notice as it was before a changed page replaced it (更正, a batch appended)."""
    previous = {k: v for k, v in old.items() if k not in SEEN_COLUMNS}
    db["notice_history"].insert({
        "id": f"{old['id']}:{replaced}", "notice_id": old["id"], "replaced": replaced,
        "previous": json.dumps(previous, ensure_ascii=False, sort_keys=True),
    }, pk="id", replace=True)


def get_notice(db: sqlite_utils.Database, url: str) -> dict | None:
    """The stored notice for this URL, or None."""
    rows = list(db.query("select * from notices where id = ?", [notice_id(url)]))
    return rows[0] if rows else None


def has_page(db: sqlite_utils.Database, url: str) -> bool:
    return db.execute("select 1 from pages where url = ?", [url]).fetchone() is not None


def mark_withdrawn(db: sqlite_utils.Database, url: str, seen_at: str | None = None) -> bool:
    """Mark a stored notice whose page is gone; answers whether there was one to mark."""
    cursor = db.execute("update notices set withdrawn = coalesce(withdrawn, ?) where id = ?",
                        [seen_at or now_china(), notice_id(url)])
    return cursor.rowcount > 0


def delete_notice(db: sqlite_utils.Database, url: str) -> None:
    """A page that is no longer a certificate notice (after a classifier fix) leaves the feed."""
    db.execute("delete from notices where id = ?", [notice_id(url)])


def save_page(db: sqlite_utils.Database, page: dict) -> None:
    upsert_row(db, "pages", {**page, "fetched": page.get("fetched") or now_china()}, "url")


def record_reject(db: sqlite_utils.Database, url: str, source_id: str, stage: str, reason: str,
                  detail: str = "", seen_at: str | None = None) -> None:
    """One row per (url, reason); seeing it again bumps `count` instead of adding rows."""
    seen_at = seen_at or now_china()
    reject_id = hashlib.sha1(f"{url}\n{stage}\n{reason}".encode("utf-8")).hexdigest()[:16]
    existing = db.execute("select first_seen, count from rejects where id = ?", [reject_id]).fetchone()
    upsert_row(db, "rejects", {
        "id": reject_id, "url": url, "source_id": source_id, "stage": stage, "reason": reason,
        "detail": detail, "first_seen": existing[0] if existing else seen_at, "last_seen": seen_at,
        "count": (existing[1] if existing else 0) + 1,
    }, "id")


def sync_sources(db: sqlite_utils.Database, sources, sample_data: bool) -> None:
    for source in sources:
        upsert_row(db, "sources", {
            "id": source.id, "name": source.name, "province": source.province, "kind": source.kind,
            "family": source.family, "home_url": source.home_url,
            "start_urls": json.dumps(list(source.start_urls)), "confidence": source.confidence,
            "note": " ".join(source.note.split()), "sample_data": int(sample_data),
        }, "id")


RUNNING, KILLED = "running", "killed"


def start_run(db: sqlite_utils.Database, run: dict) -> None:
    upsert_row(db, "runs", {**run, "finish_reason": RUNNING}, "id")


def mark_killed_runs(db: sqlite_utils.Database) -> int:
    """Runs still "running" when a new crawl holds the writer lock died mid-way (kill -9, power)."""
    with db.atomic():
        cursor = db.execute("update runs set finish_reason = ? where finish_reason = ?", [KILLED, RUNNING])
    return cursor.rowcount


def record_run(db: sqlite_utils.Database, run: dict) -> None:
    upsert_row(db, "runs", run, "id")
    upsert_row(db, "sources", {
        "id": run["source_id"], "last_crawl": run["finished"], "last_status": run.get("status") or run["finish_reason"],
        "last_notices": db.execute("select count(*) from notices where source_id = ?", [run["source_id"]]).fetchone()[0],
    }, "id")
