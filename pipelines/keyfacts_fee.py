"""Key fact `fee`: the first clause that says what obtaining the certificate costs, who pays or that it is free
(`邮费到付`, `免费邮寄`).
"""

from __future__ import annotations

import re

from pipelines.keyfacts_clauses import _clause_around, _each, _joined, _sentences
from pipelines.spam import is_advertisement


# What collecting or mailing costs. Every alternative opens on a literal, so that the search skips at C speed to the
# characters a match opens on (it was `(?=[邮快速…\d])(?:(?:邮寄|…)?(?:费用|…)…|…)`, tried at every position): the optional
# words before 费用 and 到付 are spelt out, one alternative each, in the order the engine tried them. The one shape that
# opens on a number, `15元/件`, is `_FEE_PER_PIECE`, searched where 元 is (`_fee_match`): no other shape opens on a
# digit, so the earlier of the two matches is the first match of both.
_FEE_WORDS = r"(?:费用|邮费|邮资|资费|速递费|邮寄费|快递费|运费|寄递费)"
_FEE_SAID = r"[^。；;，,]{0,30}?(?:自理|承担|负担|到付|支付|收取|负责|自付|免费|为\d|\d+元)"
_COD = r"到付(?![”\"’])"
_FEE = re.compile(
    _each("邮寄|快递|速递|邮政|邮递|寄递", _FEE_WORDS + _FEE_SAID) + "|" + _each("费用|邮费|邮资|资费|速递费|邮寄费|快递费|运费|寄递费", _FEE_SAID)
    + "|" + _each("邮费|邮资|运费|费用", "(?:采取|采用|实行)?(?:邮资)?" + _COD) + "|" + _each("采取|采用|实行", "(?:邮资)?" + _COD)
    + "|邮资" + _COD + "|" + _COD
    + r"|收取[^。；;，,]{0,6}?\d+(?:\.\d+)?元|工本费[^。；;]{0,20}?\d+元|免费(?:邮寄|邮递|寄递|补办|办理|送达|下载|打印)"
    # `不收取工本费`; `学时证明打印免费` (free, said at the clause's end; the look-behind after the word, so that the
    # alternative opens on it)
    + r"|不收取[^。；;，,]{0,4}?费|免费(?<=[\u4e00-\u9fff]{2}免费)(?=$|[。；;，,])"
    + r"|支付费用[^。；;]{0,6}\d+元|" + _each("支付|缴纳|交纳|承担", r"[^。；;，,]{0,8}?(?:邮费|邮寄费|快递费|费用|工本费|审定费)")
    + r"|免费领取|不收费|不收取(?:任何)?费用|免收|规费[^。；;，,]{0,20}?(?:元|整)"
    # a service guide's own line (`收费标准:免费`, `收费标准为每本20元`), a fee in Chinese numerals (`工本费十五元`)
    + r"|收费标准\s*(?:[:：]|为|是)\s*[^。；;，,\s]|工本费[^。；;]{0,20}?[一二两三四五六七八九十百]+元"
    # a charge said with its sum (`补办…收费21元`), a sum in the currency sign said to be a fee or a price a piece
    # (`缴费标准¥10/本`, `每本¥20`; NFKC reads `￥` as `¥`), not a price alone (a course's ad, `通关班 ¥399`)
    + r"|收费[^。；;，,]{0,6}?\d+(?:\.\d+)?元|" + _each("费|每本|每证|每件", r"[^。；;，,]{0,8}?[¥￥]\s*\d")
    + r"|[¥￥]\s*\d+(?:\.\d+)?\s*/\s*(?:件|证|人|份|本)")
# `15元/件` (a number not after a digit or a point: `(?<![\d.])\d+`, its first digit checked behind so that it opens on a class)
_FEE_PER_PIECE = re.compile(r"\d(?<![\d.]\d)\d*(?:\.\d+)?元\s*/\s*(?:件|证|人|份|本)")


def _fee_match(sentence: str) -> re.Match | None:
    """The first match of the fee shapes (`_FEE`, `_FEE_PER_PIECE`) in `sentence`."""
    m = _FEE.search(sentence)
    piece = _FEE_PER_PIECE.search(sentence) if "元" in sentence else None
    return piece if piece is not None and (m is None or piece.start() < m.start()) else m


# (a step's heading numbered in any of a list's ways: `3.`, `(3)`, `③`)
_FEE_HEADING = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}|\s*(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）]|[①-⑳])\s*[\u4e00-\u9fff]{2,12})\s*[:：]?$")
# every `_FEE` match holds one of these: 费 (费用, 邮费, 工本费, 免费, 不收费, 规费 …), 资 (邮资, 资费), 元 (收取…元,
# 15元/件), 到付, 免收, a currency sign (`¥10/本`)
_FEE_WORD = re.compile(r"费|资|元|到付|免收|¥|￥")  # (`费|资|元` for `[费资元]`: every alternative opens on a literal)
# (资 holds in `_FEE` only as part of 邮资 or 资费, which holds 费: a text holding none of these holds no fee, though
# it may hold 资 in 资料, a word most notices use)
# (tested as literals, `in`: seven scans of the text in C cost a third of one search of `费|邮资|元|…`)
_FEE_TEXT_WORDS = ("费", "邮资", "元", "到付", "免收", "¥", "￥")


_FORM_BEFORE = re.compile(r"表[^。；;，,]{0,12}$")


def find_fee(text: str) -> str | None:
    """The first clause that says what collecting or mailing costs (邮费到付, 15元/件, 免费邮递)."""
    joined = _joined(text)  # (a sentence lies in one line)
    if not any(word in joined for word in _FEE_TEXT_WORDS):
        return None
    for sentence in _sentences(text):
        if not _FEE_WORD.search(sentence):  # no fee word: `_FEE` cannot match
            continue
        # a heading such as `费用承担` or `3. 确认信息并支付邮费` (not an item that names a sum: `(4)规费每张伍佰元整`)
        if _FEE_HEADING.match(sentence) and "元" not in sentence:
            continue
        if is_advertisement(sentence):  # `免费领取历年真题 加QQ群` quotes no fee of ours
            continue
        m = _fee_match(sentence)
        if m and m.group(0) in ("免费下载", "免费打印") and _FORM_BEFORE.search(sentence, 0, m.start()):
            continue  # a form free to download (`申请表(可在网站免费下载)`) says nothing of what a certificate costs
        if m:
            return _clause_around(sentence, m.start(), m.end()) or m.group(0)
    return None
