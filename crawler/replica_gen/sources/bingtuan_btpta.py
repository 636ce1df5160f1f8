"""兵团考试信息网 文件公布: `.right_wrap .con > ul > li > a[title] + span.fr`, static one-based
index_N.shtml with `#PageInp` and `.pageCount`; articles `/c/YYYY-MM-DD/<id>.shtml`."""

from crawler.replica_gen.sources._kit import Series, date, li_row, official, plain_detail

HOST = "https://btpta.xjbt.gov.cn"


def pager(p, pages, records, col):
    return (f'<div class="page">第<input id="PageInp" type="text" value="{p + 1}">页 <span class="pageCount">共{pages}页</span>'
            "<script>var tpl = 'index_${PageIndex}.shtml';</script></div>")


SOURCE = official(
    "bingtuan_btpta", "btpta.xjbt.gov.cn", "新疆生产建设兵团", "兵团人事考试中心", total=12, city_share=0.0,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 9, 25), gap_days=0, batches=[(1, 9), (2, 9)])],
    layout={
        "first": HOST + "/wjgb/index.shtml", "next": HOST + "/wjgb/index_{n}.shtml", "per_page": 6,
        "beyond": HOST + "/wjgb/index_{n}.shtml",
        "article": HOST + "/c/{d:%Y-%m-%d}/{docid}.shtml", "first_docid": 8341120, "docid_step": (5, 900),
        "attachment": HOST + "/u/cms/www/{d:%Y%m}/{digits17}.{ext}", "att_href": "root", "href": "root",
        "list_open": '<div class="right_wrap"><div class="con"><ul>\n', "list_close": "\n</ul></div></div>",
        "row": li_row("span", "fr"), "pager": pager, "truncate": 30,
        "site_name": "兵团考试信息网", "column_name": "文件公布",
        **plain_detail('<div class="title"><h1>{title}</h1></div>', '<div class="article-content">', "</div>"),
    },
)
