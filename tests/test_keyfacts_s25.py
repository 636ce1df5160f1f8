"""Key facts (session 25): classes from the eighteenth round's dev texts and the misses they share with the probes.

- a bring verb negated right before it (`无需携带`, `不需要提交`, `无需再提交`, `不提供`) names nothing to bring;

Every sentence here was written for this file (none is copied from the shared dev set, the labelled corpus or the
probes); the conventions are tests/data/real_notices/README.md's "Key facts".
"""

from __future__ import annotations

import pytest

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
