"""Lines a fixed-width copy broke inside a sentence, joined again (`copied_lines.mend_lines` calls `join_hard_wraps`).

A text taken out of a PDF or a fixed-width page breaks every line at the same width (`…请于2031年3月1日至3月` /
`9日到市人事考试中心领取…`), so sentences, places and lists run over line ends and the readers that go line by line
lose them. Lines that fill the text's wrap width and end inside a sentence are joined to the next one, unless that one
opens a new item (`二、`, `(3)`, `领取地点:`). A long text shows its column in many such lines; a short one wrapped over
a paragraph or two in two lines or more that reach its widest width (`_MIN_FEW_WRAPS`). Written by hand: no maintained
library reflows Chinese text that way. Ordinary texts are left alone: their lines are paragraphs of every length (a
wrap's lines are all as wide as its column and end inside sentences).
"""

from __future__ import annotations

import re
from collections import Counter

# A line that opens an item of its own: a list number (`一、`, `(二)`, `3.`, `4、`, `①`), a bullet, or a label
# (`领取地点:`). Such a line never continues the line above.
_ITEM_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．.](?!\d)"
                           r"|[①-⑳]|[•·●◆■□▪*|｜【—-]|[\u4e00-\u9fff]{1,8}\s*[:：]|[\u4e00-\u9fff]{2,8}\s+[-—–]\s"
                           r"|[\u2190-\u2bff\U0001f000-\U0001faff])")  # arrows, shapes and emoji as bullets (`▲`, `📌`, `👉`)
# a page's stamp (`原创 某某 2031-06-06 08:30 发表于某地`): a line of its own, whatever its width (a period's start,
# `2031年1月20日9:00至…`, is a sentence's)
_STAMP = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d\d(?::\d\d)?(?![\d:]|\s*[至到~～—–-])")
# where a line may end a sentence or announce what follows: never joined to the next line
_LINE_END = "。！？!?；;:："
# what a line that ends a sentence, an aside or a quotation ends on
_CLOSING = _LINE_END + ")）]】」』”\"'》"
# a line of 20 characters or more that ends inside a sentence: on a character that is no space and no `_CLOSING` mark
# (trailing spaces, tabs and ideographic spaces aside)
_OPEN_LONG = 20
# Wrap widths are counted in display cells (a Chinese character two, a Latin letter or digit one): a PDF's
# lines are as wide as its column, not as long in characters.
_MIN_WRAPPED_LINES = 3
_MIN_WIDTH, _MAX_WIDTH = 40, 160  # a column narrower than 20 Chinese characters or wider than 80 is no wrap
_WIDTH_SLACK = 4  # a wrapped line may end a little short of the column (a word or a mark moved down)


# the characters two cells wide (East Asian Wide and Fullwidth), as one class: a search per line, not a call per character
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
                   "\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff"
                   "\U00020000-\U0003fffd]")


# (its complement in runs: a Chinese line holds few narrow characters, so a few runs to measure, not a string per wide one;
# every character is wide or in a run, so the width is twice the length less the narrow ones)
_NARROW_RUN = re.compile("[^" + _WIDE.pattern[1:] + "+")


def _width(line: str) -> int:
    return 2 * len(line) - sum(map(len, _NARROW_RUN.findall(line)))


def _wrap_width(widths: list[int]) -> int | None:
    """The column a text is hard-wrapped at: the width that most lines of some length reach within `_WIDTH_SLACK`,
    at least `_MIN_WRAPPED_LINES` of them and no line but the title wider; None for a text whose lines vary."""
    long_widths = [w for w in widths if _MIN_WIDTH <= w <= _MAX_WIDTH + _WIDTH_SLACK]
    if len(long_widths) < _MIN_WRAPPED_LINES:
        return None
    # (the width most lines reach within the slack, the wider of equals: lines a wrap filled differ by a mark or two; widths
    # are whole cells, so the lines within the slack of a width are counted from the count of each width, not by a pass
    # over every line for every width)
    counts = Counter(long_widths)
    near, column = max((sum(counts[v] for v in range(w - _WIDTH_SLACK, w + 1)), w) for w in counts)
    # (a wrapped text has no line wider than its column but its title: a text with paragraphs wider than its common
    # width is written in paragraphs, whatever its short lines share)
    wider = sum(w > column + _WIDTH_SLACK for w in widths)
    if (near < _MIN_WRAPPED_LINES or near * 2 < len(long_widths) or wider > 1 + len(widths) // 10
            or not _MIN_WIDTH <= column <= _MAX_WIDTH):
        return None
    return column


def _breaks_inside(lines: list[str], widths: list[int], column: int) -> bool:
    """Whether the lines that fill the column mostly end inside a sentence (on a character, not on a closing mark)
    with the next line going on: what a wrap does, and a text whose lines happen to share a width does not."""
    full = [k for k in range(1, len(lines) - 1) if column - _WIDTH_SLACK <= widths[k] <= column]
    inside = sum(1 for k in full if lines[k].rstrip()[-1:] not in _CLOSING and lines[k + 1].strip()
                 and not _ITEM_OPENING.match(lines[k + 1]))
    body = sum(1 for line in lines[1:] if line.strip())
    # (a quarter of the lines: a short guide wrapped under its headings has many short lines between the full ones)
    return inside >= _MIN_WRAPPED_LINES and inside * 2 >= len(full) and len(full) * 4 >= body


