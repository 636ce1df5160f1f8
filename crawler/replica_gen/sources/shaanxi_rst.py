"""陕西省人力资源和社会保障厅 通知公告 (TRS): `ul.list > li.list-item > a > div.text + div.time`
(no title attribute: the whole title is in div.text), createPage(total, cur, "index", "html")."""

from crawler.replica_gen.sources._kit import Series, date, official, trs_detail, trs_zero

BASE = "https://rst.shaanxi.gov.cn/sy/tzgg/"

SOURCE = official(
    "shaanxi_rst", "rst.shaanxi.gov.cn", "陕西省", "陕西省人事考试中心", total=11, cert_share=0.55,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 11, 4), batches=[(None, None)], topic="mail")],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{i}.html", "per_page": 6,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.html", "first_docid": 3341870, "docid_step": (20, 2000),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<ul class="list">\n', "list_close": "\n</ul>",
        "row": '<li class="list-item"><a href="{href}" target="_blank"><div class="text">{title}</div>'
               '<div class="time">{date}</div></a></li>',
        "pager": trs_zero("index", "html", name="createPage"),
        "site_name": "陕西省人力资源和社会保障厅", "column_name": "通知公告", **trs_detail(),
    },
)
