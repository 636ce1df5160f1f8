"""Key fact `materials`: the documents to bring, show or hand in, each as its noun phrase without whose it is
(tests/data/real_notices/README.md, "Key facts"). `find_materials(text)` reads the Simplified text.

Over 300 lines: documents are listed in many shapes — after a verb (`携带…`, `凭…`), under a heading as a numbered or
unnumbered list, inline after a label, in a block of bare document lines — and every shape cuts its phrase into
items with the same splitting and trimming (`_phrase_items`, `_trim_item`, `_not_item`); parted further, the shapes
would import those back and forth.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.keyfacts_clauses import (
    _bodies,
    _bracket_masked,
    _BRACKETS,
    _CLAUSE_END,
    _COMMA,
    _dedupe,
    _lines,
    _LIST_ITEM,
    _LIST_ITEM_OPENERS,
    _SEMICOLON,
    _SENTENCE_END,
)


_DOC_WORD = re.compile(
    r"身份证|身份证明|证件|准考证|照片|登记照|免冠|证书|证明|委托书|介绍信|登记表|合格单|成绩单|申请|声明|复印件|原件"
    r"|毕业证|学历|报纸|凭条|通知书|通知单|号码单|户口|学位|表|名册|名单|清单|软盘|证件照|彩照|近照|相片|委托函|授权书|承诺书|公函|旧证|原证|学生证|学员证|工作证|校园卡|凭证|回执"
    # identity papers other than the 身份证 that a list of them names (`身份证件(如身份证、驾驶证、社保卡等)`)
    r"|护照|驾驶证|驾照|军官证|社保卡|社会保障卡|居住证|结婚证|通行证|台胞证|回乡证|户籍证明"
    # Taiwan usage, kept by the Simplified conversion: 身分证 (身份证), 影本 (复印件)
    r"|身分证|影本|合格证"
    # a certificate named by its short name (`会计从业资格证`, `原会计证`)
    r"|资格证|会计证")
# the documents a bare verb must be followed by to name materials (`准备`, `需要`, `带` alone say so only then)
_BRING_DOCUMENT = r"(?:身份证|准考证|照片|委托书|证件|户口|学历|毕业证|原证书|旧证|原件|复印件|遗失声明|登报)"
_BRING = re.compile(
    # (`须带`: 带 alone only after a word of obligation, not in 带来/带走; a question, `要带哪些证件?`, names none)
    # (the lookahead names the characters a match opens on, a word of obligation or a verb's first, so the engine
    # rejects other positions on one class)
    r"(?=[须需应请携持凭带备另出提交准还随自])(?:须|需|需要|应|请)?(?:携带|携(?![带手程])|(?<![支坚保维主扶把])持(?!续|证|有(?!效)|[^，。,;；]{1,20}?的(?:合格人员|考生|人员|申请人))|凭(?!证(?![件书明]))|带齐|带上|带好|带着|随带|自带|备齐|备好|另交|另附|(?<=[须需要应请另时])带(?![来走回去])|出示|出具|提交(?!申请(?![表书]))|交验|交回|提供|准备的?资料有"
    r"|还[需须]要?(?!提供|携带|出示|提交|出具|[^，。,;；]{0,4}(?:领取|办理|签|填|到|前往))"
    # `准备身份证原件`, `一般需要本人身份证原件`, `,带身份证原件` (a clause opening on 带)
    r"|准备好?(?=[^，。,;；]{0,4}?" + _BRING_DOCUMENT + r")|(?<![必只])[需须]要?(?=(?:本人|考生)?的?" + _BRING_DOCUMENT
    # `补办需要:(1)…;(2)…`: a numbered list after the colon
    + r"|[:：]\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．]|[①-⑳]))"
    # (and after any word but one 带 makes a noun or another verb with, `领证带身份证`, `本人带…`, `通常带…`, `带了…`)
    r"|(?<![携纽地腰皮热绷夹磁附连])带了?(?=(?:本人|考生)?的?(?:单位)?(?:介绍信|" + _BRING_DOCUMENT[3:] + r"))(?![的完过了]|什么|哪)(?:以下|下列)?"
    r"(?:[一二三四五六七八九十\d]+[类项种份](?:关键|必要|必需|相关|所需|有关)?的?)?(?:材料|资料|证件)?\s*[:：]?")
_BRING_STOP = re.compile(
    # (the lookahead names the first character of every alternative, as in `_BRING`)
    r"(?=[到前至赴去于在，,签领办申补换进方即自一等现当验向每。；;：:—→统集随就])"
    r"(?:到|前往|前来|至|赴|去(?![除掉年世])|于|在(?:规定|指定|工作|《|\d)|[，,]在|签名(?!的|委托)|签字(?!的|委托)|签收(?![表单])|领取(?!人|回执|[^，。,;；、]{0,4}?(?:名单|名册|清单|签收表))|(?<!代)领证(?!人|回执)|办理|办证|申领|补领|换领|换发|进行|方可|即可|自行|一并|等(?!级)|现场"
    r"|当面|验收|[，,]?向|[。；;：:]"
    # (`…就行`, `…就可以`: what it takes, said after the documents)
    r"|就(?=行|可以|好了)"
    # a time after the document (`凭身份证每周一领取`)
    r"|每(?=周|天|日|星期|月)|随时"
    # the steps of a procedure (`提交材料—窗口受理—审核`, `受理→审核→发证`): the next step is no document
    r"|—|→"
    # a group collecting what it brings (`凭介绍信和人员名单统一领取`, `…集中办理`)
    r"|统一(?!社会)|集中)")
# (a phrase without 原件 is split the same by all but the last alternative of `_ITEM_SPLIT`, which never matches there;
# each written to open on a literal — `和(?<!共和)` for `(?<!共)和`, the same positions — a search skips to their first
# characters, where the zero-width alternative made it try every position)
_ITEM_SPLIT_PLAIN = re.compile(r"、|，|,|/|!|！|~|～|以及|及|和(?<!共和)|与(?![^、，,]{1,12}?(?:相同|同底|一致))|或者|或|并(?!且)|\+")
_ITEM_SPLIT = re.compile(_ITEM_SPLIT_PLAIN.pattern + r"|(?<=原件)(?=[\u4e00-\u9fff]{2,})")
_OWNER = re.compile(
    r"^(?:考生本人|考生|本人|领证人(?!员)|代领人|被代领人|代办人|申领人|申请人|领取人(?!员)|持证人|委托人|受委托人|被委托人|受托人|代签人|经办人|收件人|当事人|"
    r"双方|(?:考试)?合格人员(?!名单|花?名册)|个人|其他|其它|其|自己|的资料为|的材料为|资料为|材料为)+(?:的|及)?"
    # (not in a form's name, `合格人员登记表`, `个人信息表`: a form is named whole)
    r"(?![\u4e00-\u9fff]{0,4}?(?:表|名册|名单)$)")
# (what a photo or document must match, `与准考证同底版`, `与报名信息一致的`, is no part of its name)
_ITEM_TRIM_HEAD = (r"^(?:与[^、，,的]{1,14}?(?:一致|相同|同一|同|相近|近似)(?:底版|底板|底片|底)?的?|与|的|(?:例如|比如|如(?![实有果需下何期]))(?=[\u4e00-\u9fff]{2})|有效期内的?|有效|相关|相应的?|个人|原(?=件)|须|需|应|请|同时|[一二两三四五\d]份|[一二两三四五\d]张|(?:亲笔)?(?:签名|签字|盖章)的|加盖[^的]{1,8}的"
                   # a form brought filled in (`携带身份证、填写完整的申请表`): the form
                   r"|填写(?:完整|完毕|齐全|好)?的|填写(?=《))+")
_ITEM_TRIM_TAIL = (r"(?:一式[一二两三四五六七八九十\d]+份|各?[一二两三四五六七八九十乙\d]+[张份本]|等材料|等|均可|代领|(?<=[件证书照片表明])外"
                   # what the document is for (`身份证件以便核对身份`, `成绩单作为凭据`)
                   r"|(?<=[件证书照片表明单])(?:以便|以供|用于|作为)[\u4e00-\u9fff]*)$")
_ITEM_TRIM = re.compile(_ITEM_TRIM_HEAD + "|" + _ITEM_TRIM_TAIL)
# Speed: `_ITEM_TRIM`'s tail alternatives end the string (`$`, and a trimmed item has no newline to end on) on 份, 张, 本, 料,
# 等, 可, 领 or 外, or hold one of 以便/以供/用于/作为: an item that does neither is trimmed by the head alone (`^`, tried once)
_ITEM_TRIM_HEAD_ONLY = re.compile(_ITEM_TRIM_HEAD)
_TRIM_TAIL_LAST = "份张本料等可领外"
_PURPOSE = re.compile("以便|以供|用于|作为")
# (凭 as a verb, not the noun 凭证: `缴费凭证`; `凭证件`, `凭证书` are the verb)
# (and what a clause before a document asks with it, kept in the item when the clause held no verb `_BRING` reads:
# `代领须带委托书`, `单位代领的须出具介绍信`, `部分地区还要求一寸照片`, `通常需要本人身份证原件`, `签署《…申请书》`, `打印《…表》`;
# 出具 only after a word of obligation or 的, not in `单位出具的证明`, whose issuer names the document)
_ITEM_VERB = re.compile(r".*(?:提供|携带|出示|提交|交验|交回|持(?!证人)|凭(?!证(?![件书明])|据)|另带|另交|附(?!件)|还[需须]要?"
                        r"|带(?<=[要须需还另]带)下?|出具(?<=[须需应要的]出具)(?!的)|另需|还要求|要求(?=填写|提供|携带|出示|提交)|还要|需要(?<![不只所必]需要)"
                        r"|签署(?!的)|打印(?=《)|填报(?=《)|下载并?填写(?=《))")
_ITEM_VERB_WORD = re.compile(r"提供|携带|出示|提交|交验|交回|持|凭|另带|另交|附|还需|还须|带|出具|另需|要求|还要|需要|签署|打印|填报|填写")
# a duty a document is put under after its name (`工作证明需加盖公章`), no document named after it
_TRAILING_DUTY = re.compile(r"(?<=[\u4e00-\u9fff》)）])(?<![所必无只])[需须]")
_ITEM_CONTEXT = re.compile(r"^[^的]{0,12}(?:时|所需|申报|上传|打印|报考|出具|开具)[^的]{0,6}的")
# (what an item opens with, `^`: matched at its start once)
# (nor a clause on what follows or how, `否则可能影响证书发放`, `按要求贴照片`, or where, `在签收表上`)
_NOT_ITEM_HEAD = re.compile(r"(?:填写(?!《)|下载|打印|可|需|须|应|要|将|会(?!计)|但|请|完|材料(?![单表])|资料(?![单表])|手续|否则|按|在(?![职校读岗册]))|通过|申请$"
                            r"|(?:相关|有关|申请|证明|所需|上述)?(?:材料|资料|手续)$|证书$")
# (the rest, anywhere in it; every alternative opens on a literal, so the search skips to the characters one opens on:
# a look-behind is written after its word (`以上(?<![中专科业及]以上)` for `(?<![中专科业及])以上`), a digit before a word
# looked behind from it (`元(?<=\d元)` for `\d元`: a match there exactly where there was one a character before), and
# `(?:a|b)$` as `a$|b$`)
_NOT_ITEM_ANYWHERE = re.compile(r"直邮|邮寄|网上|编号|管理号|电子证书|电子版|官网|网站|系统|服务"
                                r"|后$|公示|工作日|寄送|快递|费用|支付|的考生|考生$|上述|以上(?<![中专科业及]以上)|前述|指南|办法|规定|政策|流程|环节|步骤|包括"
                                # an application made (补办申请), a number quoted (身份证号码), a scan uploaded are not documents brought
                                r"|申请(?<!书面申请)$|号码$|证号$|账号$|编号$|验证码$|密码$|扫描件|电子(?:登记)?照片|截图"
                                r"|保管|退回|寄回|寄出|EMS|到付|吗|\?|？"
                                # what becomes of the certificate (`证书将由某中心统一保管`): a clause, cut where it goes on
                                r"|将由|证书由"
                                # a condition (`证书损坏的`), a pointer (`以准考证为准`)
                                r"|的$|为准"
                                # a clause about what happens to an application, not a document (`申请信息审核通过后…予以受理`)
                                r"|予以|审核通过|信息$"
                                # what is written on a document, not one (`照片背面用圆珠笔写上姓名`)
                                r"|背面|写上|注明"
                                # a fee to pay is no document (`资格证书工本费7元/本`)
                                r"|工本费|元(?<=\d元)"
                                # a time (`补证申请时间为11月10日`): when, not what
                                r"|时间为|月(?<=\d月)\d{1,2}日")


def _not_item(item: str) -> bool:
    """Whether `item` is no document: a word it opens with or holds (`_NOT_ITEM_HEAD`, `_NOT_ITEM_ANYWHERE`)."""
    return _NOT_ITEM_HEAD.match(item) is not None or _NOT_ITEM_ANYWHERE.search(item) is not None
# `相关证件(如身份证、准考证等)`: a generic noun whose brackets list the documents -> the documents
# (identity papers may list their kinds with no `如`: `有效身份证件(身份证、护照或驾照)`)
_GENERIC_WITH_LIST = re.compile(r"(?:(?:相关|有关|以下|身份)?(?:证件|证明|材料|资料)(?:原件|复印件)?[（(](?:如|例如|通常包括但不限于|包括)[:：]?"
                                r"|身份(?:证件|证明)[（(](?=[^（()）]*?[、或/])"
                                # (nor a generic `相关证件` whose bracket lists several: `相关证件(身份证、准考证等)`)
                                r"|(?:相关|有关)(?:证件|证明|材料|资料)(?:原件|复印件)?[（(](?=[^（()）]*?[、或/]))([^（()）]+?)"
                                r"(?:等(?:资料|材料|证件)?)?[)）]"
                                # the kind of copy after the bracket is each example's (`证件(如身份证、护照等)原件及复印件`)
                                r"((?:原件|复印件)(?:(?:及|和|与|、)(?:原件|复印件))?)?")
_EXAMPLE_SPLIT = re.compile(r"[、，,/]|或者|或")


def _examples(m: re.Match) -> str:
    """The examples a generic noun is given by, each with the copies named after the bracket."""
    if not m.group(2):
        return m.group(1)
    return "、".join(part + m.group(2) for part in _EXAMPLE_SPLIT.split(m.group(1)) if part.strip())
# `基础材料:身份证原件及复印件、准考证。` — materials given after a label on the line
_MATERIAL_LABEL = re.compile(r"^(?:(?:换证|补证|领证|办证)?[须需应]交\s*[:：]\s*(.+)$"  # `换证须交:A、B`
                             # `补证:A、B` / `换证(证书破损、信息变更):C、D`: the documents of each case
                             # (a list, not a sentence: `补证:会计证遗失的,持…到…申请` is read as one below)
                             r"|(?:补证|换证|补办|换发|补发)(?:[(（][^()（）]{1,20}[)）])?\s*[:：]\s*(?=[^:：]{0,40}?(?:身份证|照片|证书|声明|证明|复印件|原件))"
                             r"([^，,。;；]+[。;；]?)$"
                             r"|(?:基础|所需|所带|必备|携带|需带|须带|准备|应备|需要|需提交|提交|申请|申报|准备补发|准备补办|代领|委托"
                             # `取证材料:`, `换证所需资料:`
                             # (`领证须携带的材料:`, `补办应提交的资料:`)
                             r"|(?:领取|领证|取证|换证|办证|补证|补办|补发|申领|换发|办理)(?:所需|所带|(?:需|须|应)?(?:携带|带|准备|提交|提供)|需要|需|须)?的?)?"
                             # (or a table's key cell: `申报材料 | 1.A; 2.B |`, a service guide's row)
                             r"(?:材料|资料|文件|证件)(?:如下)?\s*(?:[:：]|——|—|[|｜])\s*(.+?)\s*[|｜]?\s*$"
                             # `领取要求:本人身份证原件、复印件;…`: requirements that open on a document are its documents
                             r"|(?:领取|领证|办理|办证)要求\s*[:：]\s*(?=(?:考生|本人)*的?(?:身份证|居民身份证|准考证))(.+?)\s*$)")
# whatever else is asked for (`其他相关资料`, `其他需要提供的证明材料原件`): no document named
_CATCH_ALL = re.compile(r"(?:材料|资料)(?:原件|复印件)?$")
# `需要准备相关的证明材料,包括A、B、C等`, `材料原件包括A、B`
# (`准备领证材料,进行现场领证!主要有:A、B`: the list after 主要有 too, a clause on from the noun)
# (or examples after a comma: `准备好领取证书所需的材料,如A、B、C等`)
_MATERIALS_INCLUDE = re.compile(r"(?:材料|资料|证件)(?:原件|复印件)?(?:[，,]?(?:主要|一般|通常)?包括|[^。；;:：]{0,16}?[，,!！]?主要有"
                                r"|[，,](?:如|例如|比如))[:：]?([^。；;]+)")
# `他人代领:X`, `单位集中领取:X`, `代领:X` — whose documents these are, then the documents
_PROXY_LABEL = re.compile(r"^(?:(?:他人|本人|个人|单位)(?:集中|统一|集体)?(?:代领|代为领取|领取|领证)|代领|委托代领|委托(?:他人)?(?:代领|领取))\s*(?:[:：]|——|—|\s-\s)\s*(.+)$")
# A line ending on a heading of materials: `(?:所需|需要|须|需|应)?(?:携带|提交|提供|准备|带齐|备齐)?的?(?:以下|下列)?` may come
# before the noun, but every word of it is optional, so a line ends on a heading exactly when it ends on the noun and
# what may follow it: that is what is searched (only whether it matches is read), and it opens on the noun, a
# literal the engine skips to (with the optional words in front it was tried at every position of the line).
_MATERIAL_HEADING = re.compile(r"(?:材料|资料|证件|手续)(?:准备|清单|要求|如下)?\s*(?:[(（][^（()）]{1,20}[)）])?\s*[:：]?\s*[】\]]?\s*$")  # (`【申请材料】`)
# gates (a word every match holds; a line without it skips the slow search): the heading's noun, `_BRING`'s verb
_MATERIAL_NOUN = re.compile(r"材料|资料|证件|手续")
# a numbered list's first item right after (`1.`, `(1)`): the one spelling the patterns below share
_FIRST_ITEM = r"(?:1[.、．]|[(（]1[)）])"
# a heading with its numbered list on the same line, no colon between them (`换证资料1.…;2.…`)
# (or any heading of materials with its colon, `准备以下材料:(1)…;(2)…`, a list a copy ran onto the heading's line)
_MATERIAL_HEADING_INLINE = re.compile(r"(?:所需|换证|领证|取证|办证|补证|申领|提交|携带)的?(?:材料|资料|证件)(?=\s*(?:" + _FIRST_ITEM
                                      + r"|①))|(?:材料|资料|证件)(?:如下)?\s*[:：](?=\s*(?:" + _FIRST_ITEM + r"|①))")
# a numbered list after any colon (`现将有关事项公告如下:(1)身份证原件;(2)《…表》`): its documents when every item is one
# (`_FIRST_ITEM`, its `1.` not a number's point: `1.5`)
_LIST_AFTER_COLON = re.compile(r"[:：](?=\s*(?:1[.、．](?!\d)|[(（]1[)）]))")
# a part of a labelled list that is a sentence of its own: an obligation, a proxy, a condition
# (a document's name is no sentence: `授权委托书`, `单位介绍信`)
_SAYS_MORE = re.compile(r"需|须|还|应|请|要|代领|委托(?![书函])|他人|^单位(?!介绍信|证明|公函)|^如|^若")
_RAN_IN = re.compile(r"(?:刊登|登载|刊载|登报)的")
# (each alternative a literal, `须带|需带|…` for `[须需要应请]带`, so the search can skip: a class opening one could not)
# a bare 证件 (`相关证件原件`): dropped beside a document named (the labels' convention)
_BARE_PAPERS = re.compile(r"(?:相关|有关)?证件(?:原件|复印件)?$")
# what a verb asks for when it names no document (`提交相关资料`): a list under the line may name them
_GENERIC_OBJECT = re.compile(r"(?:相关|有关|所需|规定的?)?(?:的)?(?:证明)?(?:材料|资料|证件)")  # (not 以上/上述: those point back)
_BRING_VERB = re.compile(r"携|持|凭|带|另交|另附|备齐|备好|出示|出具|提交|交验|交回|提供|准备|需|须")
# a line worth reading for materials holds a word one of the shapes read needs: a heading's noun (材料, 资料, 证件,
# 手续), a label's (材料, 资料, 文件; 他人/本人/个人/单位/代领/委托 opening `他人代领:`, `代领:`), 包括, or a verb `_BRING` opens on (spelt
# one literal at a time so the search can skip); the others (most lines) give none
# (the colon too, written twice: one alternative opening on the class `[:：]` made the engine try every alternative
# at every position, ~6× slower on our lines)
_LIST_AFTER = r"(?=\s*" + _FIRST_ITEM + ")"
_MATERIAL_VISIT = re.compile(":" + _LIST_AFTER + "|：" + _LIST_AFTER + r"|一式|书面申请|材料|资料|证件|手续|文件|他人|本人|个人|单位|代领|委托|包括|补证|换证|补办|换发|补发|须交|需交|应交|携|持|凭|带|另交|另附|备齐|备好|出示|出具|提交|交验|交回|提供|准备|需|须|将")
_SENTENCE_NUMBER = re.compile(r"\s*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])\s*")


def _unnumbered(sentence: str) -> str:
    """`sentence` stripped, without the number it opens on (`2.他人代领:…` → `他人代领:…`)."""
    number = _SENTENCE_NUMBER.match(sentence)
    return sentence[number.end():].strip() if number else sentence.strip()


# the words a `_PROXY_LABEL` opens the line on
_PROXY_OPENERS = ("他人", "本人", "个人", "单位", "代领", "委托")
# a label's separator: a colon, or a dash (`代领——委托书`)
_LABEL_MARKS = (":", "：", "—", " - ", "|", "｜")
# (whether a string holds one of `_LABEL_MARKS`, in one search: no generator per line)
_LABEL_MARK = re.compile("|".join(map(re.escape, _LABEL_MARKS)))
_BOOK_TITLE = re.compile(r"《[^《》]{1,40}》")
# `需提交:1.身份证原件;2.准考证;3.照片一张。`: a numbered list written on the line after the verb
_INLINE_LIST_START = re.compile(r"\s*(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])")
_INLINE_LIST_MARK = re.compile(r"[；;，,]?\s*(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*")
_INLINE_LIST_END = re.compile(r"[。！!？?]")
_SENT_AS_SCAN = re.compile(r"上传|扫描|发送|电子版")  # (scans uploaded, not documents brought)
_COLON = re.compile(r"[:：]")  # (its items are parted by ；, so only a full stop ends it)
_HANDED_OUT = re.compile(r"[（(][^）)]*(?:由[^）)]*提供|现场填写|现场领取)[^）)]*[）)]")
_HANDED_OUT_ITEM = re.compile(r"[^、，,;；:：]*" + _HANDED_OUT.pattern)


# what a bring verb is negated by, right before it (`无需携带`, `不需要提交`, `无需再提交`, `不再提供`, `免于提交`): what
# follows is not brought (the duty words `需`/`须` are read as the match's own, so the negation may stand before them or it)
_NEGATED_BRING = re.compile(r"(?:不|无|免|免于)(?:需要?|须|用|必|要)?再?$")


# a form filled in in copies (`填写《某某登记表》一式两份`, `下载填写《…》,并打印一式两份`): paper handed in, a document
_FORM_IN_COPIES = re.compile(r"(?:填写|填报)(?:好|完整|完毕)?的?《([^《》]{2,40}?(?:表|书|册))》(?:[(（][^()（）]{0,12}[)）])?"
                             r"(?:[，,]?并?打印)?(?:一式|各)[一二两三四五\d]份")
# a written application handed in (`提出证书补发的书面申请`): a document, whatever it is about
_WRITTEN_APPLICATION = re.compile(r"(?:提出|提交|递交|出具)[^，。,;；]{0,10}?书面申请")
# documents posted to the office (`请将原证书、身份证复印件邮寄至市人事考试中心`): handed in by post
# (to an office: an office posting certificates out, `将合格证书寄送到您的收件地址`, names no material)
# (or handed in there, `将申请表、身份证复印件提交至…机构`, `连同身份证复印件、遗失声明原件,交至…办公室`)
# (or sent up to it, 至 or not, by a day: `将原证书、身份证复印件报送所在市造价管理站`, `将…等资料一并于8月30日前上报省财政厅`)
_MAILED_IN = re.compile(r"(?:将|连同)([^，。,;；将]{2,80}?)[，,]?(?:一并)?(?:于[^，。,;；将]{2,16}?前)?"
                        r"(?:(?:邮寄|寄送|快递|寄|提交|递交|报送|交|(?<!发)送)(?:至|到|给)|(?P<up>报送|上报)(?![至到给]))"
                        r"(?=[^，。,;；]{0,20}?(?:中心|局|院|处|科|办|站|所|窗口|部门|机构|办公室))"
                        r"(?!考生|您|你|本人|收件|通讯|个人)")
_COPY_END = re.compile(r"(原件|复印件)$")
_OF_ORIGINALS = re.compile(r"、[^、，,;；。]{2,20}的原件\s*$")
_ITEM_END = re.compile(r"[；;。]")
_INFORMATION = re.compile(r"等?(?:个人)?信息")
_ID_DOCUMENT = re.compile("身份证|证件")
_VALID = re.compile(r"有效(?!期)")


# Speed: `_OWNER` and `_ITEM_TRIM_HEAD` open on `^` (they match at an item's start or nowhere) and every alternative of
# each opens on one of these characters (or, for the head, a digit: `\d` is `str.isdecimal`), so an item opening on
# none of them is left as it was without the call (most items: `身份证原件`, `准考证`)
_OWNER_OPENERS = "考本领代被申持委受经收当双合个其自的资材"
_TRIM_HEAD_OPENERS = "与的例比如有相个原须需应请同一二两三四五亲签盖加填"


def _trim_item(item: str) -> str:
    words = item.strip()
    if words[:1] in _OWNER_OPENERS:
        words = _OWNER.sub("", words)
    if words[-1:] in _TRIM_TAIL_LAST or _PURPOSE.search(words):
        return _ITEM_TRIM.sub("", words).strip()
    if words[:1] in _TRIM_HEAD_OPENERS or words[:1].isdecimal():
        return _ITEM_TRIM_HEAD_ONLY.sub("", words).strip()
    return words.strip()


# `1寸、2寸照片各1张`, `一寸和二寸免冠照片`: the photo named once for the sizes listed before it
_PHOTO_SIZE = r"(?:小|大)?[一二两三四1-4]\s*寸半?"
_SIZE_ONLY = re.compile(r"^\s*(?:近期)?" + _PHOTO_SIZE + r"\s*$")
_SIZED_PHOTO = re.compile(r"^\s*(?:近期)?" + _PHOTO_SIZE + r"(?P<photo>[^、，,]{0,8}?(?:照片|相片|彩照|证件照))")


def _sizes_distributed(pieces: list[str]) -> list[str]:
    """`pieces` with a bare size before a sized photo given that photo's noun (`1寸` before `2寸照片` → `1寸照片`)."""
    if len(pieces) < 2 or not any("寸" in piece for piece in pieces):
        return pieces
    out = list(pieces)
    for k in range(len(out) - 2, -1, -1):  # (from the end: `1寸、2寸、3寸照片` passes the noun along)
        if _SIZE_ONLY.match(out[k]) and (m := _SIZED_PHOTO.match(out[k + 1])):
            out[k] = out[k].strip() + m.group("photo")
    return out


