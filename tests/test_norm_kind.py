import pytest

from pipelines.kind import classify
from pipelines.text import lead, simplify


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # collection
        ("关于领取2023年度一级建造师资格证书的通知", "", (True, "collection")),
        ("2023年度二级建造师证书发放公告", "", (True, "collection")),
        ("2024年兵团监理工程师证书领取通知(9月第2批次)", "", (True, "collection")),
        ("关于开展国家职业资格证书快递寄送服务的通知", "", (True, "collection")),
        ("2017年度价格鉴证师资格证书办证通知", "", (True, "collection")),
        ("关于2016年眉山市会计初级职称资格证书的通知", "", (True, "collection")),
        ("2023年经济专业技术资格证书直邮服务的公告", "", (True, "collection")),
        ("湖南省湘潭市往年一级建造师考试及增项考试补审证书发放通知", "", (True, "collection")),
        # reissue
        ("2024河南监理工程师职业资格证书补办指南", "", (True, "reissue")),
        ("关于专业技术人员资格证书遗失补发的说明", "", (True, "reissue")),
        ("职业资格证书换发办理须知", "", (True, "reissue")),
        ("关于办理一级建造师资格证书补办的通知", "", (True, "reissue")),
        ("关于办理2023年度注册安全工程师(中级)证书的通知", "", (True, "collection")),
        ("关于做好2024年度注册城乡规划师初始注册工作的通知", "", (False, "other")),
        ("关于发放2025年度社会工作者职业资格和一级造价工程师电子证书的公告", "", (True, "electronic")),
        # electronic
        ("2022年监理工程师电子证书下载开通啦", "", (True, "electronic")),
        ("关于2023年度经济专业技术资格电子证书的公告", "", (True, "electronic")),
        # look-alikes
        ("关于领取2023年度考试发票的通知", "", (False, "other")),
        ("2024年一级建造师准考证打印通知", "", (False, "other")),
        ("2024年二级建造师考试成绩查询", "", (False, "other")),
        ("关于做好2024年度一级建造师注册证书办理工作的通知", "", (False, "other")),
        ("关于做好2016年重庆市助理社会工作者考试考后资格复审的通知", "", (False, "other")),
        ("免费领取2025年一级建造师备考资料", "", (False, "other")),
        ("2017年初级会计职称考试证书办理须知汇总", "", (False, "other")),
        ("2017年全国初级会计考试成绩公布后什么时候办理证书", "", (False, "other")),
        ("2016年高级统计师合格证书领取时间_证书领取地点", "", (False, "other")),
        ("2023年湖南一级建造师证书领取时间", "预计2024年3月份左右发放", (False, "other")),
        ("内蒙古2014年监理工程师报名时间官方预计", "", (False, "other")),
        ("关于开通2023年度一级建造师证书查询的通知", "", (False, "other")),
        ("2023年度经济专业技术资格电子证书查询", "", (True, "electronic")),
        # body only
        ("", "各位考生:\n为方便考生办理证书领取和证书更换、补办等事宜", (True, "collection")),
        ("", "1.纸质证书遗失的,考生可以向证书发放机构申请补发纸质证书。", (True, "reissue")),
        ("", "考生操作流程如下:\n一、网上报名\n报名考生登录", (False, "other")),
        ("", "证书通常在分数公布2~3个月后陆续领取", (False, "other")),
        ("", "2023年二级建造师考试成绩查询已开通\n考生可登录系统查询成绩。\n合格证书领取时间另行通知。", (False, "other")),
        ("", "", (False, "other")),
    ],
)
def test_classify(title, body, want):
    title, body = simplify(title), simplify(body)
    assert classify(title, lead(body), body) == want


def test_lookalike_exam_is_not_a_cert_notice():
    assert classify("2017年上半年新职业统考证书领取通知", "", "", qualification=False) == (False, "other")


def test_roundup_without_a_place_is_not_a_notice():
    assert classify("直邮服务的申请时间", "", "云南…山东…", roundup=True) == (False, "other")
    assert classify("直邮服务的申请时间", "", "云南…山东…", roundup=True, has_region=True) == (True, "collection")


@pytest.mark.parametrize(
    "title",
    ["一级建造师证书领取需要带什么材料", "2023年经济师证书怎么领取？", "二建证书可以邮寄吗", "2023年一级建造师证书领取时间及流程"],
)
def test_questions_and_guides_are_not_notices(title):
    assert classify(title, "", "") == (False, "other")
