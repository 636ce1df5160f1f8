"""Which qualification a notice is about, with its level and specialty split out.

The catalogue is data (`data/exams.yaml`, from shared/reference/qualifications.md); this module
only matches it: leftmost-longest, so the most specific name wins (注册设备监理师 over 监理),
and a text naming two different exams names none.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from pipelines.matcher import Matcher

DATA = Path(__file__).parent / "data" / "exams.yaml"

_LEVEL = re.compile(r"初级|中级|高级|副高|正高|一级|二级|三级")
_BRACKET = re.compile(r"\s*[(（]([^()（）]{2,14})[)）]")


@dataclass(frozen=True)
class Exam:
    name: str
    qualification: bool = True
    ambiguous: bool = False
    legacy_until: int | None = None
    specialties: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExamMatch:
    exam: str | None = None
    level: str | None = None
    specialty: str | None = None
    # False when the only exam named is a look-alike (普通话, NCRE …); None when none is named.
    qualification: bool | None = None


def _key(alias: str) -> str:
    # Matching runs on simplified NFKC text, so aliases go through NFKC too: （ → (.
    return unicodedata.normalize("NFKC", alias)


class Catalogue:
    def __init__(self, entries: list[dict]):
        self.matcher = Matcher()
        self.exams: dict[str, Exam] = {}
        for entry in entries:
            exam = Exam(
                entry["exam"], entry.get("qualification", True), entry.get("ambiguous", False),
                entry.get("legacy_until"), tuple(entry.get("specialties") or ()),
            )
            self.exams[exam.name] = exam
            for alias in entry["aliases"]:
                if isinstance(alias, dict):
                    text, level, specialty = str(alias["alias"]), alias.get("level"), alias.get("specialty")
                else:
                    text, level, specialty = str(alias), None, None
                self.matcher.add(_key(text), (exam, level, specialty))
        self.matcher.build()

    def find(self, text: str) -> list[tuple[int, int, Exam, str | None, str | None]]:
        return [(start, end, *value) for start, end, value in self.matcher.find(text)]


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    return Catalogue(yaml.safe_load(DATA.read_text(encoding="utf-8")))


def _level_near(text: str, start: int, end: int) -> str | None:
    # `会计专业技术(中级)资格`, `会计初级职称`, `中级会计`: a level word touching the name.
    window = text[max(0, start - 3):start] + " " + text[end:end + 5]
    m = _LEVEL.search(window)
    if m and m[0] in ("一级", "二级", "三级"):
        return None
    if text[max(0, start - 4):start].endswith(("一、二级", "一,二级", "初、中级", "初中级")):
        return None
    return m[0] if m else None


def _specialty_after(text: str, end: int, exam: Exam) -> str | None:
    m = _BRACKET.match(text, end)
    if m:
        inner = m[1].strip()
        for s in exam.specialties:
            if inner == s or inner == s + "专业":
                return s
    return None


def _choose(text: str, year: int | None) -> ExamMatch | None:
    found = catalogue().find(text)
    if not found:
        return None
    names = {f[2].name for f in found}
    # A bare family name (建造师) adds nothing when a specific member is also named.
    specific = {n for n in names if not catalogue().exams[n].ambiguous}
    names = {n for n in names if n in specific or not any(n in s for s in specific)}
    if len(names) != 1:
        return ExamMatch()  # several exams: a round-up, or a notice for many
    name = names.pop()
    exam = catalogue().exams[name]
    levels: set[str] = set()
    specialty = None
    for start, end, e, alias_level, alias_specialty in found:
        if e.name != name:
            continue
        found_level = alias_level or _level_near(text, start, end)
        if found_level and text[max(0, start - 2):start] in ("一、", "一,", "初、", "中、", "初,"):
            return ExamMatch(exam.name if not exam.ambiguous else None, None, None, exam.qualification)
        if found_level:
            levels.add(found_level)
        specialty = specialty or alias_specialty or _specialty_after(text, end, e)
    # `全国一、二级注册建筑师`: two levels named, so no single level.
    level = levels.pop() if len(levels) == 1 else None
    if exam.ambiguous:
        if exam.legacy_until and year and year <= exam.legacy_until:
            return ExamMatch(exam.name, level, specialty, exam.qualification)
        return ExamMatch(None, None, None, exam.qualification)
    return ExamMatch(exam.name, level, specialty, exam.qualification)


def find_exam(title: str, lead: str = "", year: int | None = None) -> ExamMatch:
    """The exam a notice names: its title decides; otherwise the first lines of its body
    (a body mentions many exams in passing, so only its opening counts)."""
    return _choose(title, year) or _choose(lead, year) or ExamMatch()