def _aside_dropped(bracket: re.Match) -> str:
    """What a bracket says is aside (`身份证(正反面)`), unless it is part of a document's name: a short bracket naming a
    document, with a document word right after it (`最高学历(学位)证书`)."""
    inner = bracket.group(0)
    return inner if len(inner) <= 6 and _DOC_WORD.search(inner) and _DOC_WORD.match(bracket.string, bracket.end()) else ""


def _item_pieces(phrase: str) -> list[str]:
    """`_ITEM_SPLIT.split(phrase)`, but not inside a form's title (`《某省统计初、中级证书补办申请表》`) or a bracket, nor
    between a modifier and its opposite (`全日制和非全日制最高学历证书`: one document, qualified twice)."""
    split = _ITEM_SPLIT if "原件" in phrase else _ITEM_SPLIT_PLAIN
    if not ("《" in phrase or "(" in phrase or "（" in phrase or "非" in phrase):  # (nothing below applies: the plain split)
        return split.split(phrase)
    whole = [t.span() for t in _BOOK_TITLE.finditer(phrase)] if "《" in phrase else []
    if "(" in phrase or "（" in phrase:  # (a bracket kept as part of a name, `学历(或学位)证书`, is one piece too)
        whole += [b.span() for b in _BRACKETS.finditer(phrase)]
    pieces, start = [], 0
    for m in split.finditer(phrase):
        if any(lo < m.start() < hi for lo, hi in whole):
            continue
        piece = phrase[start:m.start()]
        nxt = split.search(phrase, m.end())
        following = phrase[m.end():nxt.start() if nxt else len(phrase)]
        if (m.group(0) in ("和", "与", "及", "或") and piece.strip() and "非" + piece.strip() in following
                and not _DOC_WORD.search(piece) and not _OWNER.fullmatch(piece.strip())):
            continue  # (`全日制和非全日制…`: a modifier and its opposite go on into the next piece; not whose it is)
        pieces.append(phrase[start:m.start()])
        start = m.end()
    pieces.append(phrase[start:])
    return pieces


