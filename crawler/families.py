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
- ``script_json``: a JSON object assigned to a script variable (``var listData = {...}``).

Pagination schemes (``pagination.scheme``): see ``PAGINATORS`` at the end of this module.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

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
CDATA_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)


@dataclass
class ListRow:
    url: str  # what the spider fetches
    title: str | None
    listed_date: str | None
    public_url: str | None = None  # what a candidate opens, when it differs (JSON APIs)


@dataclass
class DetailFields:
    title: str | None
    published: str | None
    body_text: str
    attachments: list[dict] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def fix_href(href: str) -> str:
    # ASP.NET sites (徐州) print Windows paths: `/News\2017\1225\x.shtml`.
    return href.strip().replace("\\", "/")


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
    """Visible text of an HTML fragment, one line per block element, scripts and styles removed."""
    if not html or not html.strip():
        return ""
    tree = lxml.html.fragment_fromstring(BLOCK_TAGS.sub(lambda m: m.group(0) + "\n", html), create_parent="div")
    for bad in tree.xpath(".//script|.//style"):
        bad.drop_tree()
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def node_text(node: Selector) -> str:
    return html_text(node.get())


def dig(data: Any, path: str | None) -> Any:
    """`data.records` style lookup in decoded JSON; None when any step is missing."""
    if not path:
        return data
    for key in path.split("."):
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
        if is_attachment(url):
            found.append({"url": url, "text": " ".join("".join(link.css("::text").getall()).split())})
    return found


def decode_json(response) -> Any:
    try:
        return json.loads(response.text)
    except ValueError:
        return None


# --------------------------------------------------------------------------- families


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
            match = re.search(rf"{re.escape(spec['script_var'])}\s*=\s*(\{{.*?\}})\s*;?\s*</script>", response.text, re.S)
            data = json.loads(match.group(1)) if match else None
            return self._json_rows(response, data, spec)
        if fmt == "datastore":
            records = CDATA_RECORD.findall(response.text)
            return self._html_rows(response, [Selector(text=record) for record in records], spec, spec.get("row", "li"))
        return self._html_rows(response, [response], spec, row_css=spec["row"])

    def _html_rows(self, response, containers, spec, row_css: str) -> list[ListRow]:
        rows = []
        for container in containers:
            for row in container.css(row_css):
                href = first_match(row, spec["link"])
                if not href or href.startswith(("javascript:", "#", "mailto:")):
                    continue
                title = first_match(row, spec.get("title")) or first_match(row, "a::text")
                rows.append(ListRow(response.urljoin(fix_href(href)), title, first_match(row, spec.get("date"))))
        return rows

    def _json_rows(self, response, data, spec) -> list[ListRow]:
        records = dig(data, spec.get("records")) or []
        rows = []
        for record in records if isinstance(records, list) else []:
            link = fill(spec["link"], record)
            if not link:
                continue
            public = fill(spec["public_url"], record) if spec.get("public_url") else None
            rows.append(ListRow(
                response.urljoin(link), dig(record, spec.get("title")), dig(record, spec.get("date")),
                response.urljoin(public) if public else None,
            ))
        return rows

    # ---- further list pages

    def next_pages(self, response, source: Source, page: int, max_pages: int) -> list[str]:
        """URLs of the list pages after `page` (1-based) that this response tells us about."""
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
        body_node = first_node(response, spec.get("body"))
        body_text = node_text(body_node) if body_node is not None else ""
        if not published:
            # Only a labelled date counts, so the site's "今天是…" clock is never taken.
            page = first_node(response, "body")
            match = PUBLISHED_LABEL.search(node_text(page)) if page is not None else None
            published = match.group(1) if match else None
        attachments = attachments_in(body_node, response.url) if body_node is not None else []
        return DetailFields(title, published, body_text, attachments)

    def _json_detail(self, response, spec) -> DetailFields:
        data = decode_json(response)
        body_html = dig(data, spec.get("body")) or ""
        attachments = attachments_in(Selector(text=body_html), response.url) if body_html else []
        return DetailFields(dig(data, spec.get("title")), dig(data, spec.get("date")), html_text(body_html), attachments)


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
    from dataclasses import replace

    return replace(source, list={**source.list, "format": fmt})


