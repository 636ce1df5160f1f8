"""Storage with sqlite-utils: idempotent upserts of notices, sources, pages, rejects and runs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import sqlite_utils

from db.schema import NOTICE_INDEXES, TABLES, VIEWS

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


def open_db(path: str | Path, provinces: Iterable[dict] = ()) -> sqlite_utils.Database:
    """Open (creating if needed) a notices database with every table of the schema.

    `provinces` fills the provinces reference table when it is empty (the rows come from the
    normalizer's division data, which this leaf library does not read itself).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.enable_wal()
    ensure_schema(db, provinces)
    return db


def ensure_schema(db: sqlite_utils.Database, provinces: Iterable[dict] = ()) -> None:
    for name, (columns, pk) in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(columns, pk=pk, not_null={pk})
        else:
            existing = set(table.columns_dict)
            for column, column_type in columns.items():
                if column not in existing:
                    table.add_column(column, column_type)
    provinces = list(provinces)
    if provinces and not db["provinces"].count:
        db["provinces"].insert_all(provinces, pk="code")
    for columns in NOTICE_INDEXES:
        db["notices"].create_index(columns, if_not_exists=True)
    for name, sql in VIEWS.items():
        # Views hold no data: recreating them keeps old databases on the current definition.
        db.execute(f"drop view if exists [{name}]")
        db.create_view(name, sql)


def upsert_notice(db: sqlite_utils.Database, row: dict, seen_at: str | None = None) -> str:
    """Insert or update one notice; `first_seen` survives re-crawls. Returns the notice id."""
    seen_at = seen_at or now_china()
    row = dict(row)
    row["id"] = row.get("id") or notice_id(row["url"])
    if isinstance(row.get("attachments"), list):
        row["attachments"] = json.dumps(row["attachments"], ensure_ascii=False)
    existing = db.execute("select first_seen from notices where id = ?", [row["id"]]).fetchone()
    row["first_seen"] = existing[0] if existing else seen_at
    row["last_seen"] = seen_at
    db["notices"].upsert(row, pk="id")
    return row["id"]


def delete_notice(db: sqlite_utils.Database, url: str) -> None:
    """A page that is no longer a certificate notice (after a classifier fix) leaves the feed."""
    db.execute("delete from notices where id = ?", [notice_id(url)])


def save_page(db: sqlite_utils.Database, page: dict) -> None:
    db["pages"].upsert({**page, "fetched": page.get("fetched") or now_china()}, pk="url")


def record_reject(db: sqlite_utils.Database, url: str, source_id: str, stage: str, reason: str,
                  detail: str = "", seen_at: str | None = None) -> None:
    """One row per (url, reason); seeing it again bumps `count` instead of adding rows."""
    seen_at = seen_at or now_china()
    reject_id = hashlib.sha1(f"{url}\n{stage}\n{reason}".encode("utf-8")).hexdigest()[:16]
    existing = db.execute("select first_seen, count from rejects where id = ?", [reject_id]).fetchone()
    db["rejects"].upsert({
        "id": reject_id, "url": url, "source_id": source_id, "stage": stage, "reason": reason,
        "detail": detail, "first_seen": existing[0] if existing else seen_at, "last_seen": seen_at,
        "count": (existing[1] if existing else 0) + 1,
    }, pk="id")


def sync_sources(db: sqlite_utils.Database, sources, sample_data: bool) -> None:
    for source in sources:
        db["sources"].upsert({
            "id": source.id, "name": source.name, "province": source.province, "kind": source.kind,
            "family": source.family, "home_url": source.home_url,
            "start_urls": json.dumps(list(source.start_urls)), "confidence": source.confidence,
            "note": " ".join(source.note.split()), "sample_data": int(sample_data),
        }, pk="id")


def record_run(db: sqlite_utils.Database, run: dict) -> None:
    db["runs"].upsert(run, pk="id")
    db["sources"].upsert({
        "id": run["source_id"], "last_crawl": run["finished"], "last_status": run["finish_reason"],
        "last_notices": db.execute("select count(*) from notices where source_id = ?", [run["source_id"]]).fetchone()[0],
    }, pk="id")
