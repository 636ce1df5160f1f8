"""Key fact `agency`: the issuing body — the signature above the date, a `来源:`/`信息来源:` organisation (not a
website), the title's `X关于…`, or the body a text says issued the notice it reports.
"""

from __future__ import annotations

import re

from pipelines.dates import ORG_END
from pipelines.keyfacts_clauses import _lines
from pipelines.spam import is_advertisement, is_spam_line
from pipelines.text import is_furniture, page_head, REPOST_MARK


_ORG_END = ORG_END
_ORG = r"[\u4e00-\u9fff（）()]{2,40}?" + _ORG_END
_ORG_LINE = re.compile(r"^[\u4e00-\u9fff（）()]{4,40}" + _ORG_END + r"$")
_DATE = (r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
         r"|[○〇零一二三四五六七八九0Oo]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)")
_DATE_LINE = re.compile(r"^" + _DATE + r"\s*$")
# a signature a repost flattened onto one line: `某市人事考试中心 2025年2月27日`
_ORG_DATE_LINE = re.compile(r"^([\u4e00-\u9fff（）()]{4,40}" + _ORG_END + r")\s*" + _DATE
                            + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:浏览|阅读|点击)[^\n]{0,16})?\s*$")
_SOURCE = re.compile(r"(?:信息来源|发布机构|发布单位|发文部门|发文单位|发文机关|实施主体|实施机关|决定机构|答复单位|来源|作者|发布者?)\s*[:：|｜]\s*([\u4e00-\u9fff]{2,30}?(?:" + _ORG_END[3:-1] + r"|人社))(?=$|\s|[|｜,，】\])）])")
# (`转:某局关于…`: a repost's mark before the title)
_TITLE_ORG = re.compile(r"^(?:" + REPOST_MARK + r")?(" + _ORG + r")(?:关于|发布|关於)")
_BRACKETED_ORG = re.compile(r"^(?:" + REPOST_MARK + r")?[\[【](" + _ORG + r")[\]】]")
# a title that is an office's name and its notice's noun (`[某省]财政厅考试委员会办公室公告`): that office, with the region
# a list bracketed before it
_ORG_NOTICE_TITLE = re.compile(r"^(?:[\[【]([\u4e00-\u9fff]{2,8})[\]】])?(" + _ORG + r")(?:公告|通知|通告)$")
# a department named alone (`证书科`, `考务科`, `人事处`): part of an office the page names elsewhere
_BARE_DEPARTMENT = re.compile(r"^(?!.*(?:局|厅|委|中心|院|会|政府|学校|大学|学院)).{1,10}(?:科|处|股|室)$")
_CITED = re.compile(r"^(?:根据|按照)《(" + _ORG + r")关于[^》]{2,60}(?:通知|公告|通告)》(?!精神|规定|要求|文件)")
_ORG_NOW = re.compile(r"^(" + _ORG + r")(?:现就|现对|现将|特)")
# a repost's lead naming who issued the notice it reports (`…!苏州市财政局已发布2031年度…领取通知`, `X今天发布通知:`)
# (or with no time word, `X发布通知,`: the notice itself, not `X发布的通知`, one to look out for; and a named body, not
# `多地财政厅`, `各地`)
_NAMED_BODY = r"(?!多|各|部分|当地|具体|一些)"  # (a body named, not `多地财政厅`, `各地`)
_ORG_HAS_PUBLISHED = re.compile(r"(?:^|[：:，,。!！】)）\s])" + _NAMED_BODY + r"(" + _ORG + r")(?:(?:已经?|今天|今日|近日|日前|于?\d{1,2}月\d{1,2}日)(?:正式)?发布(?:了)?"
                                r"[^，,。；;《]{0,40}?(?:通知|公告)|发布(?:了)?[^，,。；;《的]{0,8}?(?:通知|公告)(?=[，,:：]))")
