"""重庆人事考试 通知公告 (TRS): `div.page-list .tab-item > li > a + span`, zero-based
index_N.html, body `.view.TRS_UEDITOR.trs_paper_default.trs_word`."""

from crawler.replica_gen.sources._kit import Series, date, li_row, official, trs_detail, trs_zero

BASE = "https://rlsbj.cq.gov.cn/ywzl/rsks/tzgg_109374/"

SOURCE = official(
    "chongqing_rsks", "rlsbj.cq.gov.cn", "重庆市", "重庆市人事考试中心", total=12, city_share=0.0,
    series=[Series(exam="一级建造师", year=2024, first=date(2025, 2, 26), gap_days=14, batches=[(1, None), (2, None)])],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{i}.html", "per_page": 6,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.html", "first_docid": 14988210, "docid_step": (30, 7000),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<div class="page-list"><ul class="tab-item">\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": trs_zero("index", "html"), "truncate": 30,
        "site_name": "重庆市人力资源和社会保障局", "column_name": "通知公告",
        **trs_detail('<div class="view TRS_UEDITOR trs_paper_default trs_word">', "</div>"),
    },
)
