"""安徽省人力资源和社会保障厅 人事考试 column: `ul.doc_list.list-<colid> > li` with an empty
`li.lm_line` spacer every 5 rows, `/content/column/<colid>?pageIndex=N`."""

from crawler.replica_gen.sources._kit import Series, date, official, plain_detail

HOST = "https://hrss.ah.gov.cn"
COL = 6596311


def pager(p, pages, records, col):
    return (f'<div class="pagination_index" id="page_{COL}"></div><script>Ls.pagination("#page_{COL}", '
            f'{{pageCount:{pages}, pageIndex:{p + 1}, url:"/content/column/{COL}?pageIndex={{pageIndex}}"}});</script>')


SOURCE = official(
    "anhui_hrss", "hrss.ah.gov.cn", "安徽省", "安徽省人事考试院", total=13,
    series=[Series(exam="二级建造师", year=2025, first=date(2025, 10, 27), batches=[(None, None)], topic="mail",
                   place=("安庆市", "桐城市"))],
    layout={
        "first": f"{HOST}/content/column/{COL}?pageIndex=1", "next": f"{HOST}/content/column/{COL}?pageIndex={{n}}",
        "per_page": 7, "beyond": f"{HOST}/content/column/{COL}?pageIndex={{n}}",
        "article": HOST + f"/public/{COL}/{{docid}}.html", "first_docid": 8924561, "docid_step": (30, 3000),
        "attachment": HOST + "/group6/M00/{hex}.{ext}", "att_href": "root", "href": "abs",
        "list_open": f'<ul class="doc_list list-{COL}">\n', "list_close": "\n</ul>",
        "row": '<li class="{parity}"><a href="{href}" title="{title}" target="_blank">{text}</a><span class="date">{date}</span></li>',
        "spacer_every": 5, "spacer": '<li class="lm_line"></li>', "pager": pager, "truncate": 32,
        "site_name": "安徽省人力资源和社会保障厅", "column_name": "人事考试",
        **plain_detail('<div class="wztit"><h1 class="newstitle">{title}</h1></div>', '<div class="wzcon j-fontContent">',
                       "</div>", info_html='<div class="newsinfo">发布时间：{date}&nbsp;&nbsp;来源：{source}</div>'),
    },
)
