"""浙江人事考试网 (ASP.NET): `MoreLmshow.aspx?plmid=279` lists, `&page=N`, an AspNetPager
"第N页 共M页", and a "今天是…" clock in the header of every page."""

from crawler.replica_gen.sources._kit import Series, aspnet, date, li_row, official, plain_detail

HOST = "http://www.zjks.com/"

SOURCE = official(
    "zhejiang_zjks", "www.zjks.com", "浙江省", "浙江省人事考试院", total=12,
    series=[Series(exam="监理工程师", year=2024, first=date(2024, 10, 14), batches=[(None, None)], topic="both"),
            Series(exam="经济专业技术资格", year=2024, first=date(2025, 2, 24), gap_days=14, batches=[(1, None), (2, None)])],
    layout={
        "first": HOST + "showInfo/MoreLmshow.aspx?plmid=279", "next": HOST + "showInfo/MoreLmshow.aspx?plmid=279&page={n}",
        "per_page": 6, "beyond": HOST + "showInfo/MoreLmshow.aspx?plmid=279&page={n}",
        "article": HOST + "showInfo/showinfo.aspx?infoid={hex}&plmid=279", "first_docid": 70000,
        "attachment": HOST + "UploadFiles/{d:%Y%m}/{digits17}.{ext}", "att_href": "root", "href": "rel",
        "list_open": '<div class="lmbox"><ul class="lmlist">\n', "list_close": "\n</ul></div>",
        "row": li_row(), "pager": aspnet, "truncate": 28, "clock": date(2026, 11, 28),
        "site_name": "浙江人事考试网", "column_name": "证书办理",
        **plain_detail('<div class="title">{title}</div>', '<div id="content" class="content">', "</div>",
                       info_html='<div class="info">发布时间：{date}&nbsp;&nbsp;&nbsp;浏览次数：{views}</div>'),
    },
)
