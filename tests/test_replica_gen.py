"""The committed replicas are exactly what the generator writes, and they hang together:
list rows lead to pages that exist, every page says it is sample data, and expected.json
describes pages that are really there and say what it claims."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from parsel import Selector
from scrapy.http import HtmlResponse, TextResponse

from crawler.families import get_family
from crawler.registry import load_registry
from crawler.replica_gen.build import REPLICAS_DIR, build_site, generate
from crawler.replica_gen.families.base import MARKER, url_to_relpath
from crawler.replica_gen.sources import load_sources
from crawler.replica_gen.textforms import trad_pinyin

SOURCES = sorted(load_sources())
REGISTRY = {s["id"]: s for s in yaml.safe_load(
    (REPLICAS_DIR.parent / "registry.yaml").read_text("utf-8"))["sources"]}
SOURCE_OBJECTS = {s.id: s for s in load_registry()}
HTML_SUFFIXES = (".html", ".shtml", ".htm")


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _expected(source_id: str) -> dict:
    return json.loads((REPLICAS_DIR / source_id / "expected.json").read_text("utf-8"))


def _page(source_id: str, url: str) -> Path:
    return REPLICAS_DIR / source_id / url_to_relpath(url)


def _decode(source_id: str, data: bytes) -> str:
    charset = yaml.safe_load((REPLICAS_DIR / source_id / "replica.yaml").read_text("utf-8"))["charset"]
    return data.decode(charset or "utf-8")


def _simple(text: str) -> str:
    from pipelines.text import simplify
    return unicodedata.normalize("NFKC", simplify(text))


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("replicas")
    generate(SOURCES, out)
    return out


@pytest.mark.parametrize("source_id", SOURCES)
def test_regenerating_gives_the_committed_bytes(regenerated, source_id):
    fresh, committed = _files(regenerated / source_id), _files(REPLICAS_DIR / source_id)
    assert sorted(fresh) == sorted(committed), "run `python -m crawler.replica_gen` and commit the result"
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, f"regenerated files differ: {changed[:5]}"


def _response(source_id: str, url: str):
    """The replica's answer for `url` as the crawler would get it, or None for a 404."""
    path = _page(source_id, url)
    if not path.is_file():
        return None
    body = path.read_bytes()
    charset = yaml.safe_load((REPLICAS_DIR / source_id / "replica.yaml").read_text("utf-8"))["charset"] or "utf-8"
    cls = TextResponse if body.lstrip()[:1] in (b"{", b"[") or body.lstrip().startswith(b"<?xml") else HtmlResponse
    return cls(url=url, body=body, encoding=charset)


def _walk(source_id: str):
    """Every list page the crawler reaches from the registry's start URLs, and the rows on them."""
    source = SOURCE_OBJECTS[source_id]
    family = get_family(source.family)
    pages, rows = [], []
    for start in source.start_urls:
        queue = [(start, 1)]
        while queue:
            url, number = queue.pop()
            response = _response(source_id, url)
            if response is None:
                assert number > 1, f"start URL {url} is not in the replica"
                continue
            found = family.list_rows(response, source)
            if not found and number > 1:
                continue
            pages.append(url)
            rows += found
            queue += [(u, number + 1) for u in family.next_pages(response, source, number, source.max_pages)]
    return pages, rows


@pytest.mark.parametrize("source_id", SOURCES)
def test_the_registry_pagination_reaches_every_list_page_and_row(source_id):
    """Walk the replica with the crawler's own family code: the registry is the contract."""
    expected = _expected(source_id)
    pages, rows = _walk(source_id)
    assert expected["list_urls"][0] in REGISTRY[source_id]["start_urls"]
    assert sorted(pages) == sorted(expected["list_urls"])
    assert len(rows) == len(expected["notices"]) + len(expected["list_only"])
    reached = {r.public_url or r.url for r in rows}
    assert reached == {n["url"] for n in expected["notices"]} | {r["url"] for r in expected["list_only"]}
    for row in rows:
        assert row.title and row.listed_date, f"{row.url}: a row without title or date"
        assert _page(source_id, row.url).is_file(), f"{row.url} is not in the replica"


@pytest.mark.parametrize("source_id", SOURCES)
def test_the_page_after_the_last_is_missing(source_id):
    decl = load_sources()[source_id]
    site = build_site(decl)
    if decl.family == "site" and not site.beyond:
        return  # pagers that say where the list ends (createPageHTML, NCMS, JSON pages, jpage totals)
    if site.beyond:
        beyond = site.beyond
    else:
        last, n = site.list_urls[-1], len(site.list_urls)
        # the spiders stop on the 404 a page past the end gives
        beyond = [last.replace(f"_{n}.", f"_{n + 1}.").replace(f"_{n - 1}.", f"_{n}.")]
        if REGISTRY[source_id]["pagination"]["scheme"] in ("template",):
            assert beyond[0] != last
    for url in beyond:
        assert url not in site.list_urls and not _page(source_id, url).exists(), url


@pytest.mark.parametrize("source_id", SOURCES)
def test_every_page_says_it_is_sample_data(source_id):
    files = [p for p in (REPLICAS_DIR / source_id).rglob("*") if p.is_file() and p.parent != REPLICAS_DIR / source_id]
    pages = [p for p in files if p.read_bytes().lstrip()[:15].lower().startswith((b"<!doctype", b"<html"))]
    assert pages or source_id == "hebei_hebpta"
    unmarked = [p.name for p in pages if MARKER not in _decode(source_id, p.read_bytes())]
    assert not unmarked
    # API answers (JSON, Hanweb XML) say so in a field or comment of their own
    data = [p for p in files if p.read_bytes().lstrip()[:1] == b"{" or p.read_bytes().startswith(b"<?xml")]
    assert not [p.name for p in data if b"sample data" not in p.read_bytes()]


