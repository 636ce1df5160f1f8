"""How the normalizer reads texts it was not written from: each corpus round's dev texts, read by the code as it stood
just before the round landed, beside the code now.

Usage: `python bench/arrival.py [--since REV] [--model]` (`make bench-arrival`; needs the repository's history).
Every commit that added texts to tests/data/real_notices/notices.jsonl is a round. Its parent's `pipelines/` and `db/`
(`git archive`) read the round's new dev texts, which no rule had yet been written from; the pooled scores say how the
rules read a new site's notices, on texts we may read, and so estimate what the held-out split measures. Beside them,
the code now reads the same texts (in-sample: rules were written from many of them since).

`--model` (the `train` extra, scikit-learn) tries a learned second opinion on is_cert_notice: a logistic regression
over the TF-IDF of the characters and character pairs of a text's first 600 characters (Simplified), trained on the
dev split and the probes. Where it is sure (p <= 0.25 or >= 0.75) and the rules disagree, its answer is taken (a
notice the rules missed takes the kind its title names, else its body's commonest, else collection). Printed: over the
rules' answers at arrival, with the model cross-validated by site (all the rounds, and each half of them); and over
the rules' answers now on the held-out split and on the shared dev set, with the model trained on every dev and probe
text. Session 26 found +4.6 points of is_cert at arrival (0.863 -> 0.909, both halves gaining) but +0.2 on the held-out
split (0.910 -> 0.912: precision up, recall down) and -5.1 on the shared dev set (0.979 -> 0.928), for twice the
fields' time: the arrival texts overstate it, probably because the rules now already read much of what the model
fixed in the rules then. Not put into the normalizer (pipelines/kind.py lists the earlier trials).
The window's days are also counted as shown (read, or quoted where none was read: `pipelines/window_lines.py`, session
27; at arrival, today's quoting over the old code's answers). Scores only: no text is printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipelines.keyfacts_scoring import score_key_facts  # noqa: E402
from pipelines.scoring import WINDOW_FIELDS, eval_path, load_labelled, score, to_record  # noqa: E402
from pipelines.text import simplify  # noqa: E402
from pipelines.window_lines import date_lines  # noqa: E402

CORPUS_PATH = "tests/data/real_notices/notices.jsonl"
PROBES = REPO / "tests" / "data" / "probes" / "probes.jsonl"
# The seventh round: the first after the corpus's second reading (a792599) settled its conventions.
SINCE = "4160b70"
FIELDS = ("is_cert_notice", "kind", "exam", "province", "city", "year", "published", "window_start", "window_end")
RECALLED = ("published", "window_start", "window_end")  # (scored by recall on labelled values, as the issue asks)
FACTS = ("place", "materials", "phone", "mode", "fee", "deadline_rule", "agency")
# Run in the old tree: normalize each record given on stdin, one JSON line out per record.
_READ_OLD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pipelines.normalize import normalize_record
for line in sys.stdin:
    record = json.loads(line)
    print(json.dumps(normalize_record(record["input"]), ensure_ascii=False, default=str))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout


def rounds(since: str) -> list[str]:
    """The commits that changed the corpus, oldest first, from `since` on."""
    return git("log", "--reverse", "--format=%h", f"{since}^..HEAD", "--", CORPUS_PATH).split()


def ids_at(rev: str) -> set[str]:
    try:
        blob = git("show", f"{rev}:{CORPUS_PATH}")
    except subprocess.CalledProcessError:
        return set()
    return {json.loads(line)["id"] for line in blob.splitlines() if line.strip()}


def read_at_arrival(rev: str, records: list[dict]) -> dict[str, dict]:
    """{id: output} of the code at `rev`'s parent for `records`."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", f"{rev}^", "pipelines", "db"], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        lines = "".join(json.dumps({"input": to_record(r)}, ensure_ascii=False) + "\n" for r in records)
        out = subprocess.run([sys.executable, "-c", _READ_OLD, tree], input=lines, capture_output=True, text=True,
                             check=True).stdout.splitlines()
    return {r["id"]: json.loads(line) for r, line in zip(records, out)}


