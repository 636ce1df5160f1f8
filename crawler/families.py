"""CMS-family handlers: how list rows, further list pages and detail fields are read.

Two tiers, as in querido-diario: a source's registry entry declares selectors and a pagination
scheme; a family supplies what every site on one CMS shares (TRS's PubDate meta, Hanweb's inline
`<datastore>`, a JSON API's records). Selectors written as ``"a, b"`` are fallbacks tried in
order, not a union.

List formats (``list.format``):
- ``html`` (default): rows by CSS selector.
- ``datastore``: Hanweb jcms; each ``<record>`` wraps one ``<li>`` in CDATA, inline in the page
  or in the XML the jpage data proxy answers.
- ``json``: an API answer; ``records`` is a dotted path to the list, ``link`` / ``public_url``
  are templates filled from a record, ``title`` / ``date`` are record keys.
- ``script_json``: an object literal assigned to a script variable (``var listData = {...}``),
  read as JavaScript (unquoted keys allowed), then as ``json``; a field holding a string of JSON
  is decoded on the way (``{urls.pc}``). A page where the variable is missing or unreadable, or
  whose records give no link, raises ListFormatError: the spider rejects it, never 0 rows quietly.

Channel pages (registry ``channel: {links: <selector>}``): the start URL is a channel whose
links (``channel_links``) lead to the sub-columns that are the lists (广西 职业资格类考试 links one
column per exam); each sub-column is then read as any list, rows and pager.

Detail pages may take the body from a script object instead of the markup (``detail.body_script:
{var: articleContent_1, path: 0.content.content}``), read like ``script_json``.

A notice whose body holds (almost) no text is stored all the same, marked (``DetailFields.marker``):
``image_only`` (a scan: the body's images become attachments, text 通知图片), ``attachment_only``
(a PDF/XLS link and at most one short line) or ``empty_body``. Sites that print the attachment list
after the article take ``detail.attachments: <selector>``, the article's container: only file
links inside it are read, never the page's sidebars.

Pagination schemes (``pagination.scheme``): see ``crawler/pagination.py``; page-reading helpers
are in ``crawler/extract.py``.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from parsel import Selector

from crawler.extract import (
    CDATA_RECORD,
    PUBLISHED_LABEL,
    DetailFields,
    ListFormatError,
    ListRow,
    attachments_in,
    content_marker,
    decode_json,
    dig,
    fill,
    first_match,
    first_node,
    fix_href,
    html_text,
    images_in,
    merge_links,
    node_text,
    script_object,
)
from crawler.pagination import PAGINATORS
from crawler.source import Source


class SelectorFamily:
    """Lists and details read entirely from the registry's selectors."""

    name = "selectors"
    default_detail: dict[str, str] = {}

    # ---- list pages

    def list_rows(self, response, source: Source) -> list[ListRow]:
        spec = source.list
        fmt = spec.get("format", "html")
        if fmt == "json":
            return self._json_rows(response, decode_json(response), spec)
        if fmt == "script_json":
            return self._json_rows(response, script_object(response.text, spec["script_var"]), spec)
        if fmt == "datastore":
            records = CDATA_RECORD.findall(response.text)
            return self._html_rows(response, [Selector(text=record) for record in records], spec, spec.get("row", "li"))
        return self._html_rows(response, [response], spec, row_css=spec["row"])

    def _html_rows(self, response, containers, spec, row_css: str) -> list[ListRow]:
        rows = []
        for container in containers:
            for row in container.css(row_css):
                href = first_match(row, spec["link"])
                if not href or href.startswith("#"):
                    continue  # navigation placeholders; other non-web links are rejected by the spider
                title = first_match(row, spec.get("title")) or first_match(row, "a::text")
                rows.append(ListRow(response.urljoin(fix_href(href)), title, first_match(row, spec.get("date"))))
        return rows

    def _json_rows(self, response, data, spec) -> list[ListRow]:
        records = dig(data, spec.get("records")) or []
        rows = []
        skipped = []
        external = spec.get("external")
        for record in records if isinstance(records, list) else []:
            if external and isinstance(record, dict) and str(dig(record, external["when"])) == str(external["equals"]):
                rows.append(self._external_row(response, record, spec, external))
                continue
            link = fill(spec["link"], record)
            if not link:
                skipped.append(record)
                continue
            public = fill(spec["public_url"], record) if spec.get("public_url") else None
            rows.append(ListRow(
                response.urljoin(link), dig(record, spec.get("title")), dig(record, spec.get("date")),
                response.urljoin(public) if public else None,
            ))
        if records and not rows:
            raise ListFormatError(f"{len(records)} records in {spec.get('records')}, none with a link {spec['link']}")
        for record in skipped:  # the others read: this one is reported, not dropped
            title = dig(record, spec.get("title")) if isinstance(record, dict) else None
            rows.append(ListRow(response.url, title, None, problem=f"record without a link {spec['link']}: {str(record)[:200]}"))
        return rows

    @staticmethod
    def _external_row(response, record: dict, spec, external) -> ListRow:
        """A record that links out (`jumpType: "2"`, `jumpLink`): its row is the notice."""
        title, date = dig(record, spec.get("title")), dig(record, spec.get("date"))
        link = dig(record, external["link"])
        if not isinstance(link, str) or not link.strip():
            return ListRow(response.url, title, None, problem=f"external record without {external['link']}: {str(record)[:200]}")
        return ListRow(response.urljoin(link.strip()), title, date, external=True)

    # ---- channel pages

    def channel_links(self, response, source: Source) -> list[str]:
        """The sub-column URLs a channel page links to (registry `channel.links`, fallbacks as
        everywhere), in page order, each once; only web links on the channel's own host."""
        selector = source.channel["links"]
        found: list[str] = []
        host = urlsplit(response.url).hostname
        for css in (part.strip() for part in selector.split(",")):
            for href in response.css(css).getall():
                href = fix_href(href)
                if not href or href.startswith(("#", "javascript:")):
                    continue
                url = response.urljoin(href)
                if urlsplit(url).hostname == host and url not in found and url != response.url:
                    found.append(url)
            if found:
                break
        return found

    # ---- further list pages

    def next_pages(self, response, source: Source, page: int, max_pages: int) -> list[str] | None:
        """URLs of the list pages after `page` (1-based) that this response tells us about; None
        when the source's scheme reads a pager off the page and this page has none."""
        if page >= max_pages:
            return []
        scheme = source.pagination.get("scheme", "none")
        try:
            paginate = PAGINATORS[scheme]
        except KeyError:
            raise KeyError(f"{source.id}: unknown pagination scheme {scheme!r}") from None
        return paginate(response, source.pagination, page)

    # ---- detail pages

    def detail(self, response, source: Source) -> DetailFields:
        spec = {**self.default_detail, **source.detail}
        if spec.get("format") == "json":
            return self._json_detail(response, spec)
        title = first_match(response, spec.get("title"))
        published = first_match(response, spec.get("date"))
        script_body = self._script_body(response, spec.get("body_script"))
        if script_body:
            # The body is HTML inside a script object (江西: `var articleContent_1 = [{content:
            # {"content": "<p>…</p>"}}]`), rendered by JS into an empty (decoy) div.
            body_node, body_text = Selector(text=f"<div>{script_body}</div>"), html_text(script_body)
        else:
            body_node = first_node(response, spec.get("body"))
            body_text = node_text(body_node) if body_node is not None else ""
        published = published or self._labelled_date(response)
        attachments = attachments_in(body_node, response.url) if body_node is not None else []
        # Sites that list the files after the article (registry `detail.attachments`: the article's
        # container; only file links inside it are read, never the page's sidebars).
        container = first_node(response, spec.get("attachments"))
        if container is not None:
            attachments = merge_links(attachments, attachments_in(container, response.url))
        images = images_in(body_node, response.url) if body_node is not None else []
        marker, attachments = content_marker(body_text, attachments, images)
        return DetailFields(title, published, body_text, attachments, marker)

    @staticmethod
    def _labelled_date(response) -> str | None:
        # Only a labelled date counts, so the site's "今天是…" clock is never taken.
        page = first_node(response, "body")
        match = PUBLISHED_LABEL.search(node_text(page)) if page is not None else None
        return match.group(1) if match else None

    @staticmethod
    def _script_body(response, script: dict | None) -> str | None:
        """Body HTML from a script object (detail ``body_script: {var, path}``); None when the
        page has no such object (the CSS ``body`` is then read: a page the CMS rendered statically)."""
        if not script:
            return None
        try:
            value = dig(script_object(response.text, script["var"]), script.get("path"))
        except ListFormatError:
            return None
        return value if isinstance(value, str) and value.strip() else None

    def _json_detail(self, response, spec) -> DetailFields:
        data = decode_json(response)
        body_html = dig(data, spec.get("body")) or ""
        root = Selector(text=f"<div>{body_html}</div>")
        body_text = html_text(body_html)
        marker, attachments = content_marker(body_text, attachments_in(root, response.url), images_in(root, response.url))
        return DetailFields(dig(data, spec.get("title")), dig(data, spec.get("date")), body_text, attachments, marker)


