"""Golden files: what each source's spider extracts from its replica, reviewed in diffs.

`pytest tests/test_golden.py --update-golden` rewrites tests/golden/<source>.json; review the
diff before committing it. The fields are the spider's own (before normalization), so a
normalizer change never churns these files.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from crawler.offline import crawl_offline
from crawler.registry import load_registry
from crawler.replica import replica_config
from pipelines.items import NoticeItem

GOLDEN = Path(__file__).with_name("golden")
SOURCES = [s for s in load_registry() if s.replica_dir.is_dir() and "waf" not in replica_config(s.replica_dir)]


def summary(item) -> dict:
    if not isinstance(item, NoticeItem):
        return {"url": item.url, "reject": f"{item.stage}/{item.reason}"}
    body = item.body_text or ""
    return {
        "url": item.url,
        "list_title": item.list_title,
        "listed_date": item.listed_date,
        "title": item.title_raw,
        "published": item.published_raw,
        "body_start": body[:60],
        "body_chars": len(body),
        "body_sha1": hashlib.sha1(body.encode("utf-8")).hexdigest()[:12],
        "attachments": [a["url"] for a in item.attachments],
    }


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_spider_output_matches_the_golden_file(source, request):
    actual = sorted((summary(item) for item in crawl_offline(source)), key=lambda s: s["url"])
    golden = GOLDEN / f"{source.id}.json"
    if request.config.getoption("--update-golden"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert golden.exists(), f"no golden file for {source.id}: run pytest tests/test_golden.py --update-golden"
    expected = json.loads(golden.read_text("utf-8"))
    assert actual == expected
