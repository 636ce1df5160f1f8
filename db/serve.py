"""Serving the database with Datasette, as plain functions the CLI and the tests call."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import yaml

from db.search import RANKED_SEARCH_SQL

REPO_ROOT = Path(__file__).resolve().parents[1]
METADATA_PATH = REPO_ROOT / "metadata.yml"
# The /board page and the feed link on table pages (db/templates, filled in by the plugin).
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def datasette_metadata(db_path: str | Path) -> dict:
    """metadata.yml with its database section keyed by this database's name (the file stem)."""
    name = Path(db_path).stem
    metadata = yaml.safe_load(METADATA_PATH.read_text("utf-8"))
    databases = metadata.get("databases", {})
    template = databases.pop("demo", None) or next(iter(databases.values()), {})
    metadata["databases"] = {name: template}
    # The ranked search lives beside the index code that it must agree with (db/search.py).
    template.setdefault("queries", {})["search"] = {
        "title": "搜索（标题命中优先） · search, title matches first",
        "description": "标题和正文都搜索，标题里出现全部词的排在前面。Titles and bodies; titles holding every term first.",
        "sql": RANKED_SEARCH_SQL,
    }
    # The home page's links name the database too.
    metadata["description_html"] = metadata.get("description_html", "").replace("/demo/", f"/{name}/")
    return metadata


def write_metadata(db_path: str | Path) -> Path:
    """The metadata for this database, written to a fresh temporary file for `datasette --metadata`."""
    metadata_file = Path(tempfile.mkdtemp(prefix="certnotices-")) / "metadata.json"
    metadata_file.write_text(json.dumps(datasette_metadata(db_path), ensure_ascii=False), "utf-8")
    return metadata_file


def datasette_command(db_path: str | Path, port: int, metadata_file: Path) -> list[str]:
    return [sys.executable, "-m", "datasette", "serve", str(db_path), "--metadata", str(metadata_file),
            "--host", "127.0.0.1", "--port", str(port), "--setting", "sql_time_limit_ms", "3000",
            # Suggested facets cost one more pass over every search hit each (bench/search.py).
            "--setting", "suggest_facets", "off",
            "--template-dir", str(TEMPLATES_DIR)]
