"""The crawler's network boundary: every request and every redirect hop is checked here.

- Only http and https.
- The host must resolve to public addresses only: no loopback, private, link-local (the cloud
  metadata address 169.254.169.254), shared, reserved or multicast ranges. Checked after name
  resolution, so a public-looking name that points inside is refused too.
- List and detail pages stay on the source's own registered domains (the spider's
  `allowed_domains`). Scrapy's own offsite middleware is off: it drops requests when they are
  scheduled, where no errback runs and nothing would record the loss; refused here, at download
  time, every refusal reaches the spider's errback and becomes a reject.

Redirects come back through the scheduler as new requests, so each hop passes process_request
again. In replica mode (REPLICA_URL) the checks run against the real URL, with names resolved by
a stub (`NOTICES_HOST_ADDRESSES`, host -> address; unlisted names count as public) because a
replica crawl must not look real names up. Written by hand because Scrapy has no address
filter and the SSRF-guard packages wrap requests/urllib3, not Twisted.

Known limit: the connection resolves the name again after this check (DNS rebinding could
answer differently); the check still stops redirects to literal inside addresses and names
that point inside.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract
from scrapy.dupefilters import RFPDupeFilter
from scrapy.exceptions import IgnoreRequest

ALLOWED_SCHEMES = ("http", "https")
# Offline: the public suffix list bundled with tldextract, never fetched at run time.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=())


class RefusedRequest(IgnoreRequest):
    """A request the network boundary refused; `reason` is the reject reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


# Cached (here and below): every request and redirect hop asks again for the same few hosts,
# and tldextract and ipaddress cost ~60 µs a request together (1.2 s of a 20,000-page crawl's
# single core, bench/crawl_scale.py). All three are pure functions of their argument.
@lru_cache(maxsize=4096)
def registered_domain(url_or_host: str) -> str:
    """`https://rst.hubei.gov.cn/x` -> `hubei.gov.cn`; the host itself when it has no suffix."""
    host = urlsplit(url_or_host).hostname if "//" in url_or_host else url_or_host
    parts = _EXTRACT(host or "")
    return parts.top_domain_under_public_suffix or (host or "")


@lru_cache(maxsize=4096)
def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@lru_cache(maxsize=4096)
def system_addresses(host: str) -> tuple[str, ...]:
    """Every address the system resolver gives for `host` (cached: one lookup per host per crawl)."""
    return tuple(sorted({info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)}))


@lru_cache(maxsize=4096)
def literal_address(host: str) -> str | None:
    """`host` as a normalised IP address when it is one (1.2.3.4, [::1]), else None."""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


def refusal(url: str, resolve: Callable[[str], tuple[str, ...]]) -> tuple[str, str] | None:
    """Why `url` may not be fetched, as (reason, detail), or None when it may."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as error:
        return "bad_url", str(error)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return "unsafe_scheme", parts.scheme
    if not host:
        return "bad_url", "no host"
    literal = literal_address(host)
    if literal:
        addresses = (literal,)
    else:
        try:
            addresses = resolve(host)
        except OSError as error:
            return "dns_lookup_failed", f"{host}: {error}"
    inside = [a for a in addresses if not is_public_address(a)]
    if inside or not addresses:
        return "non_public_address", f"{host} -> {', '.join(inside) or 'nothing'}"
    return None


def replica_refusal(url: str) -> str | None:
    """Why `url` may not serve as the crawl's replica (REPLICA_URL), or None when it may: only an
    http(s) server on this machine's loopback, where `notices replica serve` listens. A replica
    answers for every real site, so an inside address given as one (169.254.169.254, 10/8; a
    scrapyd job's `replica` argument) would be reached with every request of the crawl."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return f"{url!r} is not an http(s) URL"
    if host == "localhost":
        return None
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    return None if loopback else f"{host or url!r} is not a loopback address"


def stub_resolver(addresses: dict[str, str]) -> Callable[[str], tuple[str, ...]]:
    """Replica mode: the listed names resolve as given; every other name counts as public."""
    public_placeholder = "93.184.216.34"

    def resolve(host: str) -> tuple[str, ...]:
        return (addresses.get(host.lower(), public_placeholder),)

    return resolve


class NetworkBoundaryMiddleware:
    """Downloader middleware refusing non-http(s) URLs and non-public addresses, hop by hop."""

    def __init__(self, crawler, resolve: Callable[[str], tuple[str, ...]]) -> None:
        self.crawler = crawler
        self.resolve = resolve

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        stub = settings.getdict("NOTICES_HOST_ADDRESSES")
        replica = settings.get("REPLICA_URL")
        refused = replica and replica_refusal(replica)
        if refused:
            raise ValueError(f"REPLICA_URL refused: {refused} (a replica must listen on 127.0.0.1)")
        return cls(crawler, stub_resolver(stub) if (replica or stub) else system_addresses)

    def process_request(self, request, spider=None):
        refused = refusal(request.url, self.resolve) or self.offsite(request.url)
        if refused:
            reason, detail = refused
            self.crawler.stats.inc_value(f"notices/refused/{reason}")
            raise RefusedRequest(reason, detail)
        return None


    def offsite(self, url: str) -> tuple[str, str] | None:
        allowed = getattr(self.crawler.spider, "allowed_domains", None)
        host = urlsplit(url).hostname or ""
        if not allowed or registered_domain(host) in allowed:
            return None
        return "offsite", f"{host} is not on {', '.join(allowed)}"


class RedirectAwareDupeFilter(RFPDupeFilter):
    """Scrapy's duplicate filter, except that a redirect hop is never dropped as a duplicate.

    A loop (A -> B -> A) used to end silently: the hop back to A was filtered as already seen.
    Let through, the loop runs into REDIRECT_MAX_TIMES, Scrapy's redirect middleware raises
    "max redirections reached", and the errback records a `redirect_loop` reject. The hop is
    still checked by the offsite and network-boundary middlewares (its dont_filter is unset).
    """

    def request_seen(self, request) -> bool:
        if request.meta.get("redirect_times"):
            return False
        return super().request_seen(request)
