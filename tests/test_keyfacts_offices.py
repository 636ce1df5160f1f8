"""Key facts, session 23: places that name an office in general terms (`领取地点一般为当地X`), offices handed
papers for a check without 到/至 (`交X审核`, `报送X`), and lists of offices. Table tests on sentences of our own,
each failing on the code before this file; the conventions are tests/data/real_notices/README.md's "Key facts".

Every sentence here was written for this file (invented offices and addresses; none copied from the corpus,
the shared dev set or the probes).
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts_place import find_places


@pytest.mark.parametrize("text, places", [
    # `领证地点一般为X,…`: the place stops at the comma (the clause after it says something else)
    ("领证地点一般为各地人才考试中心,少数地区可以邮寄。", ["各地人才考试中心"]),
    ("领取地点通常为当地统计局或会计服务中心,具体见当地公告。", ["当地统计局或会计服务中心"]),
    # …and after a comma, as a label inside the sentence
    ("领取方式:多数地区现场领取,地点一般为本地人才考试中心;少数地区可网上申请邮寄。", ["本地人才考试中心"]),
    # a list after it still gives each item, not the run as one place
    ("地点一般为当地的政务大厅、人才考试办公室、卫生人才中心等。", ["当地的政务大厅", "人才考试办公室", "卫生人才中心"]),
])
def test_generic_place_after_a_label(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, places", [
    # `交X审核`, `移交X进行复审`: the office the papers are handed to for a check (as `提交到X`)
    ("申请人携带申请表一式两份和身份证,交所属县财政局会计股审核;", ["所属县财政局会计股"]),
    ("在本站参加测试的,可将申请表交测试站办公室核查。", ["测试站办公室"]),
    # `报送X统一办理`, and `报送X:` over the papers listed under it
    ("请于6月1日前将申请表和照片报送市统计局法规科(208室)统一办理证书。", ["市统计局法规科(208室)"]),
    ("请将以下材料报送县卫生局科教股(卫生局二楼):\n1.申请表;", ["县卫生局科教股(卫生局二楼)"]),
    # an office passing applications on to the next is no place the reader goes to
    ("各市考试中心于5月1日前将材料一并报送省考试中心。", []),
    # the steps of a flow name no destination
    ("流程:考生递交材料—区人才中心审核—省考试院制作证书", []),
    # `报送受理地点`: the labelled place above, not a second one
    ("受理地点:宁远县建设局注册股(某路8号)。网上申报后,书面材料请报送受理地点。", ["宁远县建设局注册股(某路8号)"]),
])
def test_office_handed_papers_for_a_check(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, places", [
    # an office passing the papers on to the next (the clause opens on the office) names no place to go to
    ("申请人持材料到县卫生局申请,由县卫生局逐级审核报送至省考试中心。", ["县卫生局"]),
    ("宁远市财政局于每月将审核合格的申请表提交给省财政厅。", []),
    # a reader's own hand-over still does
    ("请于5月1日前将申请表提交至宁远市人才中心。", ["宁远市人才中心"]),
])
def test_office_passing_papers_on(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, places", [
    # a unit that collects for its candidates and hands out: `由X统一领取并发放`, `由X到Y领回后分发`, `领回发放`
    ("在校生的合格证通常由所在学院统一领取并发放。", ["所在学院"]),
    ("各县考生的证书由各县人才中心到宁远市考试中心领回后分发。", ["各县人才中心"]),
    ("各乡镇考生由当地财政所统一领回发放。", ["当地财政所"]),
    # `由X具体负责组织实施…换证工作`
    ("换证实行属地管理,由各县人社部门具体负责组织好辖区内的换证。", ["各县人社部门"]),
    # `证书发放通常由X组织实施`
    ("纸质证书发放通常由各地统计局组织实施,请关注当地通知。", ["各地统计局"]),
    # a level's office by its short name (`县局`, `省中心`) is the one named in full elsewhere
    ("请于5月6日到宁远县人社局二楼人事股领取。乡镇考生的证书由县局派人到市局领回后转发。", ["宁远县人社局二楼人事股"]),
])
def test_offices_that_hand_out(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, places", [
    # `在校生`, `在校学生`, `在职人员`: who, not where (在 opens no place there)
    ("在校学生的合格证一律由所在学院集中领取后分发。", ["所在学院"]),
    ("在职人员由所在单位人事处集中领取后发放。", ["所在单位人事处"]),
])
def test_in_school_is_who_not_where(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, places", [
    # certificates forwarded to offices that hand them out: `已到/已转交 X,请…到Y领取`, `寄送至X,X…为考生颁发`
    ("合格证明已到各县卫生局,请考生于6月1日起持身份证到户籍所在县卫生局领取。", ["各县卫生局", "户籍所在县卫生局"]),
    ("外县考生的证书已转交各县人才中心,请于6月1日后到当地人才中心一楼领取。", ["当地人才中心一楼", "各县人才中心"]),
    ("证书制作完成后,省厅会将证书寄送至各市人才服务局,各市人才服务局在收到证书后,将按通知的时间为考生颁发证书。",
     ["各市人才服务局"]),
    # (`已到达我局`: arrived, no place named)
    ("证书已到达我局,请考生于6月1日起到宁远市人社局二楼领取。", ["宁远市人社局二楼"]),
    # `到受理部门进行审核`: the place a heading above gave
    ("四、受理部门\n宁远县财政局会计股\n申请人持材料到受理部门进行审核。", ["宁远县财政局会计股"]),
])
def test_certificates_forwarded_to_offices(text, places):
    assert sorted(find_places(text)) == sorted(places)  # (the order of a list of places is not scored)


def test_hand_over_for_a_check_read_on_a_line_with_no_other_verb():
    # (the line holds no other word a place goes with: `审核` is what marks it)
    assert find_places("材料齐全的,交所在县人才中心初审。") == ["所在县人才中心"]


@pytest.mark.parametrize("text, places", [
    # an office that goes to another to see to its people's formalities: the other is no place the reader goes to
    ("请需要换证的职工到财务科办理。财务科统一到省财政厅办理相关手续。", ["财务科"]),
    ("第五条 证书的颁发,统一由县培训中心向省统计局法规处办理。", []),
    # an office collecting its candidates' certificates at another: that one is where they are handed out
    ("请各县人社局于5月6日到宁远市考试中心领取本县证书。", ["宁远市考试中心"]),
])
def test_office_seeing_to_formalities_at_another(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, places", [
    # `人力资源和社会保障局`: the 和 inside an office's name does not end it
    ("合格证已下发至各县人力资源和社会保障局。", ["各县人力资源和社会保障局"]),
    ("本批证书由省人才考试中心下放至各区人力资源和社会保障局,请考生就近领取。", ["各区人力资源和社会保障局"]),
])
def test_office_names_holding_and(text, places):
    assert find_places(text) == places
