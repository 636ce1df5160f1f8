"""Real-structure fixtures, part 3 of issue 11 (tests/fixtures/real/<source>/, see its README).

Same contract as tests/test_real_structure.py: each fixture reproduces the structure the public
evidence in crawler/evidence/<source>.yaml shows (tags, classes, URL scheme, pager script, page
chrome with link lists a loose selector would pick up) with text written for the test, and the
source's registry entry, as it is, must read every row in page order, the pager's next page and,
where a detail fixture exists, the detail page's title, date, body and attachments.
"""

from __future__ import annotations

import scrapy
from scrapy.http import HtmlResponse, TextResponse

from crawler.offline import spider_for
from crawler.registry import get_source
from pipelines.items import NoticeItem, RejectItem
from tests.test_real_structure import FIXTURES, _parse_list_text, fixture, parse_detail, parse_list


def _edited(source_id: str, url: str, edit) -> tuple[list, list, list]:
    """(rows, following list pages, rejects) for the list fixture with `edit` applied to its text."""
    text = (FIXTURES / source_id / "list.html").read_text("utf-8")
    edited = edit(text)
    assert edited != text, "the edit must change the fixture"
    spider, output = _parse_list_text(source_id, url, edited)
    rows = [(o.url, o.cb_kwargs["list_title"], o.cb_kwargs["listed_date"])
            for o in output if isinstance(o, scrapy.Request) and o.callback == spider.parse_detail]
    following = [o.url for o in output if isinstance(o, scrapy.Request) and o.callback == spider.parse_list]
    return rows, following, [o for o in output if isinstance(o, RejectItem)]


def _next_pages(source_id: str, url: str, text: str, page: int = 1, max_pages: int = 50):
    source = get_source(source_id)
    response = HtmlResponse(url=url, body=text.encode("utf-8"), encoding="utf-8")
    return spider_for(source).family.next_pages(response, source, page, max_pages)


# ----------------------------------------------------------------------------- 人事考试中心 cpta

CPTA = "http://www.cpta.com.cn"
CPTA_ROWS = [
    ("/notice/2231.html", "关于2026年度一级建造师资格考试电子证书上线的通知", "2026-11-27"),
    ("/notice/2229.html", "2027年度专业技术人员职业资格考试工作计划（征求意见稿）说明", "2026-11-25"),
    ("/notice/2226.html", "关于2026年度监理工程师职业资格考试合格人员电子证书下载的公告", "2026-11-21"),
    ("/notice/2224.html", "2026年度注册安全工程师职业资格考试成绩查询提示", "2026-11-19"),
    # /examNotice/<id>.html is the site's other article scheme (research note, 2026-10)
    ("/examNotice/2223.html", "关于做好2026年度经济专业技术资格考试准考证打印工作的提示", "2026-11-18"),
    ("/notice/2219.html", "关于2025年度一级造价工程师纸质证书停止制发有关事项的说明", "2026-11-14"),
    ("/notice/2217.html", "2026年度社会工作者职业资格考试合格标准公布", "2026-11-12"),
    ("/notice/2214.html", "关于2026年度执业药师职业资格电子证书启用的公告", "2026-11-08"),
    ("/notice/2212.html", "全国专业技术人员资格考试考生诚信档案管理有关事项提示", "2026-11-05"),
    ("/notice/2209.html", "关于2026年度一级注册消防工程师资格证书信息核验的通知", "2026-11-01"),
    ("/examNotice/2207.html", "2026年度审计专业技术资格考试考务日程安排", "2026-10-29"),
    ("/notice/2204.html", "关于2026年度房地产估价师职业资格电子证书发放的公告", "2026-10-24"),
    ("/notice/2201.html", "2026年度翻译专业资格（水平）考试报名时间提示", "2026-10-20"),
    ("/notice/2198.html", "关于2025年度统计专业技术资格证书查验服务调整的通知", "2026-10-16"),
    ("/notice/2196.html", "2026年度环境影响评价工程师资格考试成绩公布", "2026-10-13"),
    ("/notice/2193.html", "关于2026年度出版专技人员职业资格电子证书上线的通知", "2026-10-09"),
    ("/notice/2190.html", "关于调整部分考区考试地点的公告", "2026-09-30"),
    ("/notice/2188.html", "关于2026年度注册测绘师资格考试合格人员证书领取的通知", "2026-09-26"),
]


def test_cpta_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("cpta", CPTA + "/notice.html")
    # the link text is cut at 24 characters with "..." (BenLocal's fixture): the title is @title;
    # the date keeps its brackets ([YYYY-MM-DD] in i.red), the normaliser strips them. The empty
    # spacer li every five rows, the ul.list_12 side lists (li + <i>[date]</i>) and the pager are
    # not rows.
    assert rows == [(CPTA + href, title, f"[{date}]") for href, title, date in CPTA_ROWS]
    # notice.html → notice_2.html (template, BenLocal): the pager's 尾页 link is not followed
    assert following == [CPTA + "/notice_2.html"]
    assert [r.reason for r in rejects] == []


def test_cpta_second_page_asks_for_the_third():
    # the same page served as notice_2.html: the template numbers on from the page reached
    source = get_source("cpta")
    response = fixture("cpta", "list.html", CPTA + "/notice_2.html")
    assert spider_for(source).family.next_pages(response, source, 2, 3) == [CPTA + "/notice_3.html"]
    assert spider_for(source).family.next_pages(response, source, 3, 3) == []  # max_pages 3


def test_cpta_listed_date_normalizes():
    from pipelines.dates import parse_date

    assert str(parse_date("[2026-11-27]")) == "2026-11-27"


def test_cpta_truncated_link_text_is_not_the_title():
    # without the title attribute the row falls back to the cut link text: proves @title is read
    rows, _, _ = _edited("cpta", CPTA + "/notice.html",
                         lambda t: t.replace(f'title="{CPTA_ROWS[0][1]}"', "", 1))
    assert rows[0][1] == CPTA_ROWS[0][1][:24] + "..."
    assert rows[1:] == [(CPTA + href, title, f"[{date}]") for href, title, date in CPTA_ROWS[1:]]


