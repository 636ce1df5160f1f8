"""The exam catalogue's names as the search and the filters read them (db/exam_names.json, written by
pipelines/data/make_exam_names.py): the leaf layer db/ cannot import the catalogue, so it reads them
from that file."""

from __future__ import annotations

import yaml

from pipelines.exam_catalogue import DATA, name_key

# An other name shorter than this is left out of a search's alternatives: two characters also
# occur inside other words (一建 in 统一建设), while the candidate's own short name is kept.
_SEARCH_NAME_MIN = 3
_SEARCH_NAMES_MAX = 8  # alternatives per name: a query stays small (软考 has 14)


def _fewest(names: list[str]) -> list[str]:
    """The names no other one of them is part of: a search for 社会工作者 already finds 社会工作者职业资格."""
    return [n for n in names if not any(o != n and o in n for o in names)]


def search_names() -> dict:
    """For search (db/exam_names.json, written by pipelines/data/make_exam_names.py): `words`, every
    name in the catalogue, so that a query is cut at one (监理证书 is 监理 and 证书; the longest name
    wins: 心理咨询师 is not 心理 + 咨询师); `also`, a name -> the exam's other names a search for it
    should find too (二建 -> 二级建造师; 社工证 -> 社会工作者, 社会工作师 …; notices write the full name,
    candidates type the short one); `exam_of`, each name of an exam we show -> that exam, for filters
    (`exam=二建`). Other names are those that do not already contain the name typed, of exams we show,
    fewest that cover the rest, and none found inside another exam's name."""
    also: dict[str, list[str]] = {}
    words: set[str] = set()
    exam_of: dict[str, str] = {}  # every name of an exam we show -> the exam (二建 -> 二级建造师)
    entries = []
    for entry in yaml.safe_load(DATA.read_text(encoding="utf-8")):
        levels: dict[str, str | None] = {name_key(entry["exam"]): None}  # name -> the level it says, if any
        for alias in entry["aliases"]:
            name = name_key(str(alias["alias"]) if isinstance(alias, dict) else str(alias))
            levels.setdefault(name, alias.get("level") if isinstance(alias, dict) else None)
        words.update(levels)
        entries.append((entry, levels))
    for entry, levels in entries:
        if entry.get("ambiguous") or not entry.get("emit", True) or entry.get("document"):
            continue
        # a name inside another exam's name finds that exam's notices too (消防工程师 is in 二级消防工程师):
        # it is no other name a search should add
        inside_other = {n for n in levels for e, names in entries if e is not entry and any(n in o for o in names)}
        for name in levels:
            exam_of.setdefault(name, name_key(entry["exam"]))
        for name, level in levels.items():
            # a name that says a level finds that level's other names only (中级会计 is not 初级会计)
            others = [o for o, other_level in levels.items() if name not in o and len(o) >= _SEARCH_NAME_MIN
                      and (level is None or other_level == level) and o not in inside_other]
            if others := _fewest(others)[:_SEARCH_NAMES_MAX]:
                also[name] = others
    return {"also": dict(sorted(also.items())), "words": sorted(words), "exam_of": dict(sorted(exam_of.items()))}
