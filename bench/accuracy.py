"""Accuracy and throughput of the normalizer on labelled real notices.

Usage: `python bench/accuracy.py [--eval PATH]` (default: $CERTNOTICES_EVAL, else
../shared/eval/notices-dev.jsonl beside the repository). Scores three sets side by side: the
shared dev set, and the `dev` and `test` splits of our own corpus (tests/data/real_notices/,
split by site; `test` is scored, never read while fixing). Per field: accuracy (exact match; a
null label must get a null), recall on labelled values and precision on given values. Then the
disagreements of the dev sets only, and throughput: notices per second on the dev set repeated
to 10,000 items, and normalization time over lxml parse time for the same notices as HTML and for the
replica detail pages as crawled, with the part of it spent in key facts (each time the shortest of 3–5 runs).

When the corpus carries a second, blind reading (tests/data/real_notices/second_reading.jsonl, with the
adjudication of the differences), it also prints how often the two readings agreed before adjudication, per
split: the most a normalizer can be expected to reach against one reader's labels.

Key facts (place, materials, phone, mode, fee, deadline_rule, agency; pipelines/keyfacts.py) are
scored on the corpus records that carry `labels.key_facts`, per split: accuracy per record, and
for the list facts item recall and precision. How a fact counts as right is defined once, in
pipelines/keyfacts_scoring.py (lists: one-to-one pairing after normalising wording; mode: set
equality; fee and deadline rule: the same clause; agency: the same name).
"""

from __future__ import annotations

import html
import json
import sys
import time
import timeit
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import argparse  # noqa: E402

import lxml.html  # noqa: E402

from crawler.offline import crawl_offline  # noqa: E402
from crawler.registry import load_registry  # noqa: E402
from pipelines import keyfacts  # noqa: E402
from pipelines.keyfacts import FACTS  # noqa: E402
from pipelines.keyfacts_scoring import KeyFactScores, score_key_facts  # noqa: E402
from pipelines.normalize import normalize_record  # noqa: E402
from pipelines.notice import notice_input  # noqa: E402
from bench.wrapped import wrapped  # noqa: E402
from pipelines.scoring import (  # noqa: E402
    DEV_TARGETS, LABELLED_FIELDS, SECOND_READ_FACTS, SECOND_READ_FIELDS, WINDOW_FIELDS, Scores, eval_path,
    first_reading, load_labelled, readings_by_id, score, to_record)

CORPUS = REPO / "tests" / "data" / "real_notices" / "notices.jsonl"
# The corpus read a second time, blind to the first labels, and the adjudication of where the two differed
# (tests/data/real_notices/README.md, "Two readers"): how often two readers agree is the most a normalizer
# can be expected to reach on the same texts.
SECOND_READING = CORPUS.parent / "second_reading.jsonl"
ADJUDICATION = CORPUS.parent / "adjudication.jsonl"
# Written for us by a writer who saw neither the code nor the labelled data (tests/data/probes/README.md):
# not real texts, but scored like held-out ones (they are tuned on, like dev).
PROBES = REPO / "tests" / "data" / "probes" / "probes.jsonl"
REPEAT_TO = 10_000


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_table(sets: dict[str, Scores]) -> None:
    names = list(sets)
    print(f"{'field':<15}" + "".join(f"{n + ' acc/rec/prec':>27}" for n in names) + f"{'dev target':>11}")
    for name in LABELLED_FIELDS:
        cells = []
        for scores in sets.values():
            s = scores.fields[name]
            cells.append(f"{fmt(s.accuracy)}/{fmt(s.recall)}/{fmt(s.precision)}")
        target = DEV_TARGETS.get(name)
        print(f"{name:<15}" + "".join(f"{c:>27}" for c in cells) + f"{(f'{target:.2f}' if target else '-'):>11}")
    print(f"{'records':<15}" + "".join(f"{s.count:>27}" for s in sets.values()))
    print("\nwindow days shown to a reader: read, or quoted where no window was read (pipelines/window_lines.py);"
          " recall on labelled days")
    print(f"{'field':<15}" + "".join(f"{n + ' read -> shown':>27}" for n in names))
    for name in WINDOW_FIELDS:
        cells = [f"{fmt(s.fields[name].recall)} -> {fmt(s.shown_recall(name))}" for s in sets.values()]
        print(f"{name:<15}" + "".join(f"{c:>27}" for c in cells))


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


