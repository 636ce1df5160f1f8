"""Key facts, session 23: places that name an office in general terms (`领取地点一般为当地X`), offices handed
papers for a check without 到/至 (`交X审核`, `报送X`), and lists of offices. Table tests on sentences of our own,
each failing on the code before this file; the conventions are tests/data/real_notices/README.md's "Key facts".

Every sentence here was written for this file (invented offices and addresses; none copied from the corpus,
the shared dev set or the probes).
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts import find_places


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
