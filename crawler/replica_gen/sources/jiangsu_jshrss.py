"""江苏省人事考试网 (Hanweb jcms, column 57253): the first 45 records inline in a
`<datastore>` script, the rest from `/module/web/jpage/dataproxy.jsp`; details with PubDate
metas and the body between ZJEG_RSS markers in `div#zoom`."""

from crawler.replica_gen.sources._kit import Series, date, official

HOST = "https://jshrss.jiangsu.gov.cn"

SOURCE = official(
    "jiangsu_jshrss", "jshrss.jiangsu.gov.cn", "江苏省", "江苏省人事考试院", total=56, cert_share=0.6,
    first=date(2023, 9, 1), city_share=0.3, attachment_share=0.25,
    series=[
        Series(exam="会计专业技术资格", year=2024, first=date(2025, 4, 14), gap_days=10, batches=[(1, 4), (2, 4), (1, 5)]),
        Series(exam="监理工程师", year=2025, first=date(2025, 9, 22), batches=[(None, None)], topic="mail"),
        Series(exam="一级建造师", year=2024, first=date(2025, 3, 3), gap_days=21, batches=[(1, None), (2, None)],
               place=("苏州市", "苏州市")),
    ],
    layout={
        "list_kind": "hanweb", "first": HOST + "/col/col57253/index.html", "per_page": 999,
        "hanweb": {"columnid": 57253, "unitid": "412863", "webid": "71", "webname": "江苏人社"},
        "article": HOST + "/art/{d.year}/{d.month}/{d.day}/art_57253_{docid}.html", "first_docid": 11830771,
        "docid_step": (20, 3000),
        "attachment": HOST + "/module/download/downfile.jsp?classid=0&filename={hex}.{ext}", "att_href": "root",
        "href": "root", "truncate": 30,
        "site_name": "江苏省人力资源和社会保障厅", "column_name": "人事考试",
        "detail": "trs", "title_html": '<div class="main-fl-tit"><h1>{title}</h1>',
        "info_html": '<div class="main-fl-xx"><span>发布日期：{date}</span><span>信息来源：{source}</span>'
                     '<span>浏览次数：{views}</span></div>',
        "body_open": '<!--ZJEG_RSS.content.begin--><meta name="ContentStart"><div id="zoom">',
        "body_close": '</div><meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>',
    },
)
