"""广西人事考试网 专业技术人员资格考试 (TRS): `ul.articles > li > a[title] + span`, short article
paths `./t<docid>.html`, zero-based createPageHTML."""

from crawler.replica_gen.sources._kit import Series, date, li_row, official, trs_detail, trs_zero

BASE = "https://www.gxpta.com.cn/ksxm/zyjsryzgks/"

SOURCE = official(
    "guangxi_gxpta", "www.gxpta.com.cn", "广西壮族自治区", "广西人事考试院", total=12,
    series=[Series(exam="执业药师", year=2024, first=date(2025, 2, 17), batches=[(None, None)], place=("百色市", "百色市"))],
    layout={
        "first": BASE, "next": BASE + "index_{i}.html", "per_page": 6,
        "article": BASE + "t{docid}.html", "first_docid": 20931877, "docid_step": (50, 9000),
        "attachment": BASE + "{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<ul class="articles">\n', "list_close": "\n</ul>",
        "row": li_row(), "pager": trs_zero("index", "html"), "truncate": 30,
        "site_name": "广西人事考试网", "column_name": "专业技术人员资格考试", **trs_detail(),
    },
)
