"""Key fact `phone`: the numbers a notice gives to call, as written (landlines, mobiles, short hotlines), never
numbers inside addresses, links or dates.
"""

from __future__ import annotations

import re

from pipelines.keyfacts_clauses import _dedupe, _joined, _lines, _SENTENCE_END


# (the local number may be spaced in two, as written: `0791-8627 0541`, `0817-2230 516`)
_LANDLINE = r"(?:[(（]?0\d{2,3}[)）]?\s*[-－—–]{0,2}\s*(?:\d{7,8}|\d{4} \d{3,4})(?:\s*[-－—–转]\s*\d{1,4})?)"
# (or spaced in groups, `138 0000 1234`, as a page or an office writes it for reading aloud)
_MOBILE = r"(?:1[3-9]\d(?:\d{8}|[ \u3000]\d{4}[ \u3000]\d{4}))"
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
