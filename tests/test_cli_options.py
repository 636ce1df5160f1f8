"""Bad option values are usage errors (exit 2, one `Error:` line) before anything starts:
an unknown --source on every command taking one, a --replica that is not a loopback http(s) URL.

These run the real click commands in-process; each invocation is refused while its options are
parsed, so no crawl, re-parse or network access ever starts.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.options import replica_url_problem, unknown_sources_message
from crawler.registry import load_registry

KNOWN = [s.id for s in load_registry()]


def error_lines(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("Error:")]


@pytest.mark.parametrize("args", [
    ["crawl", "--source", "nosuch"],
    ["crawl", "--source", KNOWN[0], "--source", "nosuch"],
    ["reparse", "--source", "nosuch"],
    ["runs", "--source", "nosuch"],
    ["schedule", "--source", "nosuch", "--for", "1"],
])
def test_an_unknown_source_is_a_usage_error(args, tmp_path):
    db = tmp_path / "notices.db"
    db.touch()  # reparse and runs want an existing file: the refusal must come from --source
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    (line,) = error_lines(result)
    assert "'nosuch'" in line and "--source" in line and "notices sources" in line
    assert "Traceback" not in result.output and "KeyError" not in result.output
    assert db.stat().st_size == 0  # nothing ran against the database


@pytest.mark.parametrize("unknown, known, words", [
    (["nosuch"], ["cpta", "hubei_hbrsksw"], ["unknown source 'nosuch'", "known: cpta, hubei_hbrsksw", "notices sources"]),
    (["cptaa"], ["cpta", "hubei_hbrsksw"], ["did you mean cpta?"]),
    (["a1", "b2"], ["cpta"], ["unknown sources 'a1', 'b2'"]),
    (["x"], [f"s{i:02d}" for i in range(40)], ["s00, s01, s02, s03, s04, …", "40 in all"]),
])
def test_unknown_sources_message(unknown, known, words):
    message = unknown_sources_message(unknown, known)
    assert "\n" not in message
    for word in words:
        assert word in message


@pytest.mark.parametrize("url, problem", [
    ("http://127.0.0.1:8765", None),
    ("https://127.0.0.1:8765/", None),
    ("http://localhost:8765", None),
    ("http://[::1]:8765", None),
    ("http://127.0.0.1", None),
    ("notaurl", "is not an http(s) URL"),
    ("ftp://127.0.0.1:8765", "is not an http(s) URL"),
    ("127.0.0.1:8765", "is not an http(s) URL"),
    ("http://", "has no host"),
    ("http://:8765", "has no host"),
    ("http://127.0.0.1:99999", "port"),
    ("http://127.0.0.1:0", "port"),
    ("http://127.0.0.1:http", "port"),
    # the safety rule: a replica answers for every site, so only this machine may be one
    ("http://10.0.0.5:8765", "is not a loopback address"),
    ("http://169.254.169.254", "is not a loopback address"),
    ("http://example.com:8765", "is not a loopback address"),
])
def test_replica_url_problem(url, problem):
    found = replica_url_problem(url)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


@pytest.mark.parametrize("value", ["notaurl", "http://127.0.0.1:99999", "http://10.0.0.5:8765"])
@pytest.mark.parametrize("command", ["crawl", "schedule"])
def test_a_bad_replica_is_a_usage_error_before_the_crawl(value, command, tmp_path):
    db = tmp_path / "notices.db"
    extra = ["--for", "1"] if command == "schedule" else []  # (a schedule that got going would stop after 1 s)
    result = CliRunner().invoke(cli, [command, "--replica", value, "--db", str(db), "--source", KNOWN[0], *extra])
    assert result.exit_code == 2, result.output
    (line,) = error_lines(result)
    assert "--replica" in line
    assert not db.exists()  # refused before the crawl opened its database
