"""山东人事考试信息网 channel ch00232: every record inline in one page, paged client-side
(`var totalCount=N;var perSize=20;`); rows `li.pagedContent > a[title] > span + span`."""

from crawler.replica_gen.sources._kit import Series, date, official, plain_detail

HOST = "https://hrss.shandong.gov.cn"


def pager(p, pages, records, col):
    return (f'<div id="pagination"></div><script type="text/javascript">var totalCount={records};var perSize=20;'
            'var startPage=1;var logicTotalPage=Math.ceil(totalCount/perSize);showPaged(startPage);</script>')


SOURCE = official(
    "shandong_rsks", "hrss.shandong.gov.cn", "山东省", "山东省人事考试中心", total=24, cert_share=0.6,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 9, 9), gap_days=16, batches=[(1, 9), (2, 9)]),
            Series(exam="一级建造师", year=2025, first=date(2026, 2, 2), batches=[(None, None)], topic="mail",
                   place=("潍坊市", "寿光市"))],
    layout={
        "first": HOST + "/rsks/channels/ch00232/", "per_page": 999,
        "article": HOST + "/rsks/articles/ch00232/{d:%Y%m}/{hex}.shtml", "first_docid": 500,
        "attachment": HOST + "/rsks/attachment/{d:%Y%m}/{hex}.{ext}", "att_href": "root", "href": "root",
        "list_open": '<div class="news_box01"><ul>\n', "list_close": "\n</ul></div>",
        "row": '<li class="pagedContent"><a href="{href}" title="{title}" target="_blank">'
               '<span class="news_box01_title">{text}</span><span>{date}</span></a></li>',
        "pager": pager, "truncate": 30, "site_name": "山东人事考试信息网", "column_name": "专业技术人员资格考试",
        **plain_detail('<div class="article"><h1>{title}</h1>', '<div class="article-content">', "</div></div>"),
    },
)
