"""A generated replica of many city bureaus, for crawls of 1,000 sources (issue 16, bench/crawl_scale.py).

Over 300 lines: the registry entries, the four families' list and detail markup and the server
answering them describe one generated site each and change together.

Hosts are real-looking city bureau names (``rsj.zhengzhou.gov.cn``) on the CMS families of
crawler/families.py (trs, gd_jiyue, hanweb, selectors), each with list pages of 19 rows and a
detail page per row; the text is ours (sample data). Nothing is written to disk: every page is a
pure function of (host, path, pages per host), generated when asked for, so 100,000 pages cost
no files and two servers answer byte for byte the same.

    python -m crawler.scale_replica serve --hosts 1000 --pages-per-host 100 [--port N]
    python -m crawler.scale_replica registry --hosts 1000 --pages-per-host 100 --out FILE

The server is a small asyncio HTTP/1.1 server (keep-alive, many thousands of connections on one
thread) bound to 127.0.0.1 that picks the site by the ``Host`` header, like crawler/replica.py:
a crawl with ``REPLICA_URL`` keeps the real URLs end to end. `registry()` is the matching
source registry (a file outside crawler/registry.yaml, loaded with ``load_registry(path)``).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import logging
import math
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROWS_PER_LIST = 19
FAMILIES = ("trs", "gd_jiyue", "hanweb", "selectors")
# (province, city, pinyin): real prefecture-level cities, 50 of them; with the 20 bureau
# prefixes below they name 1,000 distinct hosts.
CITIES = [
    ("河南省", "郑州市", "zhengzhou"), ("河南省", "洛阳市", "luoyang"), ("河南省", "开封市", "kaifeng"),
    ("河南省", "南阳市", "nanyang"), ("河北省", "石家庄市", "sjz"), ("河北省", "保定市", "baoding"),
    ("河北省", "唐山市", "tangshan"), ("山东省", "济南市", "jinan"), ("山东省", "青岛市", "qingdao"),
    ("山东省", "烟台市", "yantai"), ("山东省", "潍坊市", "weifang"), ("江苏省", "南京市", "nanjing"),
    ("江苏省", "苏州市", "suzhou"), ("江苏省", "无锡市", "wuxi"), ("江苏省", "徐州市", "xuzhou"),
    ("浙江省", "杭州市", "hangzhou"), ("浙江省", "宁波市", "ningbo"), ("浙江省", "温州市", "wenzhou"),
    ("广东省", "广州市", "gz"), ("广东省", "深圳市", "sz"), ("广东省", "佛山市", "foshan"),
    ("广东省", "东莞市", "dg"), ("湖北省", "武汉市", "wuhan"), ("湖北省", "宜昌市", "yichang"),
    ("湖北省", "襄阳市", "xiangyang"), ("湖南省", "长沙市", "changsha"), ("湖南省", "株洲市", "zhuzhou"),
    ("四川省", "成都市", "chengdu"), ("四川省", "绵阳市", "mianyang"), ("安徽省", "合肥市", "hefei"),
    ("安徽省", "芜湖市", "wuhu"), ("福建省", "福州市", "fuzhou"), ("福建省", "厦门市", "xm"),
    ("江西省", "南昌市", "nc"), ("江西省", "赣州市", "ganzhou"), ("陕西省", "西安市", "xa"),
    ("陕西省", "宝鸡市", "baoji"), ("山西省", "太原市", "taiyuan"), ("山西省", "大同市", "dt"),
    ("辽宁省", "沈阳市", "shenyang"), ("辽宁省", "大连市", "dl"), ("吉林省", "长春市", "changchun"),
    ("黑龙江省", "哈尔滨市", "harbin"), ("云南省", "昆明市", "km"), ("贵州省", "贵阳市", "gygov"),
    ("甘肃省", "兰州市", "lanzhou"), ("广西壮族自治区", "南宁市", "nanning"), ("广西壮族自治区", "柳州市", "liuzhou"),
    ("内蒙古自治区", "呼和浩特市", "huhhot"), ("新疆维吾尔自治区", "乌鲁木齐市", "urumqi"),
]
PREFIXES = ("rsj", "hrss", "rsks", "rlsbj", "rsksy", "rsw", "hrsj", "rszyj", "kszx", "rsrc",
            "rcfw", "zjj", "pta", "ksy", "rsc", "rsrk", "jnjd", "zyjn", "rcjl", "rsda")
EXAMS = ("一级建造师", "二级建造师", "监理工程师", "一级造价工程师", "中级注册安全工程师", "一级消防工程师",
         "执业药师", "社会工作者职业水平", "经济专业技术资格", "初级会计专业技术资格", "中级会计专业技术资格",
         "房地产估价师", "一级注册计量师", "环境影响评价工程师")
PLACES = ("市民之家{n}号窗口", "人力资源市场{n}楼服务大厅", "政务服务中心{n}楼人事考试窗口", "人才交流中心{n}楼大厅")
MATERIALS = ("本人有效身份证件原件", "准考证或成绩单打印件", "委托书及双方身份证件原件", "资格审核表")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Site:
    index: int
    host: str
    province: str
    city: str
    family: str

    @property
    def source_id(self) -> str:
        return "gen_" + self.host.replace(".gov.cn", "").replace(".", "_")

    @property
    def list_path(self) -> str:
        return {"trs": "/col/zsgl/index.html", "gd_jiyue": "/zwgk/zsff/index.html",
                "hanweb": f"/col/col{3000 + self.index}/index.html", "selectors": "/tzgg/list.aspx"}[self.family]


def sites(hosts: int) -> list[Site]:
    """The first `hosts` generated sites (at most len(CITIES) * len(PREFIXES) = 1,000)."""
    limit = len(CITIES) * len(PREFIXES)
    if not 0 < hosts <= limit:
        raise ValueError(f"hosts must be 1 to {limit}")
    out = []
    for index in range(hosts):
        province, city, pinyin = CITIES[index % len(CITIES)]
        prefix = PREFIXES[index // len(CITIES)]
        out.append(Site(index, f"{prefix}.{pinyin}.gov.cn", province, city, FAMILIES[index % len(FAMILIES)]))
    return out


def layout(pages_per_host: int) -> tuple[int, int]:
    """(list pages, detail pages) of a host with `pages_per_host` pages in all."""
    if pages_per_host < 2:
        raise ValueError("a host needs at least a list page and a detail page")
    lists = math.ceil(pages_per_host / (ROWS_PER_LIST + 1))
    return lists, pages_per_host - lists


# --------------------------------------------------------------------------- registry


def source_entry(site: Site, pages_per_host: int) -> dict:
    lists, _ = layout(pages_per_host)
    base = f"http://{site.host}"
    entry = {"id": site.source_id, "name": f"{site.city}人力资源和社会保障局·证书领取（生成）", "province": site.province,
             "kind": "official", "family": site.family, "home_url": base + "/", "start_urls": [base + site.list_path],
             "detail": {}, "encoding": "utf-8", "confidence": "guess",
             "note": "generated city bureau (crawler/scale_replica.py), sample data"}
    if site.family == "trs":
        entry["list"] = {"row": "ul.list > li", "link": "a::attr(href)", "title": "a::attr(title)", "date": "span::text"}
        entry["pagination"] = {"scheme": "trs_createpagehtml", "max_pages": lists}
    elif site.family == "gd_jiyue":
        entry["list"] = {"row": "div.list ul > li", "link": "a::attr(href)", "title": "a::attr(title)",
                         "date": "span::text"}
        entry["pagination"] = {"scheme": "template", "template": "index_{n}.html", "first": 2, "max_pages": lists}
    elif site.family == "hanweb":
        entry["list"] = {"format": "datastore", "link": "a::attr(href)", "title": "a::attr(title)", "date": "span::text"}
        entry["pagination"] = {"scheme": "template", "template": "index_{n}.html", "first": 2, "max_pages": lists}
    else:
        entry["list"] = {"row": "ul.news > li", "link": "a::attr(href)", "title": "a::text", "date": "span.date::text"}
        entry["pagination"] = {"scheme": "query_param", "param": "page", "max_pages": lists}
        entry["detail"] = {"title": "h1.title::text", "date": "span.pubdate::text", "body": "div.article"}
    return entry


def registry(hosts: int, pages_per_host: int) -> dict:
    """The registry of the generated sources, in crawler/registry.yaml's shape."""
    return {"sources": [source_entry(site, pages_per_host) for site in sites(hosts)]}


