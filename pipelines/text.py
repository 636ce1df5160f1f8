"""Title and body cleaning for the normalizer; the character folding it shares with the search index
is `db.folding` (re-exported here)."""

from __future__ import annotations

import re

from db.folding import (
    PINYIN_ANNOTATION,
    nfkc,
    simplify,
    strip_pinyin_annotations,
    to_simplified,
)
from pipelines.dates import ORG_END, STAMP_LABEL
from pipelines.header import title_business_date

__all__ = ["PINYIN_ANNOTATION", "clean_title", "lead", "nfkc", "simplify", "split_title", "strip_pinyin_annotations",
           "to_simplified"]


# --- title and body cleaning for the normalizer ------------------------------------------
# Hand-written because these are habits of the sites and the content farms that copy them.

# a repost's mark before a title (`转:`, `转发:`), read by the key facts' issuer too
REPOST_MARK = r"(?:转载|转发|转)\s*[:：]\s*"
# An issuer or column prefix: `[东莞市人事考试中心]`, `【证书领取】`, `·`, and a stray list
# number glued to the title (`2怀化2017…`), a copying site's name before a colon (`某某教育网:`), a repost's mark (`转:`).
_TITLE_PREFIX = re.compile(r"^\s*(?:[·•●◆■□▪>》\-—*]+\s*|\[[^\[\]]{1,20}\]\s*|【[^【】]{1,20}】\s*|\d(?=[\u4e00-\u9fff])(?!\d*年)"
                           r"|[\u4e00-\u9fff]{2,12}(?:网|网校)\s*[:：]\s*|" + REPOST_MARK + ")+")
# A date glued to the end of a title in a list (`…补办指南2024-11-06`), or an update stamp.
_TITLE_DATE_TAIL = re.compile(
    r"\s*[(（\[【]?\s*(?:" + STAMP_LABEL + r"[:：]?\s*)?(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）\]】]?\s*$"
)
# A list's badges after a title (`…通知【置顶】【新】`, `…通知 NEW`, `…通知[图]`): the list's marks, not the notice's words.
_TITLE_BADGES = re.compile(r"(?:\s*(?:[【\[](?:置顶|新|最新|热|热门|推荐|荐|图|图文|视频|new|hot|top)[】\]])|\s+(?:new|hot|top))+$",
                           re.IGNORECASE)
# SEO suffixes after an underscore: `…通知_初级出版资格考试网`, `…领取时间_领取地点`.
_SEO_TAIL = re.compile(r"_[^_]{1,24}$")
_SITE_TAIL = re.compile(r" - [^-]{1,24}$")
BREADCRUMB = re.compile(r"^\s*(?:[您你]?的?(?:现在|当前)?的?位置|首页\s*[>»])|首页[^>»]*[>»][^>»]*[>»]|[>»][^>»]*[>»][^>»]*[>»]"
                        # a line of three or more short steps without 首页 (`某人事考试网 > 证书管理 > 某考区`, `某局 >> 会计管理 >> 通知公告`)
                        r"|^\s*[^>»。，,;；:：\n]{1,14}?(?:\s*[>»]{1,2}\s*[^\s\d>»。，,;；:：][^>»。，,;；:：\n]{0,13}?){2,}\s*$")
# A short first line that is page furniture (`时间:01-19 人气:29`, `来源:… | 点阅数: 100`): kept
# in the body (it may date the page) but never the title.
# A header field opens its line or follows a separator: `时间:2022-12-06 来源:…`; a title says
# `…准考证打印时间:5月6日至15日` with the word inside a phrase.
_HEADER_META = re.compile(
    r"(?:^|(?<=[\s|｜丨/,，【\[(（:：]))(?:来源|作者|人气|阅读|点击|点阅|浏览|发布时间|发布日期|更新时间|时间)"
    r"\s*(?:数|量|次数)?\s*[:：]")
