"""西藏自治区人力资源和社会保障厅 通知公告 (TRS): a mixed column, `.gl-list > .gl-list-item >
a.nm + .date`, zero-based createPageHTML."""

from crawler.replica_gen.sources._kit import Series, date, official, trs_detail, trs_zero

BASE = "https://hrss.xizang.gov.cn/xwzx/tzgg/"

SOURCE = official(
    "xizang_hrss", "hrss.xizang.gov.cn", "西藏自治区", "西藏自治区人事考试中心", total=11, cert_share=0.5,
    series=[Series(exam="会计专业技术资格", year=2024, first=date(2025, 5, 19), batches=[(None, None)],
                   place=("日喀则市", "日喀则市"))],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{i}.html", "per_page": 6,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.html", "first_docid": 512877, "docid_step": (20, 900),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<div class="gl-list">\n', "list_close": "\n</div>",
        "row": '<div class="gl-list-item"><a class="nm" href="{href}" title="{title}" target="_blank">{text}</a>'
               '<span class="date">{date}</span></div>',
        "pager": trs_zero("index", "html"), "truncate": 30,
        "site_name": "西藏自治区人力资源和社会保障厅", "column_name": "通知公告", **trs_detail(),
    },
)
