"""Collection rounds: `第2批次`, `（第二批）`, `9月第2批次` → (batch 2, month 9).

An exam sitting (`2016第四次`, `第二次考试`) is not a round, so only 批 counts as a batch. A
month counts as the round's month when it names the round (`9月第2批次`) or the handing-out
itself (`2017年11月领证通知`), never when it is part of a date (`3月14日`).
"""

from __future__ import annotations

import re

_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
# (a batch that is counted, `第一批合格人数为615人`, is a round of results, not of collection)
_BATCH = re.compile(rf"第\s*{_NUM}\s*批(?![^，。,;；\n]{{0,6}}人数)")
_MONTH_OF_BATCH = re.compile(rf"(?<!\d)(\d{{1,2}})\s*月(?:份)?\s*(?:第\s*{_NUM}\s*批)")
_MONTH_OF_ROUND = re.compile(
    r"(?<![\d-])(\d{1,2})\s*月(?:份)?(?!\s*\d)\s*(?:的)?(?:证书)?(?:领证|领取|发证|发放|证书领取|证书发放|邮寄)"
    r"|(?:领取|发放|邮寄)(\d{1,2})\s*月份?(?!\s*\d)\s*(?:的)?证书"
)
# a month guessed at or recalled just before it (`预计将在10月发放`, `参考往年…10月发放`) names no round
_GUESSED = re.compile(r"预计|参考|往年|一般|通常|大约|大概")
_GUESS_REACH = 12
_CN = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


def _number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if len(s) == 1:
        return _CN.get(s)
    if s.startswith("十"):
        return 10 + _CN.get(s[1], 0)
    if s.endswith("十"):
        return _CN.get(s[0], 0) * 10
    if len(s) == 3 and s[1] == "十":
        return _CN.get(s[0], 0) * 10 + _CN.get(s[2], 0)
    return None


def find_batch(text: str) -> tuple[int | None, int | None]:
    """(batch, batch_month) named in a title; (None, None) when it names none."""
    if not text:
        return None, None
    batch = month = None
    m = _BATCH.search(text) if "批" in text else None  # str scans first: most titles have neither
    if m:
        batch = _number(m[1])
    m = (_MONTH_OF_BATCH.search(text) or _MONTH_OF_ROUND.search(text)) if "月" in text else None
    if m and _GUESSED.search(text, max(0, m.start() - _GUESS_REACH), m.start()):
        m = None  # (`纸质证书预计将在10月发放`: a guess at when, no round)
    if m:
        month = int(m[1] or m[2])
        if not 1 <= month <= 12:
            month = None
    if batch is not None and not 1 <= batch <= 99:
        batch = None
    return batch, month
