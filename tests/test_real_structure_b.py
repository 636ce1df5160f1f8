"""Parsers against real-structure fixtures, second batch (tests/fixtures/real/<source>/, see its
README): 新疆, 宁夏, 贵州, 陕西, 甘肃考试网, 重庆, 深圳考试院, 湖南, 山东.

Same rules as tests/test_real_structure.py: each fixture reproduces the structure the public
evidence in crawler/evidence/<source>.yaml shows (tags, classes, URL scheme, the inline pager,
chrome with link lists a loose selector would pick up), with text written for the test. The
registry entry, as it is, must read every row in page order, the pager's next page and, where a
detail fixture exists, the detail page's title, date, body and attachments.
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.http import HtmlResponse

from crawler.offline import spider_for
from crawler.registry import get_source
from tests.test_real_structure import (
    FIXTURES,
    _parse_list_text,
    fixture,
    parse_detail,
    parse_list,
)


def _next_pages(source_id: str, url: str, text: str) -> list[str] | None:
    """What the source's pager answers for an edited copy of its list fixture."""
    source = get_source(source_id)
    response = HtmlResponse(url=url, body=text.encode("utf-8"), encoding="utf-8")
    return spider_for(source).family.next_pages(response, source, 1, 10)


def _list_text(source_id: str) -> str:
    return (FIXTURES / source_id / "list.html").read_text("utf-8")


# ----------------------------------------------------------------------------- 新疆 xinjiang_rst

XINJIANG_COLUMN = "https://rst.xinjiang.gov.cn/xjrst/c112904/"
XINJIANG_ROWS = [
    ("202611/7449e16c1e70ca413f2ded1a6e213791.shtml", "关于领取2025年度一级建造师资格证书的通知", "2026-11-26"),
    ("202611/d62ecdb3b71f715a8859a99ea76faf37.shtml", "自治区2026年度二级建造师考试考务工作安排", "2026-11-24"),
    ("202611/36fefed955bfd2d5b5cc6c9ad7491cf0.shtml", "2025年度监理工程师职业资格考试新疆考区合格人员证书发放公告", "2026-11-21"),
    ("/xjrst/c112746/202611/2cbd188998d03ee83329d5ddd1c8b32d.shtml", "关于2026年度事业单位公开招聘工作人员笔试有关事项的公告", "2026-11-20"),
    ("202611/e8d2fa1788335deb95e2d6b0a1a241c9.shtml", "2025年度一级造价工程师电子证书启用及纸质证书领取说明", "2026-11-16"),
    ("202611/fe7ac033a018db25050bb07f846fc8e0.shtml", "关于做好2026年度经济专业技术资格考试报名工作的通知", "2026-11-14"),
    ("202611/289ba938a3f50580bdf580d1022ee0fa.shtml", "2025年度会计专业技术资格（初级）证书办理须知", "2026-11-12"),
    ("202611/a19f77cc16c4afeb7e3a2587895adec0.shtml", "自治区2025年度社会工作者职业资格考试成绩查询说明", "2026-11-09"),
    ("202611/431e6ce05b07ff6110e1521f9f7a7146.shtml", "关于补发注册安全工程师资格证书有关事项的公告", "2026-11-08"),
    ("202611/625b9609ef28331a6c8e974b361bc1a0.shtml", "中央机关及其直属机构2026年度考试录用公务员新疆考区考务公告", "2026-11-04"),
    ("202611/9171a6dd4f5aac944546559977d07597.shtml", "2025年度审计专业技术资格证书领取时间及地点调整的通知", "2026-11-02"),
    ("202610/c99d8bec01cbc7ce055be76cce2b55e4.shtml", "关于2025年度统计专业技术资格考试资格复核结果的公示", "2026-10-31"),
    ("202610/06872bc94a9fd43170c735508291b8f4.shtml", "2025年度执业药师职业资格证书发放公告（第二批）", "2026-10-28"),
    ("202610/e201a4c504470d3af3cb180bcab9763c.shtml", "自治区2026年度房地产估价师考试报名公告", "2026-10-27"),
    ("202610/9e4b4b73559d1cded288f90187f35778.shtml", "关于领取2025年度一级注册消防工程师资格证书的通知", "2026-10-23"),
    ("202610/bbb30c216fb3d5deb46f10134c4c69d4.shtml", "2025年度翻译专业资格考试合格人员名单公示", "2026-10-21"),
    ("202610/ca655f275f534c69f5ae87deb44a2196.shtml", "关于2025年度出版专业技术人员职业资格证书邮寄服务的公告", "2026-10-19"),
    ("202610/140ad231ffb0263f41a823d5a75ff742.shtml", "自治区人事考试考生诚信档案管理办法解读", "2026-10-16"),
]


def test_xinjiang_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("xinjiang_rst", XINJIANG_COLUMN + "list.shtml")
    # ul.com-pic-news-list > li: a.cpn-title's title attribute (the link text is cut short), the
    # span.cpn-date; the 热点信息 list (li > a + span) and the column menu are not rows. Row 4
    # links into the 事业单位 column c112746, as the site's reposts do: read all the same.
    assert rows == [(urljoin(XINJIANG_COLUMN, href), title, date) for href, title, date in XINJIANG_ROWS]
    # createPageHTML("page_div", 9, 1, "list", "shtml", 172): one-based, page 2 is list_2.shtml
    assert following == [XINJIANG_COLUMN + "list_2.shtml"]
    assert [r.reason for r in rejects] == []


