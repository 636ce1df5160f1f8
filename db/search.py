"""Exact Chinese full-text search for `notices`, on stock SQLite FTS5.

FTS5's tokenizers cannot search Chinese: `unicode61` makes a whole run of Han characters one
token and `trigram` ignores terms shorter than three characters (see
shared/reference/libraries.md). So we tokenize in Python before SQLite sees the text, and no
extension has to be loaded by the connections Datasette opens.

The text is cut into units: one per Han character, one per Latin/digit run (kept whole,
lower-cased). What is indexed is every pair of neighbouring units (`河南省2023年` → `河南 南省
省2023 2023_年`) plus the last unit alone. A query term of k ≥ 2 units becomes the phrase of
its k-1 pairs, which occurs exactly where the term is a substring of the unit sequence; a
one-unit term becomes a prefix query (`河`*: any pair starting with 河, or 河 last). Pairs
were chosen over one token per character, which is just as exact, because a phrase of pairs
reads far shorter position lists (证, 书, 年, 月 occur in every notice): 2-4x less time per
MATCH at 200,000 notices, and Datasette runs the MATCH once per facet.

A Latin term that reads as pinyin of a place, exam or notice word (db/pinyin.json) also
matches that word in Chinese, so pinyin input stays exact and never matches homophones.

`notices_fts` is a standalone FTS5 table whose rowid is the `notices` rowid, which is stable
because `notices` has a text primary key and sqlite-utils upserts keep the rowid.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import sqlite_utils

from db.exam_names import exam_parts
from db.folding import simplify

FTS_TABLE = "notices_fts"
SOURCE_TABLE = "notices"
# FTS column -> notices column. Title first: bm25 weights are positional.
# `province` and `city` are the notice's derived place (河南省, 郑州市), so a search for a place
# finds the notices of that place even when their text only names a city (`河南 监理` finds the
# 郑州 notice); a short name is a substring of the full one (河南 of 河南省), and pinyin (henan)
# reads as it, so nothing more is indexed (a one-character abbreviation such as 豫 is not: as a
# search term it would match every notice of its province and drown the ones that say 豫).
# Two columns, not one: a term never spans the end of one name and the start of the other.
FTS_COLUMNS = {"title": "title", "body": "body_text", "province": "province", "city": "city"}
# unicode61 only has to split on the spaces we put in: `_` (which joins a Latin/digit run to
# its neighbour) must stay inside a token, and diacritics are kept so that query and text
# agree exactly on every token.
TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '_'"
_JOIN = "_"

# Every indexed row carries this token, so a query with no searchable characters (empty, or
# only `"`, `*`, punctuation...) can filter nothing, as an AND of zero terms should; FTS5
# rejects an empty MATCH string. A private-use character: unicode61 indexes it, while
# search_tokens never emits one, so no typed query can produce it.
EVERY_ROW = "\ue000"
MATCH_ALL = f'"{EVERY_ROW}"'

_CHUNK = 2000
PINYIN_FILE = Path(__file__).with_name("pinyin.json")
_PINYIN_LIMIT = 8  # readings kept per pinyin term; more only add homophone noise

# Characters written without spaces between words, each a unit of its own: CJK ideographs
# (with extensions and compatibility forms), kana and Hangul syllables.
_PER_CHAR = (
    "\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3040-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003134f"
)
# Group 1: a per-character unit; group 2: a run of other letters/digits (the negated class is
# "word character, but neither `_` nor per-character script").
_UNIT = re.compile(rf"([{_PER_CHAR}])|([^\W_{_PER_CHAR}]+)")


def _units(text: str | None) -> list[tuple[str, bool]]:
    """(unit, is_run) for each unit of the simplified, lower-cased text."""
    return [(han or run, not han) for han, run in _UNIT.findall(simplify(text or "").lower())]


def _pairs(units: list[tuple[str, bool]]) -> list[str]:
    # A run is joined with `_` so that `2024_年` cannot be read as a longer run by a prefix query.
    return [
        f"{a}{_JOIN}{b}" if a_is_run else a + b
        for (a, a_is_run), (b, _) in zip(units, units[1:])
    ]


def search_tokens(text: str | None) -> str:
    """The indexed form of `text`: Simplified, half-width, lower-case unit pairs.

    >>> search_tokens("關於領取２０２４年PDF")
    '关于 于领 领取 取2024 2024_年 年pdf pdf'
    """
    units = _units(text)
    return " ".join([*_pairs(units), units[-1][0]]) if units else ""


def _term_query(units: list[tuple[str, bool]]) -> str:
    if len(units) > 1:
        return '"' + " ".join(_pairs(units)) + '"'
    unit, is_run = units[0]
    if is_run:
        return f'("{unit}{_JOIN}"* OR "{unit}")'
    return f'"{unit}"*'


@lru_cache(maxsize=1)
def _pinyin_table() -> tuple[dict[str, tuple[str, ...]], int]:
    words = json.loads(PINYIN_FILE.read_text(encoding="utf-8"))["words"]
    return {key: tuple(v) for key, v in words.items()}, max(map(len, words), default=0)


def pinyin_words(latin: str) -> list[str]:
    """The Chinese a pinyin term can stand for, from db/pinyin.json.

    `henanbuban` -> ['河南补办'], `shanxi` -> ['山西', '陕西']; [] when the term is not a
    sequence of known words. Every split into known words is tried (xian: 西安).
    """
    table, longest = _pinyin_table()
    readings: list[list[str]] = [[] for _ in range(len(latin) + 1)]
    readings[0] = [""]
    for start in range(len(latin)):
        for end in range(start + 2, min(len(latin), start + longest) + 1):
            for word in table.get(latin[start:end], ()) if readings[start] else ():
                for head in readings[start]:
                    if len(readings[end]) < _PINYIN_LIMIT and head + word not in readings[end]:
                        readings[end].append(head + word)
    return readings[-1] if latin else []


def _pinyin_alternatives(units: list[tuple[str, bool]]) -> list[str]:
    if not all(is_run and unit.isascii() and unit.isalpha() for unit, is_run in units):
        return []
    return [_term_query(_units(word)) for word in pinyin_words("".join(u for u, _ in units))]


# FTS5's time grows with the square of the number of ANDed terms matching the same rows
# (5,000 copies of 证 took 265 s in SQLite on 420 notices; over HTTP, the 3 s limit and an
# error page), so a repeated term counts once and a query keeps its first MAX_TERMS distinct
# terms, dropping the rest; no real search needs more.
MAX_TERMS = 32


@lru_cache(maxsize=1024)
def fts_query(user_query: str | None) -> str:
    """Rewrite what a candidate typed into a safe FTS5 MATCH expression.

    Terms are separated by whitespace and ANDed. FTS syntax typed by the user (`"`, `*`, `(`,
    `OR`, `-`, `:`) is searched for as text or dropped, never interpreted: tokens only ever
    hold letters, digits and `_`, so nothing needs quoting inside a phrase. A Latin term that
    reads as pinyin of known words also matches those words (`henan` finds 河南); a term is cut at
    an exam's name, and a name also finds the exam's other names (`二建证书` finds 二级建造师 and 证书,
    `监理证` finds 监理 and 证: db/exam_names.json). A repeated
    term counts once, and only the first MAX_TERMS (32) distinct terms are searched for.
    """
    queries: dict[str, None] = {}
    for term, others in (part for typed in dict.fromkeys(simplify(user_query or "").split()) for part in exam_parts(typed)):
        units = _units(term)
        if not units:
            continue
        alternatives = [_term_query(units), *_pinyin_alternatives(units), *(_term_query(_units(o)) for o in others)]
        queries.setdefault(
            alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"
        )
        if len(queries) == MAX_TERMS:
            break
    return " AND ".join(queries) if queries else MATCH_ALL


# A canned query for metadata.yml (parameter :q), for a search across titles and bodies with
# the notices whose title alone holds every term first, then by bm25 with the title weighted
# 10:1 (the province and city 1, as the body), then the newest. The table page cannot rank: Datasette orders it by sort_desc.
RANKED_SEARCH_SQL = f"""
SELECT notices.id, notices.title, notices.published, notices.province, notices.exam,
  notices.kind, notices.url,
  notices.rowid IN (
    SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH '{{title}} : (' || escape_fts(:q) || ')'
  ) AS title_match
