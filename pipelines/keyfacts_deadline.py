"""Key fact `deadline_rule`: the first sentence that says what happens to a certificate not collected or applied
for in time, or how long it is kept (`逾期不领,视为放弃`, `保存期限`).
"""

from __future__ import annotations

import re

from pipelines.keyfacts_clauses import _joined, _sentences


_DEADLINE = re.compile(
    r"逾期(?!未收到)[^。；;]{0,20}?(?:不|未|视为|视同|视作|作废|自负|销毁|取消|失效|不再|无法|退回|上交|交回)|逾期[^。；;]{0,40}?补领|过期(?:后)?(?:将)?(?:不|无法)"
    r"|超过[^。；;]{0,12}?(?:期限|时间|时限)的|超过[^。；;]{0,12}?日期[^。；;]{0,4}?(?:不|无法)|未能?(?:按期|按时|在规定时间内)领取"
    r"|视为(?:自动)?放弃|代为保管|代为保存|保管期限|保存期限|回收销毁|统一销毁|满五年|满5年|自动失效"
    # (kept or handed back when not collected: `超过两年未领取的将…销毁`, `未按期申请的,证书由X统一保管`, `…未领取的证书统一交回X`)
    r"|超过[^。；;]{0,8}?未领取|未(?:按期|按时|按规定时间|在规定时间内?)(?:提交|申请|领取|填写|确认|核对)|未领取的证书|统一(?:保管|交回|退回)"
    # `超出领取时间未领取的…`, `证书在我局保存三年,三年后…`, `保存期为一年`, `后果由单位自负`, `…三个月内未领取的,不再保留`,
    # `未申请邮寄的考生,请于…到X领取` (the channel left to those who did not apply)
    r"|超出[^。；;]{0,8}?(?:期限|时间|时限)(?:仍|而)?未|保[存管]期|保[存管][一二三四五六七八九十两\d]+(?:年|个月)|后果(?:由[^。；;，,]{0,6})?自负"
    r"|未领取的[,，]|未(?:申请|填写|提交|确认)[^。；;，,]{0,8}的(?:考生)?[,，][^。；;]{0,40}?(?:领取|保管|保存)")


# a sentence that asks (`四、逾期未申领将有什么后果`: a heading, its answer under it)
# (or announces what follows: `对于逾期未领取证书的考生,我们提出以下处理建议`)
_ASKS = re.compile(r"什么|如何|怎么|怎样|哪些|吗[?？]?$|[?？]$|(?:以下|如下)[^，,。]{0,6}(?:建议|办法|方式|措施|几点)$|如下$")


def find_deadline_rule(text: str) -> str | None:
    """The first sentence saying what happens to a certificate not collected (or applied for) in time."""
    # A match in a sentence is one in the joined lines too (the sentence lies in a line, and the one lookaround,
    # `(?!未收到)`, sees past the sentence only a sentence end, a space or a newline): none there, none here.
    if not _DEADLINE.search(_joined(text)):
        return None
    for sentence in _sentences(text):
        m = _DEADLINE.search(sentence)
        if m and not _ASKS.search(sentence):  # (`四、逾期未申领将有什么后果`: a heading that asks; the rule follows it)
            return sentence
    return None