def test_xinjiang_summary_is_not_part_of_the_title_and_last_page_stops():
    rows, _, _ = parse_list("xinjiang_rst", XINJIANG_COLUMN + "list.shtml")
    # span.cpn-des (the summary line after the date) never leaks into a title or a date
    assert not any("……" in title or "……" in date for _, title, date in rows)
    last = _list_text("xinjiang_rst").replace('"page_div", 9, 1,', '"page_div", 9, 9,')
    assert _next_pages("xinjiang_rst", XINJIANG_COLUMN + "list_9.shtml", last) == []


# ----------------------------------------------------------------------------- 宁夏 ningxia_nxpta

NINGXIA_COLUMN = "https://www.nxpta.com/zyjsryzgks/"
NINGXIA_ROWS = [
    ("202611/t20261125_2293268.html", "宁夏2025年度一级建造师资格证书领取通知", "2026-11-25"),
    ("202611/t20261124_2299908.html", "关于2026年度二级建造师考试宁夏考区考务安排的通知", "2026-11-24"),
    ("202611/t20261121_2293585.html", "2025年度监理工程师考试合格人员证书发放公告", "2026-11-21"),
    ("202611/P020261119675983093.xlsx", "2025年度一级造价工程师资格证书领取人员名单", "2026-11-19"),
    ("202611/t20261115_2291971.html", "关于2026年度经济专业技术资格考试报名的通知", "2026-11-15"),
    ("202611/t20261114_2292884.html", "2025年度会计专业技术资格证书办理有关事项的公告", "2026-11-14"),
    ("https://hrss.nx.gov.cn/xxgk/tzgg/202611/t20261111_1837617.html", "关于转发2026年度专业技术人员职业资格考试工作计划的通知", "2026-11-11"),
    ("202611/t20261109_2295765.html", "2025年度社会工作者职业资格证书领取通知", "2026-11-09"),
    ("202611/t20261105_2292834.html", "宁夏2025年度注册安全工程师考试成绩复核结果", "2026-11-05"),
    ("202611/t20261104_2298287.html", "关于2025年度审计专业技术资格考试考务工作的通知", "2026-11-04"),
    ("202611/t20261101_2291121.html", "2025年度统计专业技术资格证书发放公告", "2026-11-01"),
    ("202610/t20261030_2298972.html", "宁夏2026年度执业药师职业资格考试报名公告", "2026-10-30"),
    ("202610/t20261026_2291493.html", "关于补办房地产估价师资格证书有关事项的说明", "2026-10-26"),
    ("202610/t20261025_2298658.html", "2025年度一级注册消防工程师资格证书领取通知", "2026-10-25"),
    ("202610/t20261022_2291759.html", "关于2025年度翻译专业资格考试合格证书发放的通知", "2026-10-22"),
    ("202610/t20261020_2295717.html", "宁夏2026年度环境影响评价工程师考试考务安排", "2026-10-20"),
    ("202610/t20261016_2294825.html", "2025年度注册测绘师资格证书领取时间调整的公告", "2026-10-16"),
    ("202610/t20261015_2297607.html", "关于2026年度计算机软件专业技术资格考试报名的通知", "2026-10-15"),
]


def test_ningxia_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("ningxia_nxpta", NINGXIA_COLUMN + "index.html")
    # <article> … div.content > p.title-li > a[title] + span; row 4 links straight to a
    # spreadsheet (stored from its row) and row 7 is an off-site repost from hrss.nx.gov.cn —
    # both quirks the expansion_west adapter records for the real columns. The sidebar's
    # div.content with li + span (考生服务) is not a list of notices.
    assert rows == [(urljoin(NINGXIA_COLUMN, href), title, date) for href, title, date in NINGXIA_ROWS]
    # createPageHTML(6, 0, "index", "html"): zero-based, page 2 is index_1.html
    assert following == [NINGXIA_COLUMN + "index_1.html"]
    assert [r.reason for r in rejects] == []


def test_ningxia_sidebar_rows_and_downloads_are_not_notices():
    rows, _, _ = parse_list("ningxia_nxpta", NINGXIA_COLUMN + "index.html")
    urls = {url for url, _, _ in rows}
    # the 资料下载 .doc/.pdf links and the 考生服务 li rows sit in the same page
    assert not any("/zlxz/" in url or "/kszl/" in url or "/zsbl/" in url for url in urls)
    last = _list_text("ningxia_nxpta").replace('createPageHTML(6, 0, "index", "html");', 'createPageHTML(6, 5, "index", "html");')
    assert _next_pages("ningxia_nxpta", NINGXIA_COLUMN + "index_5.html", last) == []


# ----------------------------------------------------------------------------- 贵州 guizhou_rst

