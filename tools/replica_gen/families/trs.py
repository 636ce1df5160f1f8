"""TRS WCM static column (湖北 style): ``index.shtml`` then zero-based ``index_N.shtml``, pages
named only by a ``createPageHTML(total, cur, "index", "shtml", "black2", records)`` call;
rows ``ul.list-t > li > a[title]`` with ``span.date`` inside the link; articles
``./YYYYMM/tYYYYMMDD_DOCID.shtml`` with ``meta[name=ArticleTitle|PubDate|ContentSource]`` and a
``div.TRS_Editor`` body; attachments ``./P0YYYYMMDD<digits>.ext`` beside the article.

layout keys: ``base`` (real column URL ending in ``/``), ``ext`` (``shtml`` | ``html``),
``page_sizes``, ``first_docid``, ``list_only`` (rows linking straight to a name-list file),
``today`` (the date the page chrome's clock shows), ``site_name``, ``column_name``,
``parent_name``, ``site_root`` (path of the site's home and assets), ``truncate``,
``comment_markers_share`` (older template with ``<!--<$[信息内容]>begin-->`` markers),
``page_call`` (the pager script; ``{total}``, ``{cur}``, ``{ext}``, ``{records}`` are filled in),
``first_index`` (0: page 2 is ``index_1``, the TRS default; 1: page 2 is ``index_2``),
``row_style`` (``date_inside``: ``<a>title<span class=date>`` as 湖北; ``date_after``:
``<a>title</a><span>``), ``date_format`` (strftime of the list date).
"""

from __future__ import annotations

from datetime import date, timedelta

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
from tools.replica_gen.phrases import WEEKDAYS


def _p0(day: date, key: str) -> str:
    return f"P0{day:%Y%m%d}{stable_digits(key, 12)}"


def build(decl, notices: list[Notice]) -> Site:
    lay = decl.layout
    base: str = lay["base"]
    ext = lay.get("ext", "shtml")
    files: dict[str, bytes] = {}

    for n, docid in zip(notices, dated_ids(decl, notices, lay["first_docid"], (3 + 240) / 2)):
        d = n.spec.published
        n.doc_id = str(docid)
        rel = f"{d:%Y%m}/t{d:%Y%m%d}_{docid}.{ext}"
        n.url = base + rel
        n.href = "./" + rel
        n.list_title = n.title
        for j, att in enumerate(n.attachments):
            name = f"{_p0(d.date(), n.url + str(j))}.{att.ext}"
            att.href = "./" + name
            att.url = base + f"{d:%Y%m}/" + name
            files[url_to_relpath(att.url)] = attachment_bytes(att)

    # Name lists published as bare files, listed beside the notice they belong to.
    list_only: list[ListOnlyRow] = []
    for n in name_list_picks(decl, notices, lay.get("list_only", 0)):
        d = n.spec.published
        att = Attachment(name=f"{n.spec.year}年度合格人员证书领取名单",
                         ext=layout_rng(decl, n.spec.key, "list-only").choice(["xlsx", "xls"]))
        name = f"{_p0(d.date(), 'list-only' + n.url)}.{att.ext}"
        att.url = base + f"{d:%Y%m}/" + name
        att.href = f"./{d:%Y%m}/{name}"
        files[url_to_relpath(att.url)] = attachment_bytes(att)
        title = n.title.replace("的通知", "人员名单").replace("通知", "名单")
        if title == n.title:
            title = f"{n.title}（人员名单）"
        list_only.append(ListOnlyRow(title=title, published=d.replace(minute=(d.minute + 1) % 60), attachment=att))

    rows = [("notice", n.spec.published, n) for n in notices] + [("file", r.published, r) for r in list_only]
    rows.sort(key=lambda r: r[1], reverse=True)
    sizes: list[int] = lay["page_sizes"]
    assert sum(sizes) == len(rows), (sum(sizes), len(rows))

    today: date = lay["today"]
    chrome = {
        "today": f"今天是{today.year}年{today.month}月{today.day}日 星期{WEEKDAYS[today.weekday()]}",
        "site_name": lay["site_name"], "column_name": lay["column_name"],
        "parent_name": lay.get("parent_name", lay["column_name"]), "root": lay.get("site_root", "/"),
        "hot": [(f"{today - timedelta(days=k * 9):%Y-%m-%d}", t) for k, t in enumerate(lay.get("hot", []))],
    }
    first_index = lay.get("first_index", 0)
    page_call = lay.get("page_call", 'createPageHTML({total}, {cur}, "index", "{ext}", "black2", {records});')
    list_urls = []
    start = 0
    for number, size in enumerate(sizes):
        url = base + ("index" if number == 0 else f"index_{number + first_index}") + f".{ext}"
        list_urls.append(url)
        out = []
        for kind, when, item in rows[start:start + size]:
            title = item.title
            href = item.href if kind == "notice" else item.attachment.href
            r = layout_rng(decl, item.spec.key if kind == "notice" else item.attachment.url, "row")
            out.append({"href": href, "title": title, "date": when.strftime(lay.get("date_format", "%Y/%m/%d")),
                        "text": truncate(r, title, lay.get("truncate", 26), r.choice(["...", "…"]))})
        start += size
        call = page_call.format(total=len(sizes), cur=number + first_index, ext=ext, records=len(rows))
        files[url_to_relpath(url)] = page("trs/list.html", decl, rows=out, page_call=call,
                                          row_style=lay.get("row_style", "date_inside"), **chrome)

    for n in notices:
        d = n.spec.published
        r = layout_rng(decl, n.spec.key, "page")
        files[url_to_relpath(n.url)] = page(
            "trs/detail.html", decl, n=n, body=body_html(r, n.paragraphs), pubdate=f"{d:%Y-%m-%d %H:%M}",
            shown_date=f"{d:%Y-%m-%d}" if r.random() < 0.7 else f"{d:%Y年%m月%d日}",
            markers=r.random() < lay.get("comment_markers_share", 0.0),
            keywords=n.title[:12], **chrome,
        )
    return Site(decl.id, files, list_urls, notices, list_only, decl.charset)
