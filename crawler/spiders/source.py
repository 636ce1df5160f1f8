"""The generic list → detail spider, specialised per registry entry by `spider_class_for`.

Over 300 lines: one spider serves every source, and its channel, list and detail pages, their
failures and the counters the monitors read (crawler/monitors.py) are one reading of a site.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from crawler.extract import ListFormatError, is_attachment, is_web_link, looks_truncated
from crawler.families import get_family
from crawler.incremental import YOUNG_DAYS, conditional_headers, crawl_today, known_pages, refetch_reason
from crawler.safety import RefusedRequest, registered_domain
from crawler.source import Source
from crawler.spider_args import ArgumentSpider
from db.crawl_state import last_run_walked_everything, usual_rows_per_page
from pipelines.health import set_once
from pipelines.items import CONTENT_FORMS, NoticeItem, RejectItem

# Network failures by the names an operator reads (Scrapy 2.19 wraps Twisted's in its own).
NETWORK_REASONS = {
    DNSLookupError: "dns_lookup_failed", CannotResolveHostError: "dns_lookup_failed",
    TimeoutError: "timeout", TCPTimedOutError: "timeout", DownloadTimeoutError: "timeout",
    DownloadConnectionRefusedError: "connection_refused", ResponseDataLossError: "cut_short",
}
# A full list page (one with pages after it) holding under this share of the usual rows warns.
SHORT_PAGE_SHARE = 0.5
ANNOUNCING_SCHEMES = {"trs_createpagehtml", "count_page", "set_page", "ncms", "hanweb_jpage", "next_link"}
# Government WAFs answer 412 (瑞数) or 403 with a challenge page; saying so beats "HTTP error".
BLOCKED_STATUSES = {403: "forbidden", 412: "anti-bot challenge (412)", 429: "rate limited"}


class SourceSpider(ArgumentSpider):  # -a db=… -a replica=… (scrapy crawl, scrapyd)
    """Crawl one source: its list pages (bounded by `max_pages`), then each notice's page."""

    source: Source

    @classmethod
    def handles_request(cls, request) -> bool:
        host = urlsplit(request.url).hostname or ""
        return any(urlsplit(url).hostname == host for url in (cls.source.home_url, *cls.source.start_urls))

    @property
    def allowed_domains(self) -> list[str]:
        # The network boundary (crawler/safety.py) keeps list and detail requests (and their
        # redirects) on the source's own registered domains; what it refuses reaches _reject_failure.
        return sorted({registered_domain(url) for url in (self.source.home_url, *self.source.start_urls)})

    @property
    def family(self):
        return get_family(self.source.family)

    @property
    def list_rule(self) -> str:
        """What finds the rows, for error messages: a selector, or a JSON path in the page."""
        spec = self.source.list
        return f"{spec.get('format', 'html')} {spec.get('row') or spec.get('records') or spec.get('link')!r}"

    @property
    def announces_pages(self) -> bool:
        """Whether the source's pager reads the next page off the page (a count or a link), so a
        page it leads to must hold rows; blind schemes just try the next number."""
        return self.source.pagination.get("scheme", "none") in ANNOUNCING_SCHEMES

    known: dict = {}
    may_stop_paging = False
    usual_rows: float | None = None  # rows per list page in this source's last full run

    @property
    def backfill(self) -> bool:
        return self.settings.getbool("NOTICES_BACKFILL")

    @property
    def today(self):
        return crawl_today(self.settings.get("NOTICES_TODAY"))

    @property
    def young_days(self) -> int:
        return self.settings.getint("NOTICES_YOUNG_DAYS", YOUNG_DAYS)

    @property
    def sample_data(self) -> bool:
        return bool(self.settings.get("REPLICA_URL"))

    async def start(self):
        # What the database already holds, to fetch again only what may have changed.
        db_path = self.settings.get("NOTICES_DB")
        self.known = {} if self.backfill else known_pages(db_path, self.source.id)
        # Paging may stop at known rows only when the last run walked the list to its end: after
        # a killed or failed run the older pages may hold notices never fetched.
        self.may_stop_paging = not self.backfill and last_run_walked_everything(db_path, self.source.id)
        self.usual_rows = usual_rows_per_page(db_path, self.source.id)
        # Evidence URLs for the monitors (crawler/monitors.py): the start page unless a check names another.
        self.crawler.stats.set_value("notices/evidence/start", self.source.start_urls[0])
        if not self.source.province:  # a national source: its notices name no province (field coverage)
            self.crawler.stats.set_value("notices/national", 1)
        for url in self.source.start_urls:
            if self.source.channel:
                yield scrapy.Request(url, callback=self.parse_channel, errback=self.list_failed)
            else:
                yield scrapy.Request(url, callback=self.parse_list, errback=self.list_failed, cb_kwargs={"page": 1})

    # ---------------------------------------------------------------- channel pages

    def parse_channel(self, response):
        """A channel page (registry `channel`): follow its sub-column links, each a list."""
        stats = self.crawler.stats
        stats.inc_value("notices/channel_pages")
        columns = self.family.channel_links(response, self.source)
        stats.inc_value("notices/channel_columns", len(columns))
        if not columns:
            # A channel without its links is a redesign (or the wrong page): nothing would be listed.
            rule = self.source.channel["links"]
            stats.inc_value("notices/channel_empty")
            stats.set_value("notices/cause/list", f"no sub-column links {rule!r} on channel {response.url}")
            set_once(stats, "notices/evidence/list_rows", response.url)
            self.logger.error("no sub-column links on channel page %s (%s)", response.url, rule)
            yield RejectItem(response.url, self.source.id, "list", "no_channel_links", rule)
            return
        self.logger.info("channel page %s: %d sub-columns", response.url, len(columns))
        for url in columns:
            yield scrapy.Request(url, callback=self.parse_list, errback=self.list_failed, cb_kwargs={"page": 1})

    # ---------------------------------------------------------------- list pages

    def parse_list(self, response, page: int):
        stats = self.crawler.stats
        stats.inc_value("notices/list_pages")
        try:
            rows = self.family.list_rows(response, self.source)
        except ListFormatError as exc:
            # The page is there but not in the declared format (a script object that does not
            # parse, records without links): a loss, never a quiet 0 rows.
            stats.inc_value("notices/list_unparsed")
            stats.inc_value("notices/list_rows_seen", 0)
            stats.set_value("notices/cause/list", f"list page not readable as {self.list_rule} ({response.url})")
            set_once(stats, "notices/evidence/list_rows", response.url)
            self.logger.error("list page %s not readable as %s: %s", response.url, self.list_rule, exc)
            yield RejectItem(response.url, self.source.id, "list", "list_unparsed", str(exc)[:500])
            return
        stats.inc_value("notices/list_rows_seen", len(rows))
        if looks_truncated(response):
            # The rows before the cut are still crawled; the page is listed as cut short.
            stats.inc_value("notices/truncated_list_pages")
            self.logger.error("list page %s was cut short (no </html>): %d rows read", response.url, len(rows))
            yield RejectItem(response.url, self.source.id, "list", "truncated_page", f"{len(rows)} rows read")
        if isinstance(response, scrapy.http.TextResponse) and "\ufffd" in response.text:
            stats.inc_value("notices/undecodable_list_pages")
            self.logger.error("list page %s does not decode as %s", response.url, response.encoding)
            yield RejectItem(response.url, self.source.id, "list", f"undecodable_text_{response.encoding}")
        if not rows and page > 1:
            if response.body and not self.announces_pages:
                # Past the last page some sites answer an empty list rather than a 404.
                stats.inc_value("notices/pagination/ended_empty")
                self.logger.info("list page %s has no rows: end of pagination", response.url)
                return
            # An empty body is never an end of list, and neither is an empty page the site's
            # own pager announced: both are losses, so they are recorded.
            stats.inc_value("notices/list_empty")
            self.logger.error("no list rows on announced page %s (%s)", response.url, self.list_rule)
            yield RejectItem(response.url, self.source.id, "list", "empty_list_page", self.list_rule)
            return
        if not rows:
            # The City Scrapers lesson: an empty first page is an alarm, never a quiet success.
            self.logger.error("no list rows on %s (%s): layout changed?", response.url, self.list_rule)
            stats.inc_value("notices/list_empty")
            set_once(stats, "notices/evidence/list_rows", response.url)
            yield RejectItem(response.url, self.source.id, "list", "no_list_rows", self.list_rule)
            return
        fetched = 0
        for row in rows:
            if row.problem:
                stats.inc_value("notices/list_rows_unreadable")
                self.logger.warning("list row on %s not read: %s", response.url, row.problem)
                yield RejectItem(response.url, self.source.id, "list", "unreadable_row", row.problem[:500])
                continue
            if not is_web_link(row.url) or (row.public_url and not is_web_link(row.public_url)):
                # javascript:, data:, mailto: ... are never fetched, stored or published.
                stats.inc_value("notices/unsafe_links")
                self.logger.warning("list row on %s links to %r: not an http(s) link", response.url, row.url[:200])
                yield RejectItem(row.url[:500], self.source.id, "list", "unsafe_link", f"on {response.url}: {row.title!r}")
                continue
            if row.external:
                # A record that links out to another site: stored from its row, not fetched.
                stats.inc_value("notices/external_rows")
                yield NoticeItem(
                    url=row.url, source_id=self.source.id, list_title=row.title, listed_date=row.listed_date,
                    sample_data=self.sample_data, problems=["external_link"],
                )
                fetched += 1
                continue
            if is_attachment(row.url):
                # Some rows link straight to a spreadsheet of names: the row is the notice.
                stats.inc_value("notices/attachment_rows")
                stats.inc_value("notices/attachment_only")
                yield NoticeItem(
                    url=row.url, source_id=self.source.id, list_title=row.title, listed_date=row.listed_date,
                    attachments=[{"url": row.url, "text": row.title or ""}], sample_data=self.sample_data,
                    problems=["attachment_only"],  # stored from its list row, and listed in rejects
                )
                fetched += 1
                continue
            known = self.known.get(row.public_url or response.urljoin(row.url))
            reason = "new" if self.backfill else refetch_reason(known, row.title, row.listed_date, self.today,
                                                                  self.young_days)
            if reason is None:
                stats.inc_value("notices/skipped_known")
                continue
            stats.inc_value(f"notices/fetch/{reason}")
            yield response.follow(
                row.url, callback=self.parse_detail, errback=self.detail_failed,
                headers=conditional_headers(known), meta={"handle_httpstatus_list": [304]},
                cb_kwargs={"list_title": row.title, "listed_date": row.listed_date, "public_url": row.public_url},
            )
            fetched += 1
        if rows and not fetched and self.may_stop_paging:
            # Every row here is known and unchanged: what lies further back is too.
            stats.inc_value("notices/pagination/stopped_at_known")
            self.logger.info("list page %s holds only known notices: not paging further", response.url)
            return
        max_pages = self.settings.getint("NOTICES_MAX_PAGES") or self.source.max_pages
        following = self.family.next_pages(response, self.source, page, max_pages)
        if following is None:
            # The family expects a pager script and this page has none: a redesign, or a page
            # cut short. Without this the crawl quietly stopped at this page.
            stats.inc_value("notices/pagination/not_found")
            set_once(stats, "notices/evidence/pager", response.url)
            scheme = self.source.pagination.get("scheme")
            self.logger.warning("no %s pager on list page %s: not paging further", scheme, response.url)
            yield RejectItem(response.url, self.source.id, "list", "pager_not_found", f"scheme {scheme}")
            following = []
        if following and self.usual_rows and len(rows) < SHORT_PAGE_SHARE * self.usual_rows:
            # A page followed by more pages is a full page: far fewer rows than this source's
            # pages usually hold means rows were lost (a page cut short, a changed row markup).
            stats.inc_value("notices/list_short")
            self.logger.warning("list page %s has %d rows where this source's pages hold %.0f", response.url,
                                len(rows), self.usual_rows)
            yield RejectItem(response.url, self.source.id, "list", "short_list_page",
                             f"{len(rows)} rows, usually {self.usual_rows:.0f}")
        for url in following:
            yield scrapy.Request(url, callback=self.parse_list, errback=self.list_failed, cb_kwargs={"page": page + 1})

    def list_failed(self, failure):
        request = failure.request
        page = request.cb_kwargs.get("page", 1)
        response = getattr(failure.value, "response", None)
        if page > 1 and response is not None and response.status == 404:
            # Pages past the last one (or advertised but missing, as on rsj.sh) end the list.
            self.crawler.stats.inc_value("notices/pagination/ended_by_404")
            self.logger.info("list page %s answered 404: end of pagination", request.url)
            return None
        return self._reject_failure(failure, "list")

    # ---------------------------------------------------------------- detail pages

    def parse_detail(self, response, list_title=None, listed_date=None, public_url=None):
        if response.status == 304:
            self.crawler.stats.inc_value("notices/not_modified")  # the archived page is current
            return
        item = notice_from_response(response, self.source, list_title, listed_date, public_url, self.sample_data)
        if isinstance(item, RejectItem):
            self.logger.error("detail page %s: neither title nor body matched", response.url)
            self.crawler.stats.inc_value("notices/detail_unparsed")
        elif not isinstance(response, scrapy.http.TextResponse):
            self.crawler.stats.inc_value("notices/binary_details")
            self.crawler.stats.inc_value("notices/attachment_only")
        else:
            for form in (p for p in item.problems if p in CONTENT_FORMS):
                # No text on the page: a scan, a file, nothing. Stored with its title and
                # attachments, never silently empty.
                self.crawler.stats.inc_value(f"notices/{form}")
                self.logger.warning("detail page %s: %s (%d characters of body, %d attachments)", response.url, form,
                                    len(item.body_text), len(item.attachments))
            fetch_problems = [p for p in item.problems if p not in CONTENT_FORMS]
            if fetch_problems:
                self.logger.warning("detail page %s: %s", response.url, ", ".join(fetch_problems))
                self.crawler.stats.inc_value("notices/undecodable_pages")
        yield item

    def detail_failed(self, failure):
        return self._reject_failure(failure, "detail")

    def _reject_failure(self, failure, stage: str):
        request = failure.request
        if failure.check(HttpError):
            status = failure.value.response.status
            reason = BLOCKED_STATUSES.get(status, f"http_{status}")
            if status in BLOCKED_STATUSES:
                self.crawler.stats.inc_value(f"notices/blocked/{status}")
            elif status >= 500:  # still failing after the retries
                self.crawler.stats.inc_value(f"notices/http_error/{status}")
            if status in BLOCKED_STATUSES or status >= 500:
                set_once(self.crawler.stats, "notices/evidence/http_codes", request.url)
        elif failure.check(RefusedRequest):
            reason = failure.value.reason
        elif failure.check(IgnoreRequest) and "max redirections" in str(failure.value):
            reason = "redirect_loop"
        elif failure.check(DownloadCancelledError) and "max size" in str(failure.value):
            reason = "too_large"
        else:
            reason = NETWORK_REASONS.get(failure.type, failure.type.__name__)
        # A redirect's failure is reported under the URL the crawl asked for, with the hops.
        hops = request.meta.get("redirect_urls") or []
        url = hops[0] if hops else request.url
        detail = (f"redirected to {request.url}: " if hops else "") + str(failure.value)
        self.logger.error("%s page %s failed: %s", stage, url, reason)
        self.crawler.stats.inc_value(f"notices/failed/{stage}")
        self.crawler.stats.set_value(f"notices/cause/{stage}", f"{reason} ({url})")
        if stage == "list":
            set_once(self.crawler.stats, "notices/evidence/list_rows", url)
        return [RejectItem(url, self.source.id, stage, reason, detail[:500])]