GUIZHOU_COLUMN = "https://rst.guizhou.gov.cn/ztzl/rsks/"
GUIZHOU_ROWS = [
    ("202611/t20261127_87558017.html", "贵州省2025年度一级建造师资格证书发放的通知", "2026-11-27"),
    ("202611/t20261125_88022170.html", "关于做好2026年度二级建造师考试考务工作的通知", "2026-11-25"),
    ("202611/t20261124_87959941.html", "贵州省2025年度监理工程师职业资格证书领取公告", "2026-11-24"),
    ("https://www.guizhou.gov.cn/zwgk/zdlygk/jjgzlfz/rsks/202611/t20261121_86039659.html", "贵州省2026年度省直事业单位公开招聘人员笔试公告", "2026-11-21"),
    ("202611/t20261119_87318519.html", "关于2025年度一级造价工程师考试合格人员名单的公示", "2026-11-19"),
    ("202611/t20261114_87736184.html", "贵州省2025年度经济专业技术资格证书办理指南", "2026-11-14"),
    ("202611/t20261112_87965231.html", "关于2026年度会计专业技术资格考试报名有关事项的通知", "2026-11-12"),
    ("202611/t20261111_87376064.html", "贵州省2025年度社会工作者职业资格证书发放的通知", "2026-11-11"),
    ("202611/t20261108_88044119.html", "关于注册安全工程师资格证书遗失补办的公告", "2026-11-08"),
    ("202611/t20261106_87584019.html", "贵州省2025年度审计专业技术资格考试成绩查询通知", "2026-11-06"),
    ("202611/t20261101_87294486.html", "关于2026年度统计专业技术资格考试考区设置的通知", "2026-11-01"),
    ("202610/t20261030_87963011.html", "贵州省2025年度执业药师职业资格证书领取公告", "2026-10-30"),
    ("202610/t20261029_87409749.html", "关于2025年度房地产估价师考试资格复核的公告", "2026-10-29"),
    ("202610/t20261026_87968977.html", "贵州省人力资源和社会保障厅关于公布2025年度考试违纪违规人员处理结果的通告", "2026-10-26"),
    ("202610/t20261024_87245427.html", "贵州省2025年度一级注册消防工程师资格证书发放的通知", "2026-10-24"),
    ("202610/t20261019_87210309.html", "关于2026年度翻译专业资格考试考务安排的通知", "2026-10-19"),
]


def test_guizhou_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("guizhou_rst", GUIZHOU_COLUMN + "index.html")
    # div.right-list-box ul li > a[title] (link text cut short) + span, as on the evidenced
    # sydwgkzp column; row 4 is an off-site repost (the adapter saw two on a first page).
    assert rows == [(urljoin(GUIZHOU_COLUMN, href), title, date) for href, title, date in GUIZHOU_ROWS]
    # createPageHTML(12, 0, "index", "html"): zero-based, page 2 is index_1.html
    assert following == [GUIZHOU_COLUMN + "index_1.html"]
    assert [r.reason for r in rejects] == []


def test_guizhou_left_box_hot_list_is_not_read():
    rows, _, _ = parse_list("guizhou_rst", GUIZHOU_COLUMN + "index.html")
    # div.left-list-box carries li > a[title] + span rows too (政策热点): a selector without the
    # right-list-box class would read them as notices
    assert not any("/zwgk/zcfg/" in url for url, _, _ in rows)
    last = _list_text("guizhou_rst").replace('createPageHTML(12, 0, "index", "html");', 'createPageHTML(12, 11, "index", "html");')
    assert _next_pages("guizhou_rst", GUIZHOU_COLUMN + "index_11.html", last) == []


# ----------------------------------------------------------------------------- 陕西 shaanxi_rst

SHAANXI_COLUMN = "https://rst.shaanxi.gov.cn/sy/tzgg/"
SHAANXI_ROWS = [
    ("202611/t20261128_3434027.html", "陕西省2025年度一级建造师资格证书发放通知", "2026-11-28"),
    ("202611/t20261127_3411897.html", "关于2026年陕西省职业技能等级认定工作安排的通知", "2026-11-27"),
    ("202611/t20261125_3392724.html", "陕西省2025年度监理工程师职业资格证书领取公告", "2026-11-25"),
    ("202611/t20261124_3422103.html", "关于开展2026年度人力资源服务机构年度报告公示的通知", "2026-11-24"),
    ("http://www.shaanxi.gov.cn/zfxxgk/zcwjk/szfwj/202611/t20261121_2431062.html", "陕西省2026年度省直事业单位公开招聘工作人员公告", "2026-11-21"),
    ("202611/t20261120_3449617.html", "关于2025年度一级造价工程师资格证书领取有关事项的通知", "2026-11-20"),
    ("202611/t20261118_3391119.html", "陕西省2025年度经济专业技术资格考试合格人员公示", "2026-11-18"),
    ("202611/t20261117_3385757.html", "关于公布2026年度陕西省技能大师工作室名单的通知", "2026-11-17"),
    ("202611/t20261114_3445102.html", "陕西省2025年度社会工作者职业资格证书发放通知", "2026-11-14"),
    ("202611/t20261113_3408437.html", "关于做好2026年度专业技术人员继续教育工作的通知", "2026-11-13"),
    ("202611/t20261111_3440404.html", "关于注册安全工程师资格证书补办事宜的公告", "2026-11-11"),
    ("202611/t20261110_3438459.html", "陕西省2025年度审计专业技术资格证书领取公告", "2026-11-10"),
    ("202611/t20261107_3458764.html", "关于2026年陕西省高校毕业生就业见习工作的通知", "2026-11-07"),
    ("202611/t20261106_3476409.html", "陕西省2025年度执业药师职业资格证书发放通知", "2026-11-06"),
    ("202611/t20261104_3424763.html", "关于2025年度房地产估价师资格证书领取有关事项的通知", "2026-11-04"),
    ("202611/t20261103_3383229.html", "陕西省人力资源和社会保障厅2026年度政府信息公开工作要点", "2026-11-03"),
    ("202610/t20261031_3395291.html", "陕西省2025年度一级注册消防工程师资格证书领取公告", "2026-10-31"),
    ("202610/t20261030_3471382.html", "关于2026年度翻译专业资格考试报名工作的通知", "2026-10-30"),
    ("202610/t20261028_3382741.html", "陕西省2025年度出版专业技术人员职业资格证书发放通知", "2026-10-28"),
    ("202610/t20261027_3475720.html", "关于征集2026年度人社领域调研课题的通知", "2026-10-27"),
]


