"""Lines content farms and page furniture put into a notice, dropped before anything is read.

Hand-written because these are habits of the sites and the content farms that copy them: account
plugs (`关注…微信公众号`), group numbers, a training site's advertisements and footers, page buttons
(`返回顶部`, `打印本页`), a site's address glued to a copied line. A line that names a day is kept
whatever it holds: injected lines never give a date to act on.
"""

from __future__ import annotations

import re

from pipelines.copied_lines import LONG_LINE, join_hard_wraps, split_pasted_lines

# A training site's advertisement (`★ 押题密卷 免费领 点击咨询`, `加V领取真题 vx:…`) and its footer (`本文由某网校整理`,
# `转载请注明出处`, `如有侵权请联系删除`): read by key facts too, which keep the other lines (`关注…公众号申请邮寄`).
# (every alternative opens on a literal, `vx` written as two alternatives `V[Xx]`, `v[Xx]`, so a search through a whole
# text skips to an alternative's first character in C; one opening on a class made it try every position)
_AD = (r"QQ群|qq群|点击咨询|点击进入|>>>|押题|真题|免费领(?!取)|免费领取[^，。,;；]{0,8}(?:资料|真题|课|题库|讲义|礼包)|加[Vv]|V[Xx]\s*[:：]|v[Xx]\s*[:：]"
       r"|资料包|本文由.{0,20}整理|转载请注明|如有侵权|侵权请联系|侵删"
       # a training site's reminder sign-up (`免费预约短信提醒 免费下载`): what aggregators sell, not a fact of the notice
       r"|免费预约[^，。,;；\n]{0,12}?(?:短信|提醒)|预约短信提醒|短信提醒[,，]?不错过"
       # a link to the site's other news (`>>点击查看更多考试资讯`)
       r"|点击查看更多"
       # a training site's sign-up (`扫码添加班主任微信`, `名额有限,先到先得`, `已有12836人领取`)
       r"|班主任微信|添加班主任|名额有限|先到先得|已有\d+人(?:领取|下载|报名|预约)")
_AD_LINE = re.compile(_AD)
_OTHER_PAGES = "推荐阅读|相关推荐|相关阅读|相关问答|相关文章|相关链接|延伸阅读|热门推荐|热门文章|猜你喜欢|上一篇|下一篇|更多资讯|更多相关"
_SPAM_WORDS = r"加群|扫码关注|关注公众号|关注微信|微信公众号|公众号[:：]|加微信|微信号|备考学习交流|点击上方|关注我们|" + _AD
_SPAM_LINE_OPENING = (
    r"^\s*(?:图片|图\d*|image|点击查看大图|返回顶部|打印本页|关闭窗口|分享到.*)\s*$|"
    # a copied page's links to its other articles (`推荐阅读:…`, `上一篇:…`, `相关问答:…`): other pages' titles
    r"^\W*(?:" + _OTHER_PAGES + ")|"
    # a copying site's disclaimer on a line of its own (`以上信息仅供参考,具体以官方发布为准`, `本站转载仅供参考`): its own
    # boilerplate, in a repost of a notice and in a guide alike (not a hedge of the text's: `以上为往年数据,仅供参考`)
    r"^\W*(?:(?:以上|上述)(?:信息|内容|资讯|文章)|本文|本站|本网|转载|免责声明)[^\n]{0,20}?仅供参考[^\n]{0,30}$"
)
_SPAM_LINE = re.compile(_SPAM_WORDS + "|" + _SPAM_LINE_OPENING)
# (its two halves: the words, each opening on a literal, found by a search that skips to their first characters; the
# alternatives anchored at the start, `^` with no multiline flag, tried there alone. A search of the whole pattern tried
# every alternative at every position.)
_SPAM_WORD = re.compile(_SPAM_WORDS)
_SPAM_OPENING = re.compile(_SPAM_LINE_OPENING)
# A line naming a day is the notice's own (`请于4月15日至5月15日登录“某某”微信公众号填写…`): ads name none. (In
# Chinese numerals too: `请于二〇二六年四月三十日前登录…公众号…`.)
_DAY_IN_LINE = re.compile(r"\d\s*月\s*\d{1,2}\s*[日号]|\d{4}[-./]\d{1,2}[-./]\d{1,2}|[一二三四五六七八九十]月[一二三四五六七八九十]{1,3}[日号]")
# A literal of each alternative of _SPAM_LINE: a line holding none of them cannot match it.
_AD_WORDS = ("点击", ">>>", "押题", "真题", "免费领", "加V", "加v", "vx", "VX", "Vx", "vX", "资料包", "本文由", "转载请注明", "侵权", "侵删",
             "免费预约", "预约短信", "短信提醒", "点击查看更多", "班主任", "名额有限", "先到先得", "已有")
