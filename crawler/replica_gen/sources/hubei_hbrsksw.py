"""湖北省人事考试网 专业技术人员资格考试 column (TRS): collection by batch, by mail and on site,
reissue and e-certificate notices for several exams and cities, beside registration, tickets,
scores, certificate registration and continuing education."""

from datetime import date

from crawler.replica_gen.plan import Plan, Series
from crawler.replica_gen.sources import SourceDecl

SOURCE = SourceDecl(
    id="hubei_hbrsksw",
    family="trs",
    host="rst.hubei.gov.cn",
    seed="hubei_hbrsksw-2026-11",
    voice="provincial",
    org="湖北省人事考试院",
    cities=["武汉市", "宜昌市", "襄阳市", "荆州市", "黄冈市", "恩施州"],
    plan=Plan(
        total=42, first=date(2024, 1, 8), last=date(2026, 11, 20), cert_share=0.58,
        exams=["一级建造师", "一级造价工程师", "监理工程师", "会计专业技术资格", "经济专业技术资格",
               "社会工作者职业资格", "二级建造师", "注册安全工程师", "一级注册消防工程师",
               "审计专业技术资格", "统计专业技术资格"],
        kinds={"collection": 0.65, "reissue": 0.15, "electronic": 0.2},
        other_topics=["registration", "admit", "score", "cert_register", "cont_edu"],
        province="湖北省", city_share=0.35, attachment_share=0.5,
        series=[
            Series(exam="一级建造师", year=2025, first=date(2026, 3, 16), gap_days=23,
                   batches=[(1, None), (2, None), (3, None)]),
            Series(exam="会计专业技术资格", year=2024, first=date(2025, 5, 8), gap_days=9,
                   batches=[(1, 5), (2, 5)], topic="both"),
            Series(exam="经济专业技术资格", year=2025, first=date(2026, 2, 10), batches=[(None, None)],
                   topic="mail", place=("恩施土家族苗族自治州", "恩施州")),
            Series(exam="一级造价工程师", year=2024, first=date(2025, 3, 20), batches=[(None, None)],
                   place=("宜昌市", "宜昌市")),
            Series(exam="社会工作者职业资格", year=2025, first=date(2025, 12, 5), batches=[(None, None)],
                   topic="both", place=("襄阳市", "枣阳市")),
            Series(exam="经济专业技术资格", year=2024, first=date(2025, 1, 15), batches=[(None, None)],
                   kind="electronic"),
            Series(exam="二级建造师", year=2025, first=date(2025, 12, 8), batches=[(None, None)],
                   topic="mail", window_days=(None, 10)),
        ],
    ),
    layout={
        "base": "https://rst.hubei.gov.cn/hbrsksw/zyjslks/zyjsry/", "ext": "shtml",
        "page_sizes": [15, 15, 14], "first_docid": 5094718, "list_only": 2,
        "today": date(2026, 11, 28), "site_name": "湖北省人事考试网", "column_name": "专业技术人员",
        "parent_name": "专业技术人员资格考试", "site_root": "/hbrsksw/",
        "truncate": 26, "comment_markers_share": 0.3,
        "hot": ["关于2026年度专业技术人员职业资格考试工作计划的公告", "考生服务指南", "证书查询"],
    },
)
