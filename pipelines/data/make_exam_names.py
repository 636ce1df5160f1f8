"""Write db/exam_names.json: the exams' names, where the search cuts a query, and their other names
(二建 -> 二级建造师) that it searches for too (db/search.py, db/exam_names.py). Run
`.venv/bin/python pipelines/data/make_exam_names.py` after changing pipelines/data/exams.yaml; a test
fails while the file is stale.

Why a file: the search is in db/, the leaf layer, which imports nothing from pipelines/.
"""

from __future__ import annotations

import json
from pathlib import Path

# (the project is installed in .venv: importable from this script's folder too)
from pipelines.search_names import search_names

OUT = Path(__file__).resolve().parents[2] / "db" / "exam_names.json"


def main() -> None:
    names = search_names()
    OUT.write_text(json.dumps(names, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names['also'])} names with others, {len(names['words'])} words)")


if __name__ == "__main__":
    main()
