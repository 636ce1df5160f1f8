"""徐州人事考试网 证书发放 (`zsff`) and 证书补办 (`zsbb`) columns (ASP.NET): rows
`<li><span>MM-DD</span><a href="/News\\YYYY\\MMDD\\<32HEX>.shtml" title>…</a></li>` (no year,
backslashes), `&page=N` with an AspNetPager, and a "今天是…" clock in every page header."""

from crawler.replica_gen.sources._kit import Series, aspnet, date, official, plain_detail

HOST = "http://www.xzrsks.com/"
ZSFF = HOST + "ShowList.aspx?show=zsff"
ZSBB = HOST + "ShowList.aspx?show=zsbb"

SOURCE = official(
    "xuzhou_xzrsks_zsff", "www.xzrsks.com", "江苏省", "徐州市人事考试中心", total=16, cert_share=0.85,
    city_share=1.0, places="徐州", other_topics=["cert_register", "score"], first=date(2024, 6, 3),
    kinds={"collection": 0.65, "electronic": 0.1, "reissue": 0.25},
    series=[Series(exam="二级建造师", year=2024, first=date(2024, 12, 9), gap_days=14, batches=[(1, None), (2, None)],
                   place=("徐州市", "徐州市")),
            Series(exam="一级建造师", year=None, first=date(2025, 7, 7), batches=[(None, None)], kind="reissue",
                   place=("徐州市", "徐州市")),
            Series(exam="会计专业技术资格", year=None, first=date(2026, 3, 16), batches=[(None, None)], kind="reissue",
                   place=("徐州市", "邳州市"))],
    layout={
        "columns": [
            {"first": ZSFF, "next": ZSFF + "&page={n}", "per_page": 7, "beyond": ZSFF + "&page={n}",
             "take": lambda n: getattr(getattr(n, "spec", None), "kind", "collection") != "reissue"},
            {"first": ZSBB, "next": ZSBB + "&page={n}", "per_page": 7, "beyond": ZSBB + "&page={n}",
             "take": lambda n: getattr(getattr(n, "spec", None), "kind", "collection") == "reissue"},
        ],
        "article": HOST + "News/{d:%Y}/{d:%m%d}/{HEX}.shtml", "first_docid": 1200,
        "attachment": HOST + "UploadFiles/{d:%Y%m}/{HEX}.{ext}", "att_href": "root", "href": "backslash",
        "list_open": '<div class="list"><ul>\n', "list_close": "\n</ul></div>",
        "row": '<li><span>{md}</span><a href="{href}" target="_blank" title="{title}">{text}</a></li>',
        "pager": aspnet, "truncate": 22, "clock": date(2026, 11, 28),
        "site_name": "徐州人事考试网", "column_name": "证书发放",
        **plain_detail('<div class="title">{title}</div>', '<div id="content" class="content">', "</div>",
                       info_html='<div class="info">发布时间：{date}&nbsp;&nbsp;阅读次数：{views}</div>'),
    },
)
