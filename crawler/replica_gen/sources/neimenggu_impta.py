"""内蒙古人事考试信息网 (classic ASP, GBK): `more.asp?ttt=8` table lists, `&page=N`,
articles `/xinwenkuaixue/<digits>.asp`."""

from crawler.replica_gen.sources._kit import Series, date, official, plain_detail

HOST = "http://www.impta.com.cn/"


def pager(p, pages, records, col):
    links = " ".join(f'<a href="more.asp?ttt=8&page={k}">[{k}]</a>' for k in range(1, pages + 1))
    return f'<table class="pagebar"><tr><td>共{records}条 每页8条 第{p + 1}页/共{pages}页 {links}</td></tr></table>'


SOURCE = official(
    "neimenggu_impta", "www.impta.com.cn", "内蒙古自治区", "内蒙古自治区人事考试中心", total=13, charset="gbk",
    series=[Series(exam="会计专业技术资格", year=2024, first=date(2025, 6, 10), batches=[(None, None)],
                   place=("锡林郭勒盟", "锡林郭勒盟"))],
    layout={
        "first": HOST + "more.asp?ttt=8", "next": HOST + "more.asp?ttt=8&page={n}", "per_page": 8,
        "beyond": HOST + "more.asp?ttt=8&page={n}",
        "article": HOST + "xinwenkuaixue/{d:%Y%m%d}{digits}.asp", "first_docid": 5000, "docid_step": (1, 9),
        "attachment": HOST + "UploadFile/{d:%Y%m}/{digits17}.{ext}", "att_href": "root", "href": "root",
        "list_open": '<table class="newslist" width="100%" border="0" cellspacing="0" cellpadding="0">\n'
                     '<tr><th width="20"></th><th>标题</th><th width="100">日期</th></tr>\n',
        "list_close": "\n</table>",
        "row": '<tr><td class="dot">·</td><td class="bt"><a href="{href}" title="{title}" target="_blank">{text}</a></td>'
               '<td class="date">{date}</td></tr>',
        "pager": pager, "truncate": 26, "date_fmt": "%Y-%m-%d",
        "site_name": "内蒙古人事考试信息网", "column_name": "新闻快讯",
        **plain_detail('<table class="article" width="100%"><tr><td class="title">{title}</td></tr>',
                       '<tr><td class="content">', "</td></tr></table>",
                       info_html='<tr><td class="info">发布时间：{date}&nbsp;&nbsp;点击数：{views}</td></tr>'),
    },
)
