"""Lines a copied page reshaped, put back the way the notice wrote them before the normaliser reads it.

Habits of the pages and tools that copy notices (written by hand: the shapes are ours to judge, and no
maintained library reflows Chinese text that way):
- **Hard wraps.** A text taken out of a PDF or a fixed-width page breaks every line at the same width
  (`…请于2031年3月1日至3月` / `9日到市人事考试中心领取…`), so sentences, places and lists run over line ends and
  the readers that go line by line lose them. Lines that fill the text's wrap width and end inside a sentence
  are joined to the next one, unless that one opens a new item (`二、`, `(3)`, `领取地点:`) (`pipelines/hard_wraps.py`;
  a short text's column is its widest lines'). However short the text, a line broken at or inside a bracket (`…到某中心(` / `某路8号)领取`) goes on in the next.
- **Paragraphs pasted onto one line.** A page whose paragraphs were joined with spaces or their indents gives
  one long line (`…领取通知 各位考生: 一、领取时间…。 二、领取地点…`). In a long line, a space after a
  sentence's end, a run of spaces (an indent), a space before a list's number or a short label (`某省:`) or after a
  short numbered heading becomes a line break again, and a pasted text's opening words up to its first space are its
  title.
- **Decorations** (`pipelines/copied_marks.py`): bullets, a table's two-cell rows, Markdown, a PDF's page numbers, a
  line repeated under itself and other typography are undone before the lines are mended.

Ordinary texts are left alone: their lines are paragraphs of every length (a wrap's lines are all as wide as
its column and end inside sentences), and a long one has no space after its full stops. `bench/robustness.py`
rewrites the dev texts with each habit and counts the readings that change; no dev, probe or shared-dev reading
changes for this module for the worse (one shared-dev text's line broken inside a bracket is joined, and reads as
before; a probe pasted onto one line, q373, is parted and reads its date and agency). A text of one line shorter than a
long one but longer than a title (`_SHORT_NOTICE_LINE`) is parted the same way: a short notice pasted onto one line.
"""

from __future__ import annotations

import re
from pipelines.copied_marks import undo_marks
from pipelines.hard_wraps import join_hard_wraps

# In a long line, an indent (a run of spaces), a space before a list's number, after a sentence's end or before a short
# label (`某省:`) was a line break (an ordinary paragraph of that length has no space after its full stops, and a space
# before a label parts items, `电话:… 地址:…`, that read the same on lines of their own).
LONG_LINE = 120
# (and a text that is one line shorter than that, but longer than a title, may be a short notice pasted onto it)
_SHORT_NOTICE_LINE = 60
# a list's number opening a paragraph (`二、`, `(三)`, `4、`), the one pattern the breaks and headings below share
_LIST_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}、)"
# (a number with a dot, `2. 联系考试机构`, opens an item when words follow it: `共1. 5万人` does not; so does `(1) `)
_DOT_NUMBER = r"\d{1,2}[.．]\s?(?=[\u4e00-\u9fff])"
_INDENT_OR_NUMBER = (r"(?<=\S)[ \u3000]{2,}(?=\S)|[ \u3000]+(?=(?:" + _LIST_NUMBER + r"|[①-⑳])\S)"
                     r"|(?<=\S)[ \u3000]+(?=" + _DOT_NUMBER + r"|[(（]\d{1,2}[)）]\s?\S)")
# a list's dash before words (`以下材料: - 身份证原件 - 照片`), where a line holds two or more: one alone is a stamp's or a
# name's (`某某 - 人事科`), and `9:00 - 11:30` is no item
_DASH_ITEM = re.compile(r"(?<=\S)[ \u3000]+(?=[-•]\s?[\u4e00-\u9fff])")
_PASTED_BREAK = re.compile(_INDENT_OR_NUMBER)
_A_LONG_LINE = re.compile(r"^[^\n]{%d}" % LONG_LINE, re.MULTILINE)  # (from line starts only: linear)
# (a long line after the first: the pattern opening on the newline before it, a literal the engine skips to, where the
# multiline `^` was tried at every position; `^` there is the text's start or a position after a newline)
_A_LONG_LINE_BELOW = re.compile(r"\n[^\n]{%d}" % LONG_LINE)
# (and a space after a page's stamp, a date and its time: `发布时间:2031-05-02 15:03:50 某某证书…`; a time alone,
# `9:00 至 17:00`, is inside a sentence)
_AFTER_STAMP = r"[ \u3000]+(?=[^\s\d:]|(?:19|20)\d\d\s*年)"
_PASTED_BREAK_OR_STOP = re.compile(r"(?<=[。！？!?；;])[ \u3000]+(?=\S)|(?<=\S)[ \u3000]+(?=[\u4e00-\u9fff]{2,6}[:：])"
                                   r"|(?<=\d\d:\d\d:\d\d)" + _AFTER_STAMP +
                                   r"|(?<=\d[-/.]\d\d \d\d:\d\d)" + _AFTER_STAMP +
                                   # (or after a stamp's date before a year opening the next line, `…2017-01-23 2017某省…`)
                                   r"|(?<=\d[-/.]\d\d)[ \u3000]+(?=(?:19|20)\d\d[\u4e00-\u9fff])|" + _INDENT_OR_NUMBER)
