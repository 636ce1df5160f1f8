"""北京市人力资源和社会保障局 通知公告 (TRS): a mixed column where the 人事考试中心's certificate
notices sit among registration and other notices; `var currentPage=N; var countPage=M;` pager."""

from crawler.replica_gen.sources._kit import Series, count_page, date, li_row, official, trs_detail

BASE = "https://rsj.beijing.gov.cn/xxgk/tzgg/"

SOURCE = official(
    "beijing_rsj", "rsj.beijing.gov.cn", "北京市", "北京市人事考试中心", total=11, cert_share=0.5, city_share=0.0,
    series=[Series(exam="一级造价工程师", year=2024, first=date(2025, 4, 8), batches=[(None, None)], topic="mail")],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{i}.html", "per_page": 6,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.html", "first_docid": 43918270, "docid_step": (40, 2900),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<div class="list-box"><ul class="list">\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": count_page, "truncate": 30, "date_fmt": "%Y-%m-%d",
        "site_name": "北京市人力资源和社会保障局", "column_name": "通知公告", "site_root": "/",
        **trs_detail(),
    },
)
