"""Is this a certificate notice, and of which kind: collection, reissue or electronic?

Keyword rules, because the signal is a handful of verbs (领取, 补办, 电子证书 …) and the traps
are look-alike phrases (领取发票, 证书注册, 免费领取 资料) and guides that predict rather
than announce (预计, 什么时候). The title decides when it can; a body counts from its opening.
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
)
# Kind words, most specific kind first. One flat alternation (named groups per kind would hide
# the literals from the engine); the kind of a match is read back from its text: only the
# electronic and reissue words are plain words, and no collection alternative spells one.
_ELECTRONIC_WORDS = ("电子证书", "电子证照", "电子版证书")
_REISSUE_WORDS = ("补办", "补发", "遗失", "换发", "更换", "补证", "换证", "证书更正", "丢失")
_KIND_WORDS = re.compile(
    "|".join(_ELECTRONIC_WORDS + _REISSUE_WORDS)
    + r"|领取|发放|领证|邮寄|直邮|寄送|快递|办证|取证|发证|核发|证书办理|办理证书|办理[^，。,;；:：]{0,24}证书|证书的?(?:领|发|寄)"
)
# Words of notices that are about something else: registration, admission, scores, review.
_OTHER_WORDS = re.compile(
    r"报名|报考|准考证|成绩|考务|考试工作|资格复审|资格审查|复审|补审|合格标准|缴费|考试安排|考试时间"
    r"|继续教育|登记|变更|考后|考点|考场|招聘|录用|资格审核|考后审核"
    # registration of a certificate, not the 注册 in an exam's name (注册安全工程师)
    r"|初始注册|延续注册|变更注册|增项注册|重新注册|首次注册|注册(?:有关|工作|申请|管理|事项|手续|审批|系统|信息|的通知|公告)"
    r"|查询|查验|核验|入口|注销|年检|审验"
)
# Guides, predictions and round-ups: they talk about certificates but announce nothing.
_GUIDE_WORDS = re.compile(
    r"预计|什么时候|何时|多久|还未公布|暂未公布|尚未公布|通常在|须知汇总|汇总|常见问题|问题解答"
    r"|专家解答|一览|盘点|攻略|技巧|押题|真题|考前|备考"
    # questions: `…证书领取需要带什么材料`, `…怎么领取？`
    r"|什么|怎么|如何|哪里|哪些|吗|\?|？"
)
# In a body only predictions count: 汇总 or 备考 there are ordinary words.
_BODY_GUIDE_WORDS = re.compile(r"预计|什么时候|何时|多久|还未公布|暂未公布|尚未公布|通常在")
# Titles of the kind `…领取时间_领取地点` with no place: a national guide page, not a notice.
_WHEN_WHERE = re.compile(r"(?:领取|领证|发证|发放)(?:时间|地点|方式)")
_NON_CERT_OBJECT = re.compile(r"发票|收据|准考证|成绩单|成绩通知|资料|教材|讲义|礼包|退费")
_CERT_NOUN = re.compile(r"证书|合格证|资格证|证明|领证")
_NOTICE_NOUN = re.compile(r"通知|公告|通告|公示|说明|事宜|须知|提示|开通|启事")


_LOOKALIKE_HINTS = ("领取", "发放", "邮寄", "免费", "注册")


def _blank(text: str) -> str:
    if not any(h in text for h in _LOOKALIKE_HINTS):  # a str scan is far cheaper than the regex
        return text
    return _LOOKALIKE.sub(lambda m: "□" * len(m[0]), text)


def _kind_of(word: str) -> str:
    return ELECTRONIC if word in _ELECTRONIC_WORDS else REISSUE if word in _REISSUE_WORDS else COLLECTION


def _first_kind(text: str) -> str | None:
    m = _KIND_WORDS.search(text)
    return _kind_of(m[0]) if m else None


def _title_kind(title: str) -> str | None:
    """In a title the specific word wins over the generic verb: `关于办理…证书补办的通知` is a
    reissue, `关于发放…电子证书的公告` an electronic notice."""
    kinds = [_kind_of(w) for w in _KIND_WORDS.findall(title)]
    specific = [k for k in kinds if k != COLLECTION]
    return specific[0] if specific else (kinds[0] if kinds else None)


def _majority_kind(text: str) -> str | None:
    counts = {COLLECTION: 0, REISSUE: 0, ELECTRONIC: 0}
    for word in _KIND_WORDS.findall(text):
        counts[_kind_of(word)] += 1
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def classify(title: str, lead: str, body: str, *, has_region: bool = False,
             qualification: bool | None = None, roundup: bool = False) -> tuple[bool, str]:
    """(is_cert_notice, kind) for a notice with `title`, opening lines `lead` and `body`.

    `has_region`: a place was found in the title; `qualification`: False when the only exam
    named is outside professional qualifications; `roundup`: the body lists many provinces.
    """
    if qualification is False:
        return False, OTHER
    t = _blank(title or "")
    if _GUIDE_WORDS.search(t):
        return False, OTHER
    title_kind = _title_kind(t)
    # A title that announces (`一消证书可以领取啦`) outweighs hedging in its body; a title that
    # only asks when and where (`…证书领取时间`) does not.
    announces = title_kind and not _WHEN_WHERE.search(t)
    if not announces and _BODY_GUIDE_WORDS.search((body or "")[:400]):
        return False, OTHER
    if roundup and not has_region:
        return False, OTHER
    if t.strip():
        if title_kind and _NON_CERT_OBJECT.search(t) and not _CERT_NOUN.search(t):
            return False, OTHER  # `关于领取2023年度考试发票的通知`
        if title_kind:
            if _WHEN_WHERE.search(t) and not has_region and not _NOTICE_NOUN.search(t):
                return False, OTHER
            return True, title_kind
        if _OTHER_WORDS.search(t):
            return False, OTHER
        if _CERT_NOUN.search(t) and (_NOTICE_NOUN.search(t) or t.rstrip().endswith(("...", "…", "通"))):
            # `关于2016年眉山市会计初级职称资格证书的通知`: a certificate notice with no verb is
            # about handing the certificates out.
            return True, _majority_kind(_blank(body or "")) or COLLECTION
    # The body is read only when the title did not decide (list titles usually do).
    opening, b = _blank(lead or ""), _blank(body or "")
    kind = _first_kind(opening)
    if kind is None and not _OTHER_WORDS.search(opening):
        # An opening about something else (`成绩查询…`) is not saved by a later
        # `证书领取时间另行通知`.
        kind = _majority_kind(b)
    if kind and _CERT_NOUN.search(opening + b):
        return True, kind
    return False, OTHER
