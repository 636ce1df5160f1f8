"""Crawls of 1,000 sources: peak memory and wall time at three corpus sizes, against a raw fetch.

    .venv/bin/python bench/crawl_scale.py [--quick] [--sizes 2000,20000,100000] [--json]

The corpus is the generated replica (crawler/scale_replica.py): 1,000 city bureaus on the four
CMS families, served by its own process on 127.0.0.1 (outside the crawl's memory), with the
generated registry written to a temporary file. At each size the full crawl (`crawler.run._run`:
every spider, pipelines, Spidermon, the closing step) runs in a fresh subprocess and reports its
own peak RSS (VmHWM) and wall time; then a raw fetch of the same URLs (robots.txt, list and
detail pages) runs in another fresh subprocess: Scrapy with the same download handler and the
same concurrency (CONCURRENT_REQUESTS_PER_DOMAIN per host, all hosts at once) but no parsing,
no pipelines, no monitors. `crawl_vs_fetch` is crawl seconds / fetch seconds at the largest size.

Sizes: full 2,000 / 20,000 / 100,000 pages over 1,000 hosts (2, 20 and 100 pages a host);
quick (for `make bench --quick`) 200 / 1,000 / 2,000 pages over 100 hosts.

`closing_ms_per_notice`: the closing step (db/finish.py without the feed counts, which are
measured apart as `feed_counts_ms`) after a run that touched `TOUCHED` notices of a table of
20,000 and of 200,000 generated notices (quick: 5,000 and 20,000): its milliseconds per touched
notice at each size, and the value at the larger size as the headline figure.

Measured 2026-12-05 in `make bench-full` on a quiet machine (nothing else running; the writer's
key facts by then 3.2x cheaper and read for certificate notices only): crawl 22.3 / 68.6 / 243.1 s
against a raw fetch of 5.1 / 36.9 / 173.6 s: 4.4x / 1.86x / **1.40x** at 100k, within the 1.5x
target; CPU at 100k crawl 233 s, writer 134 s, fetch 175 s; peak RSS crawl 130 / 136 / 150 MB plus
writer 49 / 54 / 54 MB; closing step 0.044 / 0.094 ms per touched notice. The crawl needs both
cores (crawl and writer) where the fetch needs one, so other jobs on the machine cost the crawl
more: the runs below, with test suites running beside them, measured 1.59x.

Measured 2026-12-05, second round (2 cores shared with other jobs, full mode, 1,000 sources): crawl
23.9 / 75.7 / 288.7 s against a raw fetch of 5.3 / 36.8 / 181.6 s: 4.51x / 2.06x / 1.59x, a miss
at 100k (279.9 / 172.6 s = 1.62x in a run with (1)-(4) below only; the first round was
292.3 / 176.7 s = 1.65x and 304.4 / 167.7 s = 1.82x, 3.16x on 2026-12-04 before the writer
process); 200 sources of 100 pages (20k): 52.9 / 36.1 s = 1.47x (first round 60.9 / 34.8 s =
1.75x). Peak RSS of the crawl's process 130 / 138 / 151 MB and of its writer 49-54 MB. CPU at
100k: crawl 244 s, writer 141 s, fetch 178 s (first round 276 / 155 / 169). The second round
took the crawl's process off four costs: (1) each source's start read its archived pages by
scanning the whole `pages` table (no index on source_id: 1,000 sources over a table growing to
100,000 pages, ~35 s of CPU; now `idx_pages_source_id`); (2) the crawl's own writes (source row,
run row at start and end, robots.txt row) ran on its event loop and each waited ~15 ms for the
writer's open batch, every download stalled meanwhile; they now go through the writer
(pipelines/writer.py StateWrite); (3) every source read every kept robots.txt answer (now its
host's row); (4) the network boundary's tldextract and ipaddress work per request (now cached
per host). Smaller: the crawl's own writes ahead of waiting items, settings copied by pickle
instead of deepcopy (crawler/run.py CrawlSettings), the writer's statement journals in memory
(-8% store CPU), the closing step's bigrams computed only when a comparison needs them (-40% of
its time, same groups). Not measured here (the crawls start from an empty file): a re-crawl's
start joined each archived page to its notice by url with no index on notices.url, a scan of
every notice per page (0.58 s for a source of 47 pages over 9,300 notices; now 0.7 ms).

Where the rest goes (py-spy, 200 and 1,000 sources x 20k pages): the crawl's process spends
~2.2-2.4 ms of CPU a page against the fetch's 1.7: parsing (lxml per page, selectors, and
crawler/extract.py html_text parsing the body a second time from its serialized HTML, together
~0.2 ms), Scrapy's per-output spider-middleware chain, item hand-over and stats calls (each goes
through StatsCollector.__getattribute__), the duplicate filter's fingerprints and the robots.txt
check per request. Per source ~15-20 ms: Scrapy's crawler set-up (engine, downloader, middleware
signature checks), five read-only SQLite connections (~2.5 ms: archived pages, last run, usual
rows, robots.txt, silence), Spidermon. The crawl's process is ~80% busy (wall - CPU = 40-45 s at
100k): the two cores are shared with the writer (~50% of one) and the replica server, and
NOTICES_PARALLEL_SOURCES 8 / 16 / 32 measured 79.5 / 75.4 / 77.4 s at 1,000 x 20k (more crawlers,
more CPU). The writer costs ~1.5 ms a notice: normalizing 0.74 ms (pipelines/keyfacts.py
key_facts ~59% of it: find_places 23%, find_materials 15%, find_modes 8%; window_rule.find_rule
~20%, its _simplified_chars run twice a notice), storing 0.52 ms (19 statements a notice, the
search index's tokens 0.15 ms). Per page (16 sources x 1,000 pages, first round) the crawl was
1.26x the fetch. Closing step: 0.045 / 0.097 ms per touched notice at 20k / 200k notices
(group 14 / 26 ms, health 8 / 22 ms for 500 touched; first round 0.108 / 0.216 ms, group 44 / 88
ms, before the bigrams were computed lazily; gen_notices' fixed key space puts 1.1 / 2.3 notices
in a key, and a touched key is read whole), full regrouping 0.2 / 1.7 s (was 0.9 / 9.0 s); the
feed counts (db/feed.py, not part of the figure) 65 / 358 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FULL = {"hosts": 1000, "sizes": (2000, 20000, 100000), "tables": (20000, 200000)}
QUICK = {"hosts": 100, "sizes": (200, 1000, 2000), "tables": (5000, 20000)}
PER_HOST = 8  # REPLICA_SETTINGS' CONCURRENT_REQUESTS_PER_DOMAIN
TOUCHED = 500
TODAY = "2026-11-20"


# --------------------------------------------------------------------------- children


def peak_rss_mb() -> float:
    """This process's peak RSS since its exec: VmHWM. ru_maxrss is not it: Linux carries the
    parent's peak across fork + exec, so a child of a bench that held 1.5 GB reported 1.5 GB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_crawl(url: str, registry: str, db_path: str) -> dict:
    import crawler.run as run
    from crawler.registry import load_registry

    timings = {}
    real_finish = run.finish_run

    def timed_finish(db):
        started = time.perf_counter()
        pending = "copies_pending" if db["copies_pending"].exists() else "notices"
        touched = db.execute(f"select count(*) from {pending}").fetchone()[0]
        copies = real_finish(db)
        timings.update(closing_s=time.perf_counter() - started, touched=touched)
        return copies

    run.finish_run = timed_finish
    sources = list(load_registry(Path(registry)))
    settings = run.crawl_settings(db_path, url, log_level="ERROR", overrides={
        "NOTICES_TODAY": TODAY, "LOG_INSTALL_ROOT_HANDLER": False,
        **json.loads(os.environ.get("CRAWL_SCALE_SETTINGS", "{}"))})
    from pipelines import writer

    run_writer = writer.acquire(db_path)  # kept past the run to ask its peak memory
    started = time.perf_counter()
    summary = run._run(sources, db_path, settings)
    seconds = time.perf_counter() - started
    writer_rss = run_writer.executor.submit(peak_rss_mb).result()  # run in the writer
    writer.release(run_writer)  # its process has exited and been waited for: its CPU time is in
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"writer_rss_mb": writer_rss, "cpu_s": own.ru_utime + own.ru_stime,
            "writer_cpu_s": children.ru_utime + children.ru_stime, "seconds": seconds, "responses": summary.total("response_received_count"),
            "notices": summary.total("notices/stored"), "errors": sum(s.get("log_count/ERROR") for s in summary.sources),
            "failed": len(summary.failures()), "rss_mb": peak_rss_mb(),
            **timings}


