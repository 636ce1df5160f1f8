"""The words that say what kind of certificate notice a text is (`pipelines/kind.py` weighs them): the kind verbs, the
look-alike phrases blanked out before them, the words of notices about something else, and the kind a title's or a
body's words give."""

from __future__ import annotations

import re

COLLECTION, REISSUE, ELECTRONIC, OTHER = "collection", "reissue", "electronic", "other"

# The upkeep of the certificates' systems and the policing of their use (`…电子证书下载系统维护的公告`, `“人证分离”专项
# 治理`): about certificates, whatever verb the title holds, and no notice of handing them out.
NOT_HANDING_OUT = re.compile(r"系统维护|系统升级|停机|专项治理|人证分离|挂证|挂靠|诈骗|谨防|冒充")  # (and a fraud warning)
# A certificate's registration, not the 注册 in an exam's name (注册安全工程师)
_REGISTERED = r"初始注册|延续注册|变更注册|增项注册|重新注册|首次注册"
# A registration (`初始注册`, `延续注册`, `注册证书`): its certificate is the registration's, electronic too
REGISTRATION = re.compile(_REGISTERED + r"|注册证书")

# Regex performance note: every alternative of a pattern searched through a text starts with
# a literal, so that the engine can skip at C speed to the characters that may start a match
# (an alternative starting with a group or a class disables that and costs ~5× more).

# Look-alike phrases are blanked out before any keyword is looked for.
_LOOKALIKE = re.compile(
    r"领取(?:发票|收据|准考证|成绩(?:通知|单)|报名|资料|礼包|教材|讲义|福利|优惠)"
    + "".join(f"|{w}(?:的)?(?:领取|发放|邮寄)" for w in ("发票", "收据", "准考证", "成绩通知书", "成绩单",
                                                     "资料", "礼包", "教材", "讲义"))
    + r"|免费领取|免费发放|免费邮寄|点击领取|扫码领取|立即领取|领取方式见|证书注册|注册证书|注册证|注册执业证书|登记证书"
    # the verb and its look-alike object a few words apart: `领取专业阶段考试准考证`
    + r"|领取[^，。,;；:：\n□]{0,10}?(?:准考证|发票|收据|成绩单|成绩通知)"
)
# Kind words, most specific kind first. One flat alternation (named groups per kind would hide
# the literals from the engine); the kind of a match is read back from its text: only the
# electronic and reissue words are plain words, and no collection alternative spells one.
_ELECTRONIC_WORDS = ("电子证书", "电子证照", "电子版证书", "电子合格证明", "电子成绩合格证明", "电子资格证书", "证书电子化", "合格证明电子化")
_REISSUE_WORDS = ("补办", "补发", "遗失", "换发", "换领", "更换", "补证", "换证", "证书更正", "证书信息更正", "丢失")
KIND_WORDS = re.compile(
    "|".join(_ELECTRONIC_WORDS + _REISSUE_WORDS)
    + r"|领取|发放|领证|邮寄|直邮|寄送|快递|速递|申领|办证|取证|发证(?!之日|日期)|核发|证书办理|办理证书|办理[^，。,;；:：]{0,24}证书|证书的?(?:领|发|寄)|证书什么时候(?:可以|能)?(?:领|发|寄)"
    # `证书申请时间` (the bank and tax associations' word for it; not `证书申请表`, a form)
    + r"|证书申请(?!表)"
    # `…证书到了,请尽快来领`: the certificates arrived for collection
    + r"|证书(?:已经?)?到(?:了|啦)"
)
# Words of notices that are about something else: registration, admission, scores, review.
OTHER_WORDS = re.compile(
    r"报名|报考|准考证|成绩|考务|考试工作|资格复审|资格审查|复审|补审|合格标准|缴费|考试安排|考试时间"
    r"|继续教育|登记|变更|考后|考点|考场|招聘|录用|资格审核|考后审核|资格核查|核查|复核|撤销|吊销"
    # a list of those who passed (`关于公布…合格人员名单的通知`): results, certificates come later
    r"|名单"
    # registration of a certificate (`_REGISTERED`, and `注册有关…`, `注册工作`, …)
    "|" + _REGISTERED + r"|注册(?:有关|工作|申请|管理|事项|手续|审批|系统|信息|的通知|公告)"
    r"|查询|查验|核验|入口|注销|年检|审验"
    # a ruling on cheating (`…违纪违规人员处理结果的公告`: `不予发放合格证书` is its penalty)
    r"|违纪|违规|处理结果|处理决定"
    # a list of those who passed put up for objections (`…合格人员名单公示`): certificates come later
    r"|公示"
    # the certificate's design and printing (`关于印发…证书样式的通知`), an exam district's announcement (`…省直考区公告`)
    r"|样式|式样|印制|考区"
    # holders' details collected (`…证书信息采集工作的通知`)
    r"|信息采集"
    # fees' receipts (`…考试电子票据下载的通知`)
    r"|票据|发票|收据"
    + "|" + NOT_HANDING_OUT.pattern
)