class TrsFamily(SelectorFamily):
    """TRS WCM static publishing: PubDate / ArticleTitle metas and a TRS_Editor body."""

    name = "trs"
    default_detail = {
        "title": "meta[name=ArticleTitle]::attr(content)",
        "date": "meta[name=PubDate]::attr(content)",
        "body": "div.TRS_Editor, .TRS_UEDITOR",
    }


class HanwebFamily(SelectorFamily):
    """Hanweb 大汉 jcms: `<datastore>` records inline and from the jpage proxy; ZJEG_RSS bodies."""

    name = "hanweb"
    default_detail = {
        "title": "meta[name=ArticleTitle]::attr(content)",
        "date": "meta[name=PubDate]::attr(content)",
        "body": "div#zoom, div.main-txt",
    }

    def list_rows(self, response, source: Source) -> list[ListRow]:
        return super().list_rows(response, _with_list_format(source, "datastore"))


class GuangdongFamily(SelectorFamily):
    """广东政府网站集约化平台: "发布时间：" in `div.property`, body in `div.conTxt #fontzoom`."""

    name = "gd_jiyue"
    default_detail = {"title": "h3.zw-title::text, div.title h3::text, h1::text",
                      "date": "div.property span::text", "body": "div.conTxt #fontzoom, div.conTxt"}


def _with_list_format(source: Source, fmt: str) -> Source:
    if source.list.get("format") == fmt:
        return source
    return replace(source, list={**source.list, "format": fmt})


FAMILIES = {family.name: family for family in (SelectorFamily(), TrsFamily(), HanwebFamily(), GuangdongFamily())}


def get_family(name: str) -> SelectorFamily:
    try:
        return FAMILIES[name]
    except KeyError:
        raise KeyError(f"unknown CMS family {name!r}; known: {', '.join(sorted(FAMILIES))}") from None
