"""A learned reading of the collection window beside the rules': trained, cross-validated and scored (`make bench-ranker`).

Why this bench: the window rules (pipelines/window*.py) find 0.90 of the labelled window days on the texts they were
written from and about 0.64 on the held-out split. This measures a linear model over the dates the rules' own grammar
reads, as the issue allows ("a better method"), so a later session starts from figures, not from scratch.

Candidates: every date `window.collection_window` reads (the same tokens and years), the last day of `4月15日-30日`, a
range crossing the year end, the publication day for `即日起`, the first of a month that opens (`6月起`), a window rule's
dates and, without a publication day, the next year's copy of a date written without one. Features: 1–3 character
grams 12 characters either side, the marks next to it, where it lies, its place in a range, how it stands to the
publication day; hashed, binary. Two logistic regressions (scikit-learn) score each candidate as start and as end; a
text's model window is its best start over 0.30 and best end (not before it) over 0.35 (C and thresholds as a
grouped cross-validation inside the training texts chose them, session 22). Only texts the rules call notices are read.

It prints, for window_start and window_end (accuracy / recall / precision):
- cross-validated by site on the corpus's dev split (5 folds; probes and the shared dev set always in training): the
  rules (in-sample: written from these texts), the model alone, and two ways to join them: `fill` (the rules' window,
  the model's start or end where the rules give none) and `fill if none` (the model's window only where the rules give
  no date at all);
- the held-out test split, the model trained on every text we may tune on (scored, figures only).
Session 22's figures are in tests/data/real_notices/README.md ("Twenty-second session"). Needs the `train` extra.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from pipelines import window, window_rule  # noqa: E402
from pipelines.date_years import after_exam_year, context_year, inherit_years  # noqa: E402
from pipelines.dates import MAY_HOLD_DATE, chinese_numeral_dates, tokens  # noqa: E402
from pipelines.normalize import normalize_record  # noqa: E402
from pipelines.scoring import eval_path, load_labelled, to_record  # noqa: E402
from pipelines.window_days import TIME, day_only_end, month_ends_as_days  # noqa: E402
from bench.wrapped import wrapped  # noqa: E402

CORPUS = REPO / "tests" / "data" / "real_notices" / "notices.jsonl"
PROBES = REPO / "tests" / "data" / "probes" / "probes.jsonl"
BUCKETS = 2 ** 18
CONTEXT = 12
C, START_AT, END_AT = 0.3, 0.30, 0.35
_NOW_RE = re.compile(window._NOW + r"\s*起?")
_SEP_BEFORE = re.compile(r"(?:至|到|—+|–|-+|~+|～+|－|―)\s*(?:次年|翌年|来年)?\s*$")
_MARKS = "起至止前-到后截内开始为:：,，。;；(（)）、"
_DIGIT = re.compile(r"\d")


def read(record: dict) -> dict:
    """The rules' reading of one text and what the window rules were handed: normalize_record calls them through their
    modules, so wrappers put there for the call see their arguments (this bench's instrument, not the pipeline's)."""
    seen: dict = {}

    def seen_window(plain):
        def seen_call(text, published):
            seen["titled"], seen["published"] = text, published
            return plain(text, published)
        return seen_call

    def seen_rule(plain):
        def seen_call(raw, titled, published):
            seen["rule"] = plain(raw, titled, published)
            return seen["rule"]
        return seen_call

    with wrapped(window, "collection_window", seen_window), wrapped(window_rule, "rule_window", seen_rule):
        out = normalize_record(to_record(record), facts_for_notices_only=True)
    labels = record.get("labels") or {}
    row = {"rules": (out["window_start"], out["window_end"]), "label": (labels.get("window_start"), labels.get("window_end")),
           "kind": out["kind"], "site": record.get("site") or record["id"][:1], "candidates": []}
    if "titled" in seen:  # (a notice: the rules read its window)
        row["candidates"] = candidates(seen["titled"], seen["published"], seen["rule"])
    return row


def candidates(titled: str, published: str | None, rule) -> list[tuple]:
    """(date, start, end, source, explicit year, range role) of each candidate, then the text read, last."""
    text = month_ends_as_days(chinese_numeral_dates(titled))
    pub = dt.date.fromisoformat(published) if published else None
    out, toks, default = [], [], None
    if MAY_HOLD_DATE.search(text):
        default = pub.year if pub else context_year(text)
        toks = inherit_years(tokens(text, default), pub) if pub else after_exam_year(tokens(text, default), text, default)

    def add(date, start, end, source, explicit=False, role=""):
        if date is not None:
            out.append((date, start, end, source, explicit, role))

    def next_year(date):
        try:
            return date.replace(year=date.year + 1)
        except ValueError:
            return None

    for i, tok in enumerate(toks):
        role = ""
        sep = window._RANGE_SEP.match(text, TIME.match(text, tok.end).end())
        if sep:
            if i + 1 < len(toks) and toks[i + 1].start == sep.end():
                role = "rstart"
            elif (last := day_only_end(text, sep.end(), tok.date)) is not None:
                role = "rstart"
                add(last, sep.end(), sep.end() + 3, "dayonly", tok.explicit_year, "rend")
        if i > 0 and _SEP_BEFORE.search(text, max(0, tok.start - 6), tok.start):
            before = window._RANGE_SEP.match(text, TIME.match(text, toks[i - 1].end).end())
            if before and before.end() == tok.start:
                role = "rmid" if role else "rend"
                if tok.date < toks[i - 1].date and not tok.explicit_year:
                    add(next_year(tok.date), tok.start, tok.end, "yearcross", False, "rend")
        add(tok.date, tok.start, tok.end, "tok", tok.explicit_year, role)
        if pub is None and not tok.explicit_year:
            add(next_year(tok.date), tok.start, tok.end, "yr+1", False, role)
    if pub:
        for m in _NOW_RE.finditer(text):
            add(pub, m.start(), m.end(), "now", True)
    for m in window._MONTH_OPENS.finditer(text) if "月" in text else ():
        years = [t.date.year for t in toks if t.end <= m.start()]
        year = int(m[1]) if m[1] else (years[-1] if years else default)
        if year and 1 <= int(m[2]) <= 12:
            add(dt.date(year, int(m[2]), 1), m.start(), m.end(), "month", bool(m[1]))
    found, rule_start, rule_end = rule
    if found is not None:
        at = max(0, text.find(found.text[:4])) if found.text else 0
        for date, source in ((rule_start, "rule_s"), (rule_end, "rule_e")):
            if date:
                add(dt.date.fromisoformat(date), at, at + 2, source, True)
    return out + [(text, pub)]


def _grams(s: str, tag: str) -> list[str]:
    s = _DIGIT.sub("0", s)
    return [f"{tag}{n}:{s[k:k + n]}" for n in (1, 2, 3) for k in range(len(s) - n + 1)]


def features(row: dict) -> list[set[int]]:
    """The hashed features of each candidate of a row."""
    *cands, (text, pub) = row["candidates"]
    title_len, n = text.find("\n"), max(len(text), 1)
    dates = sorted({c[0] for c in cands})
    out = []
    for date, start, end, source, explicit, role in cands:
        left, right = text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]
        after = right.lstrip()
        days = (date - pub).days if pub else None
        f = ["bias", "src=" + source, "role=" + role, f"expl={explicit}", f"intitle={start < title_len}",
             f"pos={min(int(10 * start / n), 9)}", f"kind={row['kind']}", f"titleonly={title_len < 0 or title_len >= len(text) - 1}",
             f"ncand={min(len(dates), 6)}", f"h1={date.month <= 6}{source}",
             f"niandu={'年度' in text[:max(title_len, 0) + 200]}{source}", f"nment={min(sum(1 for c in cands if c[0] == date), 4)}",
             "nx1=" + _DIGIT.sub("0", after[:1]), "nx2=" + _DIGIT.sub("0", after[:2]),
             "pv1=" + _DIGIT.sub("0", left[-1:]), "pv2=" + _DIGIT.sub("0", left[-2:]),
             f"first={date == dates[0]}", f"last={date == dates[-1]}",
             "nopub" if days is None else "vspub=" + ("0" if days == 0 else ("+" if days > 0 else "-") + str(min(int(math.log2(abs(days))), 9)))]
        f += _grams(left, "L") + _grams(right, "R") + _grams(left[-4:], "l") + _grams(right[:4], "r")
        f += ["nx3=" + ch for ch in _MARKS if ch in after[:3]] + ["pv3=" + ch for ch in _MARKS if ch in left[-3:]]
        out.append({zlib.crc32(x.encode("utf-8")) & (BUCKETS - 1) for x in f})
    return out


def fit(rows: list[dict]):
    feats, starts, ends = [], [], []
    for row in rows:
        for cand, f in zip(row["candidates"][:-1], row["features"]):
            feats.append(f)
            starts.append(cand[0].isoformat() == row["label"][0])
            ends.append(cand[0].isoformat() == row["label"][1])
    indptr = np.cumsum([0] + [len(f) for f in feats])
    X = sparse.csr_matrix((np.ones(int(indptr[-1])), np.fromiter((b for f in feats for b in sorted(f)), dtype=np.int64),
                           indptr), shape=(len(feats), BUCKETS))
    return [LogisticRegression(C=C, solver="liblinear", max_iter=2000).fit(X, np.array(y)) for y in (starts, ends)]


def model_window(models, row: dict) -> tuple[str | None, str | None]:
    if not row["features"]:
        return None, None
    best: list[dict] = [{}, {}]
    for cand, f in zip(row["candidates"][:-1], row["features"]):
        for k, m in enumerate(models):
            z = m.intercept_[0] + sum(m.coef_[0][b] for b in f)
            best[k][cand[0]] = max(best[k].get(cand[0], 0.0), 1 / (1 + math.exp(-z)))
    start, p = max(best[0].items(), key=lambda kv: kv[1])
    start = start if p >= START_AT else None
    end, p = max(((d, q) for d, q in best[1].items() if start is None or d >= start), key=lambda kv: kv[1], default=(None, 0))
    end = end if end is not None and p >= END_AT else None
    return (start.isoformat() if start else None), (end.isoformat() if end else None)


def joined(rules, model) -> dict[str, tuple]:
    fill = (rules[0] or model[0], rules[1] or model[1])
    return {"rules": rules, "model": model, "fill": fill, "fill if none": model if rules == (None, None) else rules}


def figures(rows: list[dict], answers: list[dict], name: str) -> None:
    for way in answers[0]:
        cells = []
        for k in (0, 1):
            got = [a[way][k] for a in answers]
            want = [r["label"][k] for r in rows]
            right = sum(g == w for g, w in zip(got, want))
            rec = [g == w for g, w in zip(got, want) if w]
            prec = [g == w for g, w in zip(got, want) if g]
            cells.append(f"{right / len(rows):.3f} / {sum(rec) / max(len(rec), 1):.3f} / {sum(prec) / max(len(prec), 1):.3f}")
        print(f"{name:<26}{way:<14}{cells[0]:>24}{cells[1]:>24}")


def main() -> int:
    corpus = load_labelled(CORPUS)
    training = [read(r) for r in load_labelled(PROBES) + load_labelled(eval_path())]
    dev = [read(r) for r in corpus if r.get("split") == "dev"]
    test = [read(r) for r in corpus if r.get("split") == "test"]
    for row in training + dev + test:
        row["features"] = features(row) if row["candidates"] else []
    print(f"{'':<26}{'':<14}{'window_start acc/rec/prec':>24}{'window_end acc/rec/prec':>24}")
    answers: list[dict] = [{} for _ in dev]
    for fold, held in GroupKFold(5).split(dev, groups=[r["site"] for r in dev]):
        models = fit(training + [dev[i] for i in fold])
        for i in held:
            answers[i] = joined(dev[i]["rules"], model_window(models, dev[i]))
    figures(dev, answers, "dev, 5 folds by site")
    models = fit(training + dev)
    figures(test, [joined(r["rules"], model_window(models, r)) for r in test], "test (held out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
