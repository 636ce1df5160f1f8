"""贵州省人力资源和社会保障厅 人事考试 (TRS): `div.right-list-box ul li > a[title] + span`,
zero-based createPageHTML(total, cur, "index", "html")."""

from crawler.replica_gen.sources._kit import Series, date, li_row, official, trs_detail, trs_zero

BASE = "https://rst.guizhou.gov.cn/ztzl/rsks/"

SOURCE = official(
    "guizhou_rst", "rst.guizhou.gov.cn", "贵州省", "贵州省人事考试中心", total=11,
    series=[Series(exam="一级造价工程师", year=2024, first=date(2025, 4, 14), batches=[(None, None)],
                   place=("黔东南苗族侗族自治州", "黔东南州"))],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{i}.html", "per_page": 6,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.html", "first_docid": 88231460, "docid_step": (80, 9000),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<div class="right-list-box"><ul>\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": trs_zero("index", "html"), "truncate": 30,
        "site_name": "贵州省人力资源和社会保障厅", "column_name": "人事考试", **trs_detail(),
    },
)
