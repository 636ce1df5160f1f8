"""`notices crawl` shows per-source progress on a terminal, and only there (crawler/progress.py):
real crawls of the replicas, under a pseudo-terminal and under a pipe."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT, SOURCES_FAILED, run_notices

SOURCES = ("cpta", "hebei_hebpta")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# One source's line: "⠧ cpta  crawling  list pages   2 · requests   18 · notices    6 · rejects   0 0:00:01"
LINE = re.compile(r"(?P<source>[a-z0-9_]+) +(?P<status>[a-z]+) +list pages +(?P<pages>\d+) · requests +(?P<requests>\d+)"
                  r" · notices +(?P<notices>\d+) · rejects +(?P<rejects>\d+)")


def crawl_on_a_terminal(replica_url: str, db: Path, *extra: str) -> tuple[str, str, int]:
    """`notices crawl` with stderr on a pseudo-terminal: (terminal output without colours, stdout, exit)."""
    args = [a for s in SOURCES for a in ("--source", s)]
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "140", "LINES": "40", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "--replica", replica_url, "--db", str(db),
         "--log-level", "WARNING", "-s", "NOTICES_TODAY=2030-01-01", *args, *extra],
        cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the crawl ended and closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    stdout = process.stdout.read().decode("utf-8")
    process.stdout.close()
    code = process.wait(timeout=120)
    return ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")), stdout, code


def summary(stdout: str) -> dict[str, tuple[str, int]]:
    """source id -> (status, notices stored) from the summary lines on stdout."""
    return {m[1]: (m[2], int(m[3])) for m in re.finditer(r"^([a-z0-9_]+): ([a-z]+).*?: (\d+) notices,", stdout, re.M)}


def test_a_crawl_on_a_terminal_shows_each_source_as_it_goes(tmp_path, replica_url):
    terminal, stdout, code = crawl_on_a_terminal(replica_url, tmp_path / "tty.db")
    assert code in (0, SOURCES_FAILED), terminal[-3000:]
    lines = [m.groupdict() for m in LINE.finditer(terminal)]
    outcomes = summary(stdout)
    assert set(outcomes) == set(SOURCES)
    for source in SOURCES:
        seen = [line for line in lines if line["source"] == source]
        # While crawling: lines redrawn with growing counts ...
        crawling = [line for line in seen if line["status"] == "crawling"]
        assert crawling, f"no progress shown for {source} while it crawled:\n{terminal[-2000:]}"
        assert len({line["requests"] for line in seen}) >= 2, f"{source}'s counts never moved"
        # ... and its last line is its outcome, with the status and counts the summary prints.
        last = seen[-1]
        status, stored = outcomes[source]
        assert last["status"] == status != "crawling"
        assert int(last["notices"]) == stored > 0
        assert int(last["pages"]) >= 1 and int(last["requests"]) > int(last["notices"])
    assert "crawl finished: 2 sources" in stdout  # the summary stays on stdout


def test_quiet_or_no_terminal_shows_no_progress(tmp_path, replica_url):
    terminal, stdout, code = crawl_on_a_terminal(replica_url, tmp_path / "quiet.db", "--quiet")
    assert code in (0, SOURCES_FAILED)
    assert "crawl finished: 2 sources" in stdout
    assert not LINE.search(terminal) and "list pages" not in terminal

    # Under cron (stderr a pipe or a file): logs only, no display and no terminal codes.
    args = [a for s in SOURCES for a in ("--source", s)]
    result = run_notices("crawl", "--replica", replica_url, "--db", str(tmp_path / "cron.db"), "--log-level", "INFO",
                         *args, ok=(0, SOURCES_FAILED))
    assert "crawl finished: 2 sources" in result.stdout
    assert "Spider opened" in result.stderr  # the log is there ...
    assert "list pages" not in result.stderr and "\x1b[" not in result.stderr  # ... and nothing else