# Spaces for the marks between documents (`须带:身份证原件  准考证复印件`, a page that lost its 、 or a table's cells run
# together): a piece parted by spaces into words that each name a document is that many documents (`身份证 原件`, a
# word spaced apart, is two words joined again below as the original of the one before).
_SPACES = re.compile(r"[ \t\u3000\xa0]+")


def _space_parted(pieces: list[str]) -> list[str]:
    """`pieces` with each one that spaces part into document words split into them (`_SPACES`)."""
    out: list[str] = []
    for piece in pieces:
        words: list[str] = []
        stripped = piece.strip()
        for word in _SPACES.split(stripped) if _SPACES.search(stripped) else ():
            # (`身份证 原件`: a word spaced apart, one document; `身份证原件  复印件` are two, as with 、 between them)
            if words and word in ("原件", "复印件") and not words[-1].endswith(("原件", "复印件")):
                words[-1] += word
            else:
                words.append(word)
        out.extend(words if len(words) > 1 and all(_DOC_WORD.search(w) for w in words) else [piece])
    return out


def _items(phrase: str) -> list[str]:
    """The documents `phrase` names, each as its noun phrase (`_phrase_items`, a copy)."""
    return list(_phrase_items(phrase))


# Speed: a text's lines under a materials heading are read twice, as the heading's list and as a block of bare document
# lines (`_document_block`), so the same phrase is split again: its items are kept (a tuple, never mutated) while one
# text is read. The cache is emptied as `find_materials` starts on a text: what is kept is only what that text repeats.
@lru_cache(maxsize=256)
def _phrase_items(phrase: str) -> tuple[str, ...]:
    items: list[str] = []
    if "(" in phrase or "（" in phrase:  # (both patterns open on a bracket)
        # `《…登记表》(现场填写)`: a form given on the spot is no document brought (nor its name a piece)
        phrase = _HANDED_OUT_ITEM.sub("", phrase) if _HANDED_OUT.search(phrase) else phrase
        phrase = _BRACKETS.sub(_aside_dropped, _GENERIC_WITH_LIST.sub(_examples, phrase))
    pieces = _item_pieces(phrase)
    if " " in phrase or "\t" in phrase or "\u3000" in phrase or "\xa0" in phrase:  # (a piece holds a space only then)
        pieces = _space_parted(pieces)
    for raw in _sizes_distributed(pieces):
        # every step below keeps a piece of `raw` (a prefix or suffix removed, or 原件/复印件 joined to the item
        # before, itself a document word), and only an item with a document word is kept: without one, skip it
        if not _DOC_WORD.search(raw):
            continue
        item = raw.strip()
        if item.startswith(("当场填写", "现场填写")):
            continue  # (`当场填写《…登记表》`: a form filled in at the window, no document brought)
        if items and item.startswith(("其他", "其它")) and ("证件" in item or _CATCH_ALL.search(item)):
            # `身份证原件或者其他有效身份证件`: an alternative to the document before, not a second one; `…,以及其他需要
            # 提供的证明材料原件`: whatever else is asked for, no document named
            continue
        if _ITEM_VERB_WORD.search(item):  # (`_ITEM_VERB` ends on one of these verbs)
            item = _ITEM_VERB.sub("", item)  # `增报人员还需要提供原证书原件`
        if ("需" in item or "须" in item) and (duty := _TRAILING_DUTY.search(item)) \
                and _DOC_WORD.search(item, 0, duty.start()) and not _DOC_WORD.search(item, duty.end()):
            item = item[:duty.start()]  # `学历证明需经学信网验证`, `名单须写明姓名`: the document, not what it must show
        if "的" in item:  # (`_ITEM_CONTEXT` ends on 的)
            named = _ITEM_CONTEXT.sub("", item)  # `报名时申报的身份证原件`, `街道出具的户籍证明`
            item = named if len(named) > 2 else item  # (`单位出具的证明`: a bare 证明 is named by who issues it)
        trimmed = _trim_item(item)
        item = _trim_item(trimmed) if trimmed != item else item  # (trimmed twice; a second pass changes no item the first left)
        if "》的" in item:  # `《…登记表》的审核盖章版本`: the form named
            item = item[:item.index("》的")]
        if "—《" in item and (titled := _DASH_TITLE.search(item)):  # `受理单——《某省…受理单》`: the form, by its title
            item = titled.group(1)
        if "的" in item and (ran := _RAN_IN.search(item)):  # `在《某某日报》刊登的遗失声明`: the notice, not where it ran
            item = item[ran.end():]
        item = item.strip("《》“”\"' （）()~～!！")  # (`身份证原件~`: a post's flourish)
        if "》" in item and "《" not in item:  # (`《…成绩单》原件` with its opening bracket stripped: the title's close too)
            item = item.replace("》", "")
        if "有效" in item:  # `原有效会计证原件`: a document as named, without 有效 (the labels' convention)
            item = _VALID.sub("", item)
        if item in ("原件", "复印件") and items:
            item = _COPY_END.sub("", items[-1]) + item  # 身份证原件、复印件; 身份证及复印件
        if item.endswith(("的原件", "的复印件")):
            item = item.replace("的原件", "原件").replace("的复印件", "复印件")  # `学历证书的原件`
        if 2 <= len(item) <= 30 and _DOC_WORD.search(item) and not _not_item(item):
            items.append(item)
    if len(items) > 1 and _OF_ORIGINALS.search(phrase):
        # `凭身份证、毕业证书、某合格证的原件`: the originals of each document listed
        items = [item if item.endswith(("原件", "复印件")) else item + "原件" for item in items]
    elif len(items) > 2 and "复印件" in phrase:
        items = _copies_spread(items, phrase)
    return tuple(items)


