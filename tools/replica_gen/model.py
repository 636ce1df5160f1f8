"""The data a source declaration produces and a family template consumes.

A `Notice` carries both what the page says (title, paragraphs, attachments) and what a careful
reader would extract from it (`truth`). Keeping them in one object is what lets expected.json be
written from the declaration instead of from the spider under test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

TRUTH_FIELDS = (
    "title", "published", "kind", "is_cert_notice", "exam", "specialty", "province", "city", "year",
    "batch", "batch_month", "window_start", "window_end",
)


@dataclass
class Attachment:
    name: str          # link text as shown, e.g. "附件1：领证人员名单"
    ext: str           # xlsx | xls | pdf | doc
    url: str = ""      # real URL, filled in by the family
    href: str = ""     # href as written in the page

    @property
    def image(self) -> bool:  # a scanned page, shown in the body as <img>
        return self.ext in ("png", "jpg")


@dataclass
class Spec:
    """What a notice is about; the composer turns it into wording."""

    key: str                        # stable per notice within its source: seeds its streams
    kind: str                       # collection | reissue | electronic | other
    topic: str                      # collection: onsite|mail|both; other: registration|admit|...
    published: datetime
    exam: str | None = None         # canonical name; None when several or none are named
    exams: tuple[str, ...] = ()     # several exams named (exam stays None)
    year: int | None = None
    province: str | None = None     # full standard name
    city: str | None = None         # prefecture-level city the notice is for
    place: str | None = None        # the name as written (a county gives its city)
    batch: int | None = None
    batch_month: int | None = None
    window: tuple[date | None, date | None] | None = None
    specialty: str | None = None
    attachments: int = 0
    # text (default) | image (the page is a scan: one <img>, no text) | attachment (one short line
    # and a PDF/XLS: the file is the notice); such notices state no window in the page
    form: str = "text"


@dataclass
class Notice:
    spec: Spec
    title: str                               # Simplified, as an official would write it
    paragraphs: list[str]                    # Simplified body; "## " starts a heading, "|" a table row
    attachments: list[Attachment] = field(default_factory=list)
    source_name: str = ""                    # 信息来源 / ContentSource
    url: str = ""                            # real URL, filled in by the family
    href: str = ""                           # href as written in its list row
    list_title: str = ""                     # a@title as served (after any re-serving transform)
    doc_id: str = ""                         # family-specific id (cpta number, TRS docid, hqwx id)
    mirror_of: str | None = None             # aggregators: the official notice this one retells

    def truth(self) -> dict:
        s = self.spec
        is_cert = s.kind != "other"
        start, end = s.window if (s.window and is_cert) else (None, None)
        return {
            "url": self.url,
            "title": self.title,
            "published": s.published.date().isoformat(),
            "kind": s.kind,
            "is_cert_notice": is_cert,
            "exam": s.exam,
            "specialty": s.specialty,
            "province": s.province,
            "city": s.city,
            "year": s.year,
            "batch": s.batch if is_cert else None,
            "batch_month": s.batch_month if is_cert else None,
            "window_start": start.isoformat() if start else None,
            "window_end": end.isoformat() if end else None,
            "attachments": [a.url for a in self.attachments],
        }


@dataclass
class ListOnlyRow:
    """A list row that links straight to a file (TRS publishes name lists this way)."""

    title: str
    published: datetime
    attachment: Attachment


@dataclass
class Site:
    """Everything one source's replica consists of, before it is written."""

    source_id: str
    files: dict[str, bytes]          # "<host>/<path>" -> bytes
    list_urls: list[str]
    notices: list[Notice]
    list_only: list[ListOnlyRow]
    charset: str | None = "utf-8"
    aggregator: bool = False         # expected.json carries mirror_of for every notice
    beyond: list[str] = field(default_factory=list)   # URLs past the last list page: must be absent
    channel_urls: list[str] = field(default_factory=list)   # channel pages linking the list columns
