"""Serve the bundled replica sites on 127.0.0.1 and map the real hosts onto them.

Each ``crawler/replicas/<source_id>/replica.yaml`` may set:
- ``charset``: the charset sent in Content-Type (``utf-8``, ``gbk``; ``null`` sends none);
- ``robots: html``: /robots.txt answers an HTML page with 200, as hebpta, rst.nmg and rst.ln do;
- ``waf: 412``: every page answers a 瑞数-style 412 challenge (an obfuscated script and a
  Set-Cookie) unless the request carries the cookie only the challenge's JavaScript computes;
- ``statuses``: ``{"/path": 502}`` fixed answers for some paths.

Replica days (``crawler/replicas/_days/``, its README): day N lays the overlays of day 2 … N over
the bundled replicas (``dayN/<source_id>/<host>/<path>`` adds or replaces a page) and applies
``dayN.yaml``'s per-source overrides of replica.yaml; ``day_today(N)`` is that day's date.

The replica server is a small standard-library HTTP server: it picks the site by the request's
``Host`` header, so a crawl keeps the real URLs end to end and only the transport is redirected
(what an /etc/hosts entry would do). ``ReplicaDownloadHandler`` is the crawler side: with the
``REPLICA_URL`` setting it sends every http/https request to the replica, real ``Host`` kept,
and hands the response back under the real URL, so the engine, robots.txt, the HTTP cache, the
dupefilter and our pipelines all see what they would see in production.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import yaml
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

from crawler.faults import FaultPlan, serve_fault
from crawler.source import REPLICAS_DIR

logger = logging.getLogger(__name__)

# 瑞数 (RiverSecurity) sets the "S" cookie itself and computes the "T" cookie in JavaScript:
# a crawler without a JS engine never gets past the 412, which is what the replica reproduces.
WAF_COOKIE_S, WAF_COOKIE_T = "FSSBBIl1UgzbN7N80S", "FSSBBIl1UgzbN7N80T"
WAF_CHALLENGE = (
    b'<!DOCTYPE html><html><head><meta charset="utf-8"><meta id="9DhefwqGPrzGxEp9hPaoag" '
    b'content="replica-challenge-sample-data"><script>var $_ts=window[\'$_ts\'];if(!$_ts)$_ts={};'
    b"$_ts.nsd=10243;$_ts.cd='qhyqrrAlD0qXcGaolqWDpqAGDq3mrGQHDqVFcGwGcs';</script>"
    b'<script src="/4QbVtADbnLVIc/c.FxJzG50F.7e5e3d8.js" charset="utf-8"></script></head><body></body></html>'
)
ROBOTS_AS_HTML = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="certnotices-replica" content="sample data">'
    "<title>首页</title></head><body><div id=\"app\"></div><script src=\"/static/js/app.js\"></script></body></html>"
).encode("utf-8")

HTML_SUFFIXES = {".html", ".htm", ".shtml", ".asp", ".aspx", ".jsp", ".vm", ".ks", ".php", ""}


# --------------------------------------------------------------------------- server side


@dataclass(frozen=True)
class HostSite:
    root: Path  # crawler/replicas/<source_id>/<host>
    config: dict


def replica_config(source_dir: Path) -> dict:
    """A replica folder's replica.yaml ({} when there is none)."""
    config_file = source_dir / "replica.yaml"
    return (yaml.safe_load(config_file.read_text("utf-8")) or {}) if config_file.exists() else {}


DAYS = "_days"  # replica days: not a source folder


def day_plan(day: int = 1, replicas_dir: Path = REPLICAS_DIR) -> dict:
    """Day N's YAML (``_days/dayN.yaml``) with the overrides of days 2 … N merged in order."""
    days = replicas_dir / DAYS
    last = max((int(m[1]) for p in days.glob("day*") if (m := re.fullmatch(r"day(\d+)", p.stem))), default=1)
    if day > last:
        raise ValueError(f"no replica day {day}: days 1 to {last} in {days}")
    plan: dict = {"today": None, "sources": {}, "overlays": []}
    for n in range(1, day + 1):
        config_file = days / f"day{n}.yaml"
        config = (yaml.safe_load(config_file.read_text("utf-8")) or {}) if config_file.exists() else {}
        plan["today"] = str(config.get("today") or plan["today"] or "") or None
        for source_id, overrides in (config.get("sources") or {}).items():
            plan["sources"].setdefault(source_id, {}).update(overrides or {})
        if (days / f"day{n}").is_dir():
            plan["overlays"].insert(0, days / f"day{n}")  # the latest day first
    return plan


