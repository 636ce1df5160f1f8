"""Parsers against real-structure fixtures (tests/fixtures/real/<source>/, see its README).

The fixtures reproduce the structure the public evidence in crawler/evidence/<source>.yaml shows
for the real site — tags, classes, URL scheme, the inline pager script, page chrome with link
lists a loose selector would pick up — with text written for the test. Each source's registry
entry, as it is, must read every row (title, date, link), the pager's next page, and the detail
page's title, date, body and attachments.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
import scrapy
from scrapy.http import HtmlResponse

from crawler.families import get_family
from crawler.offline import spider_for
from crawler.registry import get_source
from pipelines.items import NoticeItem, RejectItem

FIXTURES = Path(__file__).parent / "fixtures" / "real"


def fixture(source_id: str, name: str, url: str, encoding: str = "utf-8") -> HtmlResponse:
    body = (FIXTURES / source_id / name).read_bytes()
    return HtmlResponse(url=url, body=body, encoding=encoding)


def parse_list(source_id: str, url: str, encoding: str = "utf-8"):
    """(rows as (url, title, date) in page order, next list pages, rejects) for the list fixture."""
    source = get_source(source_id)
    spider = spider_for(source)
    output = list(spider.parse_list(fixture(source_id, "list.html", url, encoding), page=1))
    rows, following = [], []
    for out in output:
        if isinstance(out, scrapy.Request) and out.callback == spider.parse_detail:
            rows.append((out.url, out.cb_kwargs["list_title"], out.cb_kwargs["listed_date"]))
        elif isinstance(out, scrapy.Request):
            following.append(out.url)
        elif isinstance(out, NoticeItem):  # a row that is only a file
            rows.append((out.url, out.list_title, out.listed_date))
    rejects = [out for out in output if isinstance(out, RejectItem)]
    return rows, following, rejects


def _parse_list_text(source_id: str, url: str, text: str):
    """(spider, everything parse_list yields) for a fixture text edited by the test."""
    spider = spider_for(get_source(source_id))
    output = list(spider.parse_list(HtmlResponse(url=url, body=text.encode("utf-8"), encoding="utf-8"), page=1))
    return spider, output


def parse_detail(source_id: str, url: str, encoding: str = "utf-8") -> NoticeItem:
    spider = spider_for(get_source(source_id))
    (item,) = list(spider.parse_detail(fixture(source_id, "detail.html", url, encoding)))
    assert isinstance(item, NoticeItem)
    return item


# ----------------------------------------------------------------------------- 山西 shanxi_rsks

SHANXI_COLUMN = "https://rst.shanxi.gov.cn/rsks/zyjsryzgks/"
SHANXI_ROWS = [
    ("202611/t20261123_1008762.shtml", "关于发放2026年度一级建造师资格证书的公告", "2026.11.23"),
    ("202611/t20261119_1008727.shtml", "2025年度二级建造师考试合格人员证书领取安排", "2026.11.19"),
    ("202611/t20261117_1008726.shtml", "关于2025年度监理工程师考试报名有关事项的通知", "2026.11.17"),
    ("202611/t20261113_1008621.shtml", "2026年度一级造价工程师考试成绩公布及合格标准的说明", "2026.11.13"),
    ("202611/t20261111_1008710.shtml", "关于补发经济专业技术资格纸质证书有关事宜的公告", "2026.11.11"),
    ("202611/t20261107_1008632.shtml", "2025年度会计专业技术资格考试考务安排提示", "2026.11.07"),
    # the title attribute is missing on this row: the title comes from the link text
    ("202611/t20261105_1008690.shtml", "关于2026年度社会工作者职业资格电子证书启用的说明", "2026.11.05"),
    ("202611/t20261104_1008447.shtml", "2025年度注册安全工程师考试资格复核结果公示", "2026.11.04"),
    ("202610/t20261028_1008482.shtml", "关于发放2025年度审计专业技术资格资格证书的公告", "2026.10.28"),
    ("202610/t20261026_1008348.shtml", "2026年度统计专业技术资格考试合格人员证书领取安排", "2026.10.26"),
    ("202610/t20261025_1008162.shtml", "关于2025年度执业药师考试报名有关事项的通知", "2026.10.25"),
    ("202610/t20261024_1008652.shtml", "2025年度房地产估价师考试成绩公布及合格标准的说明", "2026.10.24"),
    ("202610/t20261023_1008534.shtml", "关于补发一级注册消防工程师纸质证书有关事宜的公告", "2026.10.23"),
    # a row that links straight to a PDF: stored from its row
    ("202610/P0202610211008177.pdf", "2025年度翻译专业资格考试考务安排提示（名单）", "2026.10.21"),
    ("202610/t20261020_1007978.shtml", "关于2025年度出版专业技术人员职业资格电子证书启用的说明", "2026.10.20"),
    ("202610/t20261016_1008357.shtml", "2026年度环境影响评价工程师考试资格复核结果公示", "2026.10.16"),
    ("202610/t20261012_1008058.shtml", "关于发放2025年度注册测绘师资格证书的公告", "2026.10.12"),
    ("202610/t20261010_1008082.shtml", "2025年度计算机技术与软件专业技术资格考试合格人员证书领取安排", "2026.10.10"),
    ("202610/t20261008_1007916.shtml", "关于2026年度初级护师考试报名有关事项的通知", "2026.10.08"),
    ("202610/t20261005_1008040.shtml", "2025年度咨询工程师（投资）考试成绩公布及合格标准的说明", "2026.10.05"),
]


def test_shanxi_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("shanxi_rsks", SHANXI_COLUMN + "index.shtml")
    # sidebar 热点关注 (li + span.pull-right), the column menu, nav and 相关链接 lists are not rows
    assert rows == [(SHANXI_COLUMN + rel, title, date) for rel, title, date in SHANXI_ROWS]
    # `var currentPage = 0; … var countPage = 8`: zero-based index_N.shtml
    assert following == [SHANXI_COLUMN + "index_1.shtml"]
    assert [r.reason for r in rejects] == []


def test_shanxi_last_page_has_no_next():
    source = get_source("shanxi_rsks")
    html = (FIXTURES / "shanxi_rsks" / "list.html").read_text("utf-8")
    last = html.replace("var currentPage = 0;", "var currentPage = 7;")
    response = HtmlResponse(url=SHANXI_COLUMN + "index_7.shtml", body=last.encode("utf-8"), encoding="utf-8")
    assert spider_for(source).family.next_pages(response, source, 1, 10) == []


def test_shanxi_detail_title_date_body_attachments():
    url = SHANXI_COLUMN + SHANXI_ROWS[0][0]
    item = parse_detail("shanxi_rsks", url)
    assert item.title_raw == SHANXI_ROWS[0][1]
    assert item.published_raw == "2026-11-23 10:18:36"  # .newsinfo 日期：
    body = item.body_text
    assert body.startswith("请各位考生按照本通知要求，在规定时间内办理相关手续")
    assert "一、办理时间" in body and "山西省人事考试中心" in body
    # none of the page chrome or the 相关信息 list is in the body
    assert "相关信息" not in body and "网站地图" not in body and "长者模式" not in body
    assert item.attachments == [
        {"url": SHANXI_COLUMN + "202611/P020261123385014726391.pdf", "text": "1.各市领取地点及联系方式"},
        {"url": SHANXI_COLUMN + "202611/P020261123385014726392.xlsx", "text": "2.合格人员名单"},
    ]


# ----------------------------------------------------------------------------- 兵团 bingtuan_btpta

BINGTUAN = "https://btpta.xjbt.gov.cn"
BINGTUAN_ROWS = [
    ("/c/2026-11-27/9183420.shtml", "2026年兵团监理工程师证书领取通知（第1批次）", "2026-11-27"),
    ("/c/2026-11-26/9183077.shtml", "关于2025年度一级建造师考试考务工作安排的通知", "2026-11-26"),
    ("/c/2026-11-24/9182908.shtml", "2026年度二级建造师考试兵团考区报名公告", "2026-11-24"),
    ("/c/2026-11-22/9182487.shtml", "关于领取2025年度一级造价工程师资格证书的通知", "2026-11-22"),
    ("/c/2026-11-20/9182996.shtml", "2026年度经济专业技术资格考试合格人员名单公示", "2026-11-20"),
    ("/c/2026-11-17/9182730.shtml", "关于办理会计专业技术资格证书补发事宜的公告", "2026-11-17"),
    ("/c/2026-11-15/9181818.shtml", "2026年兵团社会工作者职业资格证书领取通知（第1批次）", "2026-11-15"),
    ("/c/2026-11-14/9182349.shtml", "关于2025年度注册安全工程师考试考务工作安排的通知", "2026-11-14"),
    ("/c/2026-11-11/9181244.shtml", "2026年度审计专业技术资格考试兵团考区报名公告", "2026-11-11"),
    ("/c/2026-11-10/9182574.shtml", "关于领取2025年度统计专业技术资格资格证书的通知", "2026-11-10"),
    ("/c/2026-11-09/9180470.shtml", "2026年度执业药师考试合格人员名单公示", "2026-11-09"),
    ("/c/2026-11-07/9182870.shtml", "关于办理房地产估价师证书补发事宜的公告", "2026-11-07"),
    ("/c/2026-11-04/9179088.shtml", "2026年兵团一级注册消防工程师证书领取通知（第1批次）", "2026-11-04"),
    ("/c/2026-11-01/9180040.shtml", "关于2025年度翻译专业资格考试考务工作安排的通知", "2026-11-01"),
    ("/c/2026-10-27/9182454.shtml", "2026年度出版专业技术人员职业资格考试兵团考区报名公告", "2026-10-27"),
    ("/c/2026-10-26/9182550.shtml", "关于领取2025年度环境影响评价工程师资格证书的通知", "2026-10-26"),
    ("/c/2026-10-23/9179772.shtml", "2026年度注册测绘师考试合格人员名单公示", "2026-10-23"),
    ("/c/2026-10-20/9181244.shtml", "关于办理计算机技术与软件专业技术资格证书补发事宜的公告", "2026-10-20"),
    ("/c/2026-10-17/9180720.shtml", "2026年兵团咨询工程师（投资）证书领取通知（第1批次）", "2026-10-17"),
    ("/c/2026-10-14/9179145.shtml", "关于2025年度税务师考试考务工作安排的通知", "2026-10-14"),
]


def test_bingtuan_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("bingtuan_btpta", BINGTUAN + "/tzgg/index.shtml")
    # the 栏目导航 / 快速通道 / 考生服务 lists (li + span.fr) in .left_wrap are not rows
    assert rows == [(BINGTUAN + href, title, date) for href, title, date in BINGTUAN_ROWS]
    # static one-based pages: index.shtml, index_2.shtml … (#PageInp / .pageCount, 10 static pages)
    assert following == [BINGTUAN + "/tzgg/index_2.shtml"]
    assert [r.reason for r in rejects] == []


def test_bingtuan_detail_title_date_body_attachments():
    item = parse_detail("bingtuan_btpta", BINGTUAN + BINGTUAN_ROWS[0][0])
    assert item.title_raw == BINGTUAN_ROWS[0][1]
    assert item.published_raw == "2026-11-27 11:02"  # 发布时间： in div.info
    body = item.body_text
    assert body.startswith("本通知由发布机构负责解释") and body.endswith("兵团人事考试中心\n2026年11月27日")
    assert "二、领取时间及地点" in body and "兵团人事考试中心" in body
    assert "相关文章" not in body and "快速通道" not in body and "浏览次数" not in body
    assert item.attachments == [
        {"url": BINGTUAN + "/u/cms/www/202611/29101752038476215.xlsx", "text": "证书领取人员名单.xlsx"},
        {"url": BINGTUAN + "/u/cms/www/202611/29101752038476216.doc", "text": "委托书（样式）.doc"},
    ]


# ----------------------------------------------------------------------------- 云南 yunnan_hrss

YUNNAN = "https://hrss.yn.gov.cn/"
YUNNAN_ROWS = [
    ("NewsView.aspx?NewsID=181250&ClassID=558", "关于2025年度监理工程师纸质证书补办事宜的公告", "2026-11-27"),
    ("NewsView.aspx?NewsID=181224&ClassID=558", "云南省2026年度一级建造师考试考务工作通知", "2026-11-26"),
    ("NewsView.aspx?NewsID=181178&ClassID=558", "关于做好2025年度二级建造师证书发放工作的通知", "2026-11-22"),
    ("NewsView.aspx?NewsID=181154&ClassID=558", "2026年度一级造价工程师考试合格人员公示", "2026-11-21"),
    ("NewsView.aspx?NewsID=181142&ClassID=558", "关于开展2025年度经济专业技术资格考后资格复核的公告", "2026-11-18"),
    ("NewsView.aspx?NewsID=181095&ClassID=558", "关于会计专业技术资格电子证书查询下载的说明", "2026-11-14"),
    ("NewsView.aspx?NewsID=181214&ClassID=558", "关于印发全省人力资源社会保障系统2025年工作要点的通知", "2026-11-12"),
    ("NewsView.aspx?NewsID=181047&ClassID=558", "关于2026年度注册安全工程师纸质证书补办事宜的公告", "2026-11-11"),
    ("NewsView.aspx?NewsID=180954&ClassID=558", "云南省2025年度审计专业技术资格考试考务工作通知", "2026-11-10"),
    ("NewsView.aspx?NewsID=181016&ClassID=558", "关于做好2026年度统计专业技术资格证书发放工作的通知", "2026-11-07"),
    ("NewsView.aspx?NewsID=180850&ClassID=558", "2025年度执业药师考试合格人员公示", "2026-11-03"),
    ("NewsView.aspx?NewsID=180821&ClassID=558", "关于开展2026年度房地产估价师考后资格复核的公告", "2026-10-28"),
    ("NewsView.aspx?NewsID=180818&ClassID=558", "关于一级注册消防工程师电子证书查询下载的说明", "2026-10-27"),
    ("NewsView.aspx?NewsID=180795&ClassID=558", "关于印发全省人力资源社会保障系统2026年工作要点的通知", "2026-10-25"),
    ("NewsView.aspx?NewsID=181152&ClassID=558", "关于2025年度出版专业技术人员职业资格纸质证书补办事宜的公告", "2026-10-21"),
]


def test_yunnan_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("yunnan_hrss", YUNNAN + "NewsLsit.aspx?ClassID=558")
    # the 最新动态 ticker above (another .listBox ul.ul13, other columns) and the menus are not rows;
    # the fifth row has no title attribute: its title is the link text
    assert rows == [(YUNNAN + href, title, date) for href, title, date in YUNNAN_ROWS]
    # AspNetPager "第1页 共115页": the next page is &page=2
    assert following == [YUNNAN + "NewsLsit.aspx?ClassID=558&page=2"]
    assert [r.reason for r in rejects] == []


def test_yunnan_last_page_has_no_next():
    source = get_source("yunnan_hrss")
    html = (FIXTURES / "yunnan_hrss" / "list.html").read_text("utf-8").replace("第1页 共115页", "第115页 共115页")
    response = HtmlResponse(url=YUNNAN + "NewsLsit.aspx?ClassID=558&page=115", body=html.encode("utf-8"), encoding="utf-8")
    assert spider_for(source).family.next_pages(response, source, 1, 200) == []


def test_yunnan_detail_title_date_body_attachments():
    item = parse_detail("yunnan_hrss", YUNNAN + YUNNAN_ROWS[0][0])
    assert item.title_raw == YUNNAN_ROWS[0][1]
    assert item.published_raw == "2026-11-27 09:40:00"  # 发布时间： in div.newsInfo
    body = item.body_text
    assert "一、申请条件" in body and body.endswith("云南省人事考试院\n2026年11月25日")
    assert "相关信息" not in body and "最新动态" not in body and "浏览" not in body
    assert item.attachments == [
        {"url": YUNNAN + "UploadFile/202611/20261125093012345.docx", "text": "证书补办申请表.docx"},
    ]


# ----------------------------------------------------------------------------- 海南 hainan_hrss

HAINAN = "https://hrss.hainan.gov.cn/hrss/tzgg/"
HAINAN_ROWS = [
    ("202611/7b0a8ca8fe782b6339c8c8dee25e031a.shtml", "关于2026年度二级建造师资格证书领取有关事项的通知", "2026-11-28"),
    ("202611/db6f2537608cff0fe5f4709893a9c827.shtml", "海南省2025年度一级建造师考试考务安排", "2026-11-26"),
    ("202611/2c94b8a43887a78c5136b613eecef030.shtml", "2025年度监理工程师考试海南考区合格人员名单", "2026-11-25"),
    ("202611/f9b86560fcad6610237a846dd5484115.shtml", "关于一级造价工程师证书补办受理方式调整的公告", "2026-11-24"),
    ("202611/c3b2c2ea737c3009e41d3e43872a584e.shtml", "关于2025年度经济专业技术资格电子证书下载的提示", "2026-11-22"),
    ("202611/5e6aa14463fd4982add3bbc95ba8e57b.shtml", "2025年度会计专业技术资格考试报名工作的通知", "2026-11-19"),
    ("202611/8700fc76a5f7f99e469385745266f66e.shtml", "关于做好2026年度劳动用工备案工作的通知", "2026-11-16"),
    ("202611/b8a99ed6a36e9e69c36c795e4baa0acf.shtml", "2025年度注册安全工程师考后资格复核结果", "2026-11-14"),
    ("202611/2267bcf1cb177804ec8fb057836cd6c5.shtml", "关于2025年度审计专业技术资格资格证书领取有关事项的通知", "2026-11-11"),
    ("202611/fdc67a97330aaf065b666e56e868eead.shtml", "海南省2026年度统计专业技术资格考试考务安排", "2026-11-09"),
    ("202611/ae98afdfcde8012ba5d308ae0a687fec.shtml", "2025年度执业药师考试海南考区合格人员名单", "2026-11-07"),
    ("202611/98e2388b277e06e62bbb215438eb743b.shtml", "关于房地产估价师证书补办受理方式调整的公告", "2026-11-04"),
    ("202611/6e941818f218f374883aef60fbd76655.shtml", "关于2026年度一级注册消防工程师电子证书下载的提示", "2026-11-01"),
    ("202610/dd75c1ea0af479425d2ef4b6dd9591f5.shtml", "2025年度翻译专业资格考试报名工作的通知", "2026-10-28"),
    ("202610/92984c936b66cc5c48905719a6bf41f4.shtml", "关于做好2025年度劳动用工备案工作的通知", "2026-10-27"),
    ("202610/8ecd6635aaca9abfb88c2ff16dca41c9.shtml", "2026年度环境影响评价工程师考后资格复核结果", "2026-10-24"),
]


def test_hainan_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("hainan_hrss", HAINAN + "list3.shtml")
    # the 推荐阅读 blocks (div.list_div outside div.cen-div-1) are not rows; the date is the
    # plain td text with its 发布时间： label (there is no td.date); row 10 has no title attribute
    assert rows == [(HAINAN + rel, title, f"发布时间： {date}") for rel, title, date in HAINAN_ROWS]
    # createPageHTML('page_div', 14, 1, 'list3', 'shtml', 221): one-based, page 2 is list3_2.shtml
    assert following == [HAINAN + "list3_2.shtml"]
    assert [r.reason for r in rejects] == []


def test_hainan_listed_date_normalizes():
    from pipelines.dates import parse_date

    assert str(parse_date("发布时间： 2026-11-28")) == "2026-11-28"


def test_hainan_detail_title_date_body_attachments():
    item = parse_detail("hainan_hrss", HAINAN + HAINAN_ROWS[0][0])
    assert item.title_raw == HAINAN_ROWS[0][1]
    assert item.published_raw == "2026-11-28 16:12"  # meta PubDate
    body = item.body_text
    assert "一、领取时间" in body and body.endswith("海南省考试局\n2026年11月28日")
    assert "相关文章" not in body and "友情链接" not in body and "字体" not in body
    assert item.attachments == [
        {"url": HAINAN + "202611/7b0a8ca8fe782b6339c8c8dee25e031a/files/31502846200175938.pdf", "text": "市县领取点一览表"},
    ]


# ----------------------------------------------------------------------------- 四川 sichuan_scpta

SICHUAN = "https://www.scpta.com.cn"
SICHUAN_ROWS = [
    ("/front/News/info/c6dd986884fb72dbc1a572ba872e1e63?t=57", "四川省2026年度监理工程师考试考务工作有关事项的通知", "2026-11-27"),
    ("/front/News/info/e99ca1be22d1385078fdebcccb281e52?t=57", "关于2025年度一级建造师证书直邮工作的通知", "2026-11-23"),
    ("/front/News/info/974824046e8b17a8d1a2e655151c2a44?t=57", "2026年度二级建造师考试四川考区报名公告", "2026-11-19"),
    ("/front/News/info/6868579ede598212cef6dcc46af491b8?t=57", "关于2025年度一级造价工程师考试成绩复查的公告", "2026-11-16"),
    ("/front/News/info/228e26bc231e6415b092119cc48d4dfe?t=57", "关于经济专业技术资格证书补发申请受理的通知", "2026-11-12"),
    ("/front/News/info/156ccb20d49d5c3f3eb153aa564d4640?t=57", "2025年度会计专业技术资格考试合格人员公示", "2026-11-11"),
    ("/front/News/info/c41b3fb86021600661ab6a64af25db1a?t=57", "四川省2026年度社会工作者职业资格考试考务工作有关事项的通知", "2026-11-10"),
    ("/front/News/info/ccf4ba8395661fbab147db7e83021e30?t=57", "关于2025年度注册安全工程师证书直邮工作的通知", "2026-11-08"),
    ("/front/News/info/aa031a9aaf8d59874268fd20f0c6a324?t=57", "2026年度审计专业技术资格考试四川考区报名公告", "2026-11-05"),
    ("/front/News/info/17d746ea319b7eae05f06e4e10209f38?t=57", "关于2025年度统计专业技术资格考试成绩复查的公告", "2026-11-03"),
    ("/front/News/info/267b7df8951601568a23a1d7a4b953dc?t=57", "关于执业药师证书补发申请受理的通知", "2026-10-28"),
    ("/front/News/info/d250c88d68f0dbf3680934829e2aea84?t=57", "2025年度房地产估价师考试合格人员公示", "2026-10-27"),
    ("/front/News/info/bf8cb1b291ab9171ccb0f80639f5d225?t=57", "四川省2026年度一级注册消防工程师考试考务工作有关事项的通知", "2026-10-25"),
    ("/front/News/info/1068b1a604ded9eacac22293e5340456?t=57", "关于2025年度翻译专业资格证书直邮工作的通知", "2026-10-24"),
    ("/front/News/info/e7567c06f6cf49c7789573947c091387?t=57", "2026年度注册测绘师考试四川考区报名公告", "2026-10-21"),
]


def test_sichuan_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("sichuan_scpta", SICHUAN + "/front/News/List/57")
    # li directly in div.wrap-content; the #left_item_<topic> menu, 考生须知 list and links are not rows
    assert rows == [(SICHUAN + href, title, date) for href, title, date in SICHUAN_ROWS]
    # pageUrl + "i=N": the next page is ?i=2, never ?page=2
    assert following == [SICHUAN + "/front/News/List/57?i=2"]
    assert [r.reason for r in rejects] == []


def test_sichuan_second_page_asks_for_the_third():
    source = get_source("sichuan_scpta")
    response = fixture("sichuan_scpta", "list.html", SICHUAN + "/front/News/List/57?i=2")
    assert spider_for(source).family.next_pages(response, source, 2, 3) == [SICHUAN + "/front/News/List/57?i=3"]


def test_sichuan_detail_title_date_body_attachments():
    item = parse_detail("sichuan_scpta", SICHUAN + SICHUAN_ROWS[1][0])
    assert item.title_raw == SICHUAN_ROWS[1][1]
    assert item.published_raw == "2026年11月26日"  # 发布时间： in p.news-info, 年月日 form
    body = item.body_text
    assert "一、直邮范围" in body and body.endswith("四川省人事考试中心\n2026年11月26日")
    assert "相关信息" not in body and "阅读次数" not in body and "友情链接" not in body
    assert item.attachments == [
        {"url": SICHUAN + "/upload/file/20261126/3f6d2a9c1b8e4d7f9a0c5e2b6d1f8a3c.pdf", "text": "证书直邮申请操作说明.pdf"},
    ]


# ----------------------------------------------------------------------------- 上海 shanghai_rsj

SHANGHAI = "https://rsj.sh.gov.cn"
SHANGHAI_ROWS = [
    ("20261127/t0035_1446012.html", "关于2025年度一级造价工程师资格证书邮寄发放的通知", "2026-11-27"),
    ("20261126/t0035_1445987.html", "本市2027年度职称评审工作安排的公告", "2026-11-26"),
    ("20261124/t0035_1445930.html", "关于开展2026年第四季度企业职工技能提升补贴申领的通知", "2026-11-24"),
    ("20261121/t0035_1445871.html", "2025年度中级经济师资格证书领取事项的通知", "2026-11-21"),
    ("20261119/t0035_1445802.html", "上海市2026年度事业单位公开招聘面试工作提示", "2026-11-19"),
    ("20261117/t0035_1445766.html", "关于做好2026年度人力资源服务机构年度报告公示的通知", "2026-11-17"),
    ("20261114/t0035_1445690.html", "关于2025年度注册安全工程师纸质证书补办受理的公告", "2026-11-14"),
    ("20261112/t0035_1445655.html", "本市就业困难人员认定办理指南（2026年修订）", "2026-11-12"),
    ("20261110/t0035_1445603.html", "关于2026年度初级、中级社会工作者职业资格电子证书启用的说明", "2026-11-10"),
    ("20261106/t0035_1445521.html", "关于公布2026年上海市技能大师工作室名单的通知", "2026-11-06"),
    ("20261104/t0035_1445488.html", "2026年度监理工程师考试上海考区考务安排", "2026-11-04"),
    ("20261031/t0035_1445390.html", "关于调整本市最低工资标准的公告", "2026-10-31"),
    ("20261029/t0035_1445342.html", "关于2025年度一级建造师资格证书发放工作的通知", "2026-10-29"),
    ("20261027/t0035_1445301.html", "上海市2026年第三批高技能人才培养基地认定结果公示", "2026-10-27"),
    ("20261023/t0035_1445227.html", "关于开展2026年度劳动保障书面审查工作的通知", "2026-10-23"),
]


def test_shanghai_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("shanghai_rsj", SHANGHAI + "/tgsgg_17341/index.html")
    # no title attribute anywhere: titles are the link text; the 热点 list is another ul.uli14
    # (without list-date) and, like the menus and 相关链接, is not read as rows
    assert rows == [(f"{SHANGHAI}/tgsgg_17341/{rel}", title, date) for rel, title, date in SHANGHAI_ROWS]
    # `.pagination("setPage", 1, 9)`: one-based, the second page is index_2.html
    assert following == [SHANGHAI + "/tgsgg_17341/index_2.html"]
    assert [r.reason for r in rejects] == []


def _shanghai_page(page_url: str, edit) -> tuple[list, list, list]:
    """The list fixture served at `page_url` with its pager script edited."""
    text = (FIXTURES / "shanghai_rsj" / "list.html").read_text("utf-8")
    edited = edit(text)
    assert edited != text
    _, output = _parse_list_text("shanghai_rsj", page_url, edited)
    following = [o.url for o in output if isinstance(o, scrapy.Request) and o.callback.__name__ == "parse_list"]
    return output, following, [o for o in output if isinstance(o, RejectItem)]


def test_shanghai_pager_obeys_total_page():
    column = SHANGHAI + "/tgsgg_17341/"
    # page 8 of 9 asks for the ninth, numbered as the page says (pageName/pageExt)
    _, following, rejects = _shanghai_page(column + "index_8.html", lambda t: t.replace('"setPage", 1, 9', '"setPage", 8, 9'))
    assert following == [column + "index_9.html"] and rejects == []
    # on page totalPage nothing further is asked for (the template scheme used to ask for index_N+1
    # until a 404 or max_pages)
    _, following, rejects = _shanghai_page(column + "index_9.html", lambda t: t.replace('"setPage", 1, 9', '"setPage", 9, 9'))
    assert following == [] and rejects == []
    # a one-page column: totalPage 1
    _, following, rejects = _shanghai_page(column + "index.html", lambda t: t.replace("totalPage: 9", "totalPage: 1")
                                           .replace('"setPage", 1, 9', '"setPage", 1, 1'))
    assert following == [] and rejects == []


def test_shanghai_missing_pager_is_reported():
    column = SHANGHAI + "/tgsgg_17341/"
    output, following, rejects = _shanghai_page(
        column + "index.html", lambda t: t.replace("totalPage: 9,", "").replace('pagination("setPage", 1, 9)', "pagination()"))
    assert following == []
    assert [r.reason for r in rejects] == ["pager_not_found"]


def test_shanghai_detail_title_date_body_attachments():
    url = f"{SHANGHAI}/tgsgg_17341/{SHANGHAI_ROWS[0][0]}"
    item = parse_detail("shanghai_rsj", url)
    assert item.title_raw == SHANGHAI_ROWS[0][1]
    assert item.published_raw == "2026-11-27 16:05"  # meta PubDate
    body = item.body_text
    assert body.startswith("各有关人员：") and "三、办理时间" in body and "上海市职业能力考试院" in body
    assert "相关信息" not in body and "打印本页" not in body and "字号" not in body and "网站地图" not in body
    assert item.attachments == [
        {"url": SHANGHAI + "/cmsres/4e/4e1f0c7a2b9d48e3a5c61f7d08b2e953/9a3c5e71d2f04b6e8c1a7d3f5b9e2c40.xlsx",
         "text": "证书邮寄人员名单.xlsx"},
    ]


# ----------------------------------------------------------------------------- 西藏 xizang_hrss

XIZANG = "https://hrss.xizang.gov.cn/xwzx/tzgg/"
XIZANG_ROWS = [
    ("202611/t20261128_541203.html", "关于2025年度一级建造师资格证书领取的通知", "2026-11-28"),
    ("202611/t20261127_541188.html", "自治区2026年度技工院校招生工作会议召开", "2026-11-27"),
    ("202611/t20261126_541160.html", "关于开展2026年度人力资源市场专项检查的通知", "2026-11-26"),
    ("202611/t20261125_541141.html", "2025年度中级会计资格证书发放有关事项的公告", "2026-11-25"),
    ("202611/t20261124_541119.html", "关于做好冬春季农牧民工工资支付工作的通知", "2026-11-24"),
    ("202611/t20261121_541087.html", "自治区2026年第二批专业技术人员继续教育基地名单公示", "2026-11-21"),
    ("202611/t20261120_541066.html", "关于2025年度社会工作者职业资格电子证书下载的提示", "2026-11-20"),
    ("202611/t20261119_541049.html", "2026年自治区事业单位公开招聘体检结果公示", "2026-11-19"),
    ("202611/t20261118_541021.html", "关于印发《西藏自治区职称评审管理办法》的通知", "2026-11-18"),
    ("202611/t20261117_541003.html", "关于2026年度监理工程师考试考务安排的通知", "2026-11-17"),
    ("202611/t20261114_540980.html", "关于注册安全工程师证书遗失补办受理的公告", "2026-11-14"),
    ("202611/t20261113_540962.html", "自治区人社厅开展就业援助月活动的通知", "2026-11-13"),
    ("202611/t20261112_540941.html", "2026年度高校毕业生“三支一扶”计划招募结果公示", "2026-11-12"),
    ("202611/t20261111_540920.html", "关于2025年度二级造价工程师资格证书领取安排的通知", "2026-11-11"),
    ("202611/t20261110_540903.html", "关于公布2026年度技能大师工作室建设项目的通知", "2026-11-10"),
    ("202611/t20261107_540877.html", "自治区2026年下半年职业技能等级认定计划", "2026-11-07"),
    ("202611/t20261106_540860.html", "关于执业药师职业资格证书邮寄发放的通知", "2026-11-06"),
    ("202611/t20261105_540842.html", "关于调整城乡居民基础养老金标准的通知", "2026-11-05"),
    ("202611/t20261104_540825.html", "2026年自治区引进急需紧缺人才拟聘人员公示", "2026-11-04"),
    ("202611/t20261103_540807.html", "关于2025年度经济专业技术资格合格人员名单的公示", "2026-11-03"),
    ("202610/t20261031_540781.html", "关于开展劳动保障法律法规宣传周活动的通知", "2026-10-31"),
    ("202610/t20261030_540766.html", "关于2025年度一级注册消防工程师证书领取的通知", "2026-10-30"),
    ("202610/t20261029_540750.html", "自治区人力资源服务机构等级评定结果公示", "2026-10-29"),
    ("202610/t20261028_540733.html", "关于做好2026年度社会保险待遇资格认证工作的通知", "2026-10-28"),
    ("202610/t20261027_540716.html", "关于2025年度审计专业技术资格证书补发事宜的公告", "2026-10-27"),
]


def test_xizang_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("xizang_hrss", XIZANG + "index.html")
    # 25 rows, titles only as the link text of a.nm; the 热点信息 list (li + span) and the menus are not rows
    assert rows == [(XIZANG + rel, title, date) for rel, title, date in XIZANG_ROWS]
    # createPageHTML(20, 0, "index", "html"): zero-based, the second page is index_1.html
    assert following == [XIZANG + "index_1.html"]
    assert [r.reason for r in rejects] == []


def test_xizang_last_exposed_page_has_no_next():
    source = get_source("xizang_hrss")
    html = (FIXTURES / "xizang_hrss" / "list.html").read_text("utf-8").replace('createPageHTML(20, 0,', 'createPageHTML(20, 19,')
    response = HtmlResponse(url=XIZANG + "index_19.html", body=html.encode("utf-8"), encoding="utf-8")
    assert spider_for(source).family.next_pages(response, source, 1, 30) == []


def test_xizang_detail_title_date_body_attachments():
    item = parse_detail("xizang_hrss", XIZANG + XIZANG_ROWS[0][0])
    assert item.title_raw == XIZANG_ROWS[0][1]
    assert item.published_raw == "2026-11-28 10:30"  # meta PubDate
    body = item.body_text
    assert body.startswith("各有关考生：") and "三、领取地点及所需材料" in body
    assert body.endswith("西藏自治区人事考试中心\n2026年11月28日\n附件：1.证书领取人员名单.pdf\n2.委托书（样式）.docx")
    assert "相关文章" not in body and "打印本页" not in body and "字体" not in body
    assert item.attachments == [
        {"url": XIZANG + "202611/P020261128352611475039.pdf", "text": "1.证书领取人员名单.pdf"},
        {"url": XIZANG + "202611/P020261128352611475040.docx", "text": "2.委托书（样式）.docx"},
    ]


# ----------------------------------------------------------------------------- 辽宁 liaoning_lnrsks

LIAONING = "https://www.lnrsks.com/html/kaoshidongtai/"
LIAONING_ROWS = [
    ("45123", "关于领取2025年度一级建造师资格证书的通知", "2026-11-27"),
    ("45117", "辽宁省2026年度考试录用公务员面试工作提示", "2026-11-26"),
    ("45102", "2025年度中级经济专业技术资格证书发放安排", "2026-11-24"),
    ("45096", "关于2026年度事业单位公开招聘笔试成绩复核的公告", "2026-11-21"),
    ("45088", "关于2025年度监理工程师证书邮寄办理的通知", "2026-11-19"),
    ("45071", "辽宁省2026年度专业技术人员职业资格考试计划", "2026-11-17"),
    ("45066", "关于补办注册安全工程师资格证书有关事项的公告", "2026-11-14"),
    ("45059", "2026年度一级造价工程师考试辽宁考区考务通知", "2026-11-12"),
    ("45043", "关于2025年度社会工作者职业资格证书领取的通知", "2026-11-10"),
    ("45037", "辽宁省2026年度选调生考试资格复审公告", "2026-11-07"),
    ("45025", "关于执业药师职业资格电子证书启用的说明", "2026-11-05"),
    ("45019", "2026年度注册测绘师考试考后资格核查通知", "2026-11-03"),
    ("45004", "关于2025年度二级建造师资格证书领取的通知", "2026-10-30"),
    ("44998", "辽宁省人事考试诚信档案记录情况通报", "2026-10-28"),
    ("44987", "关于2025年度审计专业技术资格证书发放的通知", "2026-10-26"),
]


def test_liaoning_list_rows_split_dates_and_next_link():
    rows, following, rejects = parse_list("liaoning_lnrsks", LIAONING)
    # the year and the month-day are printed apart; titles are link text; 考生须知 / 便民服务 / links are not rows
    assert rows == [(f"{LIAONING}{doc}.html", title, date) for doc, title, date in LIAONING_ROWS]
    # the page-file code is the column's own (64 here, 80 elsewhere): the 下一页 link is followed
    assert following == [LIAONING + "64_2.html"]
    assert [r.reason for r in rejects] == []


def test_liaoning_last_page_prints_next_as_a_span():
    source = get_source("liaoning_lnrsks")
    html = (FIXTURES / "liaoning_lnrsks" / "list.html").read_text("utf-8")
    last = html.replace('<a href="64_2.html">下一页</a>', "<span>下一页</span>")
    response = HtmlResponse(url=LIAONING + "64_31.html", body=last.encode("utf-8"), encoding="utf-8")
    assert spider_for(source).family.next_pages(response, source, 1, 40) == []


# ----------------------------------------------------------------------------- 广西 guangxi_gxpta

# The start URL is the 职业资格类考试 channel (registry `channel`): its sub-column links are followed
# and each leaf is read as a list. list.html is a LEAF column of the site (the evidence shows leaves,
# not the 职业资格 channel's leaves, whose paths are unknown): the registry's row, pager and detail
# selectors on the leaf structure; channel.html is the channel page.
GUANGXI_LEAF = "https://www.gxpta.com.cn/ksxm/sydwzpks/"
GUANGXI_ROWS = [
    ("t21874512", "广西2026年度事业单位公开招聘工作人员笔试公告", "2026-11-27"),
    ("t21874470", "关于2026年度事业单位公开招聘笔试考点安排的说明", "2026-11-25"),
    ("t21874433", "2026年度事业单位招聘考试违纪违规行为处理结果公示", "2026-11-24"),
    ("t21874391", "关于2026年度下半年事业单位公开招聘资格复审的通知", "2026-11-21"),
    ("t21874350", "2026年度事业单位公开招聘笔试成绩查询说明", "2026-11-19"),
    ("t21874318", "关于做好2026年度事业单位招聘面试准备工作的通知", "2026-11-17"),
    ("t21874277", "2026年度事业单位公开招聘考试合格分数线公告", "2026-11-14"),
    ("t21874230", "关于2026年度事业单位招聘考试准考证打印的提示", "2026-11-12"),
    ("t21874196", "2026年度事业单位公开招聘递补人员名单公示", "2026-11-10"),
    ("t21874151", "关于调整2026年度事业单位招聘部分岗位条件的公告", "2026-11-07"),
    ("t21874117", "2026年度事业单位招聘考试考生须知", "2026-11-05"),
    ("t21874072", "关于2026年度事业单位公开招聘报名人数的通报", "2026-11-03"),
    ("t21874036", "2026年度事业单位公开招聘考试大纲说明", "2026-10-31"),
    ("t21873990", "关于2026年度事业单位招聘考试延期报名的公告", "2026-10-29"),
    ("t21873954", "2026年度事业单位公开招聘考试考场规则", "2026-10-27"),
]


def test_guangxi_leaf_rows_dates_and_zero_based_pager():
    rows, following, rejects = parse_list("guangxi_gxpta", GUANGXI_LEAF)
    # ul.articles inside div.rightitem; the channel menu and 快速通道 lists in div.leftitem are not rows
    assert rows == [(f"{GUANGXI_LEAF}{doc}.html", title, date) for doc, title, date in GUANGXI_ROWS]
    assert following == [GUANGXI_LEAF + "index_1.html"]  # createPageHTML(34, 0, "index", "html")
    assert [r.reason for r in rejects] == []


GUANGXI_CHANNEL = "https://www.gxpta.com.cn/ksxm/zyzglks/"
# the slugs are ours (the real leaves of the channel are not evidenced); the markup is the evidence's
GUANGXI_LEAVES = ["yjjzsks", "jlgcsks", "zyysks", "zjzyzgks", "zcaqgcsks", "shgzzks", "jzsks"]


def _parse_channel(text: str):
    spider = spider_for(get_source("guangxi_gxpta"))
    response = HtmlResponse(url=GUANGXI_CHANNEL, body=text.encode("utf-8"), encoding="utf-8")
    return spider, list(spider.parse_channel(response))


def test_guangxi_channel_page_leads_to_its_sub_columns():
    source = get_source("guangxi_gxpta")
    assert source.start_urls == (GUANGXI_CHANNEL,) and source.channel
    spider, output = _parse_channel((FIXTURES / "guangxi_gxpta" / "channel.html").read_text("utf-8"))
    # the ./relative channelright links, in page order; the left menu, 快速通道 and friend links are not followed
    assert [o.url for o in output] == [f"{GUANGXI_CHANNEL}{slug}/" for slug in GUANGXI_LEAVES]
    assert all(isinstance(o, scrapy.Request) and o.callback == spider.parse_list and o.cb_kwargs == {"page": 1}
               for o in output)
    assert spider.crawler.stats.get_value("notices/channel_columns") == len(GUANGXI_LEAVES)


def test_guangxi_leaf_reached_from_the_channel_reads_rows_and_pager():
    # each sub-column is an ordinary list: the leaf fixture served at a channel leaf's URL
    leaf = f"{GUANGXI_CHANNEL}{GUANGXI_LEAVES[1]}/"
    rows, following, rejects = parse_list("guangxi_gxpta", leaf)
    assert rows == [(f"{leaf}{doc}.html", title, date) for doc, title, date in GUANGXI_ROWS]
    assert following == [leaf + "index_1.html"] and rejects == []


def test_guangxi_channel_without_links_is_loud(caplog):
    text = (FIXTURES / "guangxi_gxpta" / "channel.html").read_text("utf-8").replace('class="channelright"', 'class="v2"')
    spider, output = _parse_channel(text)
    (reject,) = output
    assert isinstance(reject, RejectItem) and reject.reason == "no_channel_links"
    stats = spider.crawler.stats
    assert stats.get_value("notices/channel_empty") == 1 and "no sub-column links" in stats.get_value("notices/cause/list")
    assert any("no sub-column links" in r.getMessage() for r in caplog.records if r.levelname == "ERROR")


def test_guangxi_detail_body_and_attachment():
    item = parse_detail("guangxi_gxpta", GUANGXI_LEAF + GUANGXI_ROWS[0][0] + ".html")
    assert item.title_raw == GUANGXI_ROWS[0][1]
    assert item.published_raw == "2026-11-27 09:00"
    assert item.body_text.startswith("各位考生：") and "二、笔试地点" in item.body_text
    assert "友情链接" not in item.body_text and "当前位置" not in item.body_text
    assert item.attachments == [{"url": GUANGXI_LEAF + "P020261127512003184511.xlsx", "text": "考点一览表.xlsx"}]


# ----------------------------------------------------------------------------- 江西 jiangxi_rst

# The evidenced column (the 事业单位 one; the registry's col37213 is unverified). As job-radar's tests
# reproduce the live page, `var listData = { articleList: [...] }` is a JS object, not JSON (the key
# is unquoted), and each record's `urls` is a string holding JSON. script_json reads the object as
# JavaScript (chompjs) and `{urls.pc}` decodes the string on the way (crawler/extract.py dig).
JIANGXI = "https://rst.jiangxi.gov.cn/jxsrlzyhshbzt/col/col85519/"
JIANGXI_ROWS = [
    ("content_8912034", "江西省2026年度省直事业单位公开招聘笔试公告", "2026-11-27 16:04"),
    ("content_8911987", "关于2026年度事业单位公开招聘资格复审的通知", "2026-11-25 09:30"),
    ("content_8911950", "江西某学院2026年公开招聘工作人员公告", "2026-11-24 15:12"),
    ("content_8911902", "2026年度事业单位公开招聘面试成绩公布", "2026-11-21 17:45"),
    ("content_8911866", "关于调整2026年度事业单位招聘部分岗位的公告", "2026-11-19 11:20"),
    ("content_8911823", "江西某医院2026年公开招聘卫生专业技术人员公告", "2026-11-17 10:05"),
    ("content_8911791", "2026年度事业单位公开招聘体检安排", "2026-11-14 16:40"),
    ("content_8911745", "关于2026年度事业单位招聘考试违纪处理的公示", "2026-11-12 08:55"),
    ("content_8911702", "江西某研究院2026年高层次人才招聘公告", "2026-11-10 14:30"),
    ("content_8911668", "2026年度事业单位公开招聘递补人员公告", "2026-11-07 09:10"),
    ("content_8911621", "关于2026年度事业单位招聘笔试成绩复核结果的公告", "2026-11-05 17:00"),
    ("content_8911589", "江西某职业技术学院2026年公开招聘公告", "2026-11-03 10:45"),
]


def test_jiangxi_list_rows_from_the_js_object():
    rows, following, rejects = parse_list("jiangxi_rst", JIANGXI + "index.html")
    assert rows == [(f"{JIANGXI}content/{doc}.html", title, date) for doc, title, date in JIANGXI_ROWS]
    assert following == [] and rejects == []


def test_jiangxi_one_unreadable_record_is_reported_not_dropped(caplog):
    # one record whose urls is no longer JSON: the other rows are read, that one is a reject
    text = (FIXTURES / "jiangxi_rst" / "list.html").read_text("utf-8")
    broken = text.replace('"urls":"{\\"pc\\": \\"/jxsrlzyhshbzt/col/col85519/content/content_8911950.html\\"}"', '"urls":""')
    assert broken != text
    spider, output = _parse_list_text("jiangxi_rst", JIANGXI + "index.html", broken)
    followed = [o.url for o in output if isinstance(o, scrapy.Request)]
    assert len(followed) == len(JIANGXI_ROWS) - 1 and JIANGXI + "content/content_8911950.html" not in followed
    (reject,) = [o for o in output if isinstance(o, RejectItem)]
    assert reject.reason == "unreadable_row" and "江西某学院2026年公开招聘工作人员公告" in reject.detail
    assert spider.crawler.stats.get_value("notices/list_rows_unreadable") == 1


@pytest.mark.parametrize("breakage, reason_part", [
    # the object cut off mid-record (a CMS template error): the literal does not parse
    (lambda t: re.sub(r'(\{"title":"2026年度事业单位公开招聘体检安排").*?(</script>)', r"\1\2", t, flags=re.S),
     "not a readable object"),
    # the variable renamed by a redesign
    (lambda t: t.replace("var listData =", "var pageData ="), "no script variable listData"),
    # urls no longer holds JSON: records, but none with a link
    (lambda t: t.replace('"urls":"{', '"urls":"pc={'), "none with a link"),
])
def test_jiangxi_unreadable_list_is_loud(breakage, reason_part, caplog):
    text = (FIXTURES / "jiangxi_rst" / "list.html").read_text("utf-8")
    broken = breakage(text)
    assert broken != text
    spider, output = _parse_list_text("jiangxi_rst", JIANGXI + "index.html", broken)
    (reject,) = [o for o in output if isinstance(o, RejectItem)]
    assert reject.reason == "list_unparsed" and reason_part in reject.detail
    assert not [o for o in output if isinstance(o, scrapy.Request)]
    stats = spider.crawler.stats
    assert stats.get_value("notices/list_unparsed") == 1 and stats.get_value("notices/list_rows_seen") == 0
    assert "not readable" in stats.get_value("notices/cause/list")
    assert any("not readable as script_json" in r.getMessage() for r in caplog.records if r.levelname == "ERROR")


def test_jiangxi_detail_body_from_the_embedded_object():
    url = f"{JIANGXI}content/{JIANGXI_ROWS[0][0]}.html"
    item = parse_detail("jiangxi_rst", url)
    assert item.title_raw == JIANGXI_ROWS[0][1] and item.published_raw == "2026-11-27 16:04"
    body = item.body_text
    # the body is the HTML inside `var articleContent_1 = [{ content:{"content": …} }]`, one line per block
    assert body.startswith("各位考生：\n现将2026年度省直事业单位公开招聘笔试") and "二、准考证打印" in body
    assert "相关信息" not in body and "当前位置" not in body
    assert item.attachments == [{"url": "https://rst.jiangxi.gov.cn/jxsrlzyhshbzt/attach/0/8e1c2f4a9b7d4c3e.xlsx",
                                 "text": "考点安排表.xlsx"}]


def test_jiangxi_detail_markup_alone_finds_only_the_empty_decoy():
    # what the registry read before body_script: div.article-content is the empty element JS fills
    source = get_source("jiangxi_rst")
    response = fixture("jiangxi_rst", "detail.html", f"{JIANGXI}content/{JIANGXI_ROWS[0][0]}.html")
    without = replace(source, detail={k: v for k, v in source.detail.items() if k != "body_script"})
    assert get_family(source.family).detail(response, without).body_text == ""
