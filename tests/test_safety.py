"""The network boundary (crawler/safety.py), the Retry-After wait (crawler/retry.py) and safe links."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

import pytest

from crawler.faults import FaultPlan
from crawler.replica import start_replica_server
from crawler.retry import retry_after_seconds
from crawler.safety import refusal, registered_domain, stub_resolver
from pipelines.links import is_web_link
from tests.conftest import SOURCES_FAILED, run_notices

PUBLIC = stub_resolver({"inside.example.com": "127.0.0.1", "lan.example.com": "192.168.1.20",
                        "v6.example.com": "::1", "mapped.example.com": "::ffff:10.0.0.7"})


@pytest.mark.parametrize(("url", "reason"), [
    ("https://rst.hubei.gov.cn/a.html", None),
    ("http://www.cpta.com.cn/notice.html", None),
    ("http://127.0.0.1:8080/", "non_public_address"),
    ("http://169.254.169.254/latest/meta-data/", "non_public_address"),
    ("http://10.0.0.5/x", "non_public_address"),
    ("http://[::1]/x", "non_public_address"),
    ("http://[fe80::1]/x", "non_public_address"),
    ("http://224.0.0.1/x", "non_public_address"),
    ("http://100.64.0.1/x", "non_public_address"),  # shared address space (carrier NAT)
    ("http://inside.example.com/x", "non_public_address"),  # a public-looking name pointing inside
    ("http://lan.example.com/x", "non_public_address"),
    ("http://v6.example.com/x", "non_public_address"),
    ("http://mapped.example.com/x", "non_public_address"),
    ("ftp://www.cpta.com.cn/x", "unsafe_scheme"),
    ("file:///etc/passwd", "unsafe_scheme"),
    ("JavaScript:alert(1)", "unsafe_scheme"),
    ("http:///nohost", "bad_url"),
])
def test_refusal(url, reason):
    found = refusal(url, PUBLIC)
    assert (found[0] if found else None) == reason


def test_a_name_that_does_not_resolve_is_refused():
    def fail(host):
        raise OSError("no such name")

    assert refusal("http://nowhere.example/", fail)[0] == "dns_lookup_failed"


@pytest.mark.parametrize(("url", "domain"), [
    ("https://rst.hubei.gov.cn/hbrsksw/", "hubei.gov.cn"),
    ("https://www.hebpta.com.cn:8090/door/x", "hebpta.com.cn"),
    ("http://www.233.com/jl/", "233.com"),
    ("https://btpta.xjbt.gov.cn/wjgb/", "xjbt.gov.cn"),
])
def test_registered_domain(url, domain):
    assert registered_domain(url) == domain


@pytest.mark.parametrize(("url", "ok"), [
    ("https://a.gov.cn/x", True), ("HTTP://A.GOV.CN/", True), (" http://a.gov.cn", True),
    ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False), ("data:text/html,<b>", False),
    ("mailto:a@b.c", False), ("//a.gov.cn/x", False), ("", False), (None, False),
])
def test_only_web_links_are_links(url, ok):
    assert is_web_link(url) is ok


def test_retry_after():
    now = datetime(2026, 12, 4, 8, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"30") == 30
    assert retry_after_seconds("Fri, 04 Dec 2026 08:00:45 GMT", now) == 45
    assert retry_after_seconds("Fri, 04 Dec 2026 07:00:00 GMT", now) == 0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def rejects(db) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select url, reason, detail from rejects").fetchall()


def stored_urls(db) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("select url from notices")]


def test_a_redirect_to_the_metadata_address_is_refused_and_recorded(tmp_path):
    server, url = start_replica_server(faults=FaultPlan("ssrf", share=1.0, kinds=("redirect_inside",)))
    db = tmp_path / "ssrf.db"
    try:
        result = run_notices("crawl", "--source", "hubei_hbrsksw", "--replica", url, "--db", str(db),
                             "--log-level", "ERROR", ok=(SOURCES_FAILED,))
    finally:
        server.shutdown()
    found = rejects(db)
    assert found and all(reason == "non_public_address" for _, reason, _ in found)
    assert all("169.254.169.254" in detail for _, _, detail in found)
    assert all("169.254" not in u for u, _, _ in found)  # recorded under the URL the crawl asked for
    assert stored_urls(db) == []
    assert "FAILED hubei_hbrsksw: no list rows: non_public_address" in result.stderr


@pytest.mark.parametrize("address", ["127.0.0.1", "10.20.30.40", "169.254.169.254"])
def test_a_real_crawl_refuses_a_source_whose_name_resolves_inside(tmp_path, address):
    # Real mode (no --replica), with a stub resolver standing in for a poisoned DNS answer: the
    # request is refused before any connection, so nothing leaves this machine.
    db = tmp_path / "real.db"
    hosts = json.dumps({"rst.hubei.gov.cn": address})
    result = run_notices("crawl", "--source", "hubei_hbrsksw", "--db", str(db), "--log-level", "ERROR",
                         "-s", f"NOTICES_HOST_ADDRESSES={hosts}", "-s", "ROBOTSTXT_OBEY=False", ok=(SOURCES_FAILED,))
    assert "Traceback" not in result.stderr
    found = rejects(db)
    assert [(reason, address in detail) for _, reason, detail in found] == [("non_public_address", True)]
    assert stored_urls(db) == []


def test_a_replica_crawl_checks_the_real_name_too(tmp_path, replica_url):
    db = tmp_path / "replica.db"
    hosts = json.dumps({"rst.hubei.gov.cn": "192.168.0.9"})
    run_notices("crawl", "--source", "hubei_hbrsksw", "--replica", replica_url, "--db", str(db),
                "--log-level", "ERROR", "-s", f"NOTICES_HOST_ADDRESSES={hosts}", ok=(SOURCES_FAILED,))
    assert {reason for _, reason, _ in rejects(db)} == {"non_public_address"}
    assert stored_urls(db) == []
