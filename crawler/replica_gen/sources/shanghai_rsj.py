"""上海市人力资源和社会保障局 通知公告: `ul.uli14.list-date > li > a + span.time`, one-based
index_N.html, and a pager that advertises more pages than exist (pages 4 and up answer 404)."""

from crawler.replica_gen.sources._kit import Series, date, li_row, official, trs_detail

BASE = "https://rsj.sh.gov.cn/tzpgg_17408/"


def pager(p, pages, records, col):
    # The real column advertises pages it never published: totalPage says 6, three exist.
    return ('<div class="pagination"></div><script type="text/javascript">$(".pagination").pagination({totalPage: 6, '
            f'pageName: "index", pageExt: "html"}}); $(".pagination").pagination("setPage", {p + 1}, 6);</script>')


SOURCE = official(
    "shanghai_rsj", "rsj.sh.gov.cn", "上海市", "上海市职业能力考试院", total=12, cert_share=0.55, city_share=0.0,
    series=[Series(exam="注册安全工程师", year=2024, first=date(2025, 4, 21), batches=[(None, None)], kind="electronic")],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{n}.html", "per_page": 4,
        "beyond": BASE + "index_{n}.html",
        "article": BASE + "{d:%Y%m%d}/t0035_{docid}.html", "first_docid": 1423310, "docid_step": (40, 1500),
        "attachment": BASE + "{d:%Y%m%d}/{p0}.{ext}", "att_href": "dot", "href": "root",
        "list_open": '<ul class="uli14 list-date nowrapli">\n', "list_close": "\n</ul>",
        "row": li_row("span", "time"), "pager": pager, "truncate": 34,
        "site_name": "上海市人力资源和社会保障局", "column_name": "通知公告", **trs_detail(),
    },
)
