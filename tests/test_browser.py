"""What a candidate sees in a real browser: Debian's chromium (apt, see the Makefile) driven by
selenium through chromium-driver, against `notices serve` on the replica crawl.

Chromium is not Python, so tests/netguard cannot hold it back: it is confined by its flags
instead (no background networking, a dead proxy for every host but 127.0.0.1) and every test
checks that each resource a page loaded came from the test's server. Screenshots are kept in
test-artifacts/. A handful of page loads in all, on one browser.
"""

from __future__ import annotations

import re
import sqlite3
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import feedparser
import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from db.plugin.board import pick_exam_year, safe_link
from db.search import sync_search_index
from db.store import open_db, upsert_notice
from pipelines.text import simplify
from tests.conftest import REPO_ROOT, DatasetteServer

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTIFACTS = REPO_ROOT / "test-artifacts"
CHINA = timezone(timedelta(hours=8))
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
    "--window-size=1280,1000",
    # Every host but 127.0.0.1 goes through a proxy that refuses connections (port 9, discard);
    # `<-loopback>` (first: order matters) drops Chromium's implicit bypass for localhost names.
    "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>;127.0.0.1",
)
# Runs before any page script: records every alert/confirm/prompt, then lets it open as usual.
ALERT_HOOK = """
window.__certnoticesDialogs = [];
for (const name of ['alert', 'confirm', 'prompt']) {
  const original = window[name];
  window[name] = function (message) {
    window.__certnoticesDialogs.push(name + ':' + String(message));
    return original.apply(window, arguments);
  };
}
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.fail("chromium and chromium-driver are missing: `make browser` installs them with apt")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    # An explicit chromedriver keeps selenium-manager from looking for (or downloading) one.
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": ALERT_HOOK})
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()


def screenshot(driver, name: str, full_page: bool = False) -> None:
    size = driver.get_window_size()
    if full_page:
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(size["width"], min(max(height, size["height"]), 6000))
    driver.save_screenshot(str(ARTIFACTS / f"browser-{name}.png"))
    if full_page:
        driver.set_window_size(size["width"], size["height"])


def assert_only_loopback(driver, base: str) -> None:
    urls = driver.execute_script(
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
        ".map(e => e.name)")
    assert urls and all(u.startswith(base + "/") for u in urls), urls


def assert_no_dialog(driver) -> None:
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert  # noqa: B018 — the property raises when no dialog is open
    assert driver.execute_script("return window.__certnoticesDialogs") == []


def feed_rows(db_path, where: str = "1=1", params=()) -> list[dict]:
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(
            "select * from (select f.*, n.body_text from feed f join notices n on n.id = f.id)"
            f" where {where}", params)]


def test_chromium_reaches_only_the_loopback_address(browser, datasette):
    # 192.0.2.1 is TEST-NET-1: the request goes to the dead proxy on 127.0.0.1, nowhere else.
    with pytest.raises(WebDriverException, match="ERR_PROXY_CONNECTION_FAILED"):
        browser.get("http://192.0.2.1/")
    browser.get(f"{datasette.base}/-/versions")
    assert_only_loopback(browser, datasette.base)


# --- search box ---------------------------------------------------------------------------


def _plain(text) -> str:
    # Only letters, digits and Han are searchable; the queries below are Han only, so a term
    # occurs exactly when it is a substring of this.
    return re.sub(r"[\W_]+", "", simplify(text or "").lower())


def expected_ids(rows: list[dict], query: str) -> set[str]:
    terms = [_plain(t) for t in query.split()]
    return {r["id"] for r in rows
            if all(t in _plain(r["title"]) or t in _plain(r["body_text"]) for t in terms)}


def search_cases(db_path) -> list[str]:
    cases = ["河南 补办", "監理 領證"]
    with sqlite3.connect(db_path) as conn:
        found = conn.execute(
            "select p.short from feed f join provinces p on p.name = f.province"
            " where f.title like '%补办%' and p.short != '河南' order by f.published desc limit 1").fetchone()
    return cases + [f"{found[0]} 补办"] if found else cases


def shown_ids(driver) -> list[str]:
    return [td.text for td in driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns td.col-id")]


def feed_link_ids(driver) -> tuple[str, set[str]]:
    href = driver.find_element(By.CSS_SELECTOR, "p.certnotices-feed a.atom-feed").get_attribute("href")
    with urllib.request.urlopen(href, timeout=10) as response:
        parsed = feedparser.parse(response.read())
    assert not parsed.bozo, parsed.bozo_exception
    return href, {e.id.rsplit("/", 1)[-1] for e in parsed.entries}


def test_the_search_box_finds_exactly_the_notices_with_every_term(browser, datasette, crawled_db):
    rows = feed_rows(crawled_db)
    cases = search_cases(crawled_db)
    results = {}
    for query in cases:
        browser.get(f"{datasette.base}/{datasette.db_name}/feed")
        box = browser.find_element(By.CSS_SELECTOR, "form.filters input[name=_search]")
        box.send_keys(query, Keys.ENTER)
        WebDriverWait(browser, 10).until(lambda d: "_search=" in d.current_url)
        assert parse_qs(urlsplit(browser.current_url).query)["_search"] == [query]
        results[query] = set(shown_ids(browser))
        assert results[query] == expected_ids(rows, query), query
        # The page's Atom link subscribes to the same search.
        href, entries = feed_link_ids(browser)
        assert parse_qs(urlsplit(href).query)["q"] == [query]
        assert entries == results[query], query
        assert_only_loopback(browser, datasette.base)
        if query == "河南 补办":
            screenshot(browser, "feed-search", full_page=True)
    assert any(results.values()), f"no search case matched anything in the replica data: {cases}"
    assert results["監理 領證"], "Traditional input should find the Simplified 监理 … 领证 notices"


def test_the_feed_link_follows_the_facet_filters(browser, datasette, crawled_db):
    rows = feed_rows(crawled_db, "province is not null and exam is not null")
    province, exam = rows[0]["province"], rows[0]["exam"]
    browser.get(f"{datasette.base}/{datasette.db_name}/feed?"
                + urlencode({"province__exact": province, "exam": exam}))
    link = browser.find_element(By.CSS_SELECTOR, "p.certnotices-feed a.atom-feed")
    assert link.is_displayed() and "订阅 Atom feed" in link.text
    href, entries = feed_link_ids(browser)
    # Feed readers given the page's address find the same feed in its head.
    discovered = browser.find_element(By.CSS_SELECTOR, 'head link[rel=alternate][type="application/atom+xml"]')
    assert discovered.get_attribute("href") == href
    params = parse_qs(urlsplit(href).query, keep_blank_values=True)
    assert params["province"] == [province] and params["exam"] == [exam]
    assert entries == {r["id"] for r in rows if r["province"] == province and r["exam"] == exam}
    assert set(shown_ids(browser)) == entries
    assert_only_loopback(browser, datasette.base)


def test_a_canned_query_page_links_the_feed_of_its_filter(browser, datasette, crawled_db):
    rows = feed_rows(crawled_db, "kind = 'reissue' and province is not null")
    province = rows[0]["province"] if rows else "河南省"
    browser.get(f"{datasette.base}/{datasette.db_name}/reissue?" + urlencode({"province": province}))
    href, entries = feed_link_ids(browser)
    params = parse_qs(urlsplit(href).query)
    assert params["province"] == [province] and params["kind"] == ["reissue"]
    assert entries == {r["id"] for r in rows if r["province"] == province}
    assert_only_loopback(browser, datasette.base)


# --- hostile notice text --------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, crawled_db):
    """A copy of the crawl plus one notice made of script tags and javascript: links, served."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    with sqlite3.connect(crawled_db) as source, sqlite3.connect(path) as target:
        source.backup(target)
    board = feed_rows(crawled_db, "exam is not null and year is not null and kind in ('collection', 'electronic')")
    counts: dict[str, int] = {}
    for r in board:
        counts[r["exam"]] = counts.get(r["exam"], 0) + 1
    exam = min(counts, key=lambda e: (-counts[e], e))  # the board's default exam and year
    year = max(r["year"] for r in board if r["exam"] == exam)
    today = datetime.now(CHINA).date()
    db = open_db(path)
    notice_id = upsert_notice(db, {
        "url": "javascript:alert(2)", "source_id": "henan_hnrsks", "title": f"{SCRIPT}证书领取通知",
        "title_raw": SCRIPT, "published": today.isoformat(), "province": "河南省", "exam": exam,
        "kind": "collection", "year": year, "window_start": (today - timedelta(days=1)).isoformat(),
        "window_end": (today + timedelta(days=30)).isoformat(), "sample_data": 1,
        "body_text": f'请按时领取。{SCRIPT} <a href="javascript:alert(3)">点此领取</a> <img src=x onerror="alert(4)">',
    })
    sync_search_index(db, [notice_id])
    db.close()
    server = DatasetteServer(path)
    yield server, notice_id
    server.stop()


