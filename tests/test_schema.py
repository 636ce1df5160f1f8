"""One list of columns: the item, the SQLite schema and metadata.yml agree."""

from __future__ import annotations

import dataclasses
import json

import yaml

from db.schema import NOTICE_COLUMNS, TABLES
from db.serve import METADATA_PATH
from db.store import notice_id, open_db, upsert_notice
from pipelines.items import NoticeItem
from pipelines.normalize import FIELDS, normalize_record
from pipelines.notice import STORED_FIELDS, notice_row


def test_the_database_has_exactly_the_schema_columns(tmp_path):
    db = open_db(tmp_path / "x.db")
    for name, (columns, pk) in TABLES.items():
        assert set(db[name].columns_dict) == set(columns), name
        assert db[name].pks == [pk]


def test_a_crawled_item_maps_onto_the_notice_columns():
    item = NoticeItem(url="https://x.gov.cn/t1.html", source_id="t", title_raw="关于领取证书的通知")
    row = notice_row(item, normalize_record({"title": item.title_raw}))
    stored_by_store = {"id", "first_seen", "last_seen", "duplicate_of", "withdrawn"}  # set by the store and dedupe
    assert set(row) | stored_by_store == set(NOTICE_COLUMNS)
    item_fields = {f.name for f in dataclasses.fields(NoticeItem)}
    assert {"url", "source_id", "body_text", "attachments", "sample_data"} <= item_fields


def test_the_normalizer_returns_exactly_its_declared_fields():
    assert set(normalize_record({"text": "x"})) == set(FIELDS)
    # every stored normalized column is filled from that one list
    assert set(STORED_FIELDS) == set(FIELDS) & set(NOTICE_COLUMNS)
    assert {"title", "published", "kind", "exam", "window_start", "window_end"} <= set(STORED_FIELDS)


def test_metadata_names_only_real_columns():
    metadata = yaml.safe_load(METADATA_PATH.read_text("utf-8"))
    for database in metadata["databases"].values():
        for table, config in database.get("tables", {}).items():
            if table not in TABLES:
                continue
            columns = set(TABLES[table][0])
            for facet in config.get("facets", []):
                assert facet in columns, f"{table}: facet {facet} is not a column"
            for key in ("sort", "sort_desc", "label_column"):
                if key in config:
                    assert config[key] in columns, f"{table}: {key} {config[key]} is not a column"


def test_the_feed_view_folds_into_counts_and_facets(tmp_path):
    # A view with an ORDER BY cannot be flattened into an aggregate: Datasette's count and facet
    # statements on the feed then computed the whole view before filtering (5 s per statement
    # at 1,000,000 notices). The search filter must reach the notices rowid directly.
    db = open_db(tmp_path / "x.db")
    searched = "fts_rowid IN (SELECT value FROM json_each('[1, 2, 3]'))"
    for sql in (
        f"select count(*) from feed where {searched}",
        f"select json_group_array(province), json_group_array(status) from (select * from feed where {searched})",
        f"select province, count(*) from (select * from feed where {searched}) group by province",
    ):
        plan = " | ".join(row[3] for row in db.execute(f"explain query plan {sql}").fetchall())
        assert "CO-ROUTINE" not in plan and "MATERIALIZE" not in plan, plan
        assert "USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan


def test_key_facts_filled_by_a_newer_extractor_are_not_history(tmp_path):
    db = open_db(tmp_path / "x.db")
    row = {"url": "https://www.example.gov.cn/a.html", "source_id": "s", "title": "关于领取证书的通知",
           "body_text": "请于下周到三楼窗口领取。"}
    upsert_notice(db, row, seen_at="2026-11-01T08:00:00+08:00")
    upsert_notice(db, {**row, "place": ["三楼窗口"], "mode": ["on_site"]}, seen_at="2026-11-02T08:00:00+08:00")
    assert db["notice_history"].count == 0
    assert json.loads(db["notices"].get(notice_id(row["url"]))["place"]) == ["三楼窗口"]
    # The page itself changed: that is history, and the replaced row keeps its key facts.
    upsert_notice(db, {**row, "body_text": "请于下周到五楼窗口领取。", "place": ["五楼窗口"]},
                  seen_at="2026-11-03T08:00:00+08:00")
    (history,) = db["notice_history"].rows
    assert json.loads(json.loads(history["previous"])["place"]) == ["三楼窗口"]
