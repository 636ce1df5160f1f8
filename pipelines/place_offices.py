"""Place readings about offices, for `pipelines.keyfacts.find_places` (kept apart from that long module).

`passed_on(sentence, start)`: whether the hand-over whose verb starts at `start` (`提交给X`, `报送至X`, `交X审核`) is an
office passing papers on to the next one — its clause opens on an office as the subject (`南京某局于每季将…提交给省厅`,
`由县卫生部门逐级审核报送至省中心`, `各市中心于5月1日前将材料报送省中心`). The next office then is no place the
reader goes to; a reader's own hand-over (`请将材料提交至X`, `考生持材料交X审核`) opens on no office.
"""

from __future__ import annotations

import re

# the last word of an office's name (a body, not a person or a unit: `考生`, `单位` are not offices here)
_OFFICE = r"(?:局|中心|厅|处|科|股|部门|机构|机关|院|站|办|委)"
# (`由X…` or `X于/将/每/逐级/统一/汇总…`: the office as the subject, within the first words of the clause)
_OFFICE_SUBJECT = re.compile(r"\s*(?:由|各)?[^，,。；;：:]{0,20}?" + _OFFICE + r"(?:于|将|每|逐级|统一|汇总|按)")
_CLAUSE_MARKS = "，,。；;：:"


def passed_on(sentence: str, start: int) -> bool:
    """Whether the clause of `sentence` holding `start` opens on an office as its subject."""
    opening = max(sentence.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1
    return _OFFICE_SUBJECT.match(sentence, opening, start) is not None
