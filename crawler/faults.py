"""A seeded fault mode for the replica server: the network and the sites at their worst.

`notices replica serve --faults SEED` (or `make_replica_server(faults=FaultPlan(SEED))`) answers
a seeded share of the page URLs with one fault each, the same URL always with the same fault,
so a crawl under faults can be compared with a clean one (tests/test_reliability.py):

slow            answers after FAULT_SLOW_SECONDS (past a short DOWNLOAD_TIMEOUT)
http_500        500 Internal Server Error
http_503        503 with Retry-After: 1
reset           closes the connection without answering
cut_length      declares the whole Content-Length, sends 30 % and closes
cut_no_length   no Content-Length, sends 30 % and closes (looks complete to a client)
wrong_charset   the page's bytes with the other charset declared (utf-8 <-> gbk)
empty           200 with an empty body
huge            the page padded past FAULT_HUGE_BYTES
redirect_loop   302 to a second URL that redirects back
redirect_inside 302 to the cloud metadata address
waf_412         a 412 challenge page
error_page      200 with a "system busy" HTML page instead of the notice

robots.txt is never faulted (Scrapy treats its failures as "allow all", which tests nothing).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field

FAULT_KINDS = (
    "slow", "http_500", "http_503", "reset", "cut_length", "cut_no_length", "wrong_charset",
    "empty", "huge", "redirect_loop", "redirect_inside", "waf_412", "error_page",
)
FAULT_SLOW_SECONDS = 4.0
FAULT_HUGE_BYTES = 400_000
ERROR_PAGE = "<html><head><meta charset='utf-8'><title>提示</title></head><body><p>系统繁忙，请稍后再试。</p></body></html>"
LOOP_MARK = "__fault_loop"


@dataclass
class FaultPlan:
    seed: str
    share: float = 0.3  # of page URLs
    kinds: tuple[str, ...] = FAULT_KINDS
    served: dict[str, str] = field(default_factory=dict)  # url -> fault, as served (for tests)

    def fault_for(self, host: str, path_and_query: str) -> str | None:
        if LOOP_MARK in path_and_query:
            return "loop_back"  # the second half of redirect_loop
        if path_and_query.startswith("/robots.txt"):
            return None
        digest = hashlib.sha256(f"{self.seed}\n{host}{path_and_query}".encode()).digest()
        if int.from_bytes(digest[:4], "big") / 2**32 >= self.share:
            return None
        return self.kinds[int.from_bytes(digest[4:8], "big") % len(self.kinds)]


def other_charset(charset: str | None) -> str:
    return "utf-8" if (charset or "utf-8").lower() in ("gbk", "gb2312", "gb18030") else "gbk"


def serve_fault(handler, fault: str, body: bytes | None, content_type: str, charset: str | None,
                served: dict[str, str], key: str) -> bool:
    """Answer the request with `fault` (noted in `served` under `key` first: a client that gives up
    on a slow page never sees the answer); False when the fault needs a page body and there is none."""
    needs_body = fault in ("cut_length", "cut_no_length", "wrong_charset", "huge")
    if needs_body and body is None:
        return False
    served[key] = fault
    if fault == "slow":
        time.sleep(FAULT_SLOW_SECONDS)
        try:
            handler._send(200, body or b"", content_type, True)
        except OSError:  # the client timed out and closed the connection, as intended
            handler.close_connection = True
    elif fault in ("http_500", "http_503"):
        headers = [("Retry-After", "1")] if fault == "http_503" else []
        handler._send(int(fault[-3:]), b"<html><body>error</body></html>", "text/html", True, headers)
    elif fault == "reset":
        handler.close_connection = True
        handler.connection.close()
    elif fault in ("cut_length", "cut_no_length"):
        cut = body[: int(len(body) * 0.3)]
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        if fault == "cut_length":
            handler.send_header("Content-Length", str(len(body)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(cut)
        handler.wfile.flush()
        handler.close_connection = True
        handler.connection.close()
    elif fault == "wrong_charset":
        plain = content_type.split(";")[0]
        handler._send(200, body, f"{plain}; charset={other_charset(charset)}", True)
    elif fault == "empty":
        handler._send(200, b"", content_type, True)
    elif fault == "huge":
        padding = b"<!-- " + b"x" * FAULT_HUGE_BYTES + b" -->"
        handler._send(200, body + padding, content_type, True)
    elif fault == "redirect_loop":
        separator = "&" if "?" in handler.path else "?"
        handler._send(302, b"", "text/html", True, [("Location", f"{handler.path}{separator}{LOOP_MARK}=1")])
    elif fault == "loop_back":
        back = handler.path.split(LOOP_MARK)[0].rstrip("?&")
        handler._send(302, b"", "text/html", True, [("Location", back)])
    elif fault == "redirect_inside":
        handler._send(302, b"", "text/html", True, [("Location", "http://169.254.169.254/latest/meta-data/")])
    elif fault == "waf_412":
        handler._send(412, b"<html><body><script>challenge()</script></body></html>", "text/html", True)
    elif fault == "error_page":
        handler._send(200, ERROR_PAGE.encode("utf-8"), "text/html; charset=utf-8", True)
    return True
