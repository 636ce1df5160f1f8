"""One writer process per crawl: crawled notices are normalized and stored there, in batches.

Why a process: Scrapy runs a crawl's downloads, parsing and item pipelines on one event loop, so
the ~0.7 ms of normalizing and the ~1.2 ms of storing a notice (a commit each) stalled every
download meanwhile — a crawl of 1,000 sources took 3.2× a plain fetch of the same pages
(bench/crawl_scale.py). In a second process that work runs beside the fetching on another core.

Why batches (group commit): while one batch is written, the items that arrive meanwhile wait
and go together as the next, in one transaction (each item still in its own savepoint, so one
item's failure costs that item alone). A quiet crawl writes batches of one; a busy one pays the
commit's sync once for many notices.

What stays as it was: every item ends as a notice row, an archived page or a reject row, written
by the same functions as before (pipelines.notice.normalize_item / store_item); an item's outcome
reaches its spider only once its batch is committed, so the stats, monitors and run rows count
what is on disk; log lines of the writer are logged again in the crawl under their own logger,
so they count in `log_count/*` as before. A crawl killed mid-way loses at most the uncommitted
batch, and nothing of it is marked seen: the next crawl fetches those pages again.

The crawl's own rows (a source's row, its run row at start and end, robots.txt answers) are
written here too (`Writer.state`), ahead of the items waiting: written from the crawl's event
loop, each waited for the writer's open batch to commit (~15 ms, four a source) while no download
moved. Their functions are the same db ones (STATE_WRITES), and the crawl awaits each.

The writer is a spawned interpreter (not a fork: the crawl has an event loop and threads by
then), so like any multiprocessing child it imports the crawl's main module: a script that starts
a crawl needs the usual `if __name__ == "__main__":` guard (ours have it).

concurrent.futures' ProcessPoolExecutor does the process, the pickling and the queues; what is
ours is the batching, the log hand-over and the lifetime (one writer per database file, shared by
the crawl's spiders, closed after the last).
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import multiprocessing.util
import os
import signal
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from db import store
from db.crawl_state import store_robots
from pipelines.items import NoticeItem, RejectItem
from pipelines.notice import normalize_item, open_store, store_item

# Items per transaction at most: a batch holds SQLite's write lock while it is written (~1.5 ms
# an item), and the crawl's own rows (StateWrite) wait for the batches ahead of them.
MAX_BATCH = 64
# Batches sent before the first is answered. One at a time left the writer idle most of the
# time: a busy crawl's event loop answers late (the executor's threads wait for the GIL), so
# 4,000 items were waiting at once in a 16,000-page crawl. The writer takes them in order.
MAX_IN_FLIGHT = 3


@dataclass
class StateWrite:
    """One of the crawl's own rows (a source, its run, a robots.txt answer), written in the writer.

    Why through the writer: the crawl's process used to write these itself, on its event loop,
    and each write waited (busy_timeout) for the writer's open batch to commit: ~15 ms a write,
    four a source, every download stalled meanwhile (8 s of a 200-source crawl, bench/crawl_scale.py).
    In the writer they are one more entry of a batch, in order with the source's items.
    """

    name: str    # a key of STATE_WRITES
    args: tuple


# The db functions a StateWrite may name; each takes the writer's open database first.
STATE_WRITES = {"sync_sources": store.sync_sources, "start_run": store.start_run,
                "record_run": store.record_run, "store_robots": store_robots}


@dataclass
class Written:
    """What became of one item in the writer, sent back to the spider that crawled it."""

    outcome: str | None = None            # store_item's answer: notice / not_certificate / kept / reject
    stat: str | None = None               # the normalizer's stat to count (a missing date, a reject)
    present: tuple[str, ...] = ()         # normalized fields with a value (field-coverage stats)
    logs: list[tuple[str, int, str]] = field(default_factory=list)  # (logger, level, message)
    error: str | None = None              # the traceback when storing this item failed


# ----------------------------------------------------------------------------- in the writer process

_stores: dict = {}


class _Capture(logging.Handler):
    """The log lines of the item being written, to hand back to the crawl."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
        self.lines.append((record.name, record.levelno, message))


def _die_with_parent(crawl_pid: int) -> None:
    # A crawl killed with kill -9 must not leave its writer behind: Linux's PR_SET_PDEATHSIG
    # (prctl option 1) sends the writer SIGKILL when the crawl's process dies. An uncommitted
    # batch is rolled back by SQLite, like the crawl's own transaction was before.
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    # The crawl may have died while the writer was still starting (importing takes a second or
    # more on a cold machine), before the signal was asked for: then its parent is no longer it.
    if os.getppid() != crawl_pid:
        os._exit(1)


def _close_stores() -> None:
    for db in _stores.values():
        db.close()  # the last connection to close checkpoints the WAL into the database file


def _start_writer(crawl_pid: int) -> None:
    _die_with_parent(crawl_pid)
    # multiprocessing's children end with os._exit (no atexit): its own finalizers do run.
    multiprocessing.util.Finalize(None, _close_stores, exitpriority=10)
    # Ctrl-C in a terminal reaches the whole process group: the crawl decides when to stop (it
    # lets the items in flight finish), the writer keeps writing until it is told to.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.getLogger().setLevel(logging.INFO)  # what the crawl logs too; write_batch captures it


