"""The shortcuts the key-fact finders (pipelines/keyfacts*.py) take for speed never change what they find.

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
from pipelines import (
    keyfacts_agency,
    keyfacts_clauses,
    keyfacts_deadline,
    keyfacts_fee,
    keyfacts_materials,
    keyfacts_mode,
    keyfacts_phone,
    keyfacts_place,
)
from pipelines.text import simplify

CORPUS = Path(__file__).parent / "data" / "real_notices" / "notices.jsonl"


def _dev_texts() -> list[str]:
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [simplify(r.get("text") or "") for r in records if r.get("split") == "dev"]


TEXTS = _dev_texts()
LINES = [line for text in TEXTS for line in keyfacts_clauses._lines(text)]
BODIES = [body for text in TEXTS for body in keyfacts_clauses._bodies(text)]
SENTENCES = [s.strip() for body in BODIES for s in keyfacts_clauses._split_outside_brackets(body, keyfacts_clauses._SENTENCE_END)]


def _necessary(pattern, gate, strings) -> list[str]:
    """The strings the pattern matches and the gate misses (none if the gate is necessary)."""
    return [s for s in strings if pattern.search(s) and not gate(s)]


def test_the_corpus_gives_strings_to_check():
    assert len(TEXTS) > 100 and len(SENTENCES) > 1000


@pytest.mark.parametrize("k", range(len(keyfacts_place._PLACE_SENTENCES)))
def test_each_place_shape_has_a_necessary_gate(k):
    pattern, gate = keyfacts_place._PLACE_SENTENCES[k]
    assert _necessary(pattern, gate.search, SENTENCES) == []
    assert _necessary(pattern, keyfacts_place._ANY_PLACE_GATE.search, SENTENCES) == []


@pytest.mark.parametrize("pattern, gate", [
    (keyfacts_place._PLACE_LABEL, keyfacts_place._LABEL_WORD.search),
    (keyfacts_place._PLACE_LIST_SENTENCE, lambda s: "地点" in s),
    (keyfacts_place._PLACE_LIST_HEADING, keyfacts_place._LIST_HEADING_END.search),
    (keyfacts_materials._MATERIAL_HEADING, keyfacts_materials._MATERIAL_NOUN.search),
    (keyfacts_materials._BRING, keyfacts_materials._BRING_VERB.search),
    (keyfacts_materials._MATERIAL_LABEL, keyfacts_materials._MATERIAL_VISIT.search),
    (keyfacts_materials._PROXY_LABEL, keyfacts_materials._MATERIAL_VISIT.search),
    (keyfacts_materials._MATERIALS_INCLUDE, keyfacts_materials._MATERIAL_VISIT.search),
    (keyfacts_fee._FEE, keyfacts_fee._FEE_WORD.search),
    (keyfacts_mode._ELECTRONIC, lambda s: "电子" in s or "打印" in s),
    (keyfacts_mode._URL, lambda s: "://" in s or "www." in s),
    (keyfacts_mode._MAILED_DOCUMENTS, lambda s: "寄" in s or "快递" in s),
    (keyfacts_materials._ITEM_VERB, keyfacts_materials._ITEM_VERB_WORD.search),
    (keyfacts_place._DATE_HEAD, lambda s: "日" in s or "号" in s),
    (keyfacts_place._LIST_HEADING_TAIL, keyfacts_place._may_close_with_list_heading),
    (keyfacts_fee._FEE, lambda s: any(word in s for word in keyfacts_fee._FEE_TEXT_WORDS)),
], ids=lambda p: getattr(p, "pattern", "gate")[:20])
def test_each_gate_is_necessary(pattern, gate):
    assert _necessary(pattern, gate, SENTENCES + BODIES) == []


def test_a_line_read_for_places_or_materials_is_one_that_can_give_one():
    for body in BODIES:
        sentences = [s.strip() for s in keyfacts_clauses._split_outside_brackets(body, keyfacts_clauses._SENTENCE_END)]
        if any(keyfacts_place._PLACE_LABEL.match(s) or next(keyfacts_place._place_matches(s), None) for s in sentences) \
                or keyfacts_place._PLACE_LABEL.match(body):
            assert keyfacts_place._may_give_place(body), body
        if keyfacts_materials._BRING.search(body) or keyfacts_materials._MATERIAL_HEADING.search(body) or keyfacts_materials._MATERIAL_LABEL.match(body):
            assert keyfacts_materials._MATERIAL_VISIT.search(body), body


def test_a_deadline_in_a_sentence_is_one_in_the_joined_lines():
    for text in TEXTS:
        if any(keyfacts_deadline._DEADLINE.search(s) for s in keyfacts_clauses._sentences(text)):
            assert keyfacts_deadline._DEADLINE.search(keyfacts_clauses._joined(text))


def test_sentences_are_the_stripped_pieces_of_each_line():
    for text in TEXTS:
        want = [s.strip() for line in keyfacts_clauses._lines(text) for s in keyfacts_clauses._SENTENCE_END.split(line) if s.strip()]
        assert list(keyfacts_clauses._sentences(text)) == want


def test_bodies_are_the_lines_without_their_numbering():
    for text in TEXTS:
        assert list(keyfacts_clauses._bodies(text)) == [keyfacts_clauses._NUMBERING.sub("", line) for line in keyfacts_clauses._lines(text)]


def test_no_text_gives_what_the_finders_give():
    places = keyfacts_place.find_places("")
    assert kf.key_facts("") == {
        "place": places, "materials": keyfacts_materials.find_materials(""), "phone": keyfacts_phone.find_phones(""),
        "mode": keyfacts_mode.find_modes("", places), "fee": keyfacts_fee.find_fee(""), "deadline_rule": keyfacts_deadline.find_deadline_rule(""),
        "agency": keyfacts_agency.find_agency(""),
    }
    assert kf.key_facts("")["place"] is not kf.key_facts("")["place"]  # fresh lists: a caller may change them
