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


# Government hosts: `*.gov.cn` (every mainland office, 人社 and 财政 bureaus, 考试院) and `*.gov`. Judgement call 1
# of the real-notice corpus: an office's own procedure and FAQ pages are notices, a training site's explainer of the
# same procedure is not; the host tells them apart where the text alone cannot (`如何申请…证书直邮?`).
_GOVERNMENT_SUFFIXES = (".gov.cn", ".gov")


def is_government_page(url) -> bool:
    """Whether `url` is an http(s) page on a government host."""
    if not isinstance(url, str) or "gov" not in url.lower():  # (the str test first: most pages are not)
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    host = "." + (parts.hostname or "").rstrip(".")  # (`gov.cn` itself is one too)
    return parts.scheme.lower() in WEB_SCHEMES and host.endswith(_GOVERNMENT_SUFFIXES)
