"""山西人事考试专栏 专业技术人员资格考试 (TRS): `.exam-main ul.list-items-box-inner li`,
zero-based createPageHTML, body `.common-detail-inner`."""

from crawler.replica_gen.sources._kit import Series, date, li_row, official, trs_detail, trs_zero

BASE = "http://rst.shanxi.gov.cn/rsks/zyjsryzgks/"

SOURCE = official(
    "shanxi_rsks", "rst.shanxi.gov.cn", "山西省", "山西省人事考试中心", total=12, cert_share=0.6,
    series=[Series(exam="一级建造师", year=2025, first=date(2026, 3, 9), gap_days=20, batches=[(1, None), (2, None)])],
    layout={
        "first": BASE + "index.shtml", "next": BASE + "index_{i}.shtml", "per_page": 6,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.shtml", "first_docid": 9931270, "docid_step": (7, 500),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<div class="exam-main"><ul class="list-items-box-inner">\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": trs_zero("index", "shtml"), "truncate": 32,
        "site_name": "山西人事考试专栏", "column_name": "专业技术人员资格考试",
        **trs_detail('<div class="common-detail-inner"><div class="TRS_Editor">', "</div></div>"),
    },
)
