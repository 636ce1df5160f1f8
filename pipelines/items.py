"""Items the spiders yield. Their notice fields feed `db.schema.NOTICE_COLUMNS`."""

from __future__ import annotations

from dataclasses import dataclass, field

# What a notice is when its page holds no text of its own (crawler/extract.py content_marker):
# stored with its title and attachments, counted (`notices/<marker>`) and listed in rejects.
# `external_link`: a list row that only links to another site's page, stored from the row.
CONTENT_FORMS = ("image_only", "attachment_only", "empty_body", "external_link")


@dataclass
class NoticeItem:
    """One crawled notice, before normalization."""

    url: str  # real URL
    source_id: str
    list_title: str | None = None  # from the list page (a@title preferred)
    listed_date: str | None = None  # as printed next to the title in the list
    title_raw: str | None = None  # from the detail page
    published_raw: str | None = None  # from the detail page (meta PubDate, 发布时间)
    body_text: str = ""
    attachments: list[dict] = field(default_factory=list)
    sample_data: bool = False
    # the raw page, archived so a parser fix can be re-applied without re-crawling
    status: int | None = None
    content_type: str | None = None
    encoding: str | None = None
    raw_body: bytes | None = None
    etag: str | None = None  # validators the site sent, for a conditional request next crawl
    last_modified: str | None = None
    # filled in by the normalize pipeline
    normalized: dict | None = None
    # what was wrong but did not stop the notice being stored (each also becomes a reject row)
    problems: list[str] = field(default_factory=list)


@dataclass
class RejectItem:
    """Something that could not be parsed: logged, counted and stored, never dropped silently."""

    url: str
    source_id: str
    stage: str  # list | detail | normalize | store
    reason: str
    detail: str = ""
