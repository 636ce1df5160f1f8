"""Is this a certificate notice, and of which kind: collection, reissue or electronic?

Keyword rules, because the signal is a handful of verbs (领取, 补办, 电子证书 …) and the traps
are look-alike phrases (领取发票, 证书注册, 免费领取 资料) and guides that predict rather
than announce (预计, 什么时候). The title decides when it can; a body counts from its opening.
Most texts that use the verbs are explainers from training sites, so a body is also weighed by
how it is written (`evidence`): hedging and talking to the reader against addressing candidates,
dates, places and signatures. A small character n-gram model (scikit-learn, trained on the dev
records) was tried as a veto on top: +1.6 points in cross-validation by site, within noise on
held-out data, a third of the normalizer's time and dev scores that no longer mean anything
(in-sample), so the rules stay alone.
"""

from __future__ import annotations

import re

COLLECTION, REISSUE, ELECTRONIC, OTHER = "collection", "reissue", "electronic", "other"

# Regex performance note: every alternative of a pattern searched through a text starts with
# a literal, so that the engine can skip at C speed to the characters that may start a match
# (an alternative starting with a group or a class disables that and costs ~5× more).

# Look-alike phrases are blanked out before any keyword is looked for.
_LOOKALIKE = re.compile(
    r"领取(?:发票|收据|准考证|成绩(?:通知|单)|报名|资料|礼包|教材|讲义|福利|优惠)"
    + "".join(f"|{w}(?:的)?(?:领取|发放|邮寄)" for w in ("发票", "收据", "准考证", "成绩通知书", "成绩单",
                                                     "资料", "礼包", "教材", "讲义"))
    + r"|免费领取|免费发放|免费邮寄|点击领取|扫码领取|立即领取|领取方式见|证书注册|注册证书|注册证"
    # the verb and its look-alike object a few words apart: `领取专业阶段考试准考证`
    + r"|领取[^，。,;；:：\n□]{0,10}?(?:准考证|发票|收据|成绩单|成绩通知)"
)
# Kind words, most specific kind first. One flat alternation (named groups per kind would hide
# the literals from the engine); the kind of a match is read back from its text: only the
# electronic and reissue words are plain words, and no collection alternative spells one.
_ELECTRONIC_WORDS = ("电子证书", "电子证照", "电子版证书", "电子合格证明", "电子资格证书", "证书电子化", "合格证明电子化")
_REISSUE_WORDS = ("补办", "补发", "遗失", "换发", "换领", "更换", "补证", "换证", "证书更正", "丢失")
_KIND_WORDS = re.compile(
    "|".join(_ELECTRONIC_WORDS + _REISSUE_WORDS)
    + r"|领取|发放|领证|邮寄|直邮|寄送|快递|速递|申领|办证|取证|发证|核发|证书办理|办理证书|办理[^，。,;；:：]{0,24}证书|证书的?(?:领|发|寄)"
)
# Words of notices that are about something else: registration, admission, scores, review.
_OTHER_WORDS = re.compile(
    r"报名|报考|准考证|成绩|考务|考试工作|资格复审|资格审查|复审|补审|合格标准|缴费|考试安排|考试时间"
    r"|继续教育|登记|变更|考后|考点|考场|招聘|录用|资格审核|考后审核"
    # registration of a certificate, not the 注册 in an exam's name (注册安全工程师)
    r"|初始注册|延续注册|变更注册|增项注册|重新注册|首次注册|注册(?:有关|工作|申请|管理|事项|手续|审批|系统|信息|的通知|公告)"
    r"|查询|查验|核验|入口|注销|年检|审验"
)
# What a notice about the exam itself opens with (stronger than _OTHER_WORDS: 成绩 opens many
# certificate notices, `考试成绩合格人员…`).
_EXAM_BUSINESS = re.compile(r"考务|报名|报考|准考证|考试安排|考试时间|招聘|录用|继续教育|考前")
# Guides, predictions and round-ups: they talk about certificates but announce nothing.
_GUIDE_WORDS = re.compile(
    r"预计|什么时候|何时|多久|还未公布|暂未公布|尚未公布|通常在|须知汇总|汇总|常见问题|问题解答"
    r"|专家解答|一览|盘点|攻略|技巧|押题|真题|考前|备考|详解|解读|全解|科普"
    # questions: `…证书领取需要带什么材料`, `…怎么领取？`
    r"|什么|怎么|如何|哪里|哪些|吗|\?|？"
)
# A place's own questions and answers (`某市…证书邮寄常见问答`): an official FAQ page, which
# the corpus counts as a notice, unlike a national guide's questions.
_OFFICIAL_FAQ = re.compile(r"常见问题|问答|问题解答")
# In a body only predictions count: 汇总 or 备考 there are ordinary words.
_BODY_GUIDE_WORDS = re.compile(r"预计|什么时候|何时|多久|还未公布|暂未公布|尚未公布|通常在")
# Titles of the kind `…领取时间_领取地点` with no place: a national guide page, not a notice.
_WHEN_WHERE = re.compile(r"(?:领取|领证|发证|发放)(?:时间|地点|方式)")
_NON_CERT_OBJECT = re.compile(r"发票|收据|准考证|成绩单|成绩通知|资料|教材|讲义|礼包|退费")
_CERT_NOUN = re.compile(r"证书|合格证|资格证|证明|领证")
_NOTICE_NOUN = re.compile(r"通知|公告|通告|公示|说明|事宜|须知|提示|开通|启事")
# Titles that call themselves notices or report that something has opened.
_FORMAL_TITLE = re.compile(r"通知|公告|通告|启事|办法|规定|须知|可以(?:领|下载|申请|办理)|开始(?:领|发|办|受理|邮寄|寄送|申请|下载)|已(?:经)?(?:开通|开启|开始|可)|开通")


