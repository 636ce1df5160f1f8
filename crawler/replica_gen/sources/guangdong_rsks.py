"""广东人事考试网 专业技术人员资格考试 (广东集约化): `div.list ul > li`, one-based index_N.html,
`content/post_<id>.html` articles with "发布时间：" in `div.property` and `div.conTxt #fontzoom`."""

from crawler.replica_gen.sources._kit import GD_DETAIL, Series, date, li_row, numbered, official

BASE = "https://rsks.gd.gov.cn/wsbs/zyjsryzgks/"

SOURCE = official(
    "guangdong_rsks", "rsks.gd.gov.cn", "广东省", "广东省人事考试局", total=12,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 10, 10), batches=[(None, None)], kind="electronic"),
            Series(exam="一级造价工程师", year=2025, first=date(2026, 1, 19), batches=[(None, None)], topic="mail",
                   place=("湛江市", "湛江市"))],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{n}.html", "per_page": 6, "beyond": BASE + "index_{n}.html",
        "article": BASE + "content/post_{docid}.html", "first_docid": 4512870, "docid_step": (40, 9000),
        "attachment": "https://rsks.gd.gov.cn/attachment/0/{d:%j}/{docid}/{digits17}.{ext}", "att_href": "root",
        "href": {"abs": 0.5, "root": 0.5},
        "list_open": '<div class="list"><ul>\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": numbered(lambda k: "index.html" if k == 0 else f"index_{k + 1}.html"),
        "truncate": 30, "site_name": "广东人事考试网", "column_name": "专业技术人员资格考试", **GD_DETAIL,
    },
)
