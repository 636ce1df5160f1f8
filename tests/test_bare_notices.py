"""Notices without text of their own (issue 11 part 4): a scanned page (`image_only`) or only a file
(`attachment_only`, the file in the body or listed after it), stored with their title and
attachments, counted and listed in rejects, never silently empty."""

from __future__ import annotations

import json
import re
import sqlite3
import urllib.request

import pytest
from scrapy.http import HtmlResponse

from crawler.families import get_family
from crawler.replica import day_today
from crawler.source import Source
from db.body_form import IMAGE_TEXT
from db.store import notice_id
from tests.conftest import DatasetteServer, run_notices
from tools.replica_gen.build import build_site
from tools.replica_gen.declare import load_sources

SOURCES = ("qinghai_qhpta", "ningxia_nxpta")  # replicas declaring a scan-only and a file-only notice
URL = "https://www.example.gov.cn/zyjs/202606/t20260615_1.html"


def source(**detail) -> Source:
    return Source(id="example", name="例", kind="official", family="trs", home_url="https://www.example.gov.cn/",
                  start_urls=["https://www.example.gov.cn/zyjs/index.html"], list={"row": "li", "link": "a::attr(href)"},
                  detail=detail, confidence="guess")


def page(body: str, after: str = "", sidebar: str = "") -> HtmlResponse:
    html = (f'<html><head><meta name="ArticleTitle" content="关于领取2025年度监理工程师证书的通知">'
            f'<meta name="PubDate" content="2026-06-15 10:00"></head><body>'
            f'<div class="side"><ul>{sidebar}</ul></div>'
            f'<div class="article"><div class="TRS_Editor">{body}</div>{after}</div></body></html>')
    return HtmlResponse(URL, body=html.encode("utf-8"), encoding="utf-8")


def detail(response, **spec):
    return get_family("trs").detail(response, source(**spec))


def test_a_scanned_notice_is_image_only_with_its_images_as_attachments():
    fields = detail(page('<p><img src="./W020260615.jpg"></p><p>&nbsp;</p><p><img src="/img/p2.png"></p>'))
    assert fields.marker == "image_only" and fields.body_text == ""
    assert fields.attachments == [
        {"url": "https://www.example.gov.cn/zyjs/202606/W020260615.jpg", "text": IMAGE_TEXT},
        {"url": "https://www.example.gov.cn/img/p2.png", "text": IMAGE_TEXT}]


def test_a_notice_with_text_keeps_its_images_out_of_the_attachments():
    fields = detail(page("<p>各位考生：</p><p>证书已到，请于6月20日起到考试中心领取。</p><p><img src='/a.png'></p>"))
    assert fields.marker is None and fields.attachments == []


def test_a_one_line_body_with_a_file_is_attachment_only_and_its_icon_no_scan():
    body = '<p>详见附件。</p><p><a href="./P020260615.pdf"><img src="/images/pdf.gif">通知全文.pdf</a></p>'
    fields = detail(page(body))
    assert fields.marker == "attachment_only"
    assert [a["url"] for a in fields.attachments] == ["https://www.example.gov.cn/zyjs/202606/P020260615.pdf"]


def test_files_after_the_body_are_read_only_inside_the_declared_container():
    after = '<div class="attach"><a href="./P1.xls">名单.xls</a><a href="./more.html">更多</a></div>'
    sidebar = '<li><a href="/download/form.pdf">报名表.pdf</a></li>'
    without = detail(page("", after, sidebar))
    assert without.attachments == [] and without.marker == "empty_body"  # never silently empty
    fields = detail(page("", after, sidebar), attachments="div.attach")
    assert fields.marker == "attachment_only"
    assert fields.attachments == [{"url": "https://www.example.gov.cn/zyjs/202606/P1.xls", "text": "名单.xls"}]


