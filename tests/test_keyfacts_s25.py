"""Key facts (session 25): classes from the eighteenth round's dev texts and the misses they share with the probes.

- a bring verb negated right before it (`无需携带`, `不需要提交`, `无需再提交`, `不提供`) names nothing to bring;
- a sum said to be charged is a fee: after 收费 (`补办证明收费21元`) or in the currency sign after a fee word or a
  piece (`缴费标准¥10/本`, `每本¥20`), not a price alone (a course's ad);

Every sentence here was written for this file (none is copied from the shared dev set, the labelled corpus or the
probes); the conventions are tests/data/real_notices/README.md's "Key facts".
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts_fee import find_fee
from pipelines.keyfacts_materials import find_materials


@pytest.mark.parametrize("text, materials", [
    # a negated bring verb: what follows is not brought
    ("领证时无需携带照片,携带身份证原件即可。", ["身份证原件"]),
    ("领取时不必提交复印件,出示身份证原件。", ["身份证原件"]),
    ("考生不用携带准考证。", []),
    ("已下载电子证书的,无需再提交纸质证书。", []),
    ("本考试不提供纸质证书,补办的合格证明可在网上打印。", []),
    ("单位集中领取的不需要提供个人委托书,凭单位介绍信领取。", ["单位介绍信"]),
    # (the bring verbs not negated are read as before)
    ("请携带身份证原件及复印件。", ["身份证原件", "身份证复印件"]),
    ("不能到场的,需提供委托书。", ["委托书"]),
])
def test_a_negated_bring_verb_names_nothing(text, materials):
    assert find_materials(text) == materials


@pytest.mark.parametrize("text, materials", [
    # (a line saying what is not offered does not make the lines next to it a list of documents)
    ("二、成绩证明补办\n1.【证明效力】成绩证明与合格证书\n本考试不提供证书补办,补办的成绩证明与原证书同等效力。", []),
    # (a line that does speak of materials still does)
    ("补办需提交以下材料\n身份证复印件\n一寸照片两张", ["身份证复印件", "一寸照片"]),
])
def test_a_negated_line_makes_no_list_of_its_neighbours(text, materials):
    assert find_materials(text) == materials


@pytest.mark.parametrize("text, fee", [
    ("补办成绩证明收费30元,网上支付。", "补办成绩证明收费30元"),
    ("证书费标准:初级¥8/本,中级¥12/本", "证书费标准:初级¥8/本"),
    ("现场领取的每本￥15,当场缴纳。", "现场领取的每本￥15"),
    ("证书 ¥20/本,随证寄出。", "证书 ¥20/本"),
    # (a price alone is no fee of ours: a course's ad)
    ("推荐课程:中级会计冲刺班 ¥299 立即购买", None),
    ("收费窗口在一楼大厅。", None),
])
def test_a_sum_said_to_be_charged_is_a_fee(text, fee):
    assert find_fee(text) == fee
