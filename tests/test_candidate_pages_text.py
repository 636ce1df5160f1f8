"""What the candidates' pages say, word for word: readable text of reposts, windows without an end,
the last days of a window, notices that are only a scan or a file, Chinese-only messages, exam
values that name no exam, pages past the end, and real lists in our JSON.

A copy of the replica crawl gets a handful of notices written for these cases (our own words),
served by a real Datasette whose "today" is replica day 1 (2026-11-20). Expected values are
literals of this test or read from the database with plain SQL, never from the code under test.
"""

from __future__ import annotations

import json
import re
import sqlite3
from urllib.parse import urlencode

import feedparser
import pytest
from icalendar import Calendar

from crawler.replica import day_today
from db.finish import finish_run
from db.search import sync_search_index
from db.store import notice_id, open_db, upsert_notice
from tests.conftest import DatasetteServer, fetch
from tests.test_candidate_pages import visible_text

TODAY = day_today(1)
assert TODAY == "2026-11-20", TODAY  # the windows below are written around this day

# A repost as aggregators print it: Traditional, pinyin after some characters (one whose tone mark
# was lost on the way: `網(w ng)`), a zero-width space, and a title never cleaned.
REPOST_BODY = ("\u200b各位考生：\n監(jiān)理工程師職業資格證(zhèng)書領取工作安排如下，請(qǐng)攜帶身份證到考試中心領取。\n"
               "本文轉自某某網(w ng)校。")
REPOST_SHOWN = ("各位考生：", "监理工程师职业资格证书领取工作安排如下，请携带身份证到考试中心领取。", "本文转自某某网校。")
REPOST_TITLE = "青海執業藥師證(zhèng)書領取通知（轉載）"

