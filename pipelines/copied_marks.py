"""Marks a copied page added to a notice's lines, taken off before the normaliser reads it (`copied_lines.mend_lines`
calls `undo_marks` first).

Habits of the pages and tools that copy notices (written by hand: no maintained library knows which of these marks a
Chinese notice never writes):
- a decorative bullet opening a line (`★领取地点:…`, `📌`) is dropped;
- a table's row of two cells (`| 领取地点 | 某中心 |`, a service guide's `受理地址 | …`) is read as the label and its
  value (`领取地点:某中心`);
- Markdown a blog or an AI answer kept (`## 二、领取地点`, `**领取地点**:`, `> 某某局`, `[某某网](http://…)`) loses its
  marks;
- a PDF's page numbers on lines of their own (`— 2 —`, `第 2 页 共 5 页`) go, as does a line repeated right under itself
  (the title again above the text);
- a title copied from a numbered list (`1. 关于…的通知`) loses the list's number;
- Traditional typography's corner quotes and angle brackets (`「…」`, `〈…〉`) read as the Simplified page's (`“…”`, `《…》`);
- a repost's quotation marks around the notice it quotes, opening one line and closing a later one (`“2030年度…证书已到,` …
  `…逾期不候。”`), go: the lines inside are the notice's own.

`bench/robustness.py` rewrites the dev texts with each habit and counts the readings that change.
"""

from __future__ import annotations

import re
from itertools import islice
from operator import eq

# A decorative bullet opening a line (`★领取地点:…`, `▶ 所需材料`, `📌`): the line's words start after it. (Not `•`, `·`
# or `-`, which the key facts read as a list's marks, nor a numbered mark.)
_BULLET = r"[◆◇●○▲△■□★☆▶►▷▸▪▫※➤➢➔→⇒✅✔✓√❖✦✧◎◉❤♦\U0001f300-\U0001faff]"
_LINE_BULLET = re.compile(r"^([ \t\u3000]*)" + _BULLET + r"+\ufe0f?[ \t\u3000]*", re.MULTILINE)


# (a bullet opening a line after the first: a search opening on the newline, a literal the engine skips to, where a search
# for the marks anywhere tested every character against their class)
_BULLET_BELOW = re.compile(r"\n[ \t\u3000]*" + _BULLET)


def drop_line_bullets(text: str) -> str:
    """`text` without the decorative bullets opening its lines (`_LINE_BULLET`)."""
    # (a line-anchored pattern is tried at every position: it runs only where a line opens on a bullet, the first line
    # or one after a newline, as `^` in a multiline pattern is the text's start or a position after a newline)
    if _LINE_BULLET.match(text) or ("\n" in text and _BULLET_BELOW.search(text)):
        return _LINE_BULLET.sub(r"\1", text)
    return text


# Markdown a copy kept (a blog's or an AI answer's: `# 标题`, `## 二、领取地点`, `**领取地点**:`, `> 某某局`): its marks are
# no words of the notice. Bold needs words between its marks (`zszy.***.cn` masks an address); a heading's `#` a space
# after it (`#证书领取#` is a tag); a quotation's `>` opens its line.
_MARKDOWN_MARK = re.compile(r"^[ \t]*(?:#{1,6}|>)[ \t]+|\*\*(?=[^*\s])([^*\n]{1,80}?)(?<=[^*\s])\*\*", re.MULTILINE)


# A PDF's page number on a line of its own between the text's lines (`— 2 —`, `- 2 -`, `第 2 页 共 5 页`): no words of the notice,
# and it parts a list from its heading or a sentence from its end.
_PAGE_NUMBER_LINE = re.compile(r"^[ \t\u3000]*(?:[—–-]{1,2}[ \t]*\d{1,3}[ \t]*[—–-]{1,2}|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共"
                               r"[ \t]*\d{1,3}[ \t]*页)?)[ \t\u3000]*\n", re.MULTILINE)


# (such a line after the first: the pattern opening on the newline before it, a literal the engine skips to, where the
# line-anchored pattern is tried at every position; `^` in it is the text's start or a position after a newline)
_PAGE_NUMBER_BELOW = re.compile("\n" + _PAGE_NUMBER_LINE.pattern.removeprefix("^"))


def drop_page_numbers(text: str) -> str:
    """`text` without the lines that only number a PDF's pages (`_PAGE_NUMBER_LINE`)."""
    # (every such line holds 页 or a dash, and ends on a newline)
    if ("\n" not in text or not ("页" in text or "-" in text or "—" in text or "–" in text)
            or not (_PAGE_NUMBER_LINE.match(text) or _PAGE_NUMBER_BELOW.search(text))):
        return text
    return _PAGE_NUMBER_LINE.sub("", text)


# A line a copy repeats right under itself (the title again above the text, blank lines between or not) says nothing twice.
_REPEAT_MIN = 4  # (a short line, `是`, `合格`, a table's cell, may rightly stand twice)