# a numbered heading, short and with no sentence in it, before the space that parted it from its paragraph
# (`三、证书领取 选择邮寄的考生…`)
_PASTED_HEADING = re.compile(r"^([ \u3000]*(?:" + _LIST_NUMBER + r"|[(（]\d{1,3}[)）]|" + _DOT_NUMBER + r")[^\s。，,；;:：]{1,16})"
                             r"[ \u3000]+(?=\S)",
                             re.MULTILINE)
# A pasted text's opening words up to its first space, short and with no sentence in them, are its title
# (`某某证书补办程序 证书丢失的,…`); a label (`各位考生:`) is not.
_PASTED_TITLE = re.compile(r"\s*([^\s。；;]{6,64}(?<![:：]))[ \u3000]+(?=\S)")


# A page pasted onto one line from its breadcrumb on (`当前位置:首页 > 会计考试 > 经济师  2031年度…通知  来源:…`): the
# breadcrumb is its opening words and the `>` steps after them, up to a space that no `>` follows. What comes after it
# was the page's lines, parted by indents, however short.
# (a step may be an arrow, `首页 -> 通知公告`)
_PASTED_CRUMB = re.compile(r"\s*((?:[您你]?的?(?:现在|当前)?的?位置\s*[:：]?\s*)?[^\s>»]*(?:\s*-?[>»]\s*[^\s>»-][^\s>»]*)+)"
                           r"[ \u3000]+(?=[^\s>»-])")


def part_pasted_breadcrumb(text: str) -> str:
    """`text` with a breadcrumb that opens its first line, and the page's lines pasted after it, on lines of their own."""
    first, newline, rest = text.partition("\n")
    crumb = _PASTED_CRUMB.match(first) if (">" in first or "»" in first) else None
    # (a breadcrumb says where it is or takes two steps: `成绩>60分 的考生` is no breadcrumb)
    if not crumb or not ("位置" in crumb[1] or "首页" in crumb[1] or crumb[1].count(">") + crumb[1].count("»") >= 2):
        return text
    return crumb[1] + "\n" + _PASTED_BREAK.sub("\n", first[crumb.end():]) + newline + rest


# A line never ends on a word and an opening bracket or quotation mark, nor inside a bracket the next line closes: one
# that does was broken there by a wrap (however few the text's lines: `…到某市人事考试中心(` / `某路8号)领取。`,
# `…(地址:某` / `路8号)领取。`), and goes on in the next line.
# (opening on the bracket and checking the word behind it: a leading look-behind was tried at every position)
_OPEN_AT_LINE_END = re.compile(r"([(（《“])(?<=[\u4e00-\u9fff\w][(（《“])[ \t\u3000]*\n[ \t\u3000]*(?=\S)")
_BRACKET_CLOSED_AHEAD = re.compile(r"[^(（)）\n]{1,40}[)）]")
# (or a line opening on a bracket that sits inside a sentence, `(某路8号)领取证书。` under `…到某协会`: not a list's number)
_OPENS_NO_NUMBER = r"[(（](?![一二三四五六七八九十\d]{1,3}[)）])"  # (a bracket that opens no list number, `(1)`, `(一)`)
_BRACKET_MID_SENTENCE = re.compile(_OPENS_NO_NUMBER + r"[^(（)）\n]{2,40}[)）][\u4e00-\u9fff]")
# The gate of the loop below: a line it joins to the line above is one whose words (after its leading spaces, as
# `line.lstrip()` leaves them; `\s` is what `str.isspace` is) match `_BRACKET_MID_SENTENCE` or `_BRACKET_CLOSED_AHEAD`,
# each line but the first opening after a newline. No line that matches either means no first join, so none at all: the
# text is returned as it is. (Possessive runs: the spaces all go, as `lstrip` takes them all, and a close bracket ends a
# run of no bracket, so no shorter run could reach one; the mid-sentence bracket only by its first characters, a looser
# test.)
_MAY_JOIN_BELOW = re.compile(r"\n[^\S\n]*+(?:" + _OPENS_NO_NUMBER + r"|[^(（)）\n]{1,40}+[)）])")
# (the last character before a line's trailing spaces, `_line_end`: a search for a word at the end was tried at each position)
_BRACKET_WORD = re.compile(r"[\u4e00-\u9fff\w]")


