"""What a crawl keeps between runs and looks up before it writes: archived pages, kept
robots.txt answers, the last run of a source and its silence. The look-ups read without writing (a crawl
beside Datasette's readers or another crawl never takes a write lock just to look)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import sqlite_utils

from db.health import WALKED_STATUSES, silence
from db.store import BUSY_TIMEOUT_MS, RUNNING, open_db, upsert_row


def read_only(path: str | Path, table: str, needs: str, sql: str, params: list) -> list[tuple]:
    """Rows of `sql` on the database at `path`, read without writing; [] when the file does not
    exist yet or `table` lacks the `needs` column (a database from before that column)."""
    path = Path(path)
    if not path.exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        if needs not in {row[1] for row in conn.execute(f"pragma table_info([{table}])")}:
            return []
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def archived_pages(path: str | Path, source_id: str) -> list[tuple]:
    """(url, list_title, listed_date, published, etag, last_modified) of a source's archived pages."""
    return read_only(path, "pages", "etag",
                     "select p.url, p.list_title, p.listed_date, n.published, p.etag, p.last_modified "
                     "from pages p left join notices n on n.url = p.url where p.source_id = ?", [source_id])


def cached_robot(path: str | Path, url: str, replica: bool) -> tuple[str, int, bytes] | None:
    """(fetched, status, body) of the robots.txt answer kept for `url`, or None. One row by its
    key: every source used to read every kept answer (1,000 sources: a million rows read)."""
    rows = read_only(path, "robots_txt", "replica",
                     "select fetched, status, body from robots_txt where url = ? and replica = ?", [url, int(replica)])
    return rows[0] if rows else None


def store_robots(db: sqlite_utils.Database, row: dict) -> None:
    """Keep one robots.txt answer (`db` open for writing: the crawl's writer process)."""
    upsert_row(db, "robots_txt", row, "url")


def save_robots(path: str | Path, row: dict) -> None:
    db = open_db(path)
    try:
        store_robots(db, row)
    finally:
        db.close()


def last_run_walked_everything(path: str | Path, source_id: str) -> bool:
    """Whether the source's last finished run crawled its list to the end without failing, so
    that older list pages hold nothing it has not seen (a killed or failed run did not; a
    silent one did: it walked its list and found nothing new, pipelines/health.py)."""
    last = read_only(path, "runs", "list_failures",
                     "select finish_reason, status, list_failures from runs where source_id = ? "
                     "and finish_reason != ? order by started desc limit 1", [source_id, RUNNING])
    return bool(last) and last[0][0] == "finished" and last[0][1] in WALKED_STATUSES and not last[0][2]


def usual_rows_per_page(path: str | Path, source_id: str) -> float | None:
    """Rows per list page in the source's last run that read at least two list pages, or None."""
    last = read_only(path, "runs", "list_pages",
                     "select list_rows_seen, list_pages from runs where source_id = ? and list_pages >= 2 "
                     "and finish_reason = 'finished' order by started desc limit 1", [source_id])
    return last[0][0] / last[0][1] if last and last[0][0] else None


def source_silence(db_path: str | Path, source_id: str, today: date) -> dict | None:
    """`silence` of one source read from the database at `db_path` (read only; None without one)."""
    published = [row[0] for row in read_only(db_path, "notices", "published",
                 "select published from notices where source_id = ? and published is not null", [source_id])]
    return silence(published, today)
