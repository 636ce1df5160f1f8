"""Spider loader that builds one spider per registry entry (`scrapy list` prints source ids).

Built on demand rather than at import time, so a malformed registry entry fails the command
that needs it with a clear message instead of breaking every import.
"""

from __future__ import annotations

from crawler.registry import load_registry
from crawler.spiders.source import spider_class_for


class RegistrySpiderLoader:
    def __init__(self, settings) -> None:
        self._settings = settings

    @classmethod
    def from_settings(cls, settings):
        return cls(settings)

    def list(self) -> list[str]:
        return [source.id for source in load_registry()]

    def load(self, spider_name: str):
        for source in load_registry():
            if source.id == spider_name:
                return spider_class_for(source)
        raise KeyError(f"Spider not found: {spider_name}")

    def find_by_request(self, request) -> list[str]:
        return [name for name in self.list() if self.load(name).handles_request(request)]
