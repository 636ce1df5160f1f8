"""Which links we fetch, store and publish: http(s) only."""

from __future__ import annotations

from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")


def is_web_link(url) -> bool:
    """An http(s) URL, whatever its case (never javascript:, data:, mailto:, file:, ...)."""
    if not isinstance(url, str):
        return False
    try:
        return urlsplit(url.strip()).scheme.lower() in WEB_SCHEMES
    except ValueError:
        return False