def _best(run: Callable[[], object], repeat: int) -> float:
    """The shortest of `repeat` timed runs (timeit's own advice: the others measure the machine's other work)."""
    return min(timeit.repeat(run, repeat=repeat, number=1))


def _parse_time(pages: list[bytes], repeat: int = 5) -> float:
    return _best(lambda: [lxml.html.fromstring(p) for p in pages], repeat)


def throughput(items: list[dict]) -> dict[str, float]:
    records = [to_record(items[i % len(items)]) for i in range(REPEAT_TO)]
    for item in items:  # load data files and compile patterns outside the timing
        normalize_record(to_record(item))
    norm = _best(lambda: [normalize_record(r) for r in records], 3)
    bare = [as_html(items[i % len(items)]).encode("utf-8") for i in range(REPEAT_TO)]
    full = [as_html(items[i % len(items)], chrome=True).encode("utf-8") for i in range(REPEAT_TO)]
    return {"per_sec": REPEAT_TO / norm, "norm": norm, "parse_bare": _parse_time(bare, 3),
            "parse_full": _parse_time(full, 3), "bare_kb": sum(map(len, bare)) / len(bare) / 1024,
            "full_kb": sum(map(len, full)) / len(full) / 1024}


def replica_pages() -> tuple[list[bytes], list[dict]]:
    """The bundled replica detail pages and the records the crawler would normalize from them."""
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
    # as the crawl normalizes (pipelines/notice.py normalize_item): key facts for notices only
    for r in records[:50]:
        normalize_record(r, facts_for_notices_only=True)
    norm = _best(lambda: [normalize_record(r, facts_for_notices_only=True) for r in records], 5)
    return {"pages": len(pages), "kb": sum(map(len, pages)) / len(pages) / 1024, "norm": norm,
            "parse": _parse_time(pages), "facts": _key_facts_time(records)}


def _key_facts_time(records: list[dict], repeat: int = 3) -> float:
    """The part of normalizing `records` spent in key facts (issue 14's addition to issue 12's fields): normalize_record
    calls `keyfacts.key_facts` through the module, so a timing wrapper put there for a pass adds up its calls (the
    shortest of `repeat` passes)."""
    return min(_key_facts_pass(records) for _ in range(repeat))


def _key_facts_pass(records: list[dict]) -> float:
    spent = [0.0]

    def timing(plain: Callable[[str], dict]) -> Callable[[str], dict]:
        def timed(text: str) -> dict:
            t = time.perf_counter()
            try:
                return plain(text)
            finally:
                spent[0] += time.perf_counter() - t
        return timed

    with wrapped(keyfacts, "key_facts", timing):
        for r in records:
            normalize_record(r, facts_for_notices_only=True)
    return spent[0]


KEY_FACT_TARGET = 0.90  # per fact, on the corpus test split (issue 14)


def print_key_facts(sets: dict[str, KeyFactScores]) -> None:
    print("\nkey facts, corpus records with key-fact labels (accuracy; item recall/precision for lists)")
    print(f"{'fact':<15}" + "".join(f"{name + ' acc (rec/prec)':>32}" for name in sets) + f"{'target':>8}")
    for fact in FACTS:
        cells = []
        for scores in sets.values():
            s = scores.facts[fact]
            extra = f" ({fmt(s.recall)}/{fmt(s.precision)})" if s.labelled_items or s.given_items else ""
            cells.append(f"{fmt(s.accuracy)}{extra}")
        print(f"{fact:<15}" + "".join(f"{c:>32}" for c in cells) + f"{KEY_FACT_TARGET:>8.2f}")
    print(f"{'records':<15}" + "".join(f"{s.count:>32}" for s in sets.values()))


