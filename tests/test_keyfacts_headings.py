"""Places under a section heading (`（三）领取地点`): the line under it may carry its own label, or open a
list or table of places; neither is itself the place (a candidate saw `领取地点:X` and `各地领证地点…如下:`
shown as places)."""

from __future__ import annotations

import pytest

from pipelines.keyfacts import key_facts


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("（三）领取地点\n领取地点：某市人事考试中心（解放路8号二楼）。\n（四）所需材料",
         ["某市人事考试中心（解放路8号二楼）"]),
        ("四、领证地点\n领证地点:报名所在地市(州)人事考试机构,地址和电话见附件。",
         ["报名所在地市(州)人事考试机构"]),
        ("（四）领取地点\n各地领证地点及联系方式如下：\n地区 | 领证地点 | 咨询电话\n"
         "甲市 | 甲市人事考试机构（中山路1号） | 0000-1111111\n乙市 | 乙市人事考试机构（人民路2号） | 0000-2222222\n（五）其他",
         ["甲市人事考试机构（中山路1号）", "乙市人事考试机构（人民路2号）"]),
        ("（四）领取地点\n请到以下地点领取：\n（五）其他", []),  # the list is missing: nothing, not the intro
        # guards: a plain address under the heading is the place
        ("（三）领取地点\n某区政务服务中心三楼人社窗口\n（四）所需材料", ["某区政务服务中心三楼人社窗口"]),
    ],
)
def test_a_heading_takes_a_place_not_a_label_or_an_intro(text, places):
    assert key_facts(text)["place"] == places