_LOOKALIKE_HINTS = ("领取", "发放", "邮寄", "免费", "注册")


def blank(text: str) -> str:
    # a str scan is far cheaper than the regex (the words of _LOOKALIKE_HINTS, spelt out: no generator)
    if not ("领取" in text or "发放" in text or "邮寄" in text or "免费" in text or "注册" in text):
        return text
    return _LOOKALIKE.sub(lambda m: "□" * len(m[0]), text)


def kind_of(word: str) -> str:
    return ELECTRONIC if word in _ELECTRONIC_WORDS else REISSUE if word in _REISSUE_WORDS else COLLECTION


# a bracket in a title (`证书办理(补办)须知`, `证书发放(含补发)`): an addition to what the title is about
_TITLE_BRACKET = re.compile(r"[(（][^()（）]*[)）]")


# a collection and a reissue named side by side (`发放及补发`, `补办和领取`), not a reissue by a generic verb (`办理…补办`)
# (`领取暨遗失证书补办`: 暨 joins them too, and what is reissued may be named between)
_BOTH_ISSUED = re.compile(r"(?:发放|领取|邮寄|发证)(?:及|和|与|、|以及|暨)[^，,。]{0,6}?(?:补发|补办|补领|换发)"
                          r"|(?:补发|补办|补领)(?:及|和|与|、|以及|暨)[^，,。]{0,6}?(?:发放|领取|邮寄)")
# paper certificates handed out, then e-certificates (`证书发放及电子证书下载`): a notice on both is a collection unless the
# e-certificate is its subject (tests/data/real_notices/README.md, "Labels"), which a title naming it first makes it
# (`电子证书发放及纸质证书申领`: paper on request)
_PAPER_AND_ELECTRONIC = re.compile(r"(?:发放|领取|邮寄|直邮)(?:工作)?(?:及|和|与|、|以及|暨)[^，,。]{0,6}?电子(?:证书|合格证明|证照)")


# An exam's 合格证明 printed or downloaded by the candidate (`…考试合格证明打印的通知`, `关于打印…合格证明的通知`): the
# electronic proof that stands for the certificate (not continuing education's `继续教育合格证明`, a look-alike)
_PRINTED_PROOF = re.compile(r"合格证明[^，。,;；:：\n]{0,6}?(?:打印|下载)|打印[^，。,;；:：\n]{0,24}?合格证明|下载[^，。,;；:：\n]{0,24}?合格证明")


def kind_named_in_title(title: str) -> str | None:
    """In a title the specific word wins over the generic verb: `关于办理…证书补办的通知` is a
    reissue, `关于发放…电子证书的公告` an electronic notice. A word in brackets only counts when
    the title has none outside them: `证书办理(补办)须知` is about handing certificates out, and none
    when the words outside name other business."""
    if "合格证明" in title and "继续教育" not in title and _PRINTED_PROOF.search(_TITLE_BRACKET.sub("", title)):
        return ELECTRONIC
    if "(" in title or "（" in title:
        outside = _TITLE_BRACKET.sub("", title)
        if KIND_WORDS.search(outside):
            title = outside
        elif OTHER_WORDS.search(outside):
            return None  # (`…成绩查询入口及合格标准(附证书领取说明)`: an aside to a page about something else)
    kinds = [kind_of(w) for w in KIND_WORDS.findall(title)]
    if REISSUE in kinds and COLLECTION in kinds and _BOTH_ISSUED.search(title):
        return COLLECTION  # `…证书发放及补发工作…`: a notice on both is about handing certificates out (the corpus's reading)
    if ELECTRONIC in kinds and COLLECTION in kinds and _PAPER_AND_ELECTRONIC.search(title):
        return COLLECTION
    specific = [k for k in kinds if k != COLLECTION]
    return specific[0] if specific else (kinds[0] if kinds else None)


def majority_kind(text: str) -> str | None:
    counts = {COLLECTION: 0, REISSUE: 0, ELECTRONIC: 0}
    for word in KIND_WORDS.findall(text):
        counts[kind_of(word)] += 1
    best = max(counts, key=counts.get)
    return best if counts[best] else None
