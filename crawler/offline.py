"""Run a source's spider over its replica files in-process, without a server or a reactor.

The spider's own callbacks parse the pages; requests they yield are answered from the replica
folder (a missing file is a 404). Used by the contract and golden tests, where a full crawl
would be slower and no more telling.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.utils.test import get_crawler

from crawler.reparse import response_from_bytes
from crawler.replica import guess_content_type, replica_config, resolve_file
from crawler.spiders.source import spider_class_for


def spider_for(source):
    crawler = get_crawler(spider_class_for(source), {"REPLICA_URL": "http://127.0.0.1:9"})
    crawler.spider = crawler._create_spider()
    crawler.stats.open_spider()
    return crawler.spider


def replica_body(source, url: str) -> bytes | None:
    parts = urlsplit(url)
    path = resolve_file(source.replica_dir / (parts.hostname or ""), parts.path, parts.query)
    return path.read_bytes() if path else None


def response_for(source, url: str, body: bytes):
    content_type = guess_content_type(url.rsplit("/", 1)[-1], body)
    charset = replica_config(source.replica_dir).get("charset", "utf-8")
    if charset and content_type.startswith(("text/", "application/json", "application/xml")):
        content_type += f"; charset={charset}"
    return response_from_bytes(url, body, content_type)


def crawl_offline(source) -> list:
    """Every item the spider yields for the source's replica, in crawl order."""
    spider = spider_for(source)
    queue = [scrapy.Request(url, callback=spider.parse_channel) if source.channel
             else scrapy.Request(url, callback=spider.parse_list, cb_kwargs={"page": 1}) for url in source.start_urls]
    seen: set[str] = set()
    items = []
    while queue:
        request = queue.pop(0)
        if request.url in seen:
            continue
        seen.add(request.url)
        body = replica_body(source, request.url)
        if body is None:
            continue  # a 404: the end of a list, or a dead link the live crawl reports
        for output in request.callback(response_for(source, request.url, body), **request.cb_kwargs) or []:
            (queue if isinstance(output, scrapy.Request) else items).append(output)
    return items