def test_cpta_detail_title_date_body_attachments():
    item = parse_detail("cpta", CPTA + CPTA_ROWS[0][0])
    assert item.title_raw == CPTA_ROWS[0][1]
    assert item.published_raw == "2026-11-27"  # div.title .date (assumed markup)
    body = item.body_text  # div#p_content (RSSHub, BenLocal)
    assert body.startswith("各省、自治区、直辖市及新疆生产建设兵团人事考试机构：")
    assert "二、查询下载方式" in body and body.endswith("人力资源和社会保障部人事考试中心\n2026年11月27日")
    assert "相关信息" not in body and "打印本页" not in body and "字号" not in body and "常见问题" not in body
    assert item.attachments == [
        {"url": CPTA + "/upload/2026/11/27/1a2b3c4d5e6f.pdf", "text": "1.各地人事考试机构咨询电话.pdf"},
        {"url": CPTA + "/upload/2026/11/27/7a8b9c0d1e2f.docx", "text": "2.证书信息更正申请表.docx"},
    ]


# ----------------------------------------------------------------------------- 湖北 hubei_hbrsksw

HUBEI = "https://rst.hubei.gov.cn/hbrsksw/zyjslks/zyjsry/"
HUBEI_ROWS = [
    ("202611/t20261127_5821046.shtml", "关于领取2025年度一级建造师资格证书的通知", "2026/11/27"),
    ("202611/t20261126_5820311.shtml", "湖北省2026年度监理工程师职业资格考试考务工作安排", "2026/11/26"),
    ("202611/t20261124_5818794.shtml", "关于2026年度经济专业技术资格考试合格人员证书发放的公告", "2026/11/24"),
    # a row that is only a file (./YYYYMM/P0….xlsx, as expansion_east saw on a sibling column)
    ("202611/P020261124402917356082.xlsx", "2026年度经济专业技术资格证书发放点一览表", "2026/11/24"),
    ("202611/t20261120_5815502.shtml", "2026年度一级造价工程师考试湖北考区考后资格复核结果公示", "2026/11/20"),
    ("202611/t20261118_5813967.shtml", "关于2025年度社会工作者职业资格证书邮寄发放的通知", "2026/11/18"),
    ("202611/t20261115_5811240.shtml", "湖北省2026年度注册安全工程师考试报名工作通知", "2026/11/15"),
    ("202611/t20261112_5808873.shtml", "关于补办2024年度会计专业技术资格证书的公告", "2026/11/12"),
    ("202611/t20261109_5806018.shtml", "2026年度审计专业技术资格考试湖北考区考生须知", "2026/11/09"),
    ("202611/t20261105_5802741.shtml", "关于2026年度一级注册消防工程师资格证书领取有关事项的通知", "2026/11/05"),
    ("202611/t20261103_5800156.shtml", "关于做好2026年度统计专业技术资格考试准考证打印的提示", "2026/11/03"),
    ("202610/t20261030_5796612.shtml", "2025年度执业药师职业资格证书发放安排", "2026/10/30"),
    ("202610/t20261028_5794410.shtml", "湖北省2026年度房地产估价师考试考务工作安排", "2026/10/28"),
    ("202610/t20261024_5790087.shtml", "关于2026年度翻译专业资格考试合格人员证书领取的通知", "2026/10/24"),
    ("202610/t20261021_5786832.shtml", "关于2026年度环境影响评价工程师考试成绩复核的公告", "2026/10/21"),
    ("202610/t20261017_5782290.shtml", "2025年度出版专业技术人员职业资格证书领取安排", "2026/10/17"),
    ("202610/t20261014_5779347.shtml", "关于开展2026年度专业技术人员资格考试考风考纪专项检查的通知", "2026/10/14"),
    ("202610/t20261010_5775618.shtml", "关于领取2025年度注册测绘师资格证书的通知", "2026/10/10"),
    ("202610/t20261008_5772904.shtml", "湖北省2026年度计算机软件专业技术资格考试报名通知", "2026/10/08"),
    ("202609/t20260929_5768165.shtml", "2026年度咨询工程师（投资）考试湖北考区合格人员名单公示", "2026/09/29"),
]


def test_hubei_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("hubei_hbrsksw", HUBEI + "index.shtml")
    # ul.list-t > li > a[title] with the YYYY/MM/DD span.date INSIDE the link; the 热门信息 list
    # (li + span.date, other columns), the side menu and the 考生服务 list are not rows
    assert rows == [(HUBEI + rel, title, date) for rel, title, date in HUBEI_ROWS]
    # createPageHTML(17, 0, "index", "shtml", "black2", 332): zero-based, page 2 is index_1.shtml
    assert following == [HUBEI + "index_1.shtml"]
    assert [r.reason for r in rejects] == []


def test_hubei_date_inside_the_link_never_becomes_the_title():
    # without @title the title is the link's own text, not the date span inside it
    rows, _, _ = _edited("hubei_hbrsksw", HUBEI + "index.shtml",
                         lambda t: t.replace(f'title="{HUBEI_ROWS[0][1]}"', "", 1))
    assert rows[0] == (HUBEI + HUBEI_ROWS[0][0], HUBEI_ROWS[0][1], HUBEI_ROWS[0][2])


def test_hubei_last_page_has_no_next():
    html = (FIXTURES / "hubei_hbrsksw" / "list.html").read_text("utf-8")
    last = html.replace('createPageHTML(17, 0,"index"', 'createPageHTML(17, 16,"index"')
    assert _next_pages("hubei_hbrsksw", HUBEI + "index_16.shtml", last) == []


# ----------------------------------------------------------------------------- 北京 beijing_rsj

