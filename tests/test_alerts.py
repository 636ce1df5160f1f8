"""Alerts after a crawl, sent through apprise to a real webhook receiver on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from crawler.alerts import ENV_VAR, Alert, BadAlertURL, configured_urls, send_alerts
from crawler.cli import cli
from pipelines.health import FAILED
from tests.conftest import SOURCES_FAILED, free_port, run_notices
from tests.test_reminders import smtp  # noqa: F401 - the real SMTP sink fixture


class Receiver:
    """A webhook receiver: records every JSON body POSTed to it."""

    def __init__(self) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                received.append({"path": self.path, **json.loads(body)})
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"json://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


def test_a_failed_source_sends_one_alert_and_healthy_ones_none(tmp_path, replica_url, receiver):
    result = run_notices(
        "crawl", "--replica", replica_url, "--db", str(tmp_path / "n.db"), "--log-level", "WARNING",
        "--source", "gansu_rst", "--source", "cpta", "--source", "hubei_hbrsksw",
        "-s", "NOTICES_TODAY=2026-10-20", "--alert", receiver.url, ok=(SOURCES_FAILED,))
    assert len(receiver.received) == 1, receiver.received
    alert = receiver.received[0]
    assert alert["path"] == "/hook"
    assert "gansu_rst" in alert["title"] and "crawl failed" in alert["title"] and "抓取失败" in alert["title"]
    assert "blocked: HTTP 412" in alert["message"]
    assert "https://rst.gansu.gov.cn/rst/c107473/list.shtml" in alert["message"]  # the list page that failed
    assert "alerts: 1 for gansu_rst to 1 channel(s)" in result.stdout
    assert "ALERT NOT SENT" not in result.stderr


def test_a_silent_source_alerts_and_a_dead_channel_blocks_nothing(tmp_path, replica_url, receiver, monkeypatch):
    dead = f"json://127.0.0.1:{free_port()}/nobody"
    monkeypatch.setenv(ENV_VAR, receiver.url)  # the environment adds to --alert
    result = run_notices(
        "crawl", "--replica", replica_url, "--db", str(tmp_path / "n.db"), "--log-level", "WARNING",
        "--source", "cpta", "-s", "NOTICES_TODAY=2027-06-01", "--alert", dead, ok=(SOURCES_FAILED,))
    # a silent source fails the crawl (exit 3); the dead channel does not change that exit code
    assert result.returncode == SOURCES_FAILED and "SILENT cpta:" in result.stderr
    assert len(receiver.received) == 1, receiver.received
    alert = receiver.received[0]
    assert "cpta" in alert["title"] and "silent" in alert["title"] and "(silent)" in alert["title"]
    assert "days since the newest notice" in alert["message"] and "usual interval" in alert["message"]
    assert "http://www.cpta.com.cn/notice.html" in alert["message"]  # the start URL as evidence
    lines = [line for line in result.stderr.splitlines() if line.startswith("ALERT NOT SENT")]
    assert len(lines) == 1 and "127.0.0.1" in lines[0] and "cpta silent" in lines[0]
    assert "[apprise]" not in result.stderr  # its own warnings are folded into that one line


def test_a_bad_alert_url_is_refused_before_crawling(tmp_path):
    result = CliRunner().invoke(cli, ["crawl", "--db", str(tmp_path / "n.db"), "--alert", "webhook at example.com"])
    assert result.exit_code == 2
    assert "'webhook at example.com' is not an apprise URL" in result.output
    assert not (tmp_path / "n.db").exists()
    with pytest.raises(BadAlertURL):
        configured_urls((), {ENV_VAR: "json://127.0.0.1:9/ok, nope"})
    assert configured_urls(("json://a/b",), {ENV_VAR: "json://c/d, json://e/f"}) == ["json://a/b", "json://c/d", "json://e/f"]
    assert configured_urls((), {}) == []


def test_an_alert_email_arrives_with_its_lines(smtp):  # noqa: F811 - the fixture imported above
    """An operator reading the alert in a mail client sees source, check and evidence on lines of
    their own, in the text part and in any HTML part (apprise must be told the body is text)."""
    alert = Alert("cpta", "list_rows", FAILED, "no list rows: connection_refused", "http://www.cpta.com.cn/notice.html")
    assert send_alerts([alert], [smtp.url]) == []
    (message,) = smtp.messages
    assert str(message["Subject"]) == alert.title
    plain = message.get_body(("plain",)).get_content()
    assert [line.strip() for line in plain.strip().splitlines()] == alert.body.splitlines()
    html = message.get_body(("html",))
    if html is not None:  # an HTML part, when sent, breaks the same lines
        assert html.get_content().count("<br") >= 2
