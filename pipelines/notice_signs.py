"""How a text is written: the signs of an official notice and of a training site's explainer.

Explainers and notices use the same verbs (领取, 补办, 电子证书); what differs is how they say it.
`pipelines/kind.py` weighs a body by these signs where its words alone do not decide. Keyword rules,
for the reasons given there.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from pipelines.dates import CLOCK
from pipelines.header import CREDIT
from pipelines.text import is_furniture

# Regex performance note: every alternative of a pattern searched through a text starts with
# a literal, so that the engine can skip at C speed to the characters that may start a match
# (an alternative starting with a group or a class disables that and costs ~5× more).


def _each(words: str, tail: str) -> str:
    """`w1tail|w2tail|…` for `(?:w1|w2|…)tail`: each alternative opens on its word (see the note above)."""
    return "|".join(word + tail for word in words.split("|"))


# Explainers and notices use the same verbs; what differs is how they say it. An explainer
# hedges (`一般在…后2-3个月`, `以当地通知为准`), generalises over places (`各地…不同`) and talks
# to its reader (`小编`, `本文`, `一起来看看`, questions); a notice addresses its candidates,
# says `现将…通知如下`, gives a dated period, a place, a telephone, a signature; a news item
# reports that a service has opened (`已开通`, `可以下载了`). Each pattern counts once.
# A forecast (`预计…发放`), not of the next exam's registration, which reposts remind their readers of under a notice
# (`2031年度考试报名预计于3月开始`): that forecasts no certificate.
FORECAST = r"预计(?<!报名预计)(?<!报名时间预计)(?<!考试时间预计)(?![^。；;\n]{0,12}?(?:报名|开考|考试时间))"
_GUIDE_SIGNS = tuple(re.compile(p) for p in (
    r"一般(?:在|是|会|于|为|来说|情况下|都|每年)",
    r"通常|大约|大概|大致|往年|以往|历年|规律",
    FORECAST + r"|尚未公布|暂未公布|还未公布|未公布",
    r"以(?:当地|各地|各省|官方|官网|当年|本地|所在地|省|市)[^。，,;；\n]{0,16}为准",
    r"各地[区]?[^。;；\n]{0,16}(?:不同|不一|差异|有所区别|单独)|不同(?:省份|地区)",
    r"小编|本文|下文|本篇|文章|下面(?:为|就|将|给|是|我们)|以下(?:是|为大家|就)|接下来|一起来|一起看|看看|了解一下",
    r"大家|小伙伴|同学们|考生们|很多(?:人|考生)|不少考生|许多考生",
    r"网校|培训|教育(?:网|在线)|分享|解答|解析|详解|攻略|指南|盘点",
    # (the question mark after a Chinese character spelt once per mark, the lookbehind after it: `(?<=[\u4e00-\u9fff])[?？]`)
    r"吗|怎么|如何|什么时候|何时|多久|\?(?<=[\u4e00-\u9fff]\?)(?![?？])|？(?<=[\u4e00-\u9fff]？)(?![?？])",
    r"那么|其实|因此建议|建议考生|需要注意",
    r"是一(?:项|种|块|份)|重要(?:标志|标识|凭证|环节)|敲门砖|里程碑",
    # generalising over places: a notice is for one place (`部分地区要求本人到场`, `因地区而异`)
    r"部分(?:地区|省份|省市|城市)|" + _each("多数|大部分|大多数|有些|一些|个别|少数|有的|很多", "(?:地区|省份|省市|城市)") +
    r"|所在(?:省份|省市)|各省份|各省市|因(?:地区|地|省份)",
    # places left unnamed: `到指定地点领取`, `到当地的财政局` (`相关证件`, `相关网站` are in notices too)
    r"指定的?(?:地点|机构|时间|网站|平台|部门|窗口|财政局)|当地的?(?:人社|人力|财政|人事|教育|考试|相关)",
    # hedging and examples: `可能会产生费用`, `考后60天左右`, `以CATTI为例`, `(如长春、湘潭)`
    r"可能|左右|例如|比如|参考|以[^。，,;；\n]{1,12}为例|" + _each(r"\(|（", r"如[^)）\n]{1,20}[)）]"),
    # comparing the two forms, the explainer's stock topic: `两者效力相同`
    _each("两者|二者", r"[^。\n]{0,6}(?:效力|作用)") + r"|效力(?:相同|一样)",
))


class _Either:
    """Patterns standing for one in a yes/no test: `search` gives a match of the first that matches, or None. A
    pattern is split so for speed: `(?:^|\n)X` becomes X matched at the start and `\nX` searched (which opens on a
    literal the engine skips to; `(?:^|\n)` made it try every position), and a class of digits opening an
    alternative becomes the literal after them, the digits checked behind."""

    __slots__ = ("_tests",)

    def __init__(self, *tests) -> None:
        self._tests = tests

    def search(self, text: str) -> re.Match | None:
        for test in self._tests:
            m = test(text)
            if m:
                return m
        return None


_ADDRESSEES = r"(?:各位|各有关|各市|各县|各区|各设区|各地级|各单位|广大)[^\n]{0,30}[:：]\s*(?:\n|$)"
_DAY_TO = r"\s*\d{1,2}\s*[日号]" + CLOCK + r"\s*(?:起|开始)?\s*(?:至|到|—{1,2}|-|～|~|–)\s*\d"  # (`2月4日起至6日止` too)
_PERIOD_FROM = r"\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]" + CLOCK + r"\s*(?:起|至|到|—{1,2}|-|～|~|–|前|止|开始)"
# (the date in words or in figures: `某市人事考试中心 2031-07-07` heads a page as its publisher and day)
_SIGNED = (r"[^\n，。,]{2,24}(?:局|中心|厅|办公室|考试院|委员会|协会)\s*(?:\n\s*)?(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
           r"|-\d{1,2}-\d{1,2})\s*(?:$|\n)")
_NOTICE_SIGNS = tuple(p if isinstance(p, _Either) else re.compile(p) for p in (
    r"通知如下|事项如下|说明如下|公告如下|安排如下|现将|现就|特此",
    # `(?:^|\n)\s*` + `_ADDRESSEES` (see `_Either`)
    _Either(re.compile(r"\s*" + _ADDRESSEES).match, re.compile(r"\n\s*" + _ADDRESSEES).search),
    # a place, not a form field, an unnamed place or the address one posts to (`指定地点`, `邮寄地址、电话`, `确保地址准确`)
    # (the first character consumed as a class the engine skips to, then each alternative checks it behind: the
    # matches of `(?=[地窗大房\d])(?:(?<!指定)…(?<!的)(?:地点|地址)(?![、等和及])|窗口|大厅|房间|\d+\s*(?:楼|室|号窗口))`,
    # whose lookahead made the engine try every position; a number is read from the first digit of its run, as the
    # leftmost match was, and possessively, as nothing after it could give a digit or a space back)
    r"[地窗大房\d](?:(?<=\d)(?<!\d\d)\d*+\s*+(?:楼|室|号窗口)"
    r"|(?<=地)[点址](?<!指定地.)(?<!邮寄地.)(?<!收件地.)(?<!收货地.)(?<!详细地.)(?<!寄送地.)(?<!通讯地.)(?<!通信地.)(?<!的地.)"
    r"(?<!海外地.)(?<!境外地.)(?<!确保地.)(?<!核对地.)(?![、等和及]|准确|无误|有误|填写|正确)|(?<=窗)口|(?<=大)厅|(?<=房)间)",
    # a telephone number to call, not a field to fill in (`填写联系电话`)
    r"(?:电话|热线)[^。\n]{0,24}?(?:[(（]?0\d{2,3}[)）]?\s*[-—－–]*\s*\d{7,8}|\d{7,8}|12333)",
    # `(?:19|20)\d\d` + `_PERIOD_FROM` | `\d{1,2}\s*月` + `_DAY_TO` (see `_Either`: a day run opens on its 月, the digit
    # before it, or before the spaces before it, checked behind)
    # (or a period's end: `自本通知下发之日起至2024年3月3日18时`)
    _Either(re.compile("19\\d\\d" + _PERIOD_FROM + "|20\\d\\d" + _PERIOD_FROM).search,
            re.compile(r"月(?<=\d月)" + _DAY_TO).search, re.compile(r"\s(?<=\d\s)\s*月" + _DAY_TO).search,
            re.compile(r"(?:之日|即日)起?\s*(?:至|到)\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]").search),
    # an office signing above its date: `(?:^|\n)` + `_SIGNED` (see `_Either`)
    _Either(re.compile(_SIGNED).match, re.compile(r"\n" + _SIGNED).search),
    # (not opened somewhere: `部分省份已经开通`)
    # (each lookbehind after its word, `已(?<!地区已)` for `(?<!地区)已`: the same test, and every alternative opens on a literal)
    r"已(?<!地区已)(?<!省份已)(?<!省市已)(?<!城市已)(?:经)?(?:开通|开启|上线|开放|生成|寄出|寄发|发放|制作完成|到达|到(?!期)|可(?:以)?(?:在[^，。,;；\n]{2,16}?)?(?:下载|领取|查验))"
    r"|可以(?:下载|领取)了|开通了(?<!已开通了)(?<!已经开通了)|开始(?:发放|受理|办理)",
    r"(?:身份证|证件)[^。\n]{0,6}(?:原件|复印件)",
    r"代领|委托书|答[:：]|办理时限|办结时限|受理(?:时间|地点|条件|范围)",
    # (a document's title may end in its edition: `《…常见问答(2025版)》`)
    r"发布(?:了)?《[^》]{4,60}(?:通知|公告|通告|办法|问答|须知)(?:[(（][^)）》]{1,10}[)）])?》"
    r"|根据《[^》]{4,60}(?:通知|公告|通告)》",
    # the issuer speaking of itself (`我中心将在…公布`); a training site says 小编 or 本站
    r"我(?:中心|局|院|厅|处|办|委)|本(?:中心|局|厅|考试院)",
    # a street address (`民族大道39号`)
    r"(?:路|街|巷|大道)\d{1,5}号(?!码)",
))
FORMAL_OPENING = _NOTICE_SIGNS[0]  # 通知如下, 现将, 现就, 特此 …
_EVIDENCE_HEAD = 900
# A collection period with its dates: `领证时间:3月4日至15日`, `邮寄申请时间为2024年6月3日起`.
DATED_COLLECTION = re.compile(
    r"(?:领取|领证|发放|发证|邮寄|寄送|直邮|证书申领|申领|证书申请)[^。\n]{0,8}?(?:时间|日期)[^。\n\d]{0,6}"
    r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]" + CLOCK + r"\s*(?:起|至|到|—|-|～|~)")
# …or said the other way round, the day before the verb (`定于2031年9月7日至9月25日发放`, `从2031年12月2日开始由各市…发放`; its end and times its own: `于2031年9月7日9:00至2031年9月25日17:00由各市…发放`)
_DAY_THEN_HANDED_OUT = re.compile(r"(?:定于|将于|于|从|自)\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日" + CLOCK + r"(?:\s*(?:起|开始)?\s*(?:至|到|—{1,2}|-|～|~|–)"
                                  r"\s*(?:(?:19|20)\d\d\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日" + CLOCK + r"(?:\s*止)?)?[^。\n]{0,20}?(?:发放|领取|发证)")

# The arrangement itself in a text's opening (`DATED_COLLECTION`), its year given, in a sentence that does not hedge
# (`证书申请时间为2021年7月22日9:00至7月30日17:00`, not `往年…一般在…`): a title asking when, answered so, is a report of it.
_YEAR_GIVEN = re.compile(r"(?:19|20)\d\d\s*年")
_ARRANGEMENT_HEAD = 300


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` of `text` starts (after a full stop or a line break)."""
    return max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1


