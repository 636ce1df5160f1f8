"""A notice's status from its collection window and today's date in China."""

from __future__ import annotations

import sqlite3

import pytest

from db.schema import status_sql

TODAY = "2026-03-25"


@pytest.mark.parametrize(
    ("window_start", "window_end", "expected"),
    [
        (None, None, "unknown"),
        ("2026-03-26", "2026-04-22", "upcoming"),
        ("2026-03-25", "2026-04-22", "open"),  # the first day counts
        ("2026-03-01", "2026-03-25", "open"),  # so does the last
        ("2026-03-01", "2026-03-24", "closed"),
        ("2026-03-01", None, "open"),  # 自3月1日起, no end printed
        ("2025-10-21", None, "unknown"),  # ... but not for ever
        ("2025-12-25", None, "open"),  # 90 days on the dot
        ("2026-04-01", None, "upcoming"),
        (None, "2026-03-31", "open"),  # 即日起至3月31日 with no start found
        (None, "2026-03-20", "closed"),
    ],
)
def test_status_rules(window_start, window_end, expected):
    conn = sqlite3.connect(":memory:")
    conn.execute("create table n (window_start text, window_end text)")
    conn.execute("insert into n values (?, ?)", (window_start, window_end))
    (status,) = conn.execute(f"select {status_sql(repr(TODAY))} from n").fetchone()
    assert status == expected


def test_the_view_uses_china_time():
    # 2026-03-24 20:00 UTC is already 2026-03-25 in China.
    conn = sqlite3.connect(":memory:")
    (today,) = conn.execute("select date('2026-03-24 20:00:00', '+8 hours')").fetchone()
    assert today == TODAY
    assert "date('now', '+8 hours')" in status_sql()