NOTICES = {
    "repost": {"url": "https://www.wangxiao.cn/jl/zhengshu/text-test-repost.html", "source_id": "wangxiao_jianli",
               "title": REPOST_TITLE, "title_raw": REPOST_TITLE, "province": "青海省", "exam": "执业药师",
               "kind": "collection", "year": 2026, "published": "2026-11-02",
               "window_start": "2026-11-01", "window_end": "2026-12-31", "body_text": REPOST_BODY,
               "place": ["省考试中心一楼"], "materials": ["身份证原件", "准考证"], "phone": ["0971-0000000"],
               "mode": ["on_site", "mail"],
               "attachments": [{"url": "https://www.wangxiao.cn/jl/zhengshu/list.xls", "text": "领证名单"}]},
    "open_ended": {"url": "https://hrss.xizang.gov.cn/xwzx/tzgg/text-test-open-ended.html", "source_id": "xizang_hrss",
                   "title": "西藏自治区2026年度监理工程师证书领取通知", "province": "西藏自治区", "exam": "监理工程师",
                   "kind": "collection", "year": 2026, "published": "2026-10-20", "window_start": "2026-10-26",
                   "window_end": None, "body_text": "自2026年10月26日起，请持本人身份证到现场领取证书。"},
    "last_day": {"url": "https://hrss.hainan.gov.cn/hrss/tzgg/text-test-last-day.html", "source_id": "hainan_hrss",
                 "title": "海南省一级建造师证书领取通知", "province": "海南省", "exam": "一级建造师", "kind": "collection",
                 "year": 2025, "published": "2026-11-05", "window_start": "2026-11-10", "window_end": "2026-11-20",
                 "body_text": "领取时间为2026年11月10日至11月20日。"},
    "day_before": {"url": "https://hrss.hainan.gov.cn/hrss/tzgg/text-test-day-before.html", "source_id": "hainan_hrss",
                   "title": "海南省二级建造师证书领取通知", "province": "海南省", "exam": "二级建造师", "kind": "collection",
                   "year": 2025, "published": "2026-11-06", "window_start": "2026-11-15", "window_end": "2026-11-21",
                   "body_text": "领取时间为2026年11月15日至11月21日。"},
    "not_open": {"url": "https://hrss.hainan.gov.cn/hrss/tzgg/text-test-not-open.html", "source_id": "hainan_hrss",
                 "title": "海南省注册测绘师证书领取通知", "province": "海南省", "exam": "注册测绘师", "kind": "collection",
                 "year": 2025, "published": "2026-11-07", "window_start": "2026-11-25", "window_end": "2026-12-05",
                 "body_text": "领取时间为2026年11月25日至12月5日。"},
    "scan": {"url": "https://www.nxpta.com/zyjsryzgks/text-test-scan.html", "source_id": "ningxia_nxpta",
             "title": "宁夏执业药师证书领取通知", "province": "宁夏回族自治区", "exam": "执业药师", "kind": "collection",
             "year": 2025, "published": "2026-11-08", "body_text": "", "place": [], "materials": [],
             "attachments": [{"url": "https://www.nxpta.com/zyjsryzgks/text-test-scan.png", "text": "通知图片"}]},
    "file": {"url": "https://www.nxpta.com/zyjsryzgks/text-test-file.html", "source_id": "ningxia_nxpta",
             "title": "宁夏房地产估价师证书领取通知", "province": "宁夏回族自治区", "exam": "房地产估价师",
             "kind": "collection", "year": 2025, "published": "2026-11-09", "body_text": "详见附件。\n通知全文.pdf",
             "place": [], "materials": [],
             "attachments": [{"url": "https://www.nxpta.com/zyjsryzgks/text-test-file.pdf", "text": "通知全文.pdf"}]},
    # key facts as the normalizer stores them: ASCII punctuation (it reads NFKC text), a place named
    # from the publisher's side
    "own_office": {"url": "https://hrss.hainan.gov.cn/hrss/tzgg/text-test-own-office.html", "source_id": "hainan_hrss",
                   "title": "海南省2025年度资格(水平)考试证书领取通知", "province": "海南省", "exam": "房地产估价师",
                   "kind": "collection", "year": 2025, "published": "2026-11-04", "window_start": "2026-11-10",
                   "window_end": "2026-12-10", "body_text": "请到我院证书管理科领取。", "place": ["我院证书管理科"],
                   "materials": ["身份证原件(复印件无效)"], "fee": "邮寄的,邮费由考生自理", "deadline_rule": "逾期不领,视为放弃",
                   "agency": "某省人事考试院"},
    # a window the normalizer did not read: the sentences it quoted instead (ASCII punctuation, as stored)
    "undated": {"url": "https://hrss.hainan.gov.cn/hrss/tzgg/text-test-undated.html", "source_id": "hainan_hrss",
                "title": "海南省2025年度一级造价工程师证书发放通知", "province": "海南省", "exam": "一级造价工程师",
                "kind": "collection", "year": 2025, "published": "2026-11-11",
                "body_text": "证书到后分批发放,第一批以12月1日短信为准。\n请携带身份证领取。",
                # (as many and as long as the normalizer gives: three, up to 120 characters)
                "date_lines": ["证书到后分批发放,第一批以12月1日短信为准。",
                               "第二批证书预计于12月中旬到达,届时另行通知,请考生留意本网站及短信提醒,逾期未领取的证书将统一存放于"
                               "市人事考试中心一楼大厅窗口,考生可于工作日携带身份证原件前往领取,代领的须同时携带委托书",
                               "2026年12月20日(周六)上午9:00至11:30,下午14:00至16:30集中发放。"],
                "place": ["市人事考试中心一楼大厅"], "materials": ["身份证原件", "委托书"]},
    "bare": {"url": "https://hrss.hainan.gov.cn/hrss/tzgg/text-test-bare.html", "source_id": "hainan_hrss",
             "title": "海南省执业药师证书补办通知", "province": "海南省", "exam": "执业药师", "kind": "reissue",
             "year": 2025, "published": "2026-11-03", "body_text": "", "place": [], "materials": []},
}


@pytest.fixture(scope="module")
def served(tmp_path_factory, crawled_db):
    """The crawl plus NOTICES (ids by name), served on TODAY."""
    path = tmp_path_factory.mktemp("text") / "text.db"
    with sqlite3.connect(crawled_db) as source, sqlite3.connect(path) as target:
        source.backup(target)
    db = open_db(path)
    columns = set(db["notices"].columns_dict)
    ids = {name: upsert_notice(db, {k: v for k, v in row.items() if k in columns}) for name, row in NOTICES.items()}
    sync_search_index(db, list(ids.values()))
    finish_run(db)  # the closing step: copies grouped, counts recounted
    db.close()
    server = DatasetteServer(path, today=TODAY)
    yield server, ids, path
    server.stop()


