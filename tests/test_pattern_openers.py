"""The hand-listed opener sets that gate slow patterns stay true to the patterns they gate.

Speed work in pipelines/keyfacts_*.py calls some anchored patterns only when a line or an item opens on a character
listed beside the pattern (`_OWNER_OPENERS` before `_OWNER`, …). An alternative added later that opens on a character
missing from its list would be skipped without a sound. These tests read the first characters a pattern can match
from the pattern itself (Python's own regex parser, `re._parser`: no library reads a pattern's first-character set)
and check they are all listed.
"""

from __future__ import annotations

import re
import re._constants as C  # noqa: the opcodes of re._parser's tree (private, stable since 3.11; read-only use)
import re._parser as P

import pytest

from pipelines import keyfacts_agency, keyfacts_clauses, keyfacts_materials

DIGIT, SPACE, ANY = "<digit>", "<space>", "<any>"
_CATEGORIES = {C.CATEGORY_DIGIT: DIGIT, C.CATEGORY_SPACE: SPACE}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)  # (a look-ahead only narrows what follows: skipping it widens the set)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _first_of_set(items) -> set[str]:
    found: set[str] = set()
    for op, arg in items:
        if op is C.LITERAL:
            found.add(chr(arg))
        elif op is C.RANGE:
            low, high = arg
            found |= {chr(c) for c in range(low, high + 1)} if high - low < 100 else {ANY}
        elif op is C.CATEGORY:
            found.add(_CATEGORIES.get(arg, ANY))
        else:  # NEGATE and the rest: anything
            return {ANY}
    return found


def first_characters(sequence) -> tuple[set[str], bool]:
    """The characters a match of `sequence` (a re._parser tree) can open on, and whether it can match empty."""
    found: set[str] = set()
    for op, arg in sequence:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            return found | {chr(arg)}, False
        if op is C.IN:
            return found | _first_of_set(arg), False
        if op is C.BRANCH:
            firsts = [first_characters(branch) for branch in arg[1]]
            found |= set().union(*(f for f, _ in firsts))
            if not any(empty for _, empty in firsts):
                return found, False
        elif op is C.SUBPATTERN:
            first, empty = first_characters(arg[-1])
            found |= first
            if not empty:
                return found, False
        elif op in _REPEATS:
            first, empty = first_characters(arg[2])
            found |= first
            if arg[0] > 0 and not empty:
                return found, False
        elif op is C.ATOMIC_GROUP:
            first, empty = first_characters(arg)
            found |= first
            if not empty:
                return found, False
        else:  # ANY, NOT_LITERAL, GROUPREF, …
            return found | {ANY}, False
    return found, True


def opens_on(pattern: str | re.Pattern) -> set[str]:
    text = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    first, empty = first_characters(P.parse(text))
    return first | ({ANY} if empty else set())


def test_the_reader_sees_alternatives_repeats_and_classes():
    assert opens_on(r"^(?:考生|本人)+的?") == {"考", "本"}
    assert opens_on(r"^\s*(?:[(（]\d|[①-③]|-|\d、)") == {SPACE, "(", "（", "①", "②", "③", "-", DIGIT}
    assert opens_on(r"(?=甲)乙") == {"乙"}
    assert opens_on(r"a?b*c") == {"a", "b", "c"}
    assert ANY in opens_on(r"[^x]y") and ANY in opens_on(r"x?") and ANY in opens_on(r"[\u4e00-\u9fff]")


# (pattern, the characters listed beside it, what else the gate lets through: a digit by `str.isdecimal`, leading
# whitespace where the caller strips the line or looks past it)
GATES = [
    ("_OWNER", keyfacts_materials._OWNER, keyfacts_materials._OWNER_OPENERS, set()),
    ("_ITEM_TRIM_HEAD", keyfacts_materials._ITEM_TRIM_HEAD_ONLY, keyfacts_materials._TRIM_HEAD_OPENERS, {DIGIT}),
    ("_NUMBERING", keyfacts_clauses._NUMBERING, keyfacts_clauses._NUMBERING_OPENERS, {DIGIT, SPACE}),
    ("_LIST_ITEM", keyfacts_clauses._LIST_ITEM, keyfacts_clauses._LIST_ITEM_OPENERS, {DIGIT, SPACE}),
    ("_DATE", keyfacts_agency._DATE, keyfacts_agency._DATE_OPENERS, {DIGIT}),
]


@pytest.mark.parametrize("name, pattern, listed, also", GATES, ids=[g[0] for g in GATES])
def test_every_opening_character_is_listed(name, pattern, listed, also):
    opening = opens_on(pattern)
    if DIGIT in also:  # (a literal digit in the pattern, `1份`, is let through by `str.isdecimal` too)
        opening = {c for c in opening if not c.isdecimal()}
    missing = opening - set(listed) - also
    assert not missing, f"{name} can open on {sorted(missing)}, not listed beside it: the gate would skip those"


def test_proxy_labels_open_on_a_listed_word():
    # `_PROXY_LABEL` is tried only on a line that starts with one of `_PROXY_OPENERS` (words: their first characters
    # are what this reader can check)
    firsts = {word[0] for word in keyfacts_materials._PROXY_OPENERS}
    assert opens_on(keyfacts_materials._PROXY_LABEL) <= firsts