FROM {FTS_TABLE} JOIN notices ON notices.rowid = {FTS_TABLE}.rowid
WHERE {FTS_TABLE} MATCH escape_fts(:q)
ORDER BY title_match DESC, bm25({FTS_TABLE}, 10.0, 1.0, 1.0, 1.0), notices.published DESC
LIMIT 100
""".strip()


# --- index maintenance --------------------------------------------------------------------


def _create_sql() -> str:
    columns = ", ".join(FTS_COLUMNS)
    return f'CREATE VIRTUAL TABLE [{FTS_TABLE}] USING fts5({columns}, tokenize="{TOKENIZE}")'


def _table_is_current(db: sqlite_utils.Database) -> bool:
    row = db.execute(
        "SELECT sql FROM sqlite_master WHERE name = ?", [FTS_TABLE]
    ).fetchone()
    return bool(row) and row[0] == _create_sql()


def _fts_row(row: tuple) -> tuple:
    rowid, title, *rest = row
    return (rowid, f"{search_tokens(title)} {EVERY_ROW}", *(search_tokens(v) for v in rest))


def _index_rows(db: sqlite_utils.Database, where: str = "", params: Iterable = ()) -> int:
    source_columns = ", ".join(f"[{c}]" for c in FTS_COLUMNS.values())
    fts_columns = ", ".join(FTS_COLUMNS)
    placeholders = ", ".join("?" for _ in FTS_COLUMNS)
    insert = f"INSERT INTO [{FTS_TABLE}] (rowid, {fts_columns}) VALUES (?, {placeholders})"
    cursor = db.conn.execute(
        f"SELECT rowid, {source_columns} FROM [{SOURCE_TABLE}] {where}", list(params)
    )
    count = 0
    while rows := cursor.fetchmany(_CHUNK):
        db.conn.executemany(insert, [_fts_row(row) for row in rows])
        count += len(rows)
    return count


def _rebuild(db: sqlite_utils.Database) -> int:
    # Dropping and refilling is much faster than deleting every row of a standalone FTS5
    # table (each delete re-tokenizes the stored text), and it also picks up a changed layout.
    db.conn.execute(f"DROP TABLE IF EXISTS [{FTS_TABLE}]")
    db.conn.execute(_create_sql())
    count = _index_rows(db)
    # One merged b-tree per token makes every later query cheaper.
    db.conn.execute(f"INSERT INTO [{FTS_TABLE}]([{FTS_TABLE}]) VALUES ('optimize')")
    return count


def _reindex(db: sqlite_utils.Database, ids: list[str]) -> int:
    count = 0
    any_missing = False
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rowids = [
            r[0]
            for r in db.conn.execute(
                f"SELECT rowid FROM [{SOURCE_TABLE}] WHERE id IN ({marks})", chunk
            )
        ]
        any_missing |= len(rowids) < len(set(chunk))
        if rowids:
            rmarks = ", ".join("?" for _ in rowids)
            db.conn.execute(f"DELETE FROM [{FTS_TABLE}] WHERE rowid IN ({rmarks})", rowids)
            count += _index_rows(db, f"WHERE rowid IN ({rmarks})", rowids)
    if any_missing:
        # A deleted notice's rowid is gone with it, so sweep every index row whose notice is
        # gone; this scan is only paid when a deletion is being synced.
        db.conn.execute(
            f"DELETE FROM [{FTS_TABLE}] WHERE rowid NOT IN (SELECT rowid FROM [{SOURCE_TABLE}])"
        )
    return count


def sync_search_index(db: sqlite_utils.Database, ids: Iterable[str] | None = None) -> int:
    """Bring `notices_fts` up to date; returns how many notices were (re)indexed.

    `ids=None` rebuilds the whole index. Otherwise only those notice ids are re-tokenized, and
    ids no longer in `notices` have their index rows removed. Pass every id an upsert or delete
    touched — including a new notice that may have reused a deleted notice's rowid.
    Idempotent, and runs in one transaction so readers never see a half-built index.
    """
    with db.atomic():
        if ids is None or not _table_is_current(db):
            return _rebuild(db)
        return _reindex(db, list(dict.fromkeys(ids)))
