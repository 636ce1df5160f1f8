"""Turn one crawled notice into the fields the feed filters on.

`normalize_record` is the one entry point: the Scrapy pipeline, `notices reparse` and
`notices normalize` all call it. It is pure: the same record always gives the same fields,
and nothing is read from the clock. Each concern lives in its own module:
text cleaning (`text`), kind (`kind`, weighing how a text is written by `notice_signs`), exam
(`exams`), region (`regions`), dates (`dates`), the exam year (`exam_year`), collection
windows (`window`, and `window_rule` for windows given as a rule; where none is read, the
text's own dated sentences, `window_lines`), collection rounds
(`batch`), and the key facts a candidate needs (`keyfacts`: place, materials, phone, mode,
fee, deadline rule, issuing agency).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from pipelines import batch, dates, exams, keyfacts, kind, regions, window, window_lines, window_rule
from pipelines.copied_lines import mend_lines
from pipelines.exam_year import body_exam_year, exam_year
from pipelines.numerals import close_date_unit_gaps, numeral_dates_in_figures
from pipelines.published import published_date
from pipelines.spacing import close_spaced_words
from pipelines.spam import drop_appended_blocks, drop_spam
from pipelines.text import clean_title, lead, simplify, split_title

FIELDS = (
    "is_cert_notice", "kind", "exam", "exams", "level", "specialty", "province", "province_code",
    "city", "city_code", "county", "year", "batch", "batch_month", "published",
    "window_start", "window_end", "window_rule", "date_lines", "title",
) + keyfacts.FACTS

# Only the opening of a long body is read, plus its last lines (where the issuer signs and
# dates it): notices say what they are about early, and a page may carry thousands of
# characters of tables, footer and related links in between.
BODY_LIMIT = 4000
TAIL_LIMIT = 400


def _str(value) -> str:
    return value if isinstance(value, str) else ""


def _year(title: str, opening: str) -> int | None:
    """The exam year: the title's, else the opening's. A repost's title may carry the year it was
    written in (`2026湖北监理工程师证书领取时间:12月7日起`) where the body names the exam year, the
    one before, as such (`2025年度监理工程师…`): then the body's."""
    in_title = exam_year(title)
    if not in_title:
        return exam_year(opening)
    # (the opening's year is read only where it can win: named as the year before the title's, `<year>年度`)
    if f"{in_title - 1}年度" in opening and f"{in_title}年度" not in title and exam_year(opening) == in_title - 1:
        return in_title - 1
    return in_title


def _clip(text: str) -> str:
    if len(text) <= BODY_LIMIT + TAIL_LIMIT:
        return text
    return text[:BODY_LIMIT] + "\n" + text[-TAIL_LIMIT:]


def normalize_record(record: dict, *, facts_for_notices_only: bool = False) -> dict:
    """Fields of one notice. `record` has `text` (a title, or a title and body) or `title` and
    `body`, plus `listed_date`, `source_region` and `url`; any may be missing or None.
    Unknown fields are None, never a guess.

    `facts_for_notices_only`: the crawl stores key facts of certificate notices only, and they
    are half the cost of normalizing, so it asks for them only there (a text that is not a
    notice gets the empty facts). `notices normalize` and the scores read them for every text."""
    record = record if isinstance(record, dict) else {}
    given_title = _str(record.get("title"))
    raw_title = simple_title = _readable(given_title)
    # (the blocks a copied page appends, its links to other articles and its comments, are no part of the notice for any
    # reader, key facts included)
    clipped_body = _clip(drop_appended_blocks(_str(record.get("body"))))
    kept_body = drop_spam(clipped_body)
    body = _readable(kept_body)
    text = drop_appended_blocks(_str(record.get("text")))
    # the Simplified `_clip(raw)` key facts read, when it is already at hand
    facts_text = None
    if text and not body:
        clipped = _clip(text)
        kept = drop_spam(clipped)
        cleaned = _readable(kept)
        if kept == clipped:  # the spam filter kept the text: this is `_readable(_clip(text))`
            facts_text = cleaned
        text_title, text_body = split_title(cleaned)
        if not raw_title:
            raw_title, body = text_title, text_body
        else:  # a title beside the full text: the text is the body, minus a repeated title
            body = text_body if text_title.strip() == raw_title.strip() else cleaned
    raw_title = " ".join(raw_title.split())
    opening = lead(body, title=raw_title)
    title = clean_title(raw_title, simplified=True)
    url = _str(record.get("url")) or None
    listed = record.get("listed_date")
    listed = listed if isinstance(listed, str) else None

    year = _year(title, opening)
    exam = exams.find_exam(title, opening, year, body)
    if year is None and body and exam.exam:
        year = body_exam_year(body)
    region = regions.find_region(raw_title, body, _str(record.get("source_region")) or None)
    qualification = exam.qualification
    if qualification is None and body and exams.only_lookalikes(body):
        qualification = False  # the title and opening name no exam; the body only look-alikes
    if regions.outside_coverage(raw_title + "\n" + opening):
        qualification = False  # (Taiwan's own regulations and notices: no qualification of ours)
    # (the signs of a dated notice read dates in words: a period written in figures, `2021-01-20至2021-02-05`, is one too;
    # rewritten as the rules first read each text, the body only where the title leaves the answer to it)
    is_cert, kind_ = kind.classify(
        title, opening, body, rewrite=_dates_in_figures,
        has_region=region.in_title,
        qualification=qualification,
        # Only read when the title names no place; reading a body costs a pass over it.
        roundup=not region.in_title and regions.is_roundup(body),
        url=url,
    )
    if kind_ == kind.REISSUE and year is not None:
        year = exam_year(title, year_month=False) or exam_year(opening, year_month=False)
    published = published_date(listed, raw_title, body, url)
    if year is None and published and ("上年度" in title or "上一年度" in title or "上年度" in opening):
        year = int(published[:4]) - 1  # (`关于领取上年度…证书的通知`: the year before the notice's)
    window_start = window_end = rule = None
    lines: list[str] = []
    round_no = round_month = None
    raw = text or (given_title + "\n" + clipped_body)
    if facts_text is None and not text:
        facts_text = _simplified_parts(raw, simple_title, body, spam_dropped=kept_body != clipped_body)
    if is_cert:
        titled = raw_title + "\n" + body
        window_start, window_end = window.collection_window(titled, published)
        # A window given as a rule (`自公示之日起12个工作日内`), as written in the raw text; its
        # dates count only when the text gives no dates of its own, or only the rule's own start
        # (`自本通知发布之日起20个工作日内`: the window reads that start, the rule gives the end).
        found, rule_start, rule_end = window_rule.rule_window(_clip(raw), titled, published)
        rule = found.text if found else None
        if window_start is None and window_end is None:
            window_start, window_end = rule_start, rule_end
        elif window_end is None and rule_end and window_start == rule_start:
            window_end = rule_end
        if window_start is None and window_end is None:
            # (no window read: the notice's own dated sentences, for the reader; see window_lines)
            lines = window_lines.date_lines(titled, published)
        round_no, round_month = batch.find_batch(title)
        if round_no is None and round_month is None:
            round_no, round_month = batch.find_batch(opening)
    return {
        "is_cert_notice": is_cert,
        "kind": kind_,
        "exam": exam.exam,
        "exams": exams.exams_named(title, exam),
        "level": exam.level,
        "specialty": exam.specialty,
        "province": region.province,
        "province_code": region.province_code,
        "city": region.city,
        "city_code": region.city_code,
        "county": region.county,
        "year": year,
        "batch": round_no,
        "batch_month": round_month,
        "published": published,
        "window_start": window_start,
        "window_end": window_end,
        "window_rule": rule,
        "date_lines": lines,
        "title": title or None,
        # Read from the whole Simplified text, spam filter not applied: it drops lines such as
        # `关注“…”微信公众号办理邮寄` that carry a fact. Only notices are stored.
        **(keyfacts.key_facts(facts_text if facts_text is not None else _readable(_clip(raw)))
           if is_cert or not facts_for_notices_only else keyfacts.key_facts("")),
    }


