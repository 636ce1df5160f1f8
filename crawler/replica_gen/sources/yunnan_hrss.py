"""云南省人力资源和社会保障厅 通知公告 (ASP.NET): `NewsLsit.aspx?ClassID=602` (sic) with
`.listBox ul.ul13 > li`, `&page=N` and an AspNetPager "第N页 共M页"; details `NewsView.aspx`."""

from crawler.replica_gen.sources._kit import Series, aspnet, date, li_row, official, plain_detail

HOST = "https://hrss.yn.gov.cn/"

SOURCE = official(
    "yunnan_hrss", "hrss.yn.gov.cn", "云南省", "云南省人事考试中心", total=12,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 10, 21), batches=[(None, None)], kind="reissue"),
            Series(exam="会计专业技术资格", year=2025, first=date(2026, 4, 20), batches=[(None, None)],
                   place=("楚雄彝族自治州", "楚雄州"))],
    layout={
        "first": HOST + "NewsLsit.aspx?ClassID=602", "next": HOST + "NewsLsit.aspx?ClassID=602&page={n}", "per_page": 6,
        "beyond": HOST + "NewsLsit.aspx?ClassID=602&page={n}",
        "article": HOST + "NewsView.aspx?NewsID={docid}&ClassID=602", "first_docid": 168412, "docid_step": (4, 300),
        "attachment": HOST + "UploadFile/{d:%Y%m}/{digits17}.{ext}", "att_href": "root", "href": "rel",
        "list_open": '<div class="listBox"><ul class="ul13">\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": aspnet, "truncate": 30,
        "site_name": "云南省人力资源和社会保障厅", "column_name": "通知公告",
        **plain_detail('<div class="newsTitle">{title}</div>', '<div id="newsContent" class="newsContent">', "</div>",
                       info_html='<div class="newsInfo">发布时间：{date}&nbsp;&nbsp;浏览：{views}次</div>'),
    },
)
