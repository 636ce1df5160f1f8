"""河南省人事考试网 考试信息 ("sitesources" CMS): `ul.news-list > li`, one-based index_N.html,
articles `…/page_pc/ksxxnew/article<32hex>.html`, uploads under `/sitesources/hnsrskszx/upload/`."""

from crawler.replica_gen.sources._kit import Series, date, li_row, numbered, official, plain_detail

BASE = "https://www.hnrsks.com/sitesources/hnsrskszx/page_pc/ksxxnew/"

SOURCE = official(
    "henan_hnrsks", "www.hnrsks.com", "河南省", "河南省人事考试中心", total=12,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 10, 25), batches=[(None, None)],
                   place=("郑州市", "郑州市")),
            Series(exam="社会工作者职业资格", year=2024, first=date(2025, 1, 6), gap_days=12, batches=[(1, None), (2, None)])],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{n}.html", "per_page": 6, "beyond": BASE + "index_{n}.html",
        "article": BASE + "article{hex}.html", "first_docid": 9000,
        "attachment": "https://www.hnrsks.com/sitesources/hnsrskszx/upload/{d:%Y%m}/{digits17}.{ext}", "att_href": "root",
        "href": "rel",
        "list_open": '<div class="list"><ul class="news-list">\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": numbered(lambda k: "index.html" if k == 0 else f"index_{k + 1}.html"),
        "truncate": 30, "site_name": "河南省人事考试网", "column_name": "考试信息",
        **plain_detail('<div class="detail"><h1>{title}</h1>', '<div class="article-content">', "</div></div>"),
    },
)