def assert_inert(driver, base: str) -> None:
    assert_no_dialog(driver)
    javascript_links = driver.execute_script(
        "return [...document.querySelectorAll('a[href], area[href]')]"
        ".filter(a => a.protocol === 'javascript:' || /^\\s*javascript:/i.test(a.getAttribute('href')))"
        ".map(a => a.outerHTML)")
    assert javascript_links == []
    assert driver.execute_script(
        "return [...document.scripts].filter(s => s.text.includes('alert(')).length") == 0
    assert driver.execute_script("return document.querySelectorAll('[onerror], [onclick]').length") == 0
    assert_only_loopback(driver, base)


def test_script_and_javascript_links_in_a_notice_stay_text(browser, hostile):
    server, notice_id = hostile
    browser.get(f"{server.base}/{server.db_name}/notices/{notice_id}")
    assert_inert(browser, server.base)
    text = browser.find_element(By.TAG_NAME, "body").text
    assert SCRIPT in text and 'href="javascript:alert(3)"' in text and "javascript:alert(2)" in text
    screenshot(browser, "hostile-row")

    browser.get(f"{server.base}/{server.db_name}/feed")
    assert_inert(browser, server.base)
    assert SCRIPT in browser.find_element(By.CSS_SELECTOR, "table.rows-and-columns").text

    # The board shows the notice as Henan's latest, without turning its URL into a link.
    browser.get(f"{server.base}/board")
    assert_inert(browser, server.base)
    henan = browser.find_element(By.CSS_SELECTOR, 'li.cell[data-province="河南省"]')
    assert henan.get_attribute("data-status") == "open"
    assert SCRIPT in henan.find_element(By.CSS_SELECTOR, ".cell-body").get_attribute("title")
    assert henan.find_elements(By.CSS_SELECTOR, "a.notice") == []


