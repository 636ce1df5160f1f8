"""CMS-family handlers on small pages: list rows, pagination variants, detail fields."""

from __future__ import annotations

import json

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse

from crawler.extract import fix_href, is_attachment
from crawler.families import get_family
from crawler.offline import spider_for
from crawler.pagination import trs_next_page
from crawler.source import Source
from pipelines.items import RejectItem


def page(url: str, html: str, encoding: str = "utf-8") -> HtmlResponse:
    return HtmlResponse(url=url, body=html.encode(encoding), encoding=encoding)


def source(**overrides) -> Source:
    base = dict(
        id="t", name="测试", kind="official", family="selectors", home_url="https://x.gov.cn/",
        start_urls=("https://x.gov.cn/list/index.html",), confidence="guess",
        list={"row": "ul.list > li", "link": "a::attr(href)", "title": "a::attr(title)", "date": "span::text"},
        detail={"title": "h1::text", "body": "div.content"},
    )
    base.update(overrides)
    return Source(**base)


@pytest.mark.parametrize(
    ("script", "url", "expected"),
    [
        # stock TRS: zero-based, page 0 is index.html
        ('createPageHTML(3, 0, "index", "html");', "https://x/a/index.html", ["https://x/a/index_1.html"]),
        ('createPageHTML(3, 1, "index", "html");', "https://x/a/index_1.html", ["https://x/a/index_2.html"]),
        ('createPageHTML(3, 2, "index", "html");', "https://x/a/index_2.html", []),
        # 湖北's 6-argument form with shtml
        ('createPageHTML(17, 0, "index", "shtml", "black2", 250);', "https://x/a/index.shtml", ["https://x/a/index_1.shtml"]),
        # 湖南's one-based form with a leading element id
        ("createPageHTML('paging',25,1,'index','html',500)", "https://x/a/index.html", ["https://x/a/index_2.html"]),
        ("createPageHTML('paging',2,2,'index','html',500)", "https://x/a/index_2.html", []),
        # 海南 / 新疆: element id and another stem
        ("createPageHTML('page_div',4,1,'list3_1','shtml',60)", "https://x/a/list3_1.shtml", ["https://x/a/list3_1_2.shtml"]),
        # 陕西's createPage
        ('createPage(5, 0, "index", "html")', "https://x/a/index.html", ["https://x/a/index_1.html"]),
        ("no pager here", "https://x/a/index.html", None),  # None: no pager at all (the spider reports it)
    ],
)
def test_trs_pagination_variants(script, url, expected):
    assert trs_next_page(page(url, f"<html><body><script>{script}</script></body></html>"), 1) == expected


def test_list_rows_prefer_the_title_attribute_and_resolve_links():
    html = """<ul class="list">
      <li><a href="./202609/t20260911_1.html" title="关于领取2025年度一级造价工程师资格证书的通知">关于领取2025年度一级造价…</a><span>2026-09-11</span></li>
      <li><a href="javascript:void(0)">skip</a></li>
      <li><a href="\\News\\2017\\1225\\AB.shtml">无标题属性</a><span>12-25</span></li>
    </ul>"""
    rows = get_family("selectors").list_rows(page("https://x.gov.cn/list/index.html", html), source())
    # A javascript: row is passed on as it is: the spider rejects it (unsafe_link), never fetches it.
    assert [(r.url, r.title, r.listed_date) for r in rows] == [
        ("https://x.gov.cn/list/202609/t20260911_1.html", "关于领取2025年度一级造价工程师资格证书的通知", "2026-09-11"),
        ("javascript:void(0)", "skip", None),
        ("https://x.gov.cn/News/2017/1225/AB.shtml", "无标题属性", "12-25"),
    ]


def test_a_list_row_that_is_not_a_web_link_is_a_reject_never_a_request():
    html = """<html><body><ul class="list">
      <li><a href="JavaScript:alert(1)" title="一">一</a></li><li><a href="data:text/html,x" title="二">二</a></li>
      <li><a href="./t1.html" title="三">三</a></li></ul></body></html>"""
    spider = spider_for(source(id="t_links"))
    output = list(spider.parse_list(page("https://x.gov.cn/list/index.html", html), page=1))
    assert [(o.reason, o.url[:9]) for o in output if isinstance(o, RejectItem)] == [
        ("unsafe_link", "JavaScrip"), ("unsafe_link", "data:text")]
    assert [o.url for o in output if isinstance(o, Request)] == ["https://x.gov.cn/list/t1.html"]