def header(response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def notice_from_response(response, source: Source, list_title=None, listed_date=None, public_url=None,
                         sample_data: bool = False) -> NoticeItem | RejectItem:
    """Read one detail page (live, or archived in `pages` when re-parsing) into an item."""
    # JSON APIs are fetched at one URL and read by candidates at another: store the latter.
    url = public_url or response.url
    archived = {
        "status": response.status,
        "content_type": response.headers.get("Content-Type", b"").decode("latin-1"),
        "raw_body": response.body,
        "sample_data": sample_data,
        "etag": header(response, "ETag"),
        "last_modified": header(response, "Last-Modified"),
    }
    if not isinstance(response, scrapy.http.TextResponse):
        # A detail link that turns out to be a file: the list row is the notice.
        return NoticeItem(url=url, source_id=source.id, list_title=list_title, listed_date=listed_date,
                          attachments=[{"url": response.url, "text": list_title or ""}],
                          problems=["attachment_only"], **archived)
    fields = get_family(source.family).detail(response, source)
    if not fields.body_text and not fields.title and not fields.attachments:
        fetched = f"fetched {response.url}; " if response.url != url else ""
        return RejectItem(url, source.id, "detail", "no_title_or_body", f"{fetched}selectors {source.detail!r}")
    item = NoticeItem(
        url=url, source_id=source.id, list_title=list_title, listed_date=listed_date,
        title_raw=fields.title, published_raw=fields.published, body_text=fields.body_text,
        attachments=fields.attachments, encoding=response.encoding, **archived,
    )
    if fields.marker:
        item.problems.append(fields.marker)
    if looks_truncated(response):
        item.problems.append("truncated_page")
    if "\ufffd" in (fields.title or "") + fields.body_text:
        # Bytes the declared or sniffed encoding could not decode: kept, and reported.
        item.problems.append(f"undecodable_text_{response.encoding}")
    return item


_SPIDER_CLASSES: dict[str, type[SourceSpider]] = {}


def spider_class_for(source: Source) -> type[SourceSpider]:
    """One class per source (Scrapy keys stats, logs and `scrapy crawl` by the class's name)."""
    if source.id not in _SPIDER_CLASSES:
        class_name = f"{source.id.title().replace('_', '')}Spider"
        _SPIDER_CLASSES[source.id] = type(class_name, (SourceSpider,), {"name": source.id, "source": source})
    return _SPIDER_CLASSES[source.id]
