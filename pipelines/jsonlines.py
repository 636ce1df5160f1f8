"""Reading untrusted JSON Lines safely, one line at a time (for `notices normalize`).

Pure and stdlib-only: a byte stream in, (line number, record or reason) out. A bad line never
stops the reading: too long, not UTF-8, not JSON, not a JSON object, nested too deep or holding
a lone surrogate, it becomes a `BadLine` with its reason and the next line is read.

Lines are split as Python's text files split them (universal newlines: `\\n`, `\\r\\n` and a
lone `\\r`), so line numbers are the ones `notices normalize` always reported; a line whose
text is only whitespace is skipped (no record, no error), as before. The size limit is checked
first, on the raw bytes up to `\\n`, and a longer line is skipped without being held in memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

MAX_LINE_BYTES = 1_000_000  # one JSON line; a notice's text is far shorter
MAX_DEPTH = 20  # nesting of arrays/objects; a notice record is depth 1 or 2
_READ_CHUNK = 1 << 16


@dataclass(frozen=True)
class BadLine:
    number: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.number}: {self.reason}"


class LineError(ValueError):
    """Why one line cannot be a record."""


# Strings (with their escapes) removed, what is left of a JSON text is brackets, commas,
# colons, numbers, literals and whitespace: its bracket nesting is the value's depth.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")
_DEPTH_STEP = {b"[": 1, b"{": 1, b"]": -1, b"}": -1}


def nesting_depth(raw: bytes) -> int:
    """The deepest bracket nesting of a JSON text, strings ignored (exact for valid JSON)."""
    depth = deepest = 0
    for bracket in _BRACKET.findall(_JSON_STRING.sub(b"", raw)):
        depth += _DEPTH_STEP[bracket]
        deepest = max(deepest, depth)
    return deepest


_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(value) -> bool:
    # Only reached after nesting_depth, so the recursion is at most max_depth deep.
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_lone_surrogate(k) or _lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_lone_surrogate(v) for v in value)
    return False


def parse_record(raw: bytes, max_depth: int = MAX_DEPTH) -> dict | None:
    """One line's bytes as a JSON object; None for a blank line; LineError with the reason otherwise.

    `raw` may end with its line break. Checks, in order: UTF-8, blank, depth, JSON, object,
    lone surrogates (a `\\ud800` escape decodes to a string no UTF-8 output can hold).
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LineError(f"not valid UTF-8 (byte {error.start})") from None
    if not text.strip():
        return None
    if nesting_depth(raw) > max_depth:
        raise LineError(f"JSON nested deeper than {max_depth} levels")
    try:
        record = json.loads(text)
    except RecursionError:  # pragma: no cover - nesting_depth refuses these first
        raise LineError(f"JSON nested deeper than {max_depth} levels") from None
    except ValueError as error:  # JSONDecodeError, or an integer of too many digits
        raise LineError(str(error)) from None
    if not isinstance(record, dict):
        raise LineError("a line must hold a JSON object")
    if _lone_surrogate(record):
        raise LineError("a string holds a lone surrogate (an unpaired \\ud800-\\udfff escape)")
    return record


def physical_lines(stream: BinaryIO, max_bytes: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """Each line's bytes split as a text file would (`\\n`, `\\r\\n`, lone `\\r`); None for a
    `\\n`-terminated stretch longer than max_bytes, which is read past, never kept."""
    while True:
        chunk = stream.readline(max_bytes + 1)
        if not chunk:
            return
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):
                chunk = stream.readline(_READ_CHUNK)
            yield None
            continue
        # Universal newlines: a lone \r ends a line too; \r\n is one break.
        body = chunk[:-1] if chunk.endswith(b"\n") else chunk
        if body.endswith(b"\r") and chunk.endswith(b"\n"):
            body = body[:-1]
        yield from body.split(b"\r")


def read_json_lines(stream: BinaryIO, max_bytes: int = MAX_LINE_BYTES,
                    max_depth: int = MAX_DEPTH) -> Iterator[tuple[int, dict | BadLine]]:
    """(line number, record or BadLine) for every line that is not blank, in order."""
    for number, raw in enumerate(physical_lines(stream, max_bytes), start=1):
        if raw is None:
            yield number, BadLine(number, f"line longer than {max_bytes} bytes")
            continue
        try:
            record = parse_record(raw, max_depth)
        except LineError as error:
            yield number, BadLine(number, str(error))
            continue
        if record is not None:
            yield number, record
