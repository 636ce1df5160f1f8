"""深圳市考试院 证书发放信息 (广东集约化): `.zx_ml_list ul li` after a header li, the title in
`div.list_name a`, the second span YYYY/MM/DD; one-based index_N.html."""

from crawler.replica_gen.sources._kit import GD_DETAIL, Series, date, numbered, official

BASE = "https://hrss.sz.gov.cn/szksy/zwgk/zsff/"

SOURCE = official(
    "shenzhen_szksy", "hrss.sz.gov.cn", "广东省", "深圳市考试院", total=12, cert_share=0.85, city_share=1.0,
    places="深圳", other_topics=["cert_register", "score"],
    series=[Series(exam="会计专业技术资格", year=2024, first=date(2025, 5, 12), gap_days=14, batches=[(1, 5), (2, 5)],
                   place=("深圳市", "深圳市"))],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{n}.html", "per_page": 6, "beyond": BASE + "index_{n}.html",
        "article": BASE + "content/post_{docid}.html", "first_docid": 11238940, "docid_step": (40, 9000),
        "attachment": "https://hrss.sz.gov.cn/attachment/1/{d:%j}/{docid}/{digits17}.{ext}", "att_href": "root",
        "href": "abs", "date_fmt": "%Y/%m/%d",
        "list_open": '<div class="zx_ml_list"><ul>\n', "list_close": "\n</ul></div>",
        "header_row": '<li class="list_head"><span>序号</span><div class="list_name">标题</div><span>发布日期</span></li>',
        "row": '<li><span class="xh">{i}</span><div class="list_name"><a href="{href}" title="{title}" target="_blank">'
               '{text}</a></div><span>{date}</span></li>',
        "pager": numbered(lambda k: "index.html" if k == 0 else f"index_{k + 1}.html"), "truncate": 30,
        "site_name": "深圳市考试院", "column_name": "证书发放信息", **GD_DETAIL,
    },
)
