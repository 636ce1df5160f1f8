"""Every source's replica, crawled through the real spider, against its ground truth.

`crawler/replicas/<source>/expected.json` is written by the replica generator from its own
content declaration (what a careful reader would fill in), not from the spider, so these
tests measure the crawl and the normalizer together.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata

import pytest

from crawler.registry import load_registry

FIELDS = ("title", "published", "kind", "exam", "province", "city", "year", "batch", "window_start", "window_end")
# Per-field agreement required on each source's replica; the normalizer's own accuracy on real
# texts is measured by bench/accuracy.py.
THRESHOLD = 0.9

SOURCES_WITH_TRUTH = [s for s in load_registry() if (s.replica_dir / "expected.json").exists()]


def comparable(field, value):
    # The feed's clean title is NFKC-normalized and drops a leading column tag (【证书领取】),
    # which the generator's ground truth keeps as printed.
    if field == "title" and isinstance(value, str):
        return re.sub(r"^\s*【[^】]{1,12}】\s*", "", unicodedata.normalize("NFKC", value))
    return value


def expected_for(source):
    return json.loads((source.replica_dir / "expected.json").read_text("utf-8"))


def rows_by_url(db_path, sql, params):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return {row["url"]: dict(row) for row in conn.execute(sql, params)}


@pytest.mark.parametrize("source", SOURCES_WITH_TRUTH, ids=lambda s: s.id)
def test_every_expected_page_is_crawled_and_classified(crawled_db, source):
    truth = expected_for(source)
    notices = rows_by_url(crawled_db, "select * from notices where source_id = ?", [source.id])
    pages = rows_by_url(crawled_db, "select url, outcome from pages where source_id = ?", [source.id])
    missing = [n["url"] for n in truth["notices"] if n["url"] not in pages]
    assert not missing, f"pages never crawled: {missing[:5]}"
    wrong = [
        (n["url"], n["title"]) for n in truth["notices"]
        if (n["url"] in notices) != n["is_cert_notice"]
    ]
    share = 1 - len(wrong) / len(truth["notices"])
    assert share >= 0.97, f"certificate/non-certificate wrong for {len(wrong)}: {wrong[:8]}"
    for row in truth.get("list_only", []):
        assert row["url"] in notices, f"a list row linking straight to a file was lost: {row['url']}"


@pytest.mark.parametrize("source", SOURCES_WITH_TRUTH, ids=lambda s: s.id)
def test_stored_fields_agree_with_the_ground_truth(crawled_db, source):
    truth = [n for n in expected_for(source)["notices"] if n["is_cert_notice"]]
    notices = rows_by_url(crawled_db, "select * from notices where source_id = ?", [source.id])
    compared = [n for n in truth if n["url"] in notices]
    assert compared
    report = []
    for field in FIELDS:
        disagreements = [(n["url"].rsplit("/", 1)[-1], n[field], notices[n["url"]][field])
                         for n in compared
                         if comparable(field, n.get(field)) != comparable(field, notices[n["url"]][field])]
        share = 1 - len(disagreements) / len(compared)
        if share < THRESHOLD:
            report.append(f"{field}: {share:.2f} {disagreements[:4]}")
    assert not report, "\n".join(report)
