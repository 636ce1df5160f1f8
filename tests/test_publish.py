"""Several readers: `notices publish` snapshots, read-only replicas (`notices serve-snapshot`) and
Debian's haproxy in front of them (`notices balancer-config`), under load, on 127.0.0.1 only.

haproxy comes from `make balancer` (part of `make test`); without it these tests fail."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from crawler.subscriptions import add_subscription
from db.snapshots import CURRENT, INSPECT_SUFFIX, current_snapshot, publish, served_name
from tests.conftest import DatasetteServer, free_port, run_notices, stop_process

# Pages the clients ask for, each answering with a count: a table (counted from the snapshot's
# inspect file) and a view (counted by a query).
COUNTED = {
    "/notices/notices.json?_size=1": "select count(*) from notices",
    "/notices/feed.json?_size=1": "select count(*) from feed",
}
PAGES = [*COUNTED, "/notices/feed", "/"]
CLIENTS = 4
MAX_REQUESTS = 20000
DEADLINE = 40  # seconds for each wait below; the whole test takes far less


def haproxy_binary() -> str:
    found = shutil.which("haproxy") or next((p for p in ("/usr/sbin/haproxy",) if os.access(p, os.X_OK)), None)
    assert found, "haproxy is missing: `make balancer` installs Debian's haproxy"
    return found


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of a (WAL) database, taken with the backup API."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def counts(snapshot: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True) as conn:
        return {path: conn.execute(sql).fetchone()[0] for path, sql in COUNTED.items()}


def add_marker_notice(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        row = dict(conn.execute("select * from notices where duplicate_of is null limit 1").fetchone())
        row.update(id="marker-publish-test", title="MARKER 证书领取 snapshot B", url="https://example.org/marker")
        conn.execute(f"insert into notices ({', '.join(row)}) values ({', '.join('?' for _ in row)})", list(row.values()))


def wait_for(condition, what: str, timeout: float = DEADLINE) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Balancer:
    """haproxy in the foreground with a configuration from `notices balancer-config`."""

    def __init__(self, workdir: Path, replica_ports: list[int]) -> None:
        self.port, self.stats_port = free_port(), free_port()
        config = run_notices("balancer-config", "--port", str(self.port), "--stats-port", str(self.stats_port),
                             *[arg for port in replica_ports for arg in ("--replica", f"127.0.0.1:{port}")]).stdout
        self.config_file = workdir / "haproxy.cfg"
        self.config_file.write_text(config, "utf-8")
        binary = haproxy_binary()
        check = subprocess.run([binary, "-c", "-f", str(self.config_file)], capture_output=True, text=True)
        assert check.returncode == 0, f"haproxy refused the configuration:\n{check.stdout}{check.stderr}\n{config}"
        self.log = open(workdir / "haproxy.log", "w")
        self.process = subprocess.Popen([binary, "-db", "-f", str(self.config_file)], stdout=self.log,
                                        stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{self.port}"

    def states(self) -> dict[str, str]:
        """Each replica's state as haproxy sees it: UP, DOWN, …"""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.stats_port}/stats;csv", timeout=5) as response:
                text = response.read().decode("utf-8").lstrip("# ")
        except OSError:
            return {}
        return {row["svname"]: row["status"] for row in csv.DictReader(io.StringIO(text))
                if row["pxname"] == "replicas" and row["svname"] not in ("FRONTEND", "BACKEND")}

    def stop(self) -> None:
        stop_process(self.process, self.log)


def start_replica(snapshots: Path, port: int | None = None) -> DatasetteServer:
    return DatasetteServer(snapshots / "notices.db", port=port, command=lambda port: [
        sys.executable, "-m", "crawler.cli", "serve-snapshot", "--dir", str(snapshots), "--port", str(port)])