_SPAM_LINE_WORDS = ("群", "扫码关注", "公众号", "微信", "备考学习交流", "关注我们", "图", "image", "返回顶部", "打印本页", "关闭窗口", "分享到",
                    "仅供参考",
                    *_AD_WORDS, *_OTHER_PAGES.split("|"))
# (the words as one pattern: one C-level search per line instead of a generator of `in` tests)
_SPAM_LINE_WORD = re.compile("|".join(map(re.escape, _SPAM_LINE_WORDS)))
# A site's address glued to the end of a copied line: `…信息修改程序www.med126.com`.
_GLUED_DOMAIN = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:https?://)?www\.[a-z0-9-]+(?:\.[a-z]{2,4}){1,2}/?\s*$")
_SPAM_HINTS = ("群", "公众号", "微信", "关注我们", "图", "image", "顶部", "本页", "窗口", "分享", "www.", "仅供参考", *_AD_WORDS,
               *_OTHER_PAGES.split("|"))
_SPAM_HINT = re.compile("|".join(map(re.escape, _SPAM_HINTS)))  # one scan instead of ten


# a literal every `_AD` match holds (群 for QQ群): one C-level search, the slow pattern only where it finds one
_AD_HINT = re.compile("|".join(map(re.escape, (*_AD_WORDS, "群"))))


def is_advertisement(line: str) -> bool:
    """A training site's advertisement or repost footer (`_AD`), which names no fact of the notice."""
    return _AD_HINT.search(line) is not None and _AD_LINE.search(line) is not None


# (multiline: the same pattern matches one line or finds whether any line of a text opens on one of the words)
_OTHER_PAGES_LINE = re.compile(r"^\W*(?:" + _OTHER_PAGES + ")", re.M)


# (the words alone: every `_OTHER_PAGES_LINE` match holds one, and a search of literals skips in C to their first
# characters, where the multiline pattern is tried at every position of the text)
_OTHER_PAGES_WORD = re.compile(_OTHER_PAGES)


def may_link_other_pages(text: str) -> bool:
    """Whether a line of `text` may be a link to other articles (`links_other_pages`): one search of the whole text."""
    return _OTHER_PAGES_WORD.search(text) is not None and _OTHER_PAGES_LINE.search(text) is not None


def links_other_pages(line: str) -> bool:
    """A copied page's link to its other articles (`推荐阅读:…`, `上一篇:…`): other pages' titles, no fact of this one."""
    return _OTHER_PAGES_LINE.match(line) is not None and not _DAY_IN_LINE.search(line)


# A block a copied page appends to a notice: a heading of links to other articles alone on its line (`相关文章:`, `猜你喜欢`)
# with the titles under it, or the page's comments (`网友评论`, `全部评论(12)`) with everything after them. Neither holds
# a fact of the notice, and the titles and comments name other dates, exams and ways to get a certificate.
_OTHER_PAGES_HEADINGS = _OTHER_PAGES + "|最新文章|热点文章|热门资讯|精彩推荐|你可能感兴趣|看了本文的人还看了"
_OTHER_PAGES_LINE_ALONE = r"\W*(?:" + _OTHER_PAGES_HEADINGS + r")[\W\d]*"
_COMMENTS_LINE_ALONE = (r"\W*(?:(?:网友|全部|最新|热门|精彩|读者|用户)?(?:评论|留言)(?:区|板|列表)?|(?:发表|我要|写)(?:评论|留言)"
                        r"|共\s*\d+\s*条(?:评论|留言))[\W\d条]*")
