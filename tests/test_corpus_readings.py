"""The real-notice corpus as data: its split rule, its second reading and the adjudication of the two readers'
differences (tests/data/real_notices/README.md). These are facts about files, checked so that a later edit of
the labels cannot silently undo an adjudication or move a record between splits."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipelines.keyfacts_scoring import fact_right
from pipelines.scoring import SECOND_READ_FACTS, SECOND_READ_FIELDS, first_reading, load_labelled, readings_by_id

CORPUS_DIR = Path(__file__).parent / "data" / "real_notices"
CORPUS = load_labelled(CORPUS_DIR / "notices.jsonl")
SECOND = load_labelled(CORPUS_DIR / "second_reading.jsonl")
ADJUDICATION = load_labelled(CORPUS_DIR / "adjudication.jsonl")
CORPUS_LABELS = {r["id"]: r["labels"] for r in CORPUS}
SECOND_LABELS = readings_by_id(SECOND)


def split_of(site: str) -> str:
    return "test" if int(hashlib.sha1(site.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def test_every_record_sits_in_the_split_its_site_gives():
    moved = [(r["id"], r["site"], r["split"]) for r in CORPUS if r["split"] != split_of(r["site"])]
    assert moved == []


def test_the_second_reading_covers_the_corpus_once():
    ids = [r["id"] for r in SECOND]
    assert len(ids) == len(set(ids))
    assert set(ids) == {r["id"] for r in CORPUS}
    for reading in SECOND:
        assert set(SECOND_READ_FIELDS) <= set(reading["labels"]), reading["id"]


def differences(labels: dict, second: dict) -> set[str]:
    """The fields (and `key_facts.<fact>`) where two readings differ, judged as the bench judges them."""
    out = {name for name in SECOND_READ_FIELDS if labels.get(name) != second.get(name)}
    if isinstance(labels.get("key_facts"), dict):
        theirs = second.get("key_facts") or {}
        out |= {f"key_facts.{fact}" for fact in SECOND_READ_FACTS
                if not fact_right(fact, labels["key_facts"].get(fact), theirs.get(fact))}
    return out


def test_every_difference_of_the_two_readers_was_adjudicated_once():
    first = {r["id"]: r["labels"] for r in first_reading(CORPUS, ADJUDICATION)}
    rows = [(row["id"], row["field"]) for row in ADJUDICATION]
    assert len(rows) == len(set(rows))
    wanted = {(id_, name) for id_, labels in first.items() for name in differences(labels, SECOND_LABELS[id_])}
    assert set(rows) == wanted


def label(labels: dict, name: str):
    """A field's label, or a key fact's (`key_facts.<fact>`; None where the reading gave no key facts)."""
    if name.startswith("key_facts."):
        return (labels.get("key_facts") or {}).get(name.split(".", 1)[1])
    return labels[name]


@pytest.mark.parametrize("row", ADJUDICATION, ids=lambda row: f"{row['id']}-{row['field']}")
def test_the_corpus_holds_each_decision_and_says_why(row):
    assert label(CORPUS_LABELS[row["id"]], row["field"]) == row["decided"]
    assert row["why"].strip()
    # the first value is the first reader's: the second reading never wrote into the corpus by itself
    assert label(SECOND_LABELS[row["id"]], row["field"]) == row["second"]


def test_the_adjudication_file_is_one_json_object_a_line():
    for line in (CORPUS_DIR / "adjudication.jsonl").read_text(encoding="utf-8").splitlines():
        assert set(json.loads(line)) == {"id", "field", "first", "second", "decided", "why"}
