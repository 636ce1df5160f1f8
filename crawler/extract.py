"""Reading pages: the small helpers every CMS family and paginator shares.

Selectors written as ``"a, b"`` are fallbacks tried in order, not a union. Pages are read with
Scrapy's own selectors (parsel/lxml).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import chompjs
import lxml.html
from parsel import Selector

from db.body_form import IMAGE_TEXT, only_its_files
from pipelines.links import is_web_link

ATTACHMENT_EXTENSIONS = (".xls", ".xlsx", ".pdf", ".doc", ".docx", ".zip", ".rar", ".wps", ".et", ".ofd")
BLOCK_TAGS = re.compile(r"(?i)<(br|/p|/div|/li|/tr|/h[1-6]|/table)\b[^>]*>")
# A table row is one line, its cells joined by CELL_SEPARATOR: the normalizer reads a line with
# two bars or more as a table row (pipelines/text.py, keyfacts' table places).
CELL_SEPARATOR = " | "
# A cell longer than this holds a paragraph: its row is page layout (a notice set in a table),
# read as prose lines, not as a row of data. Data cells (a place with its address and hours)
# stay well under it.
PARAGRAPH_CHARS = 100
# "发布时间：2024-11-06" in the article header. Page chrome such as "今天是2026年11月28日"
# is deliberately not matched: it is the visitor's date, not the notice's.
PUBLISHED_LABEL = re.compile(
    # (the label may sit in its own table cell: `发布时间： | 2024-11-06`)
    r"(?:发布时间|发布日期|发表时间|更新时间|日期)\s*[:：]\s*(?:\|\s*)?"
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)"
)
CDATA_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
# A body of at most one short line ("详见附件。", "附件：") carries no notice text of its own.


class ListFormatError(ValueError):
    """A list page that cannot be read in its declared format (a script variable missing or not
    an object, records none of which gives a link): the spider rejects the page loudly."""


@dataclass
class ListRow:
    url: str  # what the spider fetches
    title: str | None
    listed_date: str | None
    public_url: str | None = None  # what a candidate opens, when it differs (JSON APIs)
    problem: str | None = None  # a record that could not be read as a row: rejected, not fetched
    # the record only links out to another site's page (hebpta's jumpType "2"): stored from its
    # row, as RSSHub does, never asked of the API's article endpoint
    external: bool = False


@dataclass
class DetailFields:
    title: str | None
    published: str | None
    body_text: str
    attachments: list[dict] = field(default_factory=list)
    # what the notice is when its body holds no text (pipelines.items.CONTENT_FORMS): stored, and marked
    marker: str | None = None


def fix_href(href: str) -> str:
    # ASP.NET sites (徐州) print Windows paths: `/News\2017\1225\x.shtml`.
    return href.strip().replace("\\", "/")


# A transfer cut off without a Content-Length looks complete to the downloader; an HTML page
# whose end tag is missing from its tail was cut short (the CMS pages we crawl always close it).
_HTML_END = re.compile(rb"</html\s*>", re.I)


def looks_truncated(response) -> bool:
    """An HTML page without its closing </html> in the last 4 kB."""
    content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    if "html" not in content_type or not response.body:
        return False
    return not _HTML_END.search(response.body[-4096:])


def is_attachment(url: str) -> bool:
    path = url.split("?")[0].lower()
    return path.endswith(ATTACHMENT_EXTENSIONS) or "downfile.jsp" in path


def first_match(selector: Selector, spec: str | list | None) -> str | None:
    """The first non-empty text matched by any of the comma-separated fallback selectors.

    A list of specs reads a value printed in pieces (辽宁 prints the year and the month-day in
    separate elements) and joins the pieces with "-".
    """
    if not spec:
        return None
    if isinstance(spec, list):
        pieces = [first_match(selector, part) for part in spec]
        return "-".join(p for p in pieces if p) or None
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


def html_text(html: str) -> str:
    """Visible text of an HTML fragment, one line per block element and per table row (its cells
    joined by " | ", `row_lines`), scripts and styles removed."""
    if not html or not html.strip():
        return ""
    tree = lxml.html.fragment_fromstring(BLOCK_TAGS.sub(lambda m: m.group(0) + "\n", html), create_parent="div")
    for bad in tree.xpath(".//script|.//style"):
        bad.drop_tree()
    # Innermost rows first: a nested table is already text when its outer cell is read.
    for row in reversed(tree.xpath(".//tr")):
        cells = [_text_lines(cell.text_content()) for cell in row.xpath("./td|./th")]
        tail = row.tail
        row.clear()  # (clear drops the tail: the text after the row, kept)
        row.text, row.tail = "".join(f"\n{line}" for line in row_lines(cells)) + "\n", tail
    return "\n".join(_text_lines(tree.text_content()))


def _text_lines(text: str) -> list[str]:
    """The non-blank lines of `text`, whitespace runs (&nbsp;, full-width spaces) made one space."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return [line for line in lines if line]


