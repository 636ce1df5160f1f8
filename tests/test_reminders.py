"""Reminders (issue #15) end to end: real replica crawls on two replica days, a real SMTP server
(aiosmtpd) and a real webhook receiver on 127.0.0.1, `notices subscribe` / `notify` as subprocesses,
the unsubscribe link on a real Datasette."""

from __future__ import annotations

import email
import http.cookiejar
import json
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta
from email import policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from crawler.cli import cli
from crawler.subscriptions import ALLOW_LOCAL_ENV, add_subscription, check_filter
from pipelines.notice import open_store
from tests.conftest import REPO_ROOT, DatasetteServer, free_port, run_notices

SOURCES = ("hubei_hbrsksw", "xuzhou_xzrsks_zsff", "cpta", "exam233_jianli")
PREFIXES = {"【新通知】": "new", "【开始办理】": "opens", "【即将截止】": "closing"}


class SmtpSink:
    """A real SMTP server on 127.0.0.1 keeping every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                sink.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        self.url = f"mailto://127.0.0.1:{self.port}?from=certnotices@example.com&to=candidate@example.com"

    def received(self) -> list[dict]:
        return [{"title": str(m["Subject"]), "message": m.get_body(("plain",)).get_content()} for m in self.messages]


class Hook:
    """A webhook receiver recording every JSON body; `hold` holds the Nth request open (after recording it)."""

    def __init__(self, hold: int | None = None) -> None:
        self.bodies: list[dict] = []
        self.release = threading.Event()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                hook.bodies.append({"path": self.path, **body})
                if hold is not None and len(hook.bodies) == hold:
                    hook.release.wait(30)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"json://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def received(self, path: str | None = None) -> list[dict]:
        return [b for b in self.bodies if path is None or b["path"] == path]

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def smtp():
    sink = SmtpSink()
    yield sink
    sink.controller.stop()


@pytest.fixture
def hook():
    server = Hook()
    yield server
    server.close()


def key_of(db_path, message: dict) -> tuple[str, str]:
    """(notice id, reminder) of a received message, read from its official link and title prefix."""
    url = re.search(r"^(?:官方原文|原文（转载，来源：.+?）)：(\S+)", message["message"], re.MULTILINE).group(1)
    kind = next(k for prefix, k in PREFIXES.items() if message["title"].startswith(prefix))
    row = sqlite3.connect(db_path).execute("select id from notices where url = ?", [url]).fetchone()
    assert row, f"official link {url} is not a stored notice"
    return row[0], kind


def expected_messages(db_path, subs: list[dict], runs: list[tuple[str, list[str]]]) -> dict[str, list[tuple[str, str]]]:
    """The issue's rules restated over the feed view: per subscription id, the (notice id, reminder)
    messages of the runs (day, subscription ids present), in order. New: first seen after
    subscribing and published within 60 days up to the day; opens: window start in [day
    subscribed, day], not ended; closing: end - 2 days in [day subscribed, day] and not ended;
    a reminder due with the notice's new-notice message is told in it; nothing twice."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    done, out = set(), {s["id"]: [] for s in subs}
    for today, present in runs:
        t = date.fromisoformat(today)
        for s in (s for s in subs if s["id"] in present):
            where = " and ".join(f"f.{c} = :{c}" for c in ("province", "city", "exam", "kind") if s[c]) or "1"
            for n in conn.execute(f"select f.*, n.first_seen from feed f join notices n on n.id = f.id "
                                  f"where f.withdrawn is null and {where}", s):
                ws = date.fromisoformat(n["window_start"]) if n["window_start"] else None
                we = date.fromisoformat(n["window_end"]) if n["window_end"] else None
                since = date.fromisoformat(s["since"])
                new = n["first_seen"] > s["created"] and (
                    n["published"] is None or t - timedelta(60) <= date.fromisoformat(n["published"]) <= t)
                due = [r for r, ok in (
                    ("opens", ws and since <= ws <= t <= (we or ws + timedelta(90))),
                    ("closing", we and since <= we - timedelta(2) <= t <= we)) if ok]
                if new and (s["id"], n["id"], "new") not in done:
                    out[s["id"]].append((n["id"], "new"))
                    done |= {(s["id"], n["id"], r) for r in ("new", *due)}
                    continue
                for r in due:
                    if (s["id"], n["id"], r) not in done:
                        out[s["id"]].append((n["id"], r))
                        done.add((s["id"], n["id"], r))
    return out


