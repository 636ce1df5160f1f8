"""Spaces a copied page puts inside words, closed up before the normaliser reads them.

Reposts space characters out to get past word filters (`合 肥 市 财 政 局`), and table copies split
words (`到 东莞市 财政局 领取`). Written by hand: a general tokenizer would keep the spaces, and only
the shapes below are safe to close (a list of places, `北京 上海 天津`, or a time after a date,
`2025-03-24 09:15`, keep theirs). Digits of a date split by spaces: `pipelines/numerals.py`.
"""

from __future__ import annotations

import re

from db.folding import strip_pinyin_annotations


# Characters spaced out one by one (`合 肥 市 财 政 局 通 知`, `2 0 2 4 年 度`): a repost's way past word
# filters. A line holding four in a row is closed up between Chinese characters and digits; single spaces
# only, so `2025-04-16 09:15` and `越秀区   东风中路` keep theirs. (The run opens on its space, a literal the
# search skips to; the look-behind then checks the characters around it.)
_SPACED_RUN = re.compile(r" [\u4e00-\u9fff\d] [\u4e00-\u9fff\d] [\u4e00-\u9fff\d](?<=[\u4e00-\u9fff\d].{6})")
# (such a line spaces out its marks and Latin letters too, `年 度 , 全 国`, `w w w . e x a m`: closed up as well)
_SPACED_GAP = re.compile(r"(?<=[\u4e00-\u9fff\d\u3000-\u303f\uff01-\uff5e,.;:!?()\[\]A-Za-z\u00c0-\u024f/“”‘’《》【】·-]) "
                         r"(?=[\u4e00-\u9fff\d\u3000-\u303f\uff01-\uff5e,.;:!?()\[\]A-Za-z\u00c0-\u024f/“”‘’《》【】·-])(?<! {2})(?! {2})")


# Words spaced apart (`到 东莞市 财政局 (南城 街道 元美路 99号) 1楼 服务 大厅 领取`): a line with three or more
# single spaces between Chinese characters is closed up between them, and beside its digits and brackets.
_WORD_GAP = re.compile(r" (?<=[\u4e00-\u9fff] )(?=[\u4e00-\u9fff])(?<! {2})")
_WORD_GAPS_MIN = 3
_GAP_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff\d)）]) (?=[\u4e00-\u9fff\d(（])(?<! {2})(?! {2})(?<!\d )(?! \d\d?:)")


# A last word spaced out before its mark, the rest of the line written whole (`到某市财政局会计科(某路 1 号 )领 取 。`,
# `…(某路27号)领 取 ,领取时…`): a repost's way past a word filter with the verb alone. Its two characters are closed up and
# the space before the mark goes. (The gate opens on the space before the mark, a literal the search skips to.)
_SPACED_PAIR_GATE = re.compile(r" (?=[，,。；;])(?<=\S[\u4e00-\u9fff] [\u4e00-\u9fff] )")
_SPACED_PAIR = re.compile(r"(?<=\S)([\u4e00-\u9fff]) ([\u4e00-\u9fff]) (?=[，,。；;])")


# A flattened table's header row (`区县 领证时间 领证地点 联系电话`): short labels, one naming the place column; its spaces
# part the columns the rows under it follow
_TABLE_HEADER = re.compile(r"^(?=.*?(?:地点|地址)(?: |\s*$))\s*(?:[\u4e00-\u9fff()（）]{1,8} )+[\u4e00-\u9fff()（）]{1,8}\s*$")


def _closed_up_line(line: str) -> str:
    if _SPACED_RUN.search(line):
        # (a repost that spaces out its characters may annotate them with pinyin too, `时 ( s h í ) 间`: the annotations
        # the simplifier could not see for the spaces are whole once closed up, and go as they do elsewhere)
        closed = _SPACED_GAP.sub("", line)
        return strip_pinyin_annotations(closed) if "(" in closed or "（" in closed else closed
    if len(_WORD_GAP.findall(line)) >= _WORD_GAPS_MIN and not _TABLE_HEADER.match(line):
        return _GAP_IN_WORDS.sub("", line)
    return line


# A region's name a repost spaces apart to get past a word filter (`西 藏自治区`, `新 疆`): closed up wherever it stands.
_SPLIT_REGION = re.compile(r"(?<=西)[ \u3000]+(?=藏)|(?<=新)[ \u3000]+(?=疆)")


def close_spaced_words(text: str) -> str:
    """`合 肥 市 财 政 局` → `合肥市财政局`, `到 东莞市 财政局 领取` → `到东莞市财政局领取`, line by line (see above)."""
    if " " not in text and "\u3000" not in text:  # (most texts: every pattern below needs a space, so none matches)
        return text
    if ("藏" in text or "疆" in text) and _SPLIT_REGION.search(text):
        text = _SPLIT_REGION.sub("", text)
    if _SPACED_PAIR_GATE.search(text):
        text = _SPACED_PAIR.sub(r"\1\2", text)
    if not (_SPACED_RUN.search(text) or len(_WORD_GAP.findall(text)) >= _WORD_GAPS_MIN):
        return text
    return "\n".join(map(_closed_up_line, text.split("\n")))
