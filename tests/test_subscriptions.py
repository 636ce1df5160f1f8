"""`notices subscribe` reads a filter as a candidate types it, refuses what it cannot follow with the
reason, refuses a second identical subscription, and prints commands that work as printed.

The real click commands run in this process (CliRunner) against a real SQLite file; no crawl."""

from __future__ import annotations

import re
import shlex

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.subscriptions import ALLOW_LOCAL_ENV
from pipelines.notice import open_store

CHANNEL = "wecombot://KEY123"


def subscribe(db, *args: str):
    return CliRunner().invoke(cli, ["subscribe", "--db", str(db), *args], env={ALLOW_LOCAL_ENV: ""})


@pytest.mark.parametrize("typed, stored", [
    ("二建", "二级建造师"),  # catalogue aliases: no exam name contains them
    ("社工证", "社会工作者职业资格"),
    ("一消", "一级注册消防工程师"),
    ("监理", "监理工程师"),  # an alias that is also part of 监理员 and 设备监理师: the alias wins
    ("監理工程師", "监理工程师"),  # Traditional
    ("jianli", "监理工程师"),  # pinyin, read as the Chinese it spells
    ("社会工作", "社会工作者职业资格"),  # contained in exactly one exam name
])
def test_an_exam_resolves_as_a_candidate_types_it(tmp_path, typed, stored):
    result = subscribe(tmp_path / "n.db", "--channel", CHANNEL, "--exam", typed)
    assert result.exit_code == 0, result.output
    assert f"考试 {typed} → {stored}" in result.output
    assert f"exam={stored}" in result.output
    (row,) = open_store(tmp_path / "n.db").query("select exam from subscriptions")
    assert row["exam"] == stored


@pytest.mark.parametrize("typed, words", [
    ("造价", ["names several exams", "一级造价工程师", "二级造价工程师"]),
    ("潜水员执照", ["is not an exam name we store", "short name"]),
    ("qwxz", ["no pinyin reading", "in Chinese"]),
])
def test_an_exam_naming_several_or_none_is_refused_with_choices_or_the_reason(tmp_path, typed, words):
    result = subscribe(tmp_path / "n.db", "--channel", CHANNEL, "--exam", typed)
    assert result.exit_code == 2, result.output
    for word in words:
        assert word in result.output, result.output


def test_an_ambiguous_province_is_said_as_the_pages_say_it(tmp_path):
    result = subscribe(tmp_path / "n.db", "--channel", CHANNEL, "--province", "shanxi")
    assert result.exit_code == 2, result.output
    # db/places.py's wording, the one the served pages show for ?province=shanxi
    assert "省份“shanxi”不唯一，请选择 山西省 / 陕西省" in result.output
    assert "Ambiguous province “shanxi”: did you mean 山西省 / 陕西省?" in result.output
    assert "not a province name" not in result.output


def test_a_second_identical_subscription_is_refused_with_the_first_ones_id(tmp_path):
    db = tmp_path / "n.db"
    first = subscribe(db, "--channel", CHANNEL, "--province", "河南省", "--exam", "监理工程师")
    assert first.exit_code == 0, first.output
    first_id = re.search(r"subscribed (s[0-9a-f]+)", first.output).group(1)
    # the same filter spelled another way is the same subscription
    again = subscribe(db, "--channel", CHANNEL, "--province", "河南", "--exam", "监理")
    assert again.exit_code == 2, again.output
    assert first_id in again.output and f"notices unsubscribe {first_id} --db {db}" in again.output
    # another channel, or another filter, is another subscription
    assert subscribe(db, "--channel", "wecombot://OTHER", "--province", "河南省", "--exam", "监理工程师").exit_code == 0
    assert subscribe(db, "--channel", CHANNEL, "--province", "河南省").exit_code == 0
    assert open_store(db)["subscriptions"].count == 3


def test_the_printed_unsubscribe_command_names_the_database_and_works(tmp_path):
    db = tmp_path / "my notices.db"  # a space: the path must be quoted in the printed command
    result = subscribe(db, "--channel", CHANNEL, "--province", "河南省")
    assert result.exit_code == 0, result.output
    command = re.search(r"unsubscribe: (notices unsubscribe .+?)  or  ", result.output).group(1)
    argv = shlex.split(command)
    assert argv[:2] == ["notices", "unsubscribe"] and argv[-2:] == ["--db", str(db)]
    done = CliRunner().invoke(cli, argv[1:])
    assert done.exit_code == 0, done.output
    assert open_store(db)["subscriptions"].count == 0
