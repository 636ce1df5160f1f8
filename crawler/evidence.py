"""Independent evidence of each source's real structure (crawler/evidence/<source_id>.yaml).

Each piece of evidence is third-party public material — another project's route, scraper or
test fixture, a stored copy of the real page, an issue thread — never our own replicas or notes.
It says which parts of a source it shows (`corroborates`) and, per part, whether it agrees with
our registry entry as it is (`agrees_with_registry`: true / false / null when not shown).

A source's confidence is computed from it, not typed:
- verified-structure: start URL, list markup and pagination each corroborated by agreeing evidence;
- inferred: the list markup is;
- guess: otherwise.
A part that some evidence contradicts is not corroborated, unless newer dated evidence agrees
(the newest wins: sites are redesigned); otherwise the registry must be fixed first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

EVIDENCE_DIR = Path(__file__).with_name("evidence")
PARTS = ("start_url", "list_markup", "pagination", "detail_markup", "encoding")
VERIFIED, INFERRED, GUESS = "verified-structure", "inferred", "guess"


@dataclass(frozen=True)
class Evidence:
    source_id: str
    items: tuple[dict, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    def agreeing(self, part: str) -> int:
        """Pieces of evidence that show `part` and agree with the registry on it."""
        return sum(1 for item in self.items
                   if part in (item.get("corroborates") or []) and (item.get("agrees_with_registry") or {}).get(part) is True)

    def _dated(self, part: str, verdict: bool) -> list:
        return [str(item.get("date") or "") for item in self.items
                if part in (item.get("corroborates") or []) and (item.get("agrees_with_registry") or {}).get(part) is verdict]

    def contradicting(self, part: str) -> int:
        """Evidence against the registry on `part` that newer agreeing evidence does not overrule
        (where sources disagree the newest wins: a site redesign makes older evidence stale;
        undated evidence overrules nothing and is overruled by nothing)."""
        newest_agreeing = max((d for d in self._dated(part, True) if d), default="")
        return sum(1 for d in self._dated(part, False) if not (d and newest_agreeing and d < newest_agreeing))

    @property
    def corroborated(self) -> tuple[str, ...]:
        """Parts shown by agreeing evidence and contradicted by none that is current (where
        sources disagree, the registry is not taken as verified until the disagreement is settled)."""
        return tuple(part for part in PARTS if self.agreeing(part) and not self.contradicting(part))

    @property
    def confidence(self) -> str:
        parts = set(self.corroborated)
        if {"start_url", "list_markup", "pagination"} <= parts:
            return VERIFIED
        if "list_markup" in parts:
            return INFERRED
        return GUESS


@lru_cache(maxsize=256)
def load_evidence(source_id: str, folder: Path = EVIDENCE_DIR) -> Evidence:
    """A source's evidence; none (a guess) when it has no file."""
    path = folder / f"{source_id}.yaml"
    if not path.exists():
        return Evidence(source_id, ())
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return Evidence(source_id, tuple(data.get("evidence") or ()))
