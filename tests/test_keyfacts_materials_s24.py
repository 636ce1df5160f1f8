"""Key facts, materials (session 24): the failure classes found by reading the dev split's and the probes' misses.

- a clause before a document that asks for it in words `_BRING` does not read as its verb (`代领须带…`,
  `单位代领的须出具…`, `有的窗口还要…`, `部分县区还要求…`, `签署《…》`, `打印《…》`): the document, not the clause;
- a duty after a document's name (`…证明需加盖公章`, `名单须写明…`) and a clause on what follows (`否则…`,
  `按要求…`): the document alone, or nothing;
- what a photo or document must match (`与准考证同底版…`, `与报名信息一致的…`): no part of its name;
- a group collecting (`凭介绍信和人员名单统一领取`, `…集中领取`): the list ends before 统一/集中;
- what becomes of a certificate (`证书将由…统一保管`) is a clause, not a document;
- a group's list (`领取人员清单`, `证书签收表`) is named whole, 领取/签收 in it no stop; proxy labels numbered on one
  line (`1.本人领取:…;2.他人代领:…`) and a group's label with 集体 (`单位集体领取:…`) are read;
- a verb and its colon ending a line (`需提交:`) over a numbered list: the list names the documents;
- a time after the document (`凭身份证随时到…`) ends the phrase, as `每周…` did.

Every sentence here was written for this file (none is copied from the shared dev set, the labelled corpus or the
probes); the conventions are tests/data/real_notices/README.md's "Key facts".
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts_materials import find_materials


@pytest.mark.parametrize("text, materials", [
    # a clause asking for the document, its verb not one `_BRING` reads
    ("本人领证请带身份证原件,亲属代领须带委托书。", ["身份证原件", "委托书"]),
    ("领证时出示身份证原件,企业代领的须出具企业介绍信。", ["身份证原件", "企业介绍信"]),
    ("领取时须带准考证,个别窗口还要一寸照片。", ["准考证", "一寸照片"]),
    ("领证须凭准考证,少数县区还要求二寸照片。", ["准考证", "二寸照片"]),
    ("办理补证须提交身份证复印件,部分市州要求填写《证书补办登记表》。", ["身份证复印件", "证书补办登记表"]),
    ("补办时提供本人身份证复印件、撰写并签署《证书补办承诺书》。", ["身份证复印件", "证书补办承诺书"]),
    # 出具 after no word of obligation names the document by its issuer
    ("补证须提交乡镇政府出具的证明。", ["乡镇政府出具的证明"]),
    # 要求 names what is asked for only before a verb of handing in: `岗位要求的` is whose document it is
    ("需提交岗位要求的职称证书原件。", ["岗位要求的职称证书原件"]),
    # a duty after a document's name, no document in it
    ("考生需提交学位证书原件,学位证明需经学信网核验。", ["学位证书原件", "学位证明"]),
    ("单位领取凭单位公函及人员名单,名单须写明姓名和联系电话。", ["单位公函", "人员名单"]),
    # what follows if it is not brought, how it is filled in: no document
    ("领证时须同时交回旧证书,否则不予发放新证书。", ["旧证书"]),
    ("须提交《换证申请表》、按要求贴好照片。", ["换证申请表"]),
    # what a photo or document must match is no part of its name
    ("到服务大厅提交与报名照片相同底版一寸照片一张。", ["一寸照片"]),
    ("需提交与考试报名信息一致的毕业证书原件。", ["毕业证书原件"]),
    ("请携带身份证原件、与准考证同底版(或相近)的照片两张到窗口办理。", ["身份证原件", "照片"]),
    # a group collecting: the list ends before 统一/集中
    ("各企业可由经办人凭企业公函和人员名单统一领取。", ["企业公函", "人员名单"]),
    ("学校统一报名的,由学校经办人持学校介绍信集中领取。", ["学校介绍信"]),
    # what becomes of the certificate is a clause, not a document, cut where it stops or not
    ("提交邮寄信息后,证书将由市考试院统一寄出。", []),
    ("领取时须出示身份证原件,逾期未领者证书由市考试院统一存档。", ["身份证原件"]),
    # a list handed in by a group: 领取/签收 inside its name is no stop
    ("企业代领的,须提交企业介绍信和领取人员清单。", ["企业介绍信", "领取人员清单"]),
    ("须携带单位公函和证书签收表(盖章)。", ["单位公函", "证书签收表"]),
    ("领取时出示身份证原件,并在签收表上签字。", ["身份证原件"]),
    # proxy labels numbered on one line, and a group's label with 集体
    ("1.本人领取:身份证原件;2.他人代领:委托书、代领人身份证原件;3.单位集体领取:单位公函、人员名单。",
     ["身份证原件", "委托书", "单位公函", "人员名单"]),
    # a verb and its colon ending the line over a numbered list: the list names the documents
    ("补证时一般需要提交:\n1.本人身份证复印件;\n2.《证书补发登记表》一式两份,单位盖章;\n3.近期二寸照片2张。",
     ["身份证复印件", "证书补发登记表", "近期二寸照片"]),
    # a time after the document (`随时`), as `每周一` already is
    ("往年未领的证书,凭本人身份证随时到市考试中心领取。", ["身份证"]),
])
def test_materials_session_24(text, materials):
    assert find_materials(text) == materials