def write_registry(path: Path, hosts: int, pages_per_host: int) -> Path:
    path.write_text(yaml.safe_dump(registry(hosts, pages_per_host), allow_unicode=True, sort_keys=False), "utf-8")
    return path


# --------------------------------------------------------------------------- pages


def _seed(*parts) -> int:
    return int.from_bytes(hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class Notice:
    number: int
    title: str
    published: date
    body: str


def notice(site: Site, number: int) -> Notice:
    """Detail `number` (0 = newest) of a site: a certificate notice in our own words."""
    seed = _seed(site.host, number)
    exam = EXAMS[seed % len(EXAMS)]
    year = 2023 + (seed >> 8) % 3
    published = date(2026, 11, 1) - timedelta(days=number * 3 + (seed >> 16) % 3)
    start = published + timedelta(days=7 + (seed >> 20) % 5)
    end = start + timedelta(days=14 + (seed >> 24) % 20)
    reissue = (seed >> 28) % 7 == 0
    what = "证书补办" if reissue else "资格证书领取"
    title = f"关于{site.city}{year}年度{exam}{what}的通知"
    place = PLACES[(seed >> 32) % len(PLACES)].format(n=1 + (seed >> 36) % 5)
    materials = "、".join(MATERIALS[: 2 + (seed >> 40) % 3])
    phone = f"0{(seed >> 44) % 900 + 100}-{(seed >> 50) % 9000000 + 1000000}"
    body = (
        f"各位考生：{year}年度{exam}考试{site.city}考区合格人员的证书已到达我局，现将{what}有关事项通知如下。"
        f"一、领取时间：{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"
        f"（工作日上午9:00-12:00，下午13:30-17:00）。二、领取地点：{site.city}{place}。"
        f"三、所需材料：{materials}。委托他人代领的，代领人须同时携带委托书。"
        f"四、逾期未领取的证书由{site.city}人事考试机构统一存档，考生可在工作日凭身份证件前来办理。"
        f"五、咨询电话：{phone}。本通知为生成的示例数据（certnotices 规模测试），不代表真实安排。"
    )
    return Notice(number, title, published, body)


def detail_path(site: Site, number: int) -> str:
    day = notice(site, number).published.strftime("%Y%m%d")
    return {"trs": f"/col/zsgl/{day[:6]}/t{day}_{number}.html",
            "gd_jiyue": f"/zwgk/zsff/content/post_{site.index * 1000 + number}.html",
            "hanweb": f"/art/{day[:4]}/{int(day[4:6])}/{int(day[6:])}/art_{3000 + site.index}_{number}.html",
            "selectors": f"/tzgg/show.aspx?id={number}"}[site.family]


def _head(title: str, metas: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>{metas}'
            '<meta name="certnotices-replica" content="generated sample data"></head><body>')


def _nav(site: Site) -> str:
    return (f'<div class="header"><a href="/">{site.city}人力资源和社会保障局</a>'
            '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
            '<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>')


FOOT = '<div class="footer">主办单位：人力资源和社会保障局（生成的示例站点）</div></body></html>'


def list_page(site: Site, page: int, pages_per_host: int) -> str:
    """List page `page` (0-based) in the site's family markup."""
    lists, details = layout(pages_per_host)
    numbers = range(page * ROWS_PER_LIST, min(details, (page + 1) * ROWS_PER_LIST))
    rows = [(detail_path(site, n), notice(site, n)) for n in numbers]
    title = f"{site.city}人力资源和社会保障局 证书领取"
    if site.family == "trs":
        items = "".join(f'<li><a href="{p}" title="{n.title}">{n.title}</a><span>{n.published}</span></li>' for p, n in rows)
        pager = f'<script>createPageHTML({lists}, {page}, "index", "html");</script>'
        return f'{_head(title)}{_nav(site)}<div class="main"><ul class="list">{items}</ul>{pager}</div>{FOOT}'
    if site.family == "gd_jiyue":
        items = "".join(f'<li><a href="{p}" title="{n.title}">{n.title}</a><span>{n.published}</span></li>' for p, n in rows)
        return f'{_head(title)}{_nav(site)}<div class="list"><ul>{items}</ul></div>{FOOT}'
    if site.family == "hanweb":
        records = "".join(f'<record><![CDATA[<li><a href="{p}" title="{n.title}" target="_blank">{n.title}</a>'
                          f'<span>{n.published}</span></li>]]></record>' for p, n in rows)
        return (f'{_head(title)}{_nav(site)}<div id="{3000 + site.index}"><script type="text/xml"><datastore>'
                f'<nextgroup><![CDATA[]]></nextgroup><recordset>{records}</recordset></datastore></script></div>{FOOT}')
    items = "".join(f'<li><a href="{p}">{n.title}</a><span class="date">{n.published}</span></li>' for p, n in rows)
    return f'{_head(title)}{_nav(site)}<ul class="news">{items}</ul>{FOOT}'


def detail_page(site: Site, number: int) -> str:
    n = notice(site, number)
    paragraphs = "".join(f"<p>{part}</p>" for part in n.body.split("。") if part)
    if site.family in ("trs", "hanweb"):
        metas = f'<meta name="ArticleTitle" content="{n.title}"><meta name="PubDate" content="{n.published} 09:00">'
        body_class = 'class="TRS_Editor"' if site.family == "trs" else 'id="zoom"'
        return f'{_head(n.title, metas)}{_nav(site)}<h1>{n.title}</h1><div {body_class}>{paragraphs}</div>{FOOT}'
    if site.family == "gd_jiyue":
        return (f'{_head(n.title)}{_nav(site)}<h3 class="zw-title">{n.title}</h3><div class="property">'
                f'<span>发布时间：{n.published}</span></div><div class="conTxt"><div id="fontzoom">{paragraphs}</div></div>{FOOT}')
    return (f'{_head(n.title)}{_nav(site)}<h1 class="title">{n.title}</h1><span class="pubdate">{n.published}</span>'
            f'<div class="article">{paragraphs}</div>{FOOT}')


class GeneratedSites:
    """Answers a (host, path with query) with (status, body), generated on the fly."""

    def __init__(self, hosts: int, pages_per_host: int) -> None:
        self.pages_per_host = pages_per_host
        self.lists, self.details = layout(pages_per_host)
        self.by_host = {site.host: site for site in sites(hosts)}

    @lru_cache(maxsize=4096)  # noqa: B019 (one instance per server)
    def _routes(self, host: str) -> dict[str, tuple[str, int]]:
        site = self.by_host[host]
        routes = {detail_path(site, n): ("detail", n) for n in range(self.details)}
        for page in range(self.lists):
            routes[self.list_url_path(site, page)] = ("list", page)
        return routes

    def list_url_path(self, site: Site, page: int) -> str:
        if page == 0:
            return site.list_path
        stem = site.list_path.rsplit("/", 1)[0]
        if site.family == "trs":
            return f"{stem}/index_{page}.html"
        if site.family in ("gd_jiyue", "hanweb"):
            return f"{stem}/index_{page + 1}.html"
        return f"{site.list_path}?page={page + 1}"

    def answer(self, host: str, target: str) -> tuple[int, str]:
        site = self.by_host.get(host.split(":")[0].lower())
        if site is None:
            return 404, "<html><body>no such generated host</body></html>"
        parts = urlsplit(target)
        if parts.path == "/robots.txt":
            return 200, "User-agent: *\nAllow: /\n"
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        route = self._routes(site.host).get(path)
        if route is None:
            return 404, f"<html><body>404 {target}</body></html>"
        kind, number = route
        return 200, list_page(site, number, self.pages_per_host) if kind == "list" else detail_page(site, number)

    def urls(self) -> list[str]:
        """Every URL of the generated sites, robots.txt first per host: what a raw fetch asks for."""
        out = []
        for site in self.by_host.values():
            out.append(f"http://{site.host}/robots.txt")
            out += [f"http://{site.host}{self.list_url_path(site, p)}" for p in range(self.lists)]
            out += [f"http://{site.host}{detail_path(site, n)}" for n in range(self.details)]
        return out


# --------------------------------------------------------------------------- server


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, generated: GeneratedSites) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target = lines[0].split(" ")[:2]
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            length = int(headers.get("content-length") or 0)
            if length:
                await reader.readexactly(length)
            status, text = generated.answer(headers.get("host", ""), target)
            body = text.encode("utf-8")
            kind = "text/plain" if target.startswith("/robots.txt") else "text/html"
            close = headers.get("connection", "").lower() == "close"
            writer.write((f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
                          f"Content-Type: {kind}; charset=utf-8\r\nContent-Length: {len(body)}\r\n"
                          f"Connection: {'close' if close else 'keep-alive'}\r\n\r\n").encode("latin-1"))
            if method != "HEAD":
                writer.write(body)
            await writer.drain()
            if close:
                break
    except (asyncio.IncompleteReadError, ConnectionError, ValueError) as closed:
        # the client hung up or sent a malformed request line: this connection ends here (a bench
        # server; the crawl counts what it did not get)
        logger.debug("scale replica connection ended: %r", closed)
    finally:
        writer.close()


async def serve(hosts: int, pages_per_host: int, port: int = 0, ready=None) -> None:
    generated = GeneratedSites(hosts, pages_per_host)
    server = await asyncio.start_server(lambda r, w: _handle(r, w, generated), "127.0.0.1", port, backlog=4096)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    (ready or (lambda u: print(u, flush=True)))(url)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("serve", "registry"):
        command = sub.add_parser(name)
        command.add_argument("--hosts", type=int, default=1000)
        command.add_argument("--pages-per-host", type=int, default=100)
    sub.choices["serve"].add_argument("--port", type=int, default=0)
    sub.choices["registry"].add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "registry":
        write_registry(args.out, args.hosts, args.pages_per_host)
        return 0
    asyncio.run(serve(args.hosts, args.pages_per_host, args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