def test_detail_takes_the_labelled_date_not_the_page_clock():
    html = """<html><body><div class="top">今天是2026年11月28日 星期六</div>
      <h1>关于领取证书的通知</h1><div class="info">发布时间：2024-09-29 10:00</div>
      <div class="content"><p>第一段。</p><p>第二段<script>var x=1;</script></p>
      <a href="../files/名单.xlsx">名单</a><a href="/other.html">其他</a></div></body></html>"""
    fields = get_family("selectors").detail(page("https://x.gov.cn/a/b/t1.html", html), source())
    assert fields.title == "关于领取证书的通知"
    assert fields.published == "2024-09-29 10:00"
    assert fields.body_text == "第一段。\n第二段\n名单其他"
    assert fields.attachments == [{"url": "https://x.gov.cn/a/files/名单.xlsx", "text": "名单"}]


def test_trs_family_reads_meta_tags():
    html = """<html><head><meta name="ArticleTitle" content="湖北省2024年度监理工程师证书领取通知">
      <meta name="PubDate" content="2024-10-08 09:30"></head><body>
      <div class="TRS_Editor"><p>请于10月10日至10月20日领取。</p></div></body></html>"""
    fields = get_family("trs").detail(page("https://rst.hubei.gov.cn/a/t1.shtml", html), source(family="trs", detail={}))
    assert (fields.title, fields.published) == ("湖北省2024年度监理工程师证书领取通知", "2024-10-08 09:30")
    assert "10月10日至10月20日" in fields.body_text


def test_template_pagination_asks_for_the_next_page_until_the_bound():
    spec = source(pagination={"scheme": "template", "template": "notice_{n}.html", "first": 2, "max_pages": 3})
    family = get_family("selectors")
    response = page("http://www.cpta.com.cn/notice.html", "<html></html>")
    assert family.next_pages(response, spec, 1, 3) == ["http://www.cpta.com.cn/notice_2.html"]
    assert family.next_pages(response, spec, 2, 3) == ["http://www.cpta.com.cn/notice_3.html"]
    assert family.next_pages(response, spec, 3, 3) == []


@pytest.mark.parametrize(
    ("href", "fixed"), [("\\News\\2017\\a.shtml", "/News/2017/a.shtml"), (" ./t1.html ", "./t1.html")]
)
def test_fix_href(href, fixed):
    assert fix_href(href) == fixed


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://x/P020240101.xlsx", True), ("https://x/a.PDF", True), ("https://x/t1.html", False),
     ("https://x/module/download/downfile.jsp?filename=a", True)],
)
def test_is_attachment(url, expected):
    assert is_attachment(url) is expected


def test_gbk_page_decodes():
    html = "<ul class='list'><li><a href='/a.asp' title='关于领取证书的通知'>x</a><span>12-25</span></li></ul>"
    response = HtmlResponse(url="http://www.impta.com.cn/more.asp", body=html.encode("gbk"),
                            headers={"Content-Type": "text/html; charset=gbk"})
    rows = get_family("selectors").list_rows(response, source())
    assert rows[0].title == "关于领取证书的通知"


def test_hanweb_datastore_rows_and_proxy_pagination():
    records = "".join(
        f'<record><![CDATA[<li class="cf"><a href="/art/2026/9/{d}/art_57253_{d}.html" title="通知{d}" target="_blank">通知…</a>'
        f"<span>2026-09-{d:02d}</span></li>]]></record>"
        for d in range(1, 4)
    )
    html = (f'<html><body><script type="text/xml"><datastore><recordset>{records}</recordset></datastore></script>'
            "<script>var pageconfig = {columnid:57253, unitid:'325517', webid:'67', webname:'江苏人事考试网', "
            "totalRecord:100, proxyUrl:'/module/web/jpage/dataproxy.jsp'};</script></body></html>")
    spec = source(family="hanweb", list={"link": "a::attr(href)", "title": "a::attr(title)", "date": "span::text"},
                  pagination={"scheme": "hanweb_jpage", "max_pages": 5})
    response = page("https://jshrss.jiangsu.gov.cn/col/col57253/index.html", html)
    family = get_family("hanweb")
    rows = family.list_rows(response, spec)
    assert [(r.url, r.title, r.listed_date) for r in rows][0] == (
        "https://jshrss.jiangsu.gov.cn/art/2026/9/1/art_57253_1.html", "通知1", "2026-09-01")
    assert len(rows) == 3
    (following,) = family.next_pages(response, spec, 1, 5)
    assert following.startswith("https://jshrss.jiangsu.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15")
    assert "columnid=57253" in following and "unitid=325517" in following and "webid=67" in following
    proxy = page(following, "<datastore><totalrecord>100</totalrecord><recordset></recordset></datastore>")
    (third,) = family.next_pages(proxy, spec, 2, 5)
    assert "startrecord=91&endrecord=135" in third
    last = page(third, "<datastore><totalrecord>100</totalrecord></datastore>")
    assert family.next_pages(last, spec, 3, 5) == []