def states_dated_arrangement(body: str) -> bool:
    """Whether the opening of `body` gives the collection's dated arrangement, with its year, unhedged."""
    head = (body or "")[:_ARRANGEMENT_HEAD]
    for m in chain(DATED_COLLECTION.finditer(head), _DAY_THEN_HANDED_OUT.finditer(head)):
        if not _YEAR_GIVEN.search(m[0]):
            continue
        start, end = _sentence_start(head, m.start()), head.find("。", m.end())
        if not _HEDGED.search(head[start:end if end >= 0 else None]) and not _PREDICTED.search(head[start:m.end()]):
            return True
    return False


# A certificate section heading of its own line (`三、证书领取`, `二、申领证书时间`) …
_ITEM_NUMBER = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])"
_CERTIFICATE_SECTION = re.compile(r"^\s*" + _ITEM_NUMBER + r"?\s*"
                                  r"(?:(?:资格|合格)?证书(?:的)?(?:领取|发放|办理|申领|申请|邮寄)|(?:领取|申领|办理)证书)"
                                  # (`证书办理程序及所需材料`: the section's subjects after it)
                                  r"(?:时间|事宜|方式|有关事项|程序|流程|手续)?(?:及[^\n。，,]{2,16})?\s*[:：]?\s*$", re.M)