def _each(words: str, tail: str) -> str:
    """`w1tail|w2tail|…` for `(?:w1|w2|…)tail`: each alternative opens on its word (see the note above)."""
    return "|".join(word + tail for word in words.split("|"))


# Explainers and notices use the same verbs; what differs is how they say it. An explainer
# hedges (`一般在…后2-3个月`, `以当地通知为准`), generalises over places (`各地…不同`) and talks
# to its reader (`小编`, `本文`, `一起来看看`, questions); a notice addresses its candidates,
# says `现将…通知如下`, gives a dated period, a place, a telephone, a signature; a news item
# reports that a service has opened (`已开通`, `可以下载了`). Each pattern counts once.
_GUIDE_SIGNS = tuple(re.compile(p) for p in (
    r"一般(?:在|是|会|于|为|来说|情况下|都|每年)",
    r"通常|大约|大概|大致|往年|以往|历年|规律",
    r"预计|尚未公布|暂未公布|还未公布|未公布",
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
    # places left unnamed: `到指定地点领取`, `到当地的财政局` (`相关证件`, `相关网站` are in
    # notices too)
    r"指定的?(?:地点|机构|时间|网站|平台|部门|窗口|财政局)|当地的?(?:人社|人力|财政|人事|教育|考试|相关)",
    # hedging and examples: `可能会产生费用`, `考后60天左右`, `以CATTI为例`, `(如长春、湘潭)`
    r"可能|左右|例如|比如|参考|以[^。，,;；\n]{1,12}为例|" + _each(r"\(|（", r"如[^)）\n]{1,20}[)）]"),
    # comparing the two forms, the explainer's stock topic: `两者效力相同`
    _each("两者|二者", r"[^。\n]{0,6}(?:效力|作用)") + r"|效力(?:相同|一样)",
))
_NOTICE_SIGNS = tuple(re.compile(p) for p in (
    r"通知如下|事项如下|说明如下|公告如下|安排如下|现将|现就|特此",
    r"(?:^|\n)\s*(?:各位|各有关|各市|各县|各区|各设区|各地级|各单位|广大)[^\n]{0,30}[:：]\s*(?:\n|$)",
    # a place, not a form field or an unnamed place (`指定地点`, `邮寄地址、电话`)
    # (the lookahead names the characters a match opens on, so the engine rejects other positions on one class)
    r"(?=[地窗大房\d])(?:(?<!指定)(?<!邮寄)(?<!收件)(?<!收货)(?<!详细)(?<!寄送)(?<!通讯)(?<!通信)(?<!的)(?:地点|地址)(?![、等和及])"
    r"|窗口|大厅|房间|\d+\s*(?:楼|室|号窗口))",
    # a telephone number to call, not a field to fill in (`填写联系电话`)
    r"(?:电话|热线)[^。\n]{0,24}?(?:[(（]?0\d{2,3}[)）]?\s*[-—－–]*\s*\d{7,8}|\d{7,8}|12333)",
    r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起|至|到|—|-|～|前|止)|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:至|到|—|-|～)\s*\d",
    r"(?:^|\n)[^\n，。,]{2,24}(?:局|中心|厅|办公室|考试院|委员会|协会)\s*(?:\n\s*)?(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:$|\n)",
    # (not opened somewhere: `部分省份已经开通`)
    # (each lookbehind after its word, `已(?<!地区已)` for `(?<!地区)已`: the same test, and every alternative opens on a literal)
    r"已(?<!地区已)(?<!省份已)(?<!省市已)(?<!城市已)(?:经)?(?:开通|开启|上线|开放|生成|寄出|寄发|发放|制作完成|可(?:以)?(?:下载|领取|查验))"
    r"|可以(?:下载|领取)了|开通了(?<!已开通了)(?<!已经开通了)|开始(?:发放|受理|办理)",
    r"(?:身份证|证件)[^。\n]{0,6}(?:原件|复印件)",
    r"代领|委托书|答[:：]|办理时限|办结时限|受理(?:时间|地点|条件|范围)",
    # (a document's title may end in its edition: `《…常见问答(2025版)》`)
    r"发布(?:了)?《[^》]{4,60}(?:通知|公告|通告|办法|问答|须知)(?:[(（][^)）》]{1,10}[)）])?》"
    r"|根据《[^》]{4,60}(?:通知|公告|通告)》",
    # the issuer speaking of itself (`我中心将在…公布`); a training site says 小编 or 本站
    r"我(?:中心|局|院|厅|处|办|委)|本(?:中心|局|厅|考试院)",
))
_FORMAL_OPENING = _NOTICE_SIGNS[0]  # 通知如下, 现将, 现就, 特此 …
_EVIDENCE_HEAD = 900
# A collection period with its dates: `领证时间:3月4日至15日`, `邮寄申请时间为2024年6月3日起`.
_DATED_COLLECTION = re.compile(
    r"(?:领取|领证|发放|发证|邮寄|寄送|证书申领|申领)[^。\n]{0,8}?(?:时间|日期)[^。\n\d]{0,6}"
    r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:起|至|到|—|-|～|~)")


