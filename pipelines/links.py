"""Which links we fetch, store and publish: http(s) only."""

from __future__ import annotations

import re
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


# Government hosts: `*.gov.cn` (every mainland office, 人社 and 财政 bureaus, 考试院) and `*.gov`. Judgement call 1
# of the real-notice corpus: an office's own procedure and FAQ pages are notices, a training site's explainer of the
# same procedure is not; the host tells them apart where the text alone cannot (`如何申请…证书直邮?`).
_GOVERNMENT_SUFFIXES = (".gov.cn", ".gov")
# A URL as pages give them: a scheme, `//`, a host of ASCII letters, digits, dots and dashes, then `/`, `?`, `#` or the end.
# For such a URL `urlsplit` gives that scheme (lower-cased) and the host as the whole netloc (no `@`, `:`, brackets or
# characters it drops or checks), whose `hostname` is the host lower-cased: read here without building the split (every
# page's URL is new to its cache). Any other shape goes through `urlsplit`. (No IGNORECASE: under it `[a-z]` takes `K`.)
_PLAIN_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://([A-Za-z0-9.-]*)(?:[/?#]|\Z)")


def is_government_page(url) -> bool:
    """Whether `url` is an http(s) page on a government host."""
    if not isinstance(url, str) or "gov" not in url.lower():  # (the str test first: most pages are not)
        return False
    url = url.strip()
    plain = _PLAIN_URL.match(url)
    if plain:
        return plain[1].lower() in WEB_SCHEMES and ("." + plain[2].lower().rstrip(".")).endswith(_GOVERNMENT_SUFFIXES)
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = "." + (parts.hostname or "").rstrip(".")  # (`gov.cn` itself is one too)
    return parts.scheme.lower() in WEB_SCHEMES and host.endswith(_GOVERNMENT_SUFFIXES)