_TITLE_NOUN = re.compile(r"通知|公告|通告|公示|安排|证书|须知")
_TITLE_END = re.compile(r"(?:通知|公告|通告|公示|安排|须知|办法)\s*$")
# A document's number alone on its line above the title (`湘人发〔2010〕22号`, `某财会[2023]24号`): furniture, kept in the body
_DOC_NUMBER = re.compile(r"\s*[\u4e00-\u9fff]{1,12}\s*[〔\[【(（]\s*(?:19|20)\d\d\s*[〕\]】)）]\s*\d{1,4}\s*号\s*$")
# A WeChat post's header: `某某会计人 2023-04-18 08:30 发表于山西`, `原创 某某 某某教育 发表于北京`
_POSTED_AT = re.compile(r"\d{1,2}:\d{2}\s*发表于|^\s*原创\s*[^。，,]{0,30}?发表于"
                        # (`原创 某某考试 2031-04-12 17:30`: a WeChat header without its place)
                        r"|^\s*原创\s+[^。，,]{1,30}?(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*$"
                        r"|^\s*发表于\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}"  # (`发表于 2031-04-02 | 分类:…`: a blog's header)
                        # (`某省住房和城乡建设厅　2031-04-16`: the publisher and its day on the first line)
                        r"|^\s*[\u4e00-\u9fff（）()]{2,30}" + ORG_END + r"\s+(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*$"
                        # (`某某考证圈 2031-02-22 19:40`, `某某会计  2031-01-18 10:05 广东`: an account's name, its day and time)
                        r"|^\s*[^\s。，,:：]{1,20}(?:\s+[^\s。，,:：]{1,20}){0,2}\s+(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
                        r"(?::\d{2})?(?:\s+[\u4e00-\u9fff]{2,3})?\s*$")


def _posted_at(line: str) -> re.Match | None:
    """`_POSTED_AT.search(line)`, only where `line` holds a literal every match holds (发表于, 原创, or a date's `-`): the
    pattern opens on a digit or the line's start, and is tried at every position."""
    return _POSTED_AT.search(line) if "发表于" in line or "原创" in line or "-" in line else None


# A site's masthead with the column the page sits in, above the title: `某省住房和城乡建设厅 > 通知公告`,
# `某市人事考试网 通知公告` (a breadcrumb one level deep, without 首页).
MASTHEAD_COLUMN = re.compile(r"^(?:([\u4e00-\u9fff（）()]{2,30})\s*[>»]{1,2}\s*[\u4e00-\u9fff]{2,8}|([\u4e00-\u9fff（）()]{2,30}(?:" + ORG_END + r"|网|网站))\s+"
                              r"(?:通知公告|公示公告|通知通告|公告通知|公告公示|通知|公告|最新公告|最新通知|工作动态|考试动态|信息公开|新闻中心|政务公开))\s*$")
_MASTHEAD = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}" + ORG_END + r"$")
# a sentence within a line: a run of characters between sentence ends (。；;！!？?) and newlines
SENTENCE_RUN = re.compile(r"[^。；;！!？?\n]+")
# A first line that is a numbered section heading (`一、证书领取`, `2.邮寄申请`, `（三）`): the
# excerpt starts inside a page, so there is no title.
# (or a rule's article, `第 9 条`, `第三章`: an excerpt of a regulation)
_SECTION_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                           r"|第\s*[一二三四五六七八九十百\d]{1,4}\s*[条章节款])")


def _list_date_gone(m: re.Match) -> str:
    """A list date or stamp glued to a title goes; a date the title gives as its business stays
    (`…证书领取时间:2031年3月6日`)."""
    year = _YEAR_IN.search(m[0])
    return m[0] if year and title_business_date(m.string, m.start() + year.start()) else ""


_YEAR_IN = re.compile(r"(?:19|20)\d\d")


def clean_title(title: str, simplified: bool = False) -> str:
    """A list title without issuer prefix, glued date and SEO tail: a title to show."""
    t = " ".join((title if simplified else simplify(title)).split())
    if t and (t[-1].isdecimal() or t[-1] in "日)）]】"):  # how such a tail can end: the
        t = _TITLE_DATE_TAIL.sub(_list_date_gone, t)  # pattern is tried at every position, so skip it otherwise
    if t and t[-1] in "】]wWtTpP":  # (the same: a badge ends on one of these)
        t = _TITLE_DATE_TAIL.sub("", _TITLE_BADGES.sub("", t))
    # (a match, not a substitution: `^` holds at the start alone, where a substitution tried the pattern at every position)
    if prefix := _TITLE_PREFIX.match(t):
        t = t[prefix.end():]
    while "_" in t and len(t.split("_", 1)[0]) >= 8:
        stripped = _SEO_TAIL.sub("", t)
        if stripped == t:
            break
        t = stripped
    while " - " in t and len(t.split(" - ", 1)[0]) >= 8:  # a page title's site names: `…通知 - 某论坛 - Powered by …`
        stripped = _SITE_TAIL.sub("", t)
        if stripped == t:
            break
        t = stripped
    return t.strip(" \u3000.。")


