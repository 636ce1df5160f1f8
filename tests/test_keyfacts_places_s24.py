"""Key fact `place`, twenty-fourth session: classes of places the rules missed in the labelled dev texts and the
probes, each seen in two texts or more: the body a text says issues the certificates (`由X核发`, `由X具体实施发证`,
`X负责认定发证`), an office collecting its people's certificates (`由所在X统一代领`), a hand-out an office arranges
(`由X另行安排发放`, `由X组织发放`, `由X另行通知发放`). Table tests; the conventions are
tests/data/real_notices/README.md's "Key facts" (`place`).

Every sentence here was written for this file (none is copied from the shared dev set, tests/data/real_notices or
the probes; places, names and bodies are made up).
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts import find_places


@pytest.mark.parametrize("text, places", [
    # the body that issues the certificates (a province's own notice, an explainer of who issues what)
    ("二、中级资格证书由各市、县(区)人力资源和社会保障局核发。", ["各市、县(区)人力资源和社会保障局"]),
    ("4.技能证书由某某省职业技能鉴定指导中心核发,补考合格的一并办理。", ["某某省职业技能鉴定指导中心"]),
    ("例如,导游资格由文化和旅游部具体实施发证。", ["文化和旅游部"]),
    ("行政主管部门、行业协会负责认定发证。", ["行政主管部门", "行业协会"]),
    # (not an issuer behind the office that hands out, a ministry's national issue, or a kind of certificate)
    ("补发证书由省统计局核发后另行通知领取。", []),
    ("合格人员将由人力资源社会保障部核发资格证书。", []),
    ("持由某某市财政局发证的人员不需换证。", []),
    # an office collecting its people's certificates
    ("垦区考生可由所在农场人社部门统一代领,代领时出具名单。", ["所在农场人社部门"]),
    ("乡镇考生由所在乡镇财政所统一代领后另行通知。", ["所在乡镇财政所"]),
    # (not a unit, an employer or a person, nor an office a candidate entrusts)
    ("本人不便领取的,可由所在单位统一代领。", []),
    ("外县考生可委托所在县人事考试中心集中代领。", []),
    # a hand-out an office arranges
    ("西湖区、滨江区考生由区人社局另行安排发放,时间另行公布。", ["区人社局"]),
    ("各县人员由县人社局组织发放,时间另行通知。", ["县人社局"]),
    ("纸质证书印制完成后,将由各市人事考试机构另行通知发放。", ["各市人事考试机构"]),
    # (an announcement to come names no place)
    ("纸质证书发放安排由各市人事考试机构另行通知。", []),
])
def test_places(text, places):
    assert find_places(text) == places
