"""CMS-family handlers: how list rows, further list pages and detail fields are read.

A source's registry entry supplies selectors; a family supplies what is common to every site
built on one CMS (TRS's `createPageHTML` pager, its `PubDate` meta). Selectors written as
``"a, b"`` are fallbacks tried in order, not a union.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

import lxml.html
from parsel import Selector

from crawler.registry import Source

ATTACHMENT_EXTENSIONS = (".xls", ".xlsx", ".pdf", ".doc", ".docx", ".zip", ".rar", ".wps", ".et", ".ofd")
BLOCK_TAGS = re.compile(r"(?i)<(br|/p|/div|/li|/tr|/h[1-6]|/table)\b[^>]*>")
# "发布时间：2024-11-06" in the article header. Page chrome such as "今天是2026年11月28日"
# is deliberately not matched: it is the visitor's date, not the notice's.
PUBLISHED_LABEL = re.compile(
    r"(?:发布时间|发布日期|发表时间|更新时间|日期)\s*[:：]\s*"
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)"
)


@dataclass
class ListRow:
    url: str
    title: str | None
    listed_date: str | None


@dataclass
class DetailFields:
    title: str | None
    published: str | None
    body_text: str
    attachments: list[dict] = field(default_factory=list)


def fix_href(href: str) -> str:
    # ASP.NET sites (徐州) print Windows paths: `/News\2017\1225\x.shtml`.
    return href.strip().replace("\\", "/")


def is_attachment(url: str) -> bool:
    path = url.split("?")[0].lower()
    return path.endswith(ATTACHMENT_EXTENSIONS) or "downfile.jsp" in path


def first_match(selector: Selector, spec: str | None) -> str | None:
    """The first non-empty text matched by any of the comma-separated fallback selectors."""
    if not spec:
        return None
    for css in (part.strip() for part in spec.split(",")):
        for value in selector.css(css).getall():
            value = " ".join(value.split())
            if value:
                return value
    return None


def first_node(selector: Selector, spec: str | None) -> Selector | None:
    if not spec:
        return None
    for css in (part.strip() for part in spec.split(",")):
        found = selector.css(css)
        if found:
            return found[0]
    return None


def node_text(node: Selector) -> str:
    """Visible text of a node, one line per block element, scripts and styles removed."""
    html = BLOCK_TAGS.sub(lambda m: m.group(0) + "\n", node.get())
    tree = lxml.html.fragment_fromstring(html, create_parent="div")
    for bad in tree.xpath(".//script|.//style"):
        bad.drop_tree()
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


class SelectorFamily:
    """Lists and details read entirely from the registry's selectors."""

    name = "selectors"
    default_detail: dict[str, str] = {}

    def list_rows(self, response, source: Source) -> list[ListRow]:
        spec = source.list
        rows = []
        for row in response.css(spec["row"]):
            href = first_match(row, spec["link"])
            if not href or href.startswith(("javascript:", "#", "mailto:")):
                continue
            title = first_match(row, spec.get("title")) or first_match(row, "a::text")
            rows.append(ListRow(response.urljoin(fix_href(href)), title, first_match(row, spec.get("date"))))
        return rows

    def next_pages(self, response, source: Source, page: int, max_pages: int) -> list[str]:
        """URLs of the list pages after `page` (1-based) that this response tells us about."""
        pagination = source.pagination
        scheme = pagination.get("scheme", "none")
        if page >= max_pages:
            return []
        if scheme == "template":
            # The page count is not printed: ask for the next page, a 404 ends the list.
            number = int(pagination.get("first", 2)) + page - 1
            return [response.urljoin(pagination["template"].format(n=number))]
        if scheme == "trs_createpagehtml":
            return trs_next_page(response, page)
        if scheme == "next_link":
            href = first_match(response, pagination["selector"])
            return [response.urljoin(fix_href(href))] if href else []
        return []

    def detail(self, response, source: Source) -> DetailFields:
        spec = {**self.default_detail, **source.detail}
        title = first_match(response, spec.get("title"))
        published = first_match(response, spec.get("date"))
        body_node = first_node(response, spec.get("body"))
        body_text = node_text(body_node) if body_node is not None else ""
        if not published:
            # Only a labelled date counts, so the site's "今天是…" clock is never taken.
            page = first_node(response, "body")
            match = PUBLISHED_LABEL.search(node_text(page)) if page is not None else None
            published = match.group(1) if match else None
        attachments = []
        if body_node is not None:
            for link in body_node.css("a[href]"):
                href = fix_href(link.attrib["href"])
                url = urljoin(response.url, href)
                if is_attachment(url):
                    attachments.append({"url": url, "text": " ".join("".join(link.css("::text").getall()).split())})
        return DetailFields(title, published, body_text, attachments)


# createPageHTML(total, current, "index", "html") — and its 6-argument variants, where a
# leading quoted element id comes first ('paging', total, cur, …). Zero-based unless the id
# form (湖南, 海南, 新疆) is used, which is one-based.
_CREATE_PAGE = re.compile(
    r"createPage(?:HTML)?\(\s*(?:(['\"])[\w-]+\1\s*,\s*)?(\d+)\s*,\s*(\d+)\s*,\s*['\"]([\w-]+)['\"]\s*,\s*['\"](\w+)['\"]"
)


def trs_next_page(response, page: int) -> list[str]:
    match = _CREATE_PAGE.search(response.text)
    if not match:
        return []
    one_based = bool(match.group(1))
    total, current, stem, ext = int(match.group(2)), int(match.group(3)), match.group(4), match.group(5)
    current_index = current - 1 if one_based else current  # zero-based position of this page
    following = current_index + 1
    if following >= total:
        return []
    number = following + 1 if one_based else following
    return [response.urljoin(f"{stem}_{number}.{ext}")]


class TrsFamily(SelectorFamily):
    """TRS WCM static publishing: PubDate / ArticleTitle metas and a TRS_Editor body."""

    name = "trs"
    default_detail = {
        "title": "meta[name=ArticleTitle]::attr(content)",
        "date": "meta[name=PubDate]::attr(content)",
        "body": "div.TRS_Editor, .TRS_UEDITOR",
    }


FAMILIES = {family.name: family for family in (SelectorFamily(), TrsFamily())}


def get_family(name: str) -> SelectorFamily:
    try:
        return FAMILIES[name]
    except KeyError:
        raise KeyError(f"unknown CMS family {name!r}; known: {', '.join(sorted(FAMILIES))}") from None
