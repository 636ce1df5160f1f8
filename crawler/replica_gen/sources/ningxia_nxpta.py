"""宁夏人事考试中心 专业技术人员资格考试 (TRS): `.content > p.title-li > a + span`, zero-based
createPageHTML, and some rows that link straight to a name-list file."""

from crawler.replica_gen.sources._kit import Series, date, official, trs_detail, trs_zero

BASE = "https://www.nxpta.com/zyjsryzgks/"

SOURCE = official(
    "ningxia_nxpta", "www.nxpta.com", "宁夏回族自治区", "宁夏人事考试中心", total=11, cert_share=0.65,
    series=[Series(exam="二级建造师", year=2025, first=date(2025, 11, 10), batches=[(None, None)],
                   place=("吴忠市", "青铜峡市")),
            Series(exam="一级建造师", year=2024, first=date(2025, 2, 10), batches=[(None, None)])],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{i}.html", "per_page": 7, "list_only": 2,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.html", "first_docid": 2291874, "docid_step": (10, 800),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<div class="content">\n', "list_close": "\n</div>",
        "row": '<p class="title-li"><a href="{href}" title="{title}" target="_blank">{text}</a><span>{date}</span></p>',
        "pager": trs_zero("index", "html"), "truncate": 30,
        "site_name": "宁夏人事考试中心", "column_name": "专业技术人员资格考试", **trs_detail(),
    },
)
