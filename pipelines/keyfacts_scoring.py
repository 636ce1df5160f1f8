"""Scoring the key facts (pipelines.keyfacts) against hand labels: the one place for how a fact counts as right.

Used by `bench/accuracy.py` (prints the table) and tests/test_keyfacts.py (holds the floors). A
labelled record carries `labels.key_facts` = {place, materials, phone, mode, fee, deadline_rule,
agency}; the facts are read from `normalize_record` (the same path `notices normalize` and the
crawler take), so the score covers text cleaning too.

How a fact is scored, per record (accuracy = share of records right):
- Texts are compared after `simplify`, lower case, and with whitespace and punctuation removed.
- Two items (a place, a material, an agency) *match* when equal, when one contains the other and
  the shorter is at least half as long, or when difflib's ratio is at least 0.75 — so
  `身份证原件` matches `有效身份证件原件`, and a place with or without its bracketed address
  matches, but `考试中心` does not match `武汉市人事考试中心`.
- `place`, `materials`: right when the two lists pair up one-to-one by that match (same length,
  every item paired): set equality, modulo wording.
- `phone`: the digits of each number; right when the sets are equal (a number without its area
  code matches the same number with it).
- `mode`: set equality of the codes.
- `fee`, `deadline_rule`: right when both are null, or both are given and share a run of at least
  6 characters (the same clause found, however much of it is quoted).
- `agency`: right when both are null or the two names match.
List facts also get item recall and precision (pairs matched over labelled / over given items).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pipelines.keyfacts import FACTS
from pipelines.scoring import normalized
from pipelines.text import simplify

LIST_FACTS = ("place", "materials", "phone")
TEXT_OVERLAP = 6

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)


def norm(text: str) -> str:
    return _DROP.sub("", simplify(text or "")).lower()


def items_match(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if short in long_ and len(short) * 2 >= len(long_):
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number or "")


def phones_match(a: str, b: str) -> bool:
    a, b = _digits(a), _digits(b)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 7 and long_.endswith(short))


def texts_overlap(a: str | None, b: str | None) -> bool:
    a, b = norm(a or ""), norm(b or "")
    if not a or not b:
        return False
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= min(TEXT_OVERLAP, len(a), len(b))


def pairs(want: list[str], got: list[str], match) -> int:
    """How many labelled items pair one-to-one with found items (greedy, in label order)."""
    free = list(got)
    paired = 0
    for w in want:
        for i, g in enumerate(free):
            if match(w, g):
                paired += 1
                del free[i]
                break
    return paired


def fact_right(name: str, want, got) -> bool:
    if name in LIST_FACTS:
        want, got = list(want or []), list(got or [])
        match = phones_match if name == "phone" else items_match
        return len(want) == len(got) and pairs(want, got, match) == len(want)
    if name == "mode":
        return set(want or []) == set(got or [])
    if want is None or got is None:
        return want is None and got is None
    if name == "agency":
        return items_match(want, got)
    return texts_overlap(want, got)


@dataclass
class FactScore:
    right: int = 0
    total: int = 0
    labelled_items: int = 0
    given_items: int = 0
    paired_items: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def recall(self) -> float | None:
        return self.paired_items / self.labelled_items if self.labelled_items else None

    @property
    def precision(self) -> float | None:
        return self.paired_items / self.given_items if self.given_items else None


@dataclass
class KeyFactScores:
    facts: dict[str, FactScore] = field(default_factory=lambda: {f: FactScore() for f in FACTS})
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)  # id, fact, label, got
    count: int = 0


def labelled(items: Iterable[dict]) -> list[dict]:
    return [item for item in items if isinstance(item.get("labels", {}).get("key_facts"), dict)]


def score_key_facts(items: Iterable[dict], answer: Callable[[dict], dict | None] = normalized,
                    facts: tuple[str, ...] = FACTS) -> KeyFactScores:
    """`answer(item)` gives the facts scored against `item["labels"]["key_facts"]` (the normalizer's
    output, or another reader's key facts); a record it has no answer for (None) is left out."""
    scores = KeyFactScores(facts={f: FactScore() for f in facts})
    for item in labelled(items):
        got = answer(item)
        if got is None:
            continue
        scores.count += 1
        labels = item["labels"]["key_facts"]
        for name in facts:
            want, have = labels.get(name), got.get(name)
            s = scores.facts[name]
            s.total += 1
            right = fact_right(name, want, have)
            s.right += right
            if name in LIST_FACTS:
                match = phones_match if name == "phone" else items_match
                s.labelled_items += len(want or [])
                s.given_items += len(have or [])
                s.paired_items += pairs(list(want or []), list(have or []), match)
            if not right:
                scores.misses.append((item.get("id", "?"), name, want, have))
    return scores