# … whose first lines give a date (not `另行通知`; a date whose 年 and 月 were lost, `自202237日起`, is one)
SECTION_DATE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:19|20)\d{4,6}\s*日")
_SECTION_HEAD = 200


# … or a numbered item that hands the certificates out with its day in the item (`二、考试合格人员由某中心核发…证书,
# 可于7月1日以后到某中心领取`), not one that puts it off (`另行通知`)
_CERTIFICATE_ITEM = re.compile(r"^\s*" + _ITEM_NUMBER + r"[^\n]{0,80}?(?:证书|合格证明|成绩通知书)[^\n]{0,80}?(?:领取|发放|核发|申领|申办|邮寄)[^\n]*", re.M)
_PUT_OFF = re.compile(r"另行(?:通知|公布|公告)|届时")


def dated_certificate_section(body: str) -> bool:
    """Whether `body` has a certificate section whose first lines give a date, or a numbered item handing the
    certificates out on a day (a results notice that hands the certificates out too)."""
    if not body or not ("证书" in body or "合格证明" in body or "成绩通知书" in body):
        return False
    m = _CERTIFICATE_SECTION.search(body) if "证书" in body else None
    if m and SECTION_DATE.search(body, m.end(), m.end() + _SECTION_HEAD):
        return True
    return any(SECTION_DATE.search(item[0]) and not _PUT_OFF.search(item[0]) for item in _CERTIFICATE_ITEM.finditer(body))