def test_shaanxi_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("shaanxi_rst", SHAANXI_COLUMN + "index.html")
    # ul.list > li.list-item > a > div.text + div.time: title and date both inside the link,
    # read apart (the date never joins the title). A mixed column: most rows are not
    # certificate notices; row 5 is an off-site 省政府 link, as the adapter saw.
    assert rows == [(urljoin(SHAANXI_COLUMN, href), title, date) for href, title, date in SHAANXI_ROWS]
    # createPage(50, 0, "index", "html") — the site's name for createPageHTML, zero-based
    assert following == [SHAANXI_COLUMN + "index_1.html"]
    assert [r.reason for r in rejects] == []


def test_shaanxi_side_list_without_list_item_is_not_read():
    rows, _, _ = parse_list("shaanxi_rst", SHAANXI_COLUMN + "index.html")
    # the 办事指南 box is a ul.list too, with the same a > div.text + div.time rows but plain li:
    # `ul.list li` would read it
    assert not any("/sy/bszn/" in url for url, _, _ in rows)
    last = _list_text("shaanxi_rst").replace('createPage(50, 0, "index", "html");', 'createPage(50, 49, "index", "html");')
    assert _next_pages("shaanxi_rst", SHAANXI_COLUMN + "index_49.html", last) == []


# ----------------------------------------------------------------------------- 甘肃 gansu_ks

GANSU = "https://ks.rst.gansu.gov.cn/ncms/"
GANSU_LIST = GANSU + "wzlb.shtml?mkbh=zyjsryzgks"
GANSU_ROWS = [
    ("article_e7acd340c8ac590faf55aec80528c95a.shtml", "甘肃省2025年度一级建造师资格证书现场领取的通知", "[2026-11-24]"),
    ("article_3a22b7725d17b4e251a4a51d0caef654.shtml", "关于2026年度二级建造师执业资格考试甘肃考区考务工作的通知", "[2026-11-22]"),
    ("article_2a6bef052b412ba25c5d39b45bec845c.shtml", "甘肃2025年度监理工程师职业资格证书领取的通知", "[2026-11-19]"),
    ("article_c447b267c2613cfbcbd32d1c8cc65504.shtml", "关于2025年度一级造价工程师考试甘肃考区合格人员名单的公示", "[2026-11-18]"),
    ("article_6f6b385a2fc6082965754fc9db146199.shtml", "甘肃省2025年度经济专业技术资格证书发放的通知", "[2026-11-16]"),
    ("article_7a5d59e1eb812fe9179e390895b41669.shtml", "关于做好2026年度会计专业技术资格考试报名工作的通知", "[2026-11-12]"),
    ("article_05b28de28fcb7fa351a54b81f6f412a5.shtml", "甘肃省2025年度社会工作者职业资格证书领取的通知", "[2026-11-10]"),
    ("article_d78291edccf4ba69fc17c28ce285dea6.shtml", "关于2025年度注册安全工程师考试成绩复查结果的公告", "[2026-11-07]"),
    ("article_58adf05aa24f3cffefd354742d23bdee.shtml", "甘肃省2025年度审计专业技术资格证书现场领取的通知", "[2026-11-06]"),
    ("article_a1cc37a0edb80bd0c7177d8db914e009.shtml", "关于2026年度统计专业技术资格考试甘肃考区报名的通知", "[2026-11-04]"),
    ("article_28ccf6cb24ca572dabd7f923e19723a7.shtml", "甘肃省2025年度执业药师职业资格证书领取的通知", "[2026-10-31]"),
    ("article_aba47a9a404444879193ef394abf03d1.shtml", "关于房地产估价师资格证书补办工作的说明", "[2026-10-29]"),
    ("article_a30b6cb5eb3b329a68cab6fd6fffa6fd.shtml", "甘肃省2025年度一级注册消防工程师资格证书领取的通知", "[2026-10-26]"),
    ("article_443040681618fbaa170746e4e4976999.shtml", "关于2025年度翻译专业资格考试考务安排的通知", "[2026-10-25]"),
    ("article_54acd6813cd1cb4f762801597c9083c2.shtml", "甘肃省人事考试考生须知（2026年版）", "[2026-10-23]"),
]


def test_gansu_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("gansu_ks", GANSU_LIST)
    # NCMS: ul.ap > li > a[title] with the (cut) title text and the date inside the link as
    # span.you "[YYYY-MM-DD]" (brackets kept in the listed date, parse_date reads them);
    # the 考生须知 list (ul.tips li > a[title]) and the module menu are not rows.
    assert rows == [(GANSU + href, title, date) for href, title, date in GANSU_ROWS]
    # dataTotal 64, pagenum 1, 15 a page: the next page is &begin=15&pagenum=2 on the target
    assert following == [GANSU_LIST + "&begin=15&pagenum=2"]
    assert [r.reason for r in rejects] == []


