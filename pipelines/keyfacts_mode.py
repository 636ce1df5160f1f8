"""Key fact `mode`: how a certificate is obtained — on_site, mail, online, electronic — from the channels a notice
offers, not those it negates (`不提供邮寄`) or only mentions (`电子证书与纸质证书具有同等效力`).
"""

from __future__ import annotations

import re

from pipelines.header import CREDIT
from pipelines.keyfacts_clauses import _each, _not_after, _sentences


# the words a channel is negated by when they stand right before it (无需现场领取, 不设窗口办理, 免现场…)
_NEGATORS = ("不设", "不提供", "不再", "无", "不", "无需", "不需", "免")
# (every alternative opens on a literal: this pattern is searched through whole texts)
_ON_SITE = re.compile(
    # (现场审核: the papers checked in person, as 会计 and 统计 certificates are issued)
    _not_after("现场", *_NEGATORS) + r"(?:领取|办理|申领|发放|领证|确认领取|签领|审核|核验|核查|验证)|"  # (not 现场确认: a registration's)
    + _not_after("窗口", *_NEGATORS) + r"(?:领取|发放|办理)|" + _not_after("现场", *_NEGATORS) + r"接收(?:证书)?|自取|上门(?:领取|申领)|本人领取|"
    r"线下(?:领取|领证|办理|发放|申领)|" + _each("亲自|本人|自行", r"(?:到场|到现场|前往|去|前来)?(?:领取|领证)") + "|"
    + _each("到场|到现场|前来|当面|统一|前往|前去", "领取") + "|" + _each("本人|亲自", "到场") + r"|当场(?:核发|发证|领取|办理)|"
    r"来(?:院|本院|我院|本中心|我中心|我处|本局|我局)(?:办理|领取)|"
    + _not_after("代领", "代签") + "|" + _each("领证|领取证书|办理证书|取证", r"时(?!间|限|段|效)") + "|"
    + _not_after("领取时", "邮寄") + r"(?=[^。；;，,]{0,6}?(?:携带|持|出示|凭|带))|"
    + _each("规定|指定", r"的?(?:时间和)?地点[^。；;，,]{0,4}?领取") + "|"
    r"凭(?!条)[^。；;，,]{0,40}?[，,]?(?:领取|领证)|"
    # `考生本人持身份证原件和准考证领取证书`: documents carried to a collection (not to sign for a parcel)
    + _each(r"携带|持(?![证有])|带上|带齐", r"[^。；;，,邮寄签]{1,40}?(?:领取|领证|签领)") + "|"
    # `到X领取`: group 1..4 (one per opening verb) is X, the way between the verb and the collection
    + _each(_not_after("到", "[收得达]") + "(?![期付达账位])|前往|" + _not_after("至", "[以直]") + r"(?!\s*\d)|"
            + _not_after("去", "[过失回下出进上来]"),
            # (`持身份证到某中心一楼窗口打印`, `到某局票据中心换开`: a paper made out in person)
            r"([^。；;，,\n]{2,40}?)(?:领取|领证|签名领取|取证|换领|申领|补领|办理(?!邮寄)|打印|换开)"))


def _on_site_way(m: re.Match) -> str | None:
    """What lies between 到/前往/至/去 and the collection in an `_ON_SITE` match (None for the other shapes)."""
    return m.group(m.lastindex) if m.lastindex else None


