"""Configurable site family: the markup of each provincial, city and aggregator site written as
small layout strings in its declaration, over one list and one detail template.

Most sources differ only in a row's markup, a pager script and a URL scheme, so rather than one
template per site the declaration carries those pieces (the real markup, from
``shared/reference/site-structures.md``) and this module does the rest: ids, URLs, hrefs as the
site writes them, attachments, pagination files, and the special list formats.

Over 300 lines: one family serves every declared site, so its special list formats (JSON API,
Hanweb datastore, script object) and the channel page sit beside the shared list/detail writer.

layout keys:

- ``list_kind``: ``html`` (default) | ``json`` (河北 API) | ``hanweb`` (江苏 inline ``<datastore>``
  plus the jpage proxy) | ``script_json`` (江西 ``var listData = { articleList: [...] }``, a JS
  object with each record's ``urls`` a string of JSON; ``list_open`` / ``list_close`` around it).
- ``channel``: a channel page linking the columns (``url``, ``open`` / ``link`` / ``close`` markup,
  ``href`` mode, ``name``); each column then needs a ``name``, and may have a ``slug`` that
  ``article`` uses as ``{slug}`` (the column the notice is listed in).
- ``columns``: ``[{"first": url, "next": "url with {i} (0-based) {n} (1-based) {begin}",
  "take": predicate on a Notice (declared as ``{kind: ...}``, see declare.py), "per_page": int}]``;
  default one column from ``first`` / ``next`` / ``per_page`` taking every notice. ``beyond``
  (same fields) names the URL a crawler asks after the last page, which must be absent (``None``
  when the pager says where to stop).
- ``article``: format string of a detail URL; fields ``d`` (datetime), ``docid``, ``hex``, ``HEX``
  (32 hex digits), ``digits`` (4 stable digits). ``public`` (json only): the page a candidate opens.
- ``first_docid``, ``docid_step`` (min, max): ids fall from ``first_docid`` by the step's mean a
  week back from the plan's last day (``base.dated_ids``: from each notice's date, not a counter).
- ``href``: how rows write links: ``dot`` (``./rel``), ``rel``, ``root``, ``abs``, ``backslash``
  (``/News\\2025\\1106\\X.shtml``), or a dict of shares of those.
- ``attachment``: format string of an attachment URL (``d``, ``docid``, ``j``, ``ext``, ``p0``,
  ``hex``, ``digits17``); ``att_href`` as ``href``, relative to the article.
- ``row``: format string of one list row; fields ``href``, ``title`` (full, escaped), ``text``
  (shown, maybe truncated), ``date`` (``date_fmt``), ``md``, ``year``, ``i`` (row number).
- ``list_open`` / ``list_close`` around the rows; ``spacer`` inserted after every ``spacer_every``
  rows; ``header_row`` first. ``pager``: ``(page, pages, records, column) -> html``, from a preset
  or a template (declare.py).
- ``truncate`` (characters before ``...``; ``None`` keeps whole titles), ``date_fmt``.
- ``detail``: ``trs`` (ArticleTitle / PubDate / ContentSource metas) or ``plain``; ``title_html``,
  ``info_html`` (``{date}``, ``{datetime}``, ``{cn_date}``, ``{source}``, ``{views}``), ``body_open``,
  ``body_close``; ``clock`` (a date: the "今天是…" header of the site chrome); ``body_script`` (a
  variable name: the body goes into that script object and the body element stays empty).
- ``att_block``: where the site lists a notice's files after the article, not in its body: markup
  with ``{links}``, printed after ``body_close``.
- ``list_only``: rows that link straight to a name-list file instead of a page.
- ``site_name``, ``column_name``, ``site_root``.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import random
from datetime import date
from urllib.parse import urlencode, urlsplit

from markupsafe import Markup

from tools.replica_gen.families.base import (
    attachment_bytes,
    body_html,
    dated_ids,
    layout_rng,
    name_list_picks,
    page,
    stable_digits,
    truncate,
    url_to_relpath,
)
from tools.replica_gen.model import Attachment, ListOnlyRow, Notice, Site
from tools.replica_gen.phrases import WEEKDAYS, cn_date_upper

HREF_MODES = ("dot", "rel", "root", "abs", "backslash")


def clock_text(day: date) -> str:
    return f"今天是{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"


def write_href(url: str, base: str, mode: str) -> str:
    """`url` as a page at `base` writes it."""
    target, here = urlsplit(url), urlsplit(base)
    path = target.path + (f"?{target.query}" if target.query else "")
    if mode == "abs":
        return url
    if mode == "root":
        return path
    if mode == "backslash":
        return "/" + target.path[1:].replace("/", "\\")
    rel = posixpath.relpath(target.path, posixpath.dirname(here.path) or "/")
    rel += f"?{target.query}" if target.query else ""
    return ("./" + rel) if mode == "dot" and not rel.startswith("../") else rel


def pick_mode(rng: random.Random, spec) -> str:
    if isinstance(spec, str):
        return spec
    keys = sorted(spec)
    return rng.choices(keys, [spec[k] for k in keys])[0]


def _ids(decl_id: str, docid: int) -> dict:
    h = hashlib.md5(f"{decl_id}:{docid}".encode()).hexdigest()
    return {"hex": h, "HEX": h.upper(), "digits": stable_digits(h, 4)}


def build(decl, notices: list[Notice]) -> Site:
    lay = decl.layout
    kind = lay.get("list_kind", "html")
    files: dict[str, bytes] = {}
    lo, hi = lay.get("docid_step", (3, 90))
    for n, docid in zip(notices, dated_ids(decl, notices, lay.get("first_docid", 100000), (lo + hi) / 2)):
        d = n.spec.published
        r = layout_rng(decl, n.spec.key, "ids")
        ids = _ids(decl.id, docid)
        n.doc_id = str(docid)
        slug = _column_of(lay, n).get("slug", "")
        n.url = lay["article"].format(d=d, docid=docid, slug=slug, **ids)
        n.list_title = n.title
        for j, att in enumerate(n.attachments):
            key = n.url + str(j)
            att.url = lay["attachment"].format(d=d, docid=docid, j=j + 1, ext=att.ext, slug=slug, hex=_ids(key, j)["hex"],
                                               HEX=_ids(key, j)["HEX"],
                                               p0=f"P0{d:%Y%m%d}{stable_digits(key, 12)}",
                                               digits17=stable_digits(key, 17))
            att.href = write_href(att.url, n.url, pick_mode(r, lay.get("att_href", "root")))
            files[url_to_relpath(att.url)] = attachment_bytes(att)

    list_only = _list_only(decl, notices, files)
    columns = lay.get("columns") or [{"first": lay["first"], "next": lay.get("next"), "per_page": lay["per_page"],
                                      "beyond": lay.get("beyond")}]
    list_urls: list[str] = []
    beyond: list[str] = []
    chrome = {"site_name": lay["site_name"], "column_name": lay.get("column_name", ""),
              "root": lay.get("site_root", "/"), "clock": clock_text(lay["clock"]) if lay.get("clock") else "",
              "head_extra": Markup(lay.get("head_extra", ""))}
    channel_urls = _channel(decl, columns, files, chrome) if lay.get("channel") else []
    for col in columns:
        take = col.get("take", lambda n: True)
        rows = [("notice", n.spec.published, n) for n in notices if take(n)]
        rows += [("file", r.published, r) for r in list_only if take(r)]
        rows.sort(key=lambda r: r[1], reverse=True)
        per = col["per_page"]
        chunks = [rows[i:i + per] for i in range(0, len(rows), per)] or [[]]
        urls = [col["first"] if p == 0 else col["next"].format(i=p, n=p + 1, begin=p * per)
                for p in range(len(chunks))]
        if col.get("beyond"):
            p = len(chunks)
            beyond.append(col["beyond"].format(i=p, n=p + 1, begin=p * per))
        list_urls += urls
        if kind == "hanweb":
            list_urls += _hanweb(decl, rows, urls[0], files)
            continue
        for p, (url, chunk) in enumerate(zip(urls, chunks)):
            out = [_row(decl, k, item, url, i) for i, (k, _, item) in enumerate(chunk)]
            if kind == "json":
                files[url_to_relpath(url)] = _json_list(decl, chunk, p, len(chunks), len(rows))
                continue
            if kind == "script_json":
                body = Markup(lay.get("list_open", "") + _list_data(out) + lay.get("list_close", ""))
            else:
                html_rows = [lay.get("header_row", "")]
                for i, r in enumerate(out):
                    html_rows.append(lay["row"].format(**r))
                    if lay.get("spacer_every") and (i + 1) % lay["spacer_every"] == 0 and i + 1 < len(out):
                        html_rows.append(lay["spacer"])
                body = Markup(lay["list_open"] + "\n".join(h for h in html_rows if h) + lay["list_close"])
            pager = Markup(lay["pager"](p, len(chunks), len(rows), col) if lay.get("pager") else "")
            files[url_to_relpath(url)] = page("site/list.html", decl, rows=body, pager=pager, **chrome)

    for n in notices:
        d = n.spec.published
        r = layout_rng(decl, n.spec.key, "page")
        body = body_html(r, n.paragraphs)
        body += "".join(f'\n<p style="text-align:center;"><img src="{html.escape(a.href)}" alt="" border="0"></p>'
                        for a in n.attachments if a.image)  # a notice published as a scan
        links = "\n".join(f'<p><a href="{html.escape(a.href)}">{html.escape(a.name)}.{a.ext}</a></p>'
                          for a in n.attachments if not a.image)
        after = ""
        if links and lay.get("att_block") and kind != "json":
            after = lay["att_block"].format(links=links)  # the site lists the files after the article
        elif links:
            body += "\n" + links
        if kind == "json":
            files[url_to_relpath(lay["api_detail"].format(docid=n.doc_id))] = _json_detail(decl, n, body)
            continue
        fields = {"title": html.escape(n.title), "date": f"{d:%Y-%m-%d}", "datetime": f"{d:%Y-%m-%d %H:%M}",
                  "cn_date": f"{d.year}年{d.month}月{d.day}日", "source": html.escape(n.source_name),
                  "views": r.randint(120, 40000), "slash": f"{d:%Y/%m/%d}"}
        files[url_to_relpath(n.url)] = page(
            "site/detail.html", decl, n=n, trs=lay.get("detail", "plain") == "trs",
            pubdate=fields["datetime"], keywords=n.title[:12],
            title_html=Markup(lay["title_html"].format(**fields)), info_html=Markup(lay["info_html"].format(**fields)),
            body=Markup(_detail_body(lay, body) + after), **chrome,
        )
    return Site(decl.id, files, list_urls, notices, list_only, decl.charset,
                aggregator=decl.voice == "aggregator", beyond=beyond, channel_urls=channel_urls)


def _detail_body(lay: dict, body: str) -> str:
    """The article as the page carries it: in the markup, or (``body_script``: 江西) as HTML in a
    script object `var <name> = [{ content:{"content": "<p>…</p>"} }];` that JS renders into the
    empty body element."""
    if not lay.get("body_script"):
        return lay["body_open"] + "\n" + body + "\n" + lay["body_close"]
    data = json.dumps({"content": body}, ensure_ascii=False).replace("</", "<\\/")
    return (lay["body_open"] + lay["body_close"] + f'\n<script>var {lay["body_script"]} = [{{ content:{data} }}];</script>')


def _column_of(lay: dict, n: Notice) -> dict:
    """The first declared column that lists `n` (its ``slug`` may name the article's folder)."""
    return next((c for c in lay.get("columns") or [] if c.get("take", lambda row: True)(n)), {})


def _channel(decl, columns: list[dict], files: dict, chrome: dict) -> list[str]:
    """A channel page (广西 /ksxm/zyzglks/) whose list links each column by its ``name``:
    layout ``channel: {url, open, link, close, href}`` (``link`` with ``{href}``, ``{name}``)."""
    ch = decl.layout["channel"]
    def href(url: str) -> str:  # a folder keeps its slash: ./zyyszgks/
        written = write_href(url, ch["url"], ch.get("href", "dot"))
        return written + "/" if url.endswith("/") and not written.endswith("/") else written
    links = [ch["link"].format(href=html.escape(href(c["first"])), name=html.escape(c["name"])) for c in columns]
    files[url_to_relpath(ch["url"])] = page("site/list.html", decl, rows=Markup(ch["open"] + "\n".join(links) + ch["close"]),
                                            pager=Markup(""), **{**chrome, "column_name": ch.get("name", chrome["column_name"])})
    return [ch["url"]]


def _list_data(rows: list[dict]) -> str:
    """江西's inline list as the live page prints it (job-radar's tests): a JavaScript object, not
    JSON — the key `articleList` unquoted — whose records carry `urls` as a string of JSON."""
    records = ",".join(json.dumps({"title": r["title_raw"], "pubDate": r["when"].strftime("%Y-%m-%d %H:%M"),
                                   "urls": json.dumps({"pc": r["href"]}, ensure_ascii=False)}, ensure_ascii=False)
                       for r in rows)
    return "<script>var listData = { articleList: [" + records.replace("</", "<\\/") + "] };</script>"


def _row(decl, kind: str, item, list_url: str, i: int) -> dict:
    lay = decl.layout
    if kind == "notice":
        url, title, when = item.url, item.title, item.spec.published
        rng = layout_rng(decl, item.spec.key, "row")
        href = write_href(url, list_url, pick_mode(rng, lay.get("href", "dot")))
        item.href = href
    else:
        url, title, when = item.attachment.url, item.title, item.published
        rng = layout_rng(decl, url, "row")
        href = write_href(url, list_url, pick_mode(rng, lay.get("href", "dot")))
        item.attachment.href = href
    limit = lay.get("truncate")
    text = truncate(rng, title, limit, lay.get("ellipsis", "...")) if limit else title
    return {"href": html.escape(href), "title": html.escape(title), "text": html.escape(text),
            "date": when.strftime(lay.get("date_fmt", "%Y-%m-%d")), "md": when.strftime("%m-%d"),
            "year": when.strftime("%Y"), "i": i + 1, "parity": "odd" if i % 2 == 0 else "even", "title_raw": title, "when": when, "url": url}


def _list_only(decl, notices: list[Notice], files: dict) -> list[ListOnlyRow]:
    lay = decl.layout
    out = []
    for n in name_list_picks(decl, notices, lay.get("list_only", 0)):
        d = n.spec.published
        att = Attachment(name=f"{n.spec.year}年度合格人员证书领取名单",
                         ext=layout_rng(decl, n.spec.key, "list-only").choice(["xlsx", "xls"]))
        key = "list-only" + n.url
        att.url = lay["attachment"].format(d=d, docid=n.doc_id, j=9, ext=att.ext, hex=_ids(key, 9)["hex"],
                                           HEX=_ids(key, 9)["HEX"],
                                           p0=f"P0{d:%Y%m%d}{stable_digits(key, 12)}", digits17=stable_digits(key, 17))
        files[url_to_relpath(att.url)] = attachment_bytes(att)
        title = n.title.replace("的通知", "人员名单").replace("通知", "名单")
        if title == n.title:
            title = f"{n.title}（人员名单）"
        out.append(ListOnlyRow(title=title, published=d.replace(minute=(d.minute + 1) % 60), attachment=att))
    return out


# ----------------------------------------------------------------------------- JSON API (河北)

def _json_list(decl, chunk, p: int, pages: int, total: int) -> bytes:
    records = [{"id": int(item.doc_id), "title": item.title, "publishedDate": f"{item.spec.published:%Y-%m-%d %H:%M:%S}",
                "jumpLink": "", "jumpType": "1", "belongSectionId": 293} for _, _, item in chunk]
    data = {"code": 200, "msg": "操作成功", "data": {"records": records, "total": total, "size": decl.layout["per_page"],
                                                  "current": p + 1, "pages": pages},
            "replicaNote": "certnotices sample data"}
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")


def _json_detail(decl, n: Notice, body: str) -> bytes:
    data = {"code": 200, "msg": "操作成功", "data": {
        "id": int(n.doc_id), "title": n.title, "publishedDate": f"{n.spec.published:%Y-%m-%d %H:%M:%S}",
        "articleContent": body, "sectionName": decl.layout.get("column_name", ""), "source": n.source_name,
        "replicaNote": "certnotices sample data"}}
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- Hanweb jcms (江苏)

def _record(r: dict) -> str:
    return (f'<record><![CDATA[<li><a href="{r["href"]}" title="{r["title"]}" target="_blank">{r["text"]}</a>'
            f'<span>{r["date"]}</span></li>]]></record>')


def _hanweb(decl, rows, first_url: str, files: dict) -> list[str]:
    """The column page with the first 45 records inline; the proxy answers for later groups."""
    lay = decl.layout
    per, group = 15, 45
    out = [_row(decl, k, item, first_url, i) for i, (k, _, item) in enumerate(rows)]
    total = len(out)
    ids = lay["hanweb"]
    inline = "\n".join(_record(r) for r in out[:group])
    script = Markup(
        f'<script type="text/xml"><datastore>\n<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1'
        f'&webid={ids["webid"]}&path=/&columnid={ids["columnid"]}&unitid={ids["unitid"]}&webname={ids["webname"]}'
        f'&permissiontype=0"></a>]]></nextgroup>\n<recordset>\n{inline}\n</recordset>\n</datastore></script>\n'
        f'<script>var jpage = new jpage({{columnid:{ids["columnid"]}, unitid:\'{ids["unitid"]}\', webid:\'{ids["webid"]}\', '
        f'webname:\'{ids["webname"]}\', perPage:{per}, totalRecord:{total}, proxyUrl:\'/module/web/jpage/dataproxy.jsp\', '
        f'formId:\'jpageform_{ids["unitid"]}\'}});</script>')
    chrome = {"site_name": lay["site_name"], "column_name": lay.get("column_name", ""),
              "root": lay.get("site_root", "/"), "clock": "", "head_extra": Markup(lay.get("head_extra", ""))}
    files[url_to_relpath(first_url)] = page("site/list.html", decl, rows=Markup(f'<div id="{ids["unitid"]}">') + script
                                            + Markup("</div>"), pager=Markup(""), **chrome)
    start = group
    proxies: list[str] = []
    while start < total:
        query = {"startrecord": start + 1, "endrecord": start + group, "perpage": per, "col": 1, "appid": 1,
                 "webid": ids["webid"], "path": "/", "columnid": ids["columnid"], "sourceContentType": 1,
                 "unitid": ids["unitid"], "webname": ids["webname"], "permissiontype": 0}
        parts = urlsplit(first_url)
        url = f"{parts.scheme}://{parts.netloc}/module/web/jpage/dataproxy.jsp?{urlencode(query)}"
        body = "\n".join(_record(r) for r in out[start:start + group])
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- certnotices replica: sample data -->\n<datastore><totalrecord>{total}</totalrecord>'
               f'<totalpage>{-(-total // per)}</totalpage>\n<recordset>\n{body}\n</recordset></datastore>\n')
        files[url_to_relpath(url)] = xml.encode("utf-8")
        proxies.append(url)
        start += group
    return proxies


__all__ = ["build", "write_href", "clock_text", "cn_date_upper"]
