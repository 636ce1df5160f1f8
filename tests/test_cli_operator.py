"""What the operator commands report: `reparse` counts the copies of what it re-parsed (and, fetching
nothing, leaves last_seen and withdrawn marks as they were), `runs --limit`
takes a positive number only, and a crawl through a replica says so where it reports a failure.

Real crawls of the bundled replicas in a subprocess; `reparse` and `runs` as click commands in-process."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from tests.conftest import SOURCES_FAILED, free_port, run_notices

# an official national source and two aggregators that repost some of its notices
SOURCES = ("cpta", "exam233_jianli", "hqwx_jianli")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory, replica_url):
    db_path = tmp_path_factory.mktemp("operator") / "notices.db"
    run_notices("crawl", "--replica", replica_url, "--db", str(db_path), "--log-level", "WARNING",
                "-s", "NOTICES_TODAY=2026-11-20", *(a for s in SOURCES for a in ("--source", s)), ok=(0, SOURCES_FAILED))
    return db_path


def copies(db_path, source_id: str | None = None) -> int:
    where, params = ("and source_id = ?", [source_id]) if source_id else ("", [])
    return sqlite3.connect(db_path).execute(
        f"select count(*) from notices where duplicate_of is not null {where}", params).fetchone()[0]


@pytest.mark.parametrize("source_id", ["hqwx_jianli", "cpta"])
def test_reparse_of_a_source_counts_that_sources_copies(crawled, tmp_path, source_id):
    db = tmp_path / "n.db"
    shutil.copy(crawled, db)
    result = CliRunner().invoke(cli, ["reparse", "--db", str(db), "--source", source_id])
    assert result.exit_code == 0, result.output
    assert copies(db) > copies(db, source_id), "the crawl should hold copies from other sources too"
    reported = int(re.search(r"(\d+) copies of other notices", result.output).group(1))
    assert reported == copies(db, source_id), result.output


def test_reparse_of_everything_counts_every_copy(crawled, tmp_path):
    db = tmp_path / "n.db"
    shutil.copy(crawled, db)
    result = CliRunner().invoke(cli, ["reparse", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"{copies(db)} copies of other notices" in result.output


def test_reparse_fetches_nothing_so_last_seen_and_a_withdrawn_mark_stay(crawled, tmp_path):
    db = tmp_path / "n.db"
    shutil.copy(crawled, db)
    with sqlite3.connect(db) as conn:
        conn.execute("update notices set last_seen = '2026-01-02T03:04:05+08:00'")
        (withdrawn,) = conn.execute("select id from notices where source_id = 'cpta' limit 1").fetchone()
        conn.execute("update notices set withdrawn = '2026-02-03T00:00:00+08:00' where id = ?", [withdrawn])
    result = CliRunner().invoke(cli, ["reparse", "--db", str(db), "--source", "cpta"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        seen = {r[0] for r in conn.execute("select last_seen from notices where source_id = 'cpta'")}
        marked = conn.execute("select withdrawn from notices where id = ?", [withdrawn]).fetchone()[0]
    assert seen == {"2026-01-02T03:04:05+08:00"}  # not the time of the re-parse
    assert marked == "2026-02-03T00:00:00+08:00"  # the page still answered 404 when last fetched


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_runs_limit_must_be_at_least_one(crawled, limit):
    result = CliRunner().invoke(cli, ["runs", "--db", str(crawled), "--limit", limit])
    assert result.exit_code == 2, result.output
    assert "--limit" in result.output and "no runs recorded" not in result.output


def test_runs_limit_one_shows_one_run(crawled):
    result = CliRunner().invoke(cli, ["runs", "--db", str(crawled), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert sum(line.startswith("20") for line in result.output.splitlines()) == 1  # one dated row


def test_a_dead_replica_is_named_in_the_failure_line(tmp_path):
    replica = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    result = run_notices("crawl", "--replica", replica, "--db", str(tmp_path / "n.db"), "--log-level", "WARNING",
                         "--source", "cpta", ok=(SOURCES_FAILED,))
    (line,) = [text for text in result.stderr.splitlines() if text.startswith("FAILED cpta:")]
    assert "connection_refused" in line and f"via replica {replica}" in line, line
    (summary,) = [text for text in result.stdout.splitlines() if text.startswith("cpta: failed")]
    assert f"via replica {replica}" in summary, summary
