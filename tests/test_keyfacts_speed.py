"""The shortcuts pipelines/keyfacts.py takes for speed never change what it finds.

Speed itself is measured in bench/ only. What is held here: each gate (a cheap search for a word every match of a
slow pattern holds) is necessary — wherever the slow pattern matches, its gate matches too — on every sentence and
line of the dev texts of tests/data/real_notices, and the fast path for an empty text gives what the finders give.
A pattern edited without its gate fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines import keyfacts as kf
from pipelines.text import simplify

CORPUS = Path(__file__).parent / "data" / "real_notices" / "notices.jsonl"


def _dev_texts() -> list[str]:
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [simplify(r.get("text") or "") for r in records if r.get("split") == "dev"]


TEXTS = _dev_texts()
LINES = [line for text in TEXTS for line in kf._lines(text)]
BODIES = [body for text in TEXTS for body in kf._bodies(text)]
SENTENCES = [s.strip() for body in BODIES for s in kf._split_outside_brackets(body, kf._SENTENCE_END)]


def _necessary(pattern, gate, strings) -> list[str]:
    """The strings the pattern matches and the gate misses (none if the gate is necessary)."""
    return [s for s in strings if pattern.search(s) and not gate(s)]


def test_the_corpus_gives_strings_to_check():
    assert len(TEXTS) > 100 and len(SENTENCES) > 1000


@pytest.mark.parametrize("k", range(len(kf._PLACE_SENTENCES)))
def test_each_place_shape_has_a_necessary_gate(k):
    pattern, gate = kf._PLACE_SENTENCES[k]
    assert _necessary(pattern, gate.search, SENTENCES) == []
    assert _necessary(pattern, kf._ANY_PLACE_GATE.search, SENTENCES) == []


@pytest.mark.parametrize("pattern, gate", [
    (kf._PLACE_LABEL, kf._LABEL_WORD.search),
    (kf._PLACE_LIST_SENTENCE, lambda s: "地点" in s),
    (kf._PLACE_LIST_HEADING, kf._LIST_HEADING_END.search),
    (kf._MATERIAL_HEADING, kf._MATERIAL_NOUN.search),
    (kf._BRING, kf._BRING_VERB.search),
    (kf._MATERIAL_LABEL, kf._MATERIAL_VISIT.search),
    (kf._PROXY_LABEL, kf._MATERIAL_VISIT.search),
    (kf._MATERIALS_INCLUDE, kf._MATERIAL_VISIT.search),
    (kf._FEE, kf._FEE_WORD.search),
    (kf._ELECTRONIC, lambda s: "电子" in s or "打印" in s),
    (kf._URL, lambda s: "://" in s or "www." in s),
    (kf._MAILED_DOCUMENTS, lambda s: "寄" in s or "快递" in s),
    (kf._ITEM_VERB, kf._ITEM_VERB_WORD.search),
    (kf._DATE_HEAD, lambda s: "日" in s or "号" in s),
], ids=lambda p: getattr(p, "pattern", "gate")[:20])
def test_each_gate_is_necessary(pattern, gate):
    assert _necessary(pattern, gate, SENTENCES + BODIES) == []


def test_a_line_read_for_places_or_materials_is_one_that_can_give_one():
    for body in BODIES:
        sentences = [s.strip() for s in kf._split_outside_brackets(body, kf._SENTENCE_END)]
        if any(kf._PLACE_LABEL.match(s) or next(kf._place_matches(s), None) for s in sentences) \
                or kf._PLACE_LABEL.match(body):
            assert kf._may_give_place(body), body
        if kf._BRING.search(body) or kf._MATERIAL_HEADING.search(body) or kf._MATERIAL_LABEL.match(body):
            assert kf._MATERIAL_VISIT.search(body), body


def test_a_deadline_in_a_sentence_is_one_in_the_joined_lines():
    for text in TEXTS:
        if any(kf._DEADLINE.search(s) for s in kf._sentences(text)):
            assert kf._DEADLINE.search(kf._joined(text))


def test_sentences_are_the_stripped_pieces_of_each_line():
    for text in TEXTS:
        want = [s.strip() for line in kf._lines(text) for s in kf._SENTENCE_END.split(line) if s.strip()]
        assert list(kf._sentences(text)) == want


def test_bodies_are_the_lines_without_their_numbering():
    for text in TEXTS:
        assert list(kf._bodies(text)) == [kf._NUMBERING.sub("", line) for line in kf._lines(text)]


def test_no_text_gives_what_the_finders_give():
    places = kf.find_places("")
    assert kf.key_facts("") == {
        "place": places, "materials": kf.find_materials(""), "phone": kf.find_phones(""),
        "mode": kf.find_modes("", places), "fee": kf.find_fee(""), "deadline_rule": kf.find_deadline_rule(""),
        "agency": kf.find_agency(""),
    }
    assert kf.key_facts("")["place"] is not kf.key_facts("")["place"]  # fresh lists: a caller may change them