FAMILIES = {family.name: family for family in (SelectorFamily(), TrsFamily(), HanwebFamily(), GuangdongFamily())}


def get_family(name: str) -> SelectorFamily:
    try:
        return FAMILIES[name]
    except KeyError:
        raise KeyError(f"unknown CMS family {name!r}; known: {', '.join(sorted(FAMILIES))}") from None


# --------------------------------------------------------------------------- pagination
# Each paginator reads the current list page and answers the URLs of the next one(s). Where the
# site prints the page count we obey it; where it does not, we ask for the next page and a 404
# or an empty page ends the list (bounded by max_pages either way).


def paginate_none(response, spec: dict, page: int) -> list[str]:
    return []


def paginate_template(response, spec: dict, page: int) -> list[str]:
    # index.html → index_2.html (one-based, 广东/上海/兵团) or notice_2.html (cpta), `first` is
    # the number of the second page.
    number = int(spec.get("first", 2)) + page - 1
    return [response.urljoin(spec["template"].format(n=number))]


def paginate_next_link(response, spec: dict, page: int) -> list[str]:
    href = first_match(response, spec["selector"])
    return [response.urljoin(fix_href(href))] if href else []


# createPageHTML(total, current, "index", "html") and its 6-argument variants, where a leading
# quoted element id comes first ('paging', total, cur, …). Zero-based unless the id form
# (湖南, 海南, 新疆) is used, which is one-based. 陕西 calls it createPage.
_CREATE_PAGE = re.compile(
    r"createPage(?:HTML)?\(\s*(?:(['\"])[\w-]+\1\s*,\s*)?(\d+)\s*,\s*(\d+)\s*,\s*['\"]([\w-]+)['\"]\s*,\s*['\"](\w+)['\"]"
)


def trs_next_page(response, page: int) -> list[str]:
    match = _CREATE_PAGE.search(response.text)
    if not match:
        return []
    one_based = bool(match.group(1))
    total, current, stem, ext = int(match.group(2)), int(match.group(3)), match.group(4), match.group(5)
    following = (current - 1 if one_based else current) + 1  # zero-based position of the next page
    if following >= total:
        return []
    return [response.urljoin(f"{stem}_{following + 1 if one_based else following}.{ext}")]


def paginate_trs(response, spec: dict, page: int) -> list[str]:
    return trs_next_page(response, page)


# 北京/吉林: `var currentPage=0; var countPage=6;`. 天津: `pager_options{currentPage:parseInt('0')+1,
# countPage:parseInt('6}'), PAGE_NAME:'index', PAGE_EXT:'html'}` — the stray `}` is real.
_CURRENT = re.compile(r"currentPage\s*[:=]\s*(?:parseInt\(\s*['\"]?)?(\d+)")
_COUNT = re.compile(r"countPage\s*[:=]\s*(?:parseInt\(\s*['\"]?)?(\d+)")
_PAGE_NAME = re.compile(r"PAGE_NAME\s*:\s*['\"](\w+)['\"]")
_PAGE_EXT = re.compile(r"PAGE_EXT\s*:\s*['\"](\w+)['\"]")


def paginate_count_page(response, spec: dict, page: int) -> list[str]:
    text = response.text
    current, count = _CURRENT.search(text), _COUNT.search(text)
    if not (current and count):
        return []
    following = int(current.group(1)) + 1  # the files are zero-based: index.html, index_1.html …
    if following >= int(count.group(1)):
        return []
    stem = (_PAGE_NAME.search(text) or [None, spec.get("stem", "index")])[1]
    ext = (_PAGE_EXT.search(text) or [None, spec.get("ext", "html")])[1]
    return [response.urljoin(f"{stem}_{following}.{ext}")]


