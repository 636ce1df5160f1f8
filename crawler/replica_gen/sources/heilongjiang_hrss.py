"""黑龙江省人力资源和社会保障厅 通知公告: `ul#list li a[title] span.date`, pages `list_N.shtml`,
articles `c00_<id>.shtml`."""

from crawler.replica_gen.sources._kit import Series, date, li_row, numbered, official, plain_detail

BASE = "http://hrss.hlj.gov.cn/hrss/c111741/"

SOURCE = official(
    "heilongjiang_hrss", "hrss.hlj.gov.cn", "黑龙江省", "黑龙江省人事考试中心", total=11,
    series=[Series(exam="社会工作者职业资格", year=2025, first=date(2025, 12, 15), batches=[(None, None)], topic="mail")],
    layout={
        "first": BASE + "list.shtml", "next": BASE + "list_{n}.shtml", "per_page": 6, "beyond": BASE + "list_{n}.shtml",
        "article": BASE + "{d:%Y%m}/c00_{docid}.shtml", "first_docid": 31298744, "docid_step": (30, 4000),
        "attachment": "http://hrss.hlj.gov.cn/hrss/uploadfiles/{d:%Y%m}/{digits17}.{ext}", "att_href": "root",
        "href": "dot",
        "list_open": '<ul id="list" class="listul">\n', "list_close": "\n</ul>",
        "row": li_row("span", "date"),
        "pager": numbered(lambda k: "list.shtml" if k == 0 else f"list_{k + 1}.shtml"), "truncate": 30,
        "site_name": "黑龙江省人力资源和社会保障厅", "column_name": "通知公告",
        **plain_detail('<div class="article"><h1>{title}</h1>', '<div class="article-content zw">', "</div></div>"),
    },
)