# --- the plugin's pieces, without a browser ---------------------------------------------------


@pytest.mark.parametrize("url, expected", [
    ("https://www.hnrsks.com/a.html", "https://www.hnrsks.com/a.html"),
    (" http://x.cn/?a=1 ", "http://x.cn/?a=1"),
    ("javascript:alert(2)", None), (" JavaScript:alert(2)", None), ("data:text/html,<script>", None),
    ("//evil.example/x", None), ("/relative", None), ("", None), (None, None), ("http://[::1", None),
])
def test_only_http_links_reach_an_href(url, expected):
    assert safe_link(url) == expected


CHOICES = [{"exam": "监理工程师", "year": 2024, "n": 9}, {"exam": "监理工程师", "year": 2025, "n": 3},
           {"exam": "一级建造师", "year": 2026, "n": 4}]


@pytest.mark.parametrize("exam, year, expected", [
    (None, None, ("监理工程师", 2025)),       # most common exam, its latest year
    ("一级建造师", "", ("一级建造师", 2026)),
    ("监理工程师", "2024", ("监理工程师", 2024)),
    ("监理工程师", "2024 or 1=1", ("监理工程师", 2025)),
    ("不存在", None, ("不存在", 2026)),          # an unknown exam: an all-grey board of the latest year
])
def test_the_board_picks_an_exam_and_year(exam, year, expected):
    assert pick_exam_year(CHOICES, exam, year) == expected
    assert pick_exam_year([], None, None) == ("", None)