def day_today(day: int, replicas_dir: Path = REPLICAS_DIR) -> str | None:
    """The "today" of replica day N (YYYY-MM-DD), for NOTICES_TODAY."""
    return day_plan(day, replicas_dir)["today"]


def index_sites(replicas_dir: Path = REPLICAS_DIR, day: int = 1) -> dict[str, list[HostSite]]:
    """Map each real host to the replica folders that hold pages for it, day N's overlays first."""
    plan = day_plan(day, replicas_dir)
    sites: dict[str, list[HostSite]] = {}
    for source_dir in sorted(p for p in replicas_dir.iterdir() if p.is_dir() and not p.name.startswith("_")):
        config = {**replica_config(source_dir), **plan["sources"].get(source_dir.name, {})}
        roots = [overlay / source_dir.name for overlay in plan["overlays"]] + [source_dir]
        for root in (r for r in roots if r.is_dir()):
            for host_dir in sorted(p for p in root.iterdir() if p.is_dir()):
                sites.setdefault(host_dir.name.lower(), []).append(HostSite(host_dir, config))
    return sites


QUERY_MARK = "%3F"  # an encoded "?": where the query starts in a replica file name


def query_in_name(query: str) -> str:
    """How a URL's query is kept in a replica file name; the generator and the readers use this.

    ``"?" + query`` percent-encoded, so ``list.aspx?page=2`` is stored as ``list.aspx%3Fpage=2``:
    ``?`` is forbidden in Windows file names, and so are ``/`` or ``:`` inside a query. ``=`` and
    ``&`` stay as they are (Windows allows them) to keep the long Hanweb proxy names under the
    255-byte name limit. The query is encoded as sent, never decoded first: a decoded ``path=/``
    would read as a folder, and ``%2F`` must stay distinct from ``/``.
    """
    return quote("?" + query, safe="=&") if query else ""


def resolve_file(site_root: Path, path: str, query: str) -> Path | None:
    """The file for a URL path and query, following the layout the generator writes."""
    relative = unquote(path).lstrip("/")
    if relative.endswith("/") or not relative:
        relative += "index.html"
    relative += query_in_name(query)
    candidate = (site_root / relative).resolve()
    if site_root.resolve() not in candidate.parents:
        return None  # a path escaping the replica folder
    return candidate if candidate.is_file() else None


