"""The registry validates, ids are unique, and every source has a replica."""

from __future__ import annotations

import copy

import pytest
import yaml

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
