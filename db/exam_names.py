"""Exam names in a search query: where to cut a term, and the other names to search for too.

Candidates type short names and run words together (`二建证书`, `监理证`); notices write the exam's
full name. db/exam_names.json (written from the exam catalogue by pipelines/data/make_exam_names.py;
a test fails while it is stale) holds every name and each name's others, so that this leaf module
imports nothing from pipelines/.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

EXAM_NAMES_FILE = Path(__file__).with_name("exam_names.json")


@lru_cache(maxsize=1)
def _exam_names() -> tuple[dict[str, list[str]], re.Pattern | None, tuple[str, ...]]:
    """(a name -> the exam's other names to search for too, a pattern of every exam name, longest
    first, the names) from db/exam_names.json."""
    try:
        data = json.loads(EXAM_NAMES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # searched as typed, without the exams' other names
        return {}, None, ()
    words = tuple(sorted(data.get("words", ()), key=len, reverse=True))
    return data.get("also", {}), re.compile("|".join(map(re.escape, words))) if words else None, words


# `监理证`, `造价证书`: a certificate asked for by a short name; the notices write 监理工程师…证书
_CERTIFICATE_TAIL = re.compile(r"(?<=..)(?:资格)?证书?$")


def exam_parts(term: str) -> list[tuple[str, list[str]]]:
    """`term` cut around an exam name in it, each part with the other names to search for too:
    `二建证书` -> [('二建', ['二级建造师', '二级注册建造师']), ('证书', [])]; `监理证` -> 监理 and 证.
    Candidates run words together and type short names; notices write the full name, and a term is
    otherwise searched as one phrase."""
    also, pattern, words = _exam_names()
    match = pattern.search(term) if pattern else None
    if match is None:
        # 造价证: no whole name, but the start of one (造价工程师) and a certificate asked for (not 电子证书)
        tail = _CERTIFICATE_TAIL.search(term)
        if tail and any(word.startswith(term[:tail.start()]) for word in words):
            return [(term[:tail.start()], []), (tail[0], [])]
        return [(term, [])]
    parts = [(term[:match.start()], []), (match[0], also.get(match[0], [])), (term[match.end():], [])]
    return [(text, others) for text, others in parts if text]


@lru_cache(maxsize=1)
def _exam_of() -> dict[str, str]:
    try:
        return json.loads(EXAM_NAMES_FILE.read_text(encoding="utf-8")).get("exam_of", {})
    except (OSError, ValueError):
        return {}


def exam_of(name: str) -> str | None:
    """The exam a name stands for (`二建` -> 二级建造师, `监理工程师` -> itself), or None."""
    return _exam_of().get(name)


def name_now(exam: str | None) -> str | None:
    """The name `exam` is called now (`注册税务师` -> 税务师, the name its filter and facet go by), else `exam` itself."""
    return (_exam_of().get(exam) or exam) if exam else exam
