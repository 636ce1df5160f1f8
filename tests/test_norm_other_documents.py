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
])
def test_other_documents_are_no_certificate_notice(title):
    got = normalized(title)
    assert (got["is_cert_notice"], got["kind"]) == (False, "other")


@pytest.mark.parametrize("title, kind", [
    # guards: a qualification's certificate, named by its exam or not
    ("关于领取2031年度一级建造师资格证书的通知", "collection"),
    ("关于发放2031年度专业技术人员职业资格证书的通知", "collection"),
    ("关于办理2031年度中级会计资格证书补发的通知", "reissue"),
])
def test_qualification_certificates_stay_notices(title, kind):
    got = normalized(title)
    assert (got["is_cert_notice"], got["kind"]) == (True, kind)