_GLUED_TITLE = re.compile(r"^([^\s。，,:：]{6,60}?(?:的通知|的公告|通知|公告|通告|安排))\s+(\S.*)$")


# A line of a copied page's controls, not of its text: `【字体:大 中 小】【打印本页】`, `APP下载 | 手机版 | 登录 注册`,
# `分享到: 微信 微博`, `发布人:管理员 浏览次数:1024`. A line is furniture when nothing but these words, marks and
# counts is left on it.
# (every alternative opens on a literal — the one-character size words and the labels written out one alternative each,
# in the same order, each attempt the same — so a search skips to an alternative's first character in C; a lookahead
# naming those characters in front of a group, as before, is tried at every position)
_FURNITURE_LABELED = r"\s*[:：]\s*[^\s|｜丨【\]]{0,8}"
_FURNITURE_WORD = re.compile(
    r"字号|字体|默认|" + "|".join(size + r"(?=\s|[】\]|｜丨/]|$)" for size in "大中小")
    + r"|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|分享到|分享|收藏本页|加入收藏|收藏"
    r"|设为首页|返回顶部|返回首页|返回|登录|注册|APP下载|app下载|客户端下载|下载(?:APP|app|客户端)|手机版|电脑版|移动端|扫一扫|扫码"
    r"|微信|微博|QQ空间|QQ|朋友圈|繁体|简体|繁體|無障礙|无障碍|English|RSS"
    # (a WeChat article's: `点击上方蓝字 关注我们` above it, `阅读原文`, `分享 收藏 点赞 在看` under it)
    r"|点击上方蓝字|点击蓝字|关注我们|阅读原文|点赞|在看|喜欢此内容的人还喜欢|"
    + "|".join(label + _FURNITURE_LABELED for label in ("发布人", "发布者", "录入", "编辑", "责编", "浏览次数", "浏览", "阅读", "点击", "访问量")))
_FURNITURE_REST = re.compile(r"[\s|｜丨/:：【】\[\]()（）>»·•,，、\d-]*")


def is_furniture(line: str) -> bool:
    """Whether a short `line` holds only a page's controls (`_FURNITURE_WORD`)."""
    line = line.strip()
    if not line or len(line) > 60 or "。" in line or not _FURNITURE_WORD.search(line):
        return False
    return _FURNITURE_REST.fullmatch(_FURNITURE_WORD.sub(" ", line)) is not None


# The words that carry a document to a place (`携带身份证和准考证于…`, `持身份证、准考证到…领取`): an admission ticket after
# them is a material to bring, not the exam's business (`pipelines/window.py` and `pipelines/kind.py` read it so)
CARRIED = re.compile(r"(?:携带|带上|带齐|持|凭)[^。；;\n]{0,16}$")


# the marks between a breadcrumb's steps (`首页 > 某栏目 > 某标题`)
_BREADCRUMB_STEP = re.compile(r"[>»›]+")
# A site's menu bar (`首页 | 协会动态 | 通知公告 | 继续教育`): its items name columns, never the page's title
_NAV_BAR = re.compile(r"^\s*首\s*页\s*[|｜丨]\s*(?:[\u4e00-\u9fff]{2,6}\s*[|｜丨]\s*){2,}[\u4e00-\u9fff]{2,6}\s*$")


