"""Accuracy and throughput of the normaliser on the labelled dev notices.

Usage: `python bench/accuracy.py [PATH]` (default: ../shared/eval/notices-dev.jsonl beside
the repository). Prints a per-field accuracy table (exact match; a null label must get a
null), every disagreement, then throughput: notices per second on the dev set repeated to
10,000 items, and normalisation time over lxml parse time for the same notices as HTML.
"""

from __future__ import annotations

import html
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipelines.normalize import normalize_record  # noqa: E402

FIELDS = ("is_cert_notice", "kind", "exam", "specialty", "province", "city", "year", "batch",
          "batch_month", "published", "window_start", "window_end")
TARGETS = {"is_cert_notice": 0.97, "kind": 0.97, "province": 0.95, "city": 0.95, "exam": 0.95,
           "year": 0.95, "batch": 0.95, "published": 0.95, "window_start": 0.95, "window_end": 0.95}
DEFAULT = REPO.parent / "shared" / "eval" / "notices-dev.jsonl"
FALLBACK = Path("/work/shared/eval/notices-dev.jsonl")
REPEAT_TO = 10_000


def default_path() -> Path:
    return DEFAULT if DEFAULT.exists() else FALLBACK


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def to_record(item: dict) -> dict:
    return {"text": item["text"], "listed_date": item.get("listed_date"),
            "source_region": item.get("source_region"), "url": item.get("source_url")}


def accuracy(items: list[dict]) -> tuple[dict[str, float], list[tuple[str, str, object, object]]]:
    hits = dict.fromkeys(FIELDS, 0)
    misses = []
    for item in items:
        got = normalize_record(to_record(item))
        for field in FIELDS:
            want = item["labels"].get(field)
            if got.get(field) == want:
                hits[field] += 1
            else:
                misses.append((item["id"], field, want, got.get(field)))
    return {f: hits[f] / len(items) for f in FIELDS}, misses


# What an official notice page carries around its text: a column menu, related links and a
# footer (the province sites we crawl send 15–60 kB per page). Used for the second ratio only.
_CHROME_NAV = "".join(f"<li><a href='/col/{i}/index.html'>栏目{i} 人事考试 证书办理</a></li>" for i in range(120))
_CHROME_FOOT = "".join(f"<p>主办单位:省人事考试中心 地址:某路{i}号 电话:0000-000000{i}</p>" for i in range(30))


def as_html(item: dict, chrome: bool = False) -> str:
    title, _, body = item["text"].partition("\n")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.splitlines() if p.strip())
    nav = f"<ul class='menu'>{_CHROME_NAV}</ul>" if chrome else ""
    foot = f"<div class='footer'>{_CHROME_FOOT}</div>" if chrome else ""
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>{nav}"
            f"<div class='nav'><a href='/'>首页</a> &gt; <a href='/zs/'>证书领取</a></div>"
            f"<h1>{html.escape(title)}</h1><div class='content'>{paragraphs}</div>"
            f"<span class='date'>{html.escape(item.get('listed_date') or '')}</span>{foot}</body></html>")


def _parse_time(pages: list[bytes]) -> float:
    import lxml.html

    t0 = time.perf_counter()
    for p in pages:
        lxml.html.fromstring(p)
    return time.perf_counter() - t0


def throughput(items: list[dict]) -> dict[str, float]:
    records = [to_record(items[i % len(items)]) for i in range(REPEAT_TO)]
    for item in items:  # load data files and compile patterns outside the timing
        normalize_record(to_record(item))
    t0 = time.perf_counter()
    for r in records:
        normalize_record(r)
    norm = time.perf_counter() - t0
    bare = [as_html(items[i % len(items)]).encode("utf-8") for i in range(REPEAT_TO)]
    full = [as_html(items[i % len(items)], chrome=True).encode("utf-8") for i in range(REPEAT_TO)]
    return {"per_sec": REPEAT_TO / norm, "norm": norm, "parse_bare": _parse_time(bare),
            "parse_full": _parse_time(full), "bare_kb": sum(map(len, bare)) / len(bare) / 1024,
            "full_kb": sum(map(len, full)) / len(full) / 1024}


def replica_pages() -> tuple[list[bytes], list[dict]]:
    """The bundled replica detail pages and the records the crawler would normalise from them."""
    from crawler.registry import load_registry
    from pipelines.notice import notice_input
    from tests.offline import crawl_offline

    pages, records = [], []
    for source in load_registry():
        if not (source.replica_dir / "expected.json").exists():
            continue
        for item in crawl_offline(source):
            if getattr(item, "raw_body", None):
                pages.append(item.raw_body)
                records.append(notice_input(item, source.province))
    return pages, records


def replica_ratio() -> dict[str, float]:
    pages, records = replica_pages()
    for r in records[:50]:
        normalize_record(r)
    t0 = time.perf_counter()
    for r in records:
        normalize_record(r)
    norm = time.perf_counter() - t0
    return {"pages": len(pages), "kb": sum(map(len, pages)) / len(pages) / 1024, "norm": norm,
            "parse": _parse_time(pages)}


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else default_path()
    items = load(path)
    scores, misses = accuracy(items)
    print(f"{len(items)} labelled notices from {path}\n")
    print(f"{'field':<16}{'accuracy':>9}{'target':>8}")
    for field in FIELDS:
        target = TARGETS.get(field)
        mark = "" if target is None else ("  ok" if scores[field] >= target else "  BELOW")
        print(f"{field:<16}{scores[field]:>9.3f}{(f'{target:.2f}' if target else '-'):>8}{mark}")
    print(f"\n{len(misses)} disagreements (id, field, label, got):")
    for id_, field, want, got in misses:
        print(f"  {id_:<6}{field:<15}{json.dumps(want, ensure_ascii=False):<28}{json.dumps(got, ensure_ascii=False)}")
    t = throughput(items)
    print(f"\nthroughput: {t['per_sec']:,.0f} notices/s ({REPEAT_TO:,} notices in {t['norm']:.2f} s)")
    print(f"lxml parse, same notices as bare pages ({t['bare_kb']:.1f} kB): {t['parse_bare']:.2f} s; "
          f"normalise/parse = {t['norm'] / t['parse_bare']:.2f}x")
    print(f"lxml parse, with site menu and footer ({t['full_kb']:.1f} kB): {t['parse_full']:.2f} s; "
          f"normalise/parse = {t['norm'] / t['parse_full']:.2f}x")
    r = replica_ratio()
    print(f"replica detail pages as crawled ({r['pages']} pages, {r['kb']:.1f} kB): lxml parse {r['parse']:.3f} s, "
          f"normalise {r['norm']:.3f} s; normalise/parse = {r['norm'] / r['parse']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