def test_json_api_rows_keep_the_public_url():
    body = json.dumps({"data": {"records": [
        {"id": 7, "title": "关于领取证书的通知", "publishedDate": "2024-09-01 10:00:00"},
    ], "pages": 2}}, ensure_ascii=False)
    spec = source(list={"format": "json", "records": "data.records",
                        "link": "https://www.hebpta.com.cn:8090/door/article?id={id}",
                        "public_url": "https://www.hebpta.com.cn/article?artId={id}&id=293",
                        "title": "title", "date": "publishedDate"},
                  pagination={"scheme": "query_param", "param": "pageNum", "total": "data.pages", "max_pages": 5},
                  detail={"format": "json", "title": "data.title", "date": "data.publishedDate", "body": "data.articleContent"})
    url = "https://www.hebpta.com.cn:8090/door/homeArticleList?pageNum=1&pageSize=10&belongSectionId=293"
    response = TextResponse(url=url, body=body.encode("utf-8"), encoding="utf-8")
    family = get_family("selectors")
    (row,) = family.list_rows(response, spec)
    assert row.url == "https://www.hebpta.com.cn:8090/door/article?id=7"
    assert row.public_url == "https://www.hebpta.com.cn/article?artId=7&id=293"
    assert family.next_pages(response, spec, 1, 5) == [url.replace("pageNum=1", "pageNum=2")]
    second = TextResponse(url=url.replace("pageNum=1", "pageNum=2"), body=body.encode("utf-8"), encoding="utf-8")
    assert family.next_pages(second, spec, 2, 5) == []
    article = json.dumps({"data": {"title": "关于领取证书的通知", "publishedDate": "2024-09-01",
                                   "articleContent": "<p>请携带身份证。</p><a href='/up/名单.xls'>名单</a>"}},
                         ensure_ascii=False)
    fields = family.detail(TextResponse(url=row.url, body=article.encode("utf-8"), encoding="utf-8"), spec)
    assert (fields.title, fields.published, fields.body_text) == ("关于领取证书的通知", "2024-09-01", "请携带身份证。\n名单")
    assert fields.attachments[0]["url"] == "https://www.hebpta.com.cn:8090/up/名单.xls"


def test_script_json_rows():
    html = ('<html><body><script>var listData = {"articleList": [{"title": "补办通知", "pubDate": "2024-01-02", '
            '"urls": {"pc": "/art/1.html"}}]};</script></body></html>')
    spec = source(list={"format": "script_json", "script_var": "listData", "records": "articleList",
                        "link": "{urls.pc}", "title": "title", "date": "pubDate"})
    (row,) = get_family("selectors").list_rows(page("https://rst.jiangxi.gov.cn/col/index.html", html), spec)
    assert (row.url, row.title, row.listed_date) == ("https://rst.jiangxi.gov.cn/art/1.html", "补办通知", "2024-01-02")