def _write_one(db, item, source_region: str | None, capture: _Capture) -> Written:
    written = Written()
    capture.lines = []
    try:
        if isinstance(item, StateWrite):
            with db.atomic():  # a savepoint: all of it or nothing, like an item's store_item
                STATE_WRITES[item.name](db, *item.args)
        else:
            if isinstance(item, NoticeItem):
                item, written.stat = normalize_item(item, source_region)
                if isinstance(item, NoticeItem):
                    written.present = tuple(name for name, value in (item.normalized or {}).items() if value)
            written.outcome = store_item(db, item)
    except Exception:  # one item's failure is that item's error, reported in the crawl
        written.error = traceback.format_exc()
    written.logs = capture.lines
    return written


def write_batch(db_path: str, batch: list[tuple[NoticeItem | RejectItem, str | None]]) -> list[Written]:
    """Normalize and store `batch` in one transaction; answers what became of each item, in order.

    Runs in the writer process. If the commit itself fails, the batch raises and every item of it
    is reported failed: nothing of it is on disk.
    """
    db = _stores.get(db_path)
    if db is None:
        db = _stores[db_path] = open_store(db_path)
        # Each item's savepoint keeps a statement journal: in memory rather than a temporary
        # file, storing a notice took ~8% less CPU (0.57 -> 0.52 ms, batches of 64).
        db.execute("PRAGMA temp_store = MEMORY")
    # IMMEDIATE: the batch takes the write lock before its first read. A deferred transaction
    # that has read and then writes after the crawl's own connection wrote fails at once with
    # "database is locked" (WAL cannot upgrade a stale read snapshot), without waiting.
    capture = _Capture()
    root = logging.getLogger()
    root.addHandler(capture)
    try:
        db.execute("BEGIN IMMEDIATE")
        written = [_write_one(db, item, region, capture) for item, region in batch]
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:  # a failed COMMIT (disk full, busy) leaves it open
            db.execute("ROLLBACK")
        raise
    finally:
        root.removeHandler(capture)
    return written


# ----------------------------------------------------------------------------- in the crawl


class Writer:
    """The crawl's side of one writer process: `await writer.write(item, region)`."""

    def __init__(self, db_path: str) -> None:
        self.db_path = str(db_path)
        self.users = 0
        self.pending: list[tuple[NoticeItem | RejectItem | StateWrite, str | None, asyncio.Future]] = []
        self.states_waiting = 0  # StateWrites at the head of `pending`
        self.in_flight = 0
        self.batches = 0
        # spawn, not fork: the crawl's process has an event loop and threads by now.
        self.executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_start_writer, initargs=(os.getpid(),))

    async def write(self, item: NoticeItem | RejectItem | StateWrite, source_region: str | None) -> Written:
        future = asyncio.get_running_loop().create_future()
        if isinstance(item, StateWrite):
            # Ahead of the items waiting (after the state writes already waiting, in order): a
            # source's start and end wait for these, and hold a pooled crawl slot meanwhile. No
            # item they follow can be overtaken: a source writes its start before any item and
            # its end after each of its items has its answer.
            self.pending.insert(self.states_waiting, (item, source_region, future))
            self.states_waiting += 1
        else:
            self.pending.append((item, source_region, future))
        self._send()
        return await future

    async def state(self, name: str, *args) -> None:
        """Write one of the crawl's own rows (STATE_WRITES[name](db, *args)); raises StateWriteFailed
        when it failed, once its batch is done (the rows are on disk when this returns)."""
        written = await self.write(StateWrite(name, args), None)
        replay_logs(written)
        if written.error:
            raise StateWriteFailed(f"{name} failed in the writer:\n{written.error}")

    def _send(self) -> None:
        while self.pending and self.in_flight < MAX_IN_FLIGHT:
            batch, self.pending = self.pending[:MAX_BATCH], self.pending[MAX_BATCH:]
            self.states_waiting = max(0, self.states_waiting - len(batch))
            self.in_flight += 1
            self.batches += 1
            loop = asyncio.get_running_loop()
            done = loop.run_in_executor(self.executor, write_batch, self.db_path, [(i, r) for i, r, _ in batch])
            done.add_done_callback(lambda finished, batch=batch: self._received(finished, batch))

    def _received(self, finished: asyncio.Future, batch: list) -> None:
        self.in_flight -= 1
        error = finished.exception()
        for index, (_, _, future) in enumerate(batch):
            if future.done():  # its crawl was cancelled meanwhile
                continue
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(finished.result()[index])
        self._send()

    def close(self) -> None:
        self.executor.shutdown(wait=True)


class StateWriteFailed(RuntimeError):
    """Writing one of the crawl's own rows failed in the writer (the traceback is the message)."""


_writers: dict[str, Writer] = {}


def running(db_path: str) -> Writer | None:
    """The writer already serving this database in this process, if any (not started here)."""
    return _writers.get(str(db_path))


def acquire(db_path: str) -> Writer:
    """The writer for this database, started on first use; every acquire needs one release."""
    writer = _writers.get(str(db_path))
    if writer is None:
        writer = _writers[str(db_path)] = Writer(db_path)
    writer.users += 1
    return writer


def release(writer: Writer) -> None:
    """Done with the writer; the last user stops its process (all its batches are committed:
    Scrapy closes a spider only after each of its items has its answer)."""
    writer.users -= 1
    if writer.users <= 0 and _writers.get(writer.db_path) is writer:
        del _writers[writer.db_path]
        writer.close()


def replay_logs(written: Written) -> None:
    """Log the writer's lines again in the crawl, under their own loggers (so they are counted)."""
    for name, level, message in written.logs:
        logging.getLogger(name).log(level, "%s", message)
