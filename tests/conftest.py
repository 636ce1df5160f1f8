"""Shared fixtures: a replica server on 127.0.0.1, real crawls in a subprocess, a real Datasette."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from crawler.replica import day_today, start_replica_server

REPO_ROOT = Path(__file__).resolve().parents[1]
NETGUARD = Path(__file__).resolve().parent / "netguard"

# Every process a test starts loads tests/netguard/sitecustomize.py, which refuses non-loopback
# network use; this process gets the same guard by importing it.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(NETGUARD), os.environ.get("PYTHONPATH")]))
import tests.netguard.sitecustomize  # noqa: E402,F401


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# `notices crawl` exits 3 when a source failed: over the replicas, the sources behind the
# imitated WAF always do (test_pipeline_e2e checks that those are the only ones).
SOURCES_FAILED = 3


def run_notices(*args: str, timeout: int = 240, check: bool = True, ok: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess:
    """Run the `notices` CLI in a subprocess (Scrapy's reactor starts once per process); with
    `check`, an exit code outside `ok` fails the test."""
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout,
    )
    if check and result.returncode not in ok:
        raise AssertionError(f"notices {' '.join(args)} exited {result.returncode}\n{result.stdout}\n{result.stderr[-4000:]}")
    return result


def normalized(text: str) -> dict:
    """`notices normalize`'s fields of a bare text (no list date, no address): the table tests' one call."""
    from pipelines.normalize import normalize_record

    return normalize_record({"text": text, "listed_date": None, "source_url": None})


def fetch(url: str) -> tuple[int, str, str]:
    """(status, content type, text) of a GET, an HTTP error status included (not raised)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get("content-type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("content-type", ""), error.read().decode("utf-8")


def get_json(url: str, timeout: float = 10):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture(scope="session")
def replica_url():
    server, url = start_replica_server()
    yield url
    server.shutdown()


class ReplicaDays:
    """Replica servers for the replica days (crawler/replicas/_days/README.md), one per day,
    started on first use: `replica_days.url(2)`, and `replica_days.today(2)` for NOTICES_TODAY."""

    def __init__(self) -> None:
        self.servers: dict[int, tuple] = {}

    def url(self, day: int) -> str:
        if day not in self.servers:
            self.servers[day] = start_replica_server(day=day)
        return self.servers[day][1]

    def today(self, day: int) -> str:
        return day_today(day)

    def close(self) -> None:
        for server, _ in self.servers.values():
            server.shutdown()


@pytest.fixture(scope="session")
def replica_days():
    days = ReplicaDays()
    yield days
    days.close()


@pytest.fixture(scope="session")
def crawled_db(tmp_path_factory, replica_url) -> Path:
    """Every registered source crawled once from the bundled replicas, on replica day 1's
    "today" (the silence check and the incremental logic read it: a frozen clock)."""
    db_path = tmp_path_factory.mktemp("crawl") / "notices.db"
    result = run_notices("crawl", "--replica", replica_url, "--db", str(db_path), "--log-level", "WARNING",
                         "-s", f"NOTICES_TODAY={day_today(1)}", ok=(0, SOURCES_FAILED))
    (db_path.parent / "crawl.out").write_text(result.stdout + "\n" + result.stderr, "utf-8")
    (db_path.parent / "crawl.exit").write_text(str(result.returncode), "utf-8")
    return db_path


def stop_process(process: subprocess.Popen, log) -> None:
    """End a server a test started (terminate, then kill after 10 s) and close its log file."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


class DatasetteServer:
    """`notices serve` on a free port, or another command given the port (command(port))."""

    def __init__(self, db_path: Path, command=None, port: int | None = None, today: str | None = None) -> None:
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.db_name = db_path.stem
        argv = command(self.port) if command else [
            sys.executable, "-m", "crawler.cli", "serve", "--db", str(db_path), "--port", str(self.port),
            *(["--today", today] if today else [])]
        # The server's output goes to a file, never to a pipe nobody reads: Datasette prints a
        # long rich traceback per failed request, and a full pipe blocks the server mid-request.
        self.log = tempfile.NamedTemporaryFile(prefix="datasette-", suffix=".log", delete=False)
        self.process = subprocess.Popen(argv, cwd=REPO_ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"datasette exited early:\n{self.output()}")
            try:
                get_json(f"{self.base}/-/versions.json", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError("datasette did not start within 60 s")

    def output(self) -> str:
        return Path(self.log.name).read_text("utf-8", errors="replace")

    def json(self, path: str):
        return get_json(self.base + path)

    def stop(self) -> None:
        stop_process(self.process, self.log)
        Path(self.log.name).unlink(missing_ok=True)


@pytest.fixture(scope="session")
def datasette(crawled_db):
    # The candidates' pages judge status on the crawl's frozen day, as the demo does.
    server = DatasetteServer(crawled_db, today=day_today(1))
    yield server
    server.stop()


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from the spiders")
