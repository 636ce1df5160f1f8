"""青海省人事考试信息网 (NCMS, HTTP only): `wzlb.shtml?mkbh=zyjsks`, 15 a page, articles
`article_<32hex>.shtml`."""

from crawler.replica_gen.sources._kit import Series, date, ncms, official, plain_detail

HOST = "http://www.qhpta.com/ncms/"

SOURCE = official(
    "qinghai_qhpta", "www.qhpta.com", "青海省", "青海省人事考试中心", total=18,
    series=[Series(exam="一级建造师", year=2024, first=date(2025, 3, 10), batches=[(None, None)],
                   place=("海西蒙古族藏族自治州", "格尔木市"))],
    layout={
        "first": HOST + "wzlb.shtml?mkbh=zyjsks", "next": HOST + "wzlb.shtml?mkbh=zyjsks&begin={begin}&pagenum={n}",
        "per_page": 15,
        "article": HOST + "article_{hex}.shtml", "first_docid": 700,
        "attachment": HOST + "upload/{d:%Y%m}/{digits17}.{ext}", "att_href": "rel", "href": "root",
        "list_open": '<ul class="ap">\n', "list_close": "\n</ul>", "date_fmt": "[%Y-%m-%d]",
        "row": '<li><a href="{href}" title="{title}">{text}<span class="you">{date}</span></a></li>',
        "pager": ncms("zyjsks"), "truncate": 28, "site_name": "青海省人事考试信息网", "column_name": "专业技术人员考试",
        **plain_detail('<div class="article-title"><h1>{title}</h1>', '<div class="article-content">', "</div>",
                       info_html='<p class="article-info">发布时间：{date}</p></div>'),
    },
)
