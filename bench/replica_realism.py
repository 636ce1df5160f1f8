"""How much the bundled replicas look like the real sites (issue 11 part 4): page weight and rows.

    .venv/bin/python bench/replica_realism.py

Real provincial pages weigh 15–60 kB (mostly chrome: menus, sidebars, link lists, scripts) and
list 10–25 rows a page; replicas much lighter or shorter let a loose selector or a careless
classifier pass on the replicas and fail on the web. Prints median / min / max detail-page size
(bytes as served) and rows per list page over every replica, and exits 1 when a median misses
its target.

Detail pages are expected.json's ``notices`` urls (a JSON-API source's are its SPA urls, absent
from the replica: skipped); list pages its ``list_urls``. Rows on a list page are counted with
the registry's own row parsing (crawler.families), keeping only rows that lead to a notice or
name-list file expected.json names, so sidebar rows a loose selector might read are not counted.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.source import REPLICAS_DIR

DETAIL_TARGET = 15_000   # median detail page, bytes
ROWS_TARGET = 10         # median rows per list page


def measure(replicas_dir: Path = REPLICAS_DIR) -> dict:
    """Detail-page sizes and rows per list page over every registered replica with an expected.json.

    Files and responses come from crawler/offline.py (the replica layout and the charset the
    replica server sends), rows from the family's own row parsing."""
    from crawler.families import get_family
    from crawler.offline import replica_body, response_for
    from crawler.registry import load_registry

    sources = {s.id: s for s in load_registry()}
    sizes: list[int] = []
    rows: list[int] = []
    for expected_path in sorted(replicas_dir.glob("*/expected.json")):
        source = sources.get(expected_path.parent.name)
        if source is None:
            continue
        expected = json.loads(expected_path.read_text("utf-8"))
        for notice in expected["notices"]:
            body = replica_body(source, notice["url"])
            if body is not None:
                sizes.append(len(body))
        family = get_family(source.family)
        known = {n["url"] for n in expected["notices"]} | {r["url"] for r in expected["list_only"]}
        for url in expected["list_urls"]:
            body = replica_body(source, url)
            if body is None:
                continue
            found = family.list_rows(response_for(source, url, body), source)
            rows.append(sum(1 for r in found if (r.public_url or r.url) in known))
    return {"detail_bytes": sizes, "list_rows": rows}


def summary(figures: dict) -> dict:
    def stats(values: list[int]) -> dict:
        return {"median": statistics.median(values), "min": min(values), "max": max(values), "count": len(values)}
    return {"detail_bytes": stats(figures["detail_bytes"]), "list_rows": stats(figures["list_rows"])}


def meets_targets(summ: dict) -> bool:
    return summ["detail_bytes"]["median"] >= DETAIL_TARGET and summ["list_rows"]["median"] >= ROWS_TARGET


def main() -> int:
    summ = summary(measure())
    d, r = summ["detail_bytes"], summ["list_rows"]
    print(f"detail pages   {d['count']:5d}  median {d['median']:>9,.0f} B  min {d['min']:>7,} B  max {d['max']:>7,} B"
          f"  (target: median >= {DETAIL_TARGET:,})")
    print(f"list pages     {r['count']:5d}  median {r['median']:>9g} rows  min {r['min']:>3} rows  max {r['max']:>3} rows"
          f"  (target: median >= {ROWS_TARGET})")
    ok = meets_targets(summ)
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
