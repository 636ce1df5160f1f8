"""How the candidate pages show what the normalizer derived from a notice's text.

The normalizer reads NFKC text, so its titles and key facts carry ASCII punctuation: shown with
Chinese marks again (db.folding.cjk_punctuation). A place given relative to the publisher
(`我院证书管理科`) is shown with the publisher's name. A notice about several exams names them all.
And a notice whose text is its attachments (a scan, a PDF) says so instead of "not given".
"""

from __future__ import annotations

import re

from db.body_form import IMAGE_TEXT, only_its_files
from db.folding import cjk_punctuation, readable

# `我院证书管理科`, `本中心一楼大厅`: the publisher's own office, named by the notice's signature or title
_OWN_OFFICE = re.compile(r"^(?:我|本)(?:院|局|中心|处|站|厅|办|委|所|部|会)")


def shown_title(title: str | None) -> str:
    return cjk_punctuation(readable(title or ""))


def shown_place(place: str, agency: str | None) -> str:
    """A place as the page shows it; `我院证书管理科` with the publisher after it."""
    text = cjk_punctuation(place)
    if agency and _OWN_OFFICE.match(place) and agency not in place:
        return f"{text}（{cjk_punctuation(agency)}）"
    return text


def body_form(paragraphs: list[str], attachments: list[dict]) -> str | None:
    """"image" / "attachment" when the notice's text is its attachments (a scan, a PDF): the crawler's
    rule (db/body_form.py), as the crawl marks such notices only in `rejects`."""
    if not attachments or not only_its_files("\n".join(paragraphs), attachments):
        return None
    return "image" if any(a.get("text") == IMAGE_TEXT for a in attachments) else "attachment"
