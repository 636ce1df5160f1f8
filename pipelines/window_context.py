"""What the words around a date say it is not, beyond `window._NOT_WINDOW`'s words of other events: another year's
dates under a label (`往年参考:…`), a period already finished (`已于…受理完毕`), scores to look up, a rule that takes
effect (an open start only when the text names no other), and a deadline for questions about a certificate; and what a
candidate can do from a day on (`可于9月30日下载`), which opens the window that day."""

from __future__ import annotations

import re

# A sentence under a label of other years (`往年参考:2023年度为2024年1月16日起,2022年度为…`): every date in it is recalled,
# in its later clauses too (the words above read a date's own clause only).
_RECALLED_LABEL = re.compile(r"(?:往年|历年|以往|去年|上一年)[^，。,;；:：\n]{0,6}[:：]")
RECALL_WORDS = ("往年", "历年", "以往", "去年", "上一年")
_SENTENCE_START = re.compile(r".*[。；;\n]", re.S)  # greedy: up to the last sentence end before a date


def recalled(text: str, pos: int) -> bool:
    """Whether the sentence holding `pos` opens, before it, on a label of other years' dates (`_RECALLED_LABEL`)."""
    sentence = _SENTENCE_START.match(text, max(0, pos - 80), pos)
    return bool(_RECALLED_LABEL.search(text, sentence.end() if sentence else max(0, pos - 80), pos))


# What has already happened (`第一批已于3月4日至3月15日受理完毕`, `复核已于12月15日结束`, `已于4月27日截止受理`): a finished
# period, no window (unlike `已于3月1日起开始发放`, which is open).
_PAST_BEFORE = re.compile(r"已(?:经)?(?:于|在|自|从)\s*$")
# (the period's own days, times and 起/止 skipped first: `起至3月15日止`, `9:00至3月15日17:00`)
_PAST_AFTER = re.compile(r"[\d\s日号月年起至到止:：\-—–~～]*[^，。,;；\n]{0,16}?(?:完毕|结束|截止|完成|办结)")


def finished(text: str, start: int, end: int) -> bool:
    """Whether the date at `text[start:end]` (and the range it opens) is one of something already done."""
    return bool(_PAST_BEFORE.search(text, max(0, start - 4), start) and _PAST_AFTER.match(text, end))


# Scores or results to look up (`9月8日起登录本网站查询`; not `查询并下载电子证书`): no channel opens.
LOOKED_UP = re.compile(r"查询(?!\s*(?:并|和|、|及)?\s*(?:下载|打印))")
# A rule that takes effect (`自2023年1月1日起…证书实行电子化管理`, `…起调整如下`): the window opens then only when the
# text names no other start (`…实行电子证书,考生可登录…下载` alone; not beside `3月20日起…下载`).
TAKES_EFFECT = re.compile(r"实行|实施|执行|施行|生效|调整(?:为|如下)|如下调整|改为")


# Questions about a certificate's details (`对个人信息有异议的,请于4月30日前…提出`, `如有疑问,请于8月31日前拨打…`): their
# deadline closes no window.
_QUESTIONS = re.compile(r"异议|疑问|有误|不符")


def about_questions(text: str, pos: int) -> bool:
    """Whether the sentence holding `pos`, before it (25 characters at most), is about questions on the certificate."""
    start = max(text.rfind("。", 0, pos), text.rfind("；", 0, pos), text.rfind("\n", 0, pos), pos - 26) + 1
    return bool(_QUESTIONS.search(text, start, pos))


# What a candidate can do from a day on that is the certificate's channel (`3月28日可打印…`, `可于9月30日下载`)
MAY_DO = "领取|领证|下载|打印|申领|申请邮寄|申请|登录|办理|邮寄"
_MAY_ON = re.compile(r"可(?:于|在|从)\s*$")
_MAY_DO_AFTER = re.compile(r"^\s*(?:" + MAY_DO + r"|到|前往|凭|持|携带)")


def may_be_done_on(before: str, after: str) -> bool:
    """Whether the words around a date say it can be done from that day (`可于` before it, a channel's verb right after:
    not `可于5月15日前`, a deadline, whose words after the day are `前`)."""
    return bool(_MAY_ON.search(before) and _MAY_DO_AFTER.match(after))


# A change of address before a day (`地址有变更的,请于4月19日前…说明`, `如需变更收件地址,请于3月8日前…`): no window's end.
_NEW_ADDRESS = re.compile(r"地址[^，。,;；\n]{0,3}(?:变更|更改|修改|有变)|(?:变更|更改|修改)[^，。,;；\n]{0,4}地址")


def about_address(text: str, pos: int) -> bool:
    """Whether the sentence holding `pos`, before it (25 characters at most), is about changing a mailing address."""
    start = max(text.rfind("。", 0, pos), text.rfind("；", 0, pos), text.rfind("\n", 0, pos), pos - 26) + 1
    return bool(_NEW_ADDRESS.search(text, start, pos))


