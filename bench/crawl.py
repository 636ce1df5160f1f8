"""Crawl throughput and memory on the bundled replicas: the full pipeline against a bare crawl.

    .venv/bin/python bench/crawl.py [--repeat N]

Each run crawls every registered source from the replica server in a fresh subprocess (Scrapy's
reactor starts once per process). The baseline is the same crawl with the item pipelines
switched off, so the ratio is what normalizing and storing add to fetching and parsing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CHILD = """
import json, resource, sys, time
from crawler.replica import start_replica_server
from crawler.run import crawl_settings
from crawler.registry import load_registry
from crawler.spiders.source import spider_class_for
from scrapy.crawler import CrawlerProcess

db_path, pipelines = sys.argv[1], sys.argv[2] == "on"
server, url = start_replica_server()
settings = crawl_settings(db_path, url, log_level="ERROR")
if not pipelines:
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
process = CrawlerProcess(settings)
crawlers = [process.create_crawler(spider_class_for(s)) for s in load_registry()]
for crawler in crawlers:
    process.crawl(crawler)
started = time.perf_counter()
process.start()
if pipelines:  # what `notices crawl` does after its spiders: group copies once
    from db.dedupe import group_copies
    from db.store import open_db
    group_copies(open_db(db_path))
elapsed = time.perf_counter() - started
stats = [c.stats.get_stats() for c in crawlers]
print(json.dumps({
    "seconds": elapsed,
    "responses": sum(s.get("response_received_count", 0) for s in stats),
    "items": sum(s.get("item_scraped_count", 0) for s in stats),
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def run(pipelines: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", CHILD, str(Path(tmp) / "bench.db"), "on" if pipelines else "off"],
                             cwd=REPO, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = {"pipelines off (baseline)": [], "pipelines on": []}
    for _ in range(args.repeat):  # interleaved, so machine noise hits both alike
        results["pipelines off (baseline)"].append(run(False))
        results["pipelines on"].append(run(True))
    print(f"{'run':<26}{'responses':>10}{'items':>8}{'median s':>10}{'min s':>8}{'max s':>8}{'spread':>8}"
          f"{'pages/s':>10}{'peak RSS MB':>13}")
    medians = {}
    for name, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        medians[name] = seconds
        responses = runs[0]["responses"]
        low, high = min(r["seconds"] for r in runs), max(r["seconds"] for r in runs)
        # spread: the widest distance of a run from the median, as a share of the median
        spread = max(high - seconds, seconds - low) / seconds
        print(f"{name:<26}{responses:>10}{runs[0]['items']:>8}{seconds:>10.2f}{low:>8.2f}{high:>8.2f}{spread:>8.0%}"
              f"{responses / seconds:>10.1f}{max(r['peak_rss_mb'] for r in runs):>13.0f}")
    ratio = medians["pipelines on"] / medians["pipelines off (baseline)"]
    print(f"full pipeline / bare crawl time: {ratio:.2f}x")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"(bench took {time.perf_counter() - started:.0f} s)")