def _evidence_text(body: str) -> str:
    return body[:_EVIDENCE_HEAD] if len(body) <= _EVIDENCE_HEAD + 200 else body[:_EVIDENCE_HEAD] + "\n" + body[-200:]


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


def reads_like_guide(body: str) -> bool:
    head = body[:_EVIDENCE_HEAD]
    if _HAS_OPENED.search(head) and not _PREDICTED.search(head):
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


_LOOKALIKE_HINTS = ("领取", "发放", "邮寄", "免费", "注册")


def _blank(text: str) -> str:
    if not any(h in text for h in _LOOKALIKE_HINTS):  # a str scan is far cheaper than the regex
        return text
    return _LOOKALIKE.sub(lambda m: "□" * len(m[0]), text)


def _kind_of(word: str) -> str:
    return ELECTRONIC if word in _ELECTRONIC_WORDS else REISSUE if word in _REISSUE_WORDS else COLLECTION


# a bracket in a title (`证书办理(补办)须知`, `证书发放(含补发)`): an addition to what the title is about
_TITLE_BRACKET = re.compile(r"[(（][^()（）]*[)）]")


def _title_kind(title: str) -> str | None:
    """In a title the specific word wins over the generic verb: `关于办理…证书补办的通知` is a
    reissue, `关于发放…电子证书的公告` an electronic notice. A word in brackets only counts when
    the title has none outside them: `证书办理(补办)须知` is about handing certificates out."""
    if "(" in title or "（" in title:
        outside = _TITLE_BRACKET.sub("", title)
        if _KIND_WORDS.search(outside):
            title = outside
    kinds = [_kind_of(w) for w in _KIND_WORDS.findall(title)]
    specific = [k for k in kinds if k != COLLECTION]
    return specific[0] if specific else (kinds[0] if kinds else None)


def _majority_kind(text: str) -> str | None:
    counts = {COLLECTION: 0, REISSUE: 0, ELECTRONIC: 0}
    for word in _KIND_WORDS.findall(text):
        counts[_kind_of(word)] += 1
    best = max(counts, key=counts.get)
    return best if counts[best] else None


# 职称外语 has issued a 成绩通知书 in place of a certificate since 2007 (the corpus and the dev
# set count its notices as certificate notices); elsewhere a 成绩通知书 is a look-alike.
_SCORE_SLIP_IS_CERTIFICATE = re.compile(r"职称(?:外语|英语|日语|俄语|德语|法语)|外语等级考试")


