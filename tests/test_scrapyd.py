"""Deployable to scrapyd: a real scrapyd on 127.0.0.1, the project deployed with scrapyd-client's
scrapyd-deploy, a replica crawl scheduled through schedule.json, the rows found in the database.

The project is deployed from a copy of its files (scrapyd-deploy runs `setup.py bdist_egg` in
the project folder and points at scrapy.cfg's [deploy] url, here rewritten to the test's port).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from crawler.registry import REPLICAS_DIR
from tests.conftest import REPO_ROOT, free_port, get_json, stop_process

PROJECT = "certnotices"
PACKAGES = ("crawler", "pipelines", "db")
PROJECT_FILES = ("pyproject.toml", "setup.py", "scrapy.cfg", "README.md")
SOURCES = ("cpta", "hebei_hebpta")


def project_copy(folder: Path, scrapyd_url: str) -> Path:
    for package in PACKAGES:
        shutil.copytree(REPO_ROOT / package, folder / package, ignore=shutil.ignore_patterns("__pycache__"))
    for name in PROJECT_FILES:
        shutil.copy2(REPO_ROOT / name, folder / name)
    config = folder / "scrapy.cfg"
    lines = [f"url = {scrapyd_url}/" if line.startswith("url =") else line
             for line in config.read_text("utf-8").splitlines()]
    assert f"url = {scrapyd_url}/" in lines, "scrapy.cfg has no [deploy] url"
    config.write_text("\n".join(lines) + "\n", "utf-8")
    return folder


class Scrapyd:
    """scrapyd on a free port of 127.0.0.1, in its own folder (eggs, logs, queue); one job at a
    time (max_proc = 1): the jobs write one database, and SQLite takes one writer."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir()
        self.folder = folder
        self.url = f"http://127.0.0.1:{free_port()}"
        port = self.url.rsplit(":", 1)[1]
        (folder / "scrapyd.conf").write_text(
            f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = eggs\nlogs_dir = logs\n"
            "items_dir =\ndbs_dir = dbs\npoll_interval = 0.5\nmax_proc = 1\n", "utf-8")
        self.log = open(folder / "scrapyd.out", "wb")
        self.process = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=folder, stdout=self.log,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"scrapyd exited early:\n{self.output()}")
            try:
                if get_json(f"{self.url}/daemonstatus.json", timeout=1)["status"] == "ok":
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError(f"scrapyd did not answer within 30 s:\n{self.output()}")

    def output(self) -> str:
        return (self.folder / "scrapyd.out").read_text("utf-8", errors="replace")

    def post(self, endpoint: str, **form) -> dict:
        data = urllib.parse.urlencode(form).encode()
        with urllib.request.urlopen(f"{self.url}/{endpoint}", data=data, timeout=10) as response:
            answer = json.loads(response.read().decode("utf-8"))
        assert answer.get("status") == "ok", answer
        return answer

    def wait_finished(self, job_ids: set[str], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            jobs = get_json(f"{self.url}/listjobs.json?project={PROJECT}")
            if job_ids <= {job["id"] for job in jobs["finished"]}:
                return
            time.sleep(0.5)
        raise AssertionError(f"jobs not finished within {timeout} s: {jobs}\n{self.job_logs()}")

    def job_log(self, spider: str, job_id: str) -> str:
        path = self.folder / "logs" / PROJECT / spider / f"{job_id}.log"
        return path.read_text("utf-8", errors="replace") if path.exists() else ""

    def job_logs(self) -> str:
        return "\n".join(p.read_text("utf-8", errors="replace")[-3000:] for p in (self.folder / "logs").rglob("*.log"))

    def stop(self) -> None:
        stop_process(self.process, self.log)


@pytest.fixture
def scrapyd(tmp_path):
    server = Scrapyd(tmp_path / "scrapyd")
    yield server
    server.stop()


def expected_notice_urls(source: str) -> set[str]:
    expected = json.loads((REPLICAS_DIR / source / "expected.json").read_text("utf-8"))
    return {n["url"] for n in expected["notices"] if n.get("is_cert_notice")}


def test_deploy_to_scrapyd_and_crawl_a_replica_through_schedule_json(tmp_path, scrapyd, replica_url):
    project = project_copy(tmp_path / "project", scrapyd.url)
    deploy = subprocess.run([sys.executable, "-m", "scrapyd_client.deploy", "-p", PROJECT, "-v", "r1"],
                            cwd=project, capture_output=True, text=True, timeout=120)
    assert deploy.returncode == 0 and '"status": "ok"' in deploy.stdout + deploy.stderr, deploy.stderr[-3000:]
    spiders = get_json(f"{scrapyd.url}/listspiders.json?project={PROJECT}")["spiders"]
    assert set(SOURCES) <= set(spiders) and len(spiders) > 30  # the registry, read from inside the egg

    db = tmp_path / "scrapyd.db"
    jobs = {source: scrapyd.post("schedule.json", project=PROJECT, spider=source, db=str(db),
                                 replica=replica_url, today="2030-01-01")["jobid"] for source in SOURCES}
    # The network boundary holds under scrapyd too: an inside address is refused as a replica.
    refused_db = tmp_path / "refused.db"
    refused = scrapyd.post("schedule.json", project=PROJECT, spider="cpta", db=str(refused_db),
                           replica="http://10.0.0.1:80/")["jobid"]
    scrapyd.wait_finished({*jobs.values(), refused})

    with sqlite3.connect(db) as conn:
        for source in SOURCES:
            urls = {r[0] for r in conn.execute("select url from notices where source_id = ?", [source])}
            assert urls == expected_notice_urls(source), scrapyd.job_log(source, jobs[source])[-3000:]
        assert conn.execute("select count(*) from notices where sample_data != 1").fetchone()[0] == 0
        runs = conn.execute("select source_id, finish_reason, replica from runs order by source_id").fetchall()
    assert runs == [("cpta", "finished", 1), ("hebei_hebpta", "finished", 1)]
    log = scrapyd.job_log("cpta", jobs["cpta"])
    assert "'item_scraped_count'" in log  # Scrapy's own log, kept by scrapyd per job

    assert "10.0.0.1' is not a loopback address" in scrapyd.job_log("cpta", refused)
    if refused_db.exists():
        with sqlite3.connect(refused_db) as conn:
            assert conn.execute("select count(*) from sqlite_master where name = 'notices'").fetchone()[0] == 0 or \
                conn.execute("select count(*) from notices").fetchone()[0] == 0
