"""The committed replicas are exactly what the generator writes, and they hang together:
list rows lead to pages that exist, every page says it is sample data, and expected.json
describes pages that are really there and say what it claims."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from parsel import Selector

from crawler.replica_gen.build import REPLICAS_DIR, generate
from crawler.replica_gen.families.base import MARKER, url_to_relpath
from crawler.replica_gen.sources import load_sources
from crawler.replica_gen.textforms import trad_pinyin

SOURCES = sorted(load_sources())
REGISTRY = {s["id"]: s for s in yaml.safe_load(
    (REPLICAS_DIR.parent / "registry.yaml").read_text("utf-8"))["sources"]}
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


@pytest.mark.parametrize("source_id", SOURCES)
def test_every_list_row_leads_to_a_replica_file(source_id):
    entry = REGISTRY[source_id]
    expected = _expected(source_id)
    assert expected["list_urls"][0] in entry["start_urls"]
    rows_seen = 0
    for list_url in expected["list_urls"]:
        page = _page(source_id, list_url)
        assert page.exists(), list_url
        sel = Selector(_decode(source_id, page.read_bytes()))
        rows = [r for r in sel.css(entry["list"]["row"]) if r.css(entry["list"]["link"]).get()]
        assert 8 <= len(rows) <= 20, f"{list_url}: {len(rows)} rows"
        for row in rows:
            href = row.css(entry["list"]["link"]).get()
            assert row.css(entry["list"]["title"]).get(), f"{list_url}: row without a title attribute"
            assert row.css(entry["list"]["date"]).get(), f"{list_url}: row without a date"
            assert _page(source_id, urljoin(list_url, href)).exists(), f"{list_url}: {href} is not in the replica"
        rows_seen += len(rows)
    assert rows_seen == len(expected["notices"]) + len(expected["list_only"])


@pytest.mark.parametrize("source_id", SOURCES)
def test_the_page_after_the_last_is_missing(source_id):
    last = _expected(source_id)["list_urls"][-1]
    n = len(_expected(source_id)["list_urls"])
    # the spiders stop on the 404 a page past the end gives
    beyond = last.replace(f"_{n}.", f"_{n + 1}.").replace(f"_{n - 1}.", f"_{n}.")
    assert beyond != last and not _page(source_id, beyond).exists()


@pytest.mark.parametrize("source_id", SOURCES)
def test_every_page_says_it_is_sample_data(source_id):
    pages = [p for p in (REPLICAS_DIR / source_id).rglob("*") if p.suffix in HTML_SUFFIXES]
    assert pages
    unmarked = [p.name for p in pages if MARKER not in _decode(source_id, p.read_bytes())]
    assert not unmarked


@pytest.mark.parametrize("source_id", SOURCES)
def test_expected_entries_describe_existing_detail_pages(source_id):
    entry = REGISTRY[source_id]
    expected = _expected(source_id)
    urls = [n["url"] for n in expected["notices"]]
    assert len(urls) == len(set(urls))
    title_selector = entry["detail"]["title"].split(",")[0].strip()
    for n in expected["notices"]:
        page = _page(source_id, n["url"])
        assert page.exists(), n["url"]
        html = _decode(source_id, page.read_bytes())
        sel = Selector(html)
        shown = sel.css(title_selector).get()
        assert shown and _simple(shown) == unicodedata.normalize("NFKC", n["title"]), n["url"]
        assert n["published"].replace("-", "") in page.name or n["published"] in html
        for body_selector in entry["detail"]["body"].split(","):
            if sel.css(body_selector.strip()):
                break
        else:
            pytest.fail(f"{n['url']}: no body container")
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
    assert 90 <= total <= 130
    assert 0.5 <= counts["cert"] / total <= 0.7
    assert counts["kinds"] == {"collection", "reissue", "electronic", "other"}


@pytest.mark.parametrize("text", ["关于领取2024年度监理工程师证书的通知", "证书补办指南（9月第2批次）"])
def test_traditional_pinyin_form_reads_back_to_the_original(text):
    served = trad_pinyin(text)
    assert "(" in served and served != text
    assert _simple(served) == unicodedata.normalize("NFKC", text)