def notice_counters(stderr: str) -> dict[str, int]:
    """The `notices/…` counters of a one-source crawl, from Scrapy's stats dump (--log-level INFO)."""
    dump = stderr[stderr.index("Dumping Scrapy stats:"):]
    return {key: int(value) for key, value in re.findall(r"'(notices/[\w/]+)': (\d+)", dump)}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory, replica_url):
    db_path = tmp_path_factory.mktemp("bare") / "notices.db"
    stats = {}
    for source_id in SOURCES:  # one crawl per source: the stats dump does not name its spider
        result = run_notices("crawl", "--source", source_id, "--replica", replica_url, "--db", str(db_path),
                             "--log-level", "INFO", "-s", f"NOTICES_TODAY={day_today(1)}")
        stats[source_id] = notice_counters(result.stderr)
    return db_path, stats


def declared(source_id: str, form: str) -> list:
    return [n for n in build_site(load_sources()[source_id]).notices if n.spec.form == form]


@pytest.mark.parametrize("source_id", SOURCES)
def test_the_replica_crawl_stores_scans_and_files_marked(crawl, source_id):
    db_path, stats = crawl
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        notices = {r["url"]: dict(r) for r in conn.execute("select * from notices where source_id = ?", [source_id])}
        rejects = {}
        for r in conn.execute("select url, stage, reason from rejects where source_id = ?", [source_id]):
            rejects.setdefault(r["reason"], set()).add((r["url"], r["stage"]))
    scans, files = declared(source_id, "image"), declared(source_id, "attachment")
    assert scans and files
    for n in scans:
        row = notices[n.url]  # stored, with its title and date, not rejected as "no body"
        assert row["title"] == n.title and row["published"] == n.spec.published.date().isoformat()
        assert row["body_text"] == "" and row["kind"] == "collection"
        assert json.loads(row["attachments"]) == [{"url": a.url, "text": IMAGE_TEXT} for a in n.attachments]
        assert (n.url, "normalize") in rejects["image_only"]
    for n in files:
        row = notices[n.url]
        assert row["title"] == n.title and len(row["body_text"].splitlines()) <= 2
        assert [a["url"] for a in json.loads(row["attachments"])] == [a.url for a in n.attachments]
        assert (n.url, "normalize") in rejects["attachment_only"]
    assert stats[source_id]["notices/image_only"] == len(rejects["image_only"]) == len(scans)
    # list rows linking straight to a file count too (ningxia)
    assert stats[source_id]["notices/attachment_only"] == len(rejects["attachment_only"])
    assert "notices/empty_body" not in stats[source_id]
    assert "no_title_or_body" not in rejects


def test_files_listed_after_the_article_are_found(crawl):
    """宁夏's replica lists every notice's files after the body (registry detail.attachments)."""
    db_path, _ = crawl
    with sqlite3.connect(db_path) as conn:
        stored = {url: json.loads(atts) for url, atts in conn.execute(
            "select url, attachments from notices where source_id = 'ningxia_nxpta'")}
    with_files = [n for n in build_site(load_sources()["ningxia_nxpta"]).notices
                  if n.url in stored and any(not a.image for a in n.attachments)]
    assert len(with_files) >= 2
    for n in with_files:
        assert [a["url"] for a in stored[n.url]] == [a.url for a in n.attachments]


def test_the_candidate_page_says_the_notice_is_a_scan(crawl):
    db_path, _ = crawl
    (scan,) = declared("qinghai_qhpta", "image")
    (file_only,) = declared("ningxia_nxpta", "attachment")
    server = DatasetteServer(db_path, today=day_today(1))
    try:
        def notice_page(url: str) -> str:
            with urllib.request.urlopen(f"{server.base}/notice/{notice_id(url)}", timeout=10) as response:
                return response.read().decode("utf-8")
        shown = notice_page(scan.url)
        assert scan.title in shown and "通知正文为图片，请查看原文或附件" in shown
        assert IMAGE_TEXT in shown and scan.attachments[0].url in shown
        shown = notice_page(file_only.url)
        assert "通知正文见附件" in shown and file_only.attachments[0].url in shown
        other = next(n for n in build_site(load_sources()["qinghai_qhpta"]).notices
                     if n.spec.form == "text" and n.spec.kind != "other")
        assert "请查看原文或附件" not in notice_page(other.url)
    finally:
        server.stop()
