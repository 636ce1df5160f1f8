"""233网校 监理工程师 证书 channel (synthetic markup): `ul.list-news > li > a[title] +
span.time`, one-based index_N.html, articles `/jl/zhengshu/<YYYYMM>/<DDhhmmss+digits>.html`.
Several articles retell official notices of our provincial replicas (mirror_of)."""

from datetime import date

from crawler.replica_gen.plan import Plan
from crawler.replica_gen.sources import SourceDecl
from crawler.replica_gen.sources._kit import numbered, plain_detail

CHANNEL = "https://www.233.com/jl/zhengshu/"

SOURCE = SourceDecl(
    id="exam233_jianli", family="site", host="www.233.com", seed="exam233_jianli-2026-11", voice="aggregator",
    org="233网校",
    plan=Plan(total=9, first=date(2024, 4, 8), last=date(2026, 11, 12), cert_share=0.6, exams=["监理工程师"],
              other_topics=["registration", "score", "prep", "forecast", "admit"],
              provinces=["北京市", "吉林省", "黑龙江省", "广西壮族自治区", "海南省", "青海省", "宁夏回族自治区"],
              city_share=0.0, placeless=("electronic", "prep")),
    mirrors=[("guangdong_rsks", 1), ("jiangsu_jshrss", 1), ("yunnan_hrss", 1), ("gansu_ks", 1),
             ("bingtuan_btpta", 2), ("fujian_fjpta", 1), ("shaanxi_rst", 1)],
    mirror_exam="监理工程师",
    layout={
        "first": CHANNEL, "next": CHANNEL + "index_{n}.html", "per_page": 9, "beyond": CHANNEL + "index_{n}.html",
        "article": CHANNEL + "{d:%Y%m}/{d:%d%H%M%S}{digits}.html", "first_docid": 100,
        "href": {"root": 0.6, "abs": 0.4},
        "list_open": '<div class="list-box"><ul class="list-news">\n', "list_close": "\n</ul></div>",
        "row": '<li><a href="{href}" title="{title}" target="_blank">{text}</a><span class="time">{date}</span></li>',
        "pager": numbered(lambda k: "index.html" if k == 0 else f"index_{k + 1}.html"), "truncate": 26,
        "site_name": "233网校", "column_name": "监理工程师证书",
        **plain_detail('<div class="article-head"><h1>{title}</h1>', '<div class="article-body">', "</div></div>",
                       info_html='<div class="article-info"><span class="time">{datetime}</span><span>来源：{source}</span></div>'),
    },
)