@pytest.mark.parametrize(
    ("scheme", "url", "script", "expected"),
    [
        ("ncms", "https://ks.rst.gansu.gov.cn/ncms/wzlb.shtml?mkbh=zyjs",
         'var dataTotal = parseInt("40"); var pagenum = parseInt("1"); var target="wzlb.shtml?mkbh=zyjs&begin=";',
         ["https://ks.rst.gansu.gov.cn/ncms/wzlb.shtml?mkbh=zyjs&begin=15&pagenum=2"]),
        # a link's target="_blank" before the pager script is not the pager's target
        ("ncms", "https://ks.rst.gansu.gov.cn/ncms/wzlb.shtml?mkbh=zyjs",
         '</script><a href="/x" target="_blank">x</a><script>var dataTotal = parseInt("40"); var pagenum = parseInt("1"); var target="wzlb.shtml?mkbh=zyjs&begin=";',
         ["https://ks.rst.gansu.gov.cn/ncms/wzlb.shtml?mkbh=zyjs&begin=15&pagenum=2"]),
        ("ncms", "https://ks.rst.gansu.gov.cn/ncms/wzlb.shtml?mkbh=zyjs&begin=30&pagenum=3",
         'var dataTotal = parseInt("40"); var pagenum = parseInt("3"); var target="wzlb.shtml?mkbh=zyjs&begin=";', []),
        ("count_page", "https://rsj.beijing.gov.cn/bjpta/index.html", "var currentPage=0; var countPage=3;",
         ["https://rsj.beijing.gov.cn/bjpta/index_1.html"]),
        ("count_page", "https://rsj.beijing.gov.cn/bjpta/index_2.html", "var currentPage=2; var countPage=3;", []),
        ("count_page", "https://hrss.tj.gov.cn/a/index.html",
         "pager_options{currentPage:parseInt('0')+1, countPage:parseInt('6}'), PAGE_NAME:'index', PAGE_EXT:'html'}",
         ["https://hrss.tj.gov.cn/a/index_1.html"]),
        ("query_param", "http://www.xzrsks.com/ShowList.aspx?show=zsff", "第1页 共2页",
         ["http://www.xzrsks.com/ShowList.aspx?show=zsff&page=2"]),
        ("query_param", "http://www.xzrsks.com/ShowList.aspx?show=zsff&page=2", "第2页 共2页", []),
    ],
)
def test_pagination_schemes(scheme, url, script, expected):
    spec = source(pagination={"scheme": scheme, "max_pages": 9})
    response = page(url, f"<html><body><script>{script}</script></body></html>")
    assert get_family("selectors").next_pages(response, spec, 1, 9) == expected


def test_a_date_printed_in_pieces_is_joined():
    html = ('<div class="kaoshilist"><div class="kaoshilistlefttop1">09-29</div><div class="kaoshilistleftbottom1">2024</div>'
            '<div class="kaoshilistrighttitle"><a href="/html/x/1.html" title="领证通知">领证</a></div></div>')
    spec = source(list={"row": "div.kaoshilist", "link": ".kaoshilistrighttitle a::attr(href)",
                        "title": ".kaoshilistrighttitle a::attr(title)",
                        "date": [".kaoshilistleftbottom1::text", ".kaoshilistlefttop1::text"]})
    (row,) = get_family("selectors").list_rows(page("https://www.lnrsks.com/html/x/", html), spec)
    assert row.listed_date == "2024-09-29"


# spider classes are cached by source id: these sources have ids of their own
TRS_SOURCE = dict(id="t_trs", pagination={"scheme": "trs_createpagehtml", "max_pages": 5})


def list_page(rows: int, script: str = "") -> HtmlResponse:
    items = "".join(f'<li><a href="./t{i}.html" title="关于领取证书的通知{i}">x</a></li>' for i in range(rows))
    return page("https://x.gov.cn/list/index.html",
                f'<html><body><ul class="list">{items}</ul><script>{script}</script></body></html>')


def rejects_of(output) -> list[tuple[str, str]]:
    return [(o.stage, o.reason) for o in output if isinstance(o, RejectItem)]


def test_a_missing_pager_is_a_warning_a_counter_and_a_reject(caplog):
    spider = spider_for(source(**TRS_SOURCE))
    output = list(spider.parse_list(list_page(10), page=1))
    assert rejects_of(output) == [("list", "pager_not_found")]
    assert spider.crawler.stats.get_value("notices/pagination/not_found") == 1
    assert any("no trs_createpagehtml pager" in r.getMessage() for r in caplog.records)
    # the last page of a list has its pager and no next page: nothing to report
    last = list(spider_for(source(**TRS_SOURCE)).parse_list(list_page(3, 'createPageHTML(2, 1, "index", "html");'), page=2))
    assert rejects_of(last) == []


def test_a_full_page_with_far_fewer_rows_than_usual_warns(caplog):
    spider = spider_for(source(**TRS_SOURCE))
    spider.usual_rows = 15.0
    pager = 'createPageHTML(5, 0, "index", "html");'
    output = list(spider.parse_list(list_page(4, pager), page=1))
    assert rejects_of(output) == [("list", "short_list_page")]
    assert spider.crawler.stats.get_value("notices/list_short") == 1
    assert any(o.url.endswith("index_1.html") for o in output if isinstance(o, Request))  # still paged on
    assert rejects_of(list(spider.parse_list(list_page(12, pager), page=1))) == []
