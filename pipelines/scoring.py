"""Scoring the normalizer on labelled notices: the one place for label fields and targets.

Used by `bench/accuracy.py` (prints the tables) and the tests (which hold the targets). A
labelled record is `{"id", "text", "listed_date", "source_url", "labels": {...}}` as in
`../shared/eval/README.md`; every labelled field is scored three ways:
- accuracy: the output equals the label (a null label must get a null);
- recall: of the records with a non-null label, the share the output gets right;
- precision: of the records where the output gives a value, the share that equals the label.
The window's days are also counted as a reader of our notice page meets them (`shown`): read, or, where no window
was read, given by one of the dated sentences the page quotes instead (`pipelines/window_lines.py`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.normalize import normalize_record
from pipelines.window_lines import quotes_day

LABELLED_FIELDS = ("is_cert_notice", "kind", "exam", "specialty", "province", "city", "year", "batch",
                   "batch_month", "published", "window_start", "window_end", "window_rule")
# The window's days, counted as shown too (`Scores.shown`)
WINDOW_FIELDS = ("window_start", "window_end")
# Accuracy the shared dev set must keep (tests/test_norm_record.py).
DEV_TARGETS = {"is_cert_notice": 0.97, "kind": 0.97, "province": 0.95, "city": 0.95, "exam": 0.95,
               "year": 0.95, "batch": 0.95, "published": 0.95, "window_start": 0.95, "window_end": 0.95}
# Where the labelled dev set lives: $CERTNOTICES_EVAL, else ../shared/eval beside the repository.
EVAL_ENV = "CERTNOTICES_EVAL"
REPO = Path(__file__).resolve().parents[1]


def eval_path(explicit: str | Path | None = None) -> Path:
    """The shared dev set's path (not checked for existence: a missing file must fail loudly)."""
    if explicit:
        return Path(explicit)
    if os.environ.get(EVAL_ENV):
        return Path(os.environ[EVAL_ENV])
    return REPO.parent / "shared" / "eval" / "notices-dev.jsonl"


def load_labelled(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def to_record(item: dict) -> dict:
    """The `notices normalize` input for a labelled record."""
    return {"text": item["text"], "listed_date": item.get("listed_date"),
            "source_region": item.get("source_region"), "url": item.get("source_url")}


@dataclass
class FieldScore:
    right: int = 0
    total: int = 0
    labelled: int = 0
    labelled_right: int = 0
    given: int = 0
    given_right: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def recall(self) -> float | None:
        return self.labelled_right / self.labelled if self.labelled else None

    @property
    def precision(self) -> float | None:
        return self.given_right / self.given if self.given else None


@dataclass
class Scores:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in LABELLED_FIELDS})
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)  # id, field, label, got
    count: int = 0
    # labelled window days a reader is shown: read, or quoted where no window was read (`window_shown`)
    shown: dict[str, int] = field(default_factory=lambda: dict.fromkeys(WINDOW_FIELDS, 0))

    def shown_recall(self, name: str) -> float | None:
        labelled = self.fields[name].labelled
        return self.shown[name] / labelled if labelled else None


def is_given(value) -> bool:
    # `False` and "other" are answers too, but recall/precision are about values found in a text.
    return value is not None and value is not False and value != "other"


def normalized(item: dict) -> dict:
    """What the normalizer answers for a labelled record (the usual `answer` of `score`)."""
    return normalize_record(to_record(item))


def score(items: Iterable[dict], answer: Callable[[dict], dict | None] = normalized,
          fields: tuple[str, ...] = LABELLED_FIELDS) -> Scores:
    """`answer(item)` gives the values scored against `item["labels"]`: the normalizer's output, or
    another reader's labels (how often two readers agree: bench/accuracy.py). A record it has no
    answer for (None) is left out."""
    scores = Scores(fields={f: FieldScore() for f in fields})
    for item in items:
        got = answer(item)
        if got is None:
            continue
        scores.count += 1
        for name in fields:
            want, have = item["labels"].get(name), got.get(name)
            s = scores.fields[name]
            s.total += 1
            right = want == have
            s.right += right
            if is_given(want):
                s.labelled += 1
                s.labelled_right += right
                if name in scores.shown and window_shown(got, want, right):
                    scores.shown[name] += 1
            if is_given(have):
                s.given += 1
                s.given_right += right
            if not right:
                scores.misses.append((item.get("id", "?"), name, want, have))
    return scores


def window_shown(got: dict, day: str, read: bool) -> bool:
    """Whether a labelled window `day` reaches the reader of the answer `got`: read (`read`), or, where no window was
    read, given by one of the sentences quoted instead (`date_lines`)."""
    if read:
        return True
    if got.get("window_start") is not None or got.get("window_end") is not None:
        return False  # (a window read, and wrong: the page shows it, not the sentences)
    return quotes_day(got.get("date_lines") or [], day)


# A second, independent reading of the corpus (tests/data/real_notices/README.md, "Two readers"): the
# fields and key facts a second reader labelled, blind to the first reader's labels and to our output.
SECOND_READ_FIELDS = ("is_cert_notice", "kind", "exam", "province", "city", "year", "published",
                      "window_start", "window_end", "window_rule")
SECOND_READ_FACTS = ("place", "materials", "mode")


def readings_by_id(readings: Iterable[dict]) -> dict[str, dict]:
    """`{id: labels}` of a reading file (one `{"id", "labels"}` a line)."""
    return {r["id"]: r["labels"] for r in readings}


def first_reading(items: Iterable[dict], adjudications: Iterable[dict]) -> list[dict]:
    """The records as the first reader labelled them: each adjudicated label put back to its first value
    (an adjudication row is `{"id", "field", "first", "second", "decided", "why"}`; a key fact's field is
    `key_facts.<fact>`)."""
    firsts: dict[str, dict[str, object]] = {}
    for row in adjudications:
        firsts.setdefault(row["id"], {})[row["field"]] = row["first"]
    out = []
    for item in items:
        back = firsts.get(item["id"])
        if back:
            labels = dict(item["labels"])
            if isinstance(labels.get("key_facts"), dict):
                labels["key_facts"] = dict(labels["key_facts"])
            for name, value in back.items():
                if name.startswith("key_facts."):
                    # (a record whose key facts the adjudication took away altogether gets back the first reader's)
                    labels.setdefault("key_facts", {})[name.split(".", 1)[1]] = value
                else:
                    labels[name] = value
            item = {**item, "labels": labels}
        out.append(item)
    return out