def guess_content_type(name: str, body: bytes) -> str:
    """What the real server would send: APIs answer JSON or XML from extension-less or .jsp URLs."""
    head = body.lstrip()[:20]
    if head.startswith((b"{", b"[")):
        return "application/json"
    if head.startswith((b"<?xml", b"<datastore")):
        return "text/xml"
    plain_name = name.split("?")[0].split(QUERY_MARK)[0]  # a URL tail or a replica file name
    suffix = Path(plain_name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "text/html"
    return mimetypes.guess_type(plain_name)[0] or "application/octet-stream"


class ReplicaRequestHandler(BaseHTTPRequestHandler):
    server_version = "certnotices-replica"
    sites: dict[str, list[HostSite]] = {}
    faults: FaultPlan | None = None  # the seeded fault mode (crawler/faults.py), off by default

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        self._serve(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(send_body=False)

    def do_POST(self) -> None:  # noqa: N802 (Hanweb's jpage pager posts its form)
        length = int(self.headers.get("Content-Length") or 0)
        form = self.rfile.read(length).decode("latin-1") if length else ""
        self._serve(send_body=True, extra_query=form)

    def _serve(self, send_body: bool, extra_query: str = "") -> None:
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        parts = urlsplit(self.path)
        query = "&".join(q for q in (parts.query, extra_query) if q)
        sites = self.sites.get(host, [])
        config = sites[0].config if sites else {}
        if config.get("waf") == 412 and WAF_COOKIE_T not in (self.headers.get("Cookie") or ""):
            self._send(HTTPStatus.PRECONDITION_FAILED, WAF_CHALLENGE, "text/html; charset=utf-8", send_body,
                       [("Set-Cookie", f"{WAF_COOKIE_S}=replica{len(self.path)}; Path=/; HttpOnly")])
            return
        if parts.path in (config.get("statuses") or {}):
            status = int(config["statuses"][parts.path])
            self._send(status, f"<html><body>{status}</body></html>".encode(), "text/html", send_body)
            return
        if parts.path == "/robots.txt" and config.get("robots") == "html":
            self._send(HTTPStatus.OK, ROBOTS_AS_HTML, "text/html; charset=utf-8", send_body)
            return
        site, found = next(((site, f) for site in sites if (f := resolve_file(site.root, parts.path, query))),
                           (None, None))
        fault = self.faults.fault_for(host, self.path) if self.faults else None
        if fault and self._serve_fault(fault, found, site.config if site else config, f"{host}{self.path}"):
            return
        if found:
            self._send_file(found, site.config, send_body)
            return
        self.send_error(HTTPStatus.NOT_FOUND, f"no replica page for {host}{self.path}")

    def _serve_fault(self, fault: str, found: Path | None, config: dict, key: str) -> bool:
        body = found.read_bytes() if found else None
        content_type = self._content_type(found, body, config) if found else "text/html"
        return serve_fault(self, fault, body, content_type, config.get("charset", "utf-8"), self.faults.served, key)

    @staticmethod
    def _content_type(path: Path, body: bytes, config: dict) -> str:
        content_type = guess_content_type(path.name, body)
        charset = config.get("charset", "utf-8")
        if charset and content_type.startswith(("text/", "application/json", "application/xml")):
            content_type += f"; charset={charset}"
        return content_type

    def _send(self, status: int, body: bytes, content_type: str, send_body: bool, headers=()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _send_file(self, path: Path, config: dict, send_body: bool) -> None:
        body = path.read_bytes()
        # A strong validator from the content, as TRS and nginx send: a conditional request for
        # an unchanged page is answered 304, which is what makes re-crawls cheap.
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self._send(HTTPStatus.OK, body, self._content_type(path, body, config), send_body, [("ETag", etag)])

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (stdlib signature)
        logger.debug("replica: " + format, *args)


class ReplicaServer(ThreadingHTTPServer):
    # socketserver's default listen backlog is 5: a crawl of every source opens more connections
    # than that at once, the kernel refuses the rest, and Scrapy retries them after 1/3/7 s
    # (crawl times swung 8-36 s). 1024 is what the kernel caps it to by default anyway.
    request_queue_size = 1024
    daemon_threads = True


def make_replica_server(port: int = 0, replicas_dir: Path = REPLICAS_DIR,
                        faults: FaultPlan | None = None, day: int = 1) -> ThreadingHTTPServer:
    """A replica server bound to 127.0.0.1 (port 0 picks a free port), faulty when `faults` is set,
    serving replica day `day`."""
    handler = type("BoundReplicaHandler", (ReplicaRequestHandler,),
                   {"sites": index_sites(replicas_dir, day), "faults": faults})
    return ReplicaServer(("127.0.0.1", port), handler)


def start_replica_server(port: int = 0, replicas_dir: Path = REPLICAS_DIR,
                         faults: FaultPlan | None = None, day: int = 1) -> tuple[ThreadingHTTPServer, str]:
    """Start a replica server (replica day `day`) in a daemon thread; returns the server and its base URL."""
    server = make_replica_server(port, replicas_dir, faults, day)
    threading.Thread(target=server.serve_forever, name="replica-server", daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


# --------------------------------------------------------------------------- crawler side


class ReplicaDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's own HTTP/1.1 handler, with real hosts mapped onto ``REPLICA_URL`` when set."""

    lazy = False

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self.replica = (crawler.settings.get("REPLICA_URL") or "").rstrip("/")

    async def download_request(self, request):
        if not self.replica:
            return await super().download_request(request)
        real = urlsplit(request.url)
        target = self.replica + (real.path or "/") + (f"?{real.query}" if real.query else "")
        headers = request.headers.copy()
        headers["Host"] = real.netloc
        response = await super().download_request(request.replace(url=target, headers=headers))
        return response.replace(url=request.url, request=request)
