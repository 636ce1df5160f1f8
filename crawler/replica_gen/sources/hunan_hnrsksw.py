"""湖南人事考试网 考试通知 (TRS): `.list-text li > a[title] > span + small`, one-based
createPageHTML('paging', …, 'rskswlist', 'html', count), body `#j-show-body`."""

from crawler.replica_gen.sources._kit import Series, date, official, trs_detail, trs_one

BASE = "https://rst.hunan.gov.cn/rst/hnrsksw/c103127/c103096/"

SOURCE = official(
    "hunan_hnrsksw", "rst.hunan.gov.cn", "湖南省", "湖南省人事考试院", total=12,
    series=[Series(exam="一级注册消防工程师", year=2024, first=date(2025, 4, 2), batches=[(None, None)],
                   place=("湘西土家族苗族自治州", "湘西州"))],
    layout={
        "first": BASE + "rskswlist.html", "next": BASE + "rskswlist_{n}.html", "per_page": 6,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.html", "first_docid": 33491820, "docid_step": (50, 5000),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<div class="list-text"><ul>\n', "list_close": "\n</ul></div>",
        "row": '<li><a href="{href}" title="{title}" target="_blank"><span>{text}</span><small>{date}</small></a></li>',
        "pager": trs_one("paging", "rskswlist", "html"), "truncate": 30,
        "site_name": "湖南人事考试网", "column_name": "考试通知",
        **trs_detail('<div id="j-show-body"><div class="TRS_Editor">', "</div></div>"),
    },
)
