"""The exam catalogue: `data/exams.yaml` (from shared/reference/qualifications.md) loaded into one matcher of
every name, written and generated (a level inside a name). Matching a text against it is `pipelines/exams.py`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from pipelines.matcher import Matcher

DATA = Path(__file__).parent / "data" / "exams.yaml"


@dataclass(frozen=True)
class Exam:
    name: str
    qualification: bool = True
    ambiguous: bool = False
    legacy_until: int | None = None
    specialties: tuple[str, ...] = ()
    emit: bool = True  # False: recruitment (公务员 …), counted as named but never shown
    document: bool = False  # mentioned as a document to bring (毕业证), rarely the subject
    # (exam, last year): the name followed by 证 alone was that exam's certificate up to that year
    bare_certificate: tuple[str, int] | None = None
    # (name, last year, its aliases): the exam's name up to that year (税务师 was 注册税务师 until 2014), emitted for a
    # text of such a year that calls it so
    old_name: tuple[str, int, tuple[str, ...]] | None = None


def _bare_certificate(value: dict | None) -> tuple[str, int] | None:
    return (value["of"], int(value["until"])) if value else None


def _old_name(value: dict | None) -> tuple[str, int, tuple[str, ...]] | None:
    return (value["name"], int(value["until"]), tuple(name_key(str(a)) for a in value["aliases"])) if value else None


def name_key(alias: str) -> str:
    # Matching runs on simplified NFKC text, so aliases go through NFKC too: （ → (.
    return unicodedata.normalize("NFKC", alias)


# Notices put the level inside a name: `审计初、中级资格`, `审计专业初级资格`, `通信专业技术人员初级和中级职业水平`.
# Each plain name of the shape `<field>专业…(资格|职业水平)` is also matched with a level after its field or before
# its last noun; a single level is the match's level, several are none.
_LEVELS_INSIDE = ("初级", "中级", "高级", "初、中级", "初中级", "初级和中级", "初级、中级", "中、高级", "初、中、高级")
_FIELD_AND_TAIL = re.compile(r"^([\u4e00-\u9fff]{2})(专业[\u4e00-\u9fff]*?)(资格|职业水平)$")


def names_with_levels(alias: str) -> list[tuple[str, str | None]]:
    """(name, level) for `alias` with each level put inside it (`审计专业资格` → `审计初级资格`, `审计专业初级资格`, …);
    none for a name of another shape."""
    m = _FIELD_AND_TAIL.match(alias)
    if not m:
        return []
    field, middle, tail = m.groups()
    out = []
    for level in _LEVELS_INSIDE:
        single = level if level in ("初级", "中级", "高级") else None
        out += [(field + level + tail, single), (field + middle + level + tail, single)]
    return out


class Catalogue:
    def __init__(self, entries: list[dict]):
        self.matcher = Matcher()
        self.exams: dict[str, Exam] = {}
        for entry in entries:
            exam = Exam(
                entry["exam"], entry.get("qualification", True), entry.get("ambiguous", False),
                entry.get("legacy_until"), tuple(entry.get("specialties") or ()), entry.get("emit", True),
                entry.get("document", False), _bare_certificate(entry.get("bare_certificate")),
                _old_name(entry.get("old_name")),
            )
            self.exams[exam.name] = exam
            for alias in entry["aliases"]:
                if isinstance(alias, dict):
                    text, level, specialty = str(alias["alias"]), alias.get("level"), alias.get("specialty")
                else:
                    text, level, specialty = str(alias), None, None
                self.matcher.add(name_key(text), (exam, level, specialty))
            # (after the written names: a written one wins where a generated one repeats it)
            for alias in entry["aliases"]:
                for text, level in names_with_levels(alias) if isinstance(alias, str) else ():
                    if not self.matcher.has(name_key(text)):
                        self.matcher.add(name_key(text), (exam, level, None))
        self.matcher.build()
        # an old name -> the exam's name now (注册税务师 -> 税务师): a notice under the old name is about that exam too
        self.renamed: dict[str, str] = {e.old_name[0]: e.name for e in self.exams.values() if e.old_name}
        self._last: tuple[str | None, tuple] = (None, ())

    def find(self, text: str) -> tuple[tuple[int, int, Exam, str | None, str | None], ...]:
        # A title is read twice (for its exam, then for a bare family name): the last text and
        # its names are kept, as one tuple so that a thread never reads half an update.
        last = self._last
        if text == last[0]:
            return last[1]
        found = tuple([(start, end, *value) for start, end, value in self.matcher.find(text)])
        self._last = (text, found)
        return found


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    return Catalogue(yaml.safe_load(DATA.read_text(encoding="utf-8")))
