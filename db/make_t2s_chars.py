"""Generate `t2s_chars.json`: every character that can make OpenCC's t2s conversion change a text.

Run: `.venv/bin/python db/make_t2s_chars.py` (offline; writes the file beside this
script). Rerun it whenever the `opencc` package is upgraded: `folding.py` only trusts the file
for the OpenCC version recorded in it, and a test fails when the two differ.

Why: most crawled notices are already Simplified, and converting them is a quarter of the
cost of cleaning a body. A text holding none of these characters comes out of OpenCC
unchanged, so `folding.to_simplified` skips the conversion after one C-speed regex search.

Source: the dictionaries the installed `opencc` wheel ships for its own `t2s.json` config
(`opencc/clib/share/opencc/*.ocd2`), dumped to text with the `opencc_dict` tool in the same
wheel. OpenCC segments a text by longest match over those keys and replaces each segment by
its first candidate, so a text is left unchanged unless it holds
- a key character whose first candidate differs from it (長 → 长), or
- a character of a phrase key where the phrase's first candidate differs from the key at
  that position (深沈 → 深沉 adds 沈, though 沈 alone stays 沈); when a phrase changes length,
  all of its characters.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import tempfile
from pathlib import Path

import opencc

OUT = Path(__file__).with_name("t2s_chars.json")
CONFIG = "t2s.json"


def _share_dir() -> Path:
    return Path(opencc.__file__).parent / "clib" / "share" / "opencc"


def _dict_files(config: dict) -> list[str]:
    """The .ocd2 files a config uses, in its normalization and conversion chain."""
    files: list[str] = []

    def walk(d: dict) -> None:
        if d.get("type") == "group":
            for sub in d["dicts"]:
                walk(sub)
        else:
            files.append(d["file"])

    for step in config.get("normalization", []) + config["conversion_chain"]:
        walk(step["dict"])
    return files


def _dump(ocd2: Path) -> list[tuple[str, str]]:
    """(key, first candidate) of every entry of a binary OpenCC dictionary."""
    clib = Path(opencc.__file__).parent / "clib"
    env = {**os.environ, "LD_LIBRARY_PATH": str(clib / "lib64")}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dict.txt"
        subprocess.run([str(clib / "bin" / "opencc_dict"), "-i", str(ocd2), "-o", str(out),
                        "-f", "ocd2", "-t", "text"], check=True, env=env)
        entries = []
        for line in out.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            entries.append((key, values.split(" ")[0]))
        return entries


def trigger_chars(entries: list[tuple[str, str]]) -> set[str]:
    chars: set[str] = set()
    for key, value in entries:
        if key == value:
            continue
        if len(key) == len(value):
            chars.update(k for k, v in zip(key, value) if k != v)
        else:
            chars.update(key)
    return chars


def build() -> dict:
    share = _share_dir()
    files = _dict_files(json.loads((share / CONFIG).read_text(encoding="utf-8")))
    chars: set[str] = set()
    for name in files:
        chars |= trigger_chars(_dump(share / name))
    return {
        "origin": f"opencc {opencc.__version__} wheel, {CONFIG}: " + ", ".join(files),
        "opencc_version": opencc.__version__,
        "generated": dt.date.today().isoformat(),
        "chars": "".join(sorted(chars)),
    }


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['chars'])} characters from {data['origin']}")


if __name__ == "__main__":
    main()