# what lies between 到 and 领取/办理 in `_ON_SITE` when it is a web page, a time or a mailing, not a place, or a
# question that asks for one (`去哪里领证书?`: the answer, not the question, says how)
_NOT_ON_SITE_WAY = re.compile(r"网|系统|栏目|平台|APP|App|app|小程序|公众号|页面|邮寄|快递|时候|时间|哪")
# A body that hands certificates out, said without a collection verb, is a place too (README: "any place given"):
# `证书由某市人社局核发` (not `核发的`, a kind of certificate), a body's duties (`负责本辖区…证书的送达工作`,
# `负责…证书发放等相关工作`, `负责认定发证`); someone sent in one's stead (`考生(代办人)持…`, `委托办理证书的,…`), as
# `代领` is; documents to carry to a collection or exchange (`纸质证书领取需携带…`, `换发证书所需携带的资料`), not
# to an exam (`领取准考证时须携带`). Every alternative opens on a literal; searched only where `_MORE_ON_SITE_WORDS`
# finds one of their words.
_MORE_ON_SITE_WORDS = re.compile(r"核发|负责|代办人|委托|携带")
_MORE_ON_SITE = re.compile(
    r"由[^。；;，,\n]{2,30}?核发(?!的)|"
    r"负责[^。；;\n]{0,40}?(?:发放|送达|颁发|发证)(?:等相关|等|和管理)?工作|负责(?:认定)?发证|"
    r"代办人|" + _not_after("委托", "不得", "不可", "不能", "禁止") + r"(?:代理人|他人|办理)|"
    + _each("领取|领证|换发|换证|补领", r"(?!准考证)[^。；;，,\n]{0,6}?(?:需要|需|须|应|要)携带"))
_MAIL = re.compile("|".join(_not_after(word, *_NEGATORS) for word in (
    "邮寄", "EMS", "ems", "快递", "直邮", "寄递", "到付", "速递", "邮递", "寄出", "寄送", "寄发",
    # the post named without 邮寄: `交中国邮政投递`, `通过邮政寄给考生`, `顺丰`, `寄达`
    "寄给", "寄往", "挂号", "投递", "顺丰"))
    + "|" + "|".join(_not_after(word, *_NEGATORS) + "(?![我本各])" for word in ("寄达", "寄至", "寄到", "寄回"))
    + "|" + _not_after("邮政", *_NEGATORS) + "(?!编码)")
# (`证书已寄达我会`, `寄达各市后`: the certificates came to the offices by post, which says nothing of how candidates get them;
# `补办证书寄回的邮费`, `超期将寄回学员登记地址`: sent back to the candidate by post)
_ONLINE = re.compile(
    # (`未在线申请的考生` is someone who did not)
    _not_after("网上", "[未不]") + r"(?:申请|申领|申办|申报|登记|办理|提交|完善|填写|填报|预约|预审|缴纳|缴费|支付|确认)|全程网办|"
    + _not_after("线上", "[未不]") + r"(?:申请|申领|申办|领证|邮寄|办理|操作|提交|填写|填报|缴费|支付)|"
    + _not_after("在线", "[未不]") + r"(?:申请|申领|申办|申报|注册|办理|填写|填报|登记|提交|预约|支付)|"
    + _each("登录|登陆|扫描|扫码|进入|访问", r"[^。；;]{0,80}?(?:填写|填报|提交|申请|申领|登记|办理(?:邮寄|快递|寄递)|预约|信息采集|签署"
                                            r"|(?:确认|核对)(?:或修改|或更改|或变更)?(?:收件|邮寄)?地址|搜索[^。；;]{0,20}?邮寄"
                                            # (the address a certificate is posted to, updated or checked there:
                                            # `…栏目更新地址`, `完成收件地址确认`, `核对收件信息`, `完成信息核对`)
                                            r"|(?:更新|修改|更正|变更)(?:收件|邮寄)?地址|(?:收件|邮寄)(?:地址|信息)确认"
                                            r"|核对(?:收件|邮寄)信息|完成信息核对)") + "|"
    r"点击[^。；;]{0,12}?(?:申请|申领|预约|提交|下单)|"
    # `证书邮寄申请入口(请点击)`: a link to an application form
    r"申请(?:入口|通道|链接|网址)|"
    # `至“会计职称考试报名”栏目,填写本人邮寄地址`: a site's column where the form is
    r"栏目[”\"]?[，,]?[^。；;]{0,6}?(?:填写|填报|提交)|"
    # (a site named `…考试网`/`…信息网` is a site too)
    + _each("官网|网站|平台|系统|APP|App|app|小程序|公众号|服务号|页面|网上办事大厅|网上服务大厅|"
            r"网(?<=[\u4e00-\u9fff]网)(?![点格络友上:：_])",
            r"[^。；;\n]{0,20}?(?:申请|申领|预约|登记|填写|填报|提交|下单|办理(?=[^。；;，,]{0,4}?(?:邮寄|寄递|申领|领证|补办|换发)))") + "|"
    # `添加微信公众号:X(某服务号),点击“某入口”,即可办理证书邮寄业务`: the account named at length before its service
    + _each("公众号|小程序|服务号", r"[^。；;]{0,40}?办理[^。；;，,]{0,4}?(?:邮寄|寄递)") + "|"
    + _each("通过|使用|用", r"[^。；;，,]{0,12}?(?:APP|App|app|小程序|公众号|平台|系统|官网|网站|(?<=[\u4e00-\u9fff])网)\s*"
                          r"(?:免费)?(?:申请|办理)?邮寄") + "|"
    + _each("登录|登陆|进入|访问", r"[^。；;]{0,80}?(?:网站|官网|系统|平台|网|栏目|按钮|页面|模块|入口)[^。；;]{0,12}?选择"
                              r"(?=[^。；;]{0,30}?(?:纸质|邮寄|领取|证书|成绩报告单))(?![^。；;]*(?:加注|下载))"))