def test_gansu_listed_date_normalizes():
    from pipelines.dates import parse_date

    assert str(parse_date(GANSU_ROWS[0][2])) == GANSU_ROWS[0][2].strip("[]")


def test_gansu_legacy_article_id_and_last_page():
    # older notices carry article_N<12 digits> ids (the adapter met them on the last page)
    legacy = _list_text("gansu_ks").replace("article_" + GANSU_ROWS[-1][0][len("article_"):-len(".shtml")], "article_N082111171680")
    _, output = _parse_list_text("gansu_ks", GANSU_LIST, legacy)
    urls = [req.url for req in output if getattr(req, "callback", None) and req.cb_kwargs.get("list_title")]
    assert urls[-1] == GANSU + "article_N082111171680.shtml"
    # pagenum 5 of 64 records (begin 60): nothing after it; a `target="_blank"` link earlier in
    # the page is not the pager's target
    last = _list_text("gansu_ks").replace('var pagenum = parseInt("1");', 'var pagenum = parseInt("5");')
    assert _next_pages("gansu_ks", GANSU_LIST + "&begin=60&pagenum=5", last) == []


# ----------------------------------------------------------------------------- 重庆 chongqing_rsks

CHONGQING_COLUMN = "https://rlsbj.cq.gov.cn/ywzl/rsks/tzgg_109374/"
CHONGQING_ROWS = [
    ("202611/t20261126_14225639.html", "重庆市2025年度一级建造师资格证书领取的通知", "2026-11-26"),
    ("202611/t20261123_14205214.html", "关于2026年度二级建造师执业资格考试考务工作有关事项的通知", "2026-11-23"),
    ("202611/t20261122_14526250.html", "重庆市2025年度监理工程师职业资格证书发放公告", "2026-11-22"),
    ("202611/t20261120_14069567.html", "关于2025年度一级造价工程师职业资格考试合格人员的公示", "2026-11-20"),
    ("202611/t20261118_14434337.html", "重庆市2025年度经济专业技术资格证书领取的通知", "2026-11-18"),
    ("202611/t20261114_14599938.html", "关于2026年度会计专业技术资格考试报名工作的通知", "2026-11-14"),
    ("202611/t20261111_14825194.html", "重庆市2025年度社会工作者职业资格证书发放公告", "2026-11-11"),
    ("202611/t20261110_14828345.html", "关于做好2026年上半年全国大学英语四、六级考试重庆考区工作的通知", "2026-11-10"),
    ("202611/t20261108_14788390.html", "重庆市2025年度注册安全工程师资格证书领取的通知", "2026-11-08"),
    ("202611/t20261106_14550961.html", "关于2025年度审计专业技术资格考试成绩复核结果的公告", "2026-11-06"),
    ("202611/t20261102_14851620.html", "重庆市2025年度统计专业技术资格证书领取的通知", "2026-11-02"),
    ("202610/t20261030_14694857.html", "关于2026年度执业药师职业资格考试重庆考区报名的通知", "2026-10-30"),
    ("202610/t20261029_14142667.html", "重庆市2025年度房地产估价师资格证书发放公告", "2026-10-29"),
    ("202610/t20261027_14189308.html", "关于2025年度一级注册消防工程师资格证书补办有关事项的通知", "2026-10-27"),
    ("202610/t20261025_14498896.html", "重庆市人事考试考生违纪违规行为处理结果公告（2025年第4号）", "2026-10-25"),
]


def test_chongqing_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("chongqing_rsks", CHONGQING_COLUMN + "index.html")
    # div.page-list ul.tab-item > li.clearfix > a (title only as link text, ./YYYYMM/t…_N.html)
    # + span: RSSHub's route and a 2021 Java spider agree on these
    assert rows == [(urljoin(CHONGQING_COLUMN, href), title, date) for href, title, date in CHONGQING_ROWS]
    # index.html, index_1.html … (zero-based files, the Java spider walks them); the
    # createPageHTML call that announces them is assumed, not evidenced
    assert following == [CHONGQING_COLUMN + "index_1.html"]
    assert [r.reason for r in rejects] == []


def test_chongqing_tab_item_outside_page_list_is_not_read():
    rows, _, _ = parse_list("chongqing_rsks", CHONGQING_COLUMN + "index.html")
    # the 考生服务 box is another ul.tab-item (the Java spider loops over several on a page):
    # only the one inside div.page-list is the column
    assert not any("入口说明" in title or "查询验证" in title for _, title, _ in rows)
    assert len(rows) == 15


def test_chongqing_detail_title_date_body_attachments():
    url = urljoin(CHONGQING_COLUMN, CHONGQING_ROWS[0][0])
    item = parse_detail("chongqing_rsks", url)
    assert item.title_raw == CHONGQING_ROWS[0][1]  # meta ArticleTitle
    assert item.published_raw == "2026-11-26 15:42"  # meta PubDate (the route reads it)
    body = item.body_text
    # the body is .view.TRS_UEDITOR.trs_paper_default.trs_word, closing with the signature
    assert body.startswith("2025年度一级建造师资格考试重庆考区合格人员的资格证书已制作完成")
    assert "三、领取方式" in body and body.endswith("重庆市人事考试中心\n2026年11月26日")
    # the header (字号, 打印), share links, 相关信息 list and footer stay out
    assert "字号" not in body and "相关信息" not in body and "分享到" not in body and "渝ICP备" not in body
    month = urljoin(url, "./")
    assert item.attachments == [
        {"url": month + "P02026112657715051.xlsx", "text": "附件1：各区县人事考试机构领取地点及联系电话"},
        {"url": month + "P02026112657715052.doc", "text": "附件2：证书代领委托书"},
    ]


