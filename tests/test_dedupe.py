"""One notice per event: copies grouped, the official one canonical."""

from __future__ import annotations

import pytest

from crawler.source import Source
from db.dedupe import bigrams, group_copies, overlap
from db.store import open_db, sync_sources, upsert_notice


def source(id, kind, province):
    return Source(id=id, name=id, kind=kind, family="selectors", home_url="https://x/", start_urls=("https://x/",),
                  list={"row": "li", "link": "a::attr(href)"}, detail={}, confidence="guess", province=province)


def notice(url, source_id, title, published, body="", **fields):
    base = dict(province="河南省", exam="监理工程师", year=2024, kind="collection", batch=None)
    base.update(fields)
    return {"url": url, "source_id": source_id, "title": title, "published": published, "body_text": body, **base}


@pytest.fixture()
def db(tmp_path):
    db = open_db(tmp_path / "d.db")
    sync_sources(db, [source("henan", "official", "河南省"), source("zhengzhou", "official", "河南省"),
                      source("agg", "aggregator", None)], sample_data=True)
    return db


def duplicate_map(db):
    return {row["url"]: row["duplicate_of"] for row in db.query("select url, duplicate_of from notices")}


def test_aggregator_copies_point_at_the_official_notice(db):
    official = upsert_notice(db, notice("https://hnrsks/1", "henan", "关于领取2024年度监理工程师职业资格证书的通知",
                                        "2024-09-29", "请于10月8日至10月30日到省人事考试中心领取证书，携带身份证原件。"))
    upsert_notice(db, notice("https://agg/1", "agg", "2024年河南监理工程师证书领取通知", "2024-10-03",
                             "河南2024年监理工程师证书请于10月8日至10月30日到省人事考试中心领取，携带身份证原件。"))
    upsert_notice(db, notice("https://agg/2", "agg", "2024年度河南监理工程师职业资格证书的领取通知", "2024-10-05"))
    assert group_copies(db) == 2
    assert duplicate_map(db) == {"https://hnrsks/1": None, "https://agg/1": official, "https://agg/2": official}


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (dict(batch=2), "another batch"),
        (dict(kind="reissue"), "another kind"),
        (dict(year=2023), "another exam year"),
        (dict(province="四川省"), "another province"),
        (dict(published="2025-03-01"), "months apart"),
    ],
)
def test_different_events_stay_apart(db, other, why):
    upsert_notice(db, notice("https://hnrsks/1", "henan", "关于领取2024年度监理工程师职业资格证书的通知", "2024-09-29",
                             batch=1))
    fields = {"batch": 1, **other}
    published = fields.pop("published", "2024-10-02")
    upsert_notice(db, notice("https://agg/1", "agg", "2024年河南监理工程师证书领取通知", published, **fields))
    assert group_copies(db) == 0, why


def test_regrouping_is_idempotent_and_follows_changes(db):
    upsert_notice(db, notice("https://hnrsks/1", "henan", "关于领取2024年度监理工程师职业资格证书的通知", "2024-09-29"))
    upsert_notice(db, notice("https://agg/1", "agg", "2024年河南监理工程师证书领取通知", "2024-10-03"))
    assert group_copies(db) == 1 and group_copies(db) == 1
    db.execute("update notices set kind = 'reissue' where url = 'https://agg/1'")
    assert group_copies(db) == 0
    assert set(duplicate_map(db).values()) == {None}


def test_bigram_overlap_ignores_the_words_every_notice_shares():
    assert overlap(bigrams("关于领取证书的通知"), bigrams("关于发放证书的公告")) == 0.0
    assert overlap(bigrams("河南省监理工程师"), bigrams("2024年度河南省监理工程师证书")) == 1.0


def test_two_pages_of_one_site_are_two_notices(db):
    upsert_notice(db, notice("https://hnrsks/1", "henan", "关于2023年度监理工程师电子证书的通知", "2024-06-27"))
    upsert_notice(db, notice("https://hnrsks/2", "henan", "关于2023年度监理工程师电子证书的通知", "2024-07-23"))
    assert group_copies(db) == 0


def test_rounds_with_disjoint_windows_are_different_events(db):
    upsert_notice(db, notice("https://hnrsks/1", "henan", "关于开展2024年度监理工程师证书直邮服务的通知", "2025-09-24",
                             window_start="2025-09-24", window_end="2025-10-19"))
    upsert_notice(db, notice("https://agg/1", "agg", "河南2024年度监理工程师证书邮寄发放通知", "2025-10-24",
                             window_start="2025-11-02", window_end="2025-12-10"))
    assert group_copies(db) == 0


def test_reissue_notices_without_a_year_still_group(db):
    official = upsert_notice(db, notice("https://hnrsks/1", "henan", "关于办理监理工程师证书补办的通知", "2024-10-21",
                                        kind="reissue", year=None))
    upsert_notice(db, notice("https://agg/1", "agg", "河南全国监理工程师职业资格证书补办指南", "2024-10-23",
                             kind="reissue", year=None))
    assert group_copies(db) == 1
    assert duplicate_map(db)["https://agg/1"] == official


def test_replica_mirrors_are_grouped_under_their_official_notice(crawled_db):
    """Ground truth: the aggregator replicas' expected.json names the official notice each retells."""
    import json
    import sqlite3

    from crawler.registry import load_registry
    from db.store import notice_id

    with sqlite3.connect(crawled_db) as conn:
        rows = {url: (dup, source) for url, dup, source in conn.execute("select url, duplicate_of, source_id from notices")}
    kinds = {s.id: s.kind for s in load_registry()}
    by_id = {notice_id(url): url for url in rows}
    found = missed = 0
    for source in load_registry():
        truth_file = source.replica_dir / "expected.json"
        if not truth_file.exists():
            continue
        for notice in json.loads(truth_file.read_text("utf-8"))["notices"]:
            if notice["url"] not in rows:
                continue
            duplicate_of, source_id = rows[notice["url"]]
            if notice.get("mirror_of"):
                found += duplicate_of == notice_id(notice["mirror_of"])
                missed += duplicate_of != notice_id(notice["mirror_of"])
            elif duplicate_of:
                canonical_source = rows[by_id[duplicate_of]][1]
                # official notices are never folded into one another on the replicas
                assert not (kinds[source_id] == "official" and kinds[canonical_source] == "official"), notice["url"]
    assert found >= 10 and missed / (found + missed) <= 0.1, (found, missed)