BEIJING = "https://rsj.beijing.gov.cn/xxgk/tzgg/"
BEIJING_ROWS = [
    ("202611/t20261127_4512087.html", "关于领取2025年度一级建造师资格证书的通知", "2026-11-27"),
    ("202611/t20261126_4511650.html", "北京市2026年第四季度职业技能等级认定工作安排的通知", "2026-11-26"),
    ("202611/t20261125_4510972.html", "关于公布2026年度北京市职称评审委员会组建备案情况的通知", "2026-11-25"),
    ("202611/t20261124_4510318.html", "2026年度经济专业技术资格考试北京考区合格人员证书发放通知", "2026-11-24"),
    ("202611/t20261121_4509214.html", "关于做好2026年度本市企业职工工资指导线实施工作的通知", "2026-11-21"),
    ("202611/t20261120_4508803.html", "关于2026年度监理工程师职业资格考试北京考区考务工作安排的通知", "2026-11-20"),
    ("202611/t20261118_4507769.html", "北京市人力资源和社会保障局关于开展根治欠薪冬季专项行动的通告", "2026-11-18"),
    ("202611/t20261117_4507115.html", "关于2025年度二级造价工程师资格证书补办事项的公告", "2026-11-17"),
    ("202611/t20261114_4505920.html", "北京市2026年度事业单位公开招聘工作人员面试安排", "2026-11-14"),
    ("202611/t20261113_4505412.html", "关于2026年度社会工作者职业资格考试北京考区合格人员名单的公示", "2026-11-13"),
    ("202611/t20261111_4504337.html", "关于调整本市失业保险金标准的通知", "2026-11-11"),
    ("202611/t20261110_4503891.html", "关于领取2025年度注册安全工程师证书事宜的通知", "2026-11-10"),
    ("202611/t20261107_4502600.html", "北京市2026年度高技能人才培训基地评估结果公示", "2026-11-07"),
    ("202611/t20261105_4501548.html", "关于2026年度会计专业技术资格电子证书查询下载的提示", "2026-11-05"),
    ("202611/t20261103_4500472.html", "关于开展2026年度人力资源服务许可年度报告公示的通知", "2026-11-03"),
    ("202610/t20261030_4498855.html", "2026年度一级注册消防工程师考试北京考区资格复核结果公示", "2026-10-30"),
]


def test_beijing_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("beijing_rsj", BEIJING + "index.html")
    # the link sits in a `bt` wrapper (the site-analysis report's "bt > a"); long link texts are
    # cut, the title is @title; the 最新解读 list (li + span) and the menus are not rows
    assert rows == [(BEIJING + rel, title, date) for rel, title, date in BEIJING_ROWS]
    # `var currentPage = 0; … var countPage = 100`: zero-based, page 2 is index_1.html
    assert following == [BEIJING + "index_1.html"]
    assert [r.reason for r in rejects] == []


def test_beijing_rows_without_the_wrapper_read_the_same():
    # expansion_north's live-checked form has no wrapper: `li > a[title] + span`
    rows, following, _ = _edited("beijing_rsj", BEIJING + "index.html",
                                 lambda t: t.replace('<span class="bt">', "").replace("</a></span><span>", "</a><span>"))
    assert rows == [(BEIJING + rel, title, date) for rel, title, date in BEIJING_ROWS]
    assert following == [BEIJING + "index_1.html"]


def test_beijing_last_page_has_no_next():
    html = (FIXTURES / "beijing_rsj" / "list.html").read_text("utf-8").replace("var currentPage = 0;", "var currentPage = 99;")
    assert _next_pages("beijing_rsj", BEIJING + "index_99.html", html, max_pages=200) == []


# ----------------------------------------------------------------------------- 天津 tianjin_hrss

TIANJIN = "https://hrss.tj.gov.cn/ztzl/ztzl1/rsks/"
TIANJIN_ROWS = [
    ("202611/t20261127_6712385.html", "关于领取2025年度一级建造师资格证书的通知", "2026-11-27"),
    ("202611/t20261125_6710942.html", "天津市2026年度监理工程师职业资格考试考务安排", "2026-11-25"),
    ("202611/t20261124_6710118.html", "2026年度经济专业技术资格考试天津考区合格人员证书发放公告", "2026-11-24"),
    ("202611/t20261120_6707731.html", "关于2026年度一级造价工程师考试资格审核结果的公示", "2026-11-20"),
    ("202611/t20261118_6706045.html", "天津市2026年度社会工作者职业资格考试考生须知", "2026-11-18"),
    ("202611/t20261116_6704596.html", "关于补发2024年度注册安全工程师资格证书的公告", "2026-11-16"),
    ("202611/t20261113_6702818.html", "2026年度会计专业技术资格考试天津考区成绩复核结果", "2026-11-13"),
    ("202611/t20261111_6701350.html", "关于领取2025年度审计专业技术资格证书的通知", "2026-11-11"),
    ("202611/t20261106_6697907.html", "关于做好2026年度人事考试考点标准化建设工作的通知", "2026-11-06"),
    ("202611/t20261104_6696512.html", "天津市2026年度统计专业技术资格考试报名通知", "2026-11-04"),
    ("202611/t20261102_6695089.html", "关于2025年度执业药师职业资格证书邮寄发放的通知", "2026-11-02"),
    ("202610/t20261030_6693264.html", "2026年度房地产估价师考试天津考区合格人员名单公示", "2026-10-30"),
    ("202610/t20261028_6691470.html", "关于领取2025年度一级注册消防工程师资格证书的通知", "2026-10-28"),
    ("202610/t20261023_6687826.html", "天津市2026年度翻译专业资格考试考务安排", "2026-10-23"),
    ("202610/t20261021_6686033.html", "关于2026年度出版专业技术人员职业资格考试成绩查询的提示", "2026-10-21"),
    ("202610/t20261016_6682510.html", "关于天津市人事考试诚信档案管理办法的说明", "2026-10-16"),
    ("202610/t20261014_6681047.html", "关于领取2025年度环境影响评价工程师资格证书的通知", "2026-10-14"),
    ("202610/t20261010_6678236.html", "天津市2026年度注册测绘师资格考试报名通知", "2026-10-10"),
    ("202609/t20260929_6672864.html", "2026年度计算机软件专业技术资格考试天津考区考生须知", "2026-09-29"),
    ("202609/t20260925_6670101.html", "关于2025年度咨询工程师（投资）资格证书发放的通知", "2026-09-25"),
]