# ----------------------------------------------------------------------------- 深圳 shenzhen_szksy

SHENZHEN_COLUMN = "https://hrss.sz.gov.cn/szksy/zwgk/zsff/"
SHENZHEN_ROWS = [
    ("http://hrss.sz.gov.cn/szksy/zwgk/zsff/content/post_11823663.html", "2025年度一级建造师资格证书（深圳考区）发放通知", "2026-11-25"),
    ("http://hrss.sz.gov.cn/szksy/zwgk/zsff/content/post_11782391.html", "关于领取2025年度监理工程师职业资格证书的通知", "2026-11-21"),
    ("http://hrss.sz.gov.cn/szksy/zwgk/zsff/content/post_11032441.html", "2025年度经济专业技术资格考试深圳考区合格证书发放安排", "2026-11-15"),
    ("http://hrss.sz.gov.cn/szksy/zwgk/zsff/content/post_11612815.html", "关于2025年度一级造价工程师纸质证书邮寄发放的公告", "2026-11-12"),
    ("http://hrss.sz.gov.cn/szksy/zwgk/zsff/content/post_11735886.html", "2025年度社会工作者职业资格证书深圳考区领取通知", "2026-11-05"),
    ("https://hrsspub.sz.gov.cn/zsyy/notice/4496", "关于2024年度及以前年度未领取资格证书集中发放的通知", "2026-10-31"),
    ("http://hrss.sz.gov.cn/szksy/zwgk/zsff/content/post_11260432.html", "2025年度注册安全工程师资格证书（深圳考区）发放通知", "2026-10-27"),
    ("http://hrss.sz.gov.cn/szksy/zwgk/zsff/content/post_11856476.html", "关于2025年度审计、统计专业技术资格证书发放的通知", "2026-10-21"),
    ("http://hrss.sz.gov.cn/szksy/zwgk/zsff/content/post_11754523.html", "2025年度执业药师职业资格证书深圳考区领取安排", "2026-10-18"),
    ("http://hrss.sz.gov.cn/szksy/zwgk/zsff/content/post_11154544.html", "关于2025年度一级注册消防工程师资格证书发放的公告", "2026-10-11"),
]


def test_shenzhen_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("shenzhen_szksy", SHENZHEN_COLUMN + "index.html")
    # .zx_ml_list ul li after the header li: span 序号 + div.list_name > a[title] (visible text cut
    # short) + span date; row 6 leads to an external system, as the design note says rows may
    assert rows == [(href, title, date) for href, title, date in SHENZHEN_ROWS]
    # one-based index_2.html (RSSHub szksy: page N > 1 is index_N.html)
    assert following == [SHENZHEN_COLUMN + "index_2.html"]
    assert [r.reason for r in rejects] == []


def test_shenzhen_header_and_hot_list_are_not_rows():
    rows, _, _ = parse_list("shenzhen_szksy", SHENZHEN_COLUMN + "index.html")
    titles = [title for _, title, _ in rows]
    # the header li (序号/标题/发布日期) and the 热门信息 box (li > a[title] + span) are skipped;
    # titles are the full title attribute, never the truncated link text
    assert "标题" not in titles and not any("考场规则" in t or "工作计划" in t for t in titles)
    assert not any(t.endswith("...") for t in titles)


# ----------------------------------------------------------------------------- 湖南 hunan_hnrsksw

HUNAN = "https://rst.hunan.gov.cn"
HUNAN_COLUMN = HUNAN + "/rst/hnrsksw/c103127/c103096/"
HUNAN_ROWS = [
    ("202611/t20261127_33548544.html", "湖南省2025年度一级建造师资格证书发放的通知", "2026-11-27"),
    ("202611/t20261126_33507020.html", "关于2026年度二级建造师执业资格考试湖南考区考务工作安排的通知", "2026-11-26"),
    ("202611/t20261124_33524383.html", "湖南省2025年度监理工程师职业资格证书领取的公告", "2026-11-24"),
    ("202611/t20261121_33584092.html", "关于2025年度一级造价工程师职业资格考试湖南考区资格复核的通知", "2026-11-21"),
    ("202611/t20261120_33432293.html", "湖南省2025年度经济专业技术资格证书发放的通知", "2026-11-20"),
    ("202611/t20261118_33426773.html", "关于做好2026年度会计专业技术资格考试报名工作的通知", "2026-11-18"),
    ("202611/t20261114_33442478.html", "湖南省2025年度社会工作者职业资格证书领取的公告", "2026-11-14"),
    ("202611/t20261113_33439153.html", "关于2025年度注册安全工程师职业资格考试成绩复查的通知", "2026-11-13"),
    ("202611/t20261111_33476712.html", "湖南省2025年度审计专业技术资格证书发放的通知", "2026-11-11"),
    ("202611/t20261108_33473590.html", "关于2026年度统计专业技术资格考试湖南考区报名的通知", "2026-11-08"),
    ("202611/t20261107_33511153.html", "湖南省2025年度执业药师职业资格证书领取的公告", "2026-11-07"),
    ("202611/t20261105_33441348.html", "关于2025年度房地产估价师考试湖南考区考务安排的通知", "2026-11-05"),
    ("202611/t20261101_33541873.html", "湖南省2025年度一级注册消防工程师资格证书发放的通知", "2026-11-01"),
    ("202610/t20261031_33405783.html", "关于2025年度翻译专业资格考试湖南考区合格人员的公示", "2026-10-31"),
    ("202610/t20261029_33597330.html", "湖南省2025年度出版专业技术人员职业资格证书领取的公告", "2026-10-29"),
    ("202610/t20261026_33561616.html", "关于加强2026年度人事考试考风考纪建设的通知", "2026-10-26"),
    ("202610/t20261025_33493062.html", "湖南省2025年度环境影响评价工程师资格证书发放的通知", "2026-10-25"),
    ("202610/t20261023_33443310.html", "关于2026年度注册测绘师资格考试湖南考区报名的通知", "2026-10-23"),
    ("202610/t20261019_33444545.html", "湖南省2025年度计算机软件专业技术资格证书领取的公告", "2026-10-19"),
    ("202610/t20261018_33466633.html", "关于2025年度咨询工程师（投资）职业资格考试合格人员的公示", "2026-10-18"),
]


