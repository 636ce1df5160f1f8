"""Crawls of 1,000 sources (issue 16): the generated replica, its registry, the bounded pool of
sources, and the incremental copy grouping of the closing step."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse
from scrapy.settings import Settings

from bench.gen_notices import notices
from crawler.families import get_family
from crawler.registry import load_registry
from crawler.run import crawl_settings
from crawler.scale_replica import GeneratedSites, layout, registry, sites, write_registry
from db.dedupe import group_copies
from db.store import open_db, upsert_notice

REPO = Path(__file__).resolve().parents[1]


def test_a_thousand_distinct_real_looking_hosts_on_every_family():
    generated = sites(1000)
    assert len({s.host for s in generated}) == 1000
    assert len({s.source_id for s in generated}) == 1000
    assert {s.family for s in generated} == {"trs", "gd_jiyue", "hanweb", "selectors"}
    assert all(s.host.endswith(".gov.cn") for s in generated)
    with pytest.raises(ValueError):
        sites(1001)


def test_pages_are_generated_deterministically():
    one, two = GeneratedSites(12, 45), GeneratedSites(12, 45)
    urls = one.urls()
    assert urls == two.urls()
    assert len(urls) == 12 * 45 + 12  # every page, and each host's robots.txt
    for url in urls[::7]:
        host, _, path = url.removeprefix("http://").partition("/")
        assert one.answer(host, "/" + path) == two.answer(host, "/" + path)
        assert one.answer(host, "/" + path)[0] == 200
    assert one.answer("rsj.zhengzhou.gov.cn", "/nothing.html")[0] == 404
    assert one.answer("www.example.com", "/")[0] == 404


@pytest.mark.parametrize("pages", [2, 20, 100])
def test_layout_counts_every_page(pages):
    lists, details = layout(pages)
    assert lists + details == pages and lists * 19 >= details


def test_the_generated_registry_loads_from_its_own_file(tmp_path):
    path = write_registry(tmp_path / "generated.yaml", 1000, 100)
    sources = load_registry(path)
    assert len(sources) == 1000
    assert sources[0].id == "gen_rsj_zhengzhou" and sources[0].max_pages == 5
    assert len(load_registry()) < 1000  # the bundled registry is untouched


@pytest.mark.parametrize("index", range(4))  # one site per family
def test_each_family_reads_the_generated_pages(tmp_path, index):
    site = sites(4)[index]
    generated = GeneratedSites(4, 45)
    source = load_registry(write_registry(tmp_path / "r.yaml", 4, 45))[index]
    family = get_family(source.family)
    url = source.start_urls[0]
    response = HtmlResponse(url, body=generated.answer(site.host, url.split(site.host)[1])[1].encode(), encoding="utf-8")
    rows = family.list_rows(response, source)
    assert len(rows) == 19
    following = family.next_pages(response, source, 1, source.max_pages)
    assert following and generated.answer(site.host, following[0].split(site.host)[1])[0] == 200
    detail_url = rows[0].url
    detail = HtmlResponse(detail_url, body=generated.answer(site.host, detail_url.split(site.host)[1])[1].encode(),
                          encoding="utf-8")
    fields = family.detail(detail, source)
    assert fields.title == rows[0].title and "领取" in fields.body_text and "2026-" in fields.published


# --------------------------------------------------------------------------- incremental grouping


def duplicate_map(db) -> dict:
    return dict(db.execute("select id, duplicate_of from notices order by id").fetchall())


def copy_of(row: dict, rng: random.Random, n: int) -> dict:
    """An aggregator-style repost of `row`: same event, another site, a few days later."""
    return {**row, "id": None, "url": f"https://copy{n}.example.invalid/{n}.html", "source_id": f"agg_{n % 3}",
            "title": row["title"][: max(4, len(row["title"]) - rng.randint(0, 4))]}


def test_incremental_grouping_equals_a_full_regrouping(tmp_path):
    rng = random.Random(16)
    db = open_db(tmp_path / "g.db")
    base = list(notices(600, seed=3))
    db["notices"].insert_all(base)
    group_copies(db, full=True)
    assert db.execute("select count(*) from copies_pending").fetchone()[0] == 0
    for round_ in range(6):
        # a run: new notices, reposts of old ones, changed keys, a deleted canonical
        for n in range(15):
            upsert_notice(db, copy_of(rng.choice(base), rng, round_ * 100 + n))
        for row in rng.sample(base, 5):
            upsert_notice(db, {**row, "year": row["year"] + 1})
        canonical = db.execute("select duplicate_of from notices where duplicate_of is not null limit 1").fetchone()
        if canonical:
            db.execute("delete from notices where id = ?", [canonical[0]])
            db.conn.commit()
        stripped = rng.choice(base)
        upsert_notice(db, {**stripped, "exam": None})
        incremental_count = group_copies(db)
        incremental = duplicate_map(db)
        assert group_copies(db, full=True) == incremental_count
        assert duplicate_map(db) == incremental, f"round {round_}"
    assert incremental_count > 0


def test_an_untouched_table_is_not_regrouped(tmp_path):
    db = open_db(tmp_path / "g.db")
    db["notices"].insert_all(notices(200, seed=4))
    group_copies(db)
    before = duplicate_map(db)
    db.execute("update notices set duplicate_of = 'left alone' where id = (select min(id) from notices)")
    db.conn.commit()
    group_copies(db)  # nothing pending: nothing read, nothing written
    assert duplicate_map(db) != before


# --------------------------------------------------------------------------- the pool of sources

CRAWL = """
import json, sys
from pathlib import Path
from crawler.registry import load_registry
from crawler.run import crawl_settings
from crawler.run import _run, crawl_settings
from crawler.scale_replica import write_registry
import asyncio, threading
from crawler.scale_replica import serve

