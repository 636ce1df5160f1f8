"""Incremental crawls: an unchanged re-crawl fetches little, a changed page is fetched and its old
version kept, conditional requests answer 304 (crawler/incremental.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from crawler.incremental import KnownPage, conditional_headers, refetch_reason
from crawler.registry import REPLICAS_DIR
from crawler.replica import start_replica_server
from tests.conftest import SOURCES_FAILED, run_notices

TODAY = date(2026, 12, 4)
OLD = KnownPage("关于领取证书的通知", "2024-11-06", "2024-11-06", '"abc"', None)


@pytest.mark.parametrize(("known", "title", "listed", "reason"), [
    (None, "关于领取证书的通知", "2024-11-06", "new"),
    (OLD, "关于领取证书的通知", "2024-11-06", None),  # known, unchanged, old: not fetched
    (OLD, "关于领取证书的通知（更正）", "2024-11-06", "changed"),
    (OLD, "关于领取证书的通知", "2024-11-07", "changed"),
    (KnownPage("t", "2026-11-30", "2026-11-30", None, None), "t", "2026-11-30", "young"),
    (KnownPage("t", "2026-11-19", "2026-11-19", None, None), "t", "2026-11-19", None),  # 15 days: old
    (KnownPage("t", None, None, None, None), "t", None, "young"),  # undated: may still change
])
def test_refetch_reason(known, title, listed, reason):
    assert refetch_reason(known, title, listed, TODAY, young_days=14) == reason


def test_conditional_headers():
    assert conditional_headers(OLD) == {"If-None-Match": '"abc"'}
    assert conditional_headers(KnownPage(None, None, None, '"e"', "Wed, 01 Jan 2025 00:00:00 GMT")) == {
        "If-None-Match": '"e"', "If-Modified-Since": "Wed, 01 Jan 2025 00:00:00 GMT"}
    assert conditional_headers(None) == {}


def crawl(url: str, db: Path, today: str, *extra: str) -> None:
    run_notices("crawl", "--replica", url, "--db", str(db), "--log-level", "WARNING",
                "-s", f"NOTICES_TODAY={today}", *extra, ok=(0, SOURCES_FAILED), timeout=300)


def run_totals(db: Path) -> tuple[int, int, int]:
    """Page requests (robots.txt left out: once per host per crawl, whatever changed), 304s, rows skipped."""
    with sqlite3.connect(db) as conn:
        return conn.execute("select coalesce(sum(requests - robots_requests), 0), coalesce(sum(not_modified), 0), "
                            "coalesce(sum(skipped_known), 0) from runs").fetchone()


def content(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        return {r[0]: r for r in conn.execute("select id, title, published, window_start, window_end, body_text from notices")}


def test_an_unchanged_recrawl_makes_at_most_a_tenth_of_the_page_requests(tmp_path, replica_url):
    db = tmp_path / "inc.db"
    crawl(replica_url, db, "2030-01-01")  # every replica notice is old by then
    first, _, _ = run_totals(db)
    before = content(db)
    crawl(replica_url, db, "2030-01-01")
    total, _, skipped = run_totals(db)
    second = total - first
    assert first > 300
    assert second <= 0.1 * first, f"second run made {second} requests, first {first}"
    assert skipped > 200
    assert content(db) == before  # nothing lost by not fetching


def test_young_notices_are_asked_conditionally_and_answer_304(tmp_path, replica_url):
    db = tmp_path / "young.db"
    crawl(replica_url, db, "2026-12-04")
    crawl(replica_url, db, "2026-12-04")
    _, not_modified, _ = run_totals(db)
    assert not_modified > 0


def test_a_corrected_notice_is_updated_and_its_old_version_kept(tmp_path):
    replicas = tmp_path / "replicas"
    shutil.copytree(REPLICAS_DIR / "hubei_hbrsksw", replicas / "hubei_hbrsksw")
    db = tmp_path / "fix.db"
    server, url = start_replica_server(replicas_dir=replicas)
    try:
        run_notices("crawl", "--source", "hubei_hbrsksw", "--replica", url, "--db", str(db), "--log-level", "WARNING")
        with sqlite3.connect(db) as conn:
            notice_id, page_url, body = conn.execute(
                "select id, url, body_text from notices order by published desc limit 1").fetchone()
        path = replicas / "hubei_hbrsksw" / page_url.split("://", 1)[1]
        html = path.read_bytes().decode("utf-8")
        first_line = body.splitlines()[0]
        assert first_line in html
        path.write_bytes(html.replace(first_line, first_line + "（更正：领取地点改为二楼大厅）", 1).encode("utf-8"))
        # today right after the notice: it is young, so it is asked for again; its ETag changed
        with sqlite3.connect(db) as conn:
            (published,) = conn.execute("select published from notices where id = ?", [notice_id]).fetchone()
        run_notices("crawl", "--source", "hubei_hbrsksw", "--replica", url, "--db", str(db), "--log-level", "WARNING",
                    "-s", f"NOTICES_TODAY={published}")
    finally:
        server.shutdown()
    with sqlite3.connect(db) as conn:
        (new_body,) = conn.execute("select body_text from notices where id = ?", [notice_id]).fetchone()
        history = conn.execute("select previous from notice_history where notice_id = ?", [notice_id]).fetchall()
    assert "更正" in new_body
    assert len(history) == 1 and json.loads(history[0][0])["body_text"] == body
