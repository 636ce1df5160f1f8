"""Key facts of a certificate notice: where to go, what to bring, whom to call, how (on site, by
mail, on the web, electronic), what it costs, what happens when it is late, and who issues it.

`key_facts(text)` is the one entry point; `text` is the Simplified title and body
(`pipelines.text.simplify`). It is pure and reads nothing but its argument.

Why rules written here: no library pulls these out. A Chinese NER model (HanLP, LTP, jieba's
tagger) would mark organisations and places, but not which place is the collection place, which
documents are to be brought, or which number is the helpline, and it would add a model download
to a normaliser that runs on every crawled page. A character CRF (python-crfsuite) trained on the dev
split's labels was tried (session 20), cross-validated by site on the 414 dev records: alone it got
places right in 0.73 of them and materials in 0.63 (the rules: 0.88 and 0.87 in-sample, 0.74 and 0.76
on test), and with the rules' spans among its features 0.86 and 0.72, below the rules it reads on the
same records, so the rules stay alone. Notices state these facts in a handful of fixed clause shapes —
a labelled line (`领取地点:…`, `咨询电话:…`, a `所需材料` heading followed by a numbered list), a verb
frame (`携带…到…领取`, `凭…签收`), a signature line above the date — so
the rules are small regular expressions over the clauses of the text. They were written from our
own sentences and the dev split of tests/data/real_notices, not the test split (one record now in
test, rn0407, was read as dev while they were written: see that corpus's README). A second round
added 42 dev texts (rn0409–rn0450) chosen for the hard shapes — places after 由…(负责/重新)发放 or
下发/分发, places listed under a heading or by district, implied places (报名所在地), channels that
are negated (不得代收、邮寄) or only mentioned (电子证书与纸质证书具有同等效力, documents 邮寄给 a
teacher), web applications for mailing (官网申请, 登录 a URL to 预约) — and the rules were widened
from those and our own sentences; the test split was scored once, afterwards. A third round added 12
dev texts (rn0451–rn0462: two official notices reposted by content farms, ten guides) and widened
the rules again from their misses: the body `负责…发放` names is the place, and so is the office papers
are `提交到`; `地点一般为A、B、C等` lists places; a line opening with `和 ` continues the previous one;
documents after `他人代领:` with no verb, or after `材料,包括` (not scans uploaded); `提供…等信息` is
information, not a document; an app used to mail (`通过…APP免费邮寄`), `登录…网站,选择` a paper
certificate, and `申请电子证书` are ways to get one.

A fourth round widened the place and mode rules by class, from our own sentences in the shapes official
notices, 办事指南 service pages and guides use, from the texts of the shared dev set (read, never copied)
and from the fourth-round dev texts (rn0463–rn0514): a label inside a line (`领取时间:…;领取地点:X`,
`受理机构:X`, `【领取地点】X`) whose value stops at a comma, an address line under a place (`地址:…`, the
place's, not a second one), places listed by district (`宁远市:X中心`), in a table with a `领取地点` column,
or as `A以及B`; a date before the place (`4月1日至30日在X领取`); a bracket kept whole, dropped when it only
points elsewhere (`(联系电话见附件)`, `(以当地通知为准)`); `向X提出申请`, `由X受理`, `X为…发放点`, `前往X。`,
the middle links of a `A→B→C` chain the certificates are passed down;
one place per mention (two readings of the same words keep the longer; the same office qualified
differently in two sentences is listed twice, as the labels do). Modes: channels negated by a verb
phrase (`不办理邮寄`, `暂不提供电子证书`, `取消现场发放`), the post named without 邮寄 (邮政投递, 顺丰, 寄至,
挂号), web forms reached by QR code, app, `…考试网` or a link (`申请入口`), a site only read for a
notice not counted, in person without a place (`持…领取`, `领取时须携带`, `线下领取`, `来院办理`, `现场审核`), an
e-certificate downloaded (`下载并打印证书`) or only compared with paper in other words (`效力是一样的`),
and scans or photos `电子版` not counted.

Session 23 widened the place rules by class from the dev misses (new readings in pipelines/place_offices.py, where an
office, not a reader, is the subject): a place given in general (`领取地点一般为X,…`), an office papers are handed to
for a check without 到/至 (`交X审核`, `报送X统一办理`), a unit that collects and hands out (`由X统一领取并发放`),
certificates forwarded to offices (`证书已到/已转交X`), and no place where an office passes papers on to the next
(`X于每季将…提交给省厅`) or sees to its people's formalities at another (`财务处统一到省厅办理`).

Over 300 lines: the seven facts share the clause helpers at the top (lines, sentences, clause
around a match, de-duplication), and each fact is a handful of patterns plus a short function; split
into seven modules they would import those helpers back and forth, so they stay together, one
section per fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.dates import ORG_END
from pipelines.header import CREDIT
from pipelines.place_offices import passed_on
from pipelines.spam import is_advertisement, is_spam_line, links_other_pages, may_link_other_pages
from pipelines.text import REPOST_MARK, SENTENCE_RUN, is_furniture, page_head

FACTS = ("place", "materials", "phone", "mode", "fee", "deadline_rule", "agency")
MODES = ("on_site", "mail", "online", "electronic")

# --------------------------------------------------------------------------- clauses
#
# Speed (key facts were most of the normaliser's time): the lines, their bodies (numbering stripped), the joined
# lines and the sentences of a text are computed once (`lru_cache`d, tuples, never mutated); the loops read only
# the lines that hold a word the shapes read there need (`_may_give_place`, `_MATERIAL_VISIT`, …), and each slow
# pattern is tried only where a word every match of it holds is present (a gate, named beside it with why it is
# necessary). Patterns searched through long texts open every alternative on a literal (`_each`, `_not_after`),
# as in pipelines/kind_words.py. None of this changes an output: the comment beside each gate says why it is safe.

_SENTENCE_END = re.compile(r"[。；;！!？?]")
_CLAUSE_END = re.compile(r"[。；;，,！!？?]")
# 一、 / (一) / 1、 / 1. / (1) / ① — the numbering at the head of a line
# (a circled number comes out of the Simplified text's NFKC as a digit, `① 在…` → `1 在…`; steps: `第二步:`, `步骤三 `)
# the characters a `_NUMBERING` match can open on, besides a digit (`\d`: `str.isdecimal`) and the whitespace `_lines` strips
# (bullets a repost or a post uses, `📌地点:…`, `▶材料:…`, are numbering too)
_BULLETS = "◆●▲■★▶►▪※☆➤✅✔📌👉🔹🔸•·"
_NUMBERING_OPENERS = "(（一二三四五六七八九十第步-" + _BULLETS + "".join(map(chr, range(ord("①"), ord("⑳") + 1)))
_NUMBERING = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十]{1,3}[)）、.．:：][、.．]?|[(（]?\d{1,2}[)）、.．][、.．]?|[①-⑳]|[" + _BULLETS + r"]|-(?=\s)|\d{1,2}\s?(?=[\u4e00-\u9fff《“])(?![寸张份个年月日号次项条]|本(?!人))"
                        # (`②2寸照片` out of NFKC is `22寸照片`: photos are 1寸 or 2寸, so the digit before is the item's mark)
                        r"|\d(?=[12]寸)"
                        r"|第[一二三四五六七八九十\d]{1,2}步\s*[:：、.．]?|步骤[一二三四五六七八九十\d]{1,2}\s*[:：、.．]?)\s*")


# (`和 身份证原件` as the page spaced it, or closed up by the Simplified text: `和身份证原件`)
_CONTINUATION = re.compile(r"^(?:和|及|以及|与)(?:\s|(?=身份证|准考证|照片|证件|委托书|户口|学历|毕业证|本人))")


# a long line cut mid-sentence (a wrapped paragraph: `…到省人事考试中心证书管理部` / `办理`)
_WRAPPED = re.compile(r"(?<!通知|公告|通告|须知|指南|办法|决定|意见|说明|问答)[\u4e00-\u9fff（(、)）]$")


_LINE_ENDS = tuple("。；;！!？?：:")  # a line ending on one of these is finished
# …and so is one ending on an aside after its full stop (`…统一寄送。(咨询电话:0871-1234567)`)
_ASIDE_AFTER_STOP = re.compile(r"[。；;！!？?][（(][^（()）]*[)）]$")
# a line opening on a field's label (`领取地点:…`) starts a field of its own, whatever the line before ends on
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[:：]")


@lru_cache(maxsize=64)  # every fact reads the same text's lines: split it once
def _lines(text: str) -> tuple[str, ...]:
    """Stripped non-empty lines; a line opening with `和 `/`及 ` continues an unfinished previous line, and
    so does any line after a long one (40+ characters) that stops in the middle of a sentence."""
    out: list[str] = []
    for line in map(str.strip, text.splitlines()):
        if not line:
            continue
        if out and ((line.startswith(("和", "及", "以", "与")) and _CONTINUATION.match(line)  # (its first words)
                     and not out[-1].endswith(_LINE_ENDS))
                    # (`_WRAPPED` ends on `$`: only the last character can match, so the search starts there)
                    or (len(out[-1]) >= 40 and len(line) >= 15 and _WRAPPED.search(out[-1], len(out[-1]) - 1)
                        and not (out[-1][-1] in ")）" and _ASIDE_AFTER_STOP.search(out[-1]))
                        and not _NUMBERING.match(line) and not _FIELD_LABEL.match(line)
                        and not line.startswith(("以上", "上述"))  # (a sentence about what came before: `以上材料…`)
                        and not (" " in line and " " in out[-1])  # (two rows of a table spaced into cells)
                        and not ("|" in out[-1] or "｜" in out[-1]))):  # (a table's last row: the table is done)
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=64)  # numbering stripped once per text: places and materials read every line's body
def _bodies(text: str) -> tuple[str, ...]:
    """`_lines(text)`, each without the numbering at its head (`1、`, `(一)`, `①`)."""
    # (`_NUMBERING` opens on `^`: it matches once at most, at the start, so this is `_NUMBERING.sub("", line)`; a line,
    # stripped, can only open a numbering on one of `_NUMBERING_OPENERS` or a digit, so other lines are not matched)
    return tuple(line[m.end():] if (line[:1] in _NUMBERING_OPENERS or line[:1].isdecimal()) and (m := _NUMBERING.match(line))
                 else line for line in _lines(text))


@lru_cache(maxsize=64)
def _joined(text: str) -> str:
    """`_lines(text)` joined by newlines: a word found in it is found in one line (no line holds a newline)."""
    return "\n".join(_lines(text))


@lru_cache(maxsize=64)  # modes, fee and deadline rule read the same sentences: split once (a tuple, never mutated)
def _sentences(text: str) -> tuple[str, ...]:
    """Each line split at `_SENTENCE_END`, the pieces stripped, empty ones dropped (one pass over the joined lines:
    the runs between sentence ends and newlines are the non-empty pieces of each line's split)."""
    return tuple(filter(None, map(str.strip, SENTENCE_RUN.findall(_joined(text)))))  # (no generator: C-level)


_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def _split_outside_brackets(text: str, pattern: re.Pattern) -> list[str]:
    """`pattern.split(text)`, but a separator inside brackets does not split (`X(地址:某路8号;电话:…)领取`)."""
    if "(" not in text and "（" not in text:
        return pattern.split(text)
    if not pattern.search(text):  # no separator anywhere: one piece, as `pattern.split` gives
        return [text]
    # no separator inside a bracket (the usual case): masking would change nothing, so the pieces are the plain split
    # (one search per bracket instead of a substitution with a callback)
    if not any(pattern.search(bracket) for bracket in _BRACKETED.findall(text)):
        return pattern.split(text)
    masked = _BRACKETED.sub(lambda b: pattern.sub(lambda m: "＿" * len(m.group(0)), b.group(0)), text)
    out, start = [], 0
    for m in pattern.finditer(masked):
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return out


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The comma-delimited clause of `sentence` holding the span start..end."""
    left = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    right = _CLAUSE_END.search(sentence, end)
    return sentence[left: right.start() if right else len(sentence)].strip()


def _within(short: str, long: str) -> bool:
    """`short` is part of `long`, as a word, not as the start of another one (`身份证` is no part of `身份证明`), nor
    counting what a bracket in `long` adds to its name (`学历证书原件` is part of `学历(学位)证书原件`)."""
    at = long.find(short)
    if at < 0 and ("(" in long or "（" in long):
        long = _BRACKETS.sub("", long)
        at = long.find(short)
    return at >= 0 and long[at + len(short):at + len(short) + 1] != "明"


def _dedupe(items: list[str], beside_copy: frozenset[str] = frozenset()) -> list[str]:
    """Drop repeats and items contained in an earlier (or later, longer) one, keeping order; a document in
    `beside_copy` stays beside its own copy (`身份证件及复印件` names the two)."""
    def part_of(short: str, long: str) -> bool:
        return _within(short, long) and not (short in beside_copy and long == short + "复印件")

    # Speed: `part_of(short, long)` needs `short` inside `long` or inside `long` less its brackets (`_within`), so a pair
    # failing that plain `in` test is not tested further: `hay` holds every kept item and its bracket-free form, parted by
    # newlines, and an item found nowhere in it is part of no kept one (a newline an item holds can only make the test
    # pass where the full one then decides); an item kept already is dropped at once (`part_of(x, x)` holds: `_within`
    # finds it at 0 with nothing after it, and `x` is not `x + "复印件"`)
    out: list[str] = []
    hay = ""
    for item in items:
        if not item or item in out or (item in hay and any(part_of(item, kept) for kept in out)):
            continue
        around = item + "\n" + _BRACKETS.sub("", item) if "(" in item or "（" in item else item
        kept_before = len(out)
        out = [kept for kept in out if not (kept in around and part_of(kept, item))]
        out.append(item)
        if len(out) <= kept_before:  # (some dropped: `hay` rebuilt from what is kept)
            hay = "\n".join(k + "\n" + _BRACKETS.sub("", k) if "(" in k or "（" in k else k for k in out)
        else:
            hay += "\n" + around
    return out


# --------------------------------------------------------------------------- place

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
_SEMICOLON = re.compile(r"[；;]")
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
_COMMA = re.compile(r"[，,]")
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
        elif body[-1:] in ":：" and _LIST_HEADING_TAIL.search(body) and _HANDOUT_WORD.search(body):
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


# --------------------------------------------------------------------------- materials

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
# a heading with its numbered list on the same line, no colon between them (`换证资料1.…;2.…`)
_MATERIAL_HEADING_INLINE = re.compile(r"(?:所需|换证|领证|取证|办证|补证|申领|提交|携带)的?(?:材料|资料|证件)(?=\s*(?:1[.、．]|[(（]1[)）]|①))")
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
_MATERIAL_VISIT = re.compile(r"一式|书面申请|材料|资料|证件|手续|文件|他人|本人|个人|单位|代领|委托|包括|补证|换证|补办|换发|补发|须交|需交|应交|携|持|凭|带|另交|另附|备齐|备好|出示|出具|提交|交验|交回|提供|准备|需|须|将")
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
# (`①本人…` comes out of NFKC as `1本人…`: a digit glued to the item, unless it is the item's count, `1寸照片`)
_LIST_ITEM = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．]|\d{1,2}\s(?=[\u4e00-\u9fff《“])|\d{1,2}(?=[\u4e00-\u9fff《“])(?![寸张份个年月日号次项条]|本(?!人))|[①-⑳]|[-•·]\s)\s*(.+)$")
_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")
_BOOK_TITLE = re.compile(r"《[^《》]{1,40}》")
# `需提交:1.身份证原件;2.准考证;3.照片一张。`: a numbered list written on the line after the verb
_INLINE_LIST_START = re.compile(r"\s*(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])")
_INLINE_LIST_MARK = re.compile(r"[；;，,]?\s*(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*")
_INLINE_LIST_END = re.compile(r"[。！!？?]")
_SENT_AS_SCAN = re.compile(r"上传|扫描|发送|电子版")  # (scans uploaded, not documents brought)
_COLON = re.compile(r"[:：]")  # (its items are parted by ；, so only a full stop ends it)
_HANDED_OUT = re.compile(r"[（(][^）)]*(?:由[^）)]*提供|现场填写|现场领取)[^）)]*[）)]")
_HANDED_OUT_ITEM = re.compile(r"[^、，,;；:：]*" + _HANDED_OUT.pattern)


# a question asking what to bring (`问:需要准备哪些材料?`, `Q:要带什么?A:…`, `带什么:…`): its answer, on the line after
# the question mark or colon or on the next line opening on 答/A, names the documents when its first clause is only them
_ASKS_WHAT = re.compile(r"(?:带|准备|提供|提交|携带|需要|要)(?:哪些|什么)(?:材料|资料|证件|东西)?(?:[?？]\s*(?:(?:答|A)\s*[:：])?|[:：])")
_ANSWER_OPENS = re.compile(r"(?:答|A)\s*[:：]\s*")
# (what to bring on an exam's day is no certificate's material: `考试当天需要带什么?`)
_EXAM_DAY = re.compile(r"考试(?:当天|时|期间)|考场|入场|进场")


def _answered(bodies: tuple[str, ...], i: int, asked: re.Match) -> list[str]:
    """The documents the answer to `asked` (a question in line `i` what to bring) names: the first clause of the rest of
    the line, or of the next line when it opens on 答/A and a colon, when that clause is only documents."""
    if "考" in bodies[i] and _EXAM_DAY.search(bodies[i], 0, asked.start()):
        return []
    answer = bodies[i][asked.end():]
    if not answer.strip() and i + 1 < len(bodies) and (mark := _ANSWER_OPENS.match(bodies[i + 1])):
        answer = bodies[i + 1][mark.end():]
    clause = _CLAUSE_END.split(answer, maxsplit=1)[0].strip()
    return _bare_documents(_OWNER.sub("", clause)) if clause else []


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
    for raw in _sizes_distributed(_item_pieces(phrase)):
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


def _inline_list(text: str) -> list[str]:
    """The documents of a numbered list written on one line (`1.身份证原件;2.准考证` or `1.申请表 2.身份证复印件`), up to a
    full stop; each item up to where a document phrase stops (`到…`, `领取`)."""
    found: list[str] = []
    for part in _INLINE_LIST_MARK.split(_INLINE_LIST_END.split(text)[0]):
        verbs = list(_BRING.finditer(part)) if _BRING_VERB.search(part) else []
        if verbs and verbs[-1].end() < len(part):  # `委托领取的,带委托书`: what its own (last) verb names
            part = part[verbs[-1].end():]
        found.extend(_items(_up_to_stop(part, _stop_outside_brackets(part))))
    return found


def _bracket_masked(text: str) -> str:
    """`text` with what its brackets say blanked out, same length (positions stay); searched only where there are
    brackets: every `_BRACKETS` match opens on one."""
    return _BRACKETS.sub(lambda b: "＿" * len(b.group(0)), text) if "(" in text or "（" in text else text


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


# the characters a `_LIST_ITEM` match can open on (after whitespace): a bracket, a digit, a circled number, a bullet
_LIST_ITEM_OPENERS = "(（-•·" + "".join(map(chr, range(ord("①"), ord("⑳") + 1)))


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
            if len(words) <= _UNDER_HEADING_LINE_MAX and "、" in words and not _NOT_BARE_DOCUMENT.search(words):
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
        if end - start < 2 or not (any(_MATERIAL_NOUN.search(b) or _BRING_VERB.search(b)
                                       for b in bodies[max(0, start - 1):end + 1])
                                   or any(_BROUGHT_DOCUMENT.search(b) for b in bodies[start:end])):
            continue
        bare = [_bare_documents(b) for b in bodies[start:end]]
        i = 0
        while i < len(bare):  # (the runs of bare document lines in it, as `start + i`..`start + j - 1`)
            j = i
            while j < len(bare) and bare[j]:
                j += 1
            if j - i >= 2 and (any(_MATERIAL_NOUN.search(b) or _BRING_VERB.search(b)
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
        if ("什么" in body or "哪些" in body) and (asked := _ASKS_WHAT.search(body)):
            found.extend(_answered(bodies, i, asked))
        for m in _BRING.finditer(body) if _BRING_VERB.search(body) else ():
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


# --------------------------------------------------------------------------- phone

# (the local number may be spaced in two, as written: `0791-8627 0541`, `0817-2230 516`)
_LANDLINE = r"(?:[(（]?0\d{2,3}[)）]?\s*[-－—–]{0,2}\s*(?:\d{7,8}|\d{4} \d{3,4})(?:\s*[-－—–转]\s*\d{1,4})?)"
_MOBILE = r"(?:1[3-9]\d{9})"
_PHONE = re.compile(r"(?<![\dA-Za-z.])(" + _LANDLINE + "|" + _MOBILE + r")(?![\d])")
_SHORT = re.compile(r"(?:电话|热线|咨询|联系方式)[^，,。；;]{0,12}?[:：]?\s*(\d{5,8})(?!\d)")
_MORE_NUMBERS = re.compile(r"(?:\s*[、,，/或和及]\s*|\s+)(\d{7,8})(?!\d)")
_BARE = re.compile(r"(?<![\d\w.\-])(\d{7,8})(?![\d\-])")
# 5 digits in a row, or a local number spaced in two (`8627 0541`); spelt to open on a class, so the search can skip
_FIVE_DIGITS = re.compile(r"\d(?:\d{4}|\d{3} \d{3})")
_LANDLINE_MARK = re.compile(r"[-－—–)）]")
_PHONE_HEADING = re.compile(r"电话\s*[:：]?\s*$")
_HAS_URL = re.compile(r"https?://|www\.")
_URL_WORD = re.compile(r"\S*(?:https?://|www\.)\S*")
_PHONE_CONTEXT = re.compile(r"电话|热线|咨询|联系|致电|拨打|tel|Tel|TEL|办理电话")


def _five_digit_lines(lines: tuple[str, ...], joined: str) -> set[int]:
    """The indexes of the lines holding 5 digits in a row or a spaced number, `{n for n, line in enumerate(lines) if _FIVE_DIGITS.search(line)}`,
    found in one pass over `joined` (the lines joined by newlines): a run of digits lies in one line, and each line
    holding one holds the start of a match; a match's line is the number of newlines before it (counted on from the
    last match: most texts, titles above all, hold none, and no line is visited)."""
    out: set[int] = set()
    n, at = 0, 0
    for m in _FIVE_DIGITS.finditer(joined):
        n += joined.count("\n", at, m.start())
        at = m.start()
        out.add(n)
    return out


def find_phones(text: str) -> list[str]:
    """Telephone numbers given for questions, as written."""
    found: list[str] = []
    lines = _lines(text)
    # every number read holds 5 digits in a row (a phone 7 or more, a short line 5) or is a local number spaced in two
    # (`_FIVE_DIGITS`): a line without either gives none (a URL removed from a sentence only takes digits away)
    digit_lines = _five_digit_lines(lines, _joined(text))
    if not digit_lines:
        return found
    for n, line in enumerate(lines):
        for sentence in _SENTENCE_END.split(line) if n in digit_lines else ():
            if _HAS_URL.search(sentence):
                sentence = _URL_WORD.sub(" ", sentence)
            context = _PHONE_CONTEXT.search(sentence) is not None
            spans = []
            for m in _PHONE.finditer(sentence):
                number = m.group(1).strip()
                landline = number.lstrip("(（").startswith("0")
                if context or (landline and _LANDLINE_MARK.search(number)):
                    found.append(number)
                    spans.append(m.span(1))
            if context:
                for m in _SHORT.finditer(sentence):
                    if not any(a <= m.start(1) < b for a, b in spans):
                        found.append(m.group(1))
                    # `联系电话:63036870、88011505`: the numbers listed after the first
                    more = _MORE_NUMBERS.match(sentence, m.end())
                    while more:
                        found.append(more.group(1))
                        more = _MORE_NUMBERS.match(sentence, more.end())
        # a heading `…及联系电话` whose number is on the next line
        if "电话" in line and _PHONE_HEADING.search(line) and n + 1 < len(lines) and not _PHONE.search(line):
            found.extend(m.group(1) for m in _BARE.finditer(lines[n + 1]))
    return _dedupe(found)


# --------------------------------------------------------------------------- mode

def _each(words: str, tail: str = "") -> str:
    """`w1tail|w2tail|…` for the words `w1|w2|…`: `(?:w1|w2)tail`, each alternative opening on its word, which
    lets the engine skip at C speed to the characters a match can start with (see pipelines/kind_words.py)."""
    return "|".join(word + tail for word in words.split("|"))


def _not_after(word: str, *before: str) -> str:
    """`word` not preceded by any of `before`: `(?<!b)word`, written with the word first (`word(?<!bword)`, the
    same test) so that the alternative opens on a literal."""
    return word + "".join(f"(?<!{b}{word})" for b in before)


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


# --------------------------------------------------------------------------- fee

# What collecting or mailing costs. Every alternative opens on a literal, so that the search skips at C speed to the
# characters a match opens on (it was `(?=[邮快速…\d])(?:(?:邮寄|…)?(?:费用|…)…|…)`, tried at every position): the optional
# words before 费用 and 到付 are spelt out, one alternative each, in the order the engine tried them. The one shape that
# opens on a number, `15元/件`, is `_FEE_PER_PIECE`, searched where 元 is (`_fee_match`): no other shape opens on a
# digit, so the earlier of the two matches is the first match of both.
_FEE_WORDS = r"(?:费用|邮费|邮资|资费|速递费|邮寄费|快递费|运费|寄递费)"
_FEE_SAID = r"[^。；;，,]{0,30}?(?:自理|承担|负担|到付|支付|收取|负责|自付|免费|为\d|\d+元)"
_COD = r"到付(?![”\"’])"
_FEE = re.compile(
    _each("邮寄|快递|速递|邮政|邮递|寄递", _FEE_WORDS + _FEE_SAID) + "|" + _each("费用|邮费|邮资|资费|速递费|邮寄费|快递费|运费|寄递费", _FEE_SAID)
    + "|" + _each("邮费|邮资|运费|费用", "(?:采取|采用|实行)?(?:邮资)?" + _COD) + "|" + _each("采取|采用|实行", "(?:邮资)?" + _COD)
    + "|邮资" + _COD + "|" + _COD
    + r"|收取[^。；;，,]{0,6}?\d+(?:\.\d+)?元|工本费[^。；;]{0,20}?\d+元|免费(?:邮寄|邮递|寄递|补办|办理|送达|下载|打印)"
    # `不收取工本费`; `学时证明打印免费` (free, said at the clause's end; the look-behind after the word, so that the
    # alternative opens on it)
    + r"|不收取[^。；;，,]{0,4}?费|免费(?<=[\u4e00-\u9fff]{2}免费)(?=$|[。；;，,])"
    + r"|支付费用[^。；;]{0,6}\d+元|" + _each("支付|缴纳|交纳|承担", r"[^。；;，,]{0,8}?(?:邮费|邮寄费|快递费|费用|工本费|审定费)")
    + r"|免费领取|不收费|不收取(?:任何)?费用|免收|规费[^。；;，,]{0,20}?(?:元|整)"
    # a service guide's own line (`收费标准:免费`, `收费标准为每本20元`), a fee in Chinese numerals (`工本费十五元`)
    + r"|收费标准\s*(?:[:：]|为|是)\s*[^。；;，,\s]|工本费[^。；;]{0,20}?[一二两三四五六七八九十百]+元")
# `15元/件` (a number not after a digit or a point: `(?<![\d.])\d+`, its first digit checked behind so that it opens on a class)
_FEE_PER_PIECE = re.compile(r"\d(?<![\d.]\d)\d*(?:\.\d+)?元\s*/\s*(?:件|证|人|份|本)")


def _fee_match(sentence: str) -> re.Match | None:
    """The first match of the fee shapes (`_FEE`, `_FEE_PER_PIECE`) in `sentence`."""
    m = _FEE.search(sentence)
    piece = _FEE_PER_PIECE.search(sentence) if "元" in sentence else None
    return piece if piece is not None and (m is None or piece.start() < m.start()) else m


_FEE_HEADING = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}|\s*\d{1,2}[.．、]\s*[\u4e00-\u9fff]{2,12})\s*[:：]?$")
# every `_FEE` match holds one of these: 费 (费用, 邮费, 工本费, 免费, 不收费, 规费 …), 资 (邮资, 资费), 元 (收取…元,
# 15元/件), 到付, 免收
_FEE_WORD = re.compile(r"费|资|元|到付|免收")  # (`费|资|元` for `[费资元]`: every alternative opens on a literal)
# (资 holds in `_FEE` only as part of 邮资 or 资费, which holds 费: a text holding none of these holds no fee, though
# it may hold 资 in 资料, a word most notices use)
_FEE_TEXT_WORD = re.compile(r"费|邮资|元|到付|免收")


_FORM_BEFORE = re.compile(r"表[^。；;，,]{0,12}$")


def find_fee(text: str) -> str | None:
    """The first clause that says what collecting or mailing costs (邮费到付, 15元/件, 免费邮递)."""
    if not _FEE_TEXT_WORD.search(_joined(text)):  # (a sentence lies in one line)
        return None
    for sentence in _sentences(text):
        if not _FEE_WORD.search(sentence):  # no fee word: `_FEE` cannot match
            continue
        if _FEE_HEADING.match(sentence):  # a heading such as `费用承担` or `3. 确认信息并支付邮费`
            continue
        if is_advertisement(sentence):  # `免费领取历年真题 加QQ群` quotes no fee of ours
            continue
        m = _fee_match(sentence)
        if m and m.group(0) in ("免费下载", "免费打印") and _FORM_BEFORE.search(sentence, 0, m.start()):
            continue  # a form free to download (`申请表(可在网站免费下载)`) says nothing of what a certificate costs
        if m:
            return _clause_around(sentence, m.start(), m.end()) or m.group(0)
    return None


# --------------------------------------------------------------------------- deadline rule

_DEADLINE = re.compile(
    r"逾期(?!未收到)[^。；;]{0,20}?(?:不|未|视为|视同|视作|作废|自负|销毁|取消|失效|不再|无法|退回|上交|交回)|逾期[^。；;]{0,40}?补领|过期(?:后)?(?:将)?(?:不|无法)"
    r"|超过[^。；;]{0,12}?(?:期限|时间|时限)的|超过[^。；;]{0,12}?日期[^。；;]{0,4}?(?:不|无法)|未能?(?:按期|按时|在规定时间内)领取"
    r"|视为(?:自动)?放弃|代为保管|代为保存|保管期限|保存期限|回收销毁|统一销毁|满五年|满5年|自动失效"
    # (kept or handed back when not collected: `超过两年未领取的将…销毁`, `未按期申请的,证书由X统一保管`, `…未领取的证书统一交回X`)
    r"|超过[^。；;]{0,8}?未领取|未(?:按期|按时|按规定时间|在规定时间内?)(?:提交|申请|领取|填写|确认|核对)|未领取的证书|统一(?:保管|交回|退回)"
    # `超出领取时间未领取的…`, `证书在我局保存三年,三年后…`, `保存期为一年`, `后果由单位自负`, `…三个月内未领取的,不再保留`,
    # `未申请邮寄的考生,请于…到X领取` (the channel left to those who did not apply)
    r"|超出[^。；;]{0,8}?(?:期限|时间|时限)(?:仍|而)?未|保[存管]期|保[存管][一二三四五六七八九十两\d]+(?:年|个月)|后果(?:由[^。；;，,]{0,6})?自负"
    r"|未领取的[,，]|未(?:申请|填写|提交|确认)[^。；;，,]{0,8}的(?:考生)?[,，][^。；;]{0,40}?(?:领取|保管|保存)")


# a sentence that asks (`四、逾期未申领将有什么后果`: a heading, its answer under it)
# (or announces what follows: `对于逾期未领取证书的考生,我们提出以下处理建议`)
_ASKS = re.compile(r"什么|如何|怎么|怎样|哪些|吗[?？]?$|[?？]$|(?:以下|如下)[^，,。]{0,6}(?:建议|办法|方式|措施|几点)$|如下$")


def find_deadline_rule(text: str) -> str | None:
    """The first sentence saying what happens to a certificate not collected (or applied for) in time."""
    # A match in a sentence is one in the joined lines too (the sentence lies in a line, and the one lookaround,
    # `(?!未收到)`, sees past the sentence only a sentence end, a space or a newline): none there, none here.
    if not _DEADLINE.search(_joined(text)):
        return None
    for sentence in _sentences(text):
        m = _DEADLINE.search(sentence)
        if m and not _ASKS.search(sentence):  # (`四、逾期未申领将有什么后果`: a heading that asks; the rule follows it)
            return sentence
    return None


# --------------------------------------------------------------------------- agency

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


# --------------------------------------------------------------------------- entry point


_CONTROLS_HEAD, _CONTROLS_TAIL = 8, 4
_FURNITURE_HINT = re.compile(r"登录|注册|下载|分享|打印|关闭|字号|字体|收藏|浏览|阅读")  # (a text without one has no controls)
_USES_SITE = re.compile(r"登录|登陆|网站|系统|www\.|https?://")
_AFTER_STOP = re.compile(r"(?<=[。！!？?；;])")


def _without_ads(line: str) -> str:
    """`line` less a training site's ad sentences (`…领取。本文由某网校整理`), or nothing when it links other pages."""
    if links_other_pages(line):
        return ""
    if not is_advertisement(line) or _USES_SITE.search(line):
        return line
    return "".join(s for s in _AFTER_STOP.split(line) if not is_advertisement(s))


