"""List records that only link out to another site (hebpta's `jumpType: "2"` with a `jumpLink`):
stored from their row like RSSHub does, marked `external_link`, never asked of the API's own
article endpoint, and read back the same way when archived pages are re-parsed."""

from __future__ import annotations

import urllib.request

import pytest

from crawler.registry import RegistryError, get_source, parse_registry
from crawler.reparse import archived_item
from db.finish import finish_run
from db.store import notice_id, open_db
from pipelines.items import NoticeItem
from pipelines.notice import normalize_item, store_item
from tests.conftest import DatasetteServer

OUT = "http://zg.example.cn/certificate/query"


def _entry(**list_spec) -> dict:
    return {"id": "x", "name": "x", "kind": "official", "family": "selectors", "home_url": "https://x.gov.cn/",
            "start_urls": ["https://x.gov.cn/api?page=1"], "detail": {}, "confidence": "guess",
            "list": {"format": "json", "records": "data", "link": "https://x.gov.cn/a?id={id}", **list_spec}}


def test_the_registry_checks_an_external_rule():
    assert parse_registry({"sources": [_entry(external={"when": "jumpType", "equals": "2", "link": "jumpLink"})]})
    with pytest.raises(RegistryError, match="list.external"):
        parse_registry({"sources": [_entry(external={"when": "jumpType", "link": "jumpLink"})]})
    html = _entry(external={"when": "jumpType", "equals": "2", "link": "jumpLink"})
    html["list"] = {"row": "li", "link": "a::attr(href)", "external": html["list"]["external"]}
    with pytest.raises(RegistryError, match="list.external"):
        parse_registry({"sources": [html]})


def test_an_external_row_is_stored_from_its_row_and_reparsed_as_one(tmp_path):
    db = open_db(tmp_path / "x.db")
    item = NoticeItem(url=OUT, source_id="hebei_hebpta", list_title="关于领取2030年度审计师证书的通知",
                      listed_date="2030-03-01 09:00:00", problems=["external_link"])
    item, _ = normalize_item(item, "河北省")
    assert store_item(db, item) == "notice"
    assert [r["reason"] for r in db.query("select reason from rejects")] == ["external_link"]
    (page,) = db.query("select * from pages")
    assert page["body"] is None and page["url"] == OUT
    again = archived_item(page, get_source("hebei_hebpta"))
    assert (again.url, again.list_title, again.attachments, again.problems) == (
        OUT, "关于领取2030年度审计师证书的通知", [], ["external_link"])
    # a row that linked straight to a file is still read back as that file
    page["url"] = "https://x.gov.cn/files/names.xlsx"
    assert archived_item(page, get_source("hebei_hebpta")).problems == ["attachment_only"]


def test_the_candidate_page_sends_an_external_notice_to_its_page(tmp_path):
    db = open_db(tmp_path / "x.db")
    item, _ = normalize_item(NoticeItem(url=OUT, source_id="hebei_hebpta", list_title="关于领取2030年度审计师证书的通知",
                                        listed_date="2030-03-01 09:00:00", problems=["external_link"]), "河北省")
    store_item(db, item)
    finish_run(db)
    db.close()
    server = DatasetteServer(tmp_path / "x.db", today="2030-03-02")
    try:
        with urllib.request.urlopen(f"{server.base}/notice/{notice_id(OUT)}", timeout=10) as response:
            shown = response.read().decode("utf-8")
    finally:
        server.stop()
    assert "关于领取2030年度审计师证书的通知" in shown and OUT in shown
    assert "通知正文请查看原文" in shown and "通知正文见附件" not in shown
