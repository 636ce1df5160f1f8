"""Contract checks run over every registered source, in the spirit of City Scrapers' spider_contract.

A scraper that "succeeds" with zero rows for months is the failure this suite exists for: an
empty page, a truncated page and a page whose list container was renamed must each produce an
error-level log, a counted stat and a reject row — never a silent empty success.
"""

from __future__ import annotations

import ast
import logging
import re
from pathlib import Path

import pytest

from crawler.families import get_family
from crawler.offline import replica_body, response_for, spider_for
from crawler.registry import load_registry
from crawler.replica import replica_config
from pipelines.items import RejectItem

REPO = Path(__file__).resolve().parents[1]
SOURCES = [s for s in load_registry() if "waf" not in replica_config(s.replica_dir)]


def first_list_page(source) -> tuple[str, bytes]:
    url = source.start_urls[0]
    body = replica_body(source, url)
    assert body is not None, f"{source.id}: no replica file for its start URL {url}"
    if source.channel:  # the start URL is a channel page: its first sub-column is the first list
        url = get_family(source.family).channel_links(response_for(source, url, body), source)[0]
        body = replica_body(source, url)
        assert body is not None, f"{source.id}: no replica file for its first sub-column {url}"
    return url, body


def parse(source, body: bytes):
    spider = spider_for(source)
    url, _ = first_list_page(source)
    output = list(spider.parse_list(response_for(source, url, body), page=1))
    return spider, output


def renamed(body: bytes) -> bytes:
    """The same page after a redesign renamed its list container and row markup."""
    body = re.sub(rb'(class|id)="([^"]*)"', rb'\1="v2-\2"', body)
    body = re.sub(rb"(class|id)='([^']*)'", rb"\1='v2-\2'", body)
    body = re.sub(rb"<(/?)(ul|li|record|p)\b", rb"<\1div", body)  # rows and Hanweb records
    body = re.sub(rb'"(records|articleList)"', rb'"v2_\1"', body)  # JSON record lists
    body = re.sub(rb"\b(articleList)(\s*:)", rb"v2_\1\2", body)  # the same as an unquoted JS key
    return body


def assert_alarm(spider, output, caplog):
    rejects = [item for item in output if isinstance(item, RejectItem)]
    reasons = [(r.stage, r.reason) for r in rejects]
    # HTML rows that are gone, or a script list that is no longer there or no longer parses
    assert reasons in ([("list", "no_list_rows")], [("list", "list_unparsed")]), reasons
    counter = "notices/list_empty" if reasons[0][1] == "no_list_rows" else "notices/list_unparsed"
    assert spider.crawler.stats.get_value(counter) == 1
    assert any(record.levelno >= logging.ERROR and ("no list rows" in record.getMessage() or "not readable"
               in record.getMessage()) for record in caplog.records)


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_the_real_list_page_yields_rows(source):
    spider, output = parse(source, first_list_page(source)[1])
    followed = [o for o in output if not isinstance(o, RejectItem)]
    assert followed, f"{source.id}: its own replica list page yields nothing"
    assert spider.crawler.stats.get_value("notices/list_rows_seen") > 0


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_an_empty_page_is_an_alarm(source, caplog):
    spider, output = parse(source, b"")
    assert_alarm(spider, output, caplog)


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_a_renamed_list_container_is_an_alarm(source, caplog):
    spider, output = parse(source, renamed(first_list_page(source)[1]))
    assert_alarm(spider, output, caplog)


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_a_truncated_page_is_always_an_alarm(source, caplog):
    # Cut off mid-transfer: whatever rows were read before the cut are crawled, and the loss is
    # recorded every time (an HTML page without its </html>, or a list that no longer parses).
    body = first_list_page(source)[1]
    spider, output = parse(source, body[: len(body) // 3])
    rows = [o for o in output if not isinstance(o, RejectItem)]
    reasons = {(r.stage, r.reason) for r in output if isinstance(r, RejectItem)}
    assert reasons & {("list", "truncated_page"), ("list", "no_list_rows"), ("list", "list_unparsed")}, reasons
    if not rows:
        assert reasons & {("list", "no_list_rows"), ("list", "list_unparsed")}, reasons
        assert (spider.crawler.stats.get_value("notices/list_empty") or spider.crawler.stats.get_value(
            "notices/list_unparsed")) == 1
    assert any(record.levelno >= logging.ERROR for record in caplog.records)


# --------------------------------------------------------------------------- static checks

PYTHON_FILES = [p for folder in ("crawler", "pipelines", "db") for p in (REPO / folder).rglob("*.py")]
BROWSER_AGENT = re.compile(r"Mozilla/|Chrome/\d|Safari/\d|AppleWebKit")


def test_no_spoofed_browser_user_agent():
    from crawler import settings

    assert not BROWSER_AGENT.search(settings.USER_AGENT)
    assert "certnotices" in settings.USER_AGENT
    for path in PYTHON_FILES + [REPO / "crawler" / "registry.yaml"]:
        assert not BROWSER_AGENT.search(path.read_text("utf-8")), f"browser user agent in {path}"


def test_no_hard_coded_cookies():
    cookie = re.compile(r"""(cookies\s*=\s*\{|['"]Cookie['"]\s*:|COOKIES_ENABLED\s*=\s*False)""")
    for path in PYTHON_FILES:
        if "replica" in path.name:
            continue  # the replica server is the site, not the crawler
        assert not cookie.search(path.read_text("utf-8")), f"hard-coded cookie handling in {path}"


def test_no_bare_except_pass():
    for path in PYTHON_FILES:
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler):
                silent = all(isinstance(stmt, ast.Pass) for stmt in node.body)
                assert not (node.type is None or silent), f"{path}:{node.lineno} swallows an exception silently"
