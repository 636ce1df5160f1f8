"""Bad input never crashes and never disappears: a log line, a counter and a reject row."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from crawler.registry import get_source
from crawler.spiders.source import notice_from_response
from db.store import open_db
from pipelines.items import NoticeItem, RejectItem
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


def test_a_notice_whose_page_is_gone_is_marked_not_deleted(tmp_path):
    db = open_db(tmp_path / "x.db")
    item = NoticeItem(url="https://x.gov.cn/t2.html", source_id="hubei_hbrsksw", listed_date="2024-11-06",
                      title_raw="关于领取监理工程师证书的通知", body_text="请于11月10日至11月30日携带身份证领取。")
    item, _ = normalize_item(item, "湖北省")
    assert store_item(db, item) == "notice"
    assert store_item(db, RejectItem(item.url, item.source_id, "detail", "http_404", "gone")) == "reject"
    (withdrawn,) = db.execute("select withdrawn from notices where url = ?", [item.url]).fetchone()
    assert withdrawn and db["notices"].count == 1
    assert store_item(db, item) == "notice"  # the page is back: the mark goes
    assert db.execute("select withdrawn from notices").fetchone() == (None,)


def test_a_worse_refetch_keeps_the_stored_notice(tmp_path):
    db = open_db(tmp_path / "x.db")
    body = "请于2024年11月10日至11月30日携带身份证到省人事考试中心领取监理工程师证书。" * 3
    good = NoticeItem(url="https://x.gov.cn/t3.html", source_id="hubei_hbrsksw", listed_date="2024-11-06",
                      title_raw="关于领取2024年监理工程师证书的通知", body_text=body, raw_body=b"<html>good</html>")
    good, _ = normalize_item(good, "湖北省")
    assert store_item(db, good) == "notice"
    before = dict(next(db.query("select * from notices")))
    for worse in (
        NoticeItem(url=good.url, source_id=good.source_id, listed_date="2024-11-06", title_raw=good.title_raw,
                   body_text=body[:20], raw_body=b"<html>cut"),  # cut short
        NoticeItem(url=good.url, source_id=good.source_id, listed_date="2024-11-06", title_raw="鍏充簬棰嗗彇",
                   body_text="涓€浜屼笁", raw_body=b"garbled"),  # wrong charset: not a notice any more
    ):
        worse, _ = normalize_item(worse, "湖北省")
        assert store_item(db, worse) == "kept"
    after = dict(next(db.query("select * from notices")))
    assert {k: v for k, v in after.items() if k not in ("last_seen",)} == {
        k: v for k, v in before.items() if k not in ("last_seen",)}
    assert db.execute("select body from pages").fetchone() == (b"<html>good</html>",)
    # One reject row per URL and reason, counted; its detail says what the latest attempt lost.
    assert db.execute("select count, detail from rejects where reason = 'kept_previous'").fetchall() == [
        (2, "no longer reads as a certificate notice")]


def test_an_archived_page_that_is_not_a_notice_is_kept_from_a_bad_copy(tmp_path):
    db = open_db(tmp_path / "x.db")
    page = NoticeItem(url="https://x.gov.cn/t4.html", source_id="hubei_hbrsksw", listed_date="2024-11-06",
                      title_raw="关于2024年度考试报名的通知", body_text="报名时间为11月10日至11月20日。",
                      raw_body=b"<html>whole</html>")
    page, _ = normalize_item(page, "湖北省")
    assert store_item(db, page) == "not_certificate"
    cut = NoticeItem(url=page.url, source_id=page.source_id, listed_date="2024-11-06", title_raw=page.title_raw,
                     body_text="报名时间", raw_body=b"<html>wh", problems=["truncated_page"])
    cut, _ = normalize_item(cut, "湖北省")
    assert store_item(db, cut) == "kept"
    assert db.execute("select body from pages").fetchone() == (b"<html>whole</html>",)