@pytest.mark.parametrize("source_id", SOURCES)
def test_expected_entries_describe_existing_detail_pages(source_id):
    entry = REGISTRY[source_id]
    detail = {**get_family(entry["family"]).default_detail, **(entry["detail"] or {})}
    expected = _expected(source_id)
    urls = [n["url"] for n in expected["notices"]]
    assert len(urls) == len(set(urls))
    for n in expected["notices"]:
        if detail.get("format") == "json":
            # the stored URL is the SPA page; the crawler reads the API answer for the same id
            art_id = parse_qs(urlsplit(n["url"]).query)["artId"][0]
            api = entry["list"]["link"].format(id=art_id)
            data = json.loads(_page(source_id, api).read_text("utf-8"))["data"]
            assert data["title"] == n["title"] and data["publishedDate"].startswith(n["published"])
            assert MARKER not in data["articleContent"] and "<p" in data["articleContent"]
            for att in n["attachments"]:
                assert _page(source_id, att).exists(), att
            continue
        page = _page(source_id, n["url"])
        assert page.exists(), n["url"]
        html = _decode(source_id, page.read_bytes())
        sel = Selector(html)
        shown = sel.css(detail["title"].split(",")[0].strip()).get()
        assert shown and _simple(shown) == unicodedata.normalize("NFKC", n["title"]), n["url"]
        y, m, d = (int(x) for x in n["published"].split("-"))
        assert n["published"].replace("-", "") in page.name or n["published"] in html or f"{y}年{m}月{d}日" in html
        for body_selector in detail["body"].split(","):
            if sel.css(body_selector.strip()):
                break
        else:
            pytest.fail(f"{n['url']}: no body container")
        if not detail.get("date"):
            # selectors sources without a date selector: the labelled date in the page header
            assert f"发布时间：{n['published']}" in html or f"发布时间：{y}年{m}月{d}日" in html, n["url"]
        for att in n["attachments"]:
            assert _page(source_id, att).exists(), att
        if n["is_cert_notice"] is False:
            assert n["kind"] == "other" and n["window_start"] is None and n["batch"] is None


def test_the_mix_has_certificate_notices_and_look_alikes():
    counts = {"cert": 0, "other": 0, "kinds": set()}
    for source_id in SOURCES:
        for n in _expected(source_id)["notices"]:
            counts["cert" if n["is_cert_notice"] else "other"] += 1
            counts["kinds"].add(n["kind"])
    total = counts["cert"] + counts["other"]
    assert 450 <= total <= 700
    assert 0.5 <= counts["cert"] / total <= 0.7
    assert counts["kinds"] == {"collection", "reissue", "electronic", "other"}


@pytest.mark.parametrize("text", ["关于领取2024年度监理工程师证书的通知", "证书补办指南（9月第2批次）"])
def test_traditional_pinyin_form_reads_back_to_the_original(text):
    served = trad_pinyin(text)
    assert "(" in served and served != text
    assert _simple(served) == unicodedata.normalize("NFKC", text)


def test_aggregator_mirrors_retell_official_notices_of_our_replicas():
    officials = {n["url"]: n for sid in SOURCES for n in _expected(sid)["notices"]
                 if REGISTRY[sid]["kind"] == "official"}
    mirrors = 0
    for source_id in SOURCES:
        if REGISTRY[source_id]["kind"] != "aggregator":
            continue
        for n in _expected(source_id)["notices"]:
            assert "mirror_of" in n
            if not n["mirror_of"]:
                continue
            mirrors += 1
            official = officials[n["mirror_of"]]
            for key in ("kind", "exam", "province", "city", "batch", "batch_month", "window_start", "window_end"):
                assert n[key] == official[key], (n["url"], key)
            assert official["published"] < n["published"] and n["title"] != official["title"]
    assert mirrors >= 10


def test_the_hanweb_proxy_page_is_where_the_crawler_asks_for_it():
    source = SOURCE_OBJECTS["jiangsu_jshrss"]
    first = _response("jiangsu_jshrss", source.start_urls[0])
    (proxy,) = get_family(source.family).next_pages(first, source, 1, source.max_pages)
    assert "path=%2F" in proxy and "startrecord=46&endrecord=90" in proxy
    answer = _response("jiangsu_jshrss", proxy)
    assert answer is not None and answer.text.startswith("<?xml")
    assert get_family(source.family).next_pages(answer, source, 2, source.max_pages) == []


def test_row_quirks_are_served_as_the_real_sites_print_them():
    xuzhou = _page("xuzhou_xzrsks_zsff", "http://www.xzrsks.com/ShowList.aspx?show=zsff").read_text("utf-8")
    assert 'href="/News\\' in xuzhou and "今天是2026年11月28日 星期六" in xuzhou
    gbk = _page("neimenggu_impta", "http://www.impta.com.cn/more.asp?ttt=8").read_bytes()
    assert MARKER.encode() in gbk and "新闻快讯".encode("gbk") in gbk
    anhui = _page("anhui_hrss", "https://hrss.ah.gov.cn/content/column/6596311?pageIndex=1").read_text("utf-8")
    assert '<li class="lm_line"></li>' in anhui
    shanghai = _page("shanghai_rsj", "https://rsj.sh.gov.cn/tzpgg_17408/index.html").read_text("utf-8")
    assert "totalPage: 6" in shanghai
