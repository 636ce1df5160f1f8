"""中国人事考试网: ``notice.html`` / ``notice_N.html`` lists of ``ul.list_14`` rows, detail
``/notice/ID.html`` (older ones under ``/YYYY/ID.html``) with ``div.title`` and ``div#p_content``.

layout keys: ``page_sizes`` (rows per list page), ``first_id`` (id on the plan's last day),
``year_path_share`` (share of rows under year paths), ``absolute_share`` (hrefs written with
scheme and host), ``truncate`` (characters of link text before ``...``).
"""

from __future__ import annotations

from tools.replica_gen.families.base import (
    attachment_bytes,
    body_html,
    dated_ids,
    layout_rng,
    page,
    truncate,
    url_to_relpath,
)
from tools.replica_gen.model import Notice, Site

BASE = "http://www.cpta.com.cn"


def build(decl, notices: list[Notice]) -> Site:
    lay = decl.layout
    sizes: list[int] = lay["page_sizes"]
    assert sum(sizes) == len(notices), (sum(sizes), len(notices))
    files: dict[str, bytes] = {}
    for n, doc_id in zip(notices, dated_ids(decl, notices, lay["first_id"], (1 + 6) / 2)):
        r = layout_rng(decl, n.spec.key, "ids")
        n.doc_id = str(doc_id)
        older = n.spec.published.year <= lay.get("year_path_max", 2024)
        if older and r.random() < lay.get("year_path_share", 0.0):
            path = f"/{n.spec.published.year}/{doc_id}.html"
        else:
            path = f"/notice/{doc_id}.html"
        n.url = BASE + path
        n.href = n.url if r.random() < lay.get("absolute_share", 0.0) else path
        n.list_title = n.title
        for j, att in enumerate(n.attachments):
            att.url = f"{BASE}/attach/{n.spec.published:%Y%m}/{doc_id}_{j + 1}.{att.ext}"
            att.href = att.url[len(BASE):]
            files[url_to_relpath(att.url)] = attachment_bytes(att)

    list_urls = []
    start = 0
    for number, size in enumerate(sizes, 1):
        name = "notice.html" if number == 1 else f"notice_{number}.html"
        url = f"{BASE}/{name}"
        list_urls.append(url)
        rows = [{
            "href": n.href, "title": n.list_title,
            "text": truncate(layout_rng(decl, n.spec.key, "row"), n.title, lay.get("truncate", 24)),
            "date": n.spec.published.strftime("%Y-%m-%d"),
        } for n in notices[start:start + size]]
        start += size
        pages = [("notice.html" if p == 1 else f"notice_{p}.html", p) for p in range(1, len(sizes) + 1)]
        files[url_to_relpath(url)] = page("cpta/list.html", decl, rows=rows, current=number, pages=pages,
                                          total=len(sizes))
    for n in notices:
        r = layout_rng(decl, n.spec.key, "page")
        files[url_to_relpath(n.url)] = page(
            "cpta/detail.html", decl, n=n, body=body_html(r, n.paragraphs),
            date=n.spec.published.strftime("%Y-%m-%d"),
            views=r.randint(300, 98000),
        )
    return Site(decl.id, files, list_urls, notices, [], decl.charset)
