"""What a candidate sees in a real browser: Debian's chromium (apt, see the Makefile) driven by
selenium through chromium-driver, against `notices serve` on the replica crawl.

Chromium is not Python, so tests/netguard cannot hold it back: it is confined by its flags
instead (no background networking, a dead proxy for every host but 127.0.0.1) and every test
checks that each resource a page loaded came from the test's server. Screenshots are kept in
test-artifacts/. A handful of page loads in all, on one browser.
"""

from __future__ import annotations

import json
import re
import sqlite3
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import feedparser
import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from crawler.replica import day_today
from db.plugin.board import pick_exam_year, safe_link
from db.schema import status_sql
from db.search import sync_search_index
from db.store import open_db, upsert_notice
from pipelines.text import simplify
from tests.conftest import REPO_ROOT, DatasetteServer
# The crawl plus notices written for what the pages say (a repost in Traditional with pinyin, a
# window without an end, a scan): the fixture and its literals are that module's.
from tests.test_candidate_pages_text import OPEN_ENDED, REPOST_SHOWN, served  # noqa: F401 (a fixture)

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
    # (a province and exam that a notice about several exams shares, where there is one: the case the feed's exam covers
    # beyond a notice's one exam)
    with sqlite3.connect(crawled_db) as conn:
        several = {(p, e) for p, named in conn.execute(
            "select f.province, n.exams from feed f join notices n on n.id = f.id where n.exam is null")
            for e in json.loads(named or "[]")}
    pairs = sorted({(r["province"], r["exam"]) for r in rows})
    province, exam = next((pair for pair in pairs if pair in several), pairs[0])
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
    # The feed's exam is the notice's one exam or one of those it is about (several in one notice, or an old name's
    # notice under the name now; `exams` lists each), as on the candidates' pages; Datasette's own table page filters
    # the column as it is (its power users' exact filter), so it shows those with that one exam.
    with sqlite3.connect(crawled_db) as conn:
        about = {i for i, one, several in conn.execute(
            "select f.id, n.exam, n.exams from feed f join notices n on n.id = f.id where f.province = ?", [province])
            if one == exam or exam in json.loads(several or "[]")}
    exact = {r["id"] for r in rows if r["province"] == province and r["exam"] == exam}
    assert entries == about and exact <= about
    assert set(shown_ids(browser)) == exact
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
# The notice page's key-fact rows (CSS classes of their <dd>) the hostile notice fills.
HOSTILE_FACTS = ("place", "materials", "window", "mode", "phone", "fee", "deadline", "agency")


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
    # Key facts as hostile as the text (only the columns this schema has).
    facts = {"place": json.dumps([SCRIPT + "一楼大厅"]), "materials": json.dumps([SCRIPT, "身份证"]),
             "phone": json.dumps([SCRIPT]), "fee": SCRIPT, "deadline_rule": SCRIPT, "agency": SCRIPT,
             "mode": json.dumps(["mail", SCRIPT])}
    columns = set(db["notices"].columns_dict)
    db["notices"].update(notice_id, {k: v for k, v in facts.items() if k in columns})
    # …and one whose window was not read: its page quotes the dated sentences instead (as hostile)
    undated_id = upsert_notice(db, {
        "url": "https://www.hnrsks.com/undated-hostile.html", "source_id": "henan_hnrsks", "title": f"{SCRIPT}证书发放通知",
        "title_raw": SCRIPT, "published": today.isoformat(), "province": "河南省", "kind": "collection",
        "sample_data": 1, "body_text": f"证书{SCRIPT}将于5月6日发放。", "date_lines": [f"证书{SCRIPT}将于5月6日发放。"],
    })
    sync_search_index(db, [notice_id, undated_id])
    db.close()
    server = DatasetteServer(path)
    yield server, notice_id, undated_id
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
    server, notice_id, undated_id = hostile
    browser.get(f"{server.base}/{server.db_name}/notices/{notice_id}")
    assert_inert(browser, server.base)
    text = browser.find_element(By.TAG_NAME, "body").text
    assert SCRIPT in text and 'href="javascript:alert(3)"' in text and "javascript:alert(2)" in text
    screenshot(browser, "hostile-row")

    browser.get(f"{server.base}/{server.db_name}/feed")
    assert_inert(browser, server.base)
    assert SCRIPT in browser.find_element(By.CSS_SELECTOR, "table.rows-and-columns").text

    # The board shows the notice as a line of Henan's cell, without turning its URL into a link.
    browser.get(f"{server.base}/board")
    assert_inert(browser, server.base)
    henan = browser.find_element(By.CSS_SELECTOR, 'li.cell[data-province="河南省"]')
    assert henan.get_attribute("data-status") == "open"
    line = henan.find_element(By.CSS_SELECTOR, f'.line[data-id="{notice_id}"]')
    assert line.tag_name == "span" and SCRIPT in line.get_attribute("title")

    # The candidates' pages: the card, the notice page (title, body, key facts) stay text.
    for path in ("/", "/?" + urlencode({"q": "请按时领取"}), f"/notice/{notice_id}"):
        browser.get(server.base + path)
        assert_inert(browser, server.base)
        assert SCRIPT in browser.find_element(By.TAG_NAME, "main").text, path
    for fact in HOSTILE_FACTS:
        assert browser.find_elements(By.CSS_SELECTOR, f"dd.{fact}"), fact
    screenshot(browser, "hostile-notice-page")

    # The sentences quoted where no window was read stay text too.
    browser.get(f"{server.base}/notice/{undated_id}")
    assert_inert(browser, server.base)
    quoted = browser.find_element(By.CSS_SELECTOR, "dd.window ul.date-lines li").text
    assert SCRIPT in quoted and "5月6日" in quoted


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


