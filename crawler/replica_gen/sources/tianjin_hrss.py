"""天津市人力资源和社会保障局 人事考试 专题 (TRS): `div.fmultimedia-y > ul > li`, the
`pager_options{…countPage:parseInt('N}')…}` pager with its stray brace."""

from crawler.replica_gen.sources._kit import Series, date, li_row, official, trs_detail

BASE = "https://hrss.tj.gov.cn/ztzl/ztzl1/rsks/"


def pager(p, pages, records, col):
    return ("<script type=\"text/javascript\">var pager_options={currentPage:parseInt('%d')+1, "
            "countPage:parseInt('%d}'), PAGE_NAME:'index', PAGE_EXT:'html'}; createPage(pager_options);</script>"
            % (p, pages))


SOURCE = official(
    "tianjin_hrss", "hrss.tj.gov.cn", "天津市", "天津市人事考试中心", total=11, city_share=0.0,
    series=[Series(exam="二级建造师", year=2025, first=date(2025, 11, 3), gap_days=15, batches=[(1, None), (2, None)])],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{i}.html", "per_page": 4,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.html", "first_docid": 6012345, "docid_step": (11, 900),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<div class="fmultimedia-y"><ul>\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": pager, "truncate": 28,
        "site_name": "天津市人力资源和社会保障局", "column_name": "人事考试", **trs_detail(),
    },
)
