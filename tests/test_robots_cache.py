"""robots.txt kept between crawls (crawler/robots.py): real crawls over a replica server that
records every request it answers."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.registry import REPLICAS_DIR
from crawler.replica import make_replica_server
from crawler.robots import crawl_now, keeps
from db.store import CHINA
from tests.conftest import SOURCES_FAILED, run_notices

SOURCES = ("cpta", "hebei_hebpta")  # cpta has no robots.txt (404); hebpta answers it with HTML


class RecordingReplica:
    """A replica server on 127.0.0.1 that records (host, path, status) of every answer."""

    def __init__(self, replicas_dir: Path = REPLICAS_DIR) -> None:
        self.server = make_replica_server(0, replicas_dir)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.seen: list[tuple[str, str, int]] = []
        seen = self.seen

        class Recording(self.server.RequestHandlerClass):
            def log_request(self, code="-", size="-"):
                seen.append(((self.headers.get("Host") or "").split(":")[0], urlsplit(self.path).path, int(code)))

        self.server.RequestHandlerClass = Recording
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def take(self) -> list[tuple[str, str, int]]:
        """What was answered since the last call."""
        taken = list(self.seen)
        del self.seen[:len(taken)]
        return taken

    @staticmethod
    def robots(requests) -> list[str]:
        return sorted(host for host, path, _ in requests if path == "/robots.txt")

    @staticmethod
    def pages(requests) -> list[tuple[str, str]]:
        return sorted((host, path) for host, path, _ in requests if path != "/robots.txt")


@pytest.fixture
def replica():
    server = RecordingReplica()
    yield server
    server.server.shutdown()


def crawl(replica: RecordingReplica, db: Path, *settings: str, sources=SOURCES):
    args = [a for s in sources for a in ("--source", s)] + [a for s in settings for a in ("-s", s)]
    run_notices("crawl", "--replica", replica.url, "--db", str(db), "--log-level", "WARNING", *args,
                ok=(0, SOURCES_FAILED))
    return replica.take()


def robots_requests_recorded(db: Path) -> int:
    """robots.txt requests the crawls themselves counted (runs.robots_requests, Scrapy's stats)."""
    with sqlite3.connect(db) as conn:
        return conn.execute("select coalesce(sum(robots_requests), 0) from runs").fetchone()[0]


def notices(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        return {r[0]: r for r in conn.execute("select id, title, published, body_text from notices")}


def test_a_second_crawl_asks_no_host_for_robots_txt_until_the_cache_expires(tmp_path, replica):
    db = tmp_path / "robots.db"
    first = crawl(replica, db, "NOTICES_TODAY=2030-01-01")
    hosts = replica.robots(first)
    assert hosts == ["www.cpta.com.cn", "www.hebpta.com.cn"]
    assert robots_requests_recorded(db) == 2
    stored = notices(db)
    assert len(stored) > 10

    # 23 h 59 min later, walking every page again (backfill): no robots.txt asked for, and the
    # kept answers (a 404, an HTML page) allow exactly the pages the fetched ones did.
    second = crawl(replica, db, "NOTICES_NOW=2030-01-01T23:59:00+08:00", "NOTICES_BACKFILL=True")
    assert replica.robots(second) == []
    assert robots_requests_recorded(db) == 2
    assert replica.pages(second) == replica.pages(first)
    assert notices(db) == stored

    # A day later the cache has expired: every host is asked again, and kept again.
    third = crawl(replica, db, "NOTICES_TODAY=2030-01-02")
    assert replica.robots(third) == hosts
    assert robots_requests_recorded(db) == 4
    with sqlite3.connect(db) as conn:
        assert {r[0] for r in conn.execute("select fetched from robots_txt")} == {"2030-01-02T00:00:00+08:00"}
    fourth = crawl(replica, db, "NOTICES_TODAY=2030-01-02")
    assert replica.robots(fourth) == []


def test_a_zero_cache_time_fetches_robots_txt_every_crawl(tmp_path, replica):
    db = tmp_path / "nocache.db"
    for _ in range(2):
        requests = crawl(replica, db, "NOTICES_TODAY=2030-01-01", "NOTICES_ROBOTSTXT_CACHE_HOURS=0", sources=("cpta",))
        assert replica.robots(requests) == ["www.cpta.com.cn"]


def test_kept_rules_still_forbid_and_a_server_error_is_asked_again(tmp_path):
    """A kept robots.txt that disallows a folder keeps it disallowed; a 500 is never kept."""
    replicas = tmp_path / "replicas"
    for source in SOURCES:
        shutil.copytree(REPLICAS_DIR / source, replicas / source)
    (replicas / "cpta" / "www.cpta.com.cn" / "robots.txt").write_text("User-agent: *\nDisallow: /notice/\n")
    config = replicas / "hebei_hebpta" / "replica.yaml"
    config.write_text(config.read_text("utf-8") + "statuses: {/robots.txt: 500}\n", "utf-8")
    server = RecordingReplica(replicas)
    try:
        db = tmp_path / "rules.db"
        first = crawl(server, db, "NOTICES_TODAY=2030-01-01")
        second = crawl(server, db, "NOTICES_TODAY=2030-01-01", "NOTICES_BACKFILL=True")
    finally:
        server.server.shutdown()
    forbidden = [p for host, p in server.pages(first + second) if host == "www.cpta.com.cn" and p.startswith("/notice/")]
    assert forbidden == []
    assert any(p.startswith("/2024/") for _, p in server.pages(second))  # the rest of cpta is still crawled
    # cpta's robots.txt came from the cache the second time; hebpta's 500 was asked for again
    # (with its retries) in both crawls, and its pages crawled as before.
    assert [h for h in server.robots(first) if h == "www.cpta.com.cn"] == ["www.cpta.com.cn"]
    assert "www.cpta.com.cn" not in server.robots(second)
    assert server.robots(first).count("www.hebpta.com.cn") >= 1
    assert server.robots(second).count("www.hebpta.com.cn") == server.robots(first).count("www.hebpta.com.cn")
    hebpta_pages = [p for h, p in server.pages(second) if h == "www.hebpta.com.cn"]
    assert len(hebpta_pages) == len([p for h, p in server.pages(first) if h == "www.hebpta.com.cn"]) > 5
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("select url from robots_txt")] == ["http://www.cpta.com.cn/robots.txt"]


def test_the_clock_and_what_is_kept():
    assert crawl_now("2030-01-01T12:30:00+08:00") == datetime(2030, 1, 1, 12, 30, tzinfo=CHINA)
    assert crawl_now("2030-01-01T12:30:00") == datetime(2030, 1, 1, 12, 30, tzinfo=CHINA)
    assert crawl_now(None, "2030-01-02") == datetime(2030, 1, 2, tzinfo=CHINA)
    assert abs((crawl_now() - datetime.now(CHINA)).total_seconds()) < 5
    assert [s for s in (200, 204, 301, 401, 403, 404, 410, 429, 500, 503) if keeps(s)] == [200, 204, 401, 403, 404, 410]