def print_rounds(items: list[dict], then: dict[str, dict], round_of: dict[str, int], revs: list[str]) -> None:
    """Round by round, at arrival: whether the rules read new sites better as they grew."""
    print(f"\n{'round':<10}{'texts':>6}{'is_cert':>9}{'exam':>7}{'window start':>14}{'KF place':>10}   (at arrival)")
    for number, rev in enumerate(revs):
        chosen = [r for r in items if round_of[r["id"]] == number]
        if not chosen:
            continue
        fields = score(chosen, answer=lambda r: then[r["id"]]).fields
        facts = [r for r in chosen if "key_facts" in r["labels"] and "place" in then[r["id"]]]
        start = fields["window_start"]
        place = score_key_facts(facts, answer=lambda r: then[r["id"]]).facts["place"].accuracy if facts else None
        print(f"{rev:<10}{len(chosen):>6}{fields['is_cert_notice'].accuracy:>9.3f}{fields['exam'].accuracy:>7.3f}"
              + (f"{start.recall:>9.2f} of {start.labelled:<2}" if start.labelled else f"{'-':>14}")
              + (f"{place:>10.2f}" if place is not None else f"{'-':>10}"))


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_fields(items: list[dict], then: dict[str, dict]) -> None:
    at_arrival, now = score(items, answer=lambda r: then.get(r["id"])), score(items)
    print(f"{'field':<15}{'at arrival':>12}{'now':>8}   (accuracy; recall for {', '.join(RECALLED)})")
    for name in FIELDS:
        a, b = at_arrival.fields[name], now.fields[name]
        shown = [_figure(s.recall if name in RECALLED else s.accuracy) for s in (a, b)]
        print(f"{name:<15}{shown[0]:>12}{shown[1]:>8}" + (f"   ({a.labelled} labelled)" if name in RECALLED else ""))
    for name in WINDOW_FIELDS:  # (read, or quoted where none was read: pipelines/window_lines.py)
        label = name.replace("window_", "") + " shown"
        print(f"{label:<15}{_figure(at_arrival.shown_recall(name)):>12}{_figure(now.shown_recall(name)):>8}")
    with_facts = [r for r in items if "key_facts" in r["labels"] and "place" in then.get(r["id"], {})]
    if with_facts:
        a, b = score_key_facts(with_facts, answer=lambda r: then.get(r["id"])), score_key_facts(with_facts)
        for name in FACTS:
            print(f"{'KF ' + name:<15}{a.facts[name].accuracy:>12.3f}{b.facts[name].accuracy:>8.3f}")
        print(f"{'(records)':<15}{len(with_facts):>12}")


def quote_where_unread(items: list[dict], then: dict[str, dict]) -> None:
    """The sentences the notice page would have quoted where the code at arrival read no window (that code had no
    `date_lines`): today's `window_lines.date_lines`, which no round's texts were read for, over the record's
    Simplified text (near enough to the normalizer's own reading of it)."""
    for item in items:
        out = then[item["id"]]
        unread = not (out.get("window_start") or out.get("window_end"))
        if "date_lines" not in out and out.get("is_cert_notice") and unread:
            out["date_lines"] = date_lines(simplify(item["text"]), out.get("published"))


# --- the character model (`--model`) -----------------------------------------------------------

READ_CHARS, SURE = 600, 0.25


def _grams(text: str) -> list[str]:
    from db.folding import simplify
    read = " ".join(simplify(text[:READ_CHARS * 2]).split())[:READ_CHARS]
    return list(read) + [a + b for a, b in zip(read, read[1:])]


