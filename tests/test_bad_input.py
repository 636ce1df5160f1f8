"""Bad input never crashes and never disappears: a log line, a counter and a reject row."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from crawler.registry import get_source
from crawler.spiders.source import notice_from_response
from db.store import open_db
from pipelines.items import NoticeItem
from pipelines.notice import normalize_item, store_item


def test_a_page_in_the_wrong_encoding_is_kept_and_reported():
    source = get_source("hubei_hbrsksw")
    html = ('<html><head><meta name="ArticleTitle" content="关于领取证书的通知"></head><body>'
            '<div class="TRS_Editor"><p>请于10月8日前领取证书。</p></div></body></html>').encode("gbk")
    response = HtmlResponse(url="https://rst.hubei.gov.cn/a/t1.shtml", body=html,
                            headers={"Content-Type": "text/html; charset=utf-8"})  # the server lies
    item = notice_from_response(response, source)
    assert isinstance(item, NoticeItem)
    assert item.problems == ["undecodable_text_utf-8"]


def test_a_notice_without_a_date_is_stored_and_listed_in_rejects(tmp_path, caplog):
    db = open_db(tmp_path / "x.db")
    item = NoticeItem(url="https://x.gov.cn/t1.html", source_id="hubei_hbrsksw",
                      title_raw="关于领取监理工程师证书的通知", body_text="请携带身份证领取。")
    item, stat = normalize_item(item, "湖北省")
    assert stat == "notices/missing/published"
    assert "no publication date" in caplog.text
    assert store_item(db, item) == "notice"
    assert db["notices"].count == 1
    rejects = list(db.query("select stage, reason from rejects"))
    assert rejects == [{"stage": "normalize", "reason": "no_published_date"}]
