"""The publication date a page header gives under its title.

The page header under a title: `时间:2022-12-06 16:03 来源:…`, `2025-01-08 12:44 · 某某`,
`来源:某某2026-02-04 20:32:30 阅读数:…` (digits glued to the date), `责编:某某2019-12-12`,
`作者:某某 时间:26-02-21`, a bare date with its publisher (`2018-03-21 某某学校`,
`某某日报 2022年03月11日`). Read from the lines before the first line of prose; a line that
talks about collecting, registering or an exam is a schedule row, not a header.
Read before the label and signature rules of `pipelines/published.py`, which call it.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice


# Who a header credits (`来源:某某教育网`, `作者:某网校`, `责编:某某`): the site or person a text was copied by, not what the text
# says (a training site reposts notices as well as writing guides). Matched with the name, up to a space or a mark.
CREDIT = re.compile(r"(?:来源|作者|编辑|责编|责任编辑|发布者|发布人)\s*[:：]\s*[^\s|｜丨:：,，。]{1,24}")


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_HEADER_LINES = 10
_HEADER_PROSE = re.compile(r"[。；;]|[，,][^，,]{12,}[，,]")
_HEADER_STAMP = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(\d{1,2}:\d{2})?")
_HEADER_SHORT_YEAR = re.compile(r"(?:时间|日期)\s*[:：]\s*(\d\d)-(\d{1,2})-(\d{1,2})(?!\d)")
# A header's words beside its date (`IP属地`: a post's), read by `pipelines/window_lines.py` too
HEADER_META = re.compile(r"来源|作者|时间|日期|发布|发表|编辑|责编|阅读|浏览|人气|点击|点阅|字体|字号|访问|分类|日报|晚报|属地|[·•]")
_SCHEDULE_LABEL = re.compile(r"(?:领|发放|办理|邮寄|报名|考试|申请|受理|缴费|打印|查询|截止|截至)[^:：\d]{0,4}(?:时间|日期)[:：为]?\s*$")
_PAGE_META = re.compile(r"来源|作者|阅读|浏览|人气|点击|点阅|编辑|责编|字号|字体|访问")
_HEADER_NOT = re.compile(r"领|发放|办理|邮寄|报名|报考|考试时间|截止|截至|申请|受理|缴费|打印|查询|成绩|举行|至|起")
# a page's controls in brackets beside the header (`【大 中 小】【打印】【关闭】`): no schedule word
_CONTROLS = re.compile(r"[【\[][^】\]]{0,6}[】\]]|分类\s*[:：]\s*\S+")  # (and the page's category: `分类:证书发放`)
_HEADER_AFTER = re.compile(r"\s*(?:至|到|起|前|止|—|–|~|～|-\s*\d)")


def header_date(body: str, title: str = "") -> str | None:
    """The publication date in a page header (see above), or None. `title`, the text's first line as read, is read as the
    header's first line: it may be a page's header itself (`某公众号 2024-03-06 19:42`) or a title with its stamp glued on
    (`…的说明2022-11-11 11:38:12阅读量:…`). A title of prose ends no header: the body's lines are read as if it were not
    there."""
    # the first non-blank lines, stripped (the rest of the 2,000 characters is not stripped)
    lines = list(islice(filter(None, map(str.strip, body.splitlines())), _HEADER_LINES))
    title = title.strip()
    if title and not _body_begun(title):
        lines = [title, *lines[:_HEADER_LINES - 1]]
    for i, line in enumerate(lines):
        if _body_begun(line):
            return None
        m = _HEADER_STAMP.search(line)
        if m:
            if _HEADER_AFTER.match(line, m.end()):
                continue
            meta = m[4] or HEADER_META.search(line)
            if not meta:
                if len(line) > 40 or _HEADER_NOT.search(line):
                    continue
                # a date alone on its line may be one end of a period split over lines
                before = lines[i - 1] if i else ""
                after = lines[i + 1] if i + 1 < len(lines) else ""
                if before.endswith(("时间", "日期", "期限", "至", "到", "—", "-", "~")) or _HEADER_AFTER.match(after):
                    continue
            elif not m[4] and _HEADER_NOT.search(_CONTROLS.sub("", line.replace("时间", ""))):
                continue
            elif _SCHEDULE_LABEL.search(line, 0, m.start()) and not _PAGE_META.search(line):
                continue  # `领取时间:2023-06-05 09:00` is a schedule row; `…时间:… 阅读:13` a header
            d = _date(int(m[1]), int(m[2]), int(m[3]))
            if d:
                return d.isoformat()
        m = _HEADER_SHORT_YEAR.search(line)
        if m:
            d = _date(2000 + int(m[1]), int(m[2]), int(m[3]))
            if d:
                return d.isoformat()
    return None


def _body_begun(line: str) -> bool:
    """A line of prose, or an addressee (`各位考生:`): the header is over."""
    return (len(line) > 120 or _HEADER_PROSE.search(line) is not None
            or (line.endswith((":", "：")) and not any(c.isdigit() for c in line)))


# A date a title gives as its business (`…证书领取时间:2031年3月6日`, `…领取时间为2031年3月6日`) is no list date glued to it
# (a date in figures right after the words, `…领取时间2031-03-06`, is a list's, as `…开始发放 2017-06-02` is).
_BUSINESS_LABEL = re.compile(r"(?:领取|领证|发放|发证|办理|办证|申请|邮寄|申领|补办|换证|寄送|直邮|下载|打印|考试)(?:时间|日期)"
                             r"\s*(?P<said>为|是|[:：])?\s*[(（\[【]?\s*$")


def title_business_date(title: str, at: int) -> bool:
    """Whether the date at `at` of `title` is one the title gives as its business (see `_BUSINESS_LABEL`)."""
    label = _BUSINESS_LABEL.search(title, 0, at)
    return bool(label and (label["said"] or "年" in title[at:at + 8]))