def print_agreement(corpus: list[dict]) -> None:
    second = readings_by_id(load_labelled(SECOND_READING))
    adjudicated = load_labelled(ADJUDICATION) if ADJUDICATION.exists() else []
    first = first_reading(corpus, adjudicated)
    print("\ntwo readers: first vs second reading of the corpus, before adjudication (accuracy; the ceiling for the"
          " normalizer),\nand the labels the adjudication changed")
    splits = ("dev", "test")
    fields = [score([r for r in first if r.get("split") == s], answer=lambda r: second.get(r["id"]),
                    fields=SECOND_READ_FIELDS) for s in splits]
    facts = [score_key_facts([r for r in first if r.get("split") == s],
                             answer=lambda r: (second.get(r["id"]) or {}).get("key_facts"), facts=SECOND_READ_FACTS)
             for s in splits]
    ids = {s: {r["id"] for r in corpus if r.get("split") == s} for s in splits}
    changed = {s: sum(1 for row in adjudicated if row["id"] in ids[s] and row["decided"] != row["first"]) for s in splits}
    print(f"{'field':<15}" + "".join(f"{'agree ' + s:>14}" for s in splits))
    for name in SECOND_READ_FIELDS:
        print(f"{name:<15}" + "".join(f"{fmt(f.fields[name].accuracy):>14}" for f in fields))
    for name in SECOND_READ_FACTS:
        print(f"{'KF ' + name:<15}" + "".join(f"{fmt(f.facts[name].accuracy):>14}" for f in facts))
    print(f"{'records':<15}" + "".join(f"{f.count:>14}" for f in fields))
    print(f"{'labels changed':<15}" + "".join(f"{changed[s]:>14}" for s in splits))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", help="the shared dev set (default: $CERTNOTICES_EVAL or ../shared/eval)")
    args = parser.parse_args(argv[1:])
    path = eval_path(args.eval)
    if not path.exists():
        print(f"the shared dev set is missing at {path}: pass --eval PATH or set $CERTNOTICES_EVAL", file=sys.stderr)
        return 2
    items = load_labelled(path)
    sets = {"shared-dev": score(items)}
    corpus = load_labelled(CORPUS) if CORPUS.exists() else []
    for split in ("dev", "test"):
        chosen = [r for r in corpus if r.get("split") == split]
        if chosen:
            sets[f"ours-{split}"] = score(chosen)
    probes = load_labelled(PROBES) if PROBES.exists() else []
    if probes:
        sets["probes"] = score(probes)
    print(f"{len(items)} labelled notices from {path}; {len(corpus)} in {CORPUS.relative_to(REPO)}; "
          f"{len(probes)} in {PROBES.relative_to(REPO)}\n")
    print_table(sets)
    key_sets = {f"ours-{split}": score_key_facts(r for r in corpus if r.get("split") == split) for split in ("dev", "test")}
    if probes:
        key_sets["probes"] = score_key_facts(probes)
    print_key_facts(key_sets)
    if corpus and SECOND_READING.exists():
        print_agreement(corpus)
    for name in ("shared-dev", "ours-dev"):
        if name not in sets:
            continue
        misses = sets[name].misses
        print(f"\n{name}: {len(misses)} disagreements (id, field, label, got):")
        for id_, field, want, got in misses:
            print(f"  {id_:<8}{field:<15}{json.dumps(want, ensure_ascii=False):<28}{json.dumps(got, ensure_ascii=False)}")
    misses = key_sets["ours-dev"].misses
    print(f"\nours-dev key facts: {len(misses)} disagreements (id, fact, label, got):")
    for id_, fact, want, got in misses:
        print(f"  {id_:<8}{fact:<15}{json.dumps(want, ensure_ascii=False)}  ->  {json.dumps(got, ensure_ascii=False)}")
    t = throughput(items)
    print(f"\nthroughput: {t['per_sec']:,.0f} notices/s ({REPEAT_TO:,} notices in {t['norm']:.2f} s)")
    print(f"lxml parse, same notices as bare pages ({t['bare_kb']:.1f} kB): {t['parse_bare']:.2f} s; "
          f"normalize/parse = {t['norm'] / t['parse_bare']:.2f}x")
    print(f"lxml parse, with site menu and footer ({t['full_kb']:.1f} kB): {t['parse_full']:.2f} s; "
          f"normalize/parse = {t['norm'] / t['parse_full']:.2f}x")
    r = replica_ratio()
    print(f"replica detail pages as crawled ({r['pages']} pages, {r['kb']:.1f} kB): lxml parse {r['parse']:.3f} s, "
          f"normalize {r['norm']:.3f} s; normalize/parse = {r['norm'] / r['parse']:.2f}x")
    fields = max(r["norm"] - r["facts"], 0.0)  # (the facts timed in a second pass: the same work, other noise)
    print(f"  of which key facts about {r['facts']:.3f} s ({r['facts'] / r['parse']:.2f}x parse), the fields about "
          f"{fields:.3f} s ({fields / r['parse']:.2f}x parse)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
