"""海南省人力资源和社会保障厅 通知公告 (TRS-like): `div.list_div` blocks with
`.list-right_title a` and a `td` "发布时间：…", one-based createPageHTML('page_div', …, 'list3_1', 'shtml')."""

from crawler.replica_gen.sources._kit import Series, date, official, trs_detail, trs_one

BASE = "https://hrss.hainan.gov.cn/hrss/tzgg/"

SOURCE = official(
    "hainan_hrss", "hrss.hainan.gov.cn", "海南省", "海南省考试局", total=11, cert_share=0.55,
    series=[Series(exam="二级建造师", year=2025, first=date(2025, 11, 24), batches=[(None, None)], topic="both")],
    layout={
        "first": BASE + "list3.shtml", "next": BASE + "list3_1_{n}.shtml", "per_page": 6,
        "article": BASE + "{d:%Y%m}/{hex}.shtml", "first_docid": 1000,
        "attachment": BASE + "{d:%Y%m}/{hex}/files/{digits17}.{ext}", "att_href": "rel", "href": "dot",
        "list_open": '<div class="list_box">\n', "list_close": "\n</div>",
        "row": '<div class="list_div"><div class="list-right_title"><a href="{href}" title="{title}" target="_blank">{text}</a>'
               '</div><table class="list-right_info"><tr><td class="date">发布时间：{date}</td></tr></table></div>',
        "pager": trs_one("page_div", "list3_1", "shtml"), "truncate": 30,
        "site_name": "海南省人力资源和社会保障厅", "column_name": "通知公告", **trs_detail(),
    },
)