# --- province board -------------------------------------------------------------------------


def board_json(datasette, exam: str, year) -> dict[str, dict]:
    data = datasette.json(f"/{datasette.db_name}/province_board.json?_shape=objects&exam={quote(exam)}&year={year}")
    return {r["province"]: r for r in data["rows"]}


def check_board(driver, datasette, exam: str, year) -> dict[str, dict]:
    expected = board_json(datasette, exam, year)
    # One round trip: what the candidate sees in each cell and in the legend.
    cells, legend = driver.execute_script("""
        const colour = el => getComputedStyle(el).backgroundColor;
        return [
          [...document.querySelectorAll('ul.board-grid li.cell')].map(li => ({
            province: li.dataset.province, colour: colour(li), visible: li.offsetWidth > 0,
            links: [...li.querySelectorAll('a.notice')].map(a => a.href)})),
          Object.fromEntries([...document.querySelectorAll('ul.board-legend li')].map(
            li => [li.dataset.status, colour(li.querySelector('.swatch'))]))];""")
    assert len(cells) == 32 and {c["province"] for c in cells} == set(expected)
    assert set(legend) == {"not yet announced", "announced", "upcoming", "open", "closed"}
    assert len(set(legend.values())) == 5, legend
    for cell in cells:
        row = expected[cell["province"]]
        assert cell["visible"] and cell["colour"] == legend[row["status"]], (cell, row)
        assert cell["links"] == ([row["url"]] if row["url"] else []), (cell, row)
    return expected


def test_the_province_board_opens_from_the_home_page_and_colours_every_province(browser, datasette, crawled_db):
    browser.get(datasette.base + "/")
    browser.find_element(By.CSS_SELECTOR, 'a[href="/board"]').click()
    WebDriverWait(browser, 10).until(lambda d: urlsplit(d.current_url).path == "/board")
    # Defaults: the most common exam on the board and its latest year.
    rows = feed_rows(crawled_db, "exam is not null and year is not null and kind in ('collection', 'electronic')")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["exam"]] = counts.get(r["exam"], 0) + 1
    exam = min(counts, key=lambda e: (-counts[e], e))
    year = max(r["year"] for r in rows if r["exam"] == exam)
    assert Select(browser.find_element(By.NAME, "exam")).first_selected_option.get_attribute("value") == exam
    assert Select(browser.find_element(By.NAME, "year")).first_selected_option.get_attribute("value") == str(year)
    check_board(browser, datasette, exam, year)

    # Pick, with the form, the exam and year that most provinces have announced.
    pairs: dict[tuple[str, int], set[str]] = {}
    for r in rows:
        if r["province"]:
            pairs.setdefault((r["exam"], r["year"]), set()).add(r["province"])
    exam, year = max(pairs, key=lambda p: (len(pairs[p]), p[1]))
    Select(browser.find_element(By.NAME, "exam")).select_by_value(exam)
    Select(browser.find_element(By.NAME, "year")).select_by_value(str(year))
    browser.find_element(By.CSS_SELECTOR, "form.board-picker button").click()
    WebDriverWait(browser, 10).until(lambda d: "year=" in d.current_url)
    board = check_board(browser, datasette, exam, year)
    assert sum(r["status"] != "not yet announced" for r in board.values()) == len(pairs[(exam, year)])
    assert_only_loopback(browser, datasette.base)
    screenshot(browser, "board")
