import pytest

from pipelines.exams import ExamMatch, find_exam
from pipelines.text import simplify


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("2024河南監(jiān)理工程師職業(yè)資格證書補(bǔ)辦指南", ("监理工程师", None, None)),
        ("2024年度河南监理工程师(水利工程)职业资格证书的领取通知", ("监理工程师", None, "水利工程")),
        ("关于领取2021年会计专业技术(中级)资格考试合格证书的通知", ("会计专业技术资格", "中级", None)),
        ("关于2016年眉山市会计初级职称资格证书的通知", ("会计专业技术资格", "初级", None)),
        ("2017年山西临汾市高级会计师考试合格证领取时间", ("会计专业技术资格", "高级", None)),
        ("2017年度护理学（士）专业技术资格证书办理通...", ("卫生专业技术资格", "初级(士)", "护理学")),
        ("2016年大同市职称英语等级考试合格证书领取的通知", ("职称外语等级考试", None, "英语")),
        ("2023年一建证书领取", ("一级建造师", None, None)),
        ("二建证书领取通知", ("二级建造师", None, None)),
        ("一级建造师(市政公用工程)增项证书发放", ("一级建造师", None, "市政公用工程")),
        ("【领证通知】该地发布,一消证书可以领取啦!", ("一级注册消防工程师", None, None)),
        ("2021年中级注册安全工程师证书领取", ("注册安全工程师", "中级", None)),
        ("2023年下半年软考证书领取", ("计算机技术与软件专业技术资格", None, None)),
        ("2016年湖南长沙中级社会工作师考试合格证书领取通知", ("社会工作者职业资格", "中级", None)),
        ("2015年河北省高级经济师考试合格证书领取通知", ("经济专业技术资格", "高级", None)),
        ("经济师(人力资源管理)证书发放", ("经济专业技术资格", None, "人力资源管理")),
        ("2023年CATTI证书领取", ("翻译专业资格", None, None)),
        ("注册设备监理师证书", ("设备监理师", None, None)),
        ("2015年造价工程师证书领取", ("造价工程师", None, None)),  # single level before 2019
        ("2022年造价工程师证书领取", (None, None, None)),  # 一级 or 二级: unknown
        ("建造师证书领取", (None, None, None)),
        ("河南关于办理2017年度监理工程师和环评工程师资格证书的通知", (None, None, None)),
        ("心理咨询师证书领取", ("心理咨询师", None, None)),
        ("关于全国一、二级注册建筑师资格考试延长报名时间的通知", ("注册建筑师", None, None)),
        ("二级注册建筑师证书领取", ("注册建筑师", "二级", None)),
        ("关于领取证书的通知", (None, None, None)),
    ],
)
def test_find_exam(title, want):
    title = simplify(title)
    year = 2015 if "2015" in title else 2022
    got = find_exam(title, "", year)
    assert (got.exam, got.level, got.specialty) == want


@pytest.mark.parametrize(
    ("text", "qualification"),
    [
        ("普通话水平测试证书领取", False),
        ("全国计算机等级考试证书领取", False),
        ("2017年上半年全国新职业统考证书领取通知", False),
        ("中医执业医师资格证书", False),
        ("注册会计师全国统一考试合格证书", False),
        ("关于领取2023年度专业技术人员继续教育证书的通知", False),
        ("2023年大学英语四六级证书领取通知", False),
        ("建筑施工企业三类人员安全生产考核合格证书领取", False),
        ("各有关事业单位:二级建造师证书", True),
        ("二级建造师证书", True),
        ("证书领取", None),
    ],
)
def test_lookalikes_are_flagged(text, qualification):
    assert find_exam(text).qualification is qualification


def test_title_outweighs_body_and_only_the_body_opening_counts():
    assert find_exam("一级建造师证书领取", "各位考生:二级建造师").exam == "一级建造师"
    assert find_exam("", "各位考生:\n2023年全国会计专业技术中级考试").exam == "会计专业技术资格"
    assert find_exam("", "") == ExamMatch()