def test_hunan_list_rows_dates_and_pager():
    rows, following, rejects = parse_list("hunan_hnrsksw", HUNAN_COLUMN + "rskswlist.html")
    # .list-text li > a[title] > span (cut title) + small (date), as RSSHub's hunanpea module
    # reads them; row 9 has no title attribute and is read from `a span` (the route's fallback,
    # and what the registry fix added). The 考生服务 box has the same a > span + small rows
    # outside .list-text and is not read.
    assert rows == [(HUNAN_COLUMN + href, title, date) for href, title, date in HUNAN_ROWS]
    # createPageHTML('paging', 14, 1, 'rskswlist', 'html', 268): the site's one-based 'paging'
    # form (expansion_east); the rskswlist stem of the page files is assumed
    assert following == [HUNAN_COLUMN + "rskswlist_2.html"]
    assert [r.reason for r in rejects] == []


def test_hunan_side_box_is_not_read_and_last_page_stops():
    rows, _, _ = parse_list("hunan_hnrsksw", HUNAN_COLUMN + "rskswlist.html")
    assert not any("/c103142/" in url for url, _, _ in rows)
    last = _list_text("hunan_hnrsksw").replace("'paging', 14, 1,", "'paging', 14, 14,")
    assert _next_pages("hunan_hnrsksw", HUNAN_COLUMN + "rskswlist_14.html", last) == []


def test_hunan_detail_title_date_body_attachments():
    url = HUNAN_COLUMN + HUNAN_ROWS[0][0]
    item = parse_detail("hunan_hnrsksw", url)
    assert item.title_raw == HUNAN_ROWS[0][1]  # meta ArticleTitle (assumed)
    assert item.published_raw == "2026-11-27 09:36"  # meta PubDate (RSSHub reads it first)
    body = item.body_text
    # #j-show-body: its inline script (RSSHub strips it) is not text
    assert body.startswith("2025年度一级建造师资格考试湖南考区合格人员资格证书已制作完毕")
    assert "四、注意事项" in body and body.endswith("湖南省人事考试院\n2026年11月27日")
    assert "shareTitle" not in body and "字体" not in body and "相关信息" not in body and "附件下载" not in body
    # the files are listed after the body, in .xgld_nr (detail.attachments)
    month = urljoin(url, "./")
    assert item.attachments == [
        {"url": month + "P020261127101558231.xlsx", "text": "各市州证书领取点及联系电话.xlsx"},
        {"url": month + "P020261127101558232.pdf", "text": "证书代领委托书.pdf"},
    ]


# ----------------------------------------------------------------------------- 山东 shandong_rsks

