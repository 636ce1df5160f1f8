"""四川人事考试网 专业技术人员资格考试 (category 57): `div.wrap-content li > a[title] + span`,
`?page=N`, details `/front/News/info/<32hex>` dated like "2025年5月6日"."""

from crawler.replica_gen.sources._kit import Series, date, li_row, official, plain_detail

HOST = "https://www.scpta.com.cn"


def pager(p, pages, records, col):
    prev = f'<a href="/front/News/List/57?page={p}">上一页</a>' if p else ""
    nxt = f'<a href="/front/News/List/57?page={p + 2}">下一页</a>' if p + 1 < pages else ""
    return f'<div class="page">{prev} <span class="cur">{p + 1}</span> {nxt}</div>'


SOURCE = official(
    "sichuan_scpta", "www.scpta.com.cn", "四川省", "四川省人事考试中心", total=12, cert_share=0.65,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 10, 28), batches=[(None, None)],
                   place=("甘孜藏族自治州", "甘孜州")),
            Series(exam="经济专业技术资格", year=2024, first=date(2025, 3, 3), batches=[(None, None)], topic="mail")],
    layout={
        "first": HOST + "/front/News/List/57", "next": HOST + "/front/News/List/57?page={n}", "per_page": 6,
        "beyond": HOST + "/front/News/List/57?page={n}",
        "article": HOST + "/front/News/info/{hex}", "first_docid": 4000,
        "attachment": HOST + "/upload/file/{d:%Y%m%d}/{hex}.{ext}", "att_href": "root", "href": "root",
        "list_open": '<div class="wrap-content"><ul>\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": pager, "truncate": 30, "site_name": "四川人事考试网",
        "column_name": "专业技术人员资格考试",
        **plain_detail('<div class="news-title"><h2>{title}</h2>', '<div class="wrap-content news-content">', "</div>",
                       info_html='<p class="news-info">发布时间：{cn_date}&nbsp;&nbsp;来源：{source}</p></div>'),
    },
)
