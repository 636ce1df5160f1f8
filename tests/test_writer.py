"""The crawl's writer process (pipelines/writer.py): batches, one item's failure, logs, lifetime.

Real parts only: a real writer process (spawned), a real SQLite file, and for the kill test a real
`notices crawl` over the replicas killed with SIGKILL.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sqlite3
import time
from pathlib import Path

import psutil
import pytest

from pipelines import writer
from pipelines.items import NoticeItem, RejectItem
from pipelines.notice import open_store
from tests.test_concurrency import crawl_process

BODY = ("经研究，本年度一级造价工程师资格证书即日起开始发放。领取时间：2026年12月1日至12月20日，"
        "领取地点：市政务服务中心二楼六号窗口，请携带本人身份证原件。")


def notice(n: int, published: str | None = "2026-11-25") -> NoticeItem:
    return NoticeItem(url=f"https://rsj.example.gov.cn/tzgg/{n}.html", source_id="test_source",
                      list_title=f"关于第{n}批一级造价工程师证书领取的通知", listed_date=published,
                      body_text=BODY, raw_body=BODY.encode("utf-8"), status=200, encoding="utf-8")


def stored_urls(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("select url from notices")}


def test_one_failing_item_costs_that_item_alone(tmp_path):
    path = tmp_path / "w.db"
    db = open_store(path)
    # A real SQLite failure for one page only (as a full disk or a broken row would fail one write).
    db.execute("CREATE TRIGGER refuse BEFORE INSERT ON pages WHEN NEW.url LIKE '%/2.html' "
               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
    db.close()
    items = [notice(1), notice(2), notice(3), RejectItem("https://rsj.example.gov.cn/x", "test_source", "list", "http_500")]
    written = writer.write_batch(str(path), [(item, "河南省") for item in items])
    assert [w.outcome for w in written] == ["notice", None, "notice", "reject"]
    assert "refused by the test" in written[1].error and not any(w.error for i, w in enumerate(written) if i != 1)
    assert stored_urls(path) == {notice(1).url, notice(3).url}
    assert {"exam", "kind", "window_start"} <= set(written[0].present)


def test_the_writer_hands_its_log_lines_back(tmp_path):
    (undated,) = writer.write_batch(str(tmp_path / "w.db"), [(notice(4, published=None), None)])
    assert undated.stat == "notices/missing/published"
    assert any(level == logging.WARNING and "no publication date" in message for _, level, message in undated.logs)


def test_items_arriving_together_share_batches_and_all_land(tmp_path):
    path = tmp_path / "w.db"
    open_store(path).close()

    async def crawl_like() -> tuple[list, int]:
        shared = writer.acquire(str(path))
        try:
            results = await asyncio.gather(*(shared.write(notice(n), "河南省") for n in range(40)))
            return results, shared.batches
        finally:
            writer.release(shared)

    results, batches = asyncio.run(crawl_like())
    assert [w.outcome for w in results] == ["notice"] * 40
    assert batches < 40  # group commit: items waiting while a batch is written go together
    assert len(stored_urls(path)) == 40


def test_the_crawls_own_rows_go_ahead_of_waiting_items_and_fail_loudly(tmp_path):
    path = tmp_path / "w.db"
    open_store(path).close()
    run = {"id": "r1", "source_id": "test_source", "started": "2026-11-20T08:00:00+08:00", "replica": 1}

    async def crawl_like() -> list[str]:
        shared = writer.acquire(str(path))
        order: list[str] = []
        try:
            async def item(n: int):
                await shared.write(notice(n), "河南省")
                order.append(f"item {n}")

            async def state():
                await shared.state("start_run", run)
                order.append("run")

            items = [asyncio.ensure_future(item(n)) for n in range(300)]  # more than the batches in flight
            await asyncio.sleep(0)
            await state()
            with pytest.raises(writer.StateWriteFailed, match="no column named nope"):
                await shared.state("store_robots", {"url": "http://a.example/robots.txt", "nope": 1})
            await asyncio.gather(*items)
            return order
        finally:
            writer.release(shared)

    order = asyncio.run(crawl_like())
    assert order.index("run") < 300 - writer.MAX_BATCH  # ahead of the items still waiting
    with sqlite3.connect(path) as conn:
        assert conn.execute("select finish_reason from runs where id = 'r1'").fetchone() == ("running",)
        assert conn.execute("select count(*) from notices").fetchone()[0] == 300


def writer_children(pid: int) -> list[psutil.Process]:
    """The crawl's multiprocessing children (its writer)."""
    return [child for child in psutil.Process(pid).children()
            if "spawn_main" in " ".join(child.cmdline())]


def alive(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


# 0 s: killed while the writer is still starting (before it could ask to die with the crawl)
@pytest.mark.parametrize("after", [0.0, 1.0])
def test_a_killed_crawl_leaves_no_writer_behind(tmp_path, replica_url, after):
    process = crawl_process(replica_url, tmp_path / "k.db")
    try:
        deadline = time.monotonic() + 60
        while not (children := writer_children(process.pid)):
            assert process.poll() is None and time.monotonic() < deadline, "no writer process seen"
            time.sleep(0.05)
        time.sleep(after)  # after 1 s the writer is writing
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        deadline = time.monotonic() + 30  # a writer still starting ends once it has started
        while any(alive(child) for child in children):
            assert time.monotonic() < deadline, f"writer {children} outlived its crawl"
            time.sleep(0.05)
    finally:
        if process.poll() is None:
            process.kill()
