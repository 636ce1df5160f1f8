"""Key fact `place`, twenty-fourth session: classes of places the rules missed in the labelled dev texts and the
probes, each seen in two texts or more: the body a text says issues the certificates (`由X核发`, `由X具体实施发证`,
`X负责认定发证`), an office collecting its people's certificates (`由所在X统一代领`), a hand-out an office arranges
(`由X另行安排发放`, `由X组织发放`, `由X另行通知发放`), a place's address in brackets after its verb (`到X领取(某路8号)`) or
on the line under a labelled place, a paper printed at an office (`到X打印`), the places a collection is held at in general (`…领取,一般为X`,
`领证地点看通知,大多在X`), and a table whose place column is the
office that hands out (`发放单位`, `领证单位`, over an address column). Table tests; the conventions are
tests/data/real_notices/README.md's "Key facts" (`place`).

Every sentence here was written for this file (none is copied from the shared dev set, tests/data/real_notices or
the probes; places, names and bodies are made up).
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts_place import find_places


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
    # (`到场` is being there, not going to a 场; a 场部, a farm's head office, is a place)
    ("请本人到某某考试中心领取,不能到场的可由所在单位统一代领。", ["某某考试中心"]),
    ("须本人到场领取,不得代领。", []),
    ("请到场部人事科领取。", ["场部人事科"]),
    ("外县考生可委托所在县人事考试中心集中代领。", []),
    # a hand-out an office arranges
    ("西湖区、滨江区考生由区人社局另行安排发放,时间另行公布。", ["区人社局"]),
    ("各县人员由县人社局组织发放,时间另行通知。", ["县人社局"]),
    ("纸质证书印制完成后,将由各市人事考试机构另行通知发放。", ["各市人事考试机构"]),
    # (an announcement to come names no place)
    ("纸质证书发放安排由各市人事考试机构另行通知。", []),
    # the place's address in brackets after its verb
    ("市直考生到某某市财政局会计管理处领取(中山南路18号行政中心西楼3楼305室)。", ["某某市财政局会计管理处(中山南路18号行政中心西楼3楼305室)"]),
    ("请持身份证到某省人事考试中心证书窗口领取(某某区文昌路9号一层)。", ["某省人事考试中心证书窗口(某某区文昌路9号一层)"]),
    ("合格证书由某某市人事考试院负责发放(新华路与人民路交叉口人才大厦一楼)。", ["某某市人事考试院(新华路与人民路交叉口人才大厦一楼)"]),
    # (a bracket that is no address stays out)
    ("请到某某市人事考试中心领取(节假日除外)。", ["某某市人事考试中心"]),
    # the address on the line under a labelled place (a line the page wrapped)
    ("领取地点:某某市人事考试院服务大厅\n(某某区湖滨路6号市民中心B座二楼)\n领取材料:身份证原件", ["某某市人事考试院服务大厅(某某区湖滨路6号市民中心B座二楼)"]),
    ("发放地点:\n某某市人事考试中心一楼大厅\n(某某区长江路18号,人才大厦西侧)\n领证须知:持本人身份证领取。", ["某某市人事考试中心一楼大厅(某某区长江路18号,人才大厦西侧)"]),
    # a paper printed at an office
    ("确需纸质证明的,可持身份证到某省人事考试中心(某某区东风路12号)二楼服务窗口打印加盖公章的《电子证书打印件》。", ["某省人事考试中心(某某区东风路12号)二楼服务窗口"]),
    ("单位需要纸质学时证明的,可持介绍信到所在地县级财政部门会计管理科打印。", ["所在地县级财政部门会计管理科"]),
    # (not one's own e-certificate, a ticket or a receipt)
    ("登录后在个人中心打印电子证书。", []),
    ("考生可到当地人事考试中心打印准考证。", []),
    # the places a collection is held at in general, a clause after the collection
    ("考生需前往指定单位领取纸质证书,一般为当地人社局或人才服务中心。", ["当地人社局或人才服务中心"]),
    ("领证地点请关注各地通知,大多在人事考试机构或政务服务大厅。", ["人事考试机构或政务服务大厅"]),
    # (a time in general is no place)
    ("证书领取时间,一般为成绩公布后三个月。", []),
    # a table whose place column is the office that hands out (`发放单位`), its address in a column aside
    ("某市证书发放安排\n区县 | 发放单位 | 地址 | 电话\n东湖区 | 东湖区人才服务中心 | 建设路12号301室 | 0000-1234567\n"
     "西山县 | 西山县人社局考试科 | 城南街道文化路8号 | 0000-7654321\n领取须知:凭身份证原件领取。",
     ["东湖区人才服务中心", "西山县人社局考试科"]),
    # (a row for a group of candidates: its office is in the address cell)
    ("发放单位  发放时间  地址  电话\n东湖区人社局  3月4日-3月15日  建设路12号  0000-1234567\n"
     "市直单位  3月4日-3月29日  某市人事考试中心(滨江路9号)  0000-7654321\n注:领取时请携带身份证原件。",
     ["东湖区人社局", "某市人事考试中心(滨江路9号)"]),
    # (a flattened row whose phone cell is empty)
    ("报名地  领证单位  电话\n甲市  甲市人事考试院(解放路9号)  0000-1111111\n其他市州  当地人事考试机构\n领证时间:9月16日起。",
     ["甲市人事考试院(解放路9号)", "当地人事考试机构"]),
    # (`领取单位` is the unit that collects, not the place)
    ("领取单位  领取时间  领取地点\n市直各单位  5月9日  市卫生局人事科(市政府2号楼612室)\n注:携带介绍信。",
     ["市卫生局人事科(市政府2号楼612室)"]),
])
def test_places(text, places):
    assert find_places(text) == places
