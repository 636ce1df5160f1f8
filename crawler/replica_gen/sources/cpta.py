"""中国人事考试网 通知公告: national e-certificate and paper-certificate notes among many
registration, admission-ticket and score notices. National voice: no province is named."""

from datetime import date

from crawler.replica_gen.plan import Plan
from crawler.replica_gen.sources import SourceDecl

NATIONAL_EXAMS = [
    "一级建造师", "一级造价工程师", "监理工程师", "经济专业技术资格", "社会工作者职业资格", "一级注册消防工程师",
    "注册安全工程师", "审计专业技术资格", "统计专业技术资格", "出版专业技术人员职业资格", "执业药师",
    "注册测绘师", "注册城乡规划师", "翻译专业资格", "环境影响评价工程师", "房地产估价师",
]

SOURCE = SourceDecl(
    id="cpta",
    family="cpta",
    host="www.cpta.com.cn",
    seed="cpta-2026-11",
    voice="national",
    org="人事考试中心",
    plan=Plan(
        total=45, first=date(2024, 2, 20), last=date(2026, 11, 24), cert_share=0.56,
        exams=NATIONAL_EXAMS,
        kinds={"electronic": 0.6, "collection": 0.25, "reissue": 0.15},
        other_topics=["registration", "registration", "admit", "score", "score", "cert_check"],
        multi_exam_share=0.3, attachment_share=0.15, windows=False,
    ),
    layout={
        "page_sizes": [15, 15, 15], "first_id": 2163, "year_path_share": 0.35, "year_path_max": 2024,
        "absolute_share": 0.1, "truncate": 24, "site_name": "中国人事考试网",
    },
)