# (`下面是某中心的原文`: a repost's lead over the notice it copies)
_ORG_ORIGINAL = re.compile(r"(?:^|[：:，,。!！】\s])(?:下面是|以下是|以下为|附上|这是)?" + _NAMED_BODY + r"(" + _ORG + r")的(?:通知|公告)?(?:原文|全文)")
# a source named in brackets on the last line (`(来源:某省财政厅会计处)`)
_SOURCE_LAST = re.compile(r"^[(（](?:信息)?来源[:：]\s*(" + _ORG + r")[)）]$")
_ORG_PUBLISHED = re.compile(r"(?:^|[：:，,。\s])(?:根据|按照)?(" + _ORG + r")(?:于" + _DATE + r"|近日|日前)?(?:发布|印发)(?:了|的)?《")
_DATE_ORG = re.compile(r"^" + _DATE + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(" + _ORG + r")$")
# how reposts name the issuer: a line opening on it and a colon (`某市人事考试中心:2024年度…`, `某市财政局通知:`), its
# header (`某市财政局 发布时间:…`), a title opening on it and a space (`某市人事考试中心 2024年度…通知`), the source
# quoted (`据某中心消息:`, `(转自:某厅)`, `摘自 某中心《…》`)
_ORG_SAYS = re.compile(r"^(" + _ORG + r")(?:通知|公告|消息)?\s*[:：]")
_ORG_HEADER = re.compile(r"^(" + _ORG + r")\s+(?:发布)?(?:时间|日期)\s*[:：]")
# ... or after the header's date (`发布日期:2023-06-05  某协会`)
_HEADER_ORG = re.compile(r"^(?:发布)?(?:时间|日期)\s*[:：]\s*" + _DATE + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(" + _ORG + r")\s*$")
_ORG_TITLE_SPACE = re.compile(r"^(" + _ORG + r")\s+(?=\d{4}|[\u4e00-\u9fff])")
_REPORTED = re.compile(r"(?:据|摘自|转自|转载自|来自)\s*[:：]?\s*(" + _ORG + r")(?=(?:官网|网站|官方网站)?(?:消息|[:：])|《|[)）]|\s*$|\s+\d{4}"
                       r"|\s+[\u4e00-\u9fff]{2}[:：])"  # (`转自:某院   发布:…`: another label after it)
                       r"|(?:记者)?从(" + _ORG + r")(?:了解到|获悉|得知)"  # (`记者从某市财政局了解到`: a report of its notice)
                       r"|根据(" + _ORG + r")[^，。,;；《]{0,12}?(?:发布?|印发)的(?:通知|公告)"
                       r"|根据(" + _ORG + r")(?:的)?(?:通知|公告)(?=[,，:：])")
# the words each opening shape needs, so a line without them skips it (`find_agency` spells these out): one word of
# each tuple (`X关于…`, `根据《…》`, `X现就…`; `…发布《` / `…印发《` needs 《 and 发布 or 印发; 现就/现对/现将 hold 现)
_AGENCY_WORDS = {_TITLE_ORG: (("关于", "发布", "关於"),), _CITED: (("《",),), _ORG_NOW: (("现", "特"),),
                 _ORG_PUBLISHED: (("《",), ("发布", "印发")), _ORG_HAS_PUBLISHED: (("发布",),),
                 _ORG_ORIGINAL: (("原文", "全文"),)}
# every `_SOURCE` match holds one of these labels (信息来源 holds 来源; 发布机构, 发布单位, 发布者 hold 发布; 发文部门 发文)
_SOURCE_WORDS = ("来源", "发布", "实施", "作者", "发文", "决定机构", "答复")  # (实施主体 and 实施机关 hold 实施)
# a service guide's label on a line of its own, its value on the next (a table flattened: `六、决定机构` / `某市人社局`)
_SERVICE_LABEL_LINE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*(?:实施主体|实施机关|决定机构)\s*[:：]?\s*$")
# the characters a `_DATE` can open on (its digit runs aside): `_DATE_LINE` and `_DATE_ORG` open on a date
_DATE_OPENERS = "○〇零一二三四五六七八九Oo"
# the last character of each `_ORG_END` word: an `_ORG_LINE` match ends the line on one of them
_ORG_END_LAST = "局厅委会心院室办组科处站部所府校"


def _may_open_date(line: str) -> bool:
    """False when no `_DATE` can start at the head of `line` (its first character opens none)."""
    first = line[:1]
    return first.isdecimal() or (first != "" and first in _DATE_OPENERS)


def _may_be_org_line(line: str) -> bool:
    """False when `_ORG_LINE` cannot match `line`: it does not end on an organisation word's last character."""
    return line[-1:] != "" and line[-1:] in _ORG_END_LAST
_PROMOTION = re.compile(r"(?:热门推荐|相关推荐|推荐阅读|相关阅读|相关文章|上一篇|下一篇)")
# a page's own buttons at its foot, and what a copy adds under the signature: its editor (`(责任编辑:某某)`), a rights
# notice, a QR code's caption, a link to the source, a post's counters, the attachments listed
_PAGE_TAIL = re.compile(r"^[\s【\[(（]*(?:打印本页|关闭窗口|打印|关闭|返回顶部|分享到|收藏本页|责任编辑|责编|编辑\s*[:：]|版权声明|版权所有"
                        # (a post's link to its source and its counters: `原文链接:…`, `阅读 1024  点赞 12`)
                        r"|免责声明|[^，。,]{0,12}二维码|原文链接|原文地址|阅读原文|(?:阅读|浏览|点赞|在看)\s*[:：]?\s*\d"
                        # (the attachments listed under it: `附件:1.委托书.doc`, `2.名单.xls`)
                        r"|附件\s*\d*\s*[:：]|\d{1,2}\s*[.、．][^，。]{1,40}\.(?:docx?|xlsx?|pdf|zip|rar|wps)\s*$)")
_ORG_PHONE_LINE = re.compile(r"^([\u4e00-\u9fff（）()]{4,30}" + _ORG_END + r")\s*(?:咨询|联系)?电话\s*[:：]")
_TITLE_WORDS = re.compile(r"通知|公告|通告|证书|指南|须知")
_NAME_LINE = re.compile(r"[\u4e00-\u9fff（）()]{2,40}")
_ORG_AT_END = re.compile(_ORG_END + r"$")
# (`各县市区财政局:` opening a notice is whom it is addressed to; a sentence ending on a verb of 办, `…可以通过以下步骤进行补办`,
# names no office)
_NOT_ORG = re.compile(r"网$|网站$|网校|在线|小编|编辑|作者|^(?:根据|按照|依据|据|经|请|在|向|到|由|联系|咨询|受理|发证|领取|办理|地点|单位|当地|本地|各|所在|相关|有关)"
                      r"|(?:补|代|申|举|开|督|交|查|包|操|兴|创|筹|去|再|要|可|会|行)办$|可以|步骤|如何|怎么|怎样")
# An office's own notice opening on what it rests on: `根据《…》(…〔2014〕22号),我局决定…,现将有关事项公告如下`
_OWN_NOTICE_AFTER_BASIS = re.compile(r"《[^。]*?(?:现将|现就|现对|特此|我局决定|我中心决定|我厅决定|结合[^。，,]{0,12}实际)")


def _signature(lines: list[str]) -> str | None:
    if len(lines) < 2:  # (a date line needs a name line above it: a one-line text, most titles, has none)
        return None
    for i in range(len(lines) - 1, max(len(lines) - 8, 0) - 1, -1):
        if i > 0 and _may_open_date(lines[i]) and _DATE_LINE.match(lines[i]):
            names = []
            j = i - 1
            while j >= 0 and len(names) < 3 and _NAME_LINE.fullmatch(lines[j]):
                names.insert(0, lines[j])
                j -= 1
            if names:
                joined = _join_signature(names)
                if joined:
                    return joined
    return None


def _agency_named(pattern: re.Pattern, line: str) -> str | None:
    """The organisation `pattern` names in `line` (its group; `_REPORTED` has two shapes, one group each),
    unless it is no organisation (`_NOT_ORG`)."""
    m = pattern.search(line)
    org = m.group(m.lastindex or 1) if m else None
    return org if org and not _NOT_ORG.search(org) else None


def find_agency(text: str) -> str | None:
    """The issuing body: the signature above the closing date (page buttons under it skipped), else the
    title's issuer (`X关于…`, `[X]…`, a masthead over the title), else a `来源:`/`作者:` header that names
    an office, else a line naming who issued it, else a department named alone (`来源:证书科`)."""
    lines = _lines(text)
    # (`打印本页 关闭窗口`, `(责任编辑:某某)`, an advertisement, a spam line or a page's controls under the signature)
    while len(lines) > 2 and (_PAGE_TAIL.match(lines[-1]) or is_advertisement(lines[-1]) or is_furniture(lines[-1])
                              or is_spam_line(lines[-1])):
        lines = lines[:-1]
    signed = _signature(lines)
    if signed:
        return signed
    # an office and a date on one line: a signature flattened at the end, or the publisher under the title
    for line in (lines[-3:] + lines[1:3]) if len(lines) > 1 else ():
        m = _ORG_DATE_LINE.match(line)
        if m and not _NOT_ORG.search(m.group(1)):
            return m.group(1)
    # (a repost's promotion after the signature, `热门推荐:…`, is not the last word)
    last = lines[-2] if len(lines) > 3 and _PROMOTION.match(lines[-1]) else lines[-1] if lines else ""
    if len(lines) > 2 and _may_be_org_line(last) and _ORG_LINE.match(last) and len(last) <= 24 and not _NOT_ORG.search(last):
        return last  # a signature with its date cut off: the organisation alone on the last line
    m = _ORG_PHONE_LINE.match(last) if len(lines) > 2 and "电话" in last else None
    if m and not _NOT_ORG.search(m.group(1)):
        return m.group(1)  # the signature with its phone number: `某中心 电话:0451-…`, `某中心咨询电话:…`
    # the title's issuer, `X关于…` or `[X]…`, or a masthead over a `关于…` title: who issued the notice, over a
    # `来源:` that may name the department that posted it
    top, column = page_head(list(lines))
    if top:
        head = top[0]
        found = (("关于" in head or "发布" in head or "关於" in head) and _agency_named(_TITLE_ORG, head)) or (
            head[:1] in "[【" and _agency_named(_BRACKETED_ORG, head))
        if found:
            return found
        named = _ORG_NOTICE_TITLE.match(head) if head.endswith(("公告", "通知", "通告")) else None
        if named and not _NOT_ORG.search(named[2]):
            return (named[1] or "") + named[2]
        # a masthead (with its column: `某中心 > 证书办理`) over the title
        if (len(top) > 1 and _ORG_LINE.match(head) and not _NOT_ORG.search(head)
                and (top[1].startswith(("关于", "关於")) or (column and _TITLE_WORDS.search(top[1])))):
            return head
    department = None
    for k, line in enumerate(lines[:12]):
        # (the words of `_SOURCE_WORDS`, spelt out: no generator per line)
        if not ("来源" in line or "发布" in line or "实施" in line or "作者" in line or "发文" in line or "决定机构" in line
                or "答复" in line):
            continue
        if _SERVICE_LABEL_LINE.match(line):
            value = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if _ORG_LINE.match(value) and not _NOT_ORG.search(value):
                return value
            continue
        m = _SOURCE.search(line)
        if m and not _NOT_ORG.search(m.group(1)):
            if _BARE_DEPARTMENT.match(m.group(1)):  # `来源:证书科`: a department of an office named elsewhere
                department = department or m.group(1)
                continue
            return m.group(1)
    for i, line in enumerate(lines[:4]):
        if line.startswith(("根据", "按照", "依据")) and _OWN_NOTICE_AFTER_BASIS.search(line):
            continue  # `根据X《…》(文号),现将…通知如下`: the document a notice rests on, not who issued it
        book = "《" in line
        # each opening shape in turn, tried only where the words it needs are present (`_AGENCY_WORDS`,
        # `_DATE_OPENERS`): a chain of tests, each made only when the shapes before it gave nothing (a tuple of
        # (pattern, test) pairs built per line made every test up front)
        found = ((("关于" in line or "发布" in line or "关於" in line) and _agency_named(_TITLE_ORG, line))
                 or (book and _agency_named(_CITED, line))
                 or (("现" in line or "特" in line) and _agency_named(_ORG_NOW, line))
                 or (_may_open_date(line) and _agency_named(_DATE_ORG, line))
                 or (book and ("发布" in line or "印发" in line) and _agency_named(_ORG_PUBLISHED, line))
                 or ((":" in line or "：" in line) and _agency_named(_ORG_SAYS, line))
                 or (("时间" in line or "日期" in line) and (_agency_named(_ORG_HEADER, line) or _agency_named(_HEADER_ORG, line)))
                 or (i == 0 and " " in line and _agency_named(_ORG_TITLE_SPACE, line))
                 or (("据" in line or "自" in line or "从" in line) and _agency_named(_REPORTED, line))  # (根据 holds 据)
                 or ("发布" in line and _agency_named(_ORG_HAS_PUBLISHED, line))
                 or (("原文" in line or "全文" in line) and _agency_named(_ORG_ORIGINAL, line)))
        if found:
            return found
        if i + 1 < len(lines) and lines[i + 1].startswith(("关于", "关於")) and _ORG_LINE.match(line):
            return line
        # a site's masthead above the title (`某市人事考试中心`, then `…证书领取通知`)
        if (i == 0 and len(lines) > 2 and len(line) <= 24 and _may_be_org_line(line) and _ORG_LINE.match(line)
                and not _NOT_ORG.search(line) and _TITLE_WORDS.search(lines[1].replace(" ", ""))):  # (`通 知`)
            return line
        # the publisher alone on the line under the title (`吉林省人事考试中心`; not a title repeated, `职业资格证补办`)
        if (i == 1 and len(line) <= 24 and "证" not in line and _may_be_org_line(line) and _ORG_LINE.match(line)
                and not _NOT_ORG.search(line)):
            return line
    m = _SOURCE_LAST.match(lines[-1]) if lines and "来源" in lines[-1] else None
    if m and not _NOT_ORG.search(m.group(1)):
        return m.group(1)
    return department


def _join_signature(names: list[str]) -> str | None:
    """Signature lines: whole names each ending in an organisation word, or one name split over lines."""
    whole = [n for n in names if _ORG_AT_END.search(n)]
    if whole and len(whole) == len(names):
        return "、".join(names)
    joined = "".join(names)
    if _ORG_AT_END.search(joined) and len(joined) <= 40:
        return joined
    return whole[-1] if whole else None