def page_head(lines: list[str]) -> tuple[list[str], bool]:
    """A page's non-empty `lines` from its masthead or title on: breadcrumbs and a page's controls above dropped, a
    masthead with its column (`某中心 > 通知公告`) cut to the masthead when that names an office (dropped otherwise), a
    breadcrumb under a masthead dropped; and whether the first line was a masthead with its column."""
    # (every `BREADCRUMB` match holds 位置, 首页, > or »: a line without them is no breadcrumb, unsearched)
    while lines and ((("位置" in lines[0] or "首页" in lines[0] or ">" in lines[0] or "»" in lines[0])
                      and BREADCRUMB.search(lines[0])) or is_furniture(lines[0]) or _NAV_BAR.match(lines[0])):
        if len(lines) == 1 and (last := _BREADCRUMB_STEP.split(lines[0])[-1].strip()) and len(last) >= 6:
            return [last], False  # (a breadcrumb with nothing under it: its last step is the page's title)
        lines = lines[1:]
    column = MASTHEAD_COLUMN.match(lines[0].strip()) if len(lines) > 1 else None
    if column:
        masthead = (column[1] or column[2]).strip()
        lines = ([masthead] if _MASTHEAD.match(masthead) else []) + lines[1:]
    if len(lines) > 2 and _MASTHEAD.match(lines[0].strip()) and (BREADCRUMB.search(lines[1]) or _NAV_BAR.match(lines[1])):
        lines = [lines[0]] + lines[2:]  # a masthead, then the breadcrumb or menu: the title comes after both
    return lines, column is not None


def _title_under_chrome(lines: list[str], at: int) -> int:
    """Where the title is when a copied page opens on its site's chrome (`24周年`, `APP下载`, `安卓版本:8.7`): the
    first line within the next five that names a notice's noun and has the page's stamp line (`来源:…`, `发布时间:…`)
    under it; `at` itself when the line there names one, or when no line below does so."""
    if _TITLE_NOUN.search(lines[at]) or _MASTHEAD.match(lines[at].strip()):  # (a masthead is read below)
        return at
    for k in range(at + 1, min(at + 6, len(lines) - 1)):
        line = lines[k].strip()
        if len(line) <= 64 and "。" not in line and _TITLE_NOUN.search(line) and _HEADER_META.search(lines[k + 1]):
            return k
        # (or under a document's number, `某人社考〔2031〕20号`, a `关于…的通知` title)
        below = lines[k + 1].strip()
        if (_DOC_NUMBER.match(line) and len(below) <= 64 and "。" not in below and below.startswith(("关于", "关於"))
                and _TITLE_END.search(below)):
            return k + 1
    return at


# a column's name a copied page keeps above the title
# (`通知` or `公告` alone is a document's own heading, not a column: not one of them)
_COLUMN_NAME = re.compile(r"(?:通知公告|公示公告|公告公示|通知通告|公告通知|最新公告|最新通知|重要通知)\s*$")
# what a banner never holds: a notice's business or a date; nor is an attachment's mark one (`附件2` heads its own title)
_NOT_BANNER = re.compile(r"[领发补寄证。:：]|办理|(?:19|20)\d\d|年|月|附件")
# a site's name alone on a line (`某省人事考试网`, `某某会计网`)
_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}网")


def _is_banner(line: str) -> bool:
    """A short line that names no notice: a column's name, or a line without a title's noun, business or date."""
    return len(line) <= 30 and (_COLUMN_NAME.fullmatch(line) is not None
                                or not (_TITLE_NOUN.search(line) or _NOT_BANNER.search(line)))


def _reads_as_title(line: str) -> bool:
    """A line a title could be: short, no sentence, no label or stamp, naming a notice's noun."""
    return (len(line) <= 64 and "。" not in line and not line.endswith((":", "：")) and _TITLE_NOUN.search(line) is not None
            and not _HEADER_META.search(line) and not _SECTION_HEAD.match(line))