def drop_repeated_lines(text: str) -> str:
    """`text` with a line that repeats the line above it left out."""
    lines = text.split("\n")
    words = list(map(str.strip, lines))
    said = list(filter(None, words))
    # (a line goes only where it says what the last line that said something said: with no two such neighbours alike, as
    # in most texts, none goes; compared by C-level maps, not a loop over the lines)
    if not any(map(eq, said, islice(said, 1, None))):
        return text
    out: list[str] = []
    previous = None  # the last line kept that says something
    for line, word in zip(lines, words):
        if word and len(word) >= _REPEAT_MIN and word == previous:
            while out and not out[-1].strip():  # (the blank lines between the two go with the repeat)
                out.pop()
            continue
        out.append(line)
        previous = word or previous
    return "\n".join(out)


# a link, `[某某考试网](http://…)`: its words with the address in brackets after them, as a plain copy shows it
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,40})\]\(((?:https?://)?[^()\s]{1,200})\)")


def drop_markdown(text: str) -> str:
    """`text` without the Markdown marks a copy kept (`_MARKDOWN_MARK`, `_MARKDOWN_LINK`), its words as they were."""
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1(\2)", text)
    if not ("**" in text or "#" in text or ">" in text):
        return text
    return _MARKDOWN_MARK.sub(lambda m: m[1] or "", text)


# a table's row of two cells, the first a short label: `| 领取地点 | 某中心 |`, `受理地址 | 某中心 |`
_TWO_CELL_ROW = re.compile(r"^([ \t\u3000]*)[|｜]?[ \t\u3000]*([\u4e00-\u9fff]{2,8})[ \t\u3000]*[|｜][ \t\u3000]*([^|｜\n]*?)"
                           r"[ \t\u3000]*[|｜]?[ \t\u3000]*$", re.MULTILINE)


def rows_as_labels(text: str) -> str:
    """`text` with each table row of two cells written as its label and value (`_TWO_CELL_ROW`)."""
    if "|" not in text and "｜" not in text:
        return text
    # (a row has a bar at an end too: `转发 | 某某通知` with one bar is a title with its repost's mark)
    return _TWO_CELL_ROW.sub(lambda m: f"{m[1]}{m[2]}:{m[3]}" if m[3] and _bars(m[0]) >= 2 else m[0], text)


def _bars(row: str) -> int:
    return row.count("|") + row.count("｜")


# A title copied from a numbered list of links keeps its number (`1. 关于领取2031年度某证书的通知`, `(3)2031年某证书领取须知`):
# on a text of one line that reads as a title (a notice's noun, no sentence's end), the number is the list's, not the
# title's (a numbered line of a body, `1、领取时间:3月1日至5日。`, says a sentence).
_NUMBERED_TITLE = re.compile(r"\s*(?:\d{1,3}\s*[.、．]|[(（]\d{1,3}[)）]|[①-⑳])\s*(?=[^\n。；;]{6,64}$)"
                             r"(?=[^\n]*?(?:通知|公告|通告|公示|安排|证书|须知|合格证|领证|办证))")


# Traditional typography: `「证书领取」`, `〈申请表〉`, as the Simplified page writes them
_TYPOGRAPHY = str.maketrans("「」『』〈〉", "“”‘’《》")


# a quotation opening a line and not closed on it, and one closing a later line (its full stop inside or out)
_QUOTE_OPENS_LINE = re.compile(r"^([ \t\u3000]*)“(?=[^”\n]*$)", re.MULTILINE)
_QUOTE_CLOSES_LINE = re.compile(r"”(?=[。.]?[ \t\u3000]*$)", re.MULTILINE)


def drop_spanning_quotes(text: str) -> str:
    """`text` without a quotation that spans lines (`_QUOTE_OPENS_LINE` … `_QUOTE_CLOSES_LINE`, on a later line that opens
    no quotation of its own): a repost quoting a notice."""
    opens = _first_quote_opening_line(text)
    if not opens:
        return text
    for closes in _QUOTE_CLOSES_LINE.finditer(text, opens.end()):
        line_start = text.rfind("\n", 0, closes.start()) + 1
        if line_start > opens.end() and "“" not in text[line_start:closes.start()]:
            return text[:opens.start()] + opens[1] + text[opens.end():closes.start()] + text[closes.end():]
    return text


def _first_quote_opening_line(text: str) -> re.Match | None:
    """`_QUOTE_OPENS_LINE.search(text)`, tried only at the start of each line holding a “ (the first “ of a line is
    the one that can open it): the pattern opens on `^`, no literal, so a search tries it at every position."""
    at = text.find("“")
    while at >= 0:
        opens = _QUOTE_OPENS_LINE.match(text, text.rfind("\n", 0, at) + 1)  # (multiline: `^` holds after a newline)
        if opens:
            return opens
        next_line = text.find("\n", at)
        at = text.find("“", next_line) if next_line >= 0 else -1
    return None


def undo_marks(text: str) -> str:
    """Every mark above taken off (Markdown and page numbers first: a bullet or a row may sit under them)."""
    text = rows_as_labels(drop_line_bullets(drop_markdown(drop_page_numbers(text))))
    if "\n" not in text and (numbered := _NUMBERED_TITLE.match(text)):
        text = text[numbered.end():]
    if "「" in text or "〈" in text or "『" in text:
        text = text.translate(_TYPOGRAPHY)
    if "“" in text and "\n" in text:
        text = drop_spanning_quotes(text)
    return drop_repeated_lines(text) if "\n" in text else text
