"""Per-source progress on a terminal while `notices crawl` runs (rich), off under cron.

One line per source, updated as the crawl goes: its status, list pages read, requests, notices
stored and rejects, and the time it took. `notices crawl` turns it on (NOTICES_PROGRESS) only
when stderr is a terminal and `--quiet` is not given; under cron, a pipe or scrapyd the crawl
only logs, as before.

Every source is its own Scrapy crawler in one process, so the display is one per process and
each crawler's extension adds its line to it. While it is shown, log lines are written through
it (above the lines), so they neither garble nor are garbled by it.
"""

from __future__ import annotations

import atexit
import logging
import sys

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from scrapy import signals
from scrapy.exceptions import NotConfigured

from pipelines.health import MAX_ERRORS, source_status

COUNTS = TextColumn("list pages {task.fields[list_pages]:>3} · requests {task.fields[requests]:>4} · "
                    "notices {task.fields[notices]:>4} · rejects {task.fields[rejects]:>3}")


class Board:
    """The one progress display of this process: shown from the first source's start to the
    last one's end."""

    def __init__(self) -> None:
        self.progress = Progress(
            SpinnerColumn(finished_text="·"), TextColumn("{task.fields[source]:<20}"),
            TextColumn("{task.fields[status]:<9}"), COUNTS, TimeElapsedColumn(),
            console=Console(stderr=True), redirect_stdout=False, redirect_stderr=True,
        )
        self.registered = 0
        self.closed = 0
        self.shown = False
        self.moved: list[logging.StreamHandler] = []

    def add(self, source_id: str) -> int:
        if not self.shown:
            self.shown = True
            self.progress.start()  # sys.stderr is now rich's proxy, printing above the lines
            self._move_log_handlers(to=sys.stderr)
            atexit.register(self.stop)
        return self.progress.add_task(source_id, total=None, source=source_id, status="crawling",
                                      list_pages=0, requests=0, notices=0, rejects=0)

    def update(self, task: int, **fields) -> None:
        self.progress.update(task, **fields)

    def finish(self, task: int, **fields) -> None:
        self.progress.update(task, total=1, completed=1, **fields)
        self.closed += 1
        if self.closed >= self.registered:
            self.stop()

    def stop(self) -> None:
        if self.shown:
            self.shown = False
            self.progress.stop()
            for handler in self.moved:
                handler.setStream(sys.__stderr__)
            self.moved.clear()

    def _move_log_handlers(self, to) -> None:
        # Scrapy's root handler holds the real stderr, taken before the display started.
        for handler in logging.getLogger().handlers:
            if type(handler) is logging.StreamHandler and handler.stream is sys.__stderr__:
                handler.setStream(to)
                self.moved.append(handler)


_BOARD: Board | None = None


def board() -> Board:
    global _BOARD
    if _BOARD is None:
        _BOARD = Board()
    return _BOARD


class CrawlProgress:
    """Scrapy extension: this crawler's line on the process's progress display."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.board = board()
        self.board.registered += 1
        self.task: int | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NOTICES_PROGRESS"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.refresh, signal=signals.response_received)
        crawler.signals.connect(extension.refresh, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def counts(self) -> dict:
        stats = self.crawler.stats
        return {"list_pages": stats.get_value("notices/list_pages", 0),
                "requests": stats.get_value("downloader/request_count", 0),
                "notices": stats.get_value("notices/stored", 0), "rejects": stats.get_value("notices/rejects", 0)}

    def spider_opened(self, spider) -> None:
        self.task = self.board.add(spider.name)

    def refresh(self, *args, **kwargs) -> None:
        if self.task is not None:
            self.board.update(self.task, **self.counts())

    def spider_closed(self, spider, reason) -> None:
        if self.task is None:
            return
        status, _ = source_status({**self.crawler.stats.get_stats(), "finish_reason": reason},
                                  self.crawler.settings.getint("NOTICES_MAX_ERRORS", MAX_ERRORS))
        self.board.finish(self.task, status=status, **self.counts())