BOARD_PRIORITY = ("open", "upcoming", "announced", "closed")


def board_notices(db_path, exam: str, year) -> dict[str, list[dict]]:
    """Per province, the canonical certificate notices of the exam and year, each with its status
    on the served day by the schema's own SQL (unknown reads "announced" on the board). A notice
    about several exams (no one `exam`, each listed in `exams`) belongs to each of them, and one under an old name to
    the exam's name now (listed in `exams` too)."""
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        columns = {r[1] for r in conn.execute("pragma table_info(notices)")}
        several = (" or (json_valid(n.exams)"
                   " and exists (select 1 from json_each(n.exams) where value = :exam))") if "exams" in columns else ""
        rows = conn.execute(
            f"select n.id, n.province, n.url, s.kind as source_kind, {status_sql(repr(day_today(1)))} as status"
            f" from notices n join sources s on s.id = n.source_id where (n.exam = :exam{several}) and n.year = :year"
            " and n.kind in ('collection', 'electronic') and n.duplicate_of is null",
            {"exam": exam, "year": year}).fetchall()
    by_province: dict[str, list[dict]] = {}
    for r in rows:
        by_province.setdefault(r["province"], []).append(
            dict(r, status="announced" if r["status"] == "unknown" else r["status"]))
    return by_province


def check_board(driver, db_path, exam: str, year) -> dict[str, list[dict]]:
    expected = board_notices(db_path, exam, year)
    # One round trip: what the candidate sees in each cell and in the legend.
    cells, legend = driver.execute_script("""
        const colour = el => getComputedStyle(el).backgroundColor;
        return [
          [...document.querySelectorAll('ul.board-grid li.cell')].map(li => ({
            province: li.dataset.province, status: li.dataset.status, colour: colour(li), visible: li.offsetWidth > 0,
            lines: [...li.querySelectorAll('.line')].map(a => ({
              id: a.dataset.id, status: a.dataset.status, href: a.getAttribute('href'),
              official: a.classList.contains('official'), mark: a.querySelector('.mark').textContent}))})),
          Object.fromEntries([...document.querySelectorAll('ul.board-legend li')].map(
            li => [li.dataset.status, colour(li.querySelector('.swatch'))]))];""")
    assert len(cells) == 32 and "新疆生产建设兵团" in {c["province"] for c in cells}
    assert set(legend) == {"not yet announced", "announced", "upcoming", "open", "closed"}
    assert len(set(legend.values())) == 5, legend
    for cell in cells:
        notices = {n["id"]: n for n in expected.get(cell["province"], [])}
        assert cell["visible"] and cell["colour"] == legend[cell["status"]], cell
        shown = {line["id"]: line for line in cell["lines"]}
        assert set(shown) <= set(notices) and len(shown) == min(len(notices), 4), (cell, notices)
        for line in cell["lines"]:
            notice = notices[line["id"]]
            assert line["status"] == notice["status"], (line, notice)
            official = notice["source_kind"] == "official"
            assert line["official"] == official and line["mark"] == ("官方" if official else "转载")
            assert line["href"] == (notice["url"] if official else f"/notice/{notice['id']}")
        statuses = [n["status"] for n in notices.values()]
        assert cell["status"] == (min(statuses, key=BOARD_PRIORITY.index) if statuses else "not yet announced")
    return expected