SHANDONG = "https://hrss.shandong.gov.cn"
SHANDONG_START = SHANDONG + "/rsks/channels/ch00232/"  # the registry's URL (the channel is served at /channels/ch00232/)
SHANDONG_ROWS = [
    ("/articles/ch00232/202611/15a2a826-89f1-ff32-c213-9ecf2fa182eb.shtml", "山东省教育厅所属事业单位2026年公开招聘工作人员简章", "2026-11-27"),
    ("/articles/ch00232/202611/65c5e07d-747f-b892-3c33-7e82b79e0bef.shtml", "山东省卫生健康委员会所属事业单位2026年公开招聘工作人员资格审查及面试有关事项的公告", "2026-11-26"),
    ("/articles/ch00232/202611/2bca9233-3a42-0e46-3065-61ac465258a3.shtml", "山东省自然资源厅所属事业单位2025年公开招聘拟聘用人员公示", "2026-11-25"),
    ("/articles/ch00232/202611/bf4645f2-e64b-2bd8-adc9-597a457f9992.shtml", "山东省农业农村厅所属事业单位2026年公开招聘高层次人才公告", "2026-11-23"),
    ("/articles/ch00232/202611/9c09c076-7a0f-2267-07df-2d80d108db80.shtml", "山东省交通运输厅所属事业单位2025年公开招聘进入考察体检范围人员名单", "2026-11-22"),
    ("/articles/ch00232/202611/9f6251ad-83e0-5ad8-2f1d-e1e2c3f66c1e.shtml", "山东省文化和旅游厅所属事业单位2026年公开招聘工作人员简章", "2026-11-19"),
    ("/articles/ch00232/202611/717d05b8-4931-09b4-6b43-9ad729d703de.shtml", "关于2026年省属事业单位公开招聘笔试成绩查询的通知", "2026-11-18"),
    ("/articles/ch00232/202611/a260dbe5-435d-f518-6b00-42c415a9e330.shtml", "山东省科学技术厅所属事业单位2025年公开招聘拟聘用人员公示", "2026-11-17"),
    ("/articles/ch00232/202611/8e8d5011-d21b-be0e-289b-348db29b5b8c.shtml", "山东省生态环境厅所属事业单位2026年公开招聘高层次人才公告", "2026-11-15"),
    ("/articles/ch00232/202611/e3dfb054-6034-6795-843b-fdaf9ea2c92a.shtml", "山东省市场监督管理局所属事业单位2025年公开招聘进入考察体检范围人员名单", "2026-11-14"),
    ("/articles/ch00232/202611/37db6109-3c2a-3db1-223f-46197ca1122b.shtml", "山东省人力资源和社会保障厅所属事业单位2026年公开招聘工作人员简章", "2026-11-11"),
    ("/articles/ch00232/202611/a6d1de30-b869-0376-c4a3-09246ee888a2.shtml", "山东省应急管理厅所属事业单位2026年公开招聘工作人员资格审查及面试有关事项的公告", "2026-11-10"),
    ("/articles/ch00232/202611/474064db-2dfc-c703-041a-9f42b7e85098.shtml", "山东省教育厅所属事业单位2025年公开招聘拟聘用人员公示", "2026-11-09"),
    ("/articles/ch00232/202611/3baa1271-d57b-c982-b53e-b8e0c3822244.shtml", "山东省2026年省属事业单位公开招聘工作人员（综合类）笔试考务安排", "2026-11-07"),
    ("/articles/ch00232/202611/630ce7b6-6994-4d49-9df5-a63f199ce208.shtml", "山东省自然资源厅所属事业单位2025年公开招聘进入考察体检范围人员名单", "2026-11-06"),
    ("/articles/ch00232/202611/3480c9fa-b9e6-7a09-0335-338cc532b4e7.shtml", "山东省农业农村厅所属事业单位2026年公开招聘工作人员简章", "2026-11-03"),
    ("/articles/ch00232/202611/44e9f5e0-79c4-c661-9ad9-3a9a157c4b13.shtml", "山东省交通运输厅所属事业单位2026年公开招聘工作人员资格审查及面试有关事项的公告", "2026-11-02"),
    ("/articles/ch00232/202611/87c48431-35ac-b91a-c387-a7cbc26098fc.shtml", "山东省文化和旅游厅所属事业单位2025年公开招聘拟聘用人员公示", "2026-11-01"),
    ("/articles/ch00232/202610/9c625af8-c0e5-d113-4aa9-397ea163cc19.shtml", "山东省水利厅所属事业单位2026年公开招聘高层次人才公告", "2026-10-30"),
    ("/articles/ch00232/202610/c5f1fa8f-6b67-9352-5ad4-f428e4332f4b.shtml", "关于省属事业单位公开招聘中专业技术资格证书审核要求的说明", "2026-10-29"),
    ("/articles/ch00232/202610/4f2fb4a8-3c6a-dd6e-beeb-5cde66e4fdd6.shtml", "山东省生态环境厅所属事业单位2026年公开招聘工作人员简章", "2026-10-26"),
    ("/articles/ch00232/202610/02e3785f-f36a-d449-1b18-f7c554f1a1c2.shtml", "山东省市场监督管理局所属事业单位2026年公开招聘工作人员资格审查及面试有关事项的公告", "2026-10-25"),
    ("/articles/ch00232/202610/14e94645-47fc-dac4-76b2-df0554ed6666.shtml", "山东省人力资源和社会保障厅所属事业单位2025年公开招聘拟聘用人员公示", "2026-10-24"),
]


def test_shandong_every_inline_record_is_read_and_nothing_more_is_asked():
    rows, following, rejects = parse_list("shandong_rsks", SHANDONG_START)
    # li.pagedContent > a[title] > span.news_box01_title + span: all 23 records are in the page
    # (`var totalCount=23; var perSize=20`, paged client-side), so the 21st–23rd, hidden by the
    # script on the first screen, are read too. The channel is the recruitment platform: low yield.
    assert rows == [(SHANDONG + href, title, date) for href, title, date in SHANDONG_ROWS]
    assert len(rows) == 23
    # pagination none: there are no further list files to fetch
    assert following == []
    assert [r.reason for r in rejects] == []


def test_shandong_policy_box_without_paged_content_is_not_read():
    rows, _, _ = parse_list("shandong_rsks", SHANDONG_START)
    # the 政策解读 box repeats the a > span.news_box01_title + span markup on li without the
    # pagedContent class; the date is the link's second span, never the title span
    assert not any("/ch00110/" in url for url, _, _ in rows)
    assert all(date[:4] == "2026" and title for _, title, date in rows)


def test_shandong_fixture_carries_every_record_its_script_counts():
    # the adapter rejects a page whose li.pagedContent count differs from totalCount: the
    # fixture keeps that invariant, so "read every inline row" means every record
    page = fixture("shandong_rsks", "list.html", SHANDONG_START)
    total = int(page.css("script::text").re_first(r"var totalCount=(\d+);"))
    assert len(page.css("li.pagedContent")) == total == len(SHANDONG_ROWS)