def test_tianjin_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("tianjin_hrss", TIANJIN + "index.html")
    # div.fmultimedia-y > ul > li > a[title] + span [YYYY-MM-DD]; the 通知公告 side list (li + the
    # same bracketed span, in div.fleft-news) and the menus are not rows
    assert rows == [(TIANJIN + rel, title, f"[{date}]") for rel, title, date in TIANJIN_ROWS]
    # pager_options{currentPage:parseInt('0')+1, countPage:parseInt('6}')…}: the stray `}` is the
    # site's; zero-based files, page 2 is index_1.html
    assert following == [TIANJIN + "index_1.html"]
    assert [r.reason for r in rejects] == []


def test_tianjin_pager_options_to_the_last_page():
    html = (FIXTURES / "tianjin_hrss" / "list.html").read_text("utf-8")
    # the fifth file (index_4.html) asks for the sixth; the sixth (index_5.html) is the last
    fifth = html.replace("parseInt('0')+1", "parseInt('4')+1")
    assert _next_pages("tianjin_hrss", TIANJIN + "index_4.html", fifth, page=2) == [TIANJIN + "index_5.html"]
    last = html.replace("parseInt('0')+1", "parseInt('5')+1")
    assert _next_pages("tianjin_hrss", TIANJIN + "index_5.html", last, page=2) == []


def test_tianjin_page_without_pager_options_is_reported():
    rows, following, rejects = _edited("tianjin_hrss", TIANJIN + "index.html",
                                       lambda t: t.replace("var pager_options={ currentPage:parseInt('0')+1,\ncountPage:parseInt('6}'),", "var pager_options={"))
    assert len(rows) == len(TIANJIN_ROWS) and following == []
    assert [r.reason for r in rejects] == ["pager_not_found"]


# ----------------------------------------------------------------------------- 吉林 jilin_hrss

JILIN = "https://hrss.jl.gov.cn/ywzx/rsks/"
JILIN_ROWS = [
    ("202611/t20261127_8893410.html", "关于领取2025年度一级建造师资格证书的通知", "2026-11-27"),
    ("202611/t20261126_8892751.html", "吉林省2026年度监理工程师职业资格考试考务工作通知", "2026-11-26"),
    ("202611/t20261123_8890306.html", "关于2026年度经济专业技术资格考试合格人员证书办理的公告", "2026-11-23"),
    ("202611/t20261120_8888117.html", "2026年度一级造价工程师考试吉林考区资格审核结果公示", "2026-11-20"),
    ("202611/t20261118_8886620.html", "关于调整全省人事考试考点设置的通知", "2026-11-18"),
    ("202611/t20261116_8884902.html", "关于补办2024年度社会工作者职业资格证书的公告", "2026-11-16"),
    ("202611/t20261112_8881573.html", "吉林省2026年度注册安全工程师考试报名通知", "2026-11-12"),
    ("202611/t20261110_8879931.html", "关于领取2025年度会计专业技术资格证书的通知", "2026-11-10"),
    ("202611/t20261106_8876844.html", "2026年度审计专业技术资格考试吉林考区考生须知", "2026-11-06"),
    ("202611/t20261103_8874420.html", "关于2025年度统计专业技术资格证书邮寄发放的通知", "2026-11-03"),
]


def test_jilin_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("jilin_hrss", JILIN + "index.html")
    # div.news_list4 > ul > li > a[title] + span [YYYY-MM-DD], ten a page (expansion_north); the
    # div.news_list3 side lists (the /gs/ column's markup, li + the same span) are not rows
    assert rows == [(JILIN + rel, title, f"[{date}]") for rel, title, date in JILIN_ROWS]
    # `var currentPage = 0; … var countPage = 9`: zero-based, page 2 is index_1.html
    assert following == [JILIN + "index_1.html"]
    assert [r.reason for r in rejects] == []


def test_jilin_link_with_a_target_is_not_the_row_link():
    # merge-sites reads a:not([target]): a second link that opens a new window (here a file link
    # put before the article link) must not replace the row's own link or title
    extra = '<a href="./202611/P020261127551230000001.pdf" target="_blank" title="附件">[附件]</a>'
    first = f'<li><a href="./{JILIN_ROWS[0][0]}"'
    rows, _, _ = _edited("jilin_hrss", JILIN + "index.html", lambda t: t.replace(first, "<li>" + extra + first[4:], 1))
    assert rows == [(JILIN + rel, title, f"[{date}]") for rel, title, date in JILIN_ROWS]


def test_jilin_last_page_has_no_next():
    html = (FIXTURES / "jilin_hrss" / "list.html").read_text("utf-8").replace("var currentPage = 0;", "var currentPage = 8;")
    assert _next_pages("jilin_hrss", JILIN + "index_8.html", html) == []


# ----------------------------------------------------------------------------- 安徽 anhui_hrss

ANHUI_COLUMN = "https://hrss.ah.gov.cn/content/column/6596311"
ANHUI_ARTICLES = "https://hrss.ah.gov.cn/zxzx/ztzl/rsks/"
ANHUI_ROWS = [
    ("8927716", "关于领取2025年度一级建造师资格证书的通知", "2026-11-27"),
    ("8927503", "安徽省2026年度监理工程师职业资格考试考务工作安排", "2026-11-26"),
    ("8927142", "关于2026年度经济专业技术资格考试合格人员证书办理有关事项的公告", "2026-11-24"),
    ("8926870", "2026年度一级造价工程师考试安徽考区资格复核结果公示", "2026-11-21"),
    ("8926655", "关于做好2026年度人事考试安全保密工作的通知", "2026-11-19"),
    ("8926318", "关于2025年度社会工作者职业资格证书邮寄发放的通知", "2026-11-17"),
    ("8926044", "安徽省2026年度注册安全工程师考试报名公告", "2026-11-14"),
    ("8925790", "关于补办2024年度会计专业技术资格证书的公告", "2026-11-12"),
    ("8925513", "2026年度审计专业技术资格考试安徽考区考生须知", "2026-11-10"),
    ("8925266", "关于领取2025年度一级注册消防工程师资格证书的通知", "2026-11-06"),
    ("8924987", "关于2026年度统计专业技术资格考试准考证打印的提示", "2026-11-04"),
    ("8924702", "2025年度执业药师职业资格证书发放安排", "2026-10-31"),
    ("8924433", "安徽省2026年度房地产估价师考试考务工作安排", "2026-10-28"),
    ("8924190", "关于2026年度翻译专业资格考试合格人员证书领取的通知", "2026-10-24"),
    ("8923915", "关于公布2026年度全省人事考试违纪违规处理结果的公告", "2026-10-21"),
]


