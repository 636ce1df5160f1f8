"""Dates rewritten into the form the normaliser's readers expect: the weekday a copy writes after a date dropped
(`without_weekdays`), the figure dates of a period written in words (`periods_in_words`), and the split of a month and
day whose 月 a copy lost (`split_lost`; `pipelines/dates.py` reads those dates in its grammar and writes them out in
words). Written by hand for the reasons given in `pipelines/dates.py`, which reads the grammar these forms feed.
"""

from __future__ import annotations

import re

from pipelines.numerals import valid_date

# a time of day after a date, then what makes it a period's bound (`2021-01-20 9:00至`, `2025.3.1起`, `至2025/3/15`)
_PERIOD_MARK_AFTER = re.compile(r"(?:\s*\d{1,2}\s*[:：]\s*\d{2}(?:[:：]\d{2})?)?\s*(?:起|至|到|—|-|～|~|止|前|开始)")
_PERIOD_MARK_BEFORE = re.compile(r"(?:至|到|—|-|～|~|自|从|于)\s*$")
# a full date in figures (`2021-01-20`, `2025.3.1`, `2025/3/15`), not inside a longer number
# (opening on the year, the character before it checked behind, as `_URL_DATE` does: a leading look-behind was tried at
# every position)
_FIGURE_DATE = re.compile(r"((?:19|20)\d\d)(?<![\d.].{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)")


# the weekday a copy writes after a date (`1月13日(星期一)`, `2031-03-03（周一）`): the date says it already, and the
# readers of periods and places expect the date's next word right after it
_WEEKDAY_NOTE = re.compile(r"(?<=[日号\d])\s*[(（](?:星期|周|礼拜)[一二三四五六日天][)）]")


# (what every `_WEEKDAY_NOTE` holds: a hint opening on the bracket, which the search skips to; the note opens on a
# look-behind, tried at every position, and 周 alone is common, `周一至周五`)
_WEEKDAY_HINT = re.compile(r"[(（](?:星期|周|礼拜)[一二三四五六日天][)）]")


def without_weekdays(text: str) -> str:
    """`text` without the weekdays written after its dates (`_WEEKDAY_NOTE`)."""
    if not ("星期" in text or "周" in text or "礼拜" in text) or not _WEEKDAY_HINT.search(text):
        return text
    return _WEEKDAY_NOTE.sub("", text)


def periods_in_words(text: str) -> str:
    """`text` with the dates of its periods that are written in figures (`2021-01-20 9:00至2021-02-05`, `2025.3.1起`)
    written in words (`2021年1月20日 9:00至2021年2月5日`), the form the signs of a dated notice read. Only a period's
    dates: a page's stamp (`2025-01-08 12:44 来源:…`) stays as it is."""
    if not text or not ("-" in text or "." in text or "/" in text):
        return text

    def in_words(m: re.Match) -> str:
        d = valid_date(int(m[1]), int(m[2]), int(m[3]))
        if d is None or not (_PERIOD_MARK_AFTER.match(text, m.end())
                             or _PERIOD_MARK_BEFORE.search(text, max(0, m.start() - 3), m.start())):
            return m[0]
        return f"{d.year}年{d.month}月{d.day}日"

    return _FIGURE_DATE.sub(in_words, text)


def split_lost(md: str) -> tuple[int, int] | None:
    """`831` → (8, 31), `0525` → (5, 25): the only split giving a real month and day, else None (a part opens
    on 0 only when it is two digits: `05`)."""
    parts = [(md[:i], md[i:]) for i in range(1, len(md))]
    ok = [(int(m), int(d)) for m, d in parts
          if all(len(p) == 2 or p[0] != "0" for p in (m, d)) and 1 <= int(m) <= 12 and 1 <= int(d) <= 31]
    return ok[0] if len(ok) == 1 else None