ready = threading.Event()
url = []
threading.Thread(target=lambda: asyncio.run(serve(6, 25, ready=lambda u: (url.append(u), ready.set()))),
                 daemon=True).start()
ready.wait(10)
folder = Path(sys.argv[1])
sources = load_registry(write_registry(folder / "r.yaml", 6, 25))
settings = crawl_settings(str(folder / "c.db"), url[0], log_level="ERROR",
                          overrides={"NOTICES_PARALLEL_SOURCES": 2, "NOTICES_TODAY": "2026-11-20"})
summary = _run(sources, str(folder / "c.db"), settings)
print(json.dumps([[s.source_id, s.status[0], s.get("notices/stored")] for s in summary.sources]))
"""


def test_a_bounded_pool_crawls_every_source(tmp_path):
    out = subprocess.run([sys.executable, "-c", CRAWL, str(tmp_path)], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert [s[0] for s in summary] == [e["id"] for e in registry(6, 25)["sources"]]
    assert all(status == "ok" and stored == 23 for _, status, stored in summary)
    # The crawl's own rows, written by the writer process (pipelines/writer.py StateWrite): a
    # finished run row with its counts and a source row per source, a robots.txt row per host.
    with sqlite3.connect(tmp_path / "c.db") as conn:
        runs = conn.execute("select source_id, finish_reason, status, items_stored from runs order by source_id").fetchall()
        sources = conn.execute("select id, last_status, last_notices from sources order by id").fetchall()
        robots = conn.execute("select count(*) from robots_txt").fetchone()[0]
    ids = sorted(s[0] for s in summary)
    assert runs == [(i, "finished", "ok", 23) for i in ids]
    assert sources == [(i, "ok", 23) for i in ids]
    assert robots == 6


def test_crawl_settings_copy_like_scrapys_deepcopy():
    settings = crawl_settings(":memory:", "http://127.0.0.1:9", overrides={"NOTICES_TODAY": "2026-11-20"})
    copied, deep = settings.copy(), Settings.copy(settings)
    assert type(copied) is type(settings)
    for name in settings:
        assert copied.getpriority(name) == deep.getpriority(name) == settings.getpriority(name)
    assert copied.getwithbase("DOWNLOADER_MIDDLEWARES") == deep.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert copied["NOTICES_TODAY"] == "2026-11-20" and copied["REPLICA_URL"] == "http://127.0.0.1:9"
    copied.set("NOTICES_TODAY", "2030-01-01", priority="cmdline")
    copied.getdict("DOWNLOAD_HANDLERS")["ftp"] = "x"
    assert settings["NOTICES_TODAY"] == "2026-11-20" and "ftp" not in settings.getdict("DOWNLOAD_HANDLERS")


def test_health_refreshed_for_touched_sources_equals_a_full_refresh(tmp_path):
    from db.health import refresh_health, sources_to_refresh
    from db.store import record_run

    db = open_db(tmp_path / "h.db")
    rows = list(notices(300, seed=8))
    db["notices"].insert_all(rows)
    source_ids = sorted({r["source_id"] for r in rows})
    db["sources"].insert_all(({"id": s, "name": s, "kind": "official"} for s in source_ids), pk="id")
    for n, source_id in enumerate(source_ids):
        record_run(db, {"id": f"r{n}", "source_id": source_id, "started": "2026-11-01T08:00:00+08:00",
                        "finished": "2026-11-01T08:01:00+08:00", "finish_reason": "finished", "status": "ok"})
    refresh_health(db)
    group_copies(db)
    assert sources_to_refresh(db) == []
    # a run of one source, a new notice of another
    record_run(db, {"id": "later", "source_id": source_ids[0], "started": "2026-11-02T08:00:00+08:00",
                    "finished": "2026-11-02T08:01:00+08:00", "finish_reason": "finished", "status": "failed"})
    upsert_notice(db, {**rows[0], "id": None, "url": "https://new.example.invalid/1", "source_id": source_ids[1],
                       "published": "2026-11-02"})
    touched = sources_to_refresh(db)
    assert touched == sorted(source_ids[:2])
    refresh_health(db, touched)
    incremental = [dict(r) for r in db.query("select * from source_health order by source_id")]
    refresh_health(db)
    assert incremental == [dict(r) for r in db.query("select * from source_health order by source_id")]
