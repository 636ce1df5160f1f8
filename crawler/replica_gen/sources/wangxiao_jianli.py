"""中大网校 监理工程师 证书 channel (synthetic markup): `ul.newsList > li > a[title] +
span.date`, an `a.pNext` next link, articles `/jl/<11 digits>.html`. Several articles retell
official notices of our provincial replicas (mirror_of in expected.json)."""

from datetime import date

from crawler.replica_gen.plan import Plan
from crawler.replica_gen.sources import SourceDecl
from crawler.replica_gen.sources._kit import plain_detail

CHANNEL = "https://www.wangxiao.cn/jl/zhengshu/"


def pager(p, pages, records, col):
    nxt = f' <a class="pNext" href="{p + 2}.html">下一页</a>' if p + 1 < pages else ""
    prev = f'<a class="pPrev" href="{"./" if p == 1 else f"{p}.html"}">上一页</a> ' if p else ""
    return f'<div class="pages">{prev}<span class="pCur">{p + 1}</span>{nxt}</div>'


SOURCE = SourceDecl(
    id="wangxiao_jianli", family="site", host="www.wangxiao.cn", seed="wangxiao_jianli-2026-11", voice="aggregator",
    org="中大网校",
    plan=Plan(total=10, first=date(2024, 5, 6), last=date(2026, 11, 16), cert_share=0.6, exams=["监理工程师"],
              other_topics=["registration", "score", "prep", "forecast"],
              provinces=["河北省", "山西省", "安徽省", "江西省", "湖南省", "贵州省", "重庆市", "天津市"],
              city_share=0.0, placeless=("electronic", "prep")),
    mirrors=[("henan_hnrsks", 1), ("sichuan_scpta", 1), ("shandong_rsks", 2), ("zhejiang_zjks", 1),
             ("liaoning_lnrsks", 1)],
    mirror_exam="监理工程师",
    layout={
        "first": CHANNEL, "next": CHANNEL + "{n}.html", "per_page": 8,
        "article": "https://www.wangxiao.cn/jl/{docid}.html", "first_docid": 89512034417, "docid_step": (1000, 900000),
        "href": {"root": 0.7, "abs": 0.3},
        "list_open": '<div class="newsBox"><ul class="newsList">\n', "list_close": "\n</ul></div>",
        "row": '<li><a href="{href}" title="{title}" target="_blank">{text}</a><span class="date">{date}</span></li>',
        "pager": pager, "truncate": 24, "site_name": "中大网校", "column_name": "监理工程师证书",
        **plain_detail('<div class="newsTitle"><h1>{title}</h1>', '<div class="newsContent">', "</div></div>",
                       info_html='<div class="newsInfo">发布时间：{datetime}&nbsp;&nbsp;来源：{source}</div>'),
    },
)