def _fit(records: list[dict]):
    """A predict(texts) -> probabilities trained on `records`."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=_grams, sublinear_tf=True, min_df=2, max_features=20_000)
    features = vectorizer.fit_transform([r["text"] for r in records])
    model = LogisticRegression(C=16.0, class_weight="balanced", max_iter=5000)
    model.fit(features, [bool(r["labels"]["is_cert_notice"]) for r in records])
    return lambda texts: model.predict_proba(vectorizer.transform(texts))[:, 1]


def _out_of_fold(dev: list[dict], always: list[dict]) -> dict[str, float]:
    """Each dev record's probability from a model trained without its site's records (and with `always`)."""
    from sklearn.model_selection import GroupKFold

    probability: dict[str, float] = {}
    for train, held in GroupKFold(n_splits=5).split(dev, groups=[r["site"] for r in dev]):
        predict = _fit([dev[i] for i in train] + always)
        probability.update(zip((dev[i]["id"] for i in held), map(float, predict([dev[i]["text"] for i in held]))))
    return probability


def _second_opinion(out: dict, probability: float, text: str) -> dict:
    from pipelines.kind_words import COLLECTION, OTHER, blank, kind_named_in_title, majority_kind

    out = dict(out)
    title, _, body = text.partition("\n")
    if out["is_cert_notice"] and probability <= SURE:
        out["is_cert_notice"], out["kind"] = False, OTHER
    elif not out["is_cert_notice"] and probability >= 1 - SURE:
        out["is_cert_notice"] = True
        out["kind"] = kind_named_in_title(blank(title)) or majority_kind(blank(body)) or COLLECTION
    return out


def print_model(items: list[dict], then: dict[str, dict], round_of: dict[str, int], corpus: list[dict]) -> None:
    from pipelines.normalize import normalize_record

    dev = [r for r in corpus if r.get("split") == "dev"]
    probes = load_labelled(PROBES)
    oof = _out_of_fold(dev, probes)
    predict = _fit(dev + probes)
    print("\nthe character model's second opinion (is_cert_notice / kind accuracy)")
    print(f"{'texts':<34}{'records':>8}{'rules':>16}{'with model':>16}")

    def row(name: str, chosen: list[dict], rules: dict[str, dict], probability: dict[str, float]) -> None:
        plain = score(chosen, answer=lambda r: rules[r["id"]])
        model = score(chosen, answer=lambda r: _second_opinion(rules[r["id"]], probability[r["id"]], r["text"]))
        cells = [f"{s.fields['is_cert_notice'].accuracy:.3f} / {s.fields['kind'].accuracy:.3f}" for s in (plain, model)]
        print(f"{name:<34}{len(chosen):>8}{cells[0]:>16}{cells[1]:>16}")

    row("arrival, all rounds", items, then, oof)
    row("arrival, odd rounds", [r for r in items if round_of[r["id"]] % 2], then, oof)
    row("arrival, even rounds", [r for r in items if not round_of[r["id"]] % 2], then, oof)
    for name, chosen in (("held-out split, rules now", [r for r in corpus if r.get("split") == "test"]),
                         ("shared dev set, rules now", load_labelled(eval_path(None)))):
        now = {r["id"]: normalize_record(to_record(r)) for r in chosen}
        row(name, chosen, now, dict(zip((r["id"] for r in chosen), map(float, predict([r["text"] for r in chosen])))))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", default=SINCE, help=f"the first round to read (default {SINCE}, the seventh)")
    parser.add_argument("--model", action="store_true", help="also the character model's trial (the train extra)")
    args = parser.parse_args(argv[1:])
    corpus = load_labelled(REPO / CORPUS_PATH)
    by_id = {r["id"]: r for r in corpus}
    then: dict[str, dict] = {}
    round_of: dict[str, int] = {}
    try:
        revs = rounds(args.since)
    except subprocess.CalledProcessError as failed:
        print(f"bench/arrival.py reads the repository's history, and git could not ({failed.stderr.strip()}): a full clone "
              "is needed (git fetch --unshallow)", file=sys.stderr)
        return 2
    for number, rev in enumerate(revs):
        added = sorted(ids_at(rev) - ids_at(f"{rev}^"))
        new = [by_id[i] for i in added if i in by_id and by_id[i].get("split") == "dev"]
        if new:
            then.update(read_at_arrival(rev, new))
            round_of.update((r["id"], number) for r in new)
            print(f"round {rev}: {len(new)} dev texts", file=sys.stderr)
    items = [by_id[i] for i in then]
    quote_where_unread(items, then)
    print(f"{len(items)} dev texts read by the code just before their round landed (rounds since {args.since})\n")
    print_fields(items, then)
    print_rounds(items, then, round_of, revs)
    if args.model:
        print_model(items, then, round_of, corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
