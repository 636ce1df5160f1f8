"""The clause helpers every key-fact finder shares (pipelines/keyfacts_*.py, entry point pipelines/keyfacts.py): a
text's lines, their bodies with the numbering stripped, the joined lines and the sentences (each computed once and
cached), the clause around a match, items de-duplicated, and the helpers that write patterns whose every alternative
opens on a literal. They keep their underscore: they are private to the key-fact modules, not an API.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.text import SENTENCE_RUN


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



# --------------------------------------------------------------------------- shared by two finders or more

_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")
_COMMA = re.compile(r"[，,]")
_SEMICOLON = re.compile(r"[；;]")

# (`①本人…` comes out of NFKC as `1本人…`: a digit glued to the item, unless it is the item's count, `1寸照片`)
_LIST_ITEM = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．]|\d{1,2}\s(?=[\u4e00-\u9fff《“])|\d{1,2}(?=[\u4e00-\u9fff《“])(?![寸张份个年月日号次项条]|本(?!人))|[①-⑳]|[-•·]\s)\s*(.+)$")
# the characters a `_LIST_ITEM` match can open on (after whitespace): a bracket, a digit, a circled number, a bullet
_LIST_ITEM_OPENERS = "(（-•·" + "".join(map(chr, range(ord("①"), ord("⑳") + 1)))


def _bracket_masked(text: str) -> str:
    """`text` with what its brackets say blanked out, same length (positions stay); searched only where there are
    brackets: every `_BRACKETS` match opens on one."""
    return _BRACKETS.sub(lambda b: "＿" * len(b.group(0)), text) if "(" in text or "（" in text else text


def _each(words: str, tail: str = "") -> str:
    """`w1tail|w2tail|…` for the words `w1|w2|…`: `(?:w1|w2)tail`, each alternative opening on its word, which
    lets the engine skip at C speed to the characters a match can start with (see pipelines/kind_words.py)."""
    return "|".join(word + tail for word in words.split("|"))


def _not_after(word: str, *before: str) -> str:
    """`word` not preceded by any of `before`: `(?<!b)word`, written with the word first (`word(?<!bword)`, the
    same test) so that the alternative opens on a literal."""
    return word + "".join(f"(?<!{b}{word})" for b in before)
