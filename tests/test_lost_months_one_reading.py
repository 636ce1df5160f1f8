"""A date whose 年 and 月 a copy lost (`2020518日`, `626日`) has one reading: `dates._TOKEN`'s. The readers read it in
place (`tokens`), and the classifier reads the text with it written out in words (`lost_months_in_words`); both must
find the same dates (a property over random strings of figures, date words and spaces)."""

from __future__ import annotations

import random

import pytest

from pipelines.dates import lost_months_in_words, tokens


def _dates(text: str) -> list:
    return [t.date for t in tokens(text, 2031)]


def test_the_rewrite_reads_the_dates_the_readers_read():
    rng = random.Random(26)
    rewritten = 0
    for _ in range(10000):
        text = "".join(rng.choice("2019年月日0123456789至起于内后 ") for _ in range(rng.randint(3, 16)))
        words = lost_months_in_words(text)
        if words != text:
            rewritten += 1
            assert _dates(words) == _dates(text), (text, words)
    assert rewritten > 50  # (the strings do hold lost dates)


@pytest.mark.parametrize(("text", "words"), [
    ("自2020518日起", "自2020年5月18日起"),
    ("于1020日截止", "于10月20日截止"),
    ("120日内办结", "120日内办结"),  # a count of days
    ("2021年3月318日", "2021年3月318日"),  # figures after 月: a date's tail, not a date
    ("于518 日截止", "于518 日截止"),  # figures apart from their 日: not a copy's lost month
    ("2023125日", "2023125日"),  # figures that part two ways
])
def test_lost_months_written_out(text, words):
    assert lost_months_in_words(text) == words
