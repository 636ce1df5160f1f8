"""江西省人力资源和社会保障厅 人事考试 (Hanweb-style): the whole list inline as
`var listData = {"articleList": [...]}`; details with ArticleTitle / PubDate metas and `div#zoom`."""

from crawler.replica_gen.sources._kit import Series, date, official

HOST = "https://rst.jiangxi.gov.cn"

SOURCE = official(
    "jiangxi_rst", "rst.jiangxi.gov.cn", "江西省", "江西省人事考试中心", total=12,
    series=[Series(exam="审计专业技术资格", year=2024, first=date(2025, 3, 11), batches=[(None, None)], kind="electronic")],
    layout={
        "list_kind": "script_json", "first": HOST + "/col/col37213/index.html", "per_page": 999,
        "article": HOST + "/art/{d.year}/{d.month}/{d.day}/art_37213_{docid}.html", "first_docid": 2738841,
        "docid_step": (20, 2000),
        "attachment": HOST + "/module/download/downfile.jsp?classid=0&filename={hex}.{ext}", "att_href": "root",
        "href": "root", "site_name": "江西省人力资源和社会保障厅", "column_name": "人事考试",
        "detail": "trs", "title_html": '<div class="article"><h1>{title}</h1>',
        "info_html": '<div class="article-info">发布时间：{datetime}&nbsp;&nbsp;来源：{source}</div>',
        "body_open": '<div class="article-content"><div id="zoom">', "body_close": "</div></div></div>",
    },
)