# NCMS: `var dataTotal = parseInt("450"); var pagenum = parseInt("1"); var target="wzlb.shtml?mkbh=…&begin=";`
_NCMS_TOTAL = re.compile(r"dataTotal\s*=\s*parseInt\(\s*['\"](\d+)")
_NCMS_PAGE = re.compile(r"pagenum\s*=\s*parseInt\(\s*['\"](\d+)")
# `var target` ends in `begin=`; a link's target="_blank" earlier in the page must not match.
_NCMS_TARGET = re.compile(r"\btarget\s*=\s*['\"]([^'\"]*begin=)['\"]")


def paginate_ncms(response, spec: dict, page: int) -> list[str]:
    text = response.text
    total, current, target = _NCMS_TOTAL.search(text), _NCMS_PAGE.search(text), _NCMS_TARGET.search(text)
    if not (total and current and target):
        return []
    per_page = int(spec.get("per_page", 15))
    begin = int(current.group(1)) * per_page
    if begin >= int(total.group(1)):
        return []
    return [response.urljoin(f"{target.group(1)}{begin}&pagenum={int(current.group(1)) + 1}")]


# ASP.NET AspNetPager prints "第2页 共5页"; other query pagers print nothing and end on an empty page.
_ASPNET_PAGER = re.compile(r"第\s*(\d+)\s*页\s*/?\s*共\s*(\d+)\s*页")


def paginate_query_param(response, spec: dict, page: int) -> list[str]:
    param = spec.get("param", "page")
    current = int(dict(parse_qsl(urlsplit(response.url).query)).get(param, spec.get("start", 1)))
    pager = _ASPNET_PAGER.search(response.text)
    total = int(pager.group(2)) if pager else None
    if total is None and spec.get("total"):
        total = dig(decode_json(response), spec["total"])
    if total is not None and current >= int(total):
        return []
    return [with_query(response.url, **{param: current + 1})]


# Hanweb jpage: the page carries the first group of records inline; later groups come from the
# data proxy, `startrecord`/`endrecord` in steps of `perpage * 3`, with the ids the page's
# script declares. GET works as well as POST (curl-verified), and keeps the URL a plain link.
_HANWEB_IDS = {key: re.compile(rf"{key}\s*[:=]\s*['\"]?(\w+)", re.I) for key in ("columnid", "unitid", "webid", "webname")}
_HANWEB_TOTAL = re.compile(r"(?:totalRecord\s*:\s*|<totalrecord>)\s*(\d+)", re.I)
_HANWEB_END = re.compile(r"endrecord=(\d+)")


def paginate_hanweb(response, spec: dict, page: int) -> list[str]:
    text = response.text
    total = _HANWEB_TOTAL.search(text)
    per_page = int(spec.get("per_page", 15))
    group = per_page * 3
    if "dataproxy.jsp" in response.url:
        end = _HANWEB_END.search(response.url)
        last = int(end.group(1)) if end else page * group
        ids = dict(parse_qsl(urlsplit(response.url).query))
    else:
        last = group
        ids = {key: m.group(1) for key, pattern in _HANWEB_IDS.items() if (m := pattern.search(text))}
    if total is None or last >= int(total.group(1)) or "columnid" not in ids:
        return []
    query = {
        "startrecord": last + 1, "endrecord": last + group, "perpage": per_page, "col": 1, "appid": 1,
        "webid": ids.get("webid", ""), "path": "/", "columnid": ids["columnid"], "sourceContentType": 1,
        "unitid": ids.get("unitid", ""), "webname": ids.get("webname", ""), "permissiontype": 0,
    }
    return [response.urljoin("/module/web/jpage/dataproxy.jsp?" + urlencode(query))]


PAGINATORS = {
    "none": paginate_none,
    "template": paginate_template,
    "next_link": paginate_next_link,
    "trs_createpagehtml": paginate_trs,
    "count_page": paginate_count_page,
    "ncms": paginate_ncms,
    "query_param": paginate_query_param,
    "hanweb_jpage": paginate_hanweb,
}