class Load:
    """CLIENTS threads asking the balancer for PAGES until stopped (or MAX_REQUESTS in all)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.answers: list[tuple[float, str, int, int | None]] = []  # (started, path, status, count)
        self.failures: list[str] = []
        self.stopped = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.client, args=(i,), daemon=True) for i in range(CLIENTS)]
        for thread in self.threads:
            thread.start()

    def client(self, index: int) -> None:
        turn = index
        while not self.stopped.is_set():
            with self.lock:
                if len(self.answers) + len(self.failures) >= MAX_REQUESTS:
                    return
            path = PAGES[turn % len(PAGES)]
            turn += 1
            started = time.monotonic()
            try:
                with urllib.request.urlopen(self.base + path, timeout=30) as response:
                    body = response.read()
                    count = json.loads(body)["filtered_table_rows_count"] if path in COUNTED else None
                    with self.lock:
                        self.answers.append((started, path, response.status, count))
            except (OSError, ValueError, KeyError) as error:
                detail = error.read()[:300] if isinstance(error, urllib.error.HTTPError) else ""
                with self.lock:
                    self.failures.append(f"{path}: {error!r} {detail!r}")

    def answered_since(self, moment: float) -> int:
        with self.lock:
            return sum(1 for started, *_ in self.answers if started >= moment)

    def stop(self) -> None:
        self.stopped.set()
        for thread in self.threads:
            thread.join(timeout=60)


def test_publish_is_consistent_while_a_crawl_writes(crawled_db, tmp_path):
    """The snapshot holds what was committed, not a write in progress, and publishing does not wait
    for the writer; never-served rows are not copied; `current` names the newest snapshot."""
    db_path = copy_database(crawled_db, tmp_path / "notices.db")
    committed = counts(db_path)
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("begin immediate")
        writer.execute("delete from notices")
        started = time.monotonic()
        snapshot = Path(run_notices("publish", "--db", str(db_path), "--out", str(tmp_path / "snap")).stdout.strip())
        assert time.monotonic() - started < 30
    finally:
        writer.execute("rollback")
        writer.close()
    assert snapshot.name.startswith("notices-") and served_name(snapshot) == "notices"
    assert current_snapshot(tmp_path / "snap") == snapshot
    assert counts(snapshot) == committed and committed["/notices/notices.json?_size=1"] > 0
    with sqlite3.connect(snapshot) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        for table in ("pages", "subscriptions", "reminders_sent"):
            if table in tables:
                assert conn.execute(f"select count(*) from [{table}]").fetchone()[0] == 0, table
        assert "pages" in tables
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select count(*) from pages").fetchone()[0] > 0  # the source keeps them
    inspect = json.loads(snapshot.with_name(snapshot.name + INSPECT_SUFFIX).read_text("utf-8"))
    assert inspect["notices"]["tables"]["notices"]["count"] == committed["/notices/notices.json?_size=1"]


def test_publish_keeps_old_snapshots_and_never_the_current_one(crawled_db, tmp_path):
    db_path = copy_database(crawled_db, tmp_path / "notices.db")
    out = tmp_path / "snap"
    first = publish(db_path, out, keep=2)
    assert publish(db_path, out, keep=2) == first  # the same content names the same file
    published = [first]
    for n in range(3):
        with sqlite3.connect(db_path) as conn:
            conn.execute("delete from notices where rowid = (select max(rowid) from notices)")
        time.sleep(0.01)  # distinct modification times
        published.append(publish(db_path, out, keep=2))
    assert len(set(published)) == 4
    left = sorted(p.name for p in out.glob("notices-*.db"))
    assert left == sorted(p.name for p in published[-2:])
    assert os.readlink(out / CURRENT) == published[-1].name
    assert sorted(p.name for p in out.glob(f"*{INSPECT_SUFFIX}")) == sorted(p.name + INSPECT_SUFFIX for p in published[-2:])


def test_an_unsubscribe_link_opened_on_a_replica_says_the_replica_cannot_and_not_that_the_link_is_wrong(
        crawled_db, tmp_path):
    db_path = copy_database(crawled_db, tmp_path / "notices.db")
    token = add_subscription(sqlite_utils.Database(db_path), "jsons://127.0.0.1:9/hook", {"province": "河南省"},
                             date(2026, 11, 20), allow_local=True)["token"]
    snapshots = tmp_path / "snap"
    publish(db_path, snapshots)
    replica = start_replica(snapshots)
    try:
        try:
            urllib.request.urlopen(f"{replica.base}/-/unsubscribe?token={token}", timeout=20)
            raise AssertionError("a replica answered an unsubscribe as if it could")
        except urllib.error.HTTPError as error:
            status, page = error.code, error.read().decode("utf-8")
        assert status == 503
        assert "只读副本" in page and "链接无效" not in page
        assert "--site-url" in replica.output()  # and the operator is told what to change
    finally:
        replica.stop()
    assert sqlite_utils.Database(db_path)["subscriptions"].count == 1


def test_replicas_behind_haproxy_swap_snapshots_under_load(crawled_db, tmp_path):
    """Two read-only replicas behind haproxy; under load a second snapshot is published and rolled
    out replica by replica (each stopped, then started on the new one), then one replica is killed:
    no request fails, and every answer comes from one complete snapshot (its counts are those of
    snapshot A or of snapshot B, and only B's once both replicas serve B)."""
    db_path = copy_database(crawled_db, tmp_path / "notices.db")
    snapshots = tmp_path / "snapshots"
    snapshot_a = Path(run_notices("publish", "--db", str(db_path), "--out", str(snapshots)).stdout.strip())
    replicas = [start_replica(snapshots), start_replica(snapshots)]
    balancer = load = None
    try:
        balancer = Balancer(tmp_path, [replica.port for replica in replicas])
        wait_for(lambda: balancer.states() == {"r1": "UP", "r2": "UP"}, "haproxy to see both replicas up")
        database = replicas[0].json("/-/databases.json")[0]
        assert (database["name"], database["is_mutable"]) == ("notices", False)
        assert replicas[0].json("/-/settings.json")["allow_download"] is False
        for denied in ("/notices/pages.json", "/notices/subscriptions.json", "/notices.json?sql=select+1"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(balancer.base + denied, timeout=30)
            assert refused.value.code in (400, 403), denied

        load = Load(balancer.base)
        began = time.monotonic()
        wait_for(lambda: load.answered_since(began) >= 40, "answers from snapshot A")

        add_marker_notice(db_path)
        snapshot_b = Path(run_notices("publish", "--db", str(db_path), "--out", str(snapshots)).stdout.strip())
        assert snapshot_b != snapshot_a and current_snapshot(snapshots) == snapshot_b
        expected_a, expected_b = counts(snapshot_a), counts(snapshot_b)
        assert expected_b["/notices/notices.json?_size=1"] == expected_a["/notices/notices.json?_size=1"] + 1

        # The rolling swap: restart one replica at a time on its port; haproxy sends its
        # requests to the other meanwhile.
        for index, name in enumerate(("r1", "r2")):
            port = replicas[index].port
            replicas[index].stop()
            wait_for(lambda: balancer.states().get(name) == "DOWN", f"haproxy to take {name} out")
            replicas[index] = start_replica(snapshots, port=port)
            wait_for(lambda: balancer.states().get(name) == "UP", f"haproxy to take {name} back")
        rolled = time.monotonic()
        wait_for(lambda: load.answered_since(rolled) >= 40, "answers from snapshot B")

        # One replica dies for good, mid-load, without finishing what it was answering (kill -9).
        replicas[0].process.kill()
        replicas[0].process.wait(timeout=10)
        stopped = time.monotonic()
        wait_for(lambda: balancer.states().get("r1") == "DOWN", "haproxy to take r1 out for good")
        wait_for(lambda: load.answered_since(stopped) >= 40, "answers from the last replica")
        load.stop()

        answers = list(load.answers)
        print(f"{len(answers)} requests answered, {len(load.failures)} failed, in {time.monotonic() - began:.1f} s")
        assert load.failures == []
        assert all(status == 200 for _, _, status, _ in answers)
        for started, path, _, count in answers:
            if path in COUNTED:
                allowed = {expected_b[path]} if started >= rolled else {expected_a[path], expected_b[path]}
                assert count in allowed, (path, count, expected_a[path], expected_b[path])
        seen = {count for _, path, _, count in answers if path == "/notices/notices.json?_size=1"}
        assert seen == {expected_a["/notices/notices.json?_size=1"], expected_b["/notices/notices.json?_size=1"]}
    finally:
        if load:
            load.stop()
        if balancer:
            balancer.stop()
        for replica in replicas:
            if not replica.log.closed:
                replica.stop()