def page(server, path: str, **params) -> str:
    status, _, html = fetch(server.base + path + (f"?{urlencode(params)}" if params else ""))
    assert status == 200, (path, params, status, html[:300])
    return html


def dd(html: str, css: str) -> str:
    match = re.search(rf'<dd class="{css}">(.*?)</dd>', html, re.S)
    assert match, css
    return visible_text(match.group(1))


def messages(html: str) -> str:
    match = re.search(r'<div class="messages">(.*?)</div>', html, re.S)
    return visible_text(match.group(1)) if match else ""


def feed_ids(server, **params) -> list[str]:
    status, _, body = fetch(server.base + "/-/notices.json?" + urlencode(params))
    assert status == 200, body[:300]
    return [r["id"] for r in json.loads(body)["rows"]]


def canonical_ids(db_path, where: str, params=()) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [r[0] for r in conn.execute(
            f"select id from notices where duplicate_of is null and ({where}) order by published desc, id", params)]


# --- 1. reposts read as Simplified text ----------------------------------------------------------


def test_a_reposted_notice_shows_its_text_without_pinyin_or_traditional(served):
    server, ids, path = served
    html = page(server, f"/notice/{ids['repost']}")
    text = visible_text(html)
    for line in REPOST_SHOWN:
        assert line in text, line
    assert "青海执业药师证书领取通知（转载）" in text
    assert not re.search(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùü ]+[)）]", text), text
    assert "\u200b" not in html and "監" not in text and "網" not in text
    # Stored as scraped: only the display changes.
    with sqlite3.connect(path) as conn:
        assert conn.execute("select body_text from notices where id = ?", [ids["repost"]]).fetchone()[0] == REPOST_BODY
    # The card shows the title the same way.
    card = page(server, "/", province="青海省", exam="执业药师")
    assert "青海执业药师证书领取通知（转载）" in visible_text(card) and "(zhèng)" not in card


# --- 2. a window without an end ----------------------------------------------------------------


OPEN_ENDED = "2026-10-26 起（截止日期未注明）"


def test_a_window_without_an_end_says_so_on_every_page_and_feed(served):
    server, ids, _ = served
    notice = page(server, f"/notice/{ids['open_ended']}")
    assert dd(notice, "window").startswith(OPEN_ENDED)
    card = page(server, "/", province="西藏自治区", exam="监理工程师")
    assert OPEN_ENDED in visible_text(card)
    board = page(server, "/board", exam="监理工程师", year="2026")
    line = re.search(rf'data-id="{ids["open_ended"]}"[^>]*>.*?<span class="window">(.*?)</span>', board, re.S)
    assert line and visible_text(line.group(1)) == OPEN_ENDED, board[:2000]
    assert " – ?" not in board and "? –" not in board
    feed_params = {"province": "西藏自治区", "city": "", "exam": "监理工程师", "kind": "", "q": ""}
    status, _, atom = fetch(f"{server.base}/{server.db_name}/latest.atom?" + urlencode(feed_params))
    assert status == 200
    entry = next(e for e in feedparser.parse(atom).entries if e.id.endswith(ids["open_ended"]))
    content = entry.content[0].value if entry.get("content") else entry.summary
    assert f"办理时间 {OPEN_ENDED}" in content and "?" not in content
    status, _, ics = fetch(f"{server.base}/{server.db_name}/calendar.ics?" + urlencode(feed_params))
    assert status == 200
    (event,) = [e for e in Calendar.from_ical(ics).walk("VEVENT") if str(e["uid"]).startswith(ids["open_ended"])]
    assert f"办理时间：{OPEN_ENDED}" in str(event["description"]) and "未注明 至" not in str(event["description"])


# --- 3. the last days of a window --------------------------------------------------------------


