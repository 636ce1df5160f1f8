"""中国人事考试网: ``notice.html`` / ``notice_N.html`` lists of ``ul.list_14`` rows, detail
``/notice/ID.html`` (older ones under ``/YYYY/ID.html``) with ``div.title`` and ``div#p_content``.

layout keys: ``page_sizes`` (rows per list page), ``first_id`` (id of the newest notice),
``year_path_share`` (share of rows under year paths), ``absolute_share`` (hrefs written with
scheme and host), ``truncate`` (characters of link text before ``...``).
"""

from __future__ import annotations

import random

from crawler.replica_gen.families.base import attachment_bytes, body_html, page, truncate, url_to_relpath
from crawler.replica_gen.model import Notice, Site

BASE = "http://www.cpta.com.cn"


def build(decl, notices: list[Notice], rng: random.Random) -> Site:
    lay = decl.layout
    sizes: list[int] = lay["page_sizes"]
    assert sum(sizes) == len(notices), (sum(sizes), len(notices))
    files: dict[str, bytes] = {}
    doc_id = lay["first_id"]
    for n in notices:
        n.doc_id = str(doc_id)
        older = n.spec.published.year <= lay.get("year_path_max", 2024)
        if older and rng.random() < lay.get("year_path_share", 0.0):
            path = f"/{n.spec.published.year}/{doc_id}.html"
        else:
            path = f"/notice/{doc_id}.html"
        n.url = BASE + path
        n.href = n.url if rng.random() < lay.get("absolute_share", 0.0) else path
        n.list_title = n.title
        for j, att in enumerate(n.attachments):
            att.url = f"{BASE}/attach/{n.spec.published:%Y%m}/{doc_id}_{j + 1}.{att.ext}"
            att.href = att.url[len(BASE):]
            files[url_to_relpath(att.url)] = attachment_bytes(att)
        doc_id -= rng.randint(1, 6)

    list_urls = []
    start = 0
    for number, size in enumerate(sizes, 1):
        name = "notice.html" if number == 1 else f"notice_{number}.html"
        url = f"{BASE}/{name}"
        list_urls.append(url)
        rows = [{
            "href": n.href, "title": n.list_title,
            "text": truncate(rng, n.title, lay.get("truncate", 24)),
            "date": n.spec.published.strftime("%Y-%m-%d"),
        } for n in notices[start:start + size]]
        start += size
        pages = [("notice.html" if p == 1 else f"notice_{p}.html", p) for p in range(1, len(sizes) + 1)]
        files[url_to_relpath(url)] = page("cpta/list.html", decl, rows=rows, current=number, pages=pages,
                                          total=len(sizes))
    for n in notices:
        files[url_to_relpath(n.url)] = page(
            "cpta/detail.html", decl, n=n, body=body_html(rng, n.paragraphs),
            date=n.spec.published.strftime("%Y-%m-%d"),
            views=rng.randint(300, 98000),
        )
    return Site(decl.id, files, list_urls, notices, [], decl.charset)