def _as_certificate(text: str) -> str:
    return text.replace("成绩通知书", "合格证书") if text else text


def classify(title: str, lead: str, body: str, *, has_region: bool = False,
             qualification: bool | None = None, roundup: bool = False) -> tuple[bool, str]:
    """(is_cert_notice, kind) for a notice with `title`, opening lines `lead` and `body`.

    `has_region`: a place was found in the title; `qualification`: False when the only exam
    named is outside professional qualifications; `roundup`: the body lists many provinces.
    """
    if qualification is False:
        return False, OTHER
    if _SCORE_SLIP_IS_CERTIFICATE.search(title or "") or _SCORE_SLIP_IS_CERTIFICATE.search(lead or ""):
        title, lead, body = _as_certificate(title), _as_certificate(lead), _as_certificate(body)
    t = _blank(title or "")
    # (the header's source is read only where a guide sign would otherwise decide)
    if (_GUIDE_WORDS.search(t) and not (has_region and _OFFICIAL_FAQ.search(t) and not _BODY_GUIDE_WORDS.search(t))
            and not (_KIND_WORDS.search(t) and not _BODY_GUIDE_WORDS.search(t) and official_source(body))):
        return False, OTHER
    title_kind = _title_kind(t)
    # A title that announces (`一消证书可以领取啦`) outweighs hedging in its body; a title that
    # only asks when and where (`…证书领取时间`) does not.
    announces = title_kind and not _WHEN_WHERE.search(t)
    # A prediction in the opening makes a guide, unless the text opens as a notice does
    # (`现就…公告如下`: an office that says one date is still to be announced).
    head = (body or "")[:400]
    if not announces and _BODY_GUIDE_WORDS.search(head) and not _FORMAL_OPENING.search(head):
        return False, OTHER
    if roundup and not has_region:
        return False, OTHER
    # An explainer under a title that does not call itself a notice (`…证书领取指南`,
    # `…证书发放`) is judged by how its body is written.
    def guide_body() -> bool:  # read only when the answer would otherwise be yes
        return bool(body) and not _FORMAL_TITLE.search(t) and not official_source(body) and reads_like_guide(body)

    if t.strip():
        if title_kind and (_NON_CERT_OBJECT.search(t) or "□" in t) and not _CERT_NOUN.search(t):
            # `关于领取2023年度考试发票的通知`; `…注册后注册证书领取步骤` (the only certificate
            # named is a look-alike, blanked out)
            return False, OTHER
        if title_kind:
            if _WHEN_WHERE.search(t) and not has_region and not _NOTICE_NOUN.search(t):
                return False, OTHER
            if guide_body():
                return False, OTHER
            return True, title_kind
        if _OTHER_WORDS.search(t) or "□" in t:
            # about something else, or about a look-alike (`注册证书电子化`, `领取准考证`)
            return False, OTHER
        if _CERT_NOUN.search(t) and (_NOTICE_NOUN.search(t) or t.rstrip().endswith(("...", "…", "通"))):
            # `关于2016年眉山市会计初级职称资格证书的通知`: a certificate notice with no verb is
            # about handing the certificates out.
            return True, _majority_kind(_blank(body or "")) or COLLECTION
    # The body is read only when the title did not decide (list titles usually do).
    opening, b = _blank(lead or ""), _blank(body or "")
    first = _KIND_WORDS.search(opening)
    about = _EXAM_BUSINESS.search(opening)
    if about and (first is None or about.start() < first.start()):
        # A notice that opens on registration or exam arrangements and has a certificate
        # section further down (`…考务工作安排…(四)证书办理`) is about the exam.
        return False, OTHER
    kind = _kind_of(first[0]) if first else None
    if kind is None and (not _OTHER_WORDS.search(opening) or _DATED_COLLECTION.search(b)):
        # An opening about something else (`成绩查询…`) is not saved by a later
        # `证书领取时间另行通知`, but is by a dated one (`领取时间12月23日起至1月20日止`).
        kind = _majority_kind(b)
    if kind and _CERT_NOUN.search(opening + b) and not guide_body():
        # With no title to go by, a body must show at least one sign of a notice (an
        # addressee, a date, a place, a telephone, `通知如下`, a service that has opened).
        if not t.strip() and not shows_notice(b):
            return False, OTHER
        return True, kind
    return False, OTHER
