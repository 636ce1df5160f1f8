"""The unsubscribe page (/-/unsubscribe) is a candidate's page: Chinese only, our own chrome, no
Datasette credit or navigation — over a real Datasette on a copy of the replica crawl holding one
subscription (stored as `notices subscribe` stores it)."""

from __future__ import annotations

import re
import shutil
import urllib.error
import urllib.request
from datetime import date

import pytest
import sqlite_utils

from crawler.subscriptions import add_subscription
from tests.conftest import DatasetteServer
from tests.test_candidate_pages import visible_text


@pytest.fixture(scope="module")
def subscribed(crawled_db, tmp_path_factory):
    db_path = tmp_path_factory.mktemp("unsubscribe") / "notices.db"
    shutil.copy(crawled_db, db_path)
    db = sqlite_utils.Database(db_path)
    # A loopback webhook: never sent to, only shown (masked) on the page.
    row = add_subscription(db, "jsons://127.0.0.1:9/hook", {"province": "河南省", "exam": "监理工程师"},
                           date(2026, 11, 20), allow_local=True)
    db.close()
    server = DatasetteServer(db_path)
    yield server, row["token"]
    server.stop()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.mark.parametrize("case", ["valid", "unknown", "malformed"])
def test_the_unsubscribe_page_speaks_chinese_only(subscribed, case):
    server, token = subscribed
    token = {"valid": token, "unknown": "A" * 22, "malformed": "x"}[case]
    status, html = get(f"{server.base}/-/unsubscribe?token={token}")
    assert status == {"valid": 200, "unknown": 404, "malformed": 400}[case]
    text = visible_text(html)
    if case == "valid":
        assert "确认退订" in text and "河南省" in text and "监理工程师" in text
    else:
        assert "退订" in text
    # Our own chrome (the candidates' pages' header and footer), none of Datasette's.
    assert 'class="site"' in html and "/-/static/app.css" not in html
    assert "Datasette" not in html and "Powered by" not in html
    # No English words a candidate reads (the masked channel is the candidate's own address).
    shown = re.sub(r"jsons://\S+", "", text)
    words = re.findall(r"[A-Za-z]{2,}", shown)
    assert words == [], words
    assert re.search(r"<title>[^<]*[A-Za-z]", html) is None
