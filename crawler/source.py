"""A source as the registry declares it (crawler/registry.yaml, loaded by crawler/registry.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPLICAS_DIR = Path(__file__).with_name("replicas")
DEFAULT_CADENCE_HOURS = 6.0  # `notices schedule` crawls a source this often unless it says otherwise


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    kind: str
    family: str
    home_url: str
    start_urls: tuple[str, ...]
    list: dict[str, Any]
    detail: dict[str, Any]
    confidence: str
    province: str | None = None
    pagination: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"
    note: str = ""
    cadence_hours: float = DEFAULT_CADENCE_HOURS  # how often `notices schedule` crawls it
    # A start URL that is a channel page (广西 /ksxm/zyzglks/) rather than a list: `links` selects
    # the sub-column links it holds, each then read as a list (its rows, its own pager).
    channel: dict[str, Any] = field(default_factory=dict)

    @property
    def max_pages(self) -> int:
        return int(self.pagination.get("max_pages", 1))

    @property
    def replica_dir(self) -> Path:
        return REPLICAS_DIR / self.id
