"""The per-source summary line of `notices crawl` says what an incremental crawl left alone:
rows known and unchanged (not fetched again, or answered 304) next to the notices stored."""

from __future__ import annotations

import re

import pytest

from crawler.run import CrawlSummary, SourceSummary
from pipelines.scrapy_pipelines import window_stat

FINISHED = {"finish_reason": "finished"}


@pytest.mark.parametrize("stats, words", [
    # a second clean crawl: every row known; 11 not fetched again, 1 answered 304 Not Modified
    ({"notices/stored": 0, "notices/skipped_known": 11, "notices/not_modified": 1, "notices/list_rows_seen": 12},
     "cpta: ok: 0 notices, 12 known rows unchanged, 0 not certificate notices"),
    # a first crawl: nothing known yet
    ({"notices/stored": 4, "notices/list_rows_seen": 6, "notices/not_certificate": 2},
     "cpta: ok: 4 notices, 0 known rows unchanged, 2 not certificate notices"),
    ({"notices/stored": 2, "notices/skipped_known": 5, "notices/list_rows_seen": 7},
     "cpta: ok: 2 notices, 5 known rows unchanged,"),
])
def test_the_summary_line_counts_known_rows(stats, words):
    line = SourceSummary("cpta", {**FINISHED, **stats}).line()
    assert words in line
    # (tests/test_progress.py reads the status and the notices stored from this shape)
    assert re.match(r"^([a-z0-9_]+): ([a-z]+).*?: (\d+) notices,", line)


def test_the_crawl_total_line_counts_known_rows_too():
    summary = CrawlSummary([SourceSummary("a", {**FINISHED, "notices/skipped_known": 3}),
                            SourceSummary("b", {**FINISHED, "notices/not_modified": 2, "notices/stored": 1})])
    assert "1 notices stored, 5 known rows unchanged," in summary.lines()[-1]


def test_the_crawl_total_line_says_how_the_windows_came_out():
    summary = CrawlSummary([
        SourceSummary("a", {**FINISHED, "notices/stored": 3, "notices/window/read": 2, "notices/window/quoted": 1}),
        SourceSummary("b", {**FINISHED, "notices/stored": 1, "notices/window/none": 1})])
    assert summary.lines()[-1].endswith(
        "; windows of the notices stored: 2 read, 1 not read (dated sentences quoted), 1 with no dated sentence")
    # nothing stored: nothing said
    assert "windows" not in CrawlSummary([SourceSummary("a", {**FINISHED})]).lines()[-1]


@pytest.mark.parametrize("present, stat", [
    (("title", "window_start"), "notices/window/read"),
    (("window_end", "date_lines"), "notices/window/read"),
    (("title", "date_lines"), "notices/window/quoted"),
    (("title",), "notices/window/none"),
])
def test_window_stat(present, stat):
    assert window_stat(present) == stat