# what an e-certificate download involves (加注申请, 下载) is not an application for the certificate
# `…点击查询--填写邮寄地址`: a form for the address the certificate is posted to is an application, whatever came before
_MAIL_FORM = re.compile(r"[^。；;，,]{0,6}?(?:邮寄|收件|寄递|快递)")
# `点击免费预约短信提醒`: a training site's reminder service, booked online, is no way to the certificate
_REMINDER = re.compile(r"[^。；;，,]{0,4}?(?:短信|提醒)")
_ONLINE_NOT = re.compile(r"加注|下载|查询"
                         # a site looked at for a notice (`登录官网查看通知,按要求到…申请`) is not where one applies
                         r"|(?:查看|阅读|关注|留意|发布)[^，,。；;]{0,20}?(?:通知|公告)[^。；;]*?[，,]")
# a negated channel, also over a short list: 不得代收、邮寄 / 不再提供现场领取
_CHANNEL_WORDS = "邮寄|寄递|快递|现场领取|现场发放|窗口领取|现场领证|电子证书"
_CHANNEL = f"(?:{_CHANNEL_WORDS})"
# (the negations' words, each alternative with the rest of the shape after it, `A…|B…` for `(?:A|B)…`: the same attempts in
# the same order at each position, and every alternative opens on a literal, so the substitution through the whole text
# skips to the characters a negation opens on, not trying the shape at every position)
_NEGATIONS = (r"不(?:再)?(?:提供|设置?|设立|办理|接受|支持|开展|安排|组织|实行|受理|开通|发放|制发)",
              "不得", "不予", "不再", "不能", "不可", "无法", "禁止", "无需", "取消", "停止", "暂停", "不")
_NEGATED_CHANNEL = re.compile("|".join(negation + r"(?:证书)?"
                                       # (`不再集中现场发放`; the list's later channels too: `不设现场领取和邮寄服务`, `不办理个人领取和邮寄`)
                                       # (`不接受电话预约和邮寄`, `不再受理电话预约邮寄`, `个人不单独办理邮寄`)
                                       r"(?:集中|统一|组织|安排)?(?:电话预约|单独办理|单独)?"
                                       r"(?:[\u4e00-\u9fff]{0,3}[、和或及]|个人领取[、和或及])?" + _CHANNEL
                                       + r"(?:(?:服务)?[、和或及与](?:个人领取|领取|" + _CHANNEL_WORDS + r"))*"
                                       for negation in _NEGATIONS)
                              # `请勿前往考试机构现场咨询领证`, `考生无需到中心领取`
                              + "|" + _each("请勿|勿|无需|无须|不必|不用|不要", r"(?:到|前往|去)[^。；;，,]{0,16}?(?:领取|领证)")
                              # a collection put off or replaced (`待疫情结束后另行安排现场领取`, `现场发放调整为“网上申请、快递送达”`,
                              # `现场发放暂停,改为邮寄发放`): not a way offered now
                              + "|" + _each("另行安排|另行通知", "现场(?:领取|发放|领证)")
                              + "|现场(?:领取|发放|领证)(?=(?:工作)?(?:暂停|调整为|改为))"
                              # the negation after the channel: `邮寄不予办理`
                              + "|" + _each("邮寄|快递", "(?:服务)?(?:不予|一律不|概不)(?:办理|受理|提供)"))
