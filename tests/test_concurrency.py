"""Crawls beside readers and beside each other, and crawls killed with SIGKILL.

- Datasette keeps answering while a crawl writes (0 failed requests), and a second crawl of the
  same database is refused with a clear message and a non-zero exit.
- A crawl killed at a random moment leaves every stored notice searchable, its run marked
  "killed" by the next crawl, and the re-run restores exactly what an uninterrupted crawl stores.
  `make test` kills at two seeded moments; `make soak` (KILL_SEEDS=N) at more.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, SOURCES_FAILED, DatasetteServer, run_notices

CONTENT = ("id", "url", "source_id", "title", "published", "province", "city", "exam", "kind", "year", "batch",
           "window_start", "window_end", "body_text", "attachments", "duplicate_of")
KILL_SEEDS = range(int(os.environ.get("KILL_SEEDS", "2")))


def crawl_process(replica_url: str, db: Path, *settings: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "--replica", replica_url, "--db", str(db), "--log-level", "WARNING",
         *(arg for setting in settings for arg in ("-s", setting))],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_for_a_running_run(db: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    """Until the crawl holds the writer lock (it records its runs as `running` under it)."""
    deadline = time.monotonic() + timeout
    while "running" not in run_reasons_read_only(db):
        assert process.poll() is None and time.monotonic() < deadline, "the crawl never started its runs"
        time.sleep(0.05)


def run_reasons_read_only(db: Path) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        return [row[0] for row in conn.execute("select finish_reason from runs")]


def content(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        return {row[0]: row for row in conn.execute(f"select {', '.join(CONTENT)} from notices")}


def unsearchable(db: Path) -> int:
    """Stored notices missing from the search index (0 when the index is not built yet and no notice is stored)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        if not conn.execute("select 1 from sqlite_master where name = 'notices'").fetchone():
            return 0
        if not conn.execute("select 1 from sqlite_master where name = 'notices_fts'").fetchone():
            return conn.execute("select count(*) from notices").fetchone()[0]
        return conn.execute(
            "select count(*) from notices n where not exists (select 1 from notices_fts f where f.rowid = n.rowid)"
        ).fetchone()[0]


@pytest.mark.parametrize("seed", KILL_SEEDS)
def test_a_killed_crawl_leaves_everything_searchable_and_a_rerun_restores_it(tmp_path, replica_url, crawled_db, seed):
    db = tmp_path / "killed.db"
    process = crawl_process(replica_url, db)
    deadline = time.monotonic() + random.Random(seed).uniform(3.0, 12.0)
    seen_missing = []
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            seen_missing.append(unsearchable(db))  # at every moment we look, nothing stored is unsearchable
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert db.exists()
    assert set(seen_missing) <= {0}, seen_missing
    assert unsearchable(db) == 0
    interrupted = run_reasons(db).count("running")
    run_notices("crawl", "--replica", replica_url, "--db", str(db), "--log-level", "WARNING", ok=(0, SOURCES_FAILED))
    assert content(db) == content(crawled_db)
    assert unsearchable(db) == 0
    reasons = run_reasons(db)
    assert "running" not in reasons
    assert reasons.count("killed") == interrupted  # the runs the kill cut short say so


def run_reasons(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        if not conn.execute("select 1 from sqlite_master where name = 'runs'").fetchone():
            return []
        return [row[0] for row in conn.execute("select finish_reason from runs")]


def hammer(base: str, db_name: str, stop: threading.Event, results: list) -> None:
    """Candidate pages, one after another, until told to stop; every answer's status kept."""
    paths = [p.replace("{db}", db_name) for p in ("/{db}/feed.json?_size=5", "/{db}/notices.json?_search=%E8%AF%81%E4%B9%A6&_size=5",
                               "/{db}/feed?province=%E6%B2%B3%E5%8D%97%E7%9C%81", "/board",
                               "/{db}/latest.atom?province=&city=&exam=&kind=&q=")]
    i = 0
    while not stop.is_set():
        url = base + paths[i % len(paths)]
        i += 1
        try:
            with urllib.request.urlopen(url, timeout=20) as response:
                response.read()
                results.append(response.status)
        except urllib.error.HTTPError as error:
            body = error.read().decode("utf-8", "replace")  # the error's text, for the failure message
            reason = re.search(r'<div class="message-error">(.*?)</div>', body, re.S)
            results.append((error.code, url, (reason.group(1) if reason else body[-300:]).strip()))
        except OSError as error:
            results.append((repr(error), url))


def schema_version(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("pragma schema_version").fetchone()[0]


def test_a_crawl_leaves_a_current_schema_alone(tmp_path, replica_url):
    """A crawl of a database whose schema is current makes no DDL at all. Each schema change makes
    Datasette's readers reload the schema, and an FTS5 table reconnected beside a concurrent write
    can fail ("vtable constructor failed"); sqlite-utils' feature probes used to change it twice
    per spider (db/store.py skip_feature_probes)."""
    db = tmp_path / "quiet.db"
    crawl = ("crawl", "--replica", replica_url, "--db", str(db), "--source", "cpta", "--source", "henan_hnrsks",
             "--source", "sichuan_scpta", "--log-level", "WARNING")
    run_notices(*crawl, ok=(0, SOURCES_FAILED))  # creates the tables, the search index and the views
    before = schema_version(db)
    with sqlite3.connect(db) as conn:  # so the second crawl has notices to write again
        conn.execute("delete from notices where source_id = 'cpta'")
    run_notices(*crawl, "-s", "NOTICES_BACKFILL=1", ok=(0, SOURCES_FAILED))
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from notices where source_id = 'cpta'").fetchone()[0] > 0
    assert schema_version(db) == before


def test_readers_never_fail_during_a_crawl_and_a_second_crawl_is_refused(tmp_path, replica_url, crawled_db):
    db = tmp_path / "busy.db"
    shutil.copy(crawled_db, db)
    server = DatasetteServer(db)
    stop, results = threading.Event(), []
    client = threading.Thread(target=hammer, args=(server.base, server.db_name, stop, results), daemon=True)
    try:
        client.start()
        # A re-crawl of a copy is incremental and quick; a backfill walks and stores every page
        # again, so readers meet a long run of writes and the second crawl meets a held lock.
        first = crawl_process(replica_url, db, "NOTICES_BACKFILL=1")
        wait_for_a_running_run(db, first)
        second = run_notices("crawl", "--replica", replica_url, "--db", str(db), check=False)
        _, first_err = first.communicate(timeout=300)
    finally:
        stop.set()
        client.join(timeout=30)
        server.stop()
    assert first.returncode in (0, SOURCES_FAILED), first_err[-2000:]
    assert second.returncode == 1
    assert "another crawl" in second.stderr and "Traceback" not in second.stderr
    failures = [r for r in results if r != 200]
    assert len(results) > 20
    assert failures == [], f"{len(failures)} of {len(results)} requests failed: {failures[:5]}"