@pytest.mark.parametrize("name, said, never", [
    ("last_day", "今天截止", "还剩 0 天"),
    ("day_before", "明天截止", "还剩 1 天"),
    ("not_open", "5 天后开始", "还剩"),
])
def test_the_days_left_read_as_words(served, name, said, never):
    server, ids, _ = served
    window = dd(page(server, f"/notice/{ids[name]}"), "window")
    assert said in window and never not in window, window
    card = page(server, "/", province="海南省", exam=NOTICES[name]["exam"])
    shown = re.search(rf'<li class="card" data-id="{ids[name]}".*?</li>', card, re.S)
    assert shown and said in visible_text(shown.group(0)), card[:1500]


# --- 4. a scan or a file instead of text -------------------------------------------------------


@pytest.mark.parametrize("name, said", [("scan", "通知正文为图片，请查看附件"), ("file", "通知正文为附件，请查看附件")])
def test_a_notice_that_is_only_a_scan_or_a_file_points_at_its_attachments(served, name, said):
    server, ids, _ = served
    html = page(server, f"/notice/{ids[name]}")
    for fact in ("place", "materials"):
        assert dd(html, fact) == said, (fact, dd(html, fact))
    assert "见下方原文" not in html
    assert NOTICES[name]["attachments"][0]["url"] in html


def test_a_notice_with_text_still_points_below_and_one_without_points_at_the_original(served):
    server, ids, _ = served
    html = page(server, f"/notice/{ids['open_ended']}")
    assert dd(html, "place") == "通知未注明（见下方原文）"
    html = page(server, f"/notice/{ids['bare']}")  # known from its list row only: no text, no files
    assert dd(html, "place") == dd(html, "materials") == "通知未注明（请查看原文）" and "见下方原文" not in html


def test_a_window_not_read_shows_the_notices_own_dated_sentences(served):
    server, ids, _ = served
    html = page(server, f"/notice/{ids['undated']}")
    said = dd(html, "window")
    assert "未能自动读出" in said and "证书到后分批发放，第一批以12月1日短信为准。" in said, said
    assert "通知未注明" not in said
    assert said.count("12月") == 3  # every sentence quoted
    # a notice with no window and nothing quoted says so, as before
    assert dd(page(server, f"/notice/{ids['bare']}"), "window") == "通知未注明"
    # and the page's JSON gives the sentences as a list
    status, _, body = fetch(server.base + f"/notice/{ids['undated']}.json")
    assert status == 200 and json.loads(body)["notice"]["date_lines"] == NOTICES["undated"]["date_lines"]


# --- 5. Chinese only on the pages, Chinese values accepted ----------------------------------------


def test_an_unknown_province_is_said_in_chinese_only_on_the_page(served):
    server, _, _ = served
    said = messages(page(server, "/", province="火星"))
    assert "未知省份“火星”" in said and not re.search(r"[A-Za-z]{2,}", said), said
    said = messages(page(server, "/", province="shanxi"))
    assert "山西省" in said and "陕西省" in said and not re.search(r"[A-Za-z]{3,}", said.replace("shanxi", "")), said
    # The JSON keeps its bilingual message.
    status, _, body = fetch(server.base + "/-/notices.json?" + urlencode({"province": "火星"}))
    assert status == 400 and "Unknown province" in json.loads(body)["error"]


def test_a_bad_status_or_kind_lists_chinese_values_only(served):
    server, _, _ = served
    said = messages(page(server, "/", status="soon"))
    assert all(label in said for label in ("未开始", "办理中", "已结束", "未注明时间")), said
    assert not re.search(r"[A-Za-z]{3,}", said.replace("soon", "")), said
    said = messages(page(server, "/", kind="毕业证"))
    assert "证书补办" in said and not re.search(r"[A-Za-z]{3,}", said), said


@pytest.mark.parametrize("name, label, code", [("status", "办理中", "open"), ("status", "未开始", "upcoming"),
                                               ("kind", "证书补办", "reissue"), ("kind", "电子证书", "electronic")])
def test_chinese_filter_values_are_accepted(served, name, label, code):
    server, _, _ = served
    assert feed_ids(server, **{name: label}) == feed_ids(server, **{name: code})
    html = page(server, "/", **{name: label})
    assert messages(html) == ""
    assert re.search(rf'<option value="{code}" selected>{label}</option>', html)


