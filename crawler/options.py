"""Checks of options several commands share (`--source`, `--replica`), as click callbacks."""

from __future__ import annotations

import difflib
from urllib.parse import urlsplit

import click

from crawler.registry import load_registry
from crawler.safety import ALLOWED_SCHEMES, replica_refusal

# A bad option value is a usage error (click: one `Error:` line, exit 2) raised while the options
# are parsed, before a crawl or a re-parse starts: exit 1 means "database busy" and exit 3 "sources
# failed", and neither should stand for a typo.

SHOWN_SOURCE_IDS = 5


def unknown_sources_message(unknown: list[str], known: list[str]) -> str:
    """One line naming the unknown ids, a close match when there is one, a few known ids and
    where to see them all."""
    names = ", ".join(repr(u) for u in unknown)
    guesses = [g for u in unknown for g in difflib.get_close_matches(u, known, n=1)]
    shown = ", ".join(known[:SHOWN_SOURCE_IDS]) + (f", … {len(known)} in all" if len(known) > SHOWN_SOURCE_IDS else "")
    return (f"unknown source{'s' if len(unknown) > 1 else ''} {names}"
            + (f" (did you mean {', '.join(guesses)}?)" if guesses else "")
            + f"; known: {shown}; `notices sources` lists them")


def check_sources(ctx, param, value):
    """click callback for --source (one id or, repeatable, a tuple): every id must be registered."""
    given = value if isinstance(value, tuple) else ((value,) if value else ())
    known = [source.id for source in load_registry()]
    unknown = [source_id for source_id in given if source_id not in known]
    if unknown:
        raise click.BadParameter(unknown_sources_message(unknown, known))
    return value


def replica_url_problem(url: str) -> str | None:
    """Why `url` cannot be the crawl's replica, or None: an http(s) URL with a host and a valid
    port, on this machine (crawler/safety.py's rule, checked again when the crawl starts)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return f"{url!r} is not an http(s) URL"
    if not parts.hostname:
        return f"{url!r} has no host"
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:  # (urlsplit refuses ports over 65535 and non-numbers; 0 cannot be connected to)
        return f"{url!r} has no valid port (1-65535)"
    return replica_refusal(url)


def check_replica(ctx, param, value):
    """click callback for --replica."""
    problem = value is not None and replica_url_problem(value)
    if problem:
        raise click.BadParameter(f"{problem}: give the URL `notices replica serve` prints, "
                                 "e.g. http://127.0.0.1:8765")
    return value