_JOINED = ("及", "和", "与", "以及")


def _copies_spread(items: list[str], phrase: str) -> list[str]:
    """`学历证书及职称证书原件及复印件`: an original and a copy of each document joined (及/和/与) to the last, as the corpus
    reads it, not of the last alone; a document listed with 、 before them keeps its own reading."""
    last, copy = items[-2], items[-1]
    if not (last.endswith("原件") and copy == last[:-2] + "复印件"):
        return items
    name, k = last[:-2], len(items) - 3
    spread: list[str] = []
    while k >= 0 and not items[k].endswith(("原件", "复印件")) and any(items[k] + j + name in phrase for j in _JOINED):
        spread[:0] = [items[k] + "原件", items[k] + "复印件"]
        name, k = items[k], k - 1
    return items[:k + 1] + spread + items[-2:] if spread else items


_ITEM_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]\s*(.+)$")
_DASH_TITLE = re.compile(r"—《([^《》]{2,40})》")


_MARK_NUMBER = re.compile(r"\d{1,2}")


def _last_mark_number(text: str, start: int = 0, end: int | None = None) -> int | None:
    """The number of the last list mark in `text[start:end]` written in figures (`2.`, `(2)`; not `②`), or None."""
    marks = [m for m in _INLINE_LIST_MARK.finditer(text, start, len(text) if end is None else end)
             if _MARK_NUMBER.search(m[0])]
    return int(_MARK_NUMBER.search(marks[-1][0])[0]) if marks else None


