"""What a subscriber's message says, read from notices a real replica crawl stored: where to collect
the certificate (the notice's 领取地点, not its region), the region on its own line, and whose page
the link is (an official source's, or an aggregator's repost, named); and that an e-mail received by a
real SMTP server (aiosmtpd on 127.0.0.1) keeps the message's lines."""

from __future__ import annotations

import json
from datetime import date

import pytest

from crawler.reminders import NEW, compose, matching_notices
from crawler.subscriptions import ALLOW_LOCAL_ENV
from pipelines.notice import open_store
from tests.conftest import SOURCES_FAILED, run_notices
from tests.test_reminders import backdated_copy, notices_here, smtp  # noqa: F401 - smtp: the real SMTP sink

SOURCES = ("xuzhou_xzrsks_zsff", "cpta", "exam233_jianli", "hqwx_jianli")
SITE = "http://127.0.0.1:8001"
TODAY = date(2026, 11, 20)  # replica day 1


@pytest.fixture(scope="module")
def small_db(tmp_path_factory, replica_url):
    """An official provincial source, an official national one and two aggregators, crawled once."""
    db_path = tmp_path_factory.mktemp("messages") / "notices.db"
    run_notices("crawl", "--replica", replica_url, "--db", str(db_path), "--log-level", "WARNING",
                "-s", f"NOTICES_TODAY={TODAY}", *(a for s in SOURCES for a in ("--source", s)), ok=(0, SOURCES_FAILED))
    return db_path


def messages_for(db_path, sub: dict) -> list[tuple[dict, list[str]]]:
    """(notice, the lines of its message) for every notice a subscription matches."""
    db = open_store(db_path)
    row = {"province": "", "city": "", "exam": "", "kind": "", "q": "", "token": "t" * 22, **sub}
    out = [(n, compose(n, NEW, TODAY, row, SITE)[1].split("\n")) for n in matching_notices(db, row)]
    db.close()
    assert out, f"no notice matches {sub}"
    return out


def line(lines: list[str], label: str) -> str:
    (found,) = [text for text in lines if text.startswith(label)]
    return found[len(label):]


def test_a_message_says_where_to_collect_and_the_region_on_its_own_line(small_db):
    with_place = without = 0
    for notice, lines in messages_for(small_db, {"city": "徐州市"}):
        places = json.loads(notice["place"] or "[]")
        if places:
            with_place += 1
            # the stored 领取地点, with Chinese brackets as the notice page shows them
            assert line(lines, "领取地点：") == "；".join(places).replace("(", "（").replace(")", "）")
        else:
            without += 1
            assert line(lines, "领取地点：") == "见通知原文"
        assert line(lines, "地区：") == "江苏省徐州市"
        assert not any(text.startswith("地点：") for text in lines)  # the region is no longer called the place
    assert with_place and without, "the replica should give notices with and without a stored place"


def test_a_national_notice_says_so_as_its_region(small_db):
    lines = [lines for notice, lines in messages_for(small_db, {"kind": "collection"}) if notice["source_id"] == "cpta"
             and not notice["province"]]
    assert lines
    assert all(line(each, "地区：") == "全国" for each in lines)


def test_a_repost_is_not_called_the_official_original(small_db):
    db = open_store(small_db)
    names = {r["id"]: (r["name"], r["kind"]) for r in db.query("select id, name, kind from sources")}
    db.close()
    seen = set()
    for notice, lines in messages_for(small_db, {"exam": "监理工程师"}):
        name, kind = names[notice["source_id"]]
        seen.add(kind)
        if kind == "aggregator":
            assert line(lines, f"原文（转载，来源：{name}）：") == notice["url"]
            assert not any(text.startswith("官方原文") for text in lines)
        else:
            assert line(lines, "官方原文：") == notice["url"]
    assert seen == {"official", "aggregator"}


def test_a_reminder_email_arrives_with_its_lines(small_db, tmp_path, smtp, monkeypatch):  # noqa: F811
    monkeypatch.setenv(ALLOW_LOCAL_ENV, "1")
    today = backdated_copy(small_db, tmp_path / "n.db", smtp.url)
    notices_here("notify", "--db", str(tmp_path / "n.db"), "--today", today)
    assert smtp.messages
    for message in smtp.messages:
        lines = [text.strip() for text in message.get_body(("plain",)).get_content().strip().splitlines()]
        labels = [text.split("：", 1)[0] for text in lines[1:]]
        # each fact on its own line, in order, not one line joined by spaces
        assert labels[:4] == ["领取地点", "地区", "办理时间", "剩余天数"], lines
        assert lines[-1].startswith("退订：") and lines[-2].startswith("订阅：")
        html = message.get_body(("html",))
        if html is not None:  # an HTML part, when sent, breaks the same lines
            assert html.get_content().count("<br") >= len(lines) - 1