# Where a sentence holding a date starts, 40 characters back at most (its earlier clauses read too).
def _sentence_before(text: str, pos: int) -> int:
    return max(text.rfind("。", 0, pos), text.rfind("；", 0, pos), text.rfind(";", 0, pos), text.rfind("\n", 0, pos), pos - 41) + 1


# A deadline set for offices, not candidates (`请各县(市、区)人社局于6月20日前将未发放的证书交回`, `各市应于6月30日前将未领取证书清点造册`,
# `请各市人事考试中心于12月14日前到省人事考试院领取本市证书`): it closes no candidate's window.
# (But their deadline for handing certificates out to candidates is the window's end: `请各地于6月30日前发放完毕`, `各市发放时间不得晚于X`.)
_OFFICES_DUE = re.compile(r"各(?:县|市|区|州|盟|地|设区|省辖)[^，。,;；\n]{0,16}?(?:应|须|要|务必)?于\s*$")
_CANDIDATES = re.compile(r"考生|人员|个人|合格|同志|本人")
_HANDED_OUT = re.compile(r"[^，。,;；]{0,12}?(?:(?<!未)发放\s*(?:完毕|结束|到|给)|完成发放)")


def offices_due(text: str, start: int, pos: int) -> bool:
    """Whether the words right before the date at `text[start:pos]` address offices (`各市…于`) rather than candidates, for a
    task other than handing certificates out."""
    m = _OFFICES_DUE.search(text, _sentence_before(text, start), start)
    return bool(m) and not _CANDIDATES.search(m.group()) and "发放" not in m.group() and not _HANDED_OUT.match(text, pos)


# A deadline of one channel offered to those who want it (`如需纸质证书,请于1月31日前…申请邮寄`, `需要邮寄的,请于3月15日前…`,
# `也可于1月31日前…申请邮寄`): it closes that channel only, not one opened on a day with no end (`自1月12日起…领取`).
_ON_REQUEST = re.compile(r"如需|确需|若需|如有需要|有需要的|需要[^，。,;；\n]{0,8}的|也可|亦可|另可")


def on_request(text: str, pos: int) -> bool:
    """Whether the sentence holding `pos`, before it, offers a channel to those who ask for it."""
    return bool(_ON_REQUEST.search(text, _sentence_before(text, pos), pos))


# Certificates not collected in their period, collected later (`逾期未领的,可于2021年3月起…补领`, `因故不能按时领取的,可于9月1日后…`,
# `未能在上述时间领取的,可在12月30日前…补领`, `2021年度及以前年度尚未领取的,请于6月30日前…`): the window of a notice that gives
# no other (certificates left over), else no part of it. (Not those who did not apply for mail, `未申请邮寄的,6月起到窗口领取`:
# a channel of its own, which stays open.)
_LATE = re.compile(r"(?:未能|不能|无法|没能|未)(?:按时|按期|及时|如期)?(?:在[^，。,;；\n]{0,14}?)?申?领")
_MAKE_UP = re.compile(r"[^，。,;；\n]{0,20}?补领")


def late(text: str, start: int, pos: int) -> bool:
    """Whether the date at `text[start:pos]` opens or closes a late collection (`_LATE` before it in its sentence, or `补领`
    after it in its clause)."""
    return bool(_LATE.search(text, _sentence_before(text, start), start) or _MAKE_UP.match(text, pos))


# Certificates posted out from a day, nothing applied for (`4月7日起集中寄出`, `自3月23日起通过EMS统一寄送`): the start of a direct
# mail, but no part of a window that has a period (an application period before it).
_POSTED = re.compile(r"[^，。,;；\n]{0,14}?(?:寄出|寄送|寄发|邮出|投递)")
_APPLIED = re.compile(r"申请|填写|登记|提交|确认|领取")


def posted(text: str, pos: int) -> bool:
    """Whether the words after a date (from `pos`) say certificates are posted out then."""
    m = _POSTED.match(text, pos)
    return bool(m) and not _APPLIED.search(m.group())


# An e-certificate service that went online on a day, the place named between (`电子证书已于2025年7月10日在中国人事考试网开通下载`,
# `…已于9月20日在全国会计资格评价网发布`): it opens that day; not a notice published that day (`纸质证书已到,我局已于4月6日在某网
# 发布领取公告`: the notice's day, its period given after it)
_WENT_ONLINE = re.compile(r"\s*(?:在|于|通过)[^，。,;；\n]{1,24}?(?:上线|开通|发布|启用|开放)(?![^，。,;；\n]{0,6}?(?:公告|通知|公示|消息))")


def opened_on(text: str, start: int, pos: int) -> bool:
    """Whether the date at `text[start:pos]` is the day a certificate service went online somewhere (`_WENT_ONLINE`)."""
    return (text.endswith("已于", 0, start) and "证书" in text[_sentence_before(text, start):start]
            and bool(_WENT_ONLINE.match(text, pos)))
