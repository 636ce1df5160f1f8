"""Titles of notices handing out documents other than a qualification's certificate, which offices post in the
same columns (session 14): awards, appointments, 人社's own cards and papers, licences, property papers. Written
for this file (no 14-character run is shared with the shared dev set or tests/data/real_notices)."""

from __future__ import annotations

import pytest

from tests.conftest import normalized


@pytest.mark.parametrize("title", [
    "关于领取2031年度先进工作者荣誉证书的通知",
    "关于领取第三届技能大赛获奖证书的通知",
    "关于领取2031年度优秀共产党员证书的通知",
    "关于领取兼职教师聘书的通知",
    "关于领取退休证的通知",
    "关于领取就业创业证的通知",
    "关于领取第三代社会保障卡的通知",
    "关于领取人力资源服务许可证的通知",
    "关于领取不动产权证书的通知",
    "关于发放2031年度高层次人才证书的通知",
    # a civil-service worker's technical grade (工人技术等级, round twelve)
    "某市事业单位工人技术等级证书领取",
])
def test_other_documents_are_no_certificate_notice(title):
    got = normalized(title)
    assert (got["is_cert_notice"], got["kind"]) == (False, "other")


@pytest.mark.parametrize("title, kind", [
    # guards: a qualification's certificate, named by its exam or not
    ("关于领取2031年度一级建造师资格证书的通知", "collection"),
    ("关于发放2031年专技人员职业资格证书的通知", "collection"),
    ("关于办理2031年度中级会计资格证书补发的通知", "reissue"),
])
def test_qualification_certificates_stay_notices(title, kind):
    got = normalized(title)
    assert (got["is_cert_notice"], got["kind"]) == (True, kind)


@pytest.mark.parametrize("text", [
    # an article of a regulation (`第 9 条`) is no title: a rule about certificates is not a notice of them
    "第 12 条\n考试及格人员的证书,由主管机关于放榜后统一寄发,并收取证书费。",
    "第十条 证书管理\n考试合格者,由省人事考试机构颁发合格证书,请到市人事考试中心领取。",
    # an excerpt opening on the exam's subjects and times is the exam's notice, whatever its certificate section says
    "三、考试科目与时间安排\n2031年度注安师考试科目与时间\n六.考场设置\n考场统一设在某市。\n七、证书发放\n"
    "《注册安全工程师资格证书》由人社部统一印制,全国范围内有效。合格者的合格证在考后3个月在省应急管理厅培训中心领取(请带相关证件原件)。",
])
def test_rules_and_exam_notices_with_a_certificate_clause_are_no_notice(text):
    got = normalized(text)
    assert (got["is_cert_notice"], got["kind"]) == (False, "other")
