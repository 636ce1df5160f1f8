"""The registry validates, ids are unique, and every source has a replica."""

from __future__ import annotations

import copy

import pytest
import yaml

from crawler.evidence import EVIDENCE_DIR, GUESS, INFERRED, VERIFIED, Evidence, load_evidence
from crawler.registry import REGISTRY_PATH, RegistryError, load_registry, parse_registry

SOURCES = load_registry()


def raw_registry() -> dict:
    return yaml.safe_load(REGISTRY_PATH.read_text("utf-8"))


def test_ids_are_unique_and_read_like_their_site():
    ids = [s.id for s in SOURCES]
    assert len(ids) == len(set(ids))
    assert all(i == i.lower() and " " not in i for i in ids)


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_every_source_has_a_replica(source):
    assert source.replica_dir.is_dir(), f"no replica folder for {source.id}"
    assert (source.replica_dir / "replica.yaml").is_file()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda e: e.pop("start_urls"), "missing start_urls"),
        (lambda e: e.update(kind="mirror"), "kind must be one of"),
        (lambda e: e.update(confidence="sure"), "confidence must be one of"),
        (lambda e: e.update(start_urls=["/relative"]), "is not absolute"),
        (lambda e: e["list"].pop("row"), "list.row is required"),
        (lambda e: e.update(colour="red"), "unknown field"),
        (lambda e: e.update(channel={"follow": "a"}), "channel.links"),
    ],
)
def test_malformed_entries_fail_with_a_clear_message(mutate, message):
    data = raw_registry()
    entry = copy.deepcopy(data["sources"][0])
    mutate(entry)
    with pytest.raises(RegistryError, match=message):
        parse_registry({"sources": [entry]})


def test_duplicate_ids_are_refused():
    data = raw_registry()
    with pytest.raises(RegistryError, match="duplicate id"):
        parse_registry({"sources": [data["sources"][0], data["sources"][0]]})


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_confidence_is_what_the_evidence_says(source):
    evidence = load_evidence(source.id)
    assert (EVIDENCE_DIR / f"{source.id}.yaml").is_file(), f"{source.id} has no evidence file"
    assert source.confidence == evidence.confidence, (
        f"{source.id}: registry says {source.confidence}, its evidence says {evidence.confidence} "
        f"(corroborated: {', '.join(evidence.corroborated) or 'nothing'})")


def test_confidence_follows_the_rule():
    def item(part, agrees):
        return {"corroborates": [part], "agrees_with_registry": {part: agrees}}

    full = (item("start_url", True), item("list_markup", True), item("pagination", True))
    assert Evidence("x", full).confidence == VERIFIED
    assert Evidence("x", full[1:]).confidence == INFERRED
    assert Evidence("x", (item("start_url", True), item("pagination", True))).confidence == GUESS
    # evidence against the registry's list markup outweighs evidence for it ...
    assert Evidence("x", (*full, item("list_markup", False))).confidence == GUESS

    def dated(part, agrees, when):
        return {**item(part, agrees), "date": when}

    # ... unless newer dated evidence agrees (a redesign makes the older evidence stale)
    newer = (item("start_url", True), dated("list_markup", True, "2026-08-20"), item("pagination", True))
    assert Evidence("x", (*newer, dated("list_markup", False, "2019-08-08"))).confidence == VERIFIED
    assert Evidence("x", (*newer, dated("list_markup", False, "2026-10-01"))).confidence == GUESS
    assert Evidence("x", ()).confidence == GUESS


def test_our_own_material_is_never_evidence():
    for path in EVIDENCE_DIR.glob("*.yaml"):
        for piece in yaml.safe_load(path.read_text("utf-8")).get("evidence") or []:
            where = piece["where"]
            assert "certnotices" not in where and "shared/reference" not in where and "replicas/" not in where, where