def row_lines(cells: list[list[str]]) -> list[str]:
    """The lines of one table row from its cells' lines: a data row is one line, its non-empty
    cells joined by " | " (a cell broken over lines joined with spaces); a lone cell keeps its
    lines and gets no bar; a row holding a paragraph cell is layout, each cell's lines in turn."""
    cells = [cell for cell in cells if cell]
    if len(cells) <= 1:
        return list(cells[0]) if cells else []
    if any(sum(map(len, cell)) > PARAGRAPH_CHARS for cell in cells):
        return [line for cell in cells for line in cell]
    return [CELL_SEPARATOR.join(" ".join(cell) for cell in cells)]


def node_text(node: Selector) -> str:
    return html_text(node.get())


def dig(data: Any, path: str | None) -> Any:
    """`data.records` style lookup in decoded JSON; None when any step is missing.

    A string met on the way that holds JSON is decoded and read on (江西's records carry
    ``"urls": "{\\"pc\\": \\"/…\\"}"``, an object stringified by the CMS)."""
    if not path:
        return data
    for key in path.split("."):
        if isinstance(data, str) and data.lstrip()[:1] in ("{", "["):
            try:
                data = json.loads(data)
            except ValueError:
                return None
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        else:
            return None
    return data


def fill(template: str, record: dict) -> str:
    return re.sub(r"\{([\w.]+)\}", lambda m: str(dig(record, m.group(1)) or ""), template)


def with_query(url: str, **params: Any) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({k: str(v) for k, v in params.items()})
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def attachments_in(node: Selector, base_url: str) -> list[dict]:
    found = []
    for link in node.css("a[href]"):
        url = urljoin(base_url, fix_href(link.attrib["href"]))
        if is_attachment(url) and is_web_link(url):
            found.append({"url": url, "text": " ".join("".join(link.css("::text").getall()).split())})
    return found


def images_in(node: Selector, base_url: str) -> list[dict]:
    """The images of a body as attachments (a notice published as a scan), each once; an icon
    inside a link to a file (the PDF symbol before 附件) is not one."""
    found: list[dict] = []
    for img in node.css("img[src]"):
        if any(is_attachment(urljoin(base_url, fix_href(href))) for href in img.xpath("ancestor::a/@href").getall()):
            continue
        url = urljoin(base_url, fix_href(img.attrib["src"]))
        if is_web_link(url) and url not in (f["url"] for f in found):
            found.append({"url": url, "text": IMAGE_TEXT})
    return found


def merge_links(*groups: list[dict]) -> list[dict]:
    """Attachment lists joined, each URL once, in order."""
    out: list[dict] = []
    for link in (link for group in groups for link in group):
        if link["url"] not in (o["url"] for o in out):
            out.append(link)
    return out


def content_marker(body_text: str, attachments: list[dict], images: list[dict]) -> tuple[str | None, list[dict]]:
    """A body with (almost) no text is a scan (`image_only`: its images become attachments), a
    file (`attachment_only`) or nothing (`empty_body`); answers the marker and the attachments."""
    if not only_its_files(body_text, attachments):
        return None, attachments
    if images:
        return "image_only", merge_links(attachments, images)
    if attachments:
        return "attachment_only", attachments
    return ("empty_body" if not body_text else None), attachments


def script_object(text: str, name: str) -> Any:
    """The object or array literal assigned to the script variable `name` (``var listData = {…}``),
    read as JavaScript, not JSON: unquoted keys, single quotes and trailing commas are what CMS
    templates print (chompjs). Raises ListFormatError when it is missing or unreadable."""
    match = re.search(rf"(?<![\w$.]){re.escape(name)}\s*=\s*(?=[{{\[])", text)
    if not match:
        raise ListFormatError(f"no script variable {name} = {{…}} on the page")
    try:
        return chompjs.parse_js_object(text[match.end():])
    except ValueError as exc:
        raise ListFormatError(f"script variable {name} is not a readable object literal: {exc}") from None


def decode_json(response) -> Any:
    try:
        return json.loads(response.text)
    except ValueError:
        return None