_OTHER_PAGES_HEADING = re.compile(_OTHER_PAGES_LINE_ALONE + "$")
_COMMENTS_HEADING = re.compile(_COMMENTS_LINE_ALONE + "$")
# (either heading alone on its line, found in a whole text at once)
_APPENDED_HEADING = re.compile(f"^(?:{_OTHER_PAGES_LINE_ALONE}|{_COMMENTS_LINE_ALONE})$", re.MULTILINE)
# (the words one of them holds, 评论 or 留言 for the comments: a search opening on them, which most texts fail at once,
# before the anchored pattern, which is tried at every position)
_APPENDED_HINT = re.compile(_OTHER_PAGES_HEADINGS + "|评论|留言")
_LINKED_TITLE_MAX = 60


def drop_appended_blocks(text: str) -> str:
    """`text` without the blocks a copied page appends (`_OTHER_PAGES_HEADING` and the titles under it,
    `_COMMENTS_HEADING` and what follows)."""
    if not text or not _APPENDED_HINT.search(text) or not _APPENDED_HEADING.search(text):  # (most texts have none)
        return text
    lines = text.split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if len(line) <= 16 and _COMMENTS_HEADING.match(line) and i > 0:
            break  # the page's comments: nothing after them is the notice's
        if len(line) <= 20 and _OTHER_PAGES_HEADING.match(line):
            i += 1  # the heading, then the titles under it: short lines that hold no sentence
            while i < len(lines) and (not lines[i].strip() or (len(lines[i].strip()) <= _LINKED_TITLE_MAX and "。" not in lines[i])):
                i += 1
            continue
        kept.append(lines[i])
        i += 1
    return "\n".join(kept)


def is_spam_line(line: str) -> bool:
    """A line `drop_spam` drops whole (an account plug, an ad, a page's button, a link to other pages, a disclaimer)."""
    return bool(_SPAM_LINE_WORD.search(line) and (_SPAM_WORD.search(line) or _SPAM_OPENING.match(line))  # (`_SPAM_LINE`)
                and not _DAY_IN_LINE.search(line))


# A content farm's line over a repost: adult-video or gambling words strung together (`某某在线视频,高清免费观看,XY1.Cc`;
# dev rn0232, rn0388, rn0788, probe p099): two of them or more, and no word of a notice's.
_FARM_WORD = re.compile(r"毛片|成人|在线视频|在线观看|免费观看|视频网站|一区二区|无码|字幕|三级|黄色|高清|影视|娱乐|博彩|投注|彩票"
                        r"|首冲|福利|精品|国产|欧美|日韩|亚洲")
_NOTICE_WORD = re.compile(r"证书|證書|考试|考試|资格|資格|通知|公告|报名|報名|成绩|成績|领取|領取|发放|發放")


def is_farm_spam(line: str) -> bool:
    """A content farm's spam line (`_FARM_WORD`), which holds nothing of a notice."""
    return len(set(_FARM_WORD.findall(line))) >= 2 and not _NOTICE_WORD.search(line)


def drop_spam(text: str) -> str:
    """Drop injected spam lines and glued site addresses; keep the rest as it was."""
    if not text:
        return ""
    farm = _FARM_WORD.search(text) is not None  # (no line of a text without one is a farm's)
    if not farm and not _SPAM_HINT.search(text):  # most texts hold no hint: skip the per-line patterns
        return text
    if not farm and not _SPAM_LINE_WORD.search(text) and "www." not in text:  # (a hint such as 窗口, but no line can go
        return "\n".join(text.splitlines())  # or change: every line kept as it was, as the loop below would)
    lines = []
    # (a hard-wrapped text's lines are judged as the sentences it wrapped: a spam line's words may end a paragraph whose
    # other sentences are the notice's, and a wrap would part them over lines judged one by one)
    for line in join_hard_wraps(text).splitlines():
        # (a page pasted onto one line, as long as copied lines part: its own lines are judged, not it whole; a spam line
        # is short)
        parts = split_pasted_lines(line).split("\n") if len(line) >= LONG_LINE and " " in line else (line,)
        for part in parts:
            if is_spam_line(part) or (farm and is_farm_spam(part)):  # (every match of _SPAM_LINE holds one of _SPAM_LINE_WORDS)
                continue
            # every match of _GLUED_DOMAIN holds `www.`
            lines.append(_GLUED_DOMAIN.sub("", part) if "www." in part else part)
    return "\n".join(lines)
