"""新疆维吾尔自治区人力资源和社会保障厅 人事考试 (TRS): `ul.com-pic-news-list > li > a.cpn-title
+ span.cpn-date + span.cpn-des`, one-based createPageHTML("page_div", …, "list", "shtml")."""

from crawler.replica_gen.sources._kit import Series, date, official, trs_detail, trs_one

BASE = "https://rst.xinjiang.gov.cn/xjrst/c112904/"

SOURCE = official(
    "xinjiang_rst", "rst.xinjiang.gov.cn", "新疆维吾尔自治区", "新疆维吾尔自治区人事考试中心", total=11,
    series=[Series(exam="注册安全工程师", year=2024, first=date(2025, 3, 31), batches=[(None, None)],
                   place=("伊犁哈萨克自治州", "伊犁州"))],
    layout={
        "first": BASE + "list.shtml", "next": BASE + "list_{n}.shtml", "per_page": 6,
        "article": BASE + "{d:%Y%m}/{hex}.shtml", "first_docid": 100,
        "attachment": BASE + "{d:%Y%m}/{hex}/files/{digits17}.{ext}", "att_href": "rel", "href": "rel",
        "list_open": '<ul class="com-pic-news-list">\n', "list_close": "\n</ul>",
        "row": '<li><a class="cpn-title" href="{href}" title="{title}" target="_blank">{text}</a>'
               '<span class="cpn-date">{date}</span><span class="cpn-des">{text}</span></li>',
        "pager": trs_one("page_div", "list", "shtml", quote='"'), "truncate": 30,
        "site_name": "新疆维吾尔自治区人力资源和社会保障厅", "column_name": "人事考试", **trs_detail(),
    },
)
