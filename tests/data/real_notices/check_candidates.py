"""Check candidate texts before they join this corpus (the gathering rounds' no-copy check).

Usage: `.venv/bin/python tests/data/real_notices/check_candidates.py CANDIDATES.jsonl [--eval PATH]`
Each candidate line is `{"text", "source_url", "site", …}`. Prints, per candidate, the split its site falls in
(the rule of README "Split") and any reason to refuse it:
  DEV-COPY        a 20-character raw run, or a 27-character run once Traditional is folded to Simplified and pinyin
                  annotations and whitespace are dropped, shared with a text of the shared dev set;
  CORPUS-COPY     a 20-character raw run shared with a record already in notices.jsonl;
(A raw run is read with pinyin annotations dropped, `會(huì)計(jì)` as `會計`: since the sixteenth session, as the annotations
alone made 20 characters of 7 real ones, and every annotated repost of the same boilerplate was refused.)
  SAME-URL        its source_url is already in notices.jsonl;
  CANDIDATE-COPY  a 20-character run shared with an earlier candidate of the same file.
Reads the texts only, never the labels."""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import opencc  # noqa: E402

from db.folding import strip_pinyin_annotations  # noqa: E402
from pipelines.scoring import eval_path, load_labelled  # noqa: E402

RAW_RUN, FOLDED_RUN = 20, 27
T2S = opencc.OpenCC("t2s")  # (plain OpenCC, as the checks were run: not our folding, which also applies NFKC)
_SPACE = re.compile(r"\s+")


def runs(text: str, n: int) -> set[str]:
    return {text[i:i + n] for i in range(max(0, len(text) - n + 1))}


def raw_text(text: str) -> str:
    return strip_pinyin_annotations(text)


def folded(text: str) -> str:
    return _SPACE.sub("", strip_pinyin_annotations(T2S.convert(text)))


def split_of(site: str) -> str:
    return "test" if int(hashlib.sha1(site.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates")
    parser.add_argument("--eval", help="the shared dev set (default: $CERTNOTICES_EVAL or ../shared/eval)")
    args = parser.parse_args(argv[1:])
    dev = [item["text"] for item in load_labelled(eval_path(args.eval))]
    corpus = load_labelled(HERE / "notices.jsonl")
    dev_raw = set().union(*(runs(raw_text(t), RAW_RUN) for t in dev))
    dev_folded = set().union(*(runs(folded(t), FOLDED_RUN) for t in dev))
    corpus_raw = set().union(*(runs(raw_text(r["text"]), RAW_RUN) for r in corpus))
    urls = {r["source_url"] for r in corpus}
    seen: set[str] = set()
    for n, candidate in enumerate(load_labelled(Path(args.candidates)), 1):
        text, problems = candidate["text"], []
        raw = runs(raw_text(text), RAW_RUN)
        if raw & dev_raw or runs(folded(text), FOLDED_RUN) & dev_folded:
            problems.append("DEV-COPY")
        if raw & corpus_raw:
            problems.append("CORPUS-COPY")
        if candidate.get("source_url") in urls:
            problems.append("SAME-URL")
        if raw & seen:
            problems.append("CANDIDATE-COPY")
        seen |= raw
        print(n, candidate.get("site"), split_of(candidate.get("site", "")), " ".join(problems) or "ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