def test_anhui_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("anhui_hrss", ANHUI_COLUMN + "?pageIndex=1")
    # ul.doc_list.list-6596311 > li > a[title] (absolute href, long texts cut) + span.date; the
    # empty li.lm_line after every fifth row gives no row, and the 热点信息 list (li + span.date)
    # and the menus are not rows
    assert rows == [(f"{ANHUI_ARTICLES}{doc}.html", title, date) for doc, title, date in ANHUI_ROWS]
    # Ls.pagination(…?pageIndex=' + pageIndex, {currPage: (0+1), pageCount: 9}): pageIndex=2
    assert following == [ANHUI_COLUMN + "?pageIndex=2"]
    assert [r.reason for r in rejects] == []


def test_anhui_pager_obeys_page_count():
    html = (FIXTURES / "anhui_hrss" / "list.html").read_text("utf-8")
    # page 8 of 9 asks for the ninth; page 9 asks for nothing (it used to ask for pageIndex=10,
    # past the count the pager prints, until an empty page or max_pages ended the list)
    eighth = html.replace("currPage: (0+1)", "currPage: (7+1)")
    assert _next_pages("anhui_hrss", ANHUI_COLUMN + "?pageIndex=8", eighth, page=2) == [ANHUI_COLUMN + "?pageIndex=9"]
    last = html.replace("currPage: (0+1)", "currPage: (8+1)")
    assert _next_pages("anhui_hrss", ANHUI_COLUMN + "?pageIndex=9", last, page=2) == []


def test_anhui_spacer_rows_are_skipped_not_rejected():
    # five data rows and one spacer: the spacer is neither a row nor a reject
    rows, _, rejects = _edited("anhui_hrss", ANHUI_COLUMN + "?pageIndex=1",
                               lambda t: t.replace('<li class="lm_line"></li>', '<li class="lm_line"></li><li class="lm_line"></li>'))
    assert len(rows) == len(ANHUI_ROWS) and rejects == []


# ----------------------------------------------------------------------------- 黑龙江 heilongjiang_hrss

HLJ = "https://hrss.hlj.gov.cn"
HLJ_ROWS = [
    ("/hrss/c111741/202611/c00_31318204.shtml", "关于2025年度一级建造师资格证书发放工作的通知", "2026-11-27"),
    ("/hrss/c111741/202611/c00_31317662.shtml", "黑龙江省人力资源和社会保障厅关于开展2026年冬季根治欠薪专项行动的通知", "2026-11-26"),
    ("/hrss/c111741/202611/c00_31316925.shtml", "关于公布2026年度省级技能大师工作室名单的通知", "2026-11-25"),
    ("/hrss/c111741/202611/c00_31315408.shtml", "2026年度经济专业技术资格考试合格人员证书领取公告", "2026-11-24"),
    ("/hrss/c111741/202611/c00_31313990.shtml", "关于做好2026年度全省企业职工基本养老保险待遇调整工作的通知", "2026-11-21"),
    ("/hrss/c111741/202611/c00_31312153.shtml", "关于2026年度一级造价工程师考试资格复核结果的公示", "2026-11-19"),
    ("/hrss/c111741/202611/c00_31310877.shtml", "黑龙江省2026年下半年省直事业单位公开招聘拟聘用人员公示", "2026-11-18"),
    ("/hrss/c111741/202611/c00_31309021.shtml", "关于补办2024年度社会工作者职业资格证书的公告", "2026-11-14"),
    ("/hrss/c111741/202611/c00_31307716.shtml", "关于开展2026年度人力资源服务机构诚信评价的通知", "2026-11-12"),
    ("/hrss/c111741/202611/c00_31306240.shtml", "关于2025年度注册安全工程师资格证书邮寄发放的通知", "2026-11-10"),
    ("/hrss/c111741/202611/c00_31304562.shtml", "全省2026年度职称评审工作安排的通知", "2026-11-06"),
    ("/hrss/c111741/202611/c00_31302809.shtml", "关于2026年度会计专业技术资格电子证书下载的提示", "2026-11-04"),
    ("/hrss/c111741/202610/c00_31300318.shtml", "关于调整全省最低工资标准的通知", "2026-10-30"),
    ("/hrss/c111741/202610/c00_31298641.shtml", "关于领取2025年度一级注册消防工程师资格证书的通知", "2026-10-28"),
    ("/hrss/c111741/202610/c00_31296105.shtml", "黑龙江省2026年度高校毕业生“三支一扶”计划招募结果公示", "2026-10-24"),
]


def test_heilongjiang_static_page_rows_and_no_pager():
    rows, following, rejects = parse_list("heilongjiang_hrss", HLJ + "/hrss/c111741/list.shtml")
    # the 15 rows of the static page, `ul.listul#list > li > a[title] + span.date` (expansion_north
    # reads ul.listul, merge-sites ul#list: one list carrying both); the 图说人社 list (li +
    # span.date) and the menus are not rows
    assert rows == [(HLJ + href, title, date) for href, title, date in HLJ_ROWS]
    # later pages come from listpage.js's JSON search API, which this entry does not read: only
    # the static page is crawled (scheme none), and that is not a pager_not_found
    assert following == []
    assert [r.reason for r in rejects] == []


