"""Search latency over HTTP: our FTS index versus LIKE scans, same server, same run.

    .venv/bin/python bench/search.py --n 200000        # generates data/bench-200000.db once
    .venv/bin/python bench/search.py --search-filter both --facets both   # all four set-ups

Times what metadata.yml serves by default (the certnotices search filter and one-pass facets);
--search-filter / --facets add Datasette's own filter and facets, timed in the same run.

Builds (or reuses) a generated database, indexes it with db.search.sync_search_index, starts a
real `datasette` on 127.0.0.1 with the certnotices plugin and the project's metadata.yml, then
times ten candidate queries as the table's JSON API serves them (?_search= + ?_facet=, so the
row page, the count and every configured facet run) and the same terms as a LIKE scan through
?sql= (one query doing the count per facet value: less work than the table page does, so the
ratio flatters LIKE, not us).
"""

from __future__ import annotations

import argparse
import json
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlencode

import httpx
import sqlite_utils
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gen_notices import generate  # noqa: E402
from db import feed  # noqa: E402
from db.plugin.search import size_page_cache  # noqa: E402
from db.search import sync_search_index  # noqa: E402
from db.store import ensure_schema  # noqa: E402
from pipelines.text import simplify  # noqa: E402

# (what the candidate types, facet column)
QUERIES = [
    ("河南 补办", "exam"),
    ("監理 領證", "province"),
    ("2024 河南", "exam"),
    ("一级建造师", "province"),
    ("9月 第2批次", "province"),
    ("四川 电子证书", "exam"),
    ("消防工程师 邮寄", "province"),
    ("兵团", "exam"),
    ("广东 造价工程师 2023", "kind"),
    ("执业药师 补办", "province"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def like_sql(user_query: str, facet: str) -> tuple[str, dict]:
    # Terms as the index sees them (Simplified, half-width), so both sides answer the same
    # question; the table has no lower-cased column, which only matters for Latin terms.
    clauses, params = [], {}
    for i, term in enumerate(simplify(user_query).split()):
        params[f"t{i}"] = f"%{term}%"
        clauses.append(f"(title LIKE :t{i} OR body_text LIKE :t{i})")
    sql = (
        f"SELECT [{facet}], count(*) AS n FROM notices WHERE {' AND '.join(clauses)} "
        f"GROUP BY [{facet}] ORDER BY n DESC"
    )
    return sql, params


def metadata_for(db_path: Path) -> dict:
    # metadata.yml names the database `demo`; Datasette names it after the file's stem.
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if "demo" in databases:
        databases[db_path.stem] = databases.pop("demo")
    return metadata


def start_datasette(
    db_path: Path, metadata_path: Path, port: int, suggest: bool = False
) -> subprocess.Popen:
    cmd = [
        str(ROOT / ".venv/bin/datasette"), "serve", str(db_path),
        "--host", "127.0.0.1", "--port", str(port), "--metadata", str(metadata_path),
        "--template-dir", str(ROOT / "db" / "templates"),  # as `notices serve`: the candidates' pages
        # Generous limits so that a slow LIKE scan or a slow facet is timed, not cut short.
        "--setting", "sql_time_limit_ms", "60000",
        "--setting", "facet_time_limit_ms", "60000",
        "--setting", "num_sql_threads", "2",
        *(["--setting", "suggest_facets", "off"] if not suggest else []),
    ]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(client: httpx.Client, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"datasette exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if client.get("/-/versions.json").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("datasette did not start")


def timed_get(client: httpx.Client, url: str) -> tuple[float, dict]:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url} -> {response.status_code}: {response.text[:500]}")
    return elapsed, response.json()


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


class Server:
    """A datasette subprocess on a free loopback port, with one metadata variant."""

    def __init__(self, db_path: Path, variant: str, suggest: bool) -> None:
        search_filter, facets = variant.split("/")
        metadata = metadata_for(db_path)
        if facets == "stock":
            metadata.setdefault("plugins", {}).setdefault("certnotices", {})["one_pass_facets"] = False
        if search_filter == "datasette":
            # metadata.yml leaves ?_search= to our plugin; this puts Datasette's filter back.
            tables = metadata["databases"][db_path.stem]["tables"]
            tables["notices"].update(fts_table="notices_fts", fts_pk="rowid", searchmode="escaped")
            tables["feed"].update(fts_table="notices_fts", fts_pk="fts_rowid", searchmode="escaped")
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(metadata, f, ensure_ascii=False)
        self.metadata_path = Path(f.name)
        port = free_port()
        self.proc = start_datasette(db_path, self.metadata_path, port, suggest)
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120)
        wait_ready(self.client, self.proc)

    def close(self) -> None:
        self.client.close()
        self.proc.terminate()
        self.proc.wait(timeout=30)
        self.metadata_path.unlink(missing_ok=True)


def time_urls(client: httpx.Client, urls: list[str], repeat: int) -> tuple[list[list[float]], list[dict]]:
    for url in urls:  # warm the page cache and the connections
        timed_get(client, url)
    times: list[list[float]] = [[] for _ in urls]
    first: list[dict] = []
    for _ in range(repeat):
        for i, url in enumerate(urls):
            elapsed, data = timed_get(client, url)
            times[i].append(elapsed)
            if len(first) <= i:
                first.append(data)
    return times, first


def run(db_path: Path, table: str, repeat: int, like_repeat: int, variants: list[str], suggest: bool) -> dict:
    db_name = db_path.stem
    search_urls = [
        f"/{db_name}/{table}.json?" + urlencode({"_search": q, "_facet": facet})
        for q, facet in QUERIES
    ]
    like_urls = []
    for q, facet in QUERIES:
        sql, params = like_sql(q, facet)
        like_urls.append(f"/{db_name}.json?" + urlencode({"sql": sql, **params}))
    out: dict = {"search": {}}
    for variant in variants:
        server = Server(db_path, variant, suggest)
        try:
            times, first = time_urls(server.client, search_urls, repeat)
            if not any(data["filtered_table_rows_count"] for data in first):
                raise SystemExit("every search found nothing: is the index built?")
            out["search"][variant] = [
                {"query": q, "facet": facet, "hits": data["filtered_table_rows_count"],
                 "facets_timed_out": data.get("facets_timed_out", []),
                 "median": statistics.median(t), "p95": p95(t), "all": t}
                for (q, facet), t, data in zip(QUERIES, times, first)
            ]
            if "like" not in out:
                times, first = time_urls(server.client, like_urls, like_repeat)
                out["like"] = [
                    {"hits": sum(row[1] for row in data["rows"]),
                     "median": statistics.median(t), "all": t}
                    for t, data in zip(times, first)
                ]
        finally:
            server.close()
    return out


def report(n: int, table: str, out: dict, suggest: bool) -> None:
    extra = " + suggested facets" if suggest else ""
    like = out["like"]
    for variant, results in out["search"].items():
        search_filter, facets = variant.split("/")
        how = {"datasette": "Datasette's fts_table filter (MATCH in every statement)",
               "plugin": "certnotices filter (one MATCH per page)"}[search_filter]
        how_facets = {"one-pass": "certnotices one-pass facets (one statement for all)",
                      "stock": "Datasette's facets (one statement per facet)"}[facets]
        print(f"\nN = {n:,} notices; ms over HTTP; /{table}.json: rows + count + facets{extra}")
        print(f"search through {how}; {how_facets}")
        print(f"{'query':<24}{'facet':<10}{'hits':>9}{'median':>9}{'p95':>9}{'LIKE med':>10}{'ratio':>8}")
        for r, lk in zip(results, like):
            flag = "" if r["hits"] == lk["hits"] else f"  (LIKE counted {lk['hits']})"
            if r["facets_timed_out"]:
                flag += f"  facets timed out: {r['facets_timed_out']}"
            label = r["query"] + " " * (24 - 2 * len(r["query"]) + sum(c.isascii() for c in r["query"]))
            print(f"{label}{r['facet']:<10}{r['hits']:>9,}{r['median']:>9.1f}{r['p95']:>9.1f}"
                  f"{lk['median']:>10.1f}{lk['median'] / r['median']:>7.1f}x{flag}")
        fts_all = [t for r in results for t in r["all"]]
        like_all = [t for lk in like for t in lk["all"]]
        print(f"{'all ten queries':<43}{statistics.median(fts_all):>9.1f}{p95(fts_all):>9.1f}"
              f"{statistics.median(like_all):>10.1f}"
              f"{statistics.median(like_all) / statistics.median(fts_all):>7.1f}x")


# --- the candidates' pages (db/feed.py): direct, and as served at / ------------------------------


def china_today() -> str:
    return (datetime.now(timezone.utc) + timedelta(hours=8)).date().isoformat()


def summary(times: list[float]) -> dict:
    return {"p50": statistics.median(times), "p95": p95(times), "n": len(times)}


def prepare(n: int, regenerate: bool = False) -> Path:
    """data/bench-<n>.db, generated once, indexed, with the schema and the feed's counts."""
    db_path = ROOT / "data" / f"bench-{n}.db"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if regenerate or not db_path.exists():
        started = time.perf_counter()
        generate(db_path, n)
        print(f"generated {n:,} notices in {time.perf_counter() - started:.0f} s", flush=True)
    db = sqlite_utils.Database(db_path)
    sync_search_index(db, [])
    ensure_schema(db)
    if not db["feed_counts"].count:
        feed.refresh_feed_counts(db)
    db.close()
    return db_path


def feed_timings(db_path: Path, repeat: int, like_repeat: int, today: str, like_queries: int = len(QUERIES)) -> dict:
    """feed_page in this process (a connection set up as the plugin's), against LIKE scans on it."""
    conn = sqlite3.connect(db_path, check_same_thread=False)
    size_page_cache(conn)
    feed._CACHE.clear()
    started = time.perf_counter()
    feed.feed_page(conn, feed.FeedQuery(today=today))
    landing_cold = (time.perf_counter() - started) * 1000
    per_query, all_search = [], []
    for q, _ in QUERIES:
        query = feed.FeedQuery(today=today, q=q)
        page = feed.feed_page(conn, query)  # warm
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            feed.feed_page(conn, query)
            times.append((time.perf_counter() - started) * 1000)
        all_search += times
        per_query.append({"query": q, "total": page.total, "capped": page.total_capped, **summary(times)})
    landing = []
    for _ in range(repeat):
        started = time.perf_counter()
        feed.feed_page(conn, feed.FeedQuery(today=today))
        landing.append((time.perf_counter() - started) * 1000)
    like = []  # a scan costs about the same whatever the terms: a few queries are enough for a quick run
    for q, facet in QUERIES[:like_queries]:
        sql, params = like_sql(q, facet)
        for _ in range(like_repeat):
            started = time.perf_counter()
            conn.execute(sql, params).fetchall()
            like.append((time.perf_counter() - started) * 1000)
    conn.close()
    return {"search": summary(all_search), "per_query": per_query, "landing": summary(landing),
            "landing_cold_ms": landing_cold, "like": summary(like),
            "like_queries": like_queries, "search_vs_like": statistics.median(like) / statistics.median(all_search)}


def http_timings(db_path: Path, repeat: int) -> dict | None:
    """The candidates' pages as served (`/?q=` HTML and its JSON); a page that does not answer 200
    is reported as such, None when neither does."""
    server = Server(db_path, "plugin/one-pass", False)
    try:
        out = {}
        for label, path in (("html", "/"), ("json", "/-/notices.json")):
            status = server.client.get(path + "?q=" + QUERIES[0][0]).status_code
            if status != 200:
                out[label] = {"path": path, "error": status}
                continue
            urls = [f"{path}?" + urlencode({"q": q}) for q, _ in QUERIES]
            for url in urls:
                server.client.get(url)
            times = []
            for _ in range(repeat):
                for url in urls:
                    started = time.perf_counter()
                    response = server.client.get(url)
                    times.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise SystemExit(f"{url} -> {response.status_code}")
            landing = []
            server.client.get(path)  # warm
            for _ in range(repeat):
                started = time.perf_counter()
                server.client.get(path)
                landing.append((time.perf_counter() - started) * 1000)
            out[label] = {"search": summary(times), "landing": summary(landing), "path": path}
        return out if any("error" not in v for v in out.values()) else None
    finally:
        server.close()


def measure_feed(n: int, repeat: int = 10, like_repeat: int = 2, http: bool = True, like_queries: int = len(QUERIES)) -> dict:
    db_path = prepare(n)
    today = china_today()
    out = {"n": n, "today": today, "direct": feed_timings(db_path, repeat, like_repeat, today, like_queries)}
    out["http"] = http_timings(db_path, max(repeat // 2, 3)) if http else None
    return out


def print_feed(out: dict) -> None:
    d = out["direct"]
    print(f"\nN = {out['n']:,}; db/feed.py feed_page in process (today {out['today']}); ms")
    print(f"{'query':<24}{'total':>9}{'p50':>9}{'p95':>9}")
    for r in d["per_query"]:
        label = r["query"] + " " * (24 - 2 * len(r["query"]) + sum(c.isascii() for c in r["query"]))
        total = f"{r['total']:,}" + ("+" if r["capped"] else "")
        print(f"{label}{total:>9}{r['p50']:>9.1f}{r['p95']:>9.1f}")
    print(f"all searches p50 {d['search']['p50']:.1f} p95 {d['search']['p95']:.1f}; LIKE p50 {d['like']['p50']:.0f} "
          f"-> {d['search_vs_like']:.0f}x; landing p50 {d['landing']['p50']:.1f} p95 {d['landing']['p95']:.1f} "
          f"(first after a refresh {d['landing_cold_ms']:.0f})")
    for h in (out.get("http") or {}).values():
        if "error" in h:
            print(f"served {h['path']}?q=: answered {h['error']}, not timed")
            continue
        print(f"served {h['path']}?q=: search p50 {h['search']['p50']:.1f} "
              f"p95 {h['search']['p95']:.1f}; landing p50 {h['landing']['p50']:.1f} p95 {h['landing']['p95']:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="default: data/bench-<n>.db, reused if present")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per FTS query")
    parser.add_argument("--like-repeat", type=int, default=5, help="timed requests per LIKE query")
    parser.add_argument(
        "--suggest-facets", action="store_true",
        help="keep Datasette's suggested facets on (one extra query per column per request)",
    )
    parser.add_argument(
        "--search-filter", choices=["datasette", "plugin", "both"], default="plugin",
        help="which ?_search= implementation to time: ours (served by metadata.yml), "
             "Datasette's fts_table filter, or both against one LIKE run",
    )
    parser.add_argument(
        "--facets", choices=["one-pass", "stock", "both"], default="one-pass",
        help="facet counting to time: ours, Datasette's, or both in the same run",
    )
    parser.add_argument(
        "--table", choices=["notices", "feed"], default="notices",
        help="the page to time: every notice (default) or the candidates' one-row-per-event feed view",
    )
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--feed", action="store_true",
                        help="time the candidates' pages (db/feed.py, and / as served) instead of the table view")
    args = parser.parse_args()
    if args.feed:
        out = measure_feed(args.n, args.repeat, args.like_repeat)
        print_feed(out)
        if args.json:
            args.json.write_text(json.dumps(out, ensure_ascii=False))
        return
    db_path = args.db or ROOT / "data" / f"bench-{args.n}.db"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if args.regenerate or not db_path.exists():
        started = time.perf_counter()
        generate(db_path, args.n)
        print(f"generated {args.n:,} notices in {time.perf_counter() - started:.0f} s")
    # With no ids this only rebuilds an index missing or of an older layout.
    started = time.perf_counter()
    if sync_search_index(sqlite_utils.Database(db_path), []):
        print(f"indexed in {time.perf_counter() - started:.0f} s; "
              f"file {db_path.stat().st_size / 1e6:,.0f} MB")
    if args.table == "feed":
        ensure_schema(sqlite_utils.Database(db_path))  # the feed view and the tables it reads
    filters = ["datasette", "plugin"] if args.search_filter == "both" else [args.search_filter]
    facets = ["one-pass", "stock"] if args.facets == "both" else [args.facets]
    variants = [f"{f}/{c}" for f in filters for c in facets]
    out = run(db_path, args.table, args.repeat, args.like_repeat, variants, args.suggest_facets)
    report(args.n, args.table, out, args.suggest_facets)
    if args.json:
        args.json.write_text(json.dumps({"n": args.n, **out}, ensure_ascii=False))


if __name__ == "__main__":
    main()
