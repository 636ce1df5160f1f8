"""Draw the list of notice specs for one source from its declaration.

A declaration says what mix a site publishes (share of certificate notices, kinds, exams,
places, date range) and may pin series that must exist (several batches of one exam); the
drawing is seeded, so the same declaration always gives the same notices.

Every notice draws from its own stream, seeded with the source seed and the notice's key (its
place in the plan: ``s<k>.<i>`` for batch i of series k, ``n<j>`` for the j-th drawn notice),
not from one stream for the whole source: then one more notice, or a change in how one notice is
drawn, leaves every other notice as it was.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from tools.replica_gen.model import Spec
from tools.replica_gen.phrases import CITIES, EXAM_MONTH, clock


@dataclass
class Series:
    """Several batches of one exam's certificates, published some days apart; with one
    ``(None, None)`` batch it pins a single notice a site must have (a city, a kind)."""

    exam: str
    year: int
    first: date
    batches: list[tuple[int, int | None]]      # (batch, batch_month)
    gap_days: int = 12
    topic: str = "onsite"
    province: str | None = None
    place: tuple[str, str] | None = None        # (city, name as written)
    specialty: str | None = None
    kind: str = "collection"
    window_days: tuple[int | None, int | None] | None = None   # fixed window, days after publication
    form: str = "text"                          # text | image | attachment (model.Spec.form)


@dataclass
class Plan:
    total: int
    first: date
    last: date
    cert_share: float
    exams: list[str]
    kinds: dict[str, float] = field(default_factory=lambda: {"collection": 0.6, "electronic": 0.2, "reissue": 0.2})
    modes: dict[str, float] = field(default_factory=lambda: {"onsite": 0.45, "mail": 0.3, "both": 0.25})
    other_topics: list[str] = field(default_factory=lambda: ["registration", "admit", "score"])
    province: str | None = None                 # fixed province (official provincial site)
    provinces: list[str] = field(default_factory=list)   # drawn per notice (aggregators)
    city_share: float = 0.0
    multi_exam_share: float = 0.0
    attachment_share: float = 0.0
    series: list[Series] = field(default_factory=list)
    exam_for_other: float = 0.9                 # share of look-alikes that name an exam
    windows: bool = True                        # False: the site never states collection periods
    placeless: tuple[str, ...] = ()             # kinds/topics written without a province
    place_pool: list | None = None              # (city, short, counties) rows instead of CITIES[province]


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def _exam_year(kind: str, topic: str, published: date, exam: str | None) -> int:
    if kind != "other":
        sat = EXAM_MONTH.get(exam or "", 9)
        return published.year if published.month >= sat + 3 else published.year - 1
    if topic == "score" and published.month <= 2:
        return published.year - 1
    return published.year


def _window(rng: random.Random, kind: str, topic: str, published: date) -> tuple[date | None, date | None] | None:
    if kind == "electronic" or kind == "other":
        return None
    roll = rng.random()
    if kind == "reissue" and roll < 0.5:
        return None
    if roll < 0.08:
        return None
    start = published if rng.random() < 0.3 else published + timedelta(days=rng.randint(1, 12))
    if roll < 0.18:
        return (start, None)
    end = start + timedelta(days=rng.randint(7, 50))
    if topic == "mail" and roll < 0.26:
        return (None, end)
    return (start, end)


def _fixed_window(day: date, offsets: tuple[int | None, int | None]) -> tuple[date | None, date | None]:
    return tuple(None if o is None else day + timedelta(days=o) for o in offsets)


def _place(rng: random.Random, province: str | None, share: float,
           pool: list | None = None) -> tuple[str | None, str | None]:
    pool = pool or CITIES.get(province or "")
    if not province or not pool or rng.random() >= share:
        return None, None
    city, short, counties = rng.choice(pool)
    if counties and rng.random() < 0.3:
        return city, rng.choice(counties)
    return city, rng.choice([city, short]) if not short.endswith("州") else short


def spec_rng(seed: str, key: str) -> random.Random:
    """What one notice is about (its Spec); build.text_rng words it, from another stream."""
    return random.Random(f"{seed}:content:{key}")


def draw(seed: str, plan: Plan) -> list[Spec]:
    specs: list[Spec] = []
    for k, s in enumerate(plan.series):
        for i, (batch, month) in enumerate(s.batches):
            key = f"s{k}.{i}"
            rng = spec_rng(seed, key)
            day = s.first + timedelta(days=i * s.gap_days)
            province = s.province or plan.province
            city, place = s.place or (None, None)
            specs.append(Spec(key=key, kind=s.kind, topic=s.topic if s.kind == "collection" else "-",
                              published=clock(rng, day), exam=s.exam,
                              year=s.year, province=province, city=city, place=place, batch=batch,
                              batch_month=month, specialty=s.specialty,
                              window=None if s.form != "text" else _fixed_window(day, s.window_days) if s.window_days
                              else _window(rng, s.kind, s.topic, day) if plan.windows else None,
                              attachments=1 if plan.attachment_share or s.form != "text" else 0, form=s.form))
    span = (plan.last - plan.first).days
    for j in range(plan.total - len(specs)):
        key = f"n{j}"
        rng = spec_rng(seed, key)
        day = plan.first + timedelta(days=rng.randint(0, span))
        while day.weekday() == 6 and rng.random() < 0.8:  # offices rarely publish on Sundays
            day = plan.first + timedelta(days=rng.randint(0, span))
        published = clock(rng, day)
        is_cert = rng.random() < plan.cert_share
        kind = _pick(rng, plan.kinds) if is_cert else "other"
        topic = _pick(rng, plan.modes) if kind == "collection" else ("-" if is_cert else rng.choice(plan.other_topics))
        exam: str | None = rng.choice(plan.exams)
        exams: tuple[str, ...] = ()
        if kind in ("electronic", "collection") and rng.random() < plan.multi_exam_share:
            exams = tuple(rng.sample(plan.exams, 2 if rng.random() < 0.6 else 3))
            exam = None
        if kind == "other" and (topic in ("cert_check", "cont_edu") or rng.random() > plan.exam_for_other):
            exam = None
        year: int | None = _exam_year(kind, topic, day, exam or (exams[0] if exams else None))
        if topic == "cert_check" or (kind == "reissue" and rng.random() < 0.4):
            year = None
        province = plan.province or (rng.choice(plan.provinces) if plan.provinces else None)
        if kind in plan.placeless or topic in plan.placeless:
            province = None
        city, place = _place(rng, province, plan.city_share, plan.place_pool)
        specs.append(Spec(key=key, kind=kind, topic=topic, published=published, exam=exam, exams=exams, year=year,
                          province=province, city=city, place=place,
                          window=_window(rng, kind, topic, day) if plan.windows else None,
                          attachments=(rng.randint(1, 2) if rng.random() < plan.attachment_share and is_cert else 0)))
    specs.sort(key=lambda s: s.published, reverse=True)
    return specs


def published_range(specs: list[Spec]) -> tuple[datetime, datetime]:
    return specs[-1].published, specs[0].published
