"""`make bench`: one table of the scale figures (issue 16) and bench/results/latest.json.

    .venv/bin/python bench/report.py            # quick (about 2 minutes once data/bench-*.db exist)
    .venv/bin/python bench/report.py --full     # 200k and 1M notices, served pages, load, crawls at full size

Runs the other bench scripts through their functions (bench/search.py measure_feed, bench/load.py
measure, bench/crawl_scale.py measure) and writes what they return, with the date and a machine
description, to bench/results/latest.json (keys search_p95_ms_1m, landing_p95_ms_1m,
search_vs_like_1m, crawl_rss_mb by size, crawl_vs_fetch, closing_ms_per_notice). A figure not
measured in this mode is null, and the table says why.

Quick mode: search and landing at 200,000 notices, and at 1,000,000 only when data/bench-1000000.db
was generated before (generating it takes about 6 minutes); fewer repetitions, LIKE timed on 3 of
the 10 queries; no served pages; load with one process for 10 s; the crawl bench in its own quick
mode (fewer hosts and pages).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import load, search  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "latest.json"
TARGETS = {"search_p95_ms": 100, "landing_p95_ms": 100, "search_vs_like": 20, "crawl_rss_mb": 300, "crawl_vs_fetch": 1.5}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    mem = ""
    if Path("/proc/meminfo").exists():
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kib / 2**20:.0f} GiB RAM"
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs{mem}, Python {platform.python_version()}"


def attempt(name: str, notes: list[str], fn, *args, **kwargs):
    """Run one part; on failure keep going, with the reason in the table."""
    started = time.perf_counter()
    try:
        out = fn(*args, **kwargs)
        print(f"  {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        return out
    except Exception as exc:  # a bench part failing must not lose the others' figures
        traceback.print_exc()
        notes.append(f"{name} not measured: {type(exc).__name__}: {str(exc)[:200]}")
        return None


def crawl_part(quick: bool, notes: list[str]) -> dict | None:
    try:
        from bench import crawl_scale  # noqa: PLC0415  (built by part 4 of the issue; may be missing)
    except ImportError as exc:
        notes.append(f"crawl of 1,000 sources not measured: bench/crawl_scale.py missing ({exc})")
        return None
    return attempt("crawl_scale", notes, crawl_scale.measure, quick)


def collect(full: bool, skip: set[str] = frozenset()) -> dict:
    notes: list[str] = [f"{part} skipped (--skip)" for part in sorted(skip)]
    sizes = [200_000, 1_000_000] if full or (ROOT / "data" / "bench-1000000.db").exists() else [200_000]
    if 1_000_000 not in sizes:
        notes.append("1M not measured in quick mode: data/bench-1000000.db not generated (make bench-full does)")
    search_out = {}
    for n in sizes:
        search_out[n] = attempt(f"search {n:,}", notes, search.measure_feed, n, repeat=10 if full else 4,
                                like_repeat=2 if full else 1, http=full, like_queries=10 if full else 3)
    loads = None if "load" in skip else attempt("load", notes, load.measure, load.bench_db(20_000), [1, 3] if full else [1], 8,
                    2000 if full else 500, 30 if full else 10, echo=False)
    crawl = None if "crawl" in skip else crawl_part(not full, notes)
    one_m = (search_out.get(1_000_000) or {}).get("direct") or {}
    http_1m = (search_out.get(1_000_000) or {}).get("http") or {}
    served = http_1m.get("json") if http_1m.get("json", {}).get("search") else None
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "mode": "full" if full else "quick",
        "search_p95_ms_1m": round(one_m["search"]["p95"], 1) if one_m else None,
        "landing_p95_ms_1m": round(one_m["landing"]["p95"], 1) if one_m else None,
        "search_vs_like_1m": round(one_m["search_vs_like"], 1) if one_m else None,
        "served_search_p95_ms_1m": round(served["search"]["p95"], 1) if served else None,
        "served_landing_p95_ms_1m": round(served["landing"]["p95"], 1) if served else None,
        "crawl_rss_mb": crawl["crawl_rss_mb"] if crawl else None,
        "crawl_vs_fetch": crawl.get("crawl_vs_fetch") if crawl else None,
        "closing_ms_per_notice": crawl.get("closing_ms_per_notice") if crawl else None,
        "search": {str(n): v for n, v in search_out.items()},
        "load": loads,
        "crawl": crawl,
        "notes": notes,
    }


def fmt(value, unit: str = "", digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}{unit}"


def verdict(value, target: float, lower_is_better: bool = True) -> str:
    if value is None:
        return "not measured"
    ok = value <= target if lower_is_better else value >= target
    return "ok" if ok else "MISS"


def print_table(r: dict) -> None:
    rows: list[tuple[str, str, str, str]] = []
    for n, s in r["search"].items():
        if not s:
            continue
        d, size = s["direct"], f"{int(n) // 1000}k" if int(n) < 1_000_000 else "1M"
        big = size == "1M"
        rows.append((f"search p50 / p95, {size} (feed_page)", f"{fmt(d['search']['p50'])} / {fmt(d['search']['p95'])} ms",
                     "p95 <= 100 ms" if big else "", verdict(d["search"]["p95"], 100) if big else ""))
        rows.append((f"landing p50 / p95, {size}", f"{fmt(d['landing']['p50'])} / {fmt(d['landing']['p95'])} ms"
                     f" (first after a refresh {fmt(d['landing_cold_ms'], digits=0)})",
                     "p95 <= 100 ms" if big else "", verdict(d["landing"]["p95"], 100) if big else ""))
        of = "" if d.get("like_queries", 10) == 10 else f" ({d['like_queries']} of the 10 queries)"
        rows.append((f"LIKE p50{of}, {size}; search vs LIKE", f"{fmt(d['like']['p50'], digits=0)} ms; {fmt(d['search_vs_like'])}x",
                     ">= 20x" if big else "", verdict(d["search_vs_like"], 20, False) if big else ""))
        for label, h in (s.get("http") or {}).items():
            if "error" in h:
                rows.append((f"served {h['path']}, {size}", f"answered {h['error']}", "", "not measured"))
                continue
            rows.append((f"served {h['path']}?q= p50 / p95, {size}",
                         f"{fmt(h['search']['p50'])} / {fmt(h['search']['p95'])} ms", "p95 <= 100 ms" if big else "",
                         verdict(h["search"]["p95"], 100) if big else ""))
            rows.append((f"served {h['path']} landing p50 / p95, {size}",
                         f"{fmt(h['landing']['p50'])} / {fmt(h['landing']['p95'])} ms", "", ""))
    for lo in r["load"] or []:
        rows.append((f"load 20k, {lo['label']}, {lo['clients']} clients",
                     f"{lo['rps']:.0f} req/s, p50 {lo['p50']:.0f} p95 {lo['p95']:.0f} p99 {lo['p99']:.0f} ms, "
                     f"{lo['errors']} errors", "0 errors", "ok" if not lo["errors"] else "MISS"))
    crawl = r["crawl"]
    if crawl:
        for pages, rss in crawl["crawl_rss_mb"].items():
            # the crawl's memory is its own process and its writer process (pipelines/writer.py)
            total = rss + (crawl.get("writer_rss_mb") or {}).get(pages, 0)
            rows.append((f"crawl {pages} pages ({crawl['mode']}): RSS crawl + writer, pages/s",
                         f"{total:.0f} MB, {crawl['crawl_pages_per_s'][pages]:.0f}/s", "<= 300 MB, flat",
                         verdict(total, 300)))
        rows.append(("crawl vs raw fetch (largest size)", f"{crawl['crawl_vs_fetch']:.2f}x", "<= 1.5x",
                     verdict(crawl["crawl_vs_fetch"], 1.5)))
        rows.append(("closing step per touched notice", f"{crawl['closing_ms_per_notice']:.3f} ms", "", ""))
    else:
        rows.append(("crawl RSS / crawl vs fetch / closing", "null", "", "not measured"))
    width = max(len(row[0]) for row in rows) + 2
    print(f"\nbench ({r['mode']} mode) {r['date']}  {r['machine']}")
    print(f"{'figure':<{width}}{'measured':<64}{'target':<18}verdict")
    for name, value, target, ok in rows:
        print(f"{name:<{width}}{value:<64}{target:<18}{ok}")
    for note in r["notes"]:
        print(f"note: {note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", default=bool(os.environ.get("BENCH_FULL")))
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--skip", default="", help="comma-separated parts not to run: load, crawl")
    args = parser.parse_args()
    started = time.perf_counter()
    result = collect(args.full, {part for part in args.skip.split(",") if part})
    result["seconds"] = round(time.perf_counter() - started)
    print_table(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out} ({result['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