def test_the_atom_feed_and_calendar_titles_are_chinese(served):
    server, _, _ = served
    params = {"province": "", "city": "", "exam": "", "kind": "", "q": ""}
    _, _, atom = fetch(f"{server.base}/{server.db_name}/latest.atom?" + urlencode(params))
    title = feedparser.parse(atom).feed.title
    assert title and not re.search(r"[A-Za-z]", title), title
    _, _, ics = fetch(f"{server.base}/{server.db_name}/calendar.ics?" + urlencode(params))
    name = str(Calendar.from_ical(ics)["x-wr-calname"])
    assert name and not re.search(r"[A-Za-z]", name), name


# --- 6. exam values that name no exam; pages past the end ------------------------------------------


@pytest.mark.parametrize("value", ["监理", "jianli", "監理"])
def test_an_exam_contained_in_one_known_exam_resolves_to_it_and_says_so(served, value):
    server, _, _ = served
    expected = feed_ids(server, exam="监理工程师")  # the known exam's own notices (tests/test_candidate_pages.py)
    assert expected
    html = page(server, "/", exam=value)
    assert "监理工程师" in messages(html) and value in messages(html), messages(html)
    shown = re.findall(r'<li class="card" data-id="([0-9a-f]{16})"', html)
    assert shown == expected[:20]
    status, _, body = fetch(server.base + "/-/notices.json?" + urlencode({"exam": value}))
    data = json.loads(body)
    assert status == 200 and data["filters"]["exam"] == "监理工程师" and [r["id"] for r in data["rows"]] == expected


def test_an_exam_contained_in_several_known_exams_lists_them(served):
    server, _, _ = served
    html = page(server, "/", exam="建造师")
    said = messages(html)
    assert "一级建造师" in said and "二级建造师" in said, said
    assert 'href="/?exam=%E4%B8%80%E7%BA%A7%E5%BB%BA%E9%80%A0%E5%B8%88"' in html  # 一级建造师, a link
    status, _, body = fetch(server.base + "/-/notices.json?" + urlencode({"exam": "建造师"}))
    assert status == 400 and "一级建造师" in json.loads(body)["error"]


def test_an_exam_that_names_nothing_is_said(served):
    server, _, _ = served
    said = messages(page(server, "/", exam="火星驾驶员"))
    assert "火星驾驶员" in said and "没有" in said, said
    status, _, body = fetch(server.base + "/-/notices.json?" + urlencode({"exam": "火星驾驶员"}))
    assert status == 400 and "火星驾驶员" in json.loads(body)["error"]
    html = page(server, "/", exam="<script>alert(1)</script>")  # quoted back, as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    html = page(server, "/board", exam="<script>alert(1)</script>")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    # A known exam with nothing under another filter is no error: the empty page says so plainly.
    html = page(server, "/", exam="注册测绘师", province="西藏自治区")
    assert messages(html) == "" and "没有符合条件的通知" in html


