"""Scrapy's RetryMiddleware, honouring a server's Retry-After on 429 and 503.

Scrapy retries those at once; a government site that says "come back in 30 s" is then asked
again within milliseconds, which is what gets crawlers blocked. Written by hand because Scrapy
has no such option. A wait longer than NOTICES_RETRY_AFTER_MAX seconds is not waited for: the
request fails (a reject with the status) and the next crawl tries again.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware

RETRY_AFTER_STATUSES = {429, 503}


def retry_after_seconds(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date); None if unreadable."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("NOTICES_RETRY_AFTER_MAX", 60.0)

    async def process_response(self, request, response, spider=None):
        if response.status in RETRY_AFTER_STATUSES and not request.meta.get("dont_retry", False):
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if wait is not None:
                if wait > self.max_wait:
                    return response  # fails as an HTTP error: recorded, tried next crawl
                await asyncio.sleep(wait)
        return super().process_response(request, response)
