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
_PAST_BEFORE = re.compile(r"已(?:经)?(?:于|在)\s*$")
_PAST_AFTER = re.compile(r"[^，。,;；\n]{0,16}?(?:完毕|结束|截止|完成|办结)")


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