def _may_end_open(text: str) -> bool:
    """Whether `text` holds what every `_OPEN_AT_LINE_END` match holds: a bracket or a space (a tab, an ideographic space)
    right before a newline."""
    return ("(\n" in text or "（\n" in text or "《\n" in text or "“\n" in text or " \n" in text or "\t\n" in text
            or "\u3000\n" in text)


def _line_end(line: str) -> str:
    """The last character of `line` before its trailing spaces (tabs, ideographic spaces), or `""`."""
    return line.rstrip(" \t\u3000")[-1:]


def _open_brackets(line: str) -> int:
    return line.count("(") + line.count("（") - line.count(")") - line.count("）")


def join_lines_broken_at_a_bracket(text: str) -> str:
    """`text` with each line broken at or inside a bracket joined to the next (see `_OPEN_AT_LINE_END`)."""
    if "\n" not in text or not ("(" in text or "（" in text or "《" in text or "“" in text):
        return text
    # (a search first: most texts have none, and a substitution costs more; and str scans before it for what every match
    # holds, its bracket before the newline or the last of the spaces between them)
    if _may_end_open(text) and _OPEN_AT_LINE_END.search(text):
        text = _OPEN_AT_LINE_END.sub(r"\1", text)
    if not _MAY_JOIN_BELOW.search(text):  # (most texts: no line the loop could join, `_MAY_JOIN_BELOW`)
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        above = out[-1]
        # (str scans first: most lines neither open a bracket above nor start with one)
        if ("(" in above or "（" in above or line.lstrip()[:1] in ("(", "（")) and _BRACKET_WORD.fullmatch(_line_end(above)):
            opened, below = _open_brackets(above), line.lstrip()
            if ((opened == 1 and _BRACKET_CLOSED_AHEAD.match(below) and _open_brackets(line) == -1)
                    or (opened == 0 and _BRACKET_MID_SENTENCE.match(below))):
                out[-1] = above.rstrip() + below
                continue
        out.append(line)
    return "\n".join(out)


def split_pasted_lines(text: str, shortest: int = LONG_LINE) -> str:
    """`text` with the paragraphs pasted onto a long line (`shortest` characters or more) parted again (see the module's
    notes)."""
    if (" " not in text and "\u3000" not in text) or not (
            shortest < LONG_LINE or _A_LONG_LINE.match(text) or ("\n" in text and _A_LONG_LINE_BELOW.search(text))):
        return text
    lines = text.split("\n")
    opening = next((i for i, line in enumerate(lines) if line.strip()), None)
    for i, line in enumerate(lines):
        # (a line spaced out character by character, `证 书 领 取 。 请 于`, is `pipelines/spacing.py`'s to close up)
        if len(line) < shortest or line.count(" ") * 3 >= len(line):
            continue
        dashes = len(_DASH_ITEM.findall(line)) >= 2
        if _PASTED_BREAK_OR_STOP.search(line) or dashes:
            parted = _PASTED_BREAK_OR_STOP.sub("\n", _DASH_ITEM.sub("\n", line) if dashes else line)
            line = _PASTED_HEADING.sub(r"\1\n", parted)
            title = _PASTED_TITLE.match(line) if i == opening else None
            lines[i] = title[1] + "\n" + line[title.end():] if title else line
    return "\n".join(lines)


def mend_lines(text: str) -> str:
    """Every habit undone: decorations dropped, pasted paragraphs parted, then hard-wrapped lines joined."""
    text = part_pasted_breadcrumb(undo_marks(text))
    if "\n" not in text and len(text) < LONG_LINE:
        # (a title: no paste or wrap to undo; but a line as long as a short notice's paragraphs, with a space, may be one)
        return split_pasted_lines(text, _SHORT_NOTICE_LINE) if len(text) >= _SHORT_NOTICE_LINE else text
    return join_lines_broken_at_a_bracket(join_hard_wraps(split_pasted_lines(text)))