# A question and its answer (an office's FAQ: `问:证书在哪里领取?` / `答:某中心一楼大厅。`): the answer is the value of the
# label the question asks for, and is read as that label's line (`领取地点:某中心一楼大厅。`).
_ASKS_PLACE = re.compile(r"(?:哪里|哪儿|什么地方|何处|在哪|哪个(?:地方|部门|单位))[^?？]{0,8}?(?:领|办|补|取|发|换)"
                         r"|(?:领|办|补|取|发|换)[^?？]{0,10}?(?:哪里|哪儿|什么地方|何处|在哪|地点是|地址是)")
_ASKS_MATERIALS = re.compile(r"(?:带|携带|准备|提供|提交)(?:些)?(?:什么|哪些)|(?:什么|哪些)(?:材料|资料|证件)|材料(?:有)?哪些|需要(?:哪些|什么)")
_ANSWER_MARK = re.compile(r"^\s*(?:答|回答|A)\s*[:：]\s*")
_QUESTION_END = re.compile(r"[?？]\s*$")
_ABOUT_CERTIFICATE = re.compile(r"领|证书|办理|补办|换")
_SAYS_IT = re.compile(r"[，,]|到|前往|至|去|在|于|登录|登陆|网|系统|平台|携带|带|需|须|应|请|凭|持|提供|提交|准备|可以|可|一般|通常")


