"""Log lines an operator can read: an expected network failure is one line, not a traceback.

Scrapy's robots.txt and retry middlewares log a dead site's connection errors with the whole
traceback; under cron that buried the one line per source that says what failed. The filter
keeps the record and its message and drops the traceback, for network failures only: a bug in
our code still logs its traceback.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from twisted.internet.error import ConnectError, ConnectionLost, TimeoutError
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

# Scrapy 2.19 wraps Twisted's network errors in its own Download* exceptions; both are listed.
EXPECTED = (
    ConnectError, ConnectionLost, TimeoutError, ResponseFailed, ResponseNeverReceived, IgnoreRequest, OSError,
    CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError, DownloadFailedError,
    DownloadTimeoutError, ResponseDataLossError,
)


def expected_failure(record: logging.LogRecord) -> bool:
    if record.exc_info and isinstance(record.exc_info[1], EXPECTED):
        return True
    failure = getattr(record, "failure", None) or (record.args.get("failure") if isinstance(record.args, dict) else None)
    return isinstance(failure, Failure) and failure.check(*EXPECTED) is not None


class QuietNetworkErrors(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if expected_failure(record):
            record.exc_info = None
            record.exc_text = None
        return True


# The loggers that print network failures with tracebacks. Filters go on these loggers, not on
# Scrapy's root handler, which Scrapy replaces for every crawler it starts.
NOISY_LOGGERS = ("scrapy.downloadermiddlewares.robotstxt", "scrapy.downloadermiddlewares.retry",
                 "scrapy.core.scraper", "scrapy.core.engine", "scrapy.core.downloader.handlers.http11")


def quiet_network_tracebacks() -> None:
    for name in NOISY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, QuietNetworkErrors) for f in logger.filters):
            logger.addFilter(QuietNetworkErrors())