def _list_span(text: str) -> str:
    """`text` up to the full stop that ends its numbered list: a stop right before the list's next number (`(1)成绩单。(2)身份
    证原件。`, each item a sentence of its own) ends an item, not the list."""
    stop = _INLINE_LIST_END.search(text)
    while stop:
        following = _INLINE_LIST_START.match(text, stop.end())
        last = _last_mark_number(text, 0, stop.start())
        if not (following and last is not None and int(_MARK_NUMBER.search(following[0])[0]) == last + 1):
            return text[:stop.start()]
        stop = _INLINE_LIST_END.search(text, stop.end())
    return text


def _inline_list(text: str) -> list[str]:
    """The documents of a numbered list written on one line (`1.身份证原件;2.准考证` or `1.申请表 2.身份证复印件`), up to a
    full stop; each item up to where a document phrase stops (`到…`, `领取`)."""
    found: list[str] = []
    for part in _INLINE_LIST_MARK.split(_list_span(text)):
        verbs = list(_BRING.finditer(part)) if _BRING_VERB.search(part) else []
        if verbs and verbs[-1].end() < len(part):  # `委托领取的,带委托书`: what its own (last) verb names
            part = part[verbs[-1].end():]
        found.extend(_items(_up_to_stop(part, _stop_outside_brackets(part))))
    return found