# documents posted to a school or office (身份证原件一并邮寄给招生老师) are not the certificate by mail
_MAILED_DOCUMENTS = re.compile(r"邮寄(?:给|至)[^。；;，,]{0,6}?(?:老师|学校|我校|工作人员|我中心|我处)"
                               # `将补证材料邮寄至省考试院`: the papers of an application go by post, not the certificate
                               "|" + _each("材料|资料|申请表|申请书|原件|复印件", r"[^。；;，,]{0,8}?(?:邮寄|寄送|快递|寄)(?:给|至|到)"))
# certificates posted down the chain of offices (`寄送至当地人社局,当地人社局…颁发`, `快递至各县区人社局`) come to the
# office the candidate goes to; the post between offices says nothing of how the candidate gets them (as `寄达各市` above)
_MAILED_BETWEEN_OFFICES = re.compile(r"(?:邮寄|寄送|快递|寄发|转寄)(?:至|到)(?:各|当地|所属|下属|我)[^。；;，,]{0,20}?"
                                     r"(?:人社局|人力资源和社会保障局|财政局|人事局|中心|机构|考试院|考办|厅)")
# an e-certificate that is only compared with paper, or a condition (已实施电子证书的), is not a way to get one
_ELECTRONIC_ONLY_MENTIONED = re.compile(r"同等(?:法律)?效力|(?:相同|一样|同样)的(?:法律)?效力|(?:法律)?效力(?:都|均)?(?:是)?(?:相同|一样|一致|等同)的?"
                                        r"|有何(?:区别|不同)|的区别"
                                        r"|已(?:经)?(?:实施|推行|实行|上线|启用)电子证书的"
                                        # `如果电子证书已经试点,…不再补办纸质证书`, `电子证书试点尚未实施的`: a condition
                                        r"|(?:如果|若|如)电子证书(?:已经?)?(?:试点|实施|推行|实行|启用)|电子证书(?:试点)?(?:尚未|未)(?:实施|推行|实行|启用|试点)的?")
_ELECTRONIC_OFFERED = re.compile(r"下载|打印|领取|申领|申请电子|查看|查询|亮证|获取|发放|制发|生成|试点|开通|推行|实行|实施")
_URL = re.compile(r"\(?\s*(?:https?://|www\.)[\x21-\x7e]*\s*\)?")
_ELECTRONIC = re.compile(r"电子(?:证书|合格证明?|(?:合格|成绩)通知书|证照|版证书|(?:职业|专业技术|职称|执业)?资格证书|职称证书|成绩报告单|成绩单"
                         # (`电子注册证书`, `电子注册证`, `电子导游证`, `电子成绩合格证明`)
                         r"|注册证书?|导游证|成绩合格证明?)|证书电子文件|"
                         # 电子化 of the certificates, not of an exam or a registration (`无纸化、电子化考试`)
                         r"(?:证书|证明)[^。；;]{0,20}?电子化|电子化(?:服务|证书|发放|制证)|"
                         # a bare 电子版 is the certificate's unless it is a scan or photo to upload, a form's file
                         # (`电子版《…汇总表》`) or a newspaper's (`电子版报纸截图`)
                         r"(?<!扫描件)(?<!照片)(?<!材料)(?<!复印件)(?<!文件)电子版(?!照片|材料|简历|扫描|报纸|《[^》]{0,30}?(?:表|册|单)》)|"
                         # `登录…下载并打印证书`: a certificate one downloads is an electronic one
                         r"(?:下载|在线)(?:并|和|、)?打印(?:本人)?(?:的)?[^。；;，,]{0,12}?(?:证书|合格证明)(?![^。；;，,]{0,3}?(?:申请|登记|表))|"
                         # `登录某会计网…自行打印考试合格证`: printed by the candidate, so issued as a file
                         r"自行打印(?:本人)?(?:的)?[^。；;，,]{0,8}?(?:合格证|证书)(?![^。；;，,]{0,3}?(?:申请|登记|表))")


