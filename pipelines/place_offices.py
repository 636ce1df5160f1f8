"""Place readings about offices, for `pipelines.keyfacts_place.find_places` (kept apart from that long module).

`passed_on(sentence, start)`: whether the hand-over whose verb starts at `start` (`提交给X`, `报送至X`, `交X审核`) is an
office passing papers on to the next one — its clause opens on an office as the subject (`南京某局于每季将…提交给省厅`,
`由县卫生部门逐级审核报送至省中心`, `各市中心于5月1日前将材料报送省中心`). The next office then is no place the
reader goes to; a reader's own hand-over (`请将材料提交至X`, `考生持材料交X审核`) opens on no office. The same holds
for an office that goes to another to see to the formalities for its people (`财务处统一到省厅办理相关手续`,
`统一由某培训中心向省局某处办理`): `find_places` asks it of a `到/向 X 办理` clause too (not of `到 X 领取`: an
office collecting its candidates' certificates there is where they are handed out).
"""

from __future__ import annotations

import re

# the last word of an office's name (a body, not a person or a unit: `考生`, `单位` are not offices here)
_OFFICE = r"(?:局|中心|厅|处|科|股|部门|机构|机关|院|站|办|委)"
# (`由X…` or `X于/将/每/逐级/统一/汇总/向/到…`: the office as the subject, within the first words of the clause)
_OFFICE_SUBJECT = re.compile(r"\s*(?:统一)?(?:由|各)?[^，,。；;：:]{0,20}?" + _OFFICE + r"(?:于|将|每|逐级|统一|汇总|按|向|到)")
_CLAUSE_MARKS = "，,。；;：:"


def passed_on(sentence: str, start: int) -> bool:
    """Whether the clause of `sentence` holding `start` opens on an office as its subject."""
    opening = max(sentence.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1
    # (up to the verb's first character: `由某中心向省局办理`, the verb 向 itself follows the office)
    return _OFFICE_SUBJECT.match(sentence, opening, start + 1) is not None
