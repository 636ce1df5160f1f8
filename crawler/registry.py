"""Load and validate the source registry (crawler/registry.yaml)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from crawler.families import FAMILIES
from crawler.pagination import PAGINATORS
from crawler.source import REPLICAS_DIR, Source

__all__ = ["REGISTRY_PATH", "REPLICAS_DIR", "RegistryError", "Source", "get_source", "load_registry", "parse_registry"]

REGISTRY_PATH = Path(__file__).with_name("registry.yaml")

KINDS = {"official", "aggregator"}
CONFIDENCES = {"verified-structure", "inferred", "guess"}
# what each list format needs declared
LIST_FORMATS = {
    "html": ("row", "link"),
    "datastore": ("link",),
    "json": ("records", "link"),
    "script_json": ("script_var", "records", "link"),
}
REQUIRED = ("id", "name", "kind", "family", "home_url", "start_urls", "list", "detail", "confidence")


class RegistryError(ValueError):
    """The registry is malformed; the message names the source and the field."""


def _validate(entry: dict[str, Any], index: int) -> None:
    ident = entry.get("id", f"#{index}")
    # `detail: {}` is legitimate: the family's defaults (TRS metas) then do all the work.
    missing = [key for key in REQUIRED if entry.get(key) is None or (key != "detail" and not entry[key])]
    if missing:
        raise RegistryError(f"source {ident}: missing {', '.join(missing)}")
    if entry["kind"] not in KINDS:
        raise RegistryError(f"source {ident}: kind must be one of {sorted(KINDS)}")
    if entry["confidence"] not in CONFIDENCES:
        raise RegistryError(f"source {ident}: confidence must be one of {sorted(CONFIDENCES)}")
    for url in entry["start_urls"]:
        if not url.startswith(("http://", "https://")):
            raise RegistryError(f"source {ident}: start url {url!r} is not absolute")
    list_format = entry["list"].get("format", "html")
    if list_format not in LIST_FORMATS:
        raise RegistryError(f"source {ident}: list.format must be one of {sorted(LIST_FORMATS)}")
    for key in LIST_FORMATS[list_format]:
        if key not in entry["list"]:
            raise RegistryError(f"source {ident}: list.{key} is required")
    external = entry["list"].get("external")
    if external is not None and (list_format not in ("json", "script_json") or not isinstance(external, dict)
                                 or any(not external.get(k) for k in ("when", "equals", "link"))):
        raise RegistryError(f"source {ident}: list.external needs a JSON list and when, equals and link")
    if entry["family"] not in FAMILIES:
        raise RegistryError(f"source {ident}: unknown family {entry['family']!r}")
    scheme = (entry.get("pagination") or {}).get("scheme", "none")
    if scheme not in PAGINATORS:
        raise RegistryError(f"source {ident}: unknown pagination scheme {scheme!r}")
    channel = entry.get("channel")
    if channel is not None and not (isinstance(channel, dict) and channel.get("links")):
        raise RegistryError(f"source {ident}: channel.links (the sub-column link selector) is required")
    cadence = entry.get("cadence_hours", 6)
    if isinstance(cadence, bool) or not isinstance(cadence, (int, float)) or cadence <= 0:
        raise RegistryError(f"source {ident}: cadence_hours must be a positive number of hours")
    known = set(Source.__dataclass_fields__)
    unknown = set(entry) - known
    if unknown:
        raise RegistryError(f"source {ident}: unknown field(s) {', '.join(sorted(unknown))}")


def parse_registry(data: dict[str, Any]) -> list[Source]:
    entries = data.get("sources") or []
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        _validate(entry, index)
        if entry["id"] in seen:
            raise RegistryError(f"source {entry['id']}: duplicate id")
        seen.add(entry["id"])
        sources.append(Source(**{**entry, "start_urls": tuple(entry["start_urls"])}))
    return sources


@lru_cache(maxsize=4)
def load_registry(path: Path = REGISTRY_PATH) -> tuple[Source, ...]:
    with open(path, encoding="utf-8") as handle:
        return tuple(parse_registry(yaml.safe_load(handle)))


def get_source(source_id: str) -> Source:
    for source in load_registry():
        if source.id == source_id:
            return source
    raise KeyError(f"unknown source {source_id!r}; `notices sources` lists them")