def _stop_outside_brackets(rest: str) -> re.Match | None:
    """Where a document phrase after its verb stops (`_BRING_STOP`), not counting what brackets say
    (`身份证原件(用于办理证书)`) or what a form's title says."""
    rest = _bracket_masked(rest)
    if "《" in rest:  # (nor what a form's title says: `《领取…证书人员花名册》`)
        rest = _BOOK_TITLE.sub(lambda b: "《" + "＿" * (len(b.group(0)) - 2) + "》", rest)  # (`在《…》上签字` stops)
    return _BRING_STOP.search(rest)


def _up_to_stop(phrase: str, stop: re.Match | None) -> str:
    """A document phrase up to where it stops: `stop` is `_BRING_STOP`'s match in it, with brackets and forms' titles
    masked (`_stop_outside_brackets`) where a bracket may hold a stop word that is no stop (`身份证原件(用于办理证书)`)."""
    return phrase[: stop.start()] if stop else phrase


_ITEM_NUMBER = re.compile(r"\s*[(（]?(\d{1,2})")


def _next_item_follows(lines: list[str], i: int) -> bool:
    """Whether line `i` is a numbered item (`2. …`) and the next line the item after it (`3. …`)."""
    if i + 1 >= len(lines):
        return False
    here, there = _ITEM_NUMBER.match(lines[i]), _ITEM_NUMBER.match(lines[i + 1])
    return bool(here and there and _LIST_ITEM.match(lines[i]) and _LIST_ITEM.match(lines[i + 1])
                and int(there.group(1)) == int(here.group(1)) + 1)


def _numbered_list(lines: list[str], start: int) -> list[str]:
    items: list[str] = []
    last = 0
    for line in lines[start:]:
        m = _LIST_ITEM.match(line)
        if not m:
            break
        number = _ITEM_NUMBER.match(line)
        if number:  # a list numbered from 1 again is another list (`(1)…(3)` documents, then `1. 登录…` steps)
            if int(number.group(1)) <= last:
                break
            last = int(number.group(1))
        text = _ITEM_END.split(m.group(1))[0]
        label = _ITEM_LABEL.match(text)
        if label:  # `申请表:填写并提交X申请表`, `身份证明:携带身份证原件`: the item's own words follow its label
            text = label.group(1)
        if _HANDED_OUT.search(text):  # `补办申请表(一般由考试中心提供)`: a form given on the spot
            continue
        said = _bracket_masked(text)  # (a verb inside a bracket is read below, with the bracket)
        if _BRING_VERB.search(said) and (verbs := list(_BRING.finditer(said))):
            # `考生凭本人身份证领取证书` (a list of steps under `领取手续`): what its verb names, up to where that stops
            rest = text[verbs[-1].end():]
            text = _up_to_stop(rest, _stop_outside_brackets(rest))
        elif said != text and _BRING_VERB.search(text):
            # `准考证(无准考证者须提供身份证原件)`: the item, and what its bracket asks for instead or as well
            for bracket in _BRACKETS.findall(text):
                for verb in _BRING.finditer(bracket):
                    rest = bracket[verb.end():].rstrip(")）")
                    items.extend(_items(_up_to_stop(rest, _BRING_STOP.search(rest))))
        items.extend(_items(text))
    return items


# a line that is only a document (`身份证原件及复印件`, `成绩合格单(2000年以前合格者无需)`): short, no verb, no sentence
_BARE_DOCUMENT_LINE_MAX = 30
# (the punctuation spelt one mark per alternative, `。|，|…` for `[。，…]`, so that every alternative opens on a literal)
# (nor a post's stamp, `原创 某某 发表于北京`, whose 发表 holds the 表 of a form, nor a way in online, `…申领入口`)
_NOT_BARE_DOCUMENT = re.compile(r"。|，|,|:|：|\?|？|领取|办理|发放|申请(?!表|书)|登录|考生|须|需|请(?<!申请)|可|什么|怎么|哪|吗|时间"
                                r"|发表|原创|入口")




def _may_be_list_item(line: str) -> bool:
    """False when `_LIST_ITEM` cannot match `line`: its first non-space character opens no item mark."""
    first = line[:1]
    if first.isspace():
        first = line.lstrip()[:1]
    return first.isdecimal() or (first != "" and first in _LIST_ITEM_OPENERS)


def _bare_documents(body: str) -> list[str]:
    item = _LIST_ITEM.match(body) if _may_be_list_item(body) else None  # (`- 身份证原件`: a mark `_bodies` leaves)
    words = item.group(1) if item else body
    if "(" in words or "（" in words:  # (every `_BRACKETS` match opens on a bracket)
        if _HANDED_OUT.search(words):  # `《…申请表》(现场领取填写)`: a form given on the spot
            return []
        words = _BRACKETS.sub("", words)  # (what brackets say, `(2000年以前合格者无需)`, is aside)
    words = words.rstrip("；;。")
    if len(words) > _BARE_DOCUMENT_LINE_MAX or _NOT_BARE_DOCUMENT.search(words):
        return []
    # (`_items` keeps only pieces of a bracket-free phrase holding a document word: without one, it finds none)
    if "(" not in words and "（" not in words and not _DOC_WORD.search(words):
        return []
    items = _items(words)
    # (nearly) every character of the line is a document's: nothing is left that says anything else
    return items if items and len("".join(items)) >= len(words) * 0.6 else []


# the first line under a heading may list its documents on one line, longer than a bare document line
_UNDER_HEADING_LINE_MAX = 80


def _unnumbered_list(bodies: tuple[str, ...], start: int) -> list[str]:
    """The documents under a materials heading written without numbers: the lines that are only documents, from
    the heading on (`证书领取所需资料` / `考生本人身份证原件` / `准考证原件`); the first may list them on one line
    (`会计证、培训合格证书、一寸免冠照片五张。`)."""
    found: list[str] = []
    for k in range(start, len(bodies)):
        # (whose the document is, `考生本人身份证原件`, would read as a sentence about the candidate)
        docs = _bare_documents(_OWNER.sub("", bodies[k]))
        if not docs and k == start:
            words = bodies[k].rstrip("；;。")
            # (or parts them with spaces: `会计证  培训合格证书  一寸照片五张`, `_space_parted`)
            if (len(words) <= _UNDER_HEADING_LINE_MAX and ("、" in words or _SPACES.search(words.strip()))
                    and not _NOT_BARE_DOCUMENT.search(words)):
                docs = _items(words)
        if not docs:
            if _HANDED_OUT.search(bodies[k]):  # (a form given on the spot is no material, and no end of the list)
                continue
            break
        found.extend(docs)
    return found


