"""Signs of a notice outside its words: the hour in a dated period, and the host a page is on.

Our own sentences; the classes came from the corpus's dev texts (session 15)."""

import pytest

from pipelines.links import is_government_page
from pipelines.normalize import normalize_record


@pytest.mark.parametrize("body, want", [
    # a body with no title of its own: a period that gives the hour is a dated notice, as one without it is
    ("三、证书申领时间\n本期合格人员证书申领时间为2031年4月8日9:00至4月19日17:00,逾期系统关闭。", (True, "2031-04-08", "2031-04-19")),
    ("三、证书申领时间\n本期合格人员证书申领时间为2031年4月8日至4月19日,逾期系统关闭。", (True, "2031-04-08", "2031-04-19")),
    ("二、领证安排\n合格证书于2031年5月6日上午9时起在市人才大厦二楼发放。", (True, "2031-05-06", None)),
    # a start written `…日开始` is a dated period too
    ("四、旧证换领\n证书换领工作从2031年3月1日开始,到当年年底结束,持旧证到各区人社局换领。", (True, "2031-03-01", None)),
    # the hour of an exam's registration is still registration
    ("一、报名时间\n网上报名时间为2031年4月8日9:00至4月19日17:00。", (False, None, None)),
])
def test_a_period_with_its_hour_is_a_dated_body(body, want):
    out = normalize_record({"text": body, "listed_date": "2031-03-20"})
    assert (out["is_cert_notice"], out["window_start"], out["window_end"]) == want


TITLE_ASKS = "如何申请职业资格证书邮寄到家?"


@pytest.mark.parametrize("url, want", [
    # an office's own page that asks and answers (an FAQ) is its notice (corpus judgement call 1) …
    ("https://rsj.example-city.gov.cn/faq/2031/0412.html", True),
    ("http://www.kaoshi.example.gov/faq.html", True),
    # … the same question on a training site is an explainer
    ("https://www.peixun-example.com/zhengshu/0412.html", False),
    ("https://gov.cn.example.com/faq.html", False),
    (None, False),
])
def test_a_question_title_on_a_government_page_is_its_faq(url, want):
    out = normalize_record({"text": TITLE_ASKS, "url": url})
    assert out["is_cert_notice"] is want


@pytest.mark.parametrize("url, want", [
    ("https://hrss.example.gov.cn/a.html", True),
    ("HTTP://RSJ.EXAMPLE.GOV.CN/a.html", True),
    ("https://example.gov/a", True),
    ("https://gov.cn/a", True),
    ("https://example.gov.cn.evil.com/a", False),
    ("https://notgov.cn/a", False),
    ("ftp://hrss.example.gov.cn/a", False),
    ("javascript:alert(1)//.gov.cn", False),
    ("http://[::1", False),
    ("", False),
    (42, False),
])
def test_government_page(url, want):
    assert is_government_page(url) is want


HOW_TO_WORK_IT = "2031年某省职业资格电子证书管理平台操作说明"


@pytest.mark.parametrize("text, url, want", [
    # how to work a system is an explainer on a training site (judgement call 1) …
    (HOW_TO_WORK_IT, "https://www.peixun-example.com/a/1.html", False),
    ("某某网:初级审计师电子证书下载操作方法", None, False),
    # … and the office's own procedure page on its own host
    (HOW_TO_WORK_IT, "https://rsks.example-province.gov.cn/tzgg/1.html", True),
    # news that the download has opened is still a notice, its how-to attached
    ("某省2031年二级建造师电子证书已开通!附下载操作步骤", None, True),
])
def test_how_to_work_a_system_is_an_explainer(text, url, want):
    assert normalize_record({"text": text, "url": url})["is_cert_notice"] is want