@lru_cache(maxsize=8)  # (evidence, shows_notice and reads_like_guide read the same body)
def _evidence_text(body: str) -> str:
    text = body[:_EVIDENCE_HEAD] if len(body) <= _EVIDENCE_HEAD + 200 else body[:_EVIDENCE_HEAD] + "\n" + body[-200:]
    # (a copied page's controls, `分享 收藏 点赞 在看` under a WeChat post, are no sign of how its text reads)
    if "分享" in text or "点赞" in text or "关注" in text:
        text = "\n".join(line for line in text.split("\n") if not is_furniture(line))
    # (the name a stamp credits is no sign of how the text reads: left out of the count)
    return CREDIT.sub("来源:", text) if ":" in text or "：" in text else text


def evidence(body: str) -> tuple[int, int]:
    """(guide signs, notice signs) in the opening of a body: how many of each kind of sign it shows."""
    text = _evidence_text(body)
    return (sum(1 for p in _GUIDE_SIGNS if p.search(text)), sum(1 for p in _NOTICE_SIGNS if p.search(text)))


# A report that something has happened (`电子证书现已上线`, `已开通`, `可以下载了`), unless it is
# predicted: news of an issuance is a notice however chatty its page (the real-notice corpus
# labels such aggregator news as notices, and explainers of how to download as not).
_HAS_OPENED = re.compile(_each("已经|现已|已", "(?:开通|开启|上线|开放|生成|制发|制作完成|寄出|寄发)") + "|可以(?:下载|领取|打印)了|开通了|开通啦")
_PREDICTED = re.compile(r"预计|尚未|暂未|还未|未公布|一般在|通常"
                        # opened somewhere, not here: `部分地区已经开通了邮寄服务`
                        r"|部分(?:地区|省份|省市|城市)|(?:多数|大部分|大多数|有些|一些|个别|少数|有的)(?:地区|省份|省市|城市)")


def reports_opening(text: str) -> bool:
    """News that a service has opened (`已开通`, `可以下载了`), not predicted (`预计…开通`) nor opened somewhere else, in
    its own sentence (`电子证书已开放下载。纸质证书预计10月发放`: the opening is reported, the paper one forecast)."""
    for m in _HAS_OPENED.finditer(text):
        start = _sentence_start(text, m.start())
        ends = [k for k in (text.find("。", m.end()), text.find("\n", m.end())) if k >= 0]
        if not _PREDICTED.search(text, start, min(ends) if ends else len(text)):
            return True
    return False


# A page whose header names a government body as its source (`信息来源: 某市考试院`,
# `来源:某某人社`): an official page, or a faithful repost of one, so its questions and answers
# are the office's own FAQ (a notice) rather than a training site's explainer.
_OFFICIAL_SOURCE = re.compile(
    r"(?:来源|发布机构|发布单位)\s*[:：]\s*[^\n:：|]{0,14}?"
    r"(?:人社|人力资源|人事考试|考试院|考试中心|人事局|财政局|财政厅|住房和城乡建设|司法局|司法厅)"
)
_SOURCE_HEAD = 400


def official_source(body: str) -> bool:
    return bool(_OFFICIAL_SOURCE.search((body or "")[:_SOURCE_HEAD]))


def shows_notice(body: str) -> bool:
    text = _evidence_text(body)
    return any(p.search(text) for p in _NOTICE_SIGNS) or bool(_HAS_OPENED.search(body[:_EVIDENCE_HEAD]))


