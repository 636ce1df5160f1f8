"""Nothing lost, nothing worse: a crawl under faults never deletes or degrades a stored notice,
and records every fault it met; a clean crawl afterwards restores exactly the clean database.

Real crawls (`notices crawl` in a subprocess) over the replica server, first clean, then with
the seeded fault mode (crawler/faults.py), then clean again.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.faults import FAULT_KINDS, LOOP_MARK, FaultPlan
from crawler.registry import load_registry
from crawler.replica import start_replica_server
from tests.conftest import SOURCES_FAILED, run_notices

# Short limits, so slow, huge and Retry-After pages fail fast.
FAULT_SETTINGS = ("-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_MAXSIZE=300000")
NOTICE_FIELDS = ("id", "url", "source_id", "title", "title_raw", "published", "province", "city", "exam", "kind",
                 "year", "batch", "window_start", "window_end", "body_text", "attachments", "duplicate_of")
# A list page past the first that holds no rows is the end of the list on sites whose pager
# only tries the next number (cpta's notice_N.html): an error page there is indistinguishable.
SILENT_ON_BLIND_PAGERS = {"error_page"}
BLIND_SCHEMES = {"template", "query_param", "none"}


def notices(db: Path) -> dict[str, tuple]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(f"select {', '.join(NOTICE_FIELDS)} from notices").fetchall()
    return {row[0]: row for row in rows}


def pages(db: Path) -> dict[str, bytes]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select url, body from pages").fetchall())


def rejects(db: Path) -> dict[str, set[str]]:
    """Reasons by page, the page named without scheme and port (host/path?query) as the replica
    server sees it; a reject also counts for the URLs its detail names (the API URL a JSON
    source fetched for a public page, a redirect's hops)."""
    found: dict[str, set[str]] = {}
    with sqlite3.connect(db) as conn:
        for url, reason, detail in conn.execute("select url, reason, detail from rejects"):
            for named in [url, *URL_IN_TEXT.findall(detail or "")]:
                found.setdefault(page_key(named), set()).add(reason)
    return found


URL_IN_TEXT = re.compile(r"https?://[^\s;,'\"]+")


def page_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def crawl(db: Path, faults: FaultPlan | None = None, backfill: bool = False) -> str:
    server, url = start_replica_server(faults=faults)
    # A re-crawl fetches only what may have changed (crawler/incremental.py); these runs fetch
    # every page again on purpose, so that every stored notice meets the faults.
    again = ("-s", "NOTICES_BACKFILL=True") if backfill else ()
    try:
        result = run_notices("crawl", "--replica", url, "--db", str(db), "--log-level", "WARNING",
                             *(FAULT_SETTINGS if faults else ()), *again, timeout=400, ok=(0, SOURCES_FAILED))
    finally:
        server.shutdown()
    return result.stdout


@pytest.fixture(scope="module")
def three_runs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults")
    clean = folder / "clean.db"
    crawl(clean)
    db = folder / "notices.db"
    shutil.copy(clean, db)
    plan = FaultPlan("reliability-1", share=0.35)
    faulty_out = crawl(db, plan, backfill=True)
    after_faults = (notices(db), pages(db), rejects(db))
    crawl(db, backfill=True)
    return {"clean": clean, "db": db, "plan": plan, "after_faults": after_faults, "faulty_out": faulty_out}


def test_the_fault_mode_served_every_kind(three_runs):
    served = set(three_runs["plan"].served.values())
    assert set(FAULT_KINDS) <= served, f"not exercised: {set(FAULT_KINDS) - served}"


def test_no_notice_is_deleted_or_degraded_by_a_faulty_crawl(three_runs):
    before = notices(three_runs["clean"])
    after, _, _ = three_runs["after_faults"]
    assert set(before) <= set(after), f"deleted: {sorted(set(before) - set(after))[:5]}"
    changed = {i: (before[i], after[i]) for i in before if before[i] != after[i]}
    assert changed == {}, f"{len(changed)} notices changed under faults, e.g. {next(iter(changed.values()))}"


def test_no_archived_page_is_replaced_by_a_bad_copy(three_runs):
    before = pages(three_runs["clean"])
    _, after, _ = three_runs["after_faults"]
    replaced = [url for url in before if after.get(url) != before[url]]
    assert replaced == []


def schemes() -> dict[str, str]:
    by_host = {}
    for source in load_registry():
        for url in (source.home_url, *source.start_urls):
            by_host[urlsplit(url).hostname] = source.pagination.get("scheme", "none")
    return by_host


def test_every_fault_met_is_recorded_with_its_url(three_runs):
    plan, (_, _, recorded) = three_runs["plan"], three_runs["after_faults"]
    by_host = schemes()
    stored = set(pages(three_runs["clean"]))
    missing = []
    for served_url, fault in plan.served.items():
        if fault == "loop_back" or LOOP_MARK in served_url:
            continue
        host = served_url.split("/", 1)[0]
        if served_url in recorded:
            continue
        if fault in SILENT_ON_BLIND_PAGERS and by_host.get(host) in BLIND_SCHEMES and not any(
                page_key(url) == served_url for url in stored):
            continue
        missing.append((served_url, fault))
    assert missing == [], f"{len(missing)} faults left no reject, e.g. {missing[:6]}"


def test_a_faulty_crawl_says_so(three_runs):
    out = three_runs["faulty_out"]
    assert "kept (fetched worse)" in out
    assert "rejects" in out


def test_a_clean_crawl_after_faults_restores_the_clean_database(three_runs):
    assert notices(three_runs["db"]) == notices(three_runs["clean"])
    assert pages(three_runs["db"]) == pages(three_runs["clean"])
