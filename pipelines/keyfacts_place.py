"""Key fact `place`: where certificates are collected, handed out or handled in person, as written
(tests/data/real_notices/README.md, "Key facts"). `find_places(text)` reads the Simplified text.

Readings where an office, not a reader, is the subject (papers handed to an office, a unit collecting for its
people, offices passing papers on) are in pipelines/place_offices.py.

Over 300 lines: a place is written in many clause shapes — a labelled line, a verb frame (`到X领取`, `由X发放`), a
list under a heading, a table column, rows by district, an address below — each a pattern and a short function that
share the trimming and checks of a value (`_clean_place`, `_place_ok`, `_dedupe_mentions`); parted further, the
shapes would import those back and forth.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.keyfacts_clauses import (
    _bodies,
    _bracket_masked,
    _BRACKETS,
    _COMMA,
    _lines,
    _LIST_ITEM,
    _NUMBERING,
    _NUMBERING_OPENERS,
    _SEMICOLON,
    _SENTENCE_END,
    _split_outside_brackets,
)
from pipelines.place_offices import passed_on


# (the lookahead lets the engine reject most positions on one character class)
_PLACE_WORD = (r"(?=[中大窗局室楼院处科机办服站厅号所部报考校地协单学市网测发领受代系股馆会礼宾酒小层座柜前委房确审A-Za-z\d])"
               # (an office's short name ends on 办: 职改办, 语委办, 招生办; not 办理, 办法, 办证, 办事, 办公)
               r"(?:中心|大厅|大厦|大学|中学|小学|窗口|局|室|楼|院校|院系|院|处|科|股|机构|机关|办公室|(?<![补代承经包协创兴开举主督查申合易好么快网通即])办(?![理法证事公])|"
               r"服务区|服务|站|厅|号|所在地|所|部门|部|(?<=[健康建教])委(?![托员])|委员会|报名点|考点|考区|校区|学校|地址|地点|协会|(?<=[税律注])协|考办|自考办|单位|市场|网点|系部|"
               # county offices (会计股), halls and hotels a collection is held in
               r"馆|会堂|礼堂|房间|宾馆|酒店|柜台|服务台|前台|(?<=[\dA-Za-z一二三四五六七八九十])(?:层|座)|[A-Za-z\d]{1,3}区|"
               # a room numbered after its building (`行政楼B203`)
               r"(?<=[楼座])[A-Za-z]?\d{2,4}(?![\d号年月日])|"
               r"(?:测试|发放|领取|领证|受理|服务|办理|代办|发证|站|确认|审核)点)")
# the bracketed address a place may carry: `X大厅(某区某路88号)`
_ADDRESS = r"(?:\s?[（(][^（()）]{1,80}[）)])?"  # (a copy may space the bracket off: `会计股 (某楼2楼 )`)
# `领取地点:X`, `各地领取地点:`, `办理地址|X` (a table's key cell); group 1 is what follows the separator
_PLACE_LABEL = re.compile(
    r"【?(?:各地区?|各市州?|各区县?|各县区?|各考区)?(?:具体)?"
    r"(?:(?:(?:领取|发放|办理|领证|办证|取证|发证|受理|申领|申请|申报|补领|补办|换证|补证|换发|现场领取|现场申领|上门领取|证书办理|证书发放|证书发证"
    r"|证书领取|办公|自取)"
    r"(?:证书)?(?:的)?(?=地点|地址|机构|单位|部门|窗口|点(?![击名]))|(?=地点|地址))"
    # (机构/单位/部门/窗口, and 点 (`证书领取点设在X`), only after a verb: `受理机构:区县统计局`, not `主办单位:`)
    r"(?:地点|地址|机构|单位|部门|窗口|点)(?:(?:及|和)(?:地址|联系电话|联系方式|电话|时间))?\s*(?:(?<=单位|地点)(?:一般|通常|主要|均|多|大多)(?=为|是|设在))?"
    # (a way of collecting as the label: `自取:X`, `现场自取:X`)
    r"|(?:现场|上门)?自取(?=\s*[:：]))"
    # (or a space, as a table flattened into lines writes it: `领取地点 市人事考试中心`)
    r"(?:(?:[:：|｜】]|[ \t\u3000]+(?=\S)|为|设在|设于|位于|在|就是|是(?!否)"
    # `领取地点由原通知中的X变更为Y`: the place it is now
    r"|由[^，,。；;]{0,30}?(?:变更为|调整为|改为))\s*(.*)|[。.]?\s*$)")  # (a heading may end on a stop: `3、换证地址。`)
# where a labelled place ends: a sentence end, a table cell, a run of spaces, or the next label
_LABEL_VALUE_END = re.compile(r"[。；;|｜，,]|\s{2,}|(?:[，,]|\s)\s*(?:咨询|联系|电话|领取时间|时间|地址|邮编)")
# a bare `地址:` (no verb before it) after a place gives that place's address, not a second place
_BARE_ADDRESS = re.compile(r"^(?:详细)?地址\s*[:：|｜]")
_PLACE_VERB = re.compile(
    # (each opening verb before its lookbehind, `到(?<![收得达]到)` for `(?<![收得达])到`: the same test, and the
    # alternation opens on literals, so the search can skip)
    # (`考生无需到中心领取`: a destination negated; `不能到场的…`, `本人到场领取`: 到场 is being there, not going to a 场, as
    # 场馆 or 兵团's 场部 would be)
    r"(?:到(?<![收得达]到)(?<!无需到)(?<!无须到)(?<!不必到)(?<!不用到)(?!\d|场(?![馆部]))|前往|至(?<![以直寄]至)(?!\d)|赴|去(?<![过失回下出进上来]去)|在(?<![所存现实不]在)(?!\d|校(?:学)?生|职人员|读)|向"
    r"|来(?<![原未将后出起带从本]来)(?![自源电信函])"
    # the formal locative (`凭准考证于考点领取`), not a date's (`于5月6日`, `于本周内`, `于工作日`) nor a word's (由于, 关于, 对于,
    # 属于 …)
    r"|于(?<![由关对属等用便至终基鉴限早晚少多大小高低位])(?![\d今明本下上次每该此其后前周]|工作日|星期|即日|近日|规定(?:时间|期限|日期))"
    r")(?!付)"
    # a bracket inside the place is one unit (`X大厅(地址:某路8号)三楼`)
    # (no closing bracket alone: a verb inside a bracket, `(可在本网站下载)`, opens no place that runs out of it; nor 向,
    # which opens a destination of its own)
    # (nor over another opening verb: `持准考证前往X` is X)
    r"((?:[^，,。；;：:到去向赴（(）)前]|前(?!往)|[（(][^（()）]{0,80}[）)]){0,60}?" + _PLACE_WORD + _ADDRESS + r")"
    r"(?:现场|统一|集中|集体|分批|当面|签名|签字|登记|按时|直接|自行|本人|亲自|提交|递交|提出(?:补办|补证|换证|换发|补发|书面)?"
    r"|[，,]?(?:凭|持|携带)[^，,。；;到去在]{1,16}?)?"
    # (`到X(某路1号),申请办理`: the verb after a comma)
    r"[，,]?"
    # (`办理注册手续`: registering a certificate one has is not obtaining it)
    r"(?:领取|领证|代领|代为领取|自取|办理(?![^，,。；;]{0,4}?(?:注册|继续教育|延续|变更|年检))|签领|补领|补办|补证|申领|发放|取证|换领|换取|换发|换证|申请(?!注册)|签字|提交|递交|出示"
    r"|提供(?=[^，,。；;]{0,8}?(?:材料|资料|证件|原件|复印件))"
    # `到X窗口打印《电子证书打印件》`, `到所在地财政部门打印`: a paper printed at an office (not a ticket or a score)
    # (nor one's own e-certificate, `在个人中心打印电子证书`)
    r"|打印(?![^，,。；;]{0,6}?(?:准考证|成绩|考试|申请表|登记表|缴费|发票|电子(?:证书|版)(?!打印件)))"
    # `到X填写补办申请`: the application made there
    r"|填写(?=[^，,。；;]{0,6}?(?:申请|补办|换证|领取))"
    # `到属地财政局现场审核`: an on-site check before the certificate is issued there (as 进行现场审核 below)
    r"|(?<=现场)(?:审核|核验|核查|确认)"
    # `到X审核换领新版证书`, `到X确认后领取`: a check there that the collection follows
    r"|(?:审核|核验|核查|确认)(?:后|并|无误后)?(?=(?:领取|领证|换领|换证|换发|补办|申领))"
    # `在X进行` alone is where anything happens (an exam); only a check or a collection there makes X a place
    r"|(?:接受|进行)(?=[^，,。；;]{0,6}?(?:审核|核查|核验|核对|确认|查验|领取|登记|签字|换证|换发|补办|申请)))")
_PLACE_VERB_HINT = re.compile(r"颁发|审核|初审|复审|核查|携带|带齐|带上|备齐|领取|领证|代领|自取|换取|补办|补证|报送|交到|交至|保存|保管|存放|暂存|留存|代发|转至|转到|转存|转交|办理|签领|补领|申领|发放|取证|换领|申请|接受|进行|签字|领取地点|提交|递交|出示|下发|分发|转发|发给|发往|单位为|提供|负责|前往|地点|地址|换发|换证|核发|发证|打印|已寄|已发至|已发到")  # (已寄/已发至: `证书已寄至X,请与当地联系`, `_PLACE_FORWARDED`)
# 由…(负责/再次/统一)发放, 由…下发/分发/转发/发给; 发往/下发至 X (certificates sent to X for collection); 发放单位为 X
# (`证书已由省卫健委下发`: the way the certificates came, already done, is no place to go to)
_PLACE_BY = re.compile(r"(?:由(?<!已由)(?<!已经由)|委托|通过)([^，,。；;：:由向到“”→]{0,30}?" + _PLACE_WORD + _ADDRESS +
                       r")(?:具体)?(?:(?:负责|承担)[^，,。；;由]{0,12}?|(?:统一|再次|重新|集中|逐级|直接|整体|代为|派人|另行(?:安排|通知)?|组织|安排)*)(?:按[^，,。；;由]{1,6}?)?(?:发放|下发|分发|受理|转发|发给|代发|补办|补发|换发"
                       # (`由各市县人社局核发`, `由某部具体实施发证`: the body that issues them, as `由X发放`; not
                       # `由省局核发后另行通知领取`, an issuer behind the office that hands out, nor a ministry's national
                       # issue, `由人力资源社会保障部核发`, nor an issuer describing a certificate, `持由某局发证的人员`)
                       r"|(?<!部)(?<!部统一)(?<!部具体)核发(?![后的])|(?:实施)?发证(?![机单部窗日时点的])"
                       # (`由X具体负责组织实施本地区的换证工作`)
                       r"|(?<=负责)[^，,。；;由]{0,12}?换证"
                       # (`由各县区人社局统一代领后转发`, `由各市统计局派人领回后负责发放`, `由学校统一领取并发放`, `由X到市中心
                       # 领回后分发`: a unit collecting for its candidates)
                       r"|(?:到[^，,。；;]{2,30}?)?(?:领取|代领|领回)(?:后|并)?(?:负责)?(?:分发|发放|转发))"
                       # `由省中心下发我市`: a transfer between offices, not where the examinee goes
                       r"(?!(?:至|到|给)?(?:我|各|本|所属|下属)(?:市|省|区|县|州|地|中心|单位|考区|局|厅|院|处))")
# `团场考生可由所在团场人社部门统一代领`: an office collecting its people's certificates (as `由X代领后转发` above); not a
# unit, an employer or a person (`由所在单位统一代领`, `由所在医疗机构统一代领`, `由他人代领`), nor an office a candidate
# entrusts (`可委托所在市人事考试中心集中代领`)
_PLACE_COLLECTS_FOR = re.compile(r"由(?<!已由)([^，,。；;：:由向到“”→]{2,30}?(?:局|中心|厅|处|科|股|所|部门|院|办|委))(?:统一|集中)代领")
_PLACE_IN_CHARGE = re.compile(r"(?:^|[，,])([^，,。；;：:由]{2,30}?" + _PLACE_WORD + _ADDRESS + r")(?:按照[^，,。；;]{0,12}?)?负责"
                              r"[^，,。；;]{0,40}?(?:发放|核发|受理|补办|补发|换发|换证|发证(?![机单部窗日时点]))")
# `证书领取工作由各县(市、区)人社局负责`: the body a collection is put in charge of
# (a time may come between: `证书领取工作预计于9月起由各市级财政部门分批启动`)
_PLACE_CHARGED = re.compile(r"(?:发放|领取|领证|发证|办证)(?:证书)?(?:工作|事宜|事项)?(?:则|将|均|统一|通常|一般)*(?:[^，,。；;：:由]{0,12}?[起后])?由"
                            r"([^，,。；;：:由]{2,30}?" + _PLACE_WORD +
                            _ADDRESS + r")(?:统一|分批|陆续|集中)?(?:负责|承担|组织|办理|实施|启动|开展)")
# 提交到/递交至/提交给 X: the office the papers are handed in at (not `交给单位`: a form filed by one's employer)
_PLACE_HANDED_TO = re.compile(r"(?:(?<![寄邮投快速转报移])(?:(?:提交|递交)(?:到|至|给)|交(?:到|至))|(?:报送|送交)(?:到|至))([^，,。；;：:]{2,40}?" + _PLACE_WORD +
                              _ADDRESS + r")(?=(?:初审|审核|审查|受理)?(?:$|[，,。；;：:]))"
                              r"(?![^。；;]{0,12}(?:销毁|收回|回收))")  # (`…证书报送至省中心,统一收回销毁`: sent back, not a place)  # (`提交至市级卫生健康部门初审`)
# `交X审核`, `移交X进行复审`, `报送X统一办理`: the office papers are handed to for a check, without 到/至 (as
# `提交到X` above); not 提交/递交 (their own shape), 交纳, 交流, 交通 …
_CHECKED = r"(?:进行|统一)?(?:初审|审核|复审|核查|审查|核验|办理)"
_PLACE_HANDED_FOR_CHECK = re.compile(r"(?:交(?<![提递寄邮投快速转报移送上缴外社成]交)(?![纳流通费回验付齐清由换际界叉点到至给])|移交(?![到至给由]))"
                                     # (`提交申请—市局审核—省厅制证`: the steps of a flow, no destination)
                                     r"([^，,。；;：:交到至向—→]{2,40}?" + _PLACE_WORD + _ADDRESS + r")" + _CHECKED +
                                     # (`将以下材料报送X(某楼):` the papers listed under it; not `…一并报送省局。`, an office
                                     # passing its applications on to the next)
                                     r"|报送(?![到至给])([^，,。；;：:交到至向—→]{2,40}?" + _PLACE_WORD + _ADDRESS + r")(?:" + _CHECKED + r"|(?=[：:]))")
_HANDED_OVER = (_PLACE_HANDED_TO, _PLACE_HANDED_FOR_CHECK)
# `地点一般为A、B、C等` — a sentence opening with 地点 that lists places
_PLACE_LIST_SENTENCE = re.compile(r"^(?:(?:领取|发放|领证|办理)(?:证书)?的?)?地点(?:一般|通常|主要|多|大多)?(?:为|是|设在)([^，,]+?)(?:等)?(?:[，,].*)?$")


_IN_GENERAL = re.compile(r"一般|通常|主要|多")


def _lists_places(sentence: str) -> bool:
    """Whether `sentence` (a line's first, or the whole) is `地点一般为A、B…`: the places such a place is in general, a
    list whose items are each one (not `地点为X3号、4号窗口`, one place as written)."""
    listed = "地点" in sentence and _PLACE_LIST_SENTENCE.match(_split_outside_brackets(sentence, _SENTENCE_END)[0].strip())
    return bool(listed) and "、" in listed.group(1) and _IN_GENERAL.search(sentence, 0, listed.start(1)) is not None
# `领取证书需前往当地财政局。`: the destination ends the clause, the collection verb came before it
# going to a place after what is done there: 到 (not 收到, 寄到, 到期, 到付 …), 前往, 赴
_GOING = r"(?<![收得达寄送邮递])到(?![期付达账位\d])|前往|赴"
_PLACE_GO = re.compile(r"(?:领取|领证|办理|补办|申领|换领|取证|证书)[^，,。；;]{0,12}?(?:需|须|要|应|请|可|可以)?(?:亲自|本人)?"
                       r"(?:" + _GOING + r"|(?<![过失回下出进上来])去)([^，,。；;：:到去]{2,40}?" + _PLACE_WORD +
                       _ADDRESS + r")(?=$|[，,。；;])")
# `携带A、B至X。`: the place the documents are brought to, the sentence ending on it
_PLACE_BROUGHT = re.compile(r"(?:携带|带齐|带上|备齐)[^。；;]{1,60}?(?:" + _GOING + r"|至(?![\d今]))"
                            r"([^，,。；;：:到至]{2,40}?" + _PLACE_WORD + _ADDRESS + r")(?=$|[。；;])")
_PLACE_SENT_TO = re.compile(r"(?:发往|发放到|发放至)(?<!不再发往)(?<!不再发放到)(?<!不再发放至)(?<!不发放到)(?<!不发放至)([^，,。；;：:]{0,20}?" + _PLACE_WORD + r")(?![\u4e00-\u9fff]{0,2}(?:领取|后))")
# `证书已下发至各县区人社局,请…`: the clause ends on the offices (not `…下发至某院并符合…`, `分发至单位或考生`,
# `下发至考点后到…`)
# `证书保存在X,可凭身份证到现场领取`, `证书由X保管,请本人…领取`: where certificates left are kept, when the sentence
# says they are collected there
# (`保存在X待考生自取`, `暂存X,待通知领取`: kept there until collected)
_PLACE_KEPT = re.compile(r"(?:(?:(?:保存|保管|存放)(?:在|于)|(?:暂存|留存)(?:在|于|至)?(?![在于至]))([^，,。；;：:]{2,40}?" + _PLACE_WORD + _ADDRESS + r")(?=[，,。；;]|$|待)"
                         # (`已移交X保管`, `交由X保管`: handed over to be kept there)
                         r"|(?:由|移交(?:给|至)?|交由|转交(?:给|至)?)([^，,。；;：:由]{2,40}?" + _PLACE_WORD + _ADDRESS + r")(?:统一)?(?:保存|保管|存放))"
                         r"(?=[^。；;]*(?<![未不])(?:领取|自取|领证))")  # (`逾期未领取需重新申请邮寄`: not collected there)
# `按照考点规定时间和地点领取`, `按当地人事考试机构指定的地点领取`: the body whose place it is (`X指定的地点`)
_PLACE_NAMED_BY = re.compile(r"按(?:照)?([^，,。；;：:按]{0,24}?" + _PLACE_WORD + r")(?:规定|指定|安排|通知)的?(?:时间(?:和|及|、|与))?地点"
                             r"(?=[^，,。；;]{0,12}?(?:领取|领证|办理|发放))")
# (`证书已分送各区财政局,请…`: 分送 with or without 至)
_PLACE_SENT_DOWN = re.compile(r"(?:(?:下发|下放|分发)(?:至|到)|分送(?:至|到)?|转至|转到|转存(?:至|到|于)|转交(?:至|到|给))((?:[^，,。；;：:后到或和及并]|和(?=社会保障)){0,20}?" + _PLACE_WORD + r")(?=[，,。；;]|$)")
_PLACE_SET_AT = re.compile(r"(?:领取|发放|领证|办理)(?:证书)?的?(?:地点|地址)[^，,。；;：:]{0,8}?(?:设在|设于|为|是|在)[:：]?([^，,。；;：:]{2,40}?" + _PLACE_WORD +
                           _ADDRESS + r")(?=$|[，,。；;])")
_PLACE_UNIT = re.compile(r"(?:发放|领取|发证|领证)(?:单位|机构|地点)(?:为|是)([^，,。；;：:]{2,30}?" + _PLACE_WORD + _ADDRESS +
                         r")(?=$|[，,。；;])")
# `X为证书领取地点` / `X为本次证书发放点`
# (`确定各县人社局为证书发放机构`, `…为证书补办受理单位`: the body named as the one that hands out)
# (its words up to the verb: the shape's gate and the gate of all shapes below are these words too)
_AS_LOCATION = r"为(?:本次|唯一)?(?:指定)?的?(?:证书)?(?:补办|换发)?(?:领取|发放|领证|办理|受理)"
_PLACE_AS_LOCATION = re.compile(r"([^，,。；;：:]{4,60}?" + _PLACE_WORD + _ADDRESS + r")" + _AS_LOCATION +
                                r"(?:证书)?的?(?:地点|点|网点|机构|单位)")
# `由“省级职鉴中心→培训机构→单位或考生”逐级下发`: every link but the last hands the certificates out (the first
# issues them, the middle ones pass them on to those who enrolled through them); the last receives
_PLACE_CHAIN = re.compile(r"([^，,。；;“”→]{2,20}(?:→[^，,。；;“”→]{2,20}){2,})[”\"]?(?:逐级|整体|统一|直接)*(?:下发|发放|分发)")
# `我校南湖校区考点自12月21日起开始集中发放…`, `市人事考试中心将于3月4日起发放证书`: the body that hands out, as the subject
# of a dated hand-out (a clause's subject only: what follows a comma, or the sentence's opening)
_PLACE_ISSUES = re.compile(r"(?:^|(?<=[，,]))([^，,。；;：:由在到]{2,24}?" + _PLACE_WORD + _ADDRESS + r")(?:将|拟|定)?(?:自|于|从)\s*"
                           r"(?:(?:19|20)\d\d\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号](?:起)?(?:开始)?(?:集中|统一|陆续)?(?:发放|受理|办理)")
# `证书会统一寄到X,考生再去领取`, `证书发至X后,考生…领取`: the certificates forwarded to X, where they are then collected
# (the certificates are the subject: papers a candidate posts, `将材料寄至X`, name no place to go to)
# (or a clause of its own after the certificates': `证书由省中心制作,寄送至各市考试中心,各市考试中心按时为考生发放`)
_PLACE_FORWARDED = re.compile(r"(?:证[书明][^，,。；;将]{0,12}?|(?<=[，,]))(?:寄到|寄至|寄往|寄送至|寄送到|发至|发到|送至|送到|送达"
                              # (`证书已到各区卫健局,请…到户籍所在区卫健局领取`, `证书已转交各县人社局,请…`)
                              r"|(?<=已)(?:到(?!达)|转交|转))"
                              r"([^，,。；;：:后到至]{2,30}?" + _PLACE_WORD + _ADDRESS + r")(?=后?[，,][^。；;]{0,40}?(?:领取|领证|发放|颁发)|后[^。；;]{0,16}?(?:领取|领证|发放|颁发)"
                              # (`证书已寄至各市(州)人社局,请与当地联系`, `…已发至市州人社局,请留意当地通知`: the offices that
                              # now hold them, the reader sent to them; not `证书已寄到X。`, a step before a labelled place)
                              r"|[，,]\s*请?(?:与|留意|关注|等候|等待|注意)(?:当地|所在地|各地|该单位|该机构)?(?:的)?(?:联系|通知))")
# `…指定单位领取,一般为当地财政局或人事考试中心`, `领证地点看各地通知,大多在X`, `有的在X,有的在Y`: the places a collection
# is held at in general, a clause of their own after the sentence's collection word (the sentence holds one: a hint
# word gates it)
_PLACE_IN_GENERAL = re.compile(r"(?<=[，,])\s*(?:一般|通常|大多|多数|大部分|有的)(?:都|会)?(?:为|是|在)([^，,。；;：:在]{2,30}?" + _PLACE_WORD +
                               _ADDRESS + r")(?=$|[，,。；;])")


# the sentence shapes that name a place, in the order they are tried, each with a gate: a cheap pattern that
# finds a word every match of the shape contains, so a sentence without it skips the shape (the gate is read
# off the shape's mandatory words, named beside it)
_PLACE_SHAPES = (
    # (each gate spelt as literals only, one per alternative, so the search can skip: `[到至…]|前往` could not)
    (_PLACE_VERB, ("到", "至", "赴", "去", "在", "向", "来", "前往", "于")),  # its opening verb: 到/前往/至/赴/去/在/向/来/于
    (_PLACE_BY, ("由", "委托", "通过")),  # 由/委托/通过 …
    (_PLACE_ISSUES, (r"月\s*\d{1,2}\s*[日号]",)),  # … (自|于|从) date (`3月4日`) … 发放/受理/办理: its date
    (_PLACE_IN_CHARGE, ("负责",)),  # … 负责
    (_PLACE_CHARGED, ("由",)),  # 发放…由 …
    (_PLACE_HANDED_TO, ("交到", "交至", "交给", "报送到", "报送至")),  # (提|递|送)?交 + 到/至 (提交/递交 + 给) / 报送 + 到/至
    (_PLACE_HANDED_FOR_CHECK, ("交", "报送")),  # (移)?交 / 报送 X … 审核
    (_PLACE_SENT_TO, ("发往", "发放到", "发放至")),  # 发往/发放到/发放至
    (_PLACE_UNIT, ("单位为", "单位是", "机构为", "机构是", "地点为", "地点是")),  # 发放(单位|机构|地点)(为|是)
    (_PLACE_SET_AT, ("地点", "地址")),  # 领取(地点|地址)
    (_PLACE_GO, ("到", "赴", "去", "前往")),  # 领取…(到|前往|赴|去)
    (_PLACE_BROUGHT, ("携带", "带齐", "带上", "备齐")),  # 携带…(到|至|前往|赴) X。
    # (`X为…地点`, slow to search: its gate is the whole `为…领取` it ends with)
    (_PLACE_AS_LOCATION, (_AS_LOCATION,)),
    (_PLACE_SENT_DOWN, ("下发到", "下发至", "下放到", "下放至", "分发到", "分发至", "分送", "转到", "转至", "转存", "转交")),  # 下发至/下放至/分发至/分送/转至/转存至 X
    (_PLACE_NAMED_BY, ("按",)),  # 按(照) X 规定的地点
    (_PLACE_KEPT, ("保存", "保管", "存放", "暂存", "留存")),  # 保存在 X / 暂存 X / 由 X 保管
    (_PLACE_FORWARDED, ("寄到", "寄至", "寄往", "发至", "发到", "送至", "送到", "送达", "已到", "已转")),  # 证书…寄到/发至 X (后) … 领取
    (_PLACE_COLLECTS_FOR, ("代领",)),  # 由 X 统一代领
    (_PLACE_IN_GENERAL, ("一般", "通常", "大多", "多数", "大部分", "有的")),  # , 一般为 X
)
_PLACE_SENTENCES = tuple((shape, re.compile("|".join(words))) for shape, words in _PLACE_SHAPES)


# Speed: the sixteen gates read in one scan of the sentence (`_place_matches`), not sixteen searches. `_PLACE_GATE_SCAN`
# has an alternative for each gate word that consumes the word's first character only (the rest is a lookahead), so no
# position is skipped and every alternative opens on a literal; the number of its one group indexes `_PLACE_GATE_BITS`,
# the shapes (bit k for shape k) whose gate holds a word that is a prefix of it. The words that match at one position
# are prefixes of one another, and the alternatives go longest first, so the one that matches is the longest and its
# bits are those of every gate finding a word there: over the sentence, the bits set are exactly the gates that find
# one. Two gates are patterns (a date `月…日`, `_AS_LOCATION`), each opening on a character no other gate word opens on
# (checked as the scan is built), so at their position they alone match: their alternative is that character and the
# rest looked ahead.
def _gate_scan(shapes: tuple) -> tuple[re.Pattern, tuple[int, ...]]:
    words = dict.fromkeys(w for _, gate_words in shapes for w in gate_words if re.escape(w) == w)  # (once each, in order)
    patterns = [(w, k) for k, (_, gate_words) in enumerate(shapes) for w in gate_words if re.escape(w) != w]
    openers = [w[0] for w, _ in patterns]
    if len(set(openers)) != len(openers) or any(w[0] in openers for w in words) or any(re.escape(o) != o for o in openers):
        raise ValueError("a gate pattern shares its first character")
    alternatives, bits = [], [0]  # (group numbers start at 1)
    for w in sorted(words, key=len, reverse=True):
        alternatives.append(w[0] + (f"(?={w[1:]})" if len(w) > 1 else "") + "()")
        bits.append(sum(1 << k for k, (_, gate_words) in enumerate(shapes) if any(w.startswith(g) for g in gate_words)))
    for w, k in patterns:
        alternatives.append(w[0] + f"(?={w[1:]})()")
        bits.append(1 << k)
    return re.compile("|".join(alternatives)), tuple(bits)


_PLACE_GATE_SCAN, _PLACE_GATE_BITS = _gate_scan(_PLACE_SHAPES)


# the gates above together, one literal at a time (so the search can skip): most sentences pass none
_ANY_PLACE_GATE = re.compile(r"到|至|赴|去|在|向|来|前往|于|一般|通常|大多|多数|大部分|有的|保存|保管|存放|暂存|留存|由|委托|通过|负责|发放|受理|办理|交|报送|发往|发放到|发放至|下发至|下发到|分发至|分发到|分送|转至|转到|转存|转交|送达|单位为|单位是|机构为|机构是"
                             r"|地点为|地点是|地点|地址|" + _AS_LOCATION)


def _place_matches(sentence: str):
    """The matches of every place shape in `sentence`."""
    if not _ANY_PLACE_GATE.search(sentence):
        return
    hit = 0  # (bit k: shape k's gate finds a word; see `_gate_scan`)
    for m in _PLACE_GATE_SCAN.finditer(sentence):
        hit |= _PLACE_GATE_BITS[m.lastindex]
    for pattern in _shapes_of(hit):
        yield from pattern.finditer(sentence)


@lru_cache(maxsize=None)  # (a table of the bit sets that occur: a function of the bits alone, at most 2**16 of them)
def _shapes_of(hit: int) -> tuple[re.Pattern, ...]:
    """The place shapes whose bit is set in `hit`, in their order."""
    return tuple(pattern for k, (pattern, _) in enumerate(_PLACE_SENTENCES) if hit >> k & 1)


# (and a time before the place's 至, `在工作日至某窗口办理`: when, not where)
_PLACE_TRIM_HEAD = re.compile(r"^(?:本人|考生|合格人员|您|自己|确定|明确|指定的?|规定的?时间内|地点|地址|[:：\s]"
                              r"|(?:每个|每周[一二三四五六日])?(?:工作日|上班时间|办公时间)(?:内|期间)?[至到])+")
_PLACE_TRIM_TAIL = re.compile(r"(?:现场|进行|统一|集中|集体|办理|领取|负责|[，,、\s])+$")
_NOT_PLACE = re.compile(r"收件|网站|网址|http|www\.|系统|公众号|APP|微信|邮箱|本网|官网|个人中心|通知|附件|以.*为准|见附|网上|哪个|哪些|哪里|什么|工作单位(?!所在)"
                        # a candidate's own address, where certificates are posted (`直邮到考生报名时填写的地址`)
                        r"|填写的(?:通讯|邮寄)?地址|通讯地址|邮寄地址|家庭(?:地址|住址)|居住地址")
# (the body that issued a certificate is a real destination for its reissue: `向发证机构申请补办`)
_GENERIC_PLACE = re.compile(r"^(?:证书|原)?(?:发放|考试)?机构$|^[\u4e00-\u9fff]{0,2}(?:指定|规定)的?(?:地点|地址|机构|单位|窗口|部门|网点|场所)$"
                            # `到以下地点领取:` announces a list; the items are the places
                            r"|^(?:以下|下列|如下|上述|相关|有关|预约)的?(?:地点|地址|机构|单位|窗口|部门|网点)$"
                            # a pointer to the place named before (`寄至X后,考生再到该处领取`, `到该中心领取`)
                            r"|^(?:该|此|这个?|那个?|原|上述)(?:处|地|里|地点|地址|场所|中心|局|单位|机构|窗口|部门|大厅)$"
                            # (`…报送受理地点`, `到受理部门进行审核`: the place a label or heading above gave; not `向发证机构申请`,
                            # the issuer)
                            r"|^(?:受理|审核|领取|领证|办理|发放)(?:地点|地址|部门)$"
                            # the publisher naming itself (`由我局负责发放`, `到中心领取`): no place a reader can find
                            r"|^(?:我|本)?(?:局|厅|中心|院|处|办|所|站|委|部)$"
                            # …or a level's office by its short name (`由县局统一领回`, `报省中心`): the one named in full elsewhere
                            r"|^[省市县区州]级?(?:局|厅|中心|院|委)$"
                            # a window with no office (`每周三到窗口补领`): the one named before it
                            r"|^(?:服务|办事|办理|受理|领证)?窗口$")
# `4月1日至30日在X领取`: a date run in front of the place is not part of it
_DATE_HEAD = re.compile(r"^.*?(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}日)(?:[（(][^）)]*[)）])?(?:起|前|后|内)?(?:在|到|至|去|前往)")
_NOT_PLACE_LABELLED = re.compile(r"网站|网址|http|www\.|系统|公众号|APP|微信|邮箱|附件|以.*为准|见附")


# a bracket that says where to look or when (见附件, 以当地通知为准, 节假日除外) is not the place's address
_POINTER_BRACKET = re.compile(r"[（(](?![^（()）]*(?:\d+号|路|街|大道|巷|楼|室))[^（()）]*(?:附件|详见|见附|网站|网址|官网|电话|咨询|查询|通知|公告|为准|节假日|工作日|除外|时间|上午|下午|必须|务必|预约"
                              r"|周[一二三四五六日末])[^（()）]*[）)]")


# the words `_PLACE_TRIM_TAIL` can end on (besides whitespace): a value ending otherwise has no tail to trim
_TRIM_TAIL_ENDS = ("现场", "进行", "统一", "集中", "集体", "办理", "领取", "负责", "，", ",", "、")


def _clean_place(value: str) -> str:
    value = _POINTER_BRACKET.sub("", value.strip())
    if "日" in value or "号" in value:  # (every `_DATE_HEAD` match holds 日 or 号)
        value = _DATE_HEAD.sub("", value)
    value = _PLACE_TRIM_HEAD.sub("", value)
    if value.endswith(_TRIM_TAIL_ENDS) or value[-1:].isspace():
        value = _PLACE_TRIM_TAIL.sub("", value)
    return value.strip()


_PLACE_WORD_RE = re.compile(_PLACE_WORD)
# (the patterns a function reads compiled once here, not looked up in `re`'s cache by their text on every call)
_PLACE_WORD_END = re.compile(_PLACE_WORD + r"$")
_PLACE_OR_DISTRICT_END = re.compile(_PLACE_WORD + r"$|[区县市]$")
_PLACE_WITH_ADDRESS_END = re.compile(_PLACE_WORD + r"(?:[（(][^）)]{1,40}[）)])?$")  # `1.X大厅(地址)`
_DIGIT_OR_BRACKET = re.compile(r"[\d（(]")
_DIGIT = re.compile(r"\d")
_ENUMERATION_COMMA = re.compile(r"[、]")
_LIST_ITEM_VALUE_END = re.compile(r"[，,。；;：:]")
_PLACE_KEY = re.compile(r"^(?:地点|地址)\s*[:：]\s*")


def _place_ok(value: str, labelled: bool = False) -> bool:
    bad = _NOT_PLACE_LABELLED if labelled else _NOT_PLACE
    return 2 <= len(value) <= 80 and not bad.search(value) and _PLACE_WORD_RE.search(value) is not None


def _goes_to_place(value: str) -> bool:
    """A label's value that is a sentence going to the place (`地点:考生需前往X领取证书`): read as the sentence it is."""
    return "前往" in value and next(_place_matches(value), None) is not None


def _more_listed_places(text: str, end: int, i: int, n: int) -> list[tuple[str, tuple]]:
    """The places a label's value goes on to list after its first (which ends at `end` of `text`, sentence `n` of line
    `i`), parted by commas (`办理地点:A,B(…)。`), up to the first piece that is not a bare place (`…,各县考生在当地财政局
    领证` is a sentence, read as one); each with its mention."""
    if end >= len(text) or text[end] not in "，,；;":  # (`换证地点:A;B。`)
        return []
    places: list[tuple[str, tuple]] = []
    for k, piece in enumerate(_split_outside_brackets(_split_outside_brackets(text[end + 1:], _SENTENCE_END)[0], _COMMA)):
        said = _bracket_masked(piece)  # (a piece that goes somewhere or does something is a sentence: `省直单位到X办理`)
        value = _clean_place(_LISTED_JOINT.sub("", piece))  # (`…,或各县区X科`: the alternative is a place too)
        if (not _place_ok(value, labelled=True) or _GENERIC_PLACE.match(value) or _PLACE_VERB_HINT.search(said)
                or _SENTENCE_VERB.search(said) or not _BARE_PLACE_END.search(_BRACKETS.sub("", value))):
            break
        places.append((value, (i, n, end + 1 + k, end + 2 + k)))
    return places


_BARE_PLACE_END = re.compile(_PLACE_WORD + r"\s*$")
_LISTED_JOINT = re.compile(r"^\s*(?:或者|或|以及|及|和)")
_SENTENCE_VERB = re.compile(r"到|前往|至|赴|去|在|由|请|须|需|可")


def _labelled_place(bodies: tuple[str, ...], i: int) -> tuple[str | None, tuple]:
    """The place a `领取地点:X` line gives, and where its mention lies: (line, sentence, start, end) on the
    line itself, up to where the value stops (what follows a comma is read as a sentence of its own:
    `领证地点:X,各县考生在当地财政局领证`), or the whole next line under a heading. `bodies` are the
    text's lines without their numbering (`_bodies`)."""
    body = bodies[i]
    label = _PLACE_LABEL.match(body)
    if not label:
        return None, (i, -1, 0, _WHOLE)
    value = label.group(1) or ""
    if not value.strip() and i + 1 < len(bodies):  # a heading: the place is the next line
        value = bodies[i + 1]
        if next(_place_matches(value), None):  # a sentence, not an address: read it as one
            return None, (i, -1, 0, _WHOLE)
        # `领取地点:X` under the heading `(三)领取地点` is read as its own line; `各地领证地点如下:` opens a list
        nested = _PLACE_LABEL.match(value)
        if (nested and (nested.group(1) or "").strip()) or value.rstrip().endswith((":", "：")):
            return None, (i, -1, 0, _WHOLE)
        value = _PLACE_KEY.sub("", value)
        return (_with_address_below(_clean_place(_split_outside_brackets(value, _LABEL_VALUE_END)[0]), bodies, i + 2),
                (i + 1, -1, 0, _WHOLE))
    value = _split_outside_brackets(value, _LABEL_VALUE_END)[0]
    if _goes_to_place(value):
        return None, (i, -1, 0, _WHOLE)
    at = (i, 0, 0, label.start(1) + len(value) if label.group(1) is not None else _WHOLE)
    return _with_address_below(_clean_place(value), bodies, i + 1) if value.strip() == label.group(1).strip() else _clean_place(value), at


def _with_address_below(value: str, bodies: tuple[str, ...], k: int) -> str:
    """`value` and the address in brackets that line `k` holds alone (`领取地点:X大厅` over `(某区某路8号三楼)`, a line
    the page wrapped), when the value has none of its own."""
    if k < len(bodies) and bodies[k][:1] in _ADDRESS_OPENERS and value and "(" not in value and "（" not in value:
        below = _ADDRESS_LINE.match(bodies[k])
        if below:
            return value + below.group(1)
    return value


# `三、证书办理时间` followed by `1、X:2014年…` items: each item's X is a place (several places by city);
# `各地领取地点:` / `请到以下地点领取:` followed by `宁远市:X中心(地址)` items: each item's X中心 is
_PLACE_LIST_HEADING = re.compile(r"^(?:各地区?|各市州?|各区县?|各县区?|各考区)?(?:证书)?(?:领取|办理|发放|领证|办证|受理)(?:证书)?的?"
                                 r"(?:地点|时间|安排|网点)(?:及(?:时间|地点|地址|联系电话|电话|联系方式))?(?:如下|一览)?\s*[:：]?$"
                                 r"|(?:以下|下列|如下)(?:地点|地址|网点|窗口|机构|单位)[^，,。；;]{0,6}[:：]$")
# every `_PLACE_LIST_HEADING` match ends the line with one of these characters (地点/时间/安排/网点/地址/电话/如下/
# 一览, or the colon), whitespace after it at most: a line ending otherwise is no heading
_LIST_HEADING_END = re.compile(r"[点间排址话下览:：]\s*$")
# (the same test as a string's: whether the last character before trailing whitespace is one of these; `\s` and
# `str.rstrip` strip the same characters. An empty line passes, harmlessly: the heading pattern then decides.)
_LIST_HEADING_LAST = "点间排址话下览:："
_LIST_VALUE_END = re.compile(r"[，,。；;]|\s(?=电话|咨询|联系)")
_DISTRICT_HEAD = re.compile(r"(?:[区县市州旗]|地区|考区|考生|人员|单位)$")
_PLACE_LIST_ITEM = re.compile(r"^\s*(?:(?:[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）、.．]|[①-⑳])\s*([\u4e00-\u9fff（）()、]{2,24}?)"
                              # (`石嘴山、吴忠考区:X`, `长安区、桥西区考生 | X`: several districts, a table's two cells)
                              r"|([\u4e00-\u9fff（）()、]{2,24}?))\s*(?:[:：]|——|—|[|｜](?![^|｜]*[|｜]))\s*(.*)$")
# a sentence that ends on its verb and a colon, its places listed under it (`请按下表前往领取:`,
# `因场地原因分点发放:`, `证书按区发放:`, `请考生到报考所在地财政局领取:`: that one names a place too)
_PLACE_LIST_INTRO = re.compile(r"(?:领取|发放|领证|办理|发证)\s*[:：]$")
# `…按报名时选择的区发放,具体如下:`: a list that may give places or dates by district (only places given as values count)
_PLACE_LIST_AS_FOLLOWS = re.compile(r"(?:领取|发放|领证|办理|发证)[，,]\s*具体如下\s*[:：]$")
# a list's heading closing a longer line (`证书已到。领证安排如下:`, `…陆续发放,各地领证安排如下(以当地通知为准):`,
# `…由各市(区)分别发放,具体地点如下:`, `证书领取分区县进行:`) or naming whose places it lists (`其他区(市)发放地点:`):
# its last clause, in a line that speaks of a hand-out; the district items under it name the places
_LIST_HEADING_TAIL = re.compile(r"(?:^|[。；;，,])\s*(?:具体|各地区?|其他[\u4e00-\u9fff（）()、]{1,6}?)?(?:证书)?(?:(?:领取|领证|发放|办理|办证|发证)(?:证书)?的?)?"
                                r"(?:具体)?(?:地点|安排|网点)(?:如下)?(?:[（(][^（()）]{0,30}[)）])?\s*[:：]$"
                                r"|(?:^|[。；;，,])\s*(?:证书)?(?:领取|领证|发放|发证|办理)?分(?:区县|县区|县市区|区|县|市|地区|考区)(?:进行|发放|领取|办理)\s*[:：]$")
_HANDOUT_WORD = re.compile(r"领取|领证|发放|发证|办证")


def _may_close_with_list_heading(body: str) -> bool:
    """False when `_LIST_HEADING_TAIL` cannot match `body`: every match holds 地点, 安排 or 网点, or the 分 of `分区县进行`."""
    return "地点" in body or "安排" in body or "网点" in body or "分" in body


# an item's value that is its days (`2014年1月6日至1月10日`, `一月八日至一月十日`), a place after them
_DATE_PIECE = re.compile(r"^[\d〇○零一二三四五六七八九十年月日号至到—\-~～\s:：]+起?$")  # (`8月25日起,各县财政局`)


_NOT_BARE_PLACE = re.compile(r"登录|填写|网上|关注|扫码|申请|办理|领取|提交")  # (`4月9日至16日,登录…网上服务大厅填写地址`: a step)


def _place_after_date(value: str) -> str | None:
    pieces = _LIST_VALUE_END.split(value)
    after = _clean_place(pieces[1]) if len(pieces) > 1 else ""
    return after if _place_ok(after, labelled=True) and _PLACE_WORD_RE.search(after) and not _NOT_BARE_PLACE.search(after) else None


# a row of a list by district with no header, its cells parted by bars (`江阴市 | 某局人事考试科 | 某路18号 | 电话`) or by
# spaces (`崂山区 某政务服务大厅人社窗口 88996271`): the district, the place, then its address or phone
_ROW_DISTRICT = re.compile(r"^[\u4e00-\u9fff、（）()]{1,24}?(?:[区县市州旗]|地区|考区|考生|人员|单位)$")
_ROW_ADDRESS = re.compile(r"\d+\s*号|路|街|大道|巷|楼|室")
_ROW_GAP = re.compile(r"\s+")
_PHONE_RUN = re.compile(r"\d{7}")


def _district_row(line: str) -> str | None:
    """The place a headerless row by district gives (`''` for a row that reads so but names none), or None for a line
    that is no such row (a bar row of three cells or more, or a spaced one of two or more with no colon)."""
    bars = line.count("|") + line.count("｜")
    if bars >= 2:
        cells = _TABLE_SPLIT.split(line.strip("|｜ "))
    elif not bars and " " in line.strip() and ":" not in line and "：" not in line and "—" not in line:  # (`X区 —— Y`: an item)
        cells = _ROW_GAP.split(line.strip())
    else:
        return None
    if len(cells) < 2 or not _ROW_DISTRICT.match(cells[0]) or any(_TABLE_PLACE_HEAD.match(c) for c in cells):
        return None  # (`市州 发放地点 联系电话`: a header row, its table read as one)
    value = _clean_place(cells[1])
    if not _place_ok(value, labelled=True) or not _PLACE_WITH_ADDRESS_END.search(value) or _DIGIT_OR_BRACKET.match(value):
        return ""
    if len(cells) > 2 and "(" not in value and "（" not in value and _ROW_ADDRESS.search(cells[2]) \
            and not _DIGIT.match(cells[2]) and not _PHONE_RUN.search(cells[2]):
        value += f"({cells[2]})"  # (`某局人事考试科 | 某路18号3楼`: the place and its address, as a label writes them)
    return value


def _list_places(lines: list[str], start: int, heads: bool = True) -> list[str]:
    """The places of a list's items from `lines[start]` on; with `heads` False, not an item's head (`东城区:3月1日…`)."""
    out = []
    for line in lines[start:]:
        row = _district_row(line)
        if row is not None:
            if row:
                out.append(row)
            continue
        m = _PLACE_LIST_ITEM.match(line)
        if m:
            head, numbered = m.group(1) or m.group(2), m.group(1) is not None
            if next(_place_matches(m.group(3)), None):  # `县区考生:到X办理` is a sentence, read as one
                continue
            rest = _clean_place(_LIST_VALUE_END.split(m.group(3))[0])
            # `宁远市:X` / `市直考生:X` / `省直考区:X`: whose place it is, then the place
            district = _DISTRICT_HEAD.search(head) is not None
            if (district or numbered) and not _DIGIT_OR_BRACKET.match(rest) and _place_ok(rest, labelled=True) \
                    and _PLACE_WORD_RE.search(rest):  # `宁远市:宁远市人事考试中心(东环路16号)`
                out.append(rest)
            elif (district or numbered) and _DATE_PIECE.match(rest) and (after := _place_after_date(m.group(3))):
                out.append(after)  # `龙亭区、顺河区:一月八日至一月十日,区财政局;`: the place after the days
            elif heads and _PLACE_OR_DISTRICT_END.search(head) and not _NOT_PLACE.search(head) and (numbered or district):
                out.append(head)  # `1、随县人社局:6月3日至14日`
            elif not numbered:
                break
            continue
        if not _LIST_ITEM.match(line):
            break
        if next(_place_matches(line), None):  # `2.按预约日期到X领取`: a sentence, read as one
            continue
        value = _clean_place(_LIST_ITEM_VALUE_END.split(_NUMBERING.sub("", _LIST_ITEM.sub(r"\1", line)))[0])
        if _place_ok(value) and _PLACE_WITH_ADDRESS_END.search(value):  # `1.X大厅(地址)`
            out.append(value)
    return out


# a table whose header row names a place column: `地区 | 领取地点 | 联系电话`, then one row per place
_TABLE_SPLIT = re.compile(r"\s*[|｜]\s*")
_TABLE_PLACE_HEAD = re.compile(r"^(?:证书)?(?:领取|发放|领证|办理|现场领取|取证)?(?:地点|地址)$"
                               # (the office that hands out, `发放单位 | 地址`: the office, its address aside; not
                               # `领取单位`, the unit that collects for its people)
                               r"|^(?:证书)?(?:发放|领证|办理|发证|受理)(?:单位|机构|部门|窗口)$")
# a unit cell that names the candidates a row is for (`市直单位 | … | 某中心(某路1号)`): the place is in the address cell
_TABLE_WHOSE_ROW = re.compile(r"(?:单位|考生|人员)$")
_TABLE_OFFICE_WORD = re.compile(r"中心|局|院|厅|处|科|股|窗口|大厅|办公室")


# a flattened row's last cell, a place and the phone after it with no space between (`某中心(某路1号)0431-88778605`)
_GLUED_PHONE = re.compile(r"^(.*?[^\d\s\-－—])((?:0\d{2,3}[-－—]?)?\d{7,8})$")
_CELL_GAP, _WIDE_CELL_GAP = re.compile(r"\s+"), re.compile(r"\s{2,}")


def _table_places(lines: list[str], i: int) -> list[str]:
    """The place column's cells under a header row naming it; cells parted by bars or, in a table a page
    flattened, by spaces (by runs of two or more when the header has them: a cell may hold one)."""
    header = lines[i].strip("|｜ ")
    split = (_TABLE_SPLIT if "|" in header or "｜" in header
             else _WIDE_CELL_GAP if _WIDE_CELL_GAP.search(header) else _CELL_GAP).split
    cells = split(header)
    if len(cells) < 2 or any(len(c) > 10 or _DIGIT.search(c) for c in cells):  # a header row: short labels only
        return []
    heads = [k for k, c in enumerate(cells) if _TABLE_PLACE_HEAD.match(c)]
    if not heads:
        return []
    # `领取地点` over `发放单位` over `地址`
    col = next((k for k in heads if "地点" in cells[k]), next((k for k in heads if "地址" not in cells[k]), heads[0]))
    address = next((k for k in heads if "地址" in cells[k]), None) if "地址" not in cells[col] else None
    out = []
    spaced = "|" not in header and "｜" not in header
    for line in lines[i + 1:]:
        row = split(line.strip("|｜ "))
        if spaced and row and "电话" in cells[-1] and (glued := _GLUED_PHONE.match(row[-1])):
            row = [*row[:-1], glued[1], glued[2]]  # (`某中心(某路8号)0431-88778605`: the phone glued to the place cell)
        if spaced and len(row) > len(cells):
            # (a flattened table's place cell holding a space, `越秀区财政局会计科 越华路118号5楼`: the columns before it
            # read from the left, those after it from the right, and what is between is the place)
            row = [*row[:col], " ".join(row[col:len(row) - (len(cells) - col - 1)]), *row[len(row) - (len(cells) - col - 1):]]
        if spaced and len(row) == len(cells) - 1 and col < len(row) and "电话" in cells[-1] and not _DIGIT.search(row[-1]):
            row = [*row, ""]  # (a flattened row whose last cell, the phone, is empty: `其他市州  当地人事考试机构`)
        if len(row) != len(cells):
            break
        value = _clean_place(row[col])
        if address is not None and _TABLE_WHOSE_ROW.search(value) and _TABLE_OFFICE_WORD.search(row[address]):
            value = _clean_place(row[address])  # (`市直单位 | … | 某中心(某路1号)`)
        if _place_ok(value, labelled=True):
            out.append(value)
    return out


_WHOLE = 10 ** 6  # a span end standing for "to the end of the line or sentence"


_SPACE = re.compile(r"\s")


def _mentions_overlap(a: tuple, b: tuple) -> bool:
    return a[0] == b[0] and (a[1] == b[1] or -1 in (a[1], b[1])) and a[2] < b[3] and b[2] < a[3]


def _dedupe_mentions(found: list[tuple[str, tuple]]) -> list[str]:
    """One place per mention: where two readings of the same words overlap, the longer one; then repeats and
    a name that another one continues (`X` beside `X一楼大厅`) dropped. Two mentions that qualify a name
    differently are both kept, even when one contains the other (`前往市财政局会计科办理` and
    `办证地点:铜陵市财政局会计科(东四楼)`), as the labels list each as written."""
    kept: list[tuple[str, tuple]] = []
    for value, key in found:
        if not value:
            continue
        clash = [k for k, (v, other) in enumerate(kept) if _mentions_overlap(key, other)]
        if clash and not all(len(value) > len(kept[k][0]) for k in clash):
            continue
        kept = [m for k, m in enumerate(kept) if k not in clash] + [(value, key)]
    out: list[tuple[str, str]] = []  # (place, place without whitespace)
    for value, _ in kept:
        bare = _SPACE.sub("", value)
        # a repeat, or the same place given again with more detail (`深圳市考试院` and `深圳市考试院报名大厅…窗口`)
        if any(other.startswith(bare) for _, other in out):
            continue
        out = [(v, other) for v, other in out if not bare.startswith(other)] + [(value, bare)]
    return [value for value, _ in out]


# every `_PLACE_LABEL` match holds one of these nouns, and every `_PLACE_LIST_SENTENCE` match holds 地点
_LABEL_WORD = re.compile(r"地点|地址|机构|单位|部门|窗口|自取|领取点|发放点|领证点|办理点|发证点|受理点")  # (literals: one fast scan)
_TABLE_BAR = re.compile(r"[|｜]")


def _labels_in_sentence(sentence: str, i: int, n: int, opening: bool = True) -> list[tuple[str, tuple]]:
    """Places labelled inside sentence `n` of line `i`: after a comma (`时间:3月1日,地点:X`) or, with `opening`,
    opening it."""
    found = []
    for clause in _COMMA.split(sentence)[1:]:
        label = _PLACE_LABEL.match(clause.strip())
        if label and label.group(1) and not _BARE_ADDRESS.match(clause.strip()):
            value = _clean_place(_TABLE_BAR.split(label.group(1))[0])
            if _place_ok(value, labelled=True) and not _GENERIC_PLACE.match(value):
                found.append((value, (i, n, 0, _WHOLE)))
    if not opening:
        return found
    numbered = _NUMBERING.match(sentence) if sentence[:1] in _NUMBERING_OPENERS or sentence[:1].isdecimal() else None  # `(二)、地点:X`
    label = _PLACE_LABEL.match(sentence, numbered.end() if numbered else 0)
    if label and label.group(1) and not _BARE_ADDRESS.match(sentence) and not _goes_to_place(label.group(1)):
        raw = _split_outside_brackets(label.group(1), _LABEL_VALUE_END)[0]
        value = _clean_place(raw)
        if _place_ok(value, labelled=True) and not _GENERIC_PLACE.match(value):
            end = label.start(1) + len(raw)
            found.append((value, (i, n, 0, end)))
            found.extend(_more_listed_places(sentence, end, i, n))
    return found


# a table's bar, a list heading's ending (`_LIST_HEADING_END`, one literal per ending so the search can skip) or a label
_PLACE_TABLE_LIST_LABEL = re.compile(r"\||｜|" + "|".join(c + r"\s*$" for c in "点间排址话下览:：") + "|" + _LABEL_WORD.pattern)


def _may_give_place(body: str) -> bool:
    """Whether a line can give a place: a table, a list heading, a label, or a sentence with a verb a place goes with
    (`_PLACE_VERB_HINT`) that either names a chain (→) or holds a word some shape needs (`_ANY_PLACE_GATE`). The
    others (most lines) give none, so they are not read."""
    return (_PLACE_TABLE_LIST_LABEL.search(body) is not None
            or (_PLACE_VERB_HINT.search(body) is not None and ("→" in body or _ANY_PLACE_GATE.search(body) is not None)))


# (not an office's hall named for what it does: `证书办理大厅`)
_PLACE_VERB_SPLIT = re.compile(r"进行|接受|办理(?!大厅|窗口|点|处|中心|室)")
_CONTACT = re.compile(r"咨询|联系|致电")
# (an office named for whom it serves is a place: `专业技术人员管理科`, `人员服务中心`; and one named by where the person
# is from: `考生户籍所在地财政局`, `会计人员信息采集区县财政局`)
_FROM_WHERE = "所在|户籍|报名地|报考地"
_NOT_PLACE_CLAUSE = re.compile(r"领取|邮寄|^申请|时间|之日|日前|以前|以后|期间|考生(?!" + _FROM_WHERE + ")"
                               r"|人员(?!管理|服务|考试|信息采集|" + _FROM_WHERE + ")")


# `鄂城区，X；华容区，Y` / `兰山区：X；罗庄区：Y`: a district, then its place, items parted by ；
_DISTRICT_ITEM = re.compile(r"^([\u4e00-\u9fff]{2,8}?(?:区|县|市|州|旗|考区))\s*[:：，,]\s*(.+)$")
_LAST_LABEL = re.compile(r".*[:：。]")


def _district_places(body: str) -> list[str]:
    """The places of a one-line list by district, when two items or more read so (an item may follow the
    line's label: `…具体为：鄂城区，X`)."""
    out = []
    for segment in _SEMICOLON.split(body):
        segment = segment.strip().rstrip("。")
        m = _DISTRICT_ITEM.match(segment)
        if not m and (label := _LAST_LABEL.match(segment)):
            m = _DISTRICT_ITEM.match(segment[label.end():].strip())
        if m:
            value = _clean_place(m.group(2))
            if _place_ok(value) and not _GENERIC_PLACE.match(value):
                out.append(value)
    return out if len(out) >= 2 else []


def find_places(text: str) -> list[str]:
    """领取/发放/办理 places, as written (an address in brackets kept)."""
    found: list[tuple[str, tuple]] = []  # (place, (line, sentence, start, end) of its mention)
    lines, bodies = _lines(text), _bodies(text)
    placed: set[int] = set()  # lines that gave a place (a bare `地址:` right after one is its address)
    for i in [i for i, body in enumerate(bodies) if _may_give_place(body)]:
        body, before = bodies[i], len(found)
        if "|" in lines[i] or "｜" in lines[i] or (" " in lines[i] and ("地点" in lines[i] or "地址" in lines[i] or "单位" in lines[i])):
            found.extend((v, (i, -2, k, k + 1)) for k, v in enumerate(_table_places(lines, i)))
        if body.rstrip()[-1:] in _LIST_HEADING_LAST and _PLACE_LIST_HEADING.search(body):  # (`_LIST_HEADING_END`)
            listed = _list_places(lines, i + 1)
            found.extend((v, (i, -2, _WHOLE + k, _WHOLE + k + 1)) for k, v in enumerate(listed))
            if listed:  # the heading's places are its items, not its next line read whole
                placed.add(i)
                continue
        # (both end on a colon at `$`, and a body holds no newline: one ending otherwise is neither)
        elif body[-1:] in ":：" and (_PLACE_LIST_INTRO.search(body) or _PLACE_LIST_AS_FOLLOWS.search(body)):
            listed = _list_places(lines, i + 1, heads=not _PLACE_LIST_AS_FOLLOWS.search(body))
            found.extend((v, (i, -2, _WHOLE + k, _WHOLE + k + 1)) for k, v in enumerate(listed))
        # (the literal tests first: `_LIST_HEADING_TAIL` opens on no literal, so it is tried at every position of the line)
        elif (body[-1:] in ":：" and _HANDOUT_WORD.search(body) and _may_close_with_list_heading(body)
              and _LIST_HEADING_TAIL.search(body)):
            # (a heading closing a longer line: the line itself is read below; a district alone is no place)
            listed = _list_places(lines, i + 1, heads=False)
            found.extend((v, (i, -2, _WHOLE + k, _WHOLE + k + 1)) for k, v in enumerate(listed))
        if (i - 1 in placed or i - 2 in placed) and _BARE_ADDRESS.match(body):
            continue
        # every shape read below holds a label noun (`_LABEL_WORD`) or a verb a place goes with (`_PLACE_VERB_HINT`):
        # a line read only as a table or a list heading may hold neither (the label noun searched first: a labelled line,
        # its search kept for below, needs no second one)
        labelled = _LABEL_WORD.search(body)  # (every label holds one of its nouns)
        if not labelled and not _PLACE_VERB_HINT.search(body):
            if len(found) > before:  # (a table's header row)
                placed.add(i)
            continue
        value, at = _labelled_place(bodies, i) if labelled else (None, None)
        if value and "、" in value and _lists_places(body):  # (`地点一般为A、B等`: its items, read below)
            value = None
        if value and _place_ok(value, labelled=True):
            found.append((value, at))
            found.extend(_more_listed_places(body, at[3], i, 0))  # `办理地点:A,B`: a value listing places, each one
            placed.update((i, at[0]))
            if at[0] != i:
                continue
        if "；" in body or ";" in body:  # places by district in one line: `兰山区:X;罗庄区:Y`
            found.extend((v, (i, -3, k, k + 1)) for k, v in enumerate(_district_places(body)))
        for n, sentence in enumerate(_split_outside_brackets(body, _SENTENCE_END)):
            # `领取时间:…;领取地点:X` / `时间:3月1日,地点:X`: a label inside the line (not a bare 地址, which
            # there follows the place it locates)
            sentence = sentence.strip()
            listed = "地点" in sentence and _PLACE_LIST_SENTENCE.match(sentence)
            if labelled and _LABEL_WORD.search(sentence):  # (the words every label and `地点为…` contain)
                # (`地点一般为A、B、C等`: its items are read below, not the whole run as one labelled place)
                found.extend(_labels_in_sentence(sentence, i, n, opening=not _lists_places(sentence)))
            if listed:
                for k, item in enumerate(_ENUMERATION_COMMA.split(listed.group(1))):  # `A或B` is one destination, as written
                    value = _clean_place(item)
                    if _place_ok(value) and _PLACE_WORD_END.search(value) and not _GENERIC_PLACE.match(value):
                        found.append((value, (i, n, _WHOLE + k, _WHOLE + k + 1)))
                continue
            if not _PLACE_VERB_HINT.search(sentence):  # most sentences: no verb a place could precede
                continue
            for m in _PLACE_CHAIN.finditer(sentence) if "→" in sentence else ():
                for k, link in enumerate(m.group(1).split("→")[:-1]):
                    value = _clean_place(link.strip("“”\" "))
                    if _place_ok(value):
                        found.append((value, (i, n, _WHOLE + 100 + k, _WHOLE + 101 + k)))
            for m in _place_matches(sentence):
                if m.re in _HANDED_OVER and passed_on(sentence, m.start()):  # (an office passing papers on to the next)
                    continue
                # (`财务处统一到省厅办理相关手续`: an office seeing to its people's formalities at another)
                if m.re is _PLACE_VERB and "办理" in sentence[m.end(1):m.end()] and passed_on(sentence, m.start()):
                    continue
                g = m.lastindex or 1  # the place's group (`_PLACE_KEPT` has two shapes, one group each)
                raw = _PLACE_VERB_SPLIT.split(m.group(g))[0]
                if _GENERIC_PLACE.match(_PLACE_TRIM_TAIL.sub("", raw.strip())):  # `指定窗口` before 指定 is trimmed
                    continue
                for part, (a, b) in _place_parts(raw, m.start(g)):
                    value = _clean_place(part)
                    # (a pointer bracket `(联系电话见附件)` is gone by now; a phone beside the address in the place's own
                    # bracket, `(地址:某路8号,联系电话:…)`, is part of it)
                    if _CONTACT.search(_BRACKETS.sub("", value) if "(" in value or "（" in value else value):
                        continue
                    # (`递交补办申请的所在地人事考试中心` is a name; a value opening with 申请 is a clause)
                    if _place_ok(value) and not _NOT_PLACE_CLAUSE.search(value) \
                            and not _GENERIC_PLACE.match(value):
                        # (`到X领取(某区某路8号)`, `由X负责发放(某路1号某楼)`: the place's address after the verb)
                        if m.end() < len(sentence) and sentence[m.end()] in _ADDRESS_OPENERS and part is raw and len(raw) == len(m.group(g)) \
                                and "(" not in value and "（" not in value \
                                and (after := _ADDRESS_AFTER_VERB.match(sentence, m.end())):
                            value += after.group(1)
                        found.append((value, (i, n, a, b)))
        if len(found) > before:
            placed.add(i)
    return _dedupe_mentions(found) if found else []


# an address in brackets (a road, a number, a floor or a room), right after a place's verb or on the line under it
_ADDRESS_OPENERS = "（( "
_ADDRESS_AFTER_VERB = re.compile(r"\s?([（(](?=[^（()）]*(?:\d+\s*号|路|街|大道|巷|楼|室))[^（()）]{2,60}[）)])")
_ADDRESS_LINE = re.compile(r"^\s*([（(](?=[^（()）]*(?:\d+\s*号|路|街|大道|巷|楼|室))[^（()）]{2,60}[）)])\s*$")


# `由A以及B负责`: two bodies, each a place (`A或B` stays one destination, as written)
_PLACE_AND = re.compile(r"以及|、")
_PLACE_PART = re.compile(_PLACE_WORD + _ADDRESS + r"\s*$")


def _place_parts(raw: str, offset: int) -> list[tuple[str, tuple[int, int]]]:
    parts = _split_outside_brackets(raw, _PLACE_AND)
    if len(parts) > 1 and all(_PLACE_PART.search(p) and len(p.strip()) >= 3 for p in parts):
        out, at = [], offset
        for p in parts:
            out.append((p, (at, at + len(p))))
            at += len(p) + 1
        return out
    return [(raw, (offset, offset + len(raw)))]