def _dates_in_figures(text: str) -> str:
    """`text` with its dates as the signs of a dated notice read them: in Arabic figures with 年月日
    (`二〇三一年三月三日` → `2031年3月3日`, `numeral_dates_in_figures`; a period's `2031-03-03至` → `2031年3月3日至`,
    `periods_in_words`; a copy's `自2031303日起` → `自2031年3月3日起`, `lost_months_in_words`)."""
    return dates.periods_in_words(dates.lost_months_in_words(numeral_dates_in_figures(text)))


_CIRCLED = re.compile("[\u2460-\u2473]")  # ①…⑳


def _circled_number(m: re.Match) -> str:
    return f"({ord(m[0]) - 0x245F})"  # (`①` is U+2460: `(1)`)


def _readable(text: str) -> str:
    """The text the normaliser reads: Simplified (`simplify`), without the weekdays after dates (`without_weekdays`),
    with the lines a copy reshaped put back (`mend_lines`) and characters and words a repost spaced apart
    closed up (`close_spaced_words`, and figures spaced from 年月日, `close_date_unit_gaps`), HTML entities a copy left
    written out.
    Not part of `simplify`, which search queries go through too: a query's spaces part its terms."""
    # (a copy that escaped its HTML twice leaves entities in its text: `&nbsp;`, `&ldquo;`)
    text = html.unescape(text) if "&" in text else text
    # (NFKC reads `①` as a bare `1`, gluing a list's numbers to its items (`需携带:1身份证原件;2准考证`): written as
    # `(1)` first, they stay numbers)
    # (a substitution, not `str.translate`: a table is looked up for every character of the text, and the marks are few)
    text = _CIRCLED.sub(_circled_number, text) if _CIRCLED.search(text) else text
    return close_spaced_words(mend_lines(close_date_unit_gaps(dates.without_weekdays(simplify(text)))))


def _simplified_parts(raw: str, simple_title: str, body: str, *, spam_dropped: bool) -> str | None:
    """`_readable(_clip(raw))` for a title-and-body record, built from the parts already simplified
    (`simple_title`, and `body`, the body simplified after the spam filter), or None where that
    would differ: the filter dropped a line, or `raw` is long enough to be clipped. Simplifying
    `raw` simplifies each side of its newline on its own: NFKC, dropping zero-width characters,
    reading the letter O as a zero, OpenCC and closing up spaces never act across a newline (no
    dictionary key holds one), and a pinyin annotation can span it only from a `(` left open in the title."""
    if spam_dropped or len(raw) > BODY_LIMIT + TAIL_LIMIT or "(" in simple_title or "（" in simple_title:
        return None
    return simple_title + "\n" + body


def normalize_records(records: Iterable[dict]) -> Iterator[dict]:
    for record in records:
        yield normalize_record(record)
