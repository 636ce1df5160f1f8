"""环球网校 监理工程师 news channel as re-served by content farms (Traditional + pinyin):
provincial certificate collection, reissue and e-certificate articles, 兵团 batches, and
registration / score / study / "when will certificates come" articles."""

from datetime import date

from crawler.replica_gen.plan import Plan, Series
from crawler.replica_gen.sources import SourceDecl

SOURCE = SourceDecl(
    id="hqwx_jianli",
    family="aggregator",
    host="www.hqwx.com",
    seed="hqwx_jianli-2026-11",
    voice="aggregator",
    org="环球网校",
    plan=Plan(
        total=28, first=date(2024, 6, 3), last=date(2026, 11, 18), cert_share=0.64,
        exams=["监理工程师"],
        kinds={"collection": 0.6, "reissue": 0.2, "electronic": 0.2},
        other_topics=["registration", "score", "prep", "forecast", "admit"],
        provinces=["河南省", "四川省", "云南省", "甘肃省", "福建省", "湖北省", "江苏省", "山东省", "陕西省", "广东省"],
        city_share=0.4, placeless=("electronic", "prep"),
        series=[
            Series(exam="监理工程师", year=2024, first=date(2024, 9, 29), gap_days=0,
                   batches=[(1, 9), (2, 9)], province="新疆生产建设兵团"),
            Series(exam="监理工程师", year=2025, first=date(2025, 9, 26), gap_days=0,
                   batches=[(1, None)], province="河南省", specialty="水利工程"),
            Series(exam="监理工程师", year=2024, first=date(2024, 11, 1), batches=[(None, None)],
                   province="四川省", place=("南充市", "南充")),
            Series(exam="监理工程师", year=2024, first=date(2024, 10, 29), batches=[(None, None)],
                   province="四川省", place=("甘孜藏族自治州", "甘孜")),
            Series(exam="监理工程师", year=2024, first=date(2024, 9, 30), batches=[(None, None)],
                   province="福建省", topic="both"),
            Series(exam="监理工程师", year=2024, first=date(2024, 10, 22), batches=[(None, None)],
                   province="云南省", kind="reissue"),
        ],
    ),
    layout={
        "channel": "https://www.hqwx.com/web_news/jianli/", "article_base": "https://www.hqwx.com/web_news/html/",
        "page_sizes": [10, 10, 8], "full_url_share": 0.15, "parent_rel_share": 0.15, "latest": 8,
        "site_name": "环球网校", "channel_name": "监理工程师", "truncate": 22, "reserve": "trad_pinyin",
    },
)
