"""db/pinyin.json is generated from the catalogue, the divisions and the notice words (db/make_pinyin.py): an exam or
alias added to pipelines/data/exams.yaml without regenerating it cannot be searched for in pinyin. It had drifted
(generated 2026-11-28: 3,902 keys where the catalogue of session 24 gives 4,371), so the generated table is compared with the stored one."""

from __future__ import annotations

import json

from db import make_pinyin


def test_the_stored_pinyin_table_is_the_generated_one():
    stored = json.loads(make_pinyin.OUT.read_text("utf-8"))["words"]
    generated = make_pinyin.table()
    missing = sorted(set(generated) - set(stored))
    stale = sorted(set(stored) - set(generated))
    assert not missing and not stale, (
        f"db/pinyin.json is out of date ({len(missing)} keys missing, e.g. {missing[:3]}; {len(stale)} stale, e.g. "
        f"{stale[:3]}): run `.venv/bin/python db/make_pinyin.py`")
    assert stored == generated