# A repost quoting the notice it reports (`…通知,原文如下:`, `…发布的《…通知》原文`, `以下摘自某中心《…须知》`): the notice.
_QUOTES_ORIGINAL = re.compile(r"原文如下|以下为原文|通知原文|公告原文|附原文|原文[:：]|》原文|附官方(?:通知|公告|原文|办事指南)|摘自[^。\n]{0,30}《")


def quotes_original(body: str) -> bool:
    head = body[:_EVIDENCE_HEAD]
    return ("原文" in head or "附官方" in head or "摘自" in head) and bool(_QUOTES_ORIGINAL.search(head))


def reads_like_guide(body: str) -> bool:
    if reports_opening(body[:_EVIDENCE_HEAD]) or quotes_original(body):
        return False
    text = _evidence_text(body)
    guide = sum(1 for p in _GUIDE_SIGNS if p.search(text))
    if not guide:
        return False
    # more guide signs than notice signs: the notice signs are counted only until they reach the guide signs
    notice = 0
    for p in _NOTICE_SIGNS:
        if p.search(text):
            notice += 1
            if notice >= guide:
                return False
    return True


# A round-up that reports actual arrangements region by region (`北京:2025年3月10日至3月28日,到…领取`), not a forecast:
# the corpus counts it a notice (judgement call 1), province null. Two region lines at least giving a day or a channel
# (`浙江:免费直邮`), none hedged; a line may open on a bullet (`· 江苏:…`) and name a city after its province (`河北(石家庄):`).
_REGION_LINE = re.compile(r"^\s*[|｜·•▎▍▶◆●■*-]?\s*(?:【(?P<key>[\u4e00-\u9fff]{2,8})】\s*[:：]?|(?P<key2>[\u4e00-\u9fff]{2,8})\s*"
                          r"(?:[(（][\u4e00-\u9fff]{2,8}[)）])?\s*[:：|｜])\s*[^\n]{0,40}?(?:\d{1,2}\s*月\s*\d{1,2}\s*[日号]|直邮|邮寄|寄送|现场领取|EMS)", re.M)
_LABEL_KEY = re.compile(r"时间|日期|地点|地址|方式|材料|电话|申请|邮寄|领取|发放|截止|办理|补领|咨询|费用|说明|备注|注意")
_HEDGED = re.compile(r"预计|往年|一般在|通常|左右|去年|上一年")


# …or that names the regions which have already put an arrangement in place (`广东、山东、甘肃这3个省份确认开展直邮`,
# `四川、安徽、云南等省份已明确取消纸质证书`): reported as done, not forecast
_REGIONS_ACTED = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,6}?(?:这|等)(?:\d+|[两三四五六七八九十]+)?个?(?:省份|省市|省区|地区|地)"
                            r"[^。；;，,]{0,6}?(?:已经?|均已|确认|明确)[^。；;，,]{0,4}?(?:开展|取消|开通|启动|实行|开始|停止|发放|只发|改用|采用)"
                            # `已有云南、天津两地开通…邮寄`: the regions after 已有
                            r"|已有(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,6}?(?:等)?(?:\d+|[两三四五六七八九十]+)个?(?:省份|省市|省区|地区|地)"
                            r"[^。；;，,]{0,4}?(?:开展|取消|开通|启动|实行|开始|停止|发放|只发|改用|采用)")


@lru_cache(maxsize=64)  # (classify may ask up to four times for one body)
def reports_regions(body: str) -> bool:
    """Whether `body` lists at least two regions with the days or channels of their actual arrangements, none of them
    hedged (a label, `领取时间:3月4日…`, is no region), or names regions that have put one in place (`_REGIONS_ACTED`)."""
    if not body:
        return False
    if "、" in body and ("省" in body or "地" in body) and (m := _REGIONS_ACTED.search(body)) \
            and not _HEDGED.search(body, max(0, m.start() - 20), m.end()):
        return True
    if "月" not in body and "邮" not in body and "寄" not in body and "现场" not in body and "EMS" not in body:  # (no day, no channel)
        return False
    lines = []
    for m in _REGION_LINE.finditer(body):
        if _LABEL_KEY.search(m.group("key") or m.group("key2")):
            continue
        end = body.find("\n", m.end())
        lines.append(body[m.start():end if end >= 0 else len(body)])
    return len(lines) >= 2 and not any(_HEDGED.search(line) for line in lines) and not _HEDGED.search(body[:200])
