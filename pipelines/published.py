"""When a notice was published: its list date, else a date its text gives as such (a title's stamp, a page's header
under the title, a labelled date, a signature at the end, the day a repost says its source issued it).

Read with the date grammar of `pipelines/dates.py` and the page header of `pipelines/header.py`; written by hand for
the reasons given there.
"""

from __future__ import annotations

import re

from pipelines.dates import MAY_HOLD_DATE, MONTH_DAY, ORG_END, STAMP_LABEL, parse_date, tokens, url_year_month
from pipelines.header import header_date, title_business_date
from pipelines.numerals import chinese_numeral_dates

_SCHEDULE_WORD = re.compile(r"时间|日期|截止|期限")
_LAST_SENTENCE = re.compile(r"[。；;！!？?]")
_DAY_BEFORE = re.compile(r"[:：至到于起自前~～\-—]$|时间$|日期$|截止$")  # (what makes the date after it a period's or a schedule's)
_NOT_SIGNATURE = re.compile(r"\d|至|起|前|[:：]")
# An issuing office before a date on the same line: a signature flattened by a repost
# (`某市人事考试中心 2025年2月27日`).
_SIGNED_BY = re.compile(r"^\s*[\u4e00-\u9fff（）()]{2,40}" + ORG_END + r"\s*$")
_SENTENCE = re.compile(r"[，,。;；]")
_PUBLISHED_LABEL = re.compile(
    r"(?:更新时间|发布时间|发布日期|发表时间|发文日期|印发日期|成文日期|信息提供日期|提供日期|来源[^\n]{0,30}?|责任编辑[^\n]{0,12}?)[:：\s]\s*$"
    r"|^\s*发布\s*[:：]\s*$"
)
_PHONE_BEFORE = re.compile(r"电话\s*[:：]?\s*[\d\-－()（） ]{7,20}\d\s+$")  # (a signature's date on the contact line: `电话:…  2019年4月22日`)
_RELEASED_ON = re.compile(r"于\s*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:发布|印发)")
_SIGNATURE_TAIL = 160
_PUBLISHED_HEAD = 400
# A date glued to the end of a title, labelled or not, bracketed or not (`…通知 [2014-09-22]`; not the
# end of a period the title names: `…领取时间延期至2026年4月30日`).
_GLUED_TAIL = re.compile(
    r"[\s(（\[【]*(?:" + STAMP_LABEL + r"\s*[:：]\s*)?(?<![至到止])((?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?)[)）\]】]?\s*$")
# A list date bracketed before the title: `[2026-04-20] 关于…的通知`.
_HEAD_STAMP = re.compile(r"\s*[\[【(（]\s*((?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})\s*[\]】)）]")
# `时间:2026-04-25 来源:…`: a bare 时间 label is the page's own when page meta follows on its line.
_BARE_TIME_LABEL = re.compile(r"(?:^|\s)时间\s*[:：]\s*$")
_META_AFTER = re.compile(r"来源|作者|浏览|阅读|点击|编辑")
# a year in Chinese numerals (`二〇一八年`, `二O一二年`), the hint of a numeral date in a header (opening on 年, the
# numerals checked behind: a literal the search skips to)
_CN_HEAD_HINT = re.compile("年(?<=[〇○零O一二三四五六七八九]{4}年)")


def published_date(listed_date: str | None, title: str, body: str, url: str | None) -> str | None:
    """When the notice was published: its list date, else a date the text gives as such."""
    if listed_date and isinstance(listed_date, str):
        s = listed_date.strip()
        if MONTH_DAY.fullmatch(s):
            url_ym = url_year_month(url)  # read only for a list date without its year
            year = url_ym[0] if url_ym else None
            if year is None:
                years = [t.date.year for t in tokens(title + "\n" + body, None) if t.explicit_year]
                year = years[0] if years else None
            found = parse_date(s, year)
        else:
            found = parse_date(s)
        if found:
            return found
    # every match of _GLUED_TAIL ends the title (but for spaces) on a digit, 日 or a closing
    # bracket; it opens on a repeat, so it is tried at every position: skip it otherwise
    tail = title.rstrip()
    m = _GLUED_TAIL.search(title) if tail and (tail[-1].isdecimal() or tail[-1] in "日)）]】") else None
    if m is not None and title_business_date(title, m.start(1)):
        m = None
    if m is None and title[:1] in " [【(（":
        m = _HEAD_STAMP.match(title)
    if m:
        found = parse_date(m[1])
        if found:
            return found
    # (the text's first line, read as its title, may be the page's header itself or carry it glued on; a title alone has
    # no header)
    found = header_date(body[:2000], title=title) if body else None
    if found is None and body and _CN_HEAD_HINT.search(body, 0, 600):
        # a document's date under its title in Chinese numerals (`（二〇一八年五月八日）`, `某局　二〇一一年九月五日`): the
        # header read in figures (only then, and only where the head holds such a year: most texts hold none)
        found = header_date(chinese_numeral_dates(title + "\n" + body[:2000]))
    if found:
        return found
    text = title + "\n" + body
    if len(text) > _PUBLISHED_HEAD + _SIGNATURE_TAIL:
        # A publication date is labelled near the top or signed at the bottom: skip the middle.
        tail = text[-_SIGNATURE_TAIL:]
        text = text[:_PUBLISHED_HEAD] + "\n" + tail[tail.find("\n") + 1:]  # whole lines only
    text = chinese_numeral_dates(text)
    if not MAY_HOLD_DATE.search(text):  # (no token, nor a `于…年…月…日发布` below: most titles without a list date)
        return None
    for tok in tokens(text, None):
        if not tok.explicit_year:
            continue
        line_start = text.rfind("\n", 0, tok.start) + 1
        line_end = text.find("\n", tok.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:tok.start], text[tok.end:line_end]
        # A date labelled as the publication time, or alone on its line near the end (a
        # signature, possibly followed by the issuing office; a lone date higher up is a
        # schedule row).
        near_end = len(text) - tok.end < _SIGNATURE_TAIL
        if _PUBLISHED_LABEL.search(before) or (_BARE_TIME_LABEL.search(before) and _META_AFTER.search(after)) or (
            not before.strip() and not _NOT_SIGNATURE.search(after[:12])
            and not _SENTENCE.search(after) and near_end
        ) or (near_end and not after.strip() and (_SIGNED_BY.match(before) or _PHONE_BEFORE.search(before))) or (
            # (the text's last words, spaced from what stands before them: a signature a copy pasted onto the line above,
            # `…逾期不候。 某某中心 2031年3月2日`, `…咨询电话:0931-1234567 某局 2031年5月24日`; not a labelled day, `领取时间: …`)
            tok.end >= len(text.rstrip()) and before[-1:].isspace() and not _DAY_BEFORE.search(before.rstrip())
            and not _SCHEDULE_WORD.search(_LAST_SENTENCE.split(before)[-1])  # (`咨询时间为工作日 2031年3月2日`: a schedule's)
        ):
            return tok.date.isoformat()
    # A repost that names the day its source issued it: `…中心于2017年12月26日发布的《…》`.
    m = _RELEASED_ON.search(text[:_PUBLISHED_HEAD])
    return parse_date(m[1]) if m else None
