"""Key facts, session 16: materials as government service guides and training-site summaries list them, found on the
dev texts of corpus round 14 (a 办事指南 table whose key cell names the materials, `领证材料…主要有:` lists, identity
papers given by example with the copies named after the bracket, a form's title holding a verb), a signature under a line ending on an aside, and online channels named by a
site's column or a pre-review. Table tests; the
conventions are tests/data/real_notices/README.md's "Key facts".

Every sentence here was written for this file (none is copied from the shared dev set or from
tests/data/real_notices; no 14-character Chinese run is shared with either).
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts_agency import find_agency
from pipelines.keyfacts_materials import find_materials
from pipelines.keyfacts_mode import find_modes


@pytest.mark.parametrize("text, materials", [
    # a service guide's table: the key cell names the materials, the value cell numbers them
    ("事项名称 | 专业技术资格证书补发 |\n所需材料 | 1.书面申请; 2.本人有效身份证件; 3.近期免冠一寸照片(一张)。 |\n"
     "办理地点 | 某区政务服务中心5号窗口 |", ["书面申请", "身份证件", "近期免冠一寸照片"]),
    # a form's title may hold a verb that ends a document phrase elsewhere (换发, 领取)
    ("申报材料:1.《资格证书补发换发登记表》;2.身份证复印件。", ["资格证书补发换发登记表", "身份证复印件"]),
    # a summary's list after `主要有`, a clause on from the noun
    ("请按通知备齐领证材料,以便现场领证或邮寄!主要有:身份证、学位证、登记表以及证件照等。",
     ["身份证", "学位证", "登记表", "证件照"]),
    # identity papers by example, the copies named after the bracket going with each example
    ("领证时须携带有效证件(如身份证、军官证等)原件及复印件。", ["身份证原件", "身份证复印件", "军官证原件", "军官证复印件"]),
    ("领证时须携带有效证件(如身份证、军官证等)原件。", ["身份证原件", "军官证原件"]),
    # identity papers may list their kinds without `如`
    ("领证人应带好本人有效身份证件(身份证、军官证或驾照)。", ["身份证", "军官证", "驾照"]),
    # guards: examples with no copies named stay bare; a table row about something else gives nothing; a bracket
    # that lists no kinds is an aside
    ("领证时须携带本人有效身份证件(原件)。", ["身份证件"]),
    ("领证时须携带有效证件(如身份证、军官证等)。", ["身份证", "军官证"]),
    ("事项名称 | 专业技术资格证书补发 |\n收费标准 | 不收费 |", []),
])
def test_materials_of_service_guides(text, materials):
    assert find_materials(text) == materials


@pytest.mark.parametrize("text, agency", [
    # a long line ending on an aside after its full stop is finished: the signature under it is its own line
    ("现将有关事项公告如下:\n资格审核结束后,审核通过人员的合格单将由我办统一寄送给本人。(咨询电话:0000-1234567)\n"
     "某市人力资源和社会保障局职称考试协调办公室\n2030年12月9日", "某市人力资源和社会保障局职称考试协调办公室"),
    # guard: a long line cut inside a bracket mid-sentence still runs on into the next
    ("现将有关事项公告如下:\n资格审核结束后,审核通过人员的合格单将由我办统一寄送给本人(邮寄地址\n以报名时所填写的为准)。\n"
     "某市人力资源和社会保障局职称考试协调办公室\n2030年12月9日", "某市人力资源和社会保障局职称考试协调办公室"),
])
def test_a_signature_under_an_aside(text, agency):
    assert find_agency(text) == agency


@pytest.mark.parametrize("text, modes", [
    # a site's column where the form is filled in; a service guide's online pre-review
    ("如需邮寄证书,请合格考生登入本站后至“证书服务”栏目,填写收件地址。", ["mail", "online"]),
    ("受理形式 | 窗口受理(可在政务服务网网上预审) |", ["online"]),
    # guard: a column only looked at for a notice is no application
    ("请关注本站“通知公告”栏目,领证时间另行通知。", []),
])
def test_online_channels_of_service_guides(text, modes):
    assert find_modes(text) == modes
