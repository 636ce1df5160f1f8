"""Key facts, fifth round: shapes found by writing notices the way official ones are written and
reading what the extractor missed (not by tuning on a split): materials numbered inside one line after
the verb (`需提交:1.…;2.…`), a document list written as bare lines next to a sentence about materials,
`须带`/`需带` as the verb, a place followed by `集体`/`分批` before the collection verb, and a question
(`要带哪些证件?`) that names no material. Table tests; the conventions are
tests/data/real_notices/README.md's "Key facts".

Every sentence here was written for this file (none is copied from the shared dev set or from
tests/data/real_notices; no 14-character Chinese run is shared with either).
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts_agency import find_agency
from pipelines.keyfacts_materials import find_materials
from pipelines.keyfacts_mode import find_modes
from pipelines.keyfacts_place import find_places


@pytest.mark.parametrize("text, materials", [
    # numbered items inside the line, parted by ；, after the verb
    ("领证时需提交:1.本人身份证原件;2.准考证;3.一寸免冠照片一张。", ["身份证原件", "准考证", "一寸免冠照片"]),
    ("补办时请携带(1)书面申请;(2)身份证复印件。", ["书面申请", "身份证复印件"]),
    ("代领须提供:①委托书;②代领人身份证原件。其余事项另行通知。", ["委托书", "身份证原件"]),
    # the list stops at the full stop: a later sentence's documents are not items of it
    ("需提交:1.身份证原件;2.准考证。证书编号可在网上查询。", ["身份证原件", "准考证"]),
    # 须带 / 需带 / 请带: 带 alone after a word of obligation
    ("领取证书须带本人有效身份证件及成绩通知单。", ["身份证件", "成绩通知单"]),
    ("考生请带准考证和身份证到窗口领取。", ["准考证", "身份证"]),
    # a question names nothing to bring
    ("领证那天要带哪些证件?", []),
    ("领证需要携带哪些材料?", []),
    # 带 in another word is no verb
    ("工作人员将证书带回办公室统一保管。", []),
    # bare document lines next to a sentence about materials, brackets aside
    ("补证须备:\n户口簿原件及复印件\n考试合格单(往年取得的无需)\n将以上材料交到县财政局会计股。",
     ["户口簿原件", "户口簿复印件", "考试合格单"]),
    ("所需材料\n- 身份证原件\n- 准考证", ["身份证原件", "准考证"]),
    # one bare line is no list; lines next to nothing about materials are not either
    ("补证须备:\n户口簿原件及复印件\n将以上材料交到县财政局会计股。", []),
    ("相关链接\n准考证打印说明\n成绩合格单样张\n欢迎访问本站。", []),
    # question lines are not documents
    ("常见问题\n补证要准备哪些证件?\n准考证丢了怎么办?\n领取证书需要携带身份证。", ["身份证"]),
    # shapes of the fifth round's dev texts, in our words: a heading `材料准备:` over `- ` items; a sentence
    # whose last clause is the heading; numbered items with their own label (`申请表:填写并提交X`)
    ("- 材料准备:\n- 申请人自己的有效身份证明原件及复印件;\n- 准考证;", ["身份证明原件", "身份证明复印件", "准考证"]),
    ("为方便领证,合格人员需准备以下材料:\n1. 证明:提交成绩合格证明;\n2. 身份:携带身份证原件。",
     ["成绩合格证明", "身份证原件"]),
    # 会计 opens a document's name (`会` alone opens a modal: 会有); 中华人民共和国 is no pair joined by 和
    ("需提交:会计从业资格证书原件、中华人民共和国居民身份证。", ["会计从业资格证书原件", "中华人民共和国居民身份证"]),
    # `有效期内的` says when, not which document
    ("持有效期内的成绩合格证明领取。", ["成绩合格证明"]),
    # 备齐 and a counted group of materials; what brackets say, at length, is aside
    ("请备齐三类必要材料:身份证原件(需本人签字并注明仅供补办使用,复印件须与原件一致,另备一份以防遗失,"
     "受理窗口不提供复印服务,请提前准备好)、登报遗失声明、近期一寸照片。", ["身份证原件", "登报遗失声明", "近期一寸照片"]),
    # a generic noun and its purpose is no document
    ("补办人可向原单位提交相关材料以申请补发。", []),
])
def test_materials_shapes(text, materials):
    assert find_materials(text) == materials


@pytest.mark.parametrize("text, places", [
    ("各单位统一到省人事考试院一楼大厅集体领取。", ["省人事考试院一楼大厅"]),
    ("合格人员分批到宁远市人社局三楼分批领取证书。", ["宁远市人社局三楼"]),
    # 集体 before the place is not part of it, nor a place on its own
    ("请集体领取证书。", []),
])
def test_places_before_a_group_verb(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, places", [
    # a window ends the place it belongs to (it was read as a word between the place and the verb)
    ("考生可前往长丰县人事考试中心服务窗口领取,也可选择邮寄。", ["长丰县人事考试中心服务窗口"]),
    ("凭身份证在长丰县行政审批局窗口领取。", ["长丰县行政审批局窗口"]),
    # 代领 at a place
    ("考生也可以委托他人到长丰县考试中心代领。", ["长丰县考试中心"]),
])
def test_place_shapes_probed(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, places", [
    # the subject of a dated hand-out is where it happens
    ("为方便考生,我校东湖校区考点自2021年6月7日起开始集中发放合格证书。", ["我校东湖校区考点"]),
    ("宁远市人事考试中心将于3月4日起发放证书。", ["宁远市人事考试中心"]),
    # the office speaking of itself, a bare subject, or a date of something else name no place
    ("本中心定于3月4日起统一受理补办申请。", []),
    ("证书于3月4日起发放。", []),
    ("考试中心将于3月4日公布成绩。", []),
])
def test_the_body_that_hands_out(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, modes", [
    # choosing to receive the certificate in person
    ("考生也可选择现场接收证书。", ["on_site"]),
    # an e-notice of passing is an electronic document
    ("合格人员可登录专技人员证书系统下载电子合格通知书。", ["electronic"]),
])
def test_modes_fifth_round(text, modes):
    assert find_modes(text, find_places(text)) == modes


def test_agency_of_a_notice_cited_after_根据():
    text = "考生们正在备考,根据宁远市人事考试中心印发的《2024年度考试安排》可知,考试在9月举行。"
    assert find_agency(text) == "宁远市人事考试中心"


def test_a_group_collection_is_on_site():
    text = "各单位统一到省人事考试院一楼大厅集体领取。"
    assert find_modes(text, find_places(text)) == ["on_site"]
