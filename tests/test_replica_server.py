"""The replica server: host routing, query-string files, encodings and the bad behaviours it imitates."""

from __future__ import annotations

import http.client
import threading

import pytest

from crawler.replica import WAF_COOKIE_T, make_replica_server


@pytest.fixture()
def replica(tmp_path):
    site = tmp_path / "src_a" / "www.example.gov.cn"
    (site / "list").mkdir(parents=True)
    (site / "list" / "index.html").write_bytes("<html>列表</html>".encode("utf-8"))
    # a URL's query is kept in the file name with "?" encoded (crawler.replica.query_in_name)
    (site / "ShowList.aspx%3Fshow=zsff&page=2").write_bytes("<html>第二页</html>".encode("utf-8"))
    (tmp_path / "src_a" / "replica.yaml").write_text("charset: utf-8\nrobots: html\nstatuses: {/down.html: 502}\n")
    gbk = tmp_path / "src_b" / "www.impta.com.cn"
    gbk.mkdir(parents=True)
    (gbk / "more.asp%3Fttt=8").write_bytes("<html>内蒙古</html>".encode("gbk"))
    (tmp_path / "src_b" / "replica.yaml").write_text("charset: gbk\n")
    waf = tmp_path / "src_c" / "rst.gansu.gov.cn"
    waf.mkdir(parents=True)
    (waf / "index.html").write_bytes(b"<html>ok</html>")
    (tmp_path / "src_c" / "replica.yaml").write_text("waf: 412\n")
    server = make_replica_server(0, tmp_path)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def fetch(port, host, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", path, headers={"Host": host, **(headers or {})})
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def test_pages_are_chosen_by_host_and_path(replica):
    status, headers, body = fetch(replica, "www.example.gov.cn", "/list/")
    assert (status, body.decode("utf-8")) == (200, "<html>列表</html>")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert fetch(replica, "other.gov.cn", "/list/")[0] == 404
    assert fetch(replica, "www.example.gov.cn", "/list/index_9.html")[0] == 404


def test_query_strings_select_files(replica):
    status, headers, body = fetch(replica, "www.example.gov.cn", "/ShowList.aspx?show=zsff&page=2")
    assert status == 200 and "第二页" in body.decode("utf-8")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert fetch(replica, "www.example.gov.cn", "/ShowList.aspx?show=zsff&page=3")[0] == 404


def test_query_in_name_leaves_no_character_windows_forbids():
    from crawler.replica import query_in_name

    assert query_in_name("") == ""
    assert query_in_name("show=zsff&page=2") == "%3Fshow=zsff&page=2"
    # encoded as sent: an encoded slash stays distinct from a real one
    assert query_in_name("path=%2F&a=/:*") == "%3Fpath=%252F&a=%2F%3A%2A"


def test_gbk_pages_stay_gbk(replica):
    status, headers, body = fetch(replica, "www.impta.com.cn:80", "/more.asp?ttt=8")
    assert status == 200 and headers["Content-Type"].endswith("charset=gbk")
    assert body.decode("gbk") == "<html>内蒙古</html>"


def test_robots_txt_answered_with_html_and_fixed_statuses(replica):
    status, headers, body = fetch(replica, "www.example.gov.cn", "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"<html" in body
    assert fetch(replica, "www.example.gov.cn", "/down.html")[0] == 502


def test_waf_answers_412_until_the_js_cookie_is_present(replica):
    status, headers, body = fetch(replica, "rst.gansu.gov.cn", "/index.html")
    assert status == 412 and "Set-Cookie" in headers and b"$_ts" in body
    assert fetch(replica, "rst.gansu.gov.cn", "/index.html", {"Cookie": f"{WAF_COOKIE_T}=x"})[0] == 200


def test_paths_cannot_escape_the_replica_folder(replica):
    assert fetch(replica, "www.example.gov.cn", "/../src_b/www.impta.com.cn/more.asp")[0] == 404


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        ("homeArticleList?pageNum=1&pageSize=10", b'{"data": {}}', "application/json"),
        ("dataproxy.jsp?startrecord=46&path=%2F", b"<datastore><totalrecord>9</totalrecord></datastore>", "text/xml"),
        ("index.shtml", b"<html></html>", "text/html"),
        ("ShowList.aspx?show=zsff", b"<html></html>", "text/html"),
        ("ShowList.aspx%3Fshow=zsff", b"<html></html>", "text/html"),  # a replica file name
        ("P020240101.xlsx", b"PK\x03\x04", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("a.pdf", b"%PDF-1.4", "application/pdf"),
    ],
)
def test_content_types_follow_what_real_servers_send(name, body, expected):
    from crawler.replica import guess_content_type

    assert guess_content_type(name, body) == expected
