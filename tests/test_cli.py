"""The CLI: documented, thin, and its normalize contract holds over stdin."""

from __future__ import annotations

import json

from click.testing import CliRunner

from crawler.cli import README_PATH, cli, readme_with_sources


def command_names(group, prefix=""):
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(command, "commands"):
            yield from command_names(command, full + " ")
        else:
            yield full


def test_every_cli_command_is_documented_in_the_readme():
    readme = README_PATH.read_text("utf-8")
    for name in command_names(cli):
        assert f"notices {name}" in readme, f"`notices {name}` is missing from README.md"


def test_the_readme_source_table_matches_the_registry():
    readme = README_PATH.read_text("utf-8")
    assert readme == readme_with_sources(readme), "run `notices sources --update-readme`"


def test_normalize_reads_json_lines_and_keeps_order():
    lines = [
        {"text": "2023年貴州安順監(jiān)理工程師紙本證書發(fā)放通知2023-12-05"},
        {"title": "关于2025年度一级建造师考试报名的通知", "body": "报名时间", "listed_date": "2025-06-01"},
        "not an object",
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n\n{broken\n"
    result = CliRunner().invoke(cli, ["normalize", "-"], input=stdin)
    assert result.exit_code == 1, result.output  # two bad lines: reported, skipped, and exit 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["is_cert_notice"] is True and out[0]["kind"] == "collection"
    assert out[0]["title"].startswith("2023年贵州安顺监理工程师")
    assert out[1]["is_cert_notice"] is False
    assert "error" in out[2] and "error" in out[3]


def test_sources_lists_every_registry_entry_with_confidence():
    result = CliRunner().invoke(cli, ["sources", "--format", "json"])
    rows = json.loads(result.stdout)
    assert {"cpta", "hubei_hbrsksw"} <= {r["id"] for r in rows}
    assert all(r["confidence"] in {"verified-structure", "inferred", "guess"} for r in rows)
    assert all(isinstance(r["evidence"], int) for r in rows)
    assert next(r for r in rows if r["id"] == "cpta")["evidence"] >= 1