def _answers_as_labels(text: str) -> str:
    """`text` with each answer to a question that asks where or with what a certificate is obtained written as the
    label's line (`_ASKS_PLACE`, `_ASKS_MATERIALS`); the other lines as they are."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        question, mark, answer = line.partition("答:") if "答:" in line else (line, "", "")
        if not _QUESTION_END.search(question):
            continue
        # (what to bring for a certificate, not on an exam's day: `考试当天需要带什么?`)
        label = ("领取地点:" if _ASKS_PLACE.search(question) else
                 "所需材料:" if _ASKS_MATERIALS.search(question) and _ABOUT_CERTIFICATE.search(question) else None)
        if not mark:
            if label is None or i + 1 >= len(lines) or not lines[i + 1].strip():
                continue
            answer = _ANSWER_MARK.sub("", lines[i + 1]).strip()
        # (an answer that says it in a sentence, `到X领取`, `须带身份证`, `登录某网打印`, is read as one already; a bare
        # value, `某中心一楼大厅。`, `身份证原件、准考证。`, is the label's)
        if label is None or len(answer) > 60 or _SAYS_IT.search(answer):
            continue
        if mark:  # `问:…?答:…` on one line
            lines[i] = question + "\n" + label + answer.strip()
        else:
            lines[i + 1] = label + answer
    return "\n".join(lines)


def key_facts(text: str) -> dict:
    """The key facts of one notice's Simplified text; lists are [] and texts None when it says nothing."""
    text = text if isinstance(text, str) else ""
    if not text:  # (what every finder gives for no text; a page that is no notice comes here)
        return {"place": [], "materials": [], "phone": [], "mode": [], "fee": None, "deadline_rule": None, "agency": None}
    if _FURNITURE_HINT.search(text):  # a page's controls (`客户端下载 | 登录 | 注册`): no fact, and 登录 reads as online
        lines = text.split("\n")  # (they sit above the text or under it: only the first and last lines are read)
        ends = set(range(min(_CONTROLS_HEAD, len(lines)))) | set(range(max(0, len(lines) - _CONTROLS_TAIL), len(lines)))
        controls = {k for k in ends if is_furniture(lines[k])}
        if controls:
            text = "\n".join(line for k, line in enumerate(lines) if k not in controls)
    # A training site's ad sentences and links to its other pages name no fact, may join others' words and part a
    # heading from its list or a signature from the end: dropped (not an instruction to use a site, `登录某网(www…)点击进入
    # “…”模块`). The other spam lines stay: `关注…公众号办理邮寄` carries a fact.
    if is_advertisement(text) or may_link_other_pages(text):
        text = "\n".join(kept for line in text.split("\n") if (kept := _without_ads(line)) or not line)
    if "?" in text or "？" in text:
        text = _answers_as_labels(text)
    places = find_places(text)
    return {
        "place": places,
        "materials": find_materials(text),
        "phone": find_phones(text),
        "mode": find_modes(text, places),
        "fee": find_fee(text),
        "deadline_rule": find_deadline_rule(text),
        "agency": find_agency(text),
    }