# a document one brings, not a certificate one is given (`某某证书申领通知` is a bare line too)
_BROUGHT_DOCUMENT = re.compile(r"身份证|照片|证件照|彩照|原件|复印件|委托书|介绍信|申请表|登记表|信息表|遗失声明")


def _numbered_documents(lines: tuple[str, ...], start: int, end: int) -> bool:
    """Whether lines `start`..`end-1` are all numbered items, two or more naming a document one brings: a list of
    documents whose heading the page lost (`1. 身份证原件及复印件` / `2. 《某某信息表》` / `3. 近期一寸照片`)."""
    return (sum(1 for line in lines[start:end] if _BROUGHT_DOCUMENT.search(line)) >= 2
            and all(_may_be_list_item(line) and _LIST_ITEM.match(line) for line in lines[start:end]))


def _next_number_opens(lines: tuple[str, ...] | list[str], k: int, number: int) -> bool:
    """Whether line `k` is a list's item numbered `number`."""
    opened = _ITEM_NUMBER.match(lines[k]) if k < len(lines) and _LIST_ITEM.match(lines[k]) else None
    return bool(opened and int(opened.group(1)) == number)


def _inline_documents(text: str) -> list[str]:
    """The documents of a numbered list run onto one line (`(1)身份证原件;(2)《某信息表》 (3)近期一寸照片`) when every item is a
    bare document and two or more name one brought, as `_numbered_documents` asks of a list on lines of its own."""
    parts = [part for part in _INLINE_LIST_MARK.split(_list_span(text)) if part.strip()]
    docs = [_bare_documents(part) for part in parts]
    if len(parts) < 2 or not all(docs) or sum(1 for part in parts if _BROUGHT_DOCUMENT.search(part)) < 2:
        return []
    return [d for found in docs for d in found]


def _speaks_of_materials(body: str) -> bool:
    """Does `body` speak of materials: their noun, or a bring verb not negated (`不提供证书补办` brings nothing)?"""
    return bool(_MATERIAL_NOUN.search(body)) or any(
        not _NEGATED_BRING.search(body, max(0, m.start() - 4), m.start()) for m in _BRING_VERB.finditer(body))


def _document_block(bodies: tuple[str, ...], lines: tuple[str, ...] = ()) -> list[str]:
    """Two or more bare document lines in a row, next to a line that speaks of materials (`提交材料至…`), or all numbered
    (`_numbered_documents`, `lines` the numbered lines of `bodies`): a list of documents written without a heading."""
    found: list[str] = []
    n = len(bodies)
    if n < 2:  # (a run needs two lines: a one-line text, most titles, has none)
        return found
    # Speed: most lines are told to give no bare documents here, without a call. In a line without brackets the words
    # `_bare_documents` reads are the line less a list mark (which holds no word of `_NOT_BARE_DOCUMENT` or `_DOC_WORD`)
    # and less the ；/。 it ends on, so it gives none when that holds a word of the first, no word of the second, or,
    # with no list mark, is too long. A line whose neighbours both fail this test is not read: it makes a run of one.
    maybe = [k for k, b in enumerate(bodies)
             if not ("(" not in b and "（" not in b
                     and (_NOT_BARE_DOCUMENT.search(words := b.rstrip("；;。")) or not _DOC_WORD.search(words) or (
                         len(words) > _BARE_DOCUMENT_LINE_MAX
                         and not (b[:1].isdecimal() or b[:1] in _LIST_ITEM_OPENERS or b[:1].isspace()))))]
    # A run of bare document lines lies within a run of two or more `maybe` lines (their indexes in a row), and is kept
    # only when a line next to it (in that run, or the line just before or after it) speaks of materials: the lines of a
    # run of `maybe` lines none of which, nor the line before or after it, does so are not read either (no run in it could
    # be kept). So each run of `maybe` lines is read alone, in order, and the other lines (most) are not visited.
    r = 0
    while r < len(maybe):
        first = r
        while r + 1 < len(maybe) and maybe[r + 1] == maybe[r] + 1:
            r += 1
        start, end = maybe[first], maybe[r] + 1  # (the run: lines start..end-1)
        r += 1
        if end - start < 2 or not (any(_speaks_of_materials(b) for b in bodies[max(0, start - 1):end + 1])
                                   or any(_BROUGHT_DOCUMENT.search(b) for b in bodies[start:end])):
            continue
        bare = [_bare_documents(b) for b in bodies[start:end]]
        i = 0
        while i < len(bare):  # (the runs of bare document lines in it, as `start + i`..`start + j - 1`)
            j = i
            while j < len(bare) and bare[j]:
                j += 1
            if j - i >= 2 and (any(_speaks_of_materials(b)
                                   for b in bodies[max(0, start + i - 1):start + i] + bodies[start + j:start + j + 1])  # (a line next to the run)
                               or (lines and _numbered_documents(lines, start + i, start + j))):
                found.extend(d for docs in bare[i:j] for d in docs)
            i = j + 1 if j > i else i + 1
    return found


def _named_with_copy(found: list[str], text: str) -> frozenset[str]:
    """`身份证件及复印件`: documents the text names with their copy right after them, two items though the first is
    contained in the second; `身份证` beside a separately named `身份证复印件`, or beside `身份证原件`, is not one."""
    named = set()
    for item in found:
        original = item[:-3]
        if (item.endswith("复印件") and len(original) >= 2 and not original.endswith("原件")
                and not any(original in other for other in found if other not in (item, original))  # (`身份证原件` named too)
                and any(original + joint + "复印件" in text for joint in ("及", "、", "和", "与", "以及"))):
            named.add(original)
    return frozenset(named)


# A pointer back to a form named before (`填写好《某登记表》,并携此表…`): that form
_FORM_POINTER = re.compile(r"^(?:此|该|本|上述|以上)(?:表|表格)$")
_NAMED_FORM = re.compile(r"《[^《》]{2,40}?表》")


def _resolved(item: str, before: str) -> str:
    """`item`, or the form a pointer to one (`此表`) stands for: the last one `before` names (the pointer as it is when
    none is named)."""
    if not _FORM_POINTER.match(item):
        return item
    named = _NAMED_FORM.findall(before)
    return named[-1] if named else item