def child_fetch(url: str, hosts: int, pages_per_host: int) -> dict:
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawler.run import crawl_settings
    from crawler.scale_replica import GeneratedSites

    urls = GeneratedSites(hosts, pages_per_host).urls()
    # The crawl's concurrency: PER_HOST requests to each of the sources it crawls at once.
    parallel = crawl_settings(":memory:").getint("NOTICES_PARALLEL_SOURCES") or hosts
    concurrency = PER_HOST * min(hosts, parallel)

    class RawFetch(scrapy.Spider):
        name = "rawfetch"
        statuses: dict = {}

        async def start(self):
            for target in urls:
                yield scrapy.Request(target, callback=self.done, errback=self.done, dont_filter=True)

        def done(self, response):
            status = getattr(response, "status", "error")
            self.statuses[status] = self.statuses.get(status, 0) + 1

    settings = Settings({
        "DOWNLOAD_HANDLERS": {"http": "crawler.replica.ReplicaDownloadHandler",
                              "https": "crawler.replica.ReplicaDownloadHandler"},
        "REPLICA_URL": url, "CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": PER_HOST,
        "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "ERROR", "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "LOG_INSTALL_ROOT_HANDLER": False,
    })
    process = CrawlerProcess(settings)
    process.crawl(RawFetch)
    started = time.perf_counter()
    process.start()
    return {"seconds": time.perf_counter() - started, "responses": sum(RawFetch.statuses.values()),
            "statuses": {str(k): v for k, v in RawFetch.statuses.items()}, "concurrency": concurrency,
            "cpu_s": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
            "rss_mb": peak_rss_mb()}