def crawl_day(replica_days, day: int, db_path) -> subprocess.CompletedProcess:
    args = ["crawl", "--replica", replica_days.url(day), "--db", str(db_path), "--log-level", "WARNING",
            "-s", f"NOTICES_TODAY={replica_days.today(day)}"]
    return run_notices(*args, *(a for s in SOURCES for a in ("--source", s)))


def check_message(db_path, message: dict, site: str) -> None:
    """Chinese, with title, place, window, days left, the official link and a working unsubscribe link."""
    notice_id, _ = key_of(db_path, message)
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    notice = conn.execute("select n.title, n.province, n.city, n.window_start, n.window_end, n.url, n.place, "
                          "s.name as source_name, s.kind as source_kind from notices n "
                          "join sources s on s.id = n.source_id where n.id = ?", [notice_id]).fetchone()
    text = message["message"].replace("\r\n", "\n")  # e-mail lines end in CRLF
    assert message["title"].endswith(notice["title"])
    assert re.search(r"^领取地点：\S+", text, re.MULTILINE) and ("领取地点：见通知原文" in text) == (notice["place"] in (None, "", "[]"))
    assert f"\n地区：{(notice['province'] or '') + (notice['city'] or '') or '全国'}\n" in text
    assert f"办理时间：{notice['window_start'] or '未注明'} 至 {notice['window_end'] or '未注明'}" in text
    assert re.search(r"剩余天数：(距截止还有 \d+ 天|今天截止|\d+ 天后开始办理|正在办理|已截止|办理时间未注明)", text), text
    link = "官方原文" if notice["source_kind"] == "official" else f"原文（转载，来源：{notice['source_name']}）"
    assert f"\n{link}：{notice['url']}\n" in text and notice["url"].startswith(("http://", "https://"))
    assert f"详情：{site}/notice/{notice_id}" in text
    assert re.search(rf"退订：{re.escape(site)}/-/unsubscribe\?token=[A-Za-z0-9_-]{{20,}}", text), text


