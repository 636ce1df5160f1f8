"""Hostile input to `notices normalize`: every bad line reported and skipped, never a traceback.

Table tests for the pure reader (pipelines/jsonlines.py), then Hypothesis feeding generated and
arbitrary bytes to the real CLI in a subprocess.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from pipelines.jsonlines import (
    MAX_DEPTH,
    MAX_LINE_BYTES,
    BadLine,
    LineError,
    nesting_depth,
    parse_record,
    physical_lines,
    read_json_lines,
)
from pipelines.normalize import normalize_record
from tests.conftest import REPO_ROOT


def deep(n: int) -> bytes:
    return b"[" * n + b"]" * n


# --- the pure reader ------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    (b'{"text": "a"}', {"text": "a"}),
    (b'{"text": "a"}\n', {"text": "a"}),
    (b'  {"title": "t", "body": null}\r\n', {"title": "t", "body": None}),
    (b'{"text": "\\ud83d\\ude00"}', {"text": "\U0001f600"}),  # an escaped pair is one character
    (b'{"a": ' + deep(MAX_DEPTH - 1) + b"}", {"a": json.loads(deep(MAX_DEPTH - 1))}),
    (b'{"a": "' + b"[" * 50 + b'"}', {"a": "[" * 50}),  # brackets in a string
    (b"", None), (b"   \n", None), ("\u3000\t".encode(), None),  # blank: skipped
])
def test_a_good_or_blank_line(raw, expected):
    assert parse_record(raw) == expected


@pytest.mark.parametrize("raw, reason", [
    (b"\xff\xfe{}", "not valid UTF-8 (byte 0)"),
    (b'{"text": "\xed\xa0\x80"}', "not valid UTF-8 (byte 10)"),  # a surrogate encoded in the bytes
    (b'{"text": "a\xe4\xb8"}', "not valid UTF-8"),  # a truncated character
    (b"{broken", "Expecting property name enclosed in double quotes"),
    (b'"a string"', "a line must hold a JSON object"),
    (b"[1, 2]", "a line must hold a JSON object"),
    (b"null", "a line must hold a JSON object"),
    (b"1" * 5000, "Exceeds the limit"),  # too many digits for an int
    (deep(MAX_DEPTH + 1), f"nested deeper than {MAX_DEPTH}"),
    (b'{"a": ' + deep(MAX_DEPTH) + b"}", f"nested deeper than {MAX_DEPTH}"),
    (deep(100_000), f"nested deeper than {MAX_DEPTH}"),  # would be a RecursionError in json
    (b'{"text": "\\ud800"}', "lone surrogate"),
    (b'{"text": "ok", "x": ["\\udfff"]}', "lone surrogate"),
    (b'{"\\udc80": 1}', "lone surrogate"),  # in a key
    (b'{"text": "\\ude00\\ud83d"}', "lone surrogate"),  # a pair in the wrong order
    ("\ufeff{}".encode(), "Unexpected UTF-8 BOM"),
])
def test_a_bad_line_says_why(raw, reason):
    with pytest.raises(LineError, match=re.escape(reason)):
        parse_record(raw)


@pytest.mark.parametrize("raw, depth", [
    (b"{}", 1), (b'{"a": [1, {"b": []}]}', 4), (b'{"a": "]]]}}}[[[{{{"}', 1),
    (b'{"a": "\\"[[["}', 1), (b"1", 0), (deep(25), 25),
])
def test_nesting_depth_ignores_strings(raw, depth):
    assert nesting_depth(raw) == depth


@pytest.mark.parametrize("data, lines", [
    (b"a\nb\n", [b"a", b"b"]),
    (b"a\r\nb", [b"a", b"b"]),
    (b"a\rb\r\n\rc\n", [b"a", b"b", b"", b"c"]),  # a lone \r ends a line, as in text mode
    (b"\n\n", [b"", b""]),
    (b"", []),
])
def test_lines_split_as_text_files_split_them(data, lines):
    assert list(physical_lines(io.BytesIO(data))) == lines
    assert lines == data.splitlines()


def test_a_line_over_the_size_limit_is_skipped_and_the_next_one_read():
    data = b'{"text": "a"}\n' + b'{"text": "' + b"x" * 50 + b'"}\n' + b"\n" + b'{"text": "b"}'
    out = list(read_json_lines(io.BytesIO(data), max_bytes=40))
    assert out == [(1, {"text": "a"}), (2, BadLine(2, "line longer than 40 bytes")), (4, {"text": "b"})]
    # exactly at the limit (line break not counted) is fine
    assert list(read_json_lines(io.BytesIO(b"{}" + b" " * 38 + b"\n"), max_bytes=40)) == [(1, {})]


def test_line_numbers_count_blank_and_bad_lines():
    data = b'\n{"text": "a"}\n\xff\n[]\n   \n{"text": "b"}\n'
    out = list(read_json_lines(io.BytesIO(data)))
    assert [(n, r if isinstance(r, dict) else r.reason[:10]) for n, r in out] == [
        (2, {"text": "a"}), (3, "not valid "), (4, "a line mus"), (6, {"text": "b"})]
    assert str(out[1][1]) == "line 3: not valid UTF-8 (byte 0)"


# --- the real CLI, in a subprocess ----------------------------------------------------------


def run_normalize(data: bytes, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.cli", "normalize", *args], input=data,
                          cwd=REPO_ROOT, capture_output=True, timeout=120)


def today_output(line: bytes) -> bytes:
    """What `notices normalize` always wrote for a good line."""
    return json.dumps(normalize_record(json.loads(line.decode("utf-8"))), ensure_ascii=False).encode("utf-8")


def non_blank(data: bytes) -> list[bytes]:
    def blank(line: bytes) -> bool:
        try:
            return not line.decode("utf-8").strip()
        except UnicodeDecodeError:
            return False
    return [line for line in data.splitlines() if not blank(line)]


def check_run(data: bytes, result: subprocess.CompletedProcess) -> tuple[list[bytes], list[str]]:
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr[-3000:]
    errors = stderr.splitlines()
    assert all(re.fullmatch(r"line \d+: .+", e) for e in errors), stderr[-3000:]
    out = result.stdout.split(b"\n")
    assert out[-1] == b""
    out = out[:-1]
    assert len(out) == len(non_blank(data)), (len(out), data[:500])
    # one {"error": ...} on stdout per line reported on stderr, in the same place
    assert [json.loads(o)["error"] for o in out if b'{"error": ' == o[:10]] == errors
    assert result.returncode == (1 if errors else 0), (result.returncode, errors)
    return out, errors


def test_the_cli_keeps_going_after_bad_lines_and_exits_1():
    good = [b'{"text": "2024\xe5\xb9\xb4\xe7\x9b\x91\xe7\x90\x86\xe5\xb7\xa5\xe7\xa8\x8b\xe5\xb8\x88\xe8\xaf\x81\xe4\xb9\xa6\xe9\xa2\x86\xe5\x8f\x96\xe9\x80\x9a\xe7\x9f\xa5"}',
            b'{"title": "t", "body": "b", "listed_date": "2024-05-01"}']
    lines = [good[0], b"\xff\xfe\x00garbage", deep(5000), b'{"text": "\\ud800"}', b"[1]",
             b'{"text": "' + b"x" * MAX_LINE_BYTES + b'"}', b"", good[1]]
    data = b"\n".join(lines) + b"\n"
    result = run_normalize(data)
    out, errors = check_run(data, result)
    assert [e.split(":")[0] for e in errors] == ["line 2", "line 3", "line 4", "line 5", "line 6"]
    assert "longer than 1000000 bytes" in errors[-1]
    assert out[0] == today_output(good[0]) and out[-1] == today_output(good[1])
    assert json.loads(out[0])["is_cert_notice"] is True


def test_all_good_lines_exit_0(tmp_path):
    data = b'{"text": "a"}\r\n\r\n{"title": "b"}'
    (tmp_path / "in.jsonl").write_bytes(data)
    result = run_normalize(b"", str(tmp_path / "in.jsonl"))  # FILE as well as stdin
    out, errors = check_run(data, result)
    assert errors == [] and result.returncode == 0 and out == [today_output(b'{"text": "a"}'),
                                                               today_output(b'{"title": "b"}')]


# Good lines: JSON objects of notice-like and arbitrary fields, as JSON Lines writers produce
# them (no lone surrogates; any depth up to a few levels).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
NOTICE_TEXT = st.one_of(TEXT, st.sampled_from([
    "关于领取2024年度监理工程师资格证书的通知", "河南省2025年一级建造师证书补办", "電子證書 2023-11-01",
    "请于10月8日至10月20日到现场领取", "https://www.hnrsks.com/a.html"]))
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
RECORD = st.fixed_dictionaries(
    {}, optional={"text": NOTICE_TEXT, "title": NOTICE_TEXT, "body": NOTICE_TEXT | JSON_VALUE,
                  "listed_date": st.sampled_from(["2024-05-01", "2024-05-01 09:50:49", "x"]) | JSON_VALUE,
                  "source_region": st.sampled_from(["河南省", "全国"]) | JSON_VALUE, "url": TEXT | JSON_VALUE},
) | st.dictionaries(TEXT, JSON_VALUE, max_size=4)
GOOD_LINE = st.builds(lambda r, ascii_: json.dumps(r, ensure_ascii=ascii_).encode("utf-8"), RECORD, st.booleans())
BAD_LINE = st.one_of(
    # never UTF-8; no line break inside (it would make two lines of one)
    st.binary(min_size=1, max_size=40).map(lambda b: b"\xff" + b.replace(b"\n", b"").replace(b"\r", b"")),
    st.builds(lambda v: json.dumps(v).encode(), st.none() | st.integers() | TEXT | st.lists(st.integers())),
    st.integers(MAX_DEPTH + 1, 3000).map(deep),
    st.integers(MAX_DEPTH, 3000).map(lambda n: b'{"text": ' + deep(n) + b"}"),
    st.sampled_from([b'{"text": "\\ud800"}', b'{"\\udfff": 1}', b'{"a": ["x\\udbff"]}']),
    TEXT.map(lambda t: ("{" + " ".join(t.splitlines())).encode("utf-8")),  # not JSON
)
BLANK = st.sampled_from([b"", b"  ", b"\t", "\u3000".encode()])


# Each example starts the CLI (~0.8 s, most of it importing Scrapy): few examples, many lines
# each, and no shrinking (each shrink step is another process; a failure prints its lines).
CLI_SETTINGS = settings(deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@settings(CLI_SETTINGS, max_examples=6)
@given(st.lists(st.tuples(st.sampled_from(["good", "bad", "blank"]), st.data()), min_size=1, max_size=40),
       st.sampled_from([b"\n", b"\r\n"]))
def test_generated_lines_through_the_cli(kinds, newline):
    lines = [(kind, data.draw({"good": GOOD_LINE, "bad": BAD_LINE, "blank": BLANK}[kind])) for kind, data in kinds]
    data = newline.join(line for _, line in lines) + newline
    result = run_normalize(data)
    out, errors = check_run(data, result)
    printed = [(kind, line) for kind, line in lines if kind != "blank"]
    assert len(out) == len(printed)
    for number, ((kind, line), got) in enumerate(zip(printed, out), start=1):
        if kind == "good":
            assert got == today_output(line)  # byte for byte what it always printed
        else:
            assert json.loads(got)["error"].startswith("line "), (number, line[:100], got[:200])
    assert result.returncode == (1 if any(kind == "bad" for kind, _ in lines) else 0)


@settings(CLI_SETTINGS, max_examples=4)
@given(st.binary(max_size=4000))
@example(b"\r\r\n\x00\xed\xa0\x80\n{}\n\x85")
@example(b'{"text": 1e400}\n{"a": NaN}\n{"a": -Infinity}')
def test_arbitrary_bytes_through_the_cli(data):
    check_run(data, run_normalize(data))