def test_a_page_past_the_end_links_back_to_the_last_and_first_pages(served):
    server, _, path = served
    total = len(canonical_ids(path, "1=1"))
    last = -(-total // 20)
    html = page(server, "/", page="999")
    assert "没有符合条件的通知" in html
    assert re.search(rf'<a href="/\?page={last}"[^>]*>[^<]*第 {last} 页', html), html[-2500:]
    assert re.search(r'<a href="/"[^>]*>[^<]*第 1 页', html)
    html = page(server, "/", page="999", province="海南省")
    hainan = -(-len(canonical_ids(path, "province = '海南省'")) // 20)
    province = "province=%E6%B5%B7%E5%8D%97%E7%9C%81"  # 海南省: the filter stays on the way back
    assert f'<a href="/?{province}{f"&amp;page={hainan}" if hainan > 1 else ""}" rel="last">' in html
    assert f'<a href="/?{province}" rel="first">' in html


# --- 7. real lists in our JSON -----------------------------------------------------------------


def test_our_json_gives_lists_not_strings_of_json(served):
    server, ids, _ = served
    status, _, body = fetch(f"{server.base}/notice/{ids['repost']}.json")
    notice = json.loads(body)["notice"]
    assert status == 200
    assert notice["place"] == ["省考试中心一楼"] and notice["materials"] == ["身份证原件", "准考证"]
    assert notice["phone"] == ["0971-0000000"] and notice["mode"] == ["on_site", "mail"]
    assert notice["attachments"] == NOTICES["repost"]["attachments"]
    assert notice["body_text"] == REPOST_BODY  # the JSON keeps the text as scraped
    status, _, body = fetch(f"{server.base}/notice/{ids['open_ended']}.json")
    notice = json.loads(body)["notice"]
    assert notice["place"] == [] and notice["attachments"] == []
    rows = {r["id"]: r for r in json.loads(fetch(server.base + "/-/notices.json?province=%E9%9D%92%E6%B5%B7%E7%9C%81")[2])["rows"]}
    assert rows[ids["repost"]]["place"] == ["省考试中心一楼"] and rows[ids["repost"]]["mode"] == ["on_site", "mail"]
    # Datasette's own table JSON stays as Datasette makes it (power users' API).
    status, _, body = fetch(f"{server.base}/{server.db_name}/notices/{ids['repost']}.json?_shape=array")
    assert status == 200 and json.loads(body)[0]["place"] == json.dumps(["省考试中心一楼"], ensure_ascii=False)


def test_notice_ids_are_the_stored_ones(served):
    _, ids, _ = served
    assert ids == {name: notice_id(row["url"]) for name, row in NOTICES.items()}


@pytest.mark.parametrize("value, link", [("监理", "监理工程师"), ("建造师", "一级建造师"), ("火星驾驶员", None)])
def test_the_board_says_when_its_exam_names_no_exam(served, value, link):
    server, _, _ = served
    html = page(server, "/board", exam=value)
    said = messages(html)
    assert f"没有“{value}”的证书通知" in said, said
    if link:
        assert f'<a href="?{urlencode({"exam": link})}">{link}</a>' in html
    assert messages(page(server, "/board", exam="监理工程师")) == ""


def test_the_feeds_take_the_chinese_kind_too(served):
    server, _, _ = served

    def entries(kind: str) -> list[str]:
        params = {"province": "", "city": "", "exam": "", "kind": kind, "q": ""}
        status, _, atom = fetch(f"{server.base}/{server.db_name}/latest.atom?" + urlencode(params))
        assert status == 200
        return [e.id for e in feedparser.parse(atom).entries]

    def events(kind: str) -> list[str]:
        params = {"province": "", "city": "", "exam": "", "kind": kind, "q": ""}
        status, _, ics = fetch(f"{server.base}/{server.db_name}/calendar.ics?" + urlencode(params))
        assert status == 200
        return [str(e["uid"]) for e in Calendar.from_ical(ics).walk("VEVENT")]

    assert entries("reissue") and entries("证书补办") == entries("reissue")
    assert events("collection") and events("证书领取") == events("collection")
    # Datasette's own feed page takes them as well (the table filter is an exact match on the code).
    status, _, body = fetch(f"{server.base}/{server.db_name}/feed.json?" + urlencode({"status": "办理中", "_shape": "array",
                                                                                       "_size": "max"}))
    status_open, _, body_open = fetch(f"{server.base}/{server.db_name}/feed.json?" + urlencode(
        {"status": "open", "_shape": "array", "_size": "max"}))
    assert status == status_open == 200 and json.loads(body) == json.loads(body_open) != []


# --- the derived facts read as Chinese: full-width marks, the publisher's own office named ---------


def test_derived_facts_show_chinese_punctuation_and_the_publisher_of_our_office(served):
    server, ids, _ = served
    html = page(server, f"/notice/{ids['own_office']}")
    assert dd(html, "place") == "我院证书管理科（某省人事考试院）"
    assert dd(html, "materials") == "身份证原件（复印件无效）"
    assert dd(html, "fee") == "邮寄的，邮费由考生自理"
    assert dd(html, "deadline") == "逾期不领，视为放弃"
    assert "海南省2025年度资格（水平）考试证书领取通知" in visible_text(html)
