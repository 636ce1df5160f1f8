"""Training-site article channel (环球网校 style), re-served the way content farms copy it.

List ``<channel>/`` (``index.html``) then one-based ``index_N.html`` with ``ul.news-list > li >
a[title] + span.time``; articles ``/web_news/html/YYYY-M/<ms epoch + 1 digit>.html`` with ``h1``,
``div.article-info span.time`` and ``div.article-content``, a 最新资讯 block of other dated
titles (a date that is not the article's) and sales buttons.

layout keys: ``channel`` (real list URL ending in ``/``), ``article_base``, ``page_sizes``,
``full_url_share`` / ``parent_rel_share`` (hrefs written as full URLs or ``../html/...``),
``latest`` (titles in the 最新资讯 block), ``site_name``, ``channel_name``, ``truncate``,
``reserve`` (``trad_pinyin`` re-serves every visible string in Traditional with pinyin).
"""

from __future__ import annotations

from datetime import timedelta, timezone

from tools.replica_gen.families.base import body_html, layout_rng, page, truncate, url_to_relpath
from tools.replica_gen.model import Notice, Site
from tools.replica_gen.textforms import trad_pinyin

CST = timezone(timedelta(hours=8))
TRANSFORMS = {"trad_pinyin": trad_pinyin, "none": lambda s: s}


def build(decl, notices: list[Notice]) -> Site:
    lay = decl.layout
    tf = TRANSFORMS[lay.get("reserve", "none")]
    channel: str = lay["channel"]
    host_root = channel.split("/web_news/")[0]
    art_base: str = lay["article_base"]
    files: dict[str, bytes] = {}
    used: set[str] = set()
    for n in notices:
        d = n.spec.published
        r = layout_rng(decl, n.spec.key, "ids")
        ms = int(d.replace(tzinfo=CST).timestamp() * 1000) + r.randint(0, 999)
        ident = f"{ms}{r.randint(0, 9)}"
        while ident in used:
            ident = str(int(ident) + 10)
        used.add(ident)
        n.doc_id = ident
        n.url = f"{art_base}{d.year}-{d.month}/{ident}.html"
        roll = r.random()
        if roll < lay.get("full_url_share", 0.0):
            n.href = n.url
        elif roll < lay.get("full_url_share", 0.0) + lay.get("parent_rel_share", 0.0):
            n.href = "../html/" + n.url[len(art_base):]
        else:
            n.href = n.url[len(host_root):]
        n.list_title = tf(n.title)

    newest = notices[: lay.get("latest", 8)]
    latest = [{"href": m.url[len(host_root):], "title": m.list_title, "date": f"{m.spec.published:%Y-%m-%d}"}
              for m in newest]
    chrome = {"site_name": lay["site_name"], "channel_name": lay["channel_name"], "latest": latest,
              "channel": channel[len(host_root):]}

    sizes: list[int] = lay["page_sizes"]
    assert sum(sizes) == len(notices), (sum(sizes), len(notices))
    list_urls = []
    start = 0
    for number, size in enumerate(sizes, 1):
        url = channel if number == 1 else f"{channel}index_{number}.html"
        list_urls.append(url)
        rows = [{"href": n.href, "title": n.list_title, "date": f"{n.spec.published:%Y-%m-%d}",
                 "text": tf(truncate(layout_rng(decl, n.spec.key, "row"), n.title, lay.get("truncate", 28)))}
                for n in notices[start:start + size]]
        start += size
        pages = [("index.html" if p == 1 else f"index_{p}.html", p) for p in range(1, len(sizes) + 1)]
        files[url_to_relpath(url)] = page("aggregator/list.html", decl, tf, rows=rows, current=number, pages=pages,
                                          total=len(sizes), **chrome)
    for n in notices:
        d = n.spec.published
        r = layout_rng(decl, n.spec.key, "page")
        files[url_to_relpath(n.url)] = page(
            "aggregator/detail.html", decl, tf, n=n, title=n.list_title, body=body_html(r, n.paragraphs, tf),
            time=f"{d:%Y-%m-%d %H:%M}", author=r.choice(["小编", "Lisa", "xw", "Sherry"]),
            crumb_exam=lay["channel_name"], **chrome,
        )
    return Site(decl.id, files, list_urls, notices, [], decl.charset, aggregator=True)