def test_heilongjiang_list_without_the_id_reads_the_same():
    # expansion_north's form: `ul.listul` alone
    rows, _, _ = _edited("heilongjiang_hrss", HLJ + "/hrss/c111741/list.shtml",
                         lambda t: t.replace('<ul class="listul" id="list">', '<ul class="listul">'))
    assert rows == [(HLJ + href, title, date) for href, title, date in HLJ_ROWS]



# ----------------------------------------------------------------------------- 江苏 jiangsu_jshrss

JIANGSU = "https://jshrss.jiangsu.gov.cn"
JIANGSU_COLUMN = JIANGSU + "/col/col57253/index.html"
# the 60 records inline in the page's <datastore> (3 display pages of 20); the column is a landing
# whose rows lead into its sub-columns' articles (art_57267, art_78504, art_93343, as JobAgent's
# fixture shows); titles over 30 characters are cut with "..." in span.list_title
JIANGSU_ROWS = [
    ("2026/11/28/art_57253_11842960.html", "关于补办二级建造师纸质证书的公告", "2026-11-28"),
    ("2026/11/25/art_57253_11842472.html", "2026年度一级建造师考试江苏考区合格人员公示", "2026-11-25"),
    ("2026/11/22/art_57253_11838472.html", "关于2025年度执业药师证书发放工作的通知", "2026-11-22"),
    ("2026/11/21/art_57253_11837164.html", "2026年度二级建造师考试江苏考区合格人员公示", "2026-11-21"),
    ("2026/11/17/art_78504_11834467.html", "2026年江苏省属事业单位统一公开招聘面试公告", "2026-11-17"),
    ("2026/11/16/art_57253_11833626.html", "2026年度注册测绘师考试考后资格复核公告", "2026-11-16"),
    ("2026/11/15/art_57253_11831475.html", "江苏省2026年度一级造价工程师考试考务工作安排", "2026-11-15"),
    ("2026/11/14/art_57253_11830303.html", "关于补办一级注册消防工程师纸质证书的公告", "2026-11-14"),
    ("2026/11/10/art_57253_11827977.html", "江苏省2026年度咨询工程师（投资）考试考务工作安排", "2026-11-10"),
    ("2026/11/7/art_57253_11826244.html", "关于做好2026年度初级护师考试报名工作的通知", "2026-11-07"),
    ("2026/11/6/art_57267_11822935.html", "江苏省2027年度考试录用公务员笔试考区考点安排", "2026-11-06"),
    ("2026/11/2/art_57253_11821243.html", "2026年度审计专业技术资格考试江苏考区合格人员公示", "2026-11-02"),
    ("2026/11/1/art_57253_11817624.html", "关于补办执业药师纸质证书的公告", "2026-11-01"),
    ("2026/10/29/art_57253_11816239.html", "江苏省2026年度统计专业技术资格考试考务工作安排", "2026-10-29"),
    ("2026/10/28/art_57253_11812168.html", "关于做好2026年度一级造价工程师考试报名工作的通知", "2026-10-28"),
    ("2026/10/26/art_57253_11809941.html", "2025年度执业药师电子证书查询下载的说明", "2026-10-26"),
    ("2026/10/25/art_57253_11805840.html", "2026年度会计专业技术资格考试考后资格复核公告", "2026-10-25"),
    ("2026/10/24/art_57253_11803822.html", "南京市关于领取2025年度出版专业技术人员职业资格证书的通知", "2026-10-24"),
    ("2026/10/20/art_57253_11800364.html", "2025年度翻译专业资格电子证书查询下载的说明", "2026-10-20"),
    ("2026/10/18/art_57267_11796838.html", "江苏省2027年度考试录用公务员网上报名须知", "2026-10-18"),
    ("2026/10/17/art_57253_11793624.html", "2025年度初级护师电子证书查询下载的说明", "2026-10-17"),
    ("2026/10/15/art_57253_11790090.html", "江苏省2026年度翻译专业资格考试考务工作安排", "2026-10-15"),
    ("2026/10/14/art_57253_11787026.html", "关于2025年度审计专业技术资格证书发放工作的通知", "2026-10-14"),
    ("2026/10/12/art_57253_11783350.html", "2025年度监理工程师电子证书查询下载的说明", "2026-10-12"),
    ("2026/10/10/art_57253_11781142.html", "关于开展2025年度会计专业技术资格证书直邮服务的通知", "2026-10-10"),
    ("2026/10/7/art_57253_11779134.html", "关于做好2026年度审计专业技术资格考试报名工作的通知", "2026-10-07"),
    ("2026/10/5/art_57253_11777973.html", "2025年度经济专业技术资格电子证书查询下载的说明", "2026-10-05"),
    ("2026/10/4/art_93343_11776920.html", "关于2026年“三支一扶”计划拟招募人员的公示", "2026-10-04"),
    ("2026/10/1/art_57253_11773494.html", "关于做好2026年度出版专业技术人员职业资格考试报名工作的通...", "2026-10-01"),
    ("2026/9/27/art_57253_11769464.html", "关于做好2026年度环境影响评价工程师考试报名工作的通知", "2026-09-27"),
    ("2026/9/26/art_57253_11768692.html", "关于开展2025年度咨询工程师（投资）证书直邮服务的通知", "2026-09-26"),
    ("2026/9/23/art_57253_11765298.html", "关于做好2026年度计算机软件专业技术资格考试报名工作...", "2026-09-23"),
    ("2026/9/20/art_57253_11761601.html", "泰州市关于领取2025年度房地产估价师证书的通知", "2026-09-20"),
    ("2026/9/17/art_57253_11761179.html", "关于补办注册测绘师纸质证书的公告", "2026-09-17"),
    ("2026/9/15/art_57253_11758347.html", "关于做好2026年度会计专业技术资格考试报名工作的通知", "2026-09-15"),
    ("2026/9/12/art_57253_11758038.html", "2026年度一级注册消防工程师考试江苏考区合格人员公示", "2026-09-12"),
    ("2026/9/8/art_57253_11755036.html", "关于做好2026年度注册测绘师考试报名工作的通知", "2026-09-08"),
    ("2026/9/7/art_57253_11754142.html", "江苏省2026年度房地产估价师考试考务工作安排", "2026-09-07"),
    ("2026/9/6/art_57253_11751805.html", "江苏省2026年度执业药师考试考务工作安排", "2026-09-06"),
    ("2026/9/5/art_57253_11748927.html", "关于补办初级护师纸质证书的公告", "2026-09-05"),
    ("2026/9/2/art_57267_11748187.html", "江苏省2027年度选调优秀大学毕业生公告", "2026-09-02"),
    ("2026/8/29/art_57253_11744787.html", "2026年度一级建造师考试考后资格复核公告", "2026-08-29"),
    ("2026/8/28/art_57253_11743713.html", "关于2025年度经济专业技术资格证书发放工作的通知", "2026-08-28"),
    ("2026/8/27/art_57253_11742634.html", "关于开展2025年度一级注册消防工程师证书直邮服务的通知", "2026-08-27"),
    ("2026/8/24/art_57253_11741956.html", "2026年度注册安全工程师考试江苏考区合格人员公示", "2026-08-24"),
    ("2026/8/22/art_57253_11739690.html", "镇江市关于领取2025年度一级建造师证书的通知", "2026-08-22"),
    ("2026/8/21/art_57253_11736186.html", "2026年度会计专业技术资格考试江苏考区合格人员公示", "2026-08-21"),
    ("2026/8/18/art_57253_11732639.html", "淮安市关于领取2025年度咨询工程师（投资）证书的通知", "2026-08-18"),
    ("2026/8/14/art_57253_11728670.html", "关于开展2025年度一级造价工程师证书直邮服务的通知", "2026-08-14"),
    ("2026/8/11/art_57253_11726781.html", "关于2025年度一级注册消防工程师证书发放工作的通知", "2026-08-11"),
    ("2026/8/10/art_57253_11723518.html", "关于做好2026年度一级建造师考试报名工作的通知", "2026-08-10"),
    ("2026/8/9/art_57253_11722903.html", "关于补办统计专业技术资格纸质证书的公告", "2026-08-09"),
    ("2026/8/6/art_57253_11718922.html", "江苏省2026年度注册测绘师考试考务工作安排", "2026-08-06"),
    ("2026/8/5/art_57267_11717864.html", "江苏省2027年度考试录用公务员资格复审公告", "2026-08-05"),
    ("2026/8/2/art_57253_11714542.html", "2026年度环境影响评价工程师考试考后资格复核公告", "2026-08-02"),
    ("2026/7/30/art_57253_11713782.html", "江苏省2026年度环境影响评价工程师考试考务工作安排", "2026-07-30"),
    ("2026/7/29/art_57253_11710487.html", "2026年度注册安全工程师考试考后资格复核公告", "2026-07-29"),
    ("2026/7/26/art_57253_11707731.html", "2025年度出版专技人员职业资格电子证书查询下载的说明", "2026-07-26"),
    ("2026/7/24/art_57253_11704727.html", "江苏省2026年度注册安全工程师考试考务工作安排", "2026-07-24"),
    ("2026/7/23/art_57267_11702941.html", "江苏省2026年度公开遴选公务员面试公告", "2026-07-23"),
]
JIANGSU_PROXY = (JIANGSU + "/module/web/jpage/dataproxy.jsp?startrecord={start}&endrecord={end}&perpage=20&col=1"
                 "&appid=1&webid=67&path=%2F&columnid=57253&sourceContentType=1&unitid=325530"
                 "&webname=%E6%B1%9F%E8%8B%8F%E7%9C%81%E4%BA%BA%E5%8A%9B%E8%B5%84%E6%BA%90%E5%92%8C%E7%A4%BE%E4%BC%9A%E4%BF%9D%E9%9A%9C%E5%8E%85"
                 "&permissiontype=0")


