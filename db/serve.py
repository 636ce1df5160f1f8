"""Serving the database with Datasette, as plain functions the CLI and the tests call."""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

import yaml

from db.schema import exam_filter_sql
from db.search import RANKED_SEARCH_SQL

REPO_ROOT = Path(__file__).resolve().parents[1]
METADATA_PATH = REPO_ROOT / "metadata.yml"
# The /board page and the feed link on table pages (db/templates, filled in by the plugin).
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


# Safe serving defaults. What a candidate or an operator needs is the notices, the feed, the
# canned queries, sources, provinces and rejects; never the raw archived pages (whole page
# bodies, kept for `notices reparse`): `pages` is hidden and every request for it denied,
# whatever metadata.yml says (and the plugin's SQLite authorizer refuses any statement reading
# it: db/plugin/guard.py). Arbitrary SQL (?sql=, ?_where=) is off unless asked for
# (`notices serve --allow-sql`), so every statement is one of ours; all of them run under
# sql_time_limit_ms (facets under facet_time_limit_ms) and are cancelled there. Nothing is
# writable: no canned query may write (checked here), Datasette 0.65 has no write API, and the
# plugin answers every POST with 405.
# Reminder subscriptions (channel URLs with passwords and bot keys, unsubscribe tokens) and the
# message ledger (who follows what) are never published either: operators see counts only, in the
# reminder_report and subscription_summary views.
DENIED_TABLES = ("pages", "subscriptions", "reminders_sent")
ABOUT_EXAM = re.compile(r"\{\{about_exam (\w+)\}\}")
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 200,  # per facet; one-pass facets get this times the facet count
    # Suggested facets cost one more pass over every search hit each (bench/search.py).
    "suggest_facets": "off",
    "allow_download": "off",  # the database file holds `pages` too
}


def datasette_metadata(db_path: str | Path, allow_sql: bool = False, today: str | None = None) -> dict:
    """metadata.yml with its database section keyed by this database's name (the file stem),
    raw pages denied, arbitrary SQL off unless allow_sql, and the candidates' pages judging
    status against `today` (YYYY-MM-DD) when given (db/plugin/pages.py; else the date in China)."""
    name = Path(db_path).stem
    metadata = yaml.safe_load(METADATA_PATH.read_text("utf-8"))
    databases = metadata.get("databases", {})
    template = databases.pop("demo", None) or next(iter(databases.values()), {})
    metadata["databases"] = {name: template}
    tables = template.setdefault("tables", {})
    for table in DENIED_TABLES:
        tables[table] = {**(tables.get(table) or {}), "hidden": True, "allow": False}
    if allow_sql:
        metadata.pop("allow_sql", None)
    else:
        metadata["allow_sql"] = False
    # `{{about_exam f}}` in a canned query: notice `f` is about :exam, its one exam or one of several,
    # written once (db/schema.py exam_filter_sql) for these queries, the feed, the board and reminders.
    for query in template.get("queries", {}).values():
        if isinstance(query, dict) and "{{about_exam" in query.get("sql", ""):
            query["sql"] = ABOUT_EXAM.sub(lambda m: exam_filter_sql(m[1], ":exam"), query["sql"])
    # The ranked search lives beside the index code that it must agree with (db/search.py).
    template.setdefault("queries", {})["search"] = {
        "title": "搜索（标题命中优先） · search, title matches first",
        "description": "标题和正文都搜索，标题里出现全部词的排在前面；最多 32 个不同的词。"
                       "Titles and bodies; titles holding every term first; at most 32 distinct terms.",
        "sql": RANKED_SEARCH_SQL,
    }
    # The links name the database too. `/` is the candidates' page (db/plugin/pages.py), so
    # Datasette's index is not shown: the database page, where power users land, says it instead.
    metadata["description_html"] = metadata.get("description_html", "").replace("/demo/", f"/{name}/")
    template.setdefault("description_html", metadata["description_html"])
    if today:
        metadata.setdefault("plugins", {}).setdefault("certnotices", {})["today"] = today
    writers = [q for q, query in template["queries"].items() if isinstance(query, dict) and query.get("write")]
    if writers:
        raise ValueError(f"canned queries must not write: {', '.join(writers)}")
    return metadata


def write_metadata(db_path: str | Path, allow_sql: bool = False, today: str | None = None) -> Path:
    """The metadata for this database, written to a fresh temporary file for `datasette --metadata`."""
    metadata_file = Path(tempfile.mkdtemp(prefix="certnotices-")) / "metadata.json"
    metadata = datasette_metadata(db_path, allow_sql, today)
    metadata_file.write_text(json.dumps(metadata, ensure_ascii=False), "utf-8")
    return metadata_file


def datasette_command(db_path: str | Path, port: int, metadata_file: Path,
                      inspect_file: Path | None = None) -> list[str]:
    """The datasette command line; with inspect_file, db_path is a published snapshot served
    immutable (db/snapshots.py), its counts read from that `datasette inspect` file."""
    settings = [arg for name, value in SETTINGS.items() for arg in ("--setting", name, str(value))]
    database = ["--immutable", str(db_path), "--inspect-file", str(inspect_file)] if inspect_file else [str(db_path)]
    return [sys.executable, "-m", "datasette", "serve", *database, "--metadata", str(metadata_file),
            "--host", "127.0.0.1", "--port", str(port), *settings,
            "--template-dir", str(TEMPLATES_DIR)]