def split_title(text: str) -> tuple[str, str]:
    """(title, body) of a crawled `text`: its first line, when that reads like a title.

    A first line that is long, ends with a colon (`各位考生:`) or is a breadcrumb is body.
    """
    lines, _ = page_head([ln for ln in (text or "").splitlines() if ln.strip()])
    at = 0
    while at < len(lines) - 1 and at < 3 and len(lines[at]) < 80 and (
            (meta := _HEADER_META.search(lines[at])) or (meta := _posted_at(lines[at]))
            or (meta := _DOC_NUMBER.match(lines[at]))):
        if meta.start() >= 8 and _TITLE_NOUN.search(lines[at], 0, meta.start()):
            break  # `某市…证书发放安排  时间:2026-02-26`: a title carrying its stamp
        at += 1
    if not lines:
        return "", ""
    at = _title_under_chrome(lines, at)
    first = lines[at].strip()
    # A site's masthead or name above the title (`某市人事考试中心`, `某省人事考试网` alone, then `…证书领取通知`): the
    # title is the next line, with the masthead as its issuer prefix (`【某市人事考试中心】…`: where the notice is from;
    # `clean_title` drops it for display).
    if at + 1 < len(lines) and (_MASTHEAD.match(first) or _SITE_NAME.fullmatch(first)) and _TITLE_NOUN.search(lines[at + 1]):
        title = lines[at + 1].strip()
        if len(title) <= 64 and "。" not in title:
            return f"【{first}】{title}", "\n".join(lines[:at] + lines[at + 2:])
    # A column's name above the title (`通知公告`) says nothing of the notice: the text is read as if it were not there.
    if _COLUMN_NAME.fullmatch(first):
        return split_title("\n".join(lines[:at] + lines[at + 1:]))
    # Another banner above the title (`最新动态`, an exam's name, `某某考试(某考区)`): the title is the next line, and the
    # banner is kept at the head of the body, where the opening is read.
    if at + 1 < len(lines) and _is_banner(first) and _reads_as_title(lines[at + 1].strip()):
        return lines[at + 1].strip(), "\n".join(lines[:at + 1] + lines[at + 2:])
    # A title wrapped over short lines (`关于公布2030年某某` / `专业技术资格考试` / `合格标准的通知`): joined up to the
    # line that ends it with its noun
    if first.startswith(("关于", "关於")) and not _TITLE_END.search(first):
        for end in range(at + 1, min(at + 3, len(lines))):
            line = lines[end].strip()
            if len(line) > 40 or "。" in line or _HEADER_META.search(line):
                break
            if _TITLE_END.search(line):
                wrapped = "".join(ln.strip() for ln in lines[at:end + 1])
                if len(wrapped) <= 80:
                    return wrapped, "\n".join(lines[:at] + lines[end + 1:])
                break
    # A first line holding a sentence (`…发放。`) is prose, not a title; nor is a table's row
    # (`地区|证书|领取时间|地点`: two bars or more; a title may carry one, `…领取时间|入口`).
    if (len(first) <= 64 and not first.endswith((":", "：")) and "。" not in first
            and first.count("|") + first.count("｜") < 2 and not _SECTION_HEAD.match(first)):
        return first, "\n".join(lines[:at] + lines[at + 1:])
    # A text pasted onto one line: a title that ends on its noun, a space, then the body
    # (`关于补办…证书的通知 即日起,…`).
    glued = _GLUED_TITLE.match(first)
    if glued:
        return glued[1], "\n".join(lines[:at] + [glued[2]] + lines[at + 1:])
    return "", "\n".join(lines)


# Page furniture a body may start with: the repeated title, a meta line, a breadcrumb.
# (`发布时间` must be a field: prose says `报名公告发布时间是3月29日` too)
_META_LINE = re.compile(r"发布(?:时间|日期)\s*(?:[:：]|\d)|来源\s*[:：]|浏览次数|点击数|字号|当前位置|您的位置|发表于")


# A line that is a number to call and its hours (`报名咨询热线:400-123-4567(工作日9:00-18:00)`): no opening of a text
_PHONE_LINE = re.compile(r"[^。，,；;\d]{0,10}(?:电话|热线)\s*[:：]?\s*[\d\-—－ ]{7,20}(?:[(（][^()（）]{0,20}[)）])?\s*$")


def lead(body: str, lines: int = 2, limit: int = 300, title: str = "") -> str:
    """The opening of a body: where it says what it is about (later lines cite other things).
    A repeated `title`, meta lines (发布时间, 来源, 字号; `原创 某某 date`, `某中心 date`) and a page's controls are skipped."""
    out = []
    for ln in (body or "").splitlines():
        ln = ln.strip()
        # (a document number's line holds 号, a phone's 电话 or 热线: str scans first, as most lines are neither)
        if (not ln or (title and ln == title.strip()) or (len(ln) < 80 and (_META_LINE.search(ln) or _posted_at(ln)))
                or ("号" in ln and _DOC_NUMBER.match(ln))
                or is_furniture(ln) or (("电话" in ln or "热线" in ln) and _PHONE_LINE.match(ln))):
            continue
        out.append(ln)
        if len(out) == lines:
            break
    return "\n".join(out)[:limit]
