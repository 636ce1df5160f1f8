"""Requests an unchanged re-crawl makes against a first crawl of the bundled replicas.

    .venv/bin/python bench/recrawl.py [--today YYYY-MM-DD]

Crawls every source twice into a fresh database with `notices crawl` (the same "today" both
times) and prints, per run, all requests, robots.txt requests, page requests, 304 answers and
list rows skipped as known. `--today` far after the replica's notices (the default) makes them
all old; a date among them shows the conditional requests young notices get.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.replica import start_replica_server  # noqa: E402

TOTALS = ("select coalesce(sum(requests), 0), coalesce(sum(robots_requests), 0), coalesce(sum(not_modified), 0), "
          "coalesce(sum(skipped_known), 0) from runs")


def crawl(url: str, db: Path, today: str) -> None:
    subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--replica", url, "--db", str(db),
                    "--log-level", "ERROR", "-s", f"NOTICES_TODAY={today}", "--fail-on", "never"],
                   cwd=REPO, check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--today", default="2030-01-01")
    args = parser.parse_args()
    server, url = start_replica_server()
    runs = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "incremental.db"
            for _ in range(2):
                crawl(url, db, args.today)
                with sqlite3.connect(db) as conn:
                    runs.append(conn.execute(TOTALS).fetchone())
    finally:
        server.shutdown()
    first = runs[0]
    second = tuple(b - a for a, b in zip(runs[0], runs[1]))
    print(f"today = {args.today}")
    print(f"{'run':<8}{'requests':>10}{'robots.txt':>12}{'pages':>8}{'304':>6}{'skipped':>9}")
    for name, (requests, robots, not_modified, skipped) in (("first", first), ("second", second)):
        print(f"{name:<8}{requests:>10}{robots:>12}{requests - robots:>8}{not_modified:>6}{skipped:>9}")
    print(f"second/first: {second[0] / first[0]:.1%} of all requests, "
          f"{(second[0] - second[1]) / (first[0] - first[1]):.1%} of page requests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