def find_materials(text: str) -> list[str]:
    """Documents to bring or hand in, each as its noun phrase without whose it is (身份证原件, 准考证)."""
    found: list[str] = []
    _phrase_items.cache_clear()  # (its items are kept for this text only)
    lines, bodies = _lines(text), _bodies(text)
    for i in [i for i, body in enumerate(bodies) if _MATERIAL_VISIT.search(body)]:
        body = bodies[i]
        noun = _MATERIAL_NOUN.search(body) is not None  # (the gate of both headings below: searched once)
        # a heading, or a sentence whose last clause is one (`为顺利领取证书,考生需准备以下材料:`)
        if noun and len(_COMMA.split(body)[-1]) <= 30 and _MATERIAL_HEADING.search(body):
            # (not the next item of the heading's own list: `2. 准备…等材料` over `3. 选择…`)
            sibling = _next_item_follows(lines, i)
            listed = [] if sibling else _numbered_list(lines, i + 1) or _unnumbered_list(bodies, i + 1)
            if listed:
                found.extend(listed)
                continue
            # (no list under it: a line that only ends on the noun, `准备身份证原件、学历证明等材料`, is read on)
        if noun and (inline := _MATERIAL_HEADING_INLINE.search(body)):
            # `(四)换证资料1.《…登记表》;2.证书原件;3.身份证原件。`: the heading and its numbered list on one line
            found.extend(_inline_list(body[inline.end():]))  # (and the line read on: `若委托他人代办的,还需提供…`)
        elif ":" in body or "：" in body:
            for colon in _LIST_AFTER_COLON.finditer(body):
                if docs := _inline_documents(body[colon.end():]):
                    found.extend(docs)
                    # (a long line's list goes on on the next lines when a copy's spaces before its numbers were read
                    # as breaks, `pipelines/copied_lines.py`: `…:(1)A;(2)B` / `(3)C`)
                    if _next_number_opens(lines, i + 1, _last_mark_number(body, colon.end()) + 1):
                        found.extend(_numbered_list(lines, i + 1))
        if _LABEL_MARK.search(body):  # (each label read here is followed by its colon, dash or bar)
            # (a proxy label opens the line on 他人/本人/个人/单位)
            # a line opening on one, each sentence with its own (`个人领取:身份证原件;他人代领:委托书、…;单位集中领取:
            # 介绍信`; a line opening on a material label reads the proxies after it below)
            if body.startswith(_PROXY_OPENERS) and _PROXY_LABEL.match(body):
                # (the sentences after the first may be numbered on: `1.本人领取:…;2.他人代领:…`)
                proxies = [p for p in map(_PROXY_LABEL.match, map(_unnumbered, _SENTENCE_END.split(body)))
                           if p and not _BRING.search(p.group(1))]  # (one with a verb is read as a sentence below)
                for proxy in proxies:
                    found.extend(_items(proxy.group(1)))
                if proxies and not (_BRING_VERB.search(body) and _BRING.search(body)):
                    continue  # (a sentence with a verb, `代领:若…。代领人需携带…`, is read below)
            # (every `_MATERIAL_LABEL` match holds 材料, 资料, 文件 or 证件, one of the case labels' words (交, 补, 换) or 要求:
            # a line without them holds no label)
            label_noun = ("材料" in body or "资料" in body or "文件" in body or "证件" in body
                          or "交" in body or "补" in body or "换" in body or "要求" in body)
            labelled = _MATERIAL_LABEL.match(body) if label_noun else None
            if labelled:
                value = labelled.group(labelled.lastindex)
                if _INLINE_LIST_START.match(value):  # `补办材料:1.申请表 2.身份证复印件`
                    found.extend(_inline_list(value))
                    continue
                parts = _SENTENCE_END.split(value, maxsplit=1)
                found.extend(_items(parts[0]))
                body = parts[1] if len(parts) > 1 else ""
                # `申请材料:A;B(…);C。`: items parted by semicolons, up to the full stop, while none says more (a verb,
                # a label of its own: `;代领的还需提供委托书` is read as a sentence below)
                while body and value[len(value) - len(body) - 1] in "；;":  # (the mark the last part ended on)
                    item, *rest = _SENTENCE_END.split(body, maxsplit=1)
                    said = _BRACKETS.sub("", item)  # (`变更证明(换发时提供)`: what a bracket says is aside)
                    if _SAYS_MORE.search(said) or _LABEL_MARK.search(said):
                        break
                    found.extend(_items(item))
                    body = rest[0] if rest else ""
                # the sentences after it are read as any line is: `所需材料:身份证原件;代领的还需提供委托书`,
                # `领证材料:身份证原件。他人代领:委托书、…`
                for sentence in _SENTENCE_END.split(body):
                    proxy = _PROXY_LABEL.match(sentence.strip())
                    if proxy and not _BRING.search(proxy.group(1)):
                        found.extend(_items(proxy.group(1)))
                if not body:
                    continue
            # `…办理。应备文件:申请书一份、身分证影本一份。`
            for sentence in _SENTENCE_END.split(body)[1:] if label_noun else ():
                labelled = _MATERIAL_LABEL.match(sentence.strip())
                if labelled:
                    found.extend(_items(labelled.group(labelled.lastindex)))
        for m in _MATERIALS_INCLUDE.finditer(body) if "包括" in body or "主要有" in body or "如" in body else ():
            if not _SENT_AS_SCAN.search(body[max(0, m.start() - 10): m.start()]):  # scans uploaded are not brought
                found.extend(_items(m.group(1)))
        for m in _BRING.finditer(body) if _BRING_VERB.search(body) else ():
            if _NEGATED_BRING.search(body, max(0, m.start() - 4), m.start()):
                continue  # (`无需携带照片`, `不需要提交照片`, `不提供纸质证书`: nothing to bring)
            rest = body[m.end():]
            if _INLINE_LIST_START.match(rest):
                found.extend(_inline_list(rest))
                continue
            stop = _stop_outside_brackets(rest)
            phrase = _up_to_stop(rest, stop)
            if (i + 1 < len(lines) and _GENERIC_OBJECT.fullmatch(phrase.strip()) and _may_be_list_item(lines[i + 1])
                    and _LIST_ITEM.match(lines[i + 1])):
                # `按要求提交相关资料到X申请办理。` over a numbered list: the list names them
                found.extend(_numbered_list(lines, i + 1))
                continue
            if (not rest.strip() and m.group(0)[-1:] in ":：" and i + 1 < len(lines)
                    and _may_be_list_item(lines[i + 1]) and _LIST_ITEM.match(lines[i + 1])):
                # `现场确认需提交:` ending its line over a numbered list: the list names them
                found.extend(_numbered_list(lines, i + 1))
                continue
            if not phrase.strip() and ("下列" in m.group(0) or "以下" in m.group(0)):
                # `请持下列材料到X申请补发:A;B;C。`: the list follows the clause's colon
                # (not a colon inside brackets: `…办理。(如:某区发证的,到某区财政局领取)` is an example)
                colon = _COLON.search(_bracket_masked(rest))
                if colon:
                    listed = rest[colon.end():]
                    if not listed.strip() and i + 1 < len(bodies):  # `…携带下列材料办理:` ending its line: the next holds them
                        if _may_be_list_item(lines[i + 1]) and _LIST_ITEM.match(lines[i + 1]):
                            found.extend(_numbered_list(lines, i + 1))
                            continue
                        listed = bodies[i + 1]
                    for part in _SEMICOLON.split(_INLINE_LIST_END.split(listed)[0]):
                        found.extend(_items(part))
                continue
            # too long for a list of documents (what brackets say, often at length, is aside: `身份证原件及复印件(需在
            # 复印件上注明…)`), or information to give, not documents (`提供姓名、身份证号等信息`)
            unbracketed = _BRACKETS.sub("", phrase) if "(" in phrase or "（" in phrase else phrase
            if len(unbracketed) > 100 or (stop and _INFORMATION.match(rest[stop.start():])):
                continue
            found.extend(_resolved(item, body[:m.start()]) for item in _items(phrase))
        for m in _MAILED_IN.finditer(body) if "将" in body or "连同" in body else ():
            if m.group("up") and "各" in _CLAUSE_END.split(body[:m.start()])[-1]:
                continue  # (`各市应于…前将未领取证书报送…`: offices sending up what they hold, no one's materials)
            found.extend(_items(m.group(1)))
        if "一式" in body and "《" in body:
            found.extend(form.group(1) for form in _FORM_IN_COPIES.finditer(body))
        if "书面申请" in body and _WRITTEN_APPLICATION.search(body):  # `向原发证机关提出(证书补发的)书面申请`
            found.append("书面申请")
    found.extend(_document_block(bodies, lines))
    found = _dedupe(found, _named_with_copy(found, text) if "复印件" in text else frozenset())
    if any(_ID_DOCUMENT.search(f) for f in found if not _BARE_PAPERS.match(f)):  # a bare 证件 beside a named one
        found = [f for f in found if not _BARE_PAPERS.match(f)]
    return found
