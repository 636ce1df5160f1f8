"""福建省人事考试网 通知公告 (markup modelled on rst.fujian's TRS): `ul.list > li`, pages
`index_1.htm`, articles `./YYYYMM/tYYYYMMDD_ID.htm`."""

from crawler.replica_gen.sources._kit import Series, date, li_row, official, plain_detail, trs_zero

BASE = "https://www.fjpta.com/wzlm/tzgg/"

SOURCE = official(
    "fujian_fjpta", "www.fjpta.com", "福建省", "福建省人事考试中心", total=12, cert_share=0.65,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 9, 27), batches=[(None, None)], topic="both"),
            Series(exam="一级造价工程师", year=2024, first=date(2025, 3, 17), batches=[(None, None)],
                   place=("泉州市", "晋江市"))],
    layout={
        "first": BASE + "index.htm", "next": BASE + "index_{i}.htm", "per_page": 6, "beyond": BASE + "index_{i}.htm",
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.htm", "first_docid": 6712940, "docid_step": (12, 900),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<ul class="list">\n', "list_close": "\n</ul>",
        "row": li_row(), "pager": trs_zero("index", "htm"), "truncate": 30,
        "site_name": "福建省人事考试网", "column_name": "通知公告",
        **plain_detail('<div class="detail"><h1>{title}</h1>', '<div class="content"><div class="TRS_Editor">', "</div></div></div>"),
    },
)