def _open_long_lines(lines: list[str]) -> int:
    """How many of `lines` after the first are long and end inside a sentence (`_OPEN_LONG`)."""
    # (a loop over the lines: a pattern for such a line backtracked over each line's characters)
    count = 0
    for line in lines[1:]:
        if len(line) >= _OPEN_LONG:  # (most lines are short: stripped only when long)
            end = line.rstrip(" \t\u3000")
            if len(end) >= _OPEN_LONG and not end[-1].isspace() and end[-1] not in _CLOSING:
                count += 1
    return count


# A short text wrapped at a column has few full lines: a paragraph or two run over one line end each. Its column is
# then the width of its widest lines after the title (a wrap leaves none wider), and two lines or more that reach it
# and end inside a sentence, the next line going on, are broken lines. (One alone is no evidence: a text's widest line
# may be a heading or a stamp with no stop.) Lines holding a table's cells, spaced apart (`崂山区  某大厅  88996271`,
# `河北 3月1日起 查看地点`), and a row's number or a comment's opening the next line (`2 昆明市 …`, `回复3:`), are no
# wrapped prose.
_MIN_FEW_WRAPS = 2
_SPACED_CELLS = re.compile(r"\S(?: {2,}|[\t\u3000]+)\S|\S \S+ \S")
_ROW_OPENING = re.compile(r"\s*(?:\d{1,3}[ \t\u3000]+(?![年月日号时点分])[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,6}\d{1,3}\s*[:：])")


def _few_wraps_width(lines: list[str], widths: list[int]) -> int | None:
    """The column of a short text wrapped over few lines (see `_MIN_FEW_WRAPS`), or None."""
    column = _few_wraps_column(lines, widths, max(widths[1:]))
    # (or, the line under the title the one wider, the widest below it: a title pasted with its first words, its tail
    # parted onto that line again, `pipelines/copied_lines.py`, is no wrapped prose)
    if column is None and len(widths) > 3 and widths[1] > max(widths[2:]):
        column = _few_wraps_column(lines, widths, max(widths[2:]))
    return column


def _few_wraps_column(lines: list[str], widths: list[int], column: int) -> int | None:
    """`column`, if two lines or more that reach it were broken by a wrap (`_MIN_FEW_WRAPS`), or None."""
    if not _MIN_WIDTH <= column <= _MAX_WIDTH:
        return None
    broken = sum(1 for k in range(1, len(lines) - 1)
                 if column - _WIDTH_SLACK <= widths[k] <= column and _wrap_breaks(lines[k], lines[k + 1], few=True))
    return column if broken >= _MIN_FEW_WRAPS else None


def _wrap_breaks(above: str, line: str, few: bool) -> bool:
    """Whether a wrap may have broken `above` before `line` (its width aside): `above` ends inside a sentence and is no
    stamp, `line` goes on and opens no item (nor, in a text of few wraps, a row; nor has either a table's cells)."""
    above = above.rstrip()
    # (a wrap's next line opens at the margin: one indented opens a paragraph)
    return bool(above and above[-1] not in _LINE_END and line.strip() and not _ITEM_OPENING.match(line)
                and not _STAMP.search(above) and not line.startswith(("  ", "\u3000", "\t"))
                and not (few and (above[-1] in "~～-—…." or _ROW_OPENING.match(line) or _STAMP.search(line)
                                  or _SPACED_CELLS.search(above.strip()) or _SPACED_CELLS.search(line.strip()))))


_ADDRESS_END = re.compile(r"[./:#?=&]\w*$")  # (a web address's last part, `zj.某.cn/si`: `\w*` to the line's end)


def join_hard_wraps(text: str) -> str:
    """`text` with the lines a fixed-width copy broke inside a sentence joined again (see the module's notes)."""
    # (a wrapped text has lines of 20 characters or more that end inside a sentence: most texts have too few to look at)
    if text.count("\n") < _MIN_FEW_WRAPS:
        return text
    lines = text.split("\n")
    open_lines = _open_long_lines(lines)
    if open_lines < _MIN_FEW_WRAPS:
        return text
    # (a table's rows are no wrapped prose: their widths are left out)
    widths = [_width(line.strip()) if "|" not in line and "｜" not in line else 0 for line in lines]
    column = _wrap_width(widths) if open_lines >= _MIN_WRAPPED_LINES and len(lines) > _MIN_WRAPPED_LINES else None
    few = column is None or not _breaks_inside(lines, widths, column)
    if few:
        column = _few_wraps_width(lines, widths)
        if column is None:
            return text
    out = [lines[0]]
    for at, (prev_width, line) in enumerate(zip(widths, lines[1:])):
        above = out[-1].rstrip()
        # (the first line is a title or a page's stamp: a wrap breaks prose, and the title stands alone)
        # (the line above as the text gave it, for its width and cells: `out[-1]` may hold lines joined already)
        continues = (at > 0 and column - _WIDTH_SLACK <= prev_width <= column
                     and _wrap_breaks(above if not few else lines[at], line, few) and above)
        if continues:
            # (Latin words keep the space a wrap took; Chinese has none between characters, a number broken over the line
            # end none between its digits, nor an address between its parts: `2031年4月2` / `0日`, `www.某.cn/si` / `te/`)
            below = line.lstrip()
            joint = (" " if above[-1].isascii() and above[-1].isalpha() and below[:1].isascii() and below[:1].isalnum()
                     and not _ADDRESS_END.search(above) else "")
            out[-1] = above + joint + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)