def notices_here(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def unsubscribe_via_link(link: str) -> str:
    """Follow an unsubscribe link as a person would: open it, then press the button (a POST with CSRF)."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = opener.open(link, timeout=10).read().decode("utf-8")
    assert "确认退订" in page
    csrf = re.search(r'name="csrftoken" value="([^"]+)"', page).group(1)
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    action = urllib.parse.urljoin(link, re.search(r'<form action="([^"]+)"', page).group(1))
    body = urllib.parse.urlencode({"csrftoken": csrf, "token": token}).encode()
    return opener.open(urllib.request.Request(action, data=body, method="POST"), timeout=10).read().decode("utf-8")


def test_two_replica_days_then_notify_sends_each_message_once(tmp_path, replica_days, smtp, hook, monkeypatch):
    db = tmp_path / "notices.db"
    crawl_day(replica_days, 1, db)
    server = DatasetteServer(db)  # the site of the unsubscribe links
    try:
        monkeypatch.setenv(ALLOW_LOCAL_ENV, "1")
        monkeypatch.setenv("CERTNOTICES_SITE_URL", server.base)
        day1 = replica_days.today(1)
        filters = {"a": ["--province", "湖北省"], "b": ["--province", "江苏省", "--city", "徐州市"],
                   "c": ["--exam", "一级造价工程师"]}
        channels = {"a": smtp.url, "b": f"{hook.base}/b", "c": f"{hook.base}/c"}
        ids = {}
        for name, args in filters.items():  # in this process (CliRunner): quicker than a subprocess each
            out = notices_here("subscribe", "--db", str(db), "--channel", channels[name], "--today", day1, *args)
            ids[name] = re.search(r"subscribed (s[0-9a-f]+)", out).group(1)
        subs = {r["id"]: dict(r) for r in open_store(db).query("select * from subscriptions")}

        day2 = replica_days.today(2)
        crawl_out = crawl_day(replica_days, 2, db).stdout  # its closing step notifies
        assert f"notify {day2}: 3 subscription(s)" in crawl_out
        again = run_notices("notify", "--db", str(db), "--today", day2).stdout
        assert "0 message(s) sent, 0 failed" in again

        # C unsubscribes with the link of its message; the rest go on for two more weeks.
        c_messages = hook.received("/c")
        assert c_messages, "subscription c got nothing on day 2"
        done = unsubscribe_via_link(re.search(r"退订：(\S+)", c_messages[0]["message"]).group(1))
        assert "已退订" in done
        assert open_store(db)["subscriptions"].count == 2
        later = [(date.fromisoformat(day2) + timedelta(days)).isoformat() for days in (12, 19, 19)]
        for today in later:
            notices_here("notify", "--db", str(db), "--today", today)

        expected = expected_messages(db, list(subs.values()), [(day2, list(subs)), (day2, list(subs))]
                                     + [(t, [ids["a"], ids["b"]]) for t in later])
        got = {ids["a"]: [key_of(db, m) for m in smtp.received()],
               ids["b"]: [key_of(db, m) for m in hook.received("/b")],
               ids["c"]: [key_of(db, m) for m in hook.received("/c")]}
        for sub_id in got:
            assert len(got[sub_id]) == len(set(got[sub_id])), f"a message sent twice to {sub_id}"
            assert sorted(got[sub_id]) == sorted(expected[sub_id]), sub_id

        # What replica day 2 brought (crawler/replicas/_days/README.md) reached the right people.
        conn = sqlite3.connect(db)
        hubei_new = conn.execute("select id from notices where source_id = 'hubei_hbrsksw' and window_start = '2026-12-07'"
                                 " and window_end = '2026-12-18'").fetchone()[0]
        assert {(hubei_new, "new"), (hubei_new, "opens"), (hubei_new, "closing")} <= set(got[ids["a"]])
        corrected = conn.execute("select id from notices where source_id = 'xuzhou_xzrsks_zsff' "
                                 "and window_start = '2026-12-01' and window_end = '2026-12-11'").fetchone()[0]
        assert set(got[ids["b"]]) >= {(corrected, "opens"), (corrected, "closing")}
        assert (corrected, "new") not in got[ids["b"]]  # a correction is not a new notice
        assert [k for _, k in got[ids["c"]]] == ["new"]  # then unsubscribed: no "opens" on 12-09
        for message in smtp.received() + hook.received():
            check_message(db, message, server.base)
        assert all(m["message"].count("退订：") == 1 for m in hook.received())
        # The message's detail link opens our page of that notice.
        first = hook.received()[0]
        with urllib.request.urlopen(re.search(r"详情：(\S+)", first["message"]).group(1), timeout=10) as page:
            assert page.status == 200 and first["message"].split("\n")[0] in page.read().decode("utf-8")

        # The operator's page: messages sent per run and channel, and subscriptions per channel.
        report = server.json(f"/{server.db_name}/reminder_report.json?_shape=array&_size=max")
        assert sum(r["sent"] for r in report if r["channel"] == "mailto") == len(got[ids["a"]])
        assert sum(r["sent"] for r in report if r["channel"] == "json") == len(got[ids["b"]]) + len(got[ids["c"]])
        assert not any(r["failed"] for r in report)
        summary = server.json(f"/{server.db_name}/subscription_summary.json?_shape=array")
        assert {r["channel"]: r["subscriptions"] for r in summary} == {"mailto": 1, "json": 1}
        with pytest.raises(urllib.error.HTTPError) as denied:
            urllib.request.urlopen(f"{server.base}/{server.db_name}/subscriptions.json", timeout=10)
        assert denied.value.code == 403
    finally:
        server.stop()


def backdated_copy(crawled_db, path, channel: str, kind: str = "collection") -> tuple[str, str]:
    """A copy of the crawled database with one subscription made before every notice was seen,
    and the day on which the most of its notices are new (published within 60 days)."""
    shutil.copy(crawled_db, path)
    db = open_store(path)
    days = sorted(r["published"] for r in db.query("select published from feed where kind = ? and published is not null", [kind]))
    best = max(days, key=lambda d: sum(date.fromisoformat(d) - timedelta(60) <= date.fromisoformat(p) <= date.fromisoformat(d)
                                       for p in days))
    add_subscription(db, channel, {"kind": kind}, since=date.fromisoformat(best), allow_local=True,
                     created="2000-01-01T00:00:00+08:00")
    db.close()
    return best


def notify_argv(db_path, today: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", "notify", "--db", str(db_path), "--today", today, *extra]


def test_a_killed_notify_sends_nothing_twice(tmp_path, crawled_db, monkeypatch):
    monkeypatch.setenv(ALLOW_LOCAL_ENV, "1")
    clean, killed = Hook(), Hook(hold=3)
    try:
        today = backdated_copy(crawled_db, tmp_path / "clean.db", f"{clean.base}/k")
        shutil.copy(tmp_path / "clean.db", tmp_path / "killed.db")
        sqlite3.connect(tmp_path / "killed.db").execute("update subscriptions set channel_url = ?",
                                                        [f"{killed.base}/k"]).connection.commit()
        run_notices("notify", "--db", str(tmp_path / "clean.db"), "--today", today)
        reference = [(m["title"], m["message"]) for m in clean.received()]
        assert len(reference) >= 5, "too few messages to kill a run in the middle"

        process = subprocess.Popen(notify_argv(tmp_path / "killed.db", today), cwd=REPO_ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while len(killed.received()) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(killed.received()) == 3, "the notify run did not reach its third message"
        process.send_signal(signal.SIGKILL)  # mid-send: the third message is received, its outcome unknown
        process.wait(10)
        killed.release.set()
        rerun = run_notices("notify", "--db", str(tmp_path / "killed.db"), "--today", today).stdout
        assert "1 interrupted" in rerun
        run_notices("notify", "--db", str(tmp_path / "killed.db"), "--today", today)  # and once more: nothing
        got = [(m["title"], m["message"]) for m in killed.received()]
        assert len(got) == len(set(got)), "a message was sent twice"
        assert sorted(got) == sorted(reference)
        statuses = dict(sqlite3.connect(tmp_path / "killed.db").execute(
            "select status, count(*) from reminders_sent group by status").fetchall())
        assert statuses.get("interrupted") == 1 and statuses.get("sent") == len(reference) - 1
    finally:
        clean.close()
        killed.close()


def test_a_failing_channel_is_retried_reported_and_blocks_no_other(tmp_path, crawled_db, hook, monkeypatch):
    monkeypatch.setenv(ALLOW_LOCAL_ENV, "1")
    dead_port = free_port()
    today = backdated_copy(crawled_db, tmp_path / "n.db", f"{hook.base}/live")
    db = open_store(tmp_path / "n.db")
    add_subscription(db, f"form://127.0.0.1:{dead_port}/dead", {"kind": "collection"}, since=date.fromisoformat(today),
                     allow_local=True, created="2000-01-01T00:00:00+08:00")
    db.close()
    result = run_notices("notify", "--db", str(tmp_path / "n.db"), "--today", today, "--retries", "2", "--backoff", "0.2")
    live = hook.received("/live")
    assert len(live) >= 5
    assert result.stderr.count("REMINDER NOT SENT to form://127.0.0.1") == 1  # one line for the channel
    rows = {r["channel"]: r for r in open_store(tmp_path / "n.db").query("select * from deliveries")}
    assert rows["json"]["sent"] == len(live) and rows["json"]["failed"] == 0
    assert rows["form"]["sent"] == 0 and rows["form"]["failed"] == len(live) and rows["form"]["retries"] == 2
    assert f"form: 0 sent, {len(live)} failed, 2 retries" in result.stdout
    attempts = [r[0] for r in sqlite3.connect(tmp_path / "n.db").execute(
        "select r.attempts from reminders_sent r join subscriptions s on s.id = r.subscription_id "
        "where s.channel like 'form://%' and r.status != 'covered' order by r.attempts desc")]  # covered: said by "new"
    assert attempts == [3] + [0] * (len(live) - 1)  # the first message tried 3 times; the rest wait for the next run

    # The channel comes back: the next run delivers what failed, and the live channel gets nothing again.
    class Revived(BaseHTTPRequestHandler):
        received = []

        def do_POST(self):
            Revived.received.append(urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    revived = ThreadingHTTPServer(("127.0.0.1", dead_port), Revived)
    threading.Thread(target=revived.serve_forever, daemon=True).start()
    try:
        run_notices("notify", "--db", str(tmp_path / "n.db"), "--today", today)
    finally:
        revived.shutdown()
        revived.server_close()
    assert len(Revived.received) == len(live) and len(hook.received("/live")) == len(live)


@pytest.mark.parametrize("args, message", [
    (["--channel", "file:///etc/passwd", "--province", "河南省"], "scheme 'file' is not one we send to"),
    (["--channel", "https://example.com/hook", "--province", "河南省"], "scheme 'https' is not one we send to"),
    (["--channel", "mailto://", "--province", "河南省"], "not a valid mailto:// URL"),
    (["--channel", "json://10.1.2.3/hook", "--province", "河南省"], "10.1.2.3 is not a public address"),
    (["--channel", "json://169.254.169.254/latest", "--province", "河南省"], "169.254.169.254 is not a public address"),
    (["--channel", "jsons://localhost/hook", "--province", "河南省"], "localhost is not a public address"),
    (["--channel", "json://127.0.0.1:9/hook", "--province", "河南省"], f"{ALLOW_LOCAL_ENV}=1"),
    (["--channel", "mailto://u:p@192.168.1.5?to=a@example.com", "--province", "河南省"], "192.168.1.5 is not a public address"),
    (["--channel", "wecombot://KEY", "--province", "河南南"], "did you mean 河南省"),
    (["--channel", "wecombot://KEY", "--province", "shanxi"], "不唯一，请选择 山西省 / 陕西省"),  # as the pages say
    (["--channel", "wecombot://KEY", "--city", "郑州县"], "is not a city name"),
    (["--channel", "wecombot://KEY", "--province", "湖北", "--city", "郑州"], "'郑州市' is not in 湖北省"),
    (["--channel", "wecombot://KEY", "--province", "湖北省", "--city", "郑州市"], "'郑州市' is not in 湖北省"),
    (["--channel", "wecombot://KEY", "--exam", "造价"], "did you mean"),  # 监理 is 监理工程师's short name
    (["--channel", "wecombot://KEY", "--kind", "证书"], "is not one of collection, reissue"),
    (["--channel", "wecombot://KEY", "--q", "！！"], "nothing searchable"),
    (["--channel", "wecombot://KEY", "--q", "长" * 101], "at most 100"),
    (["--channel", "wecombot://KEY"], "give at least one of"),
])
def test_subscribe_refuses_bad_channels_and_filters(tmp_path, args, message):
    result = CliRunner().invoke(cli, ["subscribe", "--db", str(tmp_path / "n.db"), *args], env={ALLOW_LOCAL_ENV: ""})
    assert result.exit_code == 2, result.output
    assert message in result.output, result.output
    assert open_store(tmp_path / "n.db")["subscriptions"].count == 0


@pytest.mark.parametrize("given, stored", [
    ({"province": "河南"}, {"province": "河南省"}), ({"province": "豫"}, {"province": "河南省"}),
    ({"province": "henan"}, {"province": "河南省"}), ({"city": "郑州", "province": "Henan"},
                                                       {"city": "郑州市", "province": "河南省"}),
    ({"city": "zhengzhou"}, {"city": "郑州市"}),
])
def test_a_subscription_takes_every_spelling_of_a_place(given, stored):
    checked = check_filter(**given)
    assert {k: v for k, v in checked.items() if v} == stored


def test_subscribe_accepts_every_channel_kind_of_the_issue(tmp_path):
    public = {"smtp.example.com": ("93.184.216.34",), "hooks.example.com": ("93.184.216.34",)}
    db = open_store(tmp_path / "n.db")
    for url in ["mailtos://user:secret@smtp.example.com?to=me@example.com", "wecombot://KEY123", "dingtalk://TOKEN123",
                "feishu://TOKEN123", "schan://SENDKEY123", "pushplus://abcdef0123456789abcdef0123456789",
                "jsons://hooks.example.com/certnotices"]:
        row = add_subscription(db, url, {"province": "河南省", "kind": "补办"}, since=date(2026, 1, 1),
                               resolve=lambda host: public[host])
        assert row["kind"] == "reissue"
        assert "secret" not in row["channel"] and "KEY123" not in row["channel"]  # the masked form is public
    assert db["subscriptions"].count == 7