def test_jiangsu_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("jiangsu_jshrss", JIANGSU_COLUMN)
    # records as expansion_east saw them live (2026): `<li><a href><span class="list_title">…</span>
    # <i>YYYY-MM-DD</i></a></li>`, no title attribute: the title is span.list_title, the date the
    # <i> (the entry used to read no title and the title as the date); the 考生服务 list (li.cf
    # + span, outside the datastore) and the menus are not rows
    assert rows == [(f"{JIANGSU}/art/{rel}", title, date) for rel, title, date in JIANGSU_ROWS]
    # jpage {columnid:57253, unitid:'325530', webid:'67', perPage:20, totalRecord:1387}: the next
    # group is records 61–120 from the data proxy (it used to ask for 46–90 with per_page 15)
    assert following == [JIANGSU_PROXY.format(start=61, end=120)]
    assert [r.reason for r in rejects] == []


def test_jiangsu_title_attribute_record_form_is_read_too():
    # the research note's form on another column (col77278, 2026-10): `<li class="cf"><a href
    # title>…</a><span>YYYY-MM-DD</span></li>`
    href, title, date = JIANGSU_ROWS[0]
    old = f'<li><a href="/art/{href}" target="_blank"><span class="list_title">{title}</span><i>{date}</i></a></li>'
    new = f'<li class="cf"><a href="/art/{href}" title="{title}（全文标题）" target="_blank">{title}</a><span>{date}</span></li>'
    rows, _, _ = _edited("jiangsu_jshrss", JIANGSU_COLUMN, lambda t: t.replace(old, new))
    assert rows[0] == (f"{JIANGSU}/art/{href}", title + "（全文标题）", date)
    assert rows[1:] == [(f"{JIANGSU}/art/{rel}", t, d) for rel, t, d in JIANGSU_ROWS[1:]]