# Steps of an application online written one a line (`1. 登录某某官网,进入证书页面;` … `3. 选择申请证书邮寄;`): a login to a
# site, then within the next steps an application submitted there
_STEP_NUMBER = r"^\s*(?:\d{1,2}\s*[.、．)）]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]、|第[一二三四五六七八九十\d]步)"
_LOGIN_STEP = re.compile(_STEP_NUMBER + r"[^。；;\n]{0,12}?(?:登录|登陆)[^。；;\n]{0,30}?(?:网|系统|平台|APP|app|小程序|公众号)")
_APPLY_STEP = re.compile(_STEP_NUMBER + r"[^\n]*?(?:申请|提交|填写|填报)(?!表)")
_STEPS_AHEAD = 4


def _online_steps(text: str) -> bool:
    """Whether `text` numbers the steps of an application online (`_LOGIN_STEP`, then `_APPLY_STEP` within a few lines)."""
    if not ("登录" in text or "登陆" in text):
        return False
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _LOGIN_STEP.search(line) and not _ONLINE_NOT.search(line):
            if any(_APPLY_STEP.search(step) and not _ONLINE_NOT.search(step) for step in lines[i + 1:i + 1 + _STEPS_AHEAD]):
                return True
    return False


def find_modes(text: str, places: list[str] | None = None) -> list[str]:
    """How the certificate is obtained: a subset of on_site, mail, online, electronic."""
    modes = []
    if "来源" in text or "作者" in text:  # the site a page credits (`来源:某某教育网`) is no channel of the notice
        text = CREDIT.sub("", text)
    # (each substitution only where the text holds a word all its matches contain: `://`/`www.` for a URL,
    # 寄 or 快递 for documents posted)
    if "://" in text or "www." in text:
        text = _URL.sub("", text)
    text = _NEGATED_CHANNEL.sub("", text)
    if "寄" in text or "快递" in text:
        text = _MAILED_BETWEEN_OFFICES.sub("", _MAILED_DOCUMENTS.sub("", text))
    if places or any(not ((way := _on_site_way(m)) and _NOT_ON_SITE_WAY.search(way)) for m in _ON_SITE.finditer(text)) or (
            _MORE_ON_SITE_WORDS.search(text) and _MORE_ON_SITE.search(text)):
        modes.append("on_site")
    if _MAIL.search(text):
        modes.append("mail")
    # (`报名时在…网填写的通讯地址`: a form filled in before, not an application now)
    if any((not _ONLINE_NOT.search(m.group(0)) or _MAIL_FORM.match(text, m.end())) and not _REMINDER.match(text, m.end())
           and not text.startswith("的", m.end()) for m in _ONLINE.finditer(text)) or _online_steps(text):
        modes.append("online")
    # (every `_ELECTRONIC` match holds 电子 or 打印: a sentence without either is skipped unsearched, and a text without
    # their characters has no such sentence (a sentence may join two lines, so the characters, not the words, are tested))
    if (("电" in text and "子" in text) or ("打" in text and "印" in text)) and any(
            ("电子" in s or "打印" in s) and _ELECTRONIC.search(s) and not (_ELECTRONIC_ONLY_MENTIONED.search(s) and not
            _ELECTRONIC_OFFERED.search(_ELECTRONIC_ONLY_MENTIONED.sub("", s))) for s in _sentences(text)):
        modes.append("electronic")
    return modes