def several_exam_provinces(db_path, exam: str, year) -> set[str]:
    """Provinces of the canonical certificate notices about several exams, `exam` among them."""
    with sqlite3.connect(db_path) as conn:
        if "exams" not in {r[1] for r in conn.execute("pragma table_info(notices)")}:
            return set()
        return {r[0] for r in conn.execute(
            "select n.province from notices n where n.exam is null and json_valid(n.exams) and n.year = ?"
            " and n.kind in ('collection', 'electronic') and n.duplicate_of is null and n.province is not null"
            " and exists (select 1 from json_each(n.exams) where value = ?)", [year, exam])}


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
    check_board(browser, crawled_db, exam, year)

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
    board = check_board(browser, crawled_db, exam, year)
    # national notices have no cell; a notice about several exams has one under each of them
    assert set(board) - {None} == pairs[(exam, year)] | several_exam_provinces(crawled_db, exam, year)
    assert_only_loopback(browser, datasette.base)
    screenshot(browser, "board")


# --- the candidates' pages on a phone and a laptop ----------------------------------------------

VIEWPORTS = {"phone": (390, 844), "laptop": (1280, 800)}
CHROME_WORDS = ("Powered by Datasette", "Query parameters", "Run SQL", "Download", "Advanced export", "This data as")


def set_viewport(driver, width: int, height: int) -> None:
    """The page's viewport exactly (a window size would include the browser's own frame)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def cards_on_first_screen(driver) -> int:
    return driver.execute_script(
        "return [...document.querySelectorAll('li.card')].filter(c => {"
        " const r = c.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;"
        "}).length")


def above_the_fold(driver, selector: str) -> bool:
    return driver.execute_script(
        "const el = document.querySelector(arguments[0]); if (!el) return false;"
        " const r = el.getBoundingClientRect(); return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
        selector)


def no_english_chrome(driver) -> None:
    text = driver.find_element(By.TAG_NAME, "body").text
    assert not [w for w in CHROME_WORDS if w in text], text[:500]
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"


def notice_with_facts(db_path) -> dict:
    """An official notice with a window (and materials, when the schema has key facts): the page a
    candidate opens from a card."""
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        columns = {r[1] for r in conn.execute("pragma table_info(notices)")}
        has_materials = "and n.materials like '[\"%' " if "materials" in columns else ""
        return dict(conn.execute(
            "select n.* from notices n join sources s on s.id = n.source_id where s.kind = 'official'"
            f" and n.duplicate_of is null and n.window_start is not null and n.url like 'http%' {has_materials}"
            " order by length(n.body_text) desc, n.id limit 1").fetchone())


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_first_screen_of_the_feed_and_a_search_shows_cards(browser, datasette, viewport):
    set_viewport(browser, *VIEWPORTS[viewport])
    try:
        browser.get(datasette.base + "/")
        assert cards_on_first_screen(browser) >= 3
        no_english_chrome(browser)
        screenshot(browser, f"feed-{viewport}")
        # A search typed into the box, as a candidate would.
        box = browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
        box.send_keys("证书 领取", Keys.ENTER)
        WebDriverWait(browser, 10).until(lambda d: "q=" in d.current_url)
        assert cards_on_first_screen(browser) >= 3
        assert browser.find_element(By.CSS_SELECTOR, "li.card h2").is_displayed()
        no_english_chrome(browser)
        # Filters are folded behind one button; opening it shows the facets.
        assert not browser.find_element(By.CSS_SELECTOR, "details.filters .facet").is_displayed()
        browser.find_element(By.CSS_SELECTOR, "details.filters > summary").click()
        assert browser.find_element(By.CSS_SELECTOR, "details.filters .facet").is_displayed()
        screenshot(browser, f"search-{viewport}")
        assert_only_loopback(browser, datasette.base)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_notice_page_shows_place_window_materials_and_the_official_link_first(
        browser, datasette, crawled_db, viewport):
    notice = notice_with_facts(crawled_db)
    set_viewport(browser, *VIEWPORTS[viewport])
    try:
        browser.get(datasette.base + "/")
        # Opened from its card when it is on the first page, else by its address.
        cards = browser.find_elements(By.CSS_SELECTOR, f'li.card[data-id="{notice["id"]}"] h2 a')
        if cards:
            cards[0].click()
            WebDriverWait(browser, 10).until(lambda d: "/notice/" in d.current_url)
        else:
            browser.get(f"{datasette.base}/notice/{notice['id']}")
        for selector in ("article h1", "dd.place", "dd.window", "dd.materials", "a.official"):
            assert above_the_fold(browser, selector), (viewport, selector)
        assert browser.find_element(By.CSS_SELECTOR, "a.official").get_attribute("href") == notice["url"]
        assert notice["window_start"] in browser.find_element(By.CSS_SELECTOR, "dd.window").text
        no_english_chrome(browser)
        screenshot(browser, f"notice-{viewport}")
        assert_only_loopback(browser, datasette.base)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_quoted_dates_leave_place_and_materials_on_a_phones_first_screen(browser, served):  # noqa: F811
    server, ids, _ = served
    set_viewport(browser, *VIEWPORTS["phone"])
    try:
        browser.get(f"{server.base}/notice/{ids['undated']}")
        assert len(browser.find_elements(By.CSS_SELECTOR, "dd.window ul.date-lines li")) == 3
        for selector in ("article h1", "dd.window", "dd.place", "dd.materials", "a.official"):
            assert above_the_fold(browser, selector), selector
        screenshot(browser, "notice-quoted-dates-phone")
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_a_repost_a_scan_and_an_open_ended_window_read_plainly_on_a_phone(browser, served):  # noqa: F811
    server, ids, _ = served
    set_viewport(browser, *VIEWPORTS["phone"])
    try:
        browser.get(f"{server.base}/notice/{ids['repost']}")
        body = browser.find_element(By.CSS_SELECTOR, "div.body").text
        assert all(line in body for line in REPOST_SHOWN), body
        assert not re.search(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùü ]+[)）]", body), body
        assert "青海执业药师证书领取通知（转载）" == browser.find_element(By.CSS_SELECTOR, "article h1").text
        screenshot(browser, "notice-repost-phone")

        browser.get(f"{server.base}/notice/{ids['scan']}")
        for fact in ("place", "materials"):
            assert browser.find_element(By.CSS_SELECTOR, f"dd.{fact}").text == "通知正文为图片，请查看附件"
        assert browser.find_element(By.CSS_SELECTOR, "ul.attachments a").is_displayed()
        screenshot(browser, "notice-scan-phone")

        browser.get(f"{server.base}/notice/{ids['open_ended']}")
        assert browser.find_element(By.CSS_SELECTOR, "dd.window").text.startswith(OPEN_ENDED)
        browser.get(f"{server.base}/board?" + urlencode({"exam": "监理工程师", "year": 2026}))
        line = browser.find_element(By.CSS_SELECTOR, f'.line[data-id="{ids["open_ended"]}"] .window')
        assert line.text == OPEN_ENDED and line.is_displayed()
        no_english_chrome(browser)
        assert_only_loopback(browser, server.base)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