def test_jiangsu_proxy_answer_asks_for_the_next_group_until_the_total():
    # the data proxy's XML answer: groups of 60 (perpage=20 from its own URL), <totalrecord>
    records = "\n".join(f'<record><![CDATA[<li><a href="/art/2026/6/{d}/art_57253_1169{d:04d}.html" target="_blank">'
                        f'<span class="list_title">第{d}条</span><i>2026-06-{d:02d}</i></a></li>]]></record>' for d in range(1, 4))
    xml = f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>150</totalrecord><recordset>{records}</recordset></datastore>'
    assert _next_pages("jiangsu_jshrss", JIANGSU_PROXY.format(start=61, end=120), xml, page=2) == [JIANGSU_PROXY.format(start=121, end=180)]
    assert _next_pages("jiangsu_jshrss", JIANGSU_PROXY.format(start=121, end=180), xml, page=2) == []
    spider, output = _parse_list_text("jiangsu_jshrss", JIANGSU_PROXY.format(start=121, end=180), xml)
    rows = [(o.cb_kwargs["list_title"], o.cb_kwargs["listed_date"]) for o in output
            if isinstance(o, scrapy.Request) and o.callback == spider.parse_detail]
    assert rows == [("第1条", "2026-06-01"), ("第2条", "2026-06-02"), ("第3条", "2026-06-03")]


# ----------------------------------------------------------------------------- 河北 hebei_hebpta

HEBEI_API = "https://www.hebpta.com.cn:8090/door/"
HEBEI_LIST = HEBEI_API + "homeArticleList?pageNum=1&pageSize=10&belongSectionId=293"
HEBEI_ROWS = [
    (48213, "关于2025年度一级建造师资格证书发放的通知", "2026-11-27 16:20:05"),
    (48197, "河北省2026年度监理工程师职业资格考试考务工作安排", "2026-11-25 09:12:44"),
    (48180, "2026年度经济专业技术资格考试合格人员证书领取公告", "2026-11-24 15:03:10"),
    # jumpType "2": an external link (jumpLink) that RSSHub stores without asking /door/article
    (48166, "全国专业技术人员职业资格证书查询验证平台使用说明", "2026-11-21 10:40:00"),
    (48152, "关于2026年度一级造价工程师考试资格审核结果的公示", "2026-11-19 17:45:21"),
    (48131, "关于补办2024年度社会工作者职业资格证书的公告", "2026-11-16 11:08:37"),
    (48117, "河北省2026年度注册安全工程师考试报名工作的通知", "2026-11-13 08:55:02"),
    (48102, "关于领取2025年度会计专业技术资格证书的通知", "2026-11-11 14:30:19"),
    (48089, "关于做好2026年度人事考试考风考纪工作的通知", "2026-11-07 09:26:48"),
    (48071, "2026年度审计专业技术资格考试河北考区合格人员名单公示", "2026-11-04 16:02:33"),
]


def _hebei(name: str, url: str) -> TextResponse:
    # the SPA's JSON API answers (RSSHub hebpta route): list.json and detail.json, not HTML pages
    return TextResponse(url=url, body=(FIXTURES / "hebei_hebpta" / name).read_bytes(), encoding="utf-8")


def test_hebei_api_records_and_next_page():
    spider = spider_for(get_source("hebei_hebpta"))
    output = list(spider.parse_list(_hebei("list.json", HEBEI_LIST), page=1))
    details = [o for o in output if isinstance(o, scrapy.Request) and o.callback == spider.parse_detail]
    # data.records[] {id, title, publishedDate}: fetched from /door/article?id=, shown as the SPA's
    # article?artId=…&id=293
    assert [(d.url, d.cb_kwargs["list_title"], d.cb_kwargs["listed_date"], d.cb_kwargs["public_url"]) for d in details] == [
        (f"{HEBEI_API}article?id={id_}", title, date, f"https://www.hebpta.com.cn/article?artId={id_}&id=293")
        for id_, title, date in HEBEI_ROWS if id_ != 48166
    ]
    # the jumpType "2" record links out (jumpLink): stored from its row, the API's article never asked
    [external] = [o for o in output if isinstance(o, NoticeItem)]
    assert (external.url, external.list_title, external.listed_date, external.problems) == (
        "http://zg.cpta.com.cn/examfront/certificate/query", "全国专业技术人员职业资格证书查询验证平台使用说明",
        "2026-11-21 10:40:00", ["external_link"])
    following = [o.url for o in output if isinstance(o, scrapy.Request) and o.callback == spider.parse_list]
    # pageNum=1 of data.pages 27 (an assumed page-object field; only pageNum=1 is evidenced)
    assert following == [HEBEI_API + "homeArticleList?pageNum=2&pageSize=10&belongSectionId=293"]
    assert [o for o in output if isinstance(o, RejectItem)] == []


def test_hebei_last_api_page_asks_for_nothing():
    source = get_source("hebei_hebpta")
    text = (FIXTURES / "hebei_hebpta" / "list.json").read_text("utf-8").replace('"current": 1', '"current": 27')
    url = HEBEI_LIST.replace("pageNum=1", "pageNum=27")
    response = TextResponse(url=url, body=text.encode("utf-8"), encoding="utf-8")
    assert spider_for(source).family.next_pages(response, source, 1, 50) == []


def test_hebei_detail_title_date_body_attachments():
    spider = spider_for(get_source("hebei_hebpta"))
    public = "https://www.hebpta.com.cn/article?artId=48213&id=293"
    (item,) = list(spider.parse_detail(_hebei("detail.json", HEBEI_API + "article?id=48213"),
                                       list_title=HEBEI_ROWS[0][1], listed_date=HEBEI_ROWS[0][2], public_url=public))
    assert item.url == public
    assert item.title_raw == HEBEI_ROWS[0][1] and item.published_raw == "2026-11-27 16:20:05"
    # data.articleContent is HTML (inline styles, spans): read as text, one line per paragraph
    body = item.body_text
    assert body.startswith("各有关人员：") and "二、领取方式" in body and body.endswith("河北省人事考试局\n2026年11月27日")
    assert "仿宋" not in body and "font-size" not in body
    assert item.attachments == [{
        "url": "https://www.hebpta.com.cn:8090/profile/upload/2026/11/27/5f1c0a7e2b9d4c3e8a61d0b47e92f35c.xlsx",
        "text": "各市证书领取地点及联系电话.xlsx",
    }]