def child_closing(table: int, touched: int, folder: str) -> dict:
    """finish_run's parts after a run that touched `touched` notices of a `table`-notice table."""
    from bench.gen_notices import notices
    from db import dedupe, feed, health
    from db.store import open_db, upsert_notice

    path = Path(folder) / f"closing_{table}.db"
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    db = open_db(path)
    db["notices"].insert_all(notices(table, seed=5), batch_size=5000)
    # one source per province, as gen_notices names them: refresh_health reads their notices
    db["sources"].insert_all(({"id": sid, "name": sid, "kind": "official"} for (sid,) in
                              db.execute("select distinct source_id from notices").fetchall()), pk="id")
    dedupe.group_copies(db, full=True)  # the table as earlier runs left it
    fresh = list(notices(table + touched, seed=6))[table:]  # the run: new notices, some copies of old ones
    for row in fresh:
        row["id"] = None
        row["url"] = row["url"].replace("example.invalid", "run.example.invalid")
        upsert_notice(db, row)
    out = {"table": table, "touched": db.execute("select count(*) from copies_pending").fetchone()[0]}
    for name, step in (("group_copies", dedupe.group_copies), ("refresh_health", health.refresh_health),
                       ("feed_counts", feed.refresh_feed_counts)):
        started = time.perf_counter()
        step(db)
        out[f"{name}_ms"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    dedupe.group_copies(db, full=True)
    out["full_regroup_ms"] = (time.perf_counter() - started) * 1000
    db.close()
    return out


# --------------------------------------------------------------------------- parent


def _child(*args: str, env: dict | None = None) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], cwd=REPO, capture_output=True, text=True,
                         env={**os.environ, **(env or {})})
    if out.returncode:
        raise RuntimeError(f"child {args[0]} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _server(hosts: int, pages_per_host: int) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen([sys.executable, "-m", "crawler.scale_replica", "serve", "--hosts", str(hosts),
                               "--pages-per-host", str(pages_per_host)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    return server, server.stdout.readline().strip()


def measure_size(hosts: int, pages: int, folder: Path, env: dict | None = None) -> dict:
    from crawler.scale_replica import write_registry

    per_host = pages // hosts
    registry = write_registry(folder / f"registry_{pages}.yaml", hosts, per_host)
    server, url = _server(hosts, per_host)
    try:
        crawl = _child("crawl", url, str(registry), str(folder / f"crawl_{pages}.db"), env=env)
        fetch = _child("fetch", url, str(hosts), str(per_host))
    finally:
        server.terminate()
        server.wait()
    return {"crawl": crawl, "fetch": fetch}


def measure(quick: bool) -> dict:
    plan = QUICK if quick else FULL
    results: dict = {"crawl_rss_mb": {}, "crawl_seconds": {}, "fetch_seconds": {}, "crawl_pages_per_s": {},
                     "fetch_rss_mb": {}, "crawl_responses": {}, "closing": {}, "mode": "quick" if quick else "full",
                     "hosts": plan["hosts"]}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for pages in plan["sizes"]:
            size = measure_size(plan["hosts"], pages, folder)
            crawl, fetch = size["crawl"], size["fetch"]
            results["crawl_rss_mb"][pages] = round(crawl["rss_mb"], 1)
            results["crawl_seconds"][pages] = round(crawl["seconds"], 2)
            results["fetch_seconds"][pages] = round(fetch["seconds"], 2)
            results["fetch_rss_mb"][pages] = round(fetch["rss_mb"], 1)
            # the writer process (pipelines/writer.py) runs beside the crawl: its memory and CPU too
            results.setdefault("writer_rss_mb", {})[pages] = round(crawl.get("writer_rss_mb", 0), 1)
            results.setdefault("cpu_seconds", {})[pages] = {
                "crawl": round(crawl.get("cpu_s", 0), 1), "writer": round(crawl.get("writer_cpu_s", 0), 1),
                "fetch": round(fetch.get("cpu_s", 0), 1)}
            results["crawl_responses"][pages] = crawl["responses"]
            results["crawl_pages_per_s"][pages] = round(crawl["responses"] / crawl["seconds"], 1)
            results.setdefault("crawl_closing_ms_per_notice", {})[pages] = round(
                crawl.get("closing_s", 0) * 1000 / max(crawl.get("touched") or 1, 1), 3)
            (folder / f"crawl_{pages}.db").unlink(missing_ok=True)
        largest = plan["sizes"][-1]
        results["crawl_vs_fetch"] = round(results["crawl_seconds"][largest] / results["fetch_seconds"][largest], 2)
        for table in plan["tables"]:
            closing = _child("closing", str(table), str(TOUCHED), tmp)
            closing["closing_ms_per_notice"] = round(
                (closing["group_copies_ms"] + closing["refresh_health_ms"]) / closing["touched"], 3)
            results["closing"][table] = closing
        results["closing_ms_per_notice"] = results["closing"][plan["tables"][-1]]["closing_ms_per_notice"]
        results["feed_counts_ms"] = {t: round(c["feed_counts_ms"], 1) for t, c in results["closing"].items()}
    rss = list(results["crawl_rss_mb"].values())
    results["crawl_rss_mb_max"] = max(rss)
    results["crawl_rss_growth"] = round(rss[-1] / rss[0], 2)
    return results


def print_table(results: dict) -> None:
    print(f"crawls of {results['hosts']} generated sources ({results['mode']} mode)")
    print(f"{'pages':>8}{'responses':>11}{'crawl s':>9}{'fetch s':>9}{'ratio':>7}{'pages/s':>9}"
          f"{'crawl RSS MB':>14}{'writer RSS MB':>15}{'fetch RSS MB':>14}{'CPU s crawl/writer/fetch':>26}"
          f"{'closing ms/notice':>19}")
    for pages, rss in results["crawl_rss_mb"].items():
        crawl, fetch = results["crawl_seconds"][pages], results["fetch_seconds"][pages]
        cpu = results["cpu_seconds"][pages]
        print(f"{pages:>8}{results['crawl_responses'][pages]:>11}{crawl:>9.1f}{fetch:>9.1f}{crawl / fetch:>7.2f}"
              f"{results['crawl_pages_per_s'][pages]:>9.0f}{rss:>14.0f}{results['writer_rss_mb'][pages]:>15.0f}"
              f"{results['fetch_rss_mb'][pages]:>14.0f}{cpu['crawl']:>10.0f} /{cpu['writer']:>5.0f} /{cpu['fetch']:>6.0f}"
              f"{results['crawl_closing_ms_per_notice'][pages]:>19.3f}")
    print(f"crawl vs raw fetch (largest size): {results['crawl_vs_fetch']:.2f}x (target <= 1.5x); "
          f"peak RSS max {results['crawl_rss_mb_max']:.0f} MB (target <= 300 MB), growth x{results['crawl_rss_growth']}")
    print(f"closing step after a run touching {TOUCHED} notices:")
    print(f"{'table':>8}{'touched':>9}{'group ms':>10}{'health ms':>11}{'ms/notice':>11}{'feed counts ms':>16}"
          f"{'full regroup ms':>17}")
    for table, c in results["closing"].items():
        print(f"{table:>8}{c['touched']:>9}{c['group_copies_ms']:>10.1f}{c['refresh_health_ms']:>11.1f}"
              f"{c['closing_ms_per_notice']:>11.3f}{c['feed_counts_ms']:>16.1f}{c['full_regroup_ms']:>17.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "crawl":
            result = child_crawl(*rest)
        elif kind == "fetch":
            result = child_fetch(rest[0], int(rest[1]), int(rest[2]))
        else:
            result = child_closing(int(rest[0]), int(rest[1]), rest[2])
        print(json.dumps(result))
        return 0
    started = time.perf_counter()
    results = measure(args.quick)
    print_table(results)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    print(f"(bench took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
