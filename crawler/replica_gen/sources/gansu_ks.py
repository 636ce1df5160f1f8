"""甘肃人事考试网 (NCMS): `ul.ap > li > a[title] > span.you [YYYY-MM-DD]`, 15 a page,
`&begin=<offset>&pagenum=<n>` from the `dataTotal` / `pagenum` / `target` script."""

from crawler.replica_gen.sources._kit import Series, date, ncms, official, plain_detail

HOST = "https://ks.rst.gansu.gov.cn/ncms/"

SOURCE = official(
    "gansu_ks", "ks.rst.gansu.gov.cn", "甘肃省", "甘肃省人事考试中心", total=19, cert_share=0.6,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 10, 14), batches=[(None, None)], topic="onsite"),
            Series(exam="二级建造师", year=2025, first=date(2025, 12, 1), gap_days=10, batches=[(1, 12), (2, 12)],
                   place=("临夏回族自治州", "临夏州"))],
    layout={
        "first": HOST + "wzlb.shtml?mkbh=zyjsryzgks", "next": HOST + "wzlb.shtml?mkbh=zyjsryzgks&begin={begin}&pagenum={n}",
        "per_page": 15,
        "article": HOST + "article_{hex}.shtml", "first_docid": 300,
        "attachment": HOST + "upload/{d:%Y%m}/{digits17}.{ext}", "att_href": "rel", "href": "rel",
        "list_open": '<ul class="ap">\n', "list_close": "\n</ul>", "date_fmt": "[%Y-%m-%d]",
        "row": '<li><a href="{href}" title="{title}">{text}<span class="you">{date}</span></a></li>',
        "pager": ncms("zyjsryzgks"), "truncate": 28, "site_name": "甘肃人事考试网", "column_name": "专业技术人员资格考试",
        **plain_detail('<div class="article-title"><h1>{title}</h1>', '<div class="article-content">', "</div>",
                       info_html='<p class="article-info">发布时间：{date}&nbsp;&nbsp;来源：{source}</p></div>'),
    },
)
