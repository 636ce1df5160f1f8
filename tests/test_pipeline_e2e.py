"""End to end: replica sites over real HTTP → Scrapy → SQLite → a running Datasette."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from crawler.registry import REPLICAS_DIR, load_registry
from crawler.replica import make_replica_server, replica_config, start_replica_server
from tests.conftest import SOURCES_FAILED, run_notices

SOURCE_IDS = [source.id for source in load_registry()]


def behind_waf(source) -> bool:
    """Sources whose replica imitates a WAF that no crawler without JavaScript gets past."""
    return replica_config(source.replica_dir).get("waf") is not None


OPEN_SOURCES = [s.id for s in load_registry() if not behind_waf(s)]
WAF_SOURCES = [s.id for s in load_registry() if behind_waf(s)]


def query(db_path: Path, sql: str, params=()):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.mark.parametrize("source_id", OPEN_SOURCES)
def test_every_source_yields_notices_under_real_urls(crawled_db, source_id):
    source = next(s for s in load_registry() if s.id == source_id)
    real_hosts = {urlsplit(u).hostname for u in (source.home_url, *source.start_urls)}
    rows = query(crawled_db, "select url, title, sample_data from notices where source_id = ?", [source_id])
    assert rows, f"{source_id}: no notices stored"
    for url, title, sample in rows:
        assert urlsplit(url).hostname in real_hosts, f"stored a non-real URL {url}"
        assert "127.0.0.1" not in url
        assert title
        assert sample == 1, "replica rows must be marked as sample data"


@pytest.mark.parametrize("source_id", WAF_SOURCES)
def test_a_waf_challenge_is_reported_loudly(crawled_db, source_id):
    rejects = query(crawled_db, "select stage, reason from rejects where source_id = ?", [source_id])
    assert ("list", "anti-bot challenge (412)") in rejects
    (errors,) = query(crawled_db, "select errors from runs where source_id = ?", [source_id])
    assert errors[0] >= 1
    out = (crawled_db.parent / "crawl.out").read_text("utf-8")
    assert f"{source_id}: failed (blocked: HTTP 412" in out and "anti-bot challenge (412)" in out
    assert f"FAILED {source_id}: blocked: HTTP 412" in out


def test_only_the_sources_behind_a_waf_fail_and_the_crawl_says_so(crawled_db):
    out = (crawled_db.parent / "crawl.out").read_text("utf-8")
    failed = sorted(line.split()[1].rstrip(":") for line in out.splitlines() if line.startswith("FAILED "))
    assert failed == sorted(WAF_SOURCES)
    assert (crawled_db.parent / "crawl.exit").read_text() == str(SOURCES_FAILED if WAF_SOURCES else 0)
    statuses = dict(query(crawled_db, "select id, last_status from sources"))
    assert {s for s, status in statuses.items() if status == "failed"} == set(WAF_SOURCES)
    assert "Traceback" not in out


def test_crawl_prints_summary_and_records_runs(crawled_db):
    out = (crawled_db.parent / "crawl.out").read_text("utf-8")
    assert "crawl finished:" in out
    runs = query(crawled_db, "select source_id, finish_reason from runs")
    assert {r[0] for r in runs} == set(SOURCE_IDS)
    assert all(r[1] == "finished" for r in runs)
    sources = query(crawled_db, "select id, sample_data, last_notices from sources")
    assert {s[0] for s in sources} == set(SOURCE_IDS)
    assert all(s[1] == 1 for s in sources)
    assert all(s[2] > 0 for s in sources if s[0] in OPEN_SOURCES)


def test_the_summary_says_how_the_windows_of_the_notices_stored_came_out(crawled_db):
    out = (crawled_db.parent / "crawl.out").read_text("utf-8")
    total = next(line for line in out.splitlines() if line.startswith("crawl finished:"))
    stored = int(re.search(r"(\d+) notices stored", total)[1])
    found = re.search(r"windows of the notices stored: (\d+) read, (\d+) not read \(dated sentences quoted\), "
                      r"(\d+) with no dated sentence", total)
    assert found, total
    read, quoted, none = map(int, found.groups())
    assert read + quoted + none == stored
    # (a first crawl: each notice stored once, as the database holds it)
    read_in_db = "select count(*) from notices where window_start is not null or window_end is not null"
    assert read == query(crawled_db, read_in_db)[0][0]
    assert quoted == query(crawled_db, "select count(*) from notices where window_start is null and window_end is null"
                                       " and date_lines not in ('[]', '')")[0][0]


def test_non_certificate_pages_are_archived_not_published(crawled_db):
    others = query(crawled_db, "select url from pages where outcome = 'not_certificate'")
    assert others, "the replicas hold look-alike notices; some must be classified as not certificates"
    published = {r[0] for r in query(crawled_db, "select url from notices")}
    assert not published & {r[0] for r in others}


def test_crawling_twice_keeps_the_same_rows(tmp_path, replica_url):
    db_path = tmp_path / "twice.db"
    run_notices("crawl", "--replica", replica_url, "--db", str(db_path), "--log-level", "WARNING", ok=(0, SOURCES_FAILED))
    first = query(db_path, "select id, first_seen from notices order by id")
    run_notices("crawl", "--replica", replica_url, "--db", str(db_path), "--log-level", "WARNING", ok=(0, SOURCES_FAILED))
    second = query(db_path, "select id, first_seen from notices order by id")
    assert first and first == second
    assert len(query(db_path, "select * from runs")) == 2 * len(SOURCE_IDS)


def test_a_page_that_fails_to_parse_is_rejected_and_the_crawl_goes_on(tmp_path):
    # Copy the replicas and break one detail page of the first source: its body container is renamed.
    replicas = tmp_path / "replicas"
    shutil.copytree(REPLICAS_DIR, replicas)
    source = load_registry()[0]
    detail_pages = sorted(p for p in (replicas / source.id).rglob("*.html") if "notice_" not in p.name
                          and p.name != "notice.html" and p.stat().st_size > 0)
    victim = detail_pages[0]
    victim.write_bytes(b"<html><body><div class='moved'>\xe5\x86\x85\xe5\xae\xb9</div></body></html>")
    host = victim.relative_to(replicas / source.id).parts[0]
    victim_url = "http://" + host + "/" + "/".join(victim.relative_to(replicas / source.id).parts[1:])

    server, url = start_replica_server(0, replicas)
    try:
        db_path = tmp_path / "broken.db"
        result = run_notices("crawl", "--source", source.id, "--replica", url, "--db", str(db_path),
                             "--log-level", "WARNING")
    finally:
        server.shutdown()
    assert result.returncode == 0
    assert f"{source.id}:" in result.stdout and "crawl finished:" in result.stdout
    assert "neither title nor body matched" in result.stderr
    rejects = query(db_path, "select url, stage, reason from rejects")
    assert (victim_url, "detail", "no_title_or_body") in [tuple(r) for r in rejects] or any(
        r[0].endswith(victim.name) and r[2] == "no_title_or_body" for r in rejects), rejects
    assert query(db_path, "select count(*) from notices")[0][0] > 0, "the rest of the source is still stored"


def test_an_empty_list_page_is_an_alarm_not_a_silent_success(tmp_path):
    replicas = tmp_path / "replicas"
    shutil.copytree(REPLICAS_DIR, replicas)
    source = load_registry()[0]
    start = urlsplit(source.start_urls[0])
    list_file = replicas / source.id / start.hostname / start.path.lstrip("/")
    list_file.write_bytes(b"<html><body><ul class='renamed'></ul></body></html>")
    server = make_replica_server(0, replicas)
    import threading

    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        db_path = tmp_path / "empty.db"
        result = run_notices("crawl", "--source", source.id, "--replica",
                             f"http://127.0.0.1:{server.server_address[1]}", "--db", str(db_path), ok=(SOURCES_FAILED,))
    finally:
        server.shutdown()
    assert result.returncode == SOURCES_FAILED
    assert f"FAILED {source.id}: no list rows" in result.stderr
    assert "no list rows" in result.stderr
    assert "'notices/list_empty': 1" in result.stderr
    assert query(db_path, "select stage, reason from rejects") == [("list", "no_list_rows")]


def test_datasette_serves_the_notices(datasette, crawled_db):
    expected = query(crawled_db, "select count(*) from notices")[0][0]
    data = datasette.json(f"/{datasette.db_name}/notices.json?_shape=objects&_size=max")
    assert len(data["rows"]) == expected
    first = data["rows"][0]
    for column in ("url", "title", "province", "exam", "kind", "published", "window_start", "window_end"):
        assert column in first
    # newest first by default (metadata sort_desc)
    dates = [row["published"] for row in data["rows"] if row["published"]]
    assert dates == sorted(dates, reverse=True)
    facets = datasette.json(f"/{datasette.db_name}/notices.json?_facet=province&_facet=kind")
    assert {"province", "kind"} <= set(facets["facet_results"])
    meta = datasette.json("/-/metadata.json")
    assert "sample" in meta["description_html"]


def test_datasette_search_finds_a_two_character_word(datasette, crawled_db):
    titles = query(crawled_db, "select id, title from notices")
    word = "证书"
    expected = {i for i, t in titles if word in t}
    data = datasette.json(f"/{datasette.db_name}/notices.json?_shape=objects&_size=max&_search={quote(word)}")
    found = {row["id"] for row in data["rows"]}
    assert expected <= found


def test_reparse_restores_the_feed_from_archived_pages(tmp_path, crawled_db):
    # Simulate a parser fix: the notices table is damaged, the archive is intact.
    db_path = tmp_path / "reparse.db"
    shutil.copy(crawled_db, db_path)
    before = query(db_path, "select id, title, kind, exam, published from notices order by id")
    with sqlite3.connect(db_path) as conn:
        conn.execute("update notices set title = 'broken', kind = 'other'")
        conn.execute("delete from notices where rowid % 3 = 0")
    result = run_notices("reparse", "--db", str(db_path))
    (pages,) = query(db_path, "select count(*) from pages")[0]
    assert f"reparsed {pages} pages" in result.stdout
    assert query(db_path, "select id, title, kind, exam, published from notices order by id") == before
