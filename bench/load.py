"""Served pages under concurrent load: one Datasette process, then several behind haproxy.

    .venv/bin/python bench/load.py                      # 20,000 generated notices, 1 and 3 processes
    .venv/bin/python bench/load.py --processes 1,2,4 --clients 16 --seconds 20

Publishes a snapshot of a generated database (bench/gen_notices.py, made once as
data/bench-<n>.db, shared with bench/search.py), starts `notices serve-snapshot` replicas on
127.0.0.1 and, for more than one, Debian's haproxy (`make balancer`) with the configuration of
`notices balancer-config`; then --clients threads ask for candidate pages (the feed, filtered
feeds, a search, the JSON API) in turn until --requests answers or --seconds have passed. Prints
requests/s, p50/p95/p99 latency and errors per set-up. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gen_notices import generate  # noqa: E402
from db.search import sync_search_index  # noqa: E402
from db.snapshots import haproxy_config, publish  # noqa: E402
from db.store import ensure_schema  # noqa: E402

PAGES = [
    "/notices/feed",
    "/notices/feed.json?_size=20",
    f"/notices/feed.json?province={quote('河南省')}",
    f"/notices/feed?kind=reissue&province={quote('江苏省')}",
    f"/notices/notices.json?_search={quote('证书 领取')}",
    f"/notices/notices?_search={quote('监理 补办')}",
    "/notices/notices.json?_size=1",
    "/-/notices.json",  # the candidates' own feed and search (db/feed.py)
    f"/-/notices.json?q={quote('河南 补办')}",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(url: str, processes: list[subprocess.Popen], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            raise SystemExit(f"a server exited early while waiting for {url}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} not ready within {timeout} s")


def haproxy_binary() -> str:
    found = shutil.which("haproxy") or ("/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None)
    if not found:
        raise SystemExit("haproxy is missing: `make balancer` installs Debian's haproxy")
    return found


class Servers:
    """`processes` replicas of the snapshot in `snapshots`, behind haproxy when more than one."""

    def __init__(self, snapshots: Path, processes: int, workdir: Path) -> None:
        self.children: list[subprocess.Popen] = []
        self.logs = []
        ports = [free_port() for _ in range(processes)]
        for port in ports:
            self.spawn([sys.executable, "-m", "crawler.cli", "serve-snapshot", "--dir", str(snapshots),
                        "--port", str(port)], workdir / f"replica-{port}.log")
        for port in ports:
            wait_ready(f"http://127.0.0.1:{port}/-/versions.json", self.children)
        if processes == 1:
            self.base = f"http://127.0.0.1:{ports[0]}"
            return
        port = free_port()
        config = workdir / f"haproxy-{processes}.cfg"
        config.write_text(haproxy_config(port, [f"127.0.0.1:{p}" for p in ports]), "utf-8")
        self.spawn([haproxy_binary(), "-db", "-f", str(config)], workdir / f"haproxy-{processes}.log")
        self.base = f"http://127.0.0.1:{port}"
        wait_ready(f"{self.base}/-/versions.json", self.children)
        time.sleep(1.5)  # haproxy's first health checks (rise 2, every 500 ms) put every replica in

    def spawn(self, argv: list[str], log: Path) -> None:
        handle = open(log, "w")
        self.logs.append(handle)
        self.children.append(subprocess.Popen(argv, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT))

    def close(self) -> None:
        for child in self.children:
            child.terminate()
        for child in self.children:
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
        for handle in self.logs:
            handle.close()


def drive(base: str, clients: int, max_requests: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(index: int) -> None:
        turn = index
        with httpx.Client(base_url=base, timeout=30) as http:
            while time.monotonic() < deadline:
                with lock:
                    if len(latencies) + len(errors) >= max_requests:
                        return
                path = PAGES[turn % len(PAGES)]
                turn += 1
                started = time.perf_counter()
                try:
                    response = http.get(path)
                    response.read()
                    ok = response.status_code == 200
                except httpx.HTTPError as error:
                    ok, response = False, error
                elapsed = time.perf_counter() - started
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        errors.append(f"{path}: {getattr(response, 'status_code', response)!r}")

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    ms = sorted(1000 * v for v in latencies)
    quantiles = statistics.quantiles(ms, n=100) if len(ms) > 1 else [ms[0] if ms else 0.0] * 99
    return {"requests": len(ms), "errors": len(errors), "wall": wall, "rps": len(ms) / wall,
            "p50": quantiles[49], "p95": quantiles[94], "p99": quantiles[98], "first_errors": errors[:3]}


def bench_db(n: int) -> Path:
    """data/bench-<n>.db (generated once), indexed and with the current schema."""
    db_path = ROOT / "data" / f"bench-{n}.db"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if not db_path.exists():
        generate(db_path, n)
    sync_search_index(sqlite_utils.Database(db_path), [])
    ensure_schema(sqlite_utils.Database(db_path))
    return db_path


def measure(db_path: Path, processes: list[int], clients: int, requests: int, seconds: float,
            echo: bool = True) -> list[dict]:
    """One figure set per process count: {"label", "processes", "requests", "errors", "rps", "p50", ...}."""
    results = []
    with tempfile.TemporaryDirectory(prefix="certnotices-load-") as tmp:
        workdir = Path(tmp)
        copy = workdir / "notices.db"  # the served name is the stem: /notices/…
        shutil.copyfile(db_path, copy)
        publish(copy, workdir / "snapshots")
        if echo:
            print(f"{db_path.name}: {clients} clients, at most {requests} requests or {seconds:.0f} s "
                  f"per set-up, {len(PAGES)} pages in turn")
            print(f"{'set-up':<28}{'requests':>9}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
        for count in processes:
            servers = Servers(workdir / "snapshots", count, workdir)
            try:
                drive(servers.base, 2, 20, 10)  # warm-up
                out = drive(servers.base, clients, requests, seconds)
            finally:
                servers.close()
            label = "1 process" if count == 1 else f"{count} processes + haproxy"
            results.append({"label": label, "processes": count, "clients": clients, **out})
            if echo:
                print(f"{label:<28}{out['requests']:>9}{out['errors']:>8}{out['rps']:>9.1f}"
                      f"{out['p50']:>9.1f}{out['p95']:>9.1f}{out['p99']:>9.1f}")
                for error in out["first_errors"]:
                    print(f"    error: {error}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000, help="generated notices (data/bench-<n>.db)")
    parser.add_argument("--db", type=Path, help="serve a copy of this database instead")
    parser.add_argument("--processes", default="1,3", help="comma-separated Datasette process counts")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000, help="at most this many requests per set-up")
    parser.add_argument("--seconds", type=float, default=30, help="at most this long per set-up")
    args = parser.parse_args()
    db_path = args.db or bench_db(args.n)
    measure(db_path, [int(p) for p in args.processes.split(",")], args.clients, args.requests, args.seconds)


if __name__ == "__main__":
    main()
