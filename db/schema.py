"""The one place for the database schema.

Every table the project writes is declared here; the crawler's items, the store and
``metadata.yml`` read their column lists from this module (a test checks they agree).

Over 300 lines: every table, view, index and trigger is declared here on purpose, in one place.
"""

from __future__ import annotations

from db.health import SILENT_FACTOR, SILENT_MIN_DAYS

# Columns of `notices`: one row per certificate notice, keyed by a stable id derived from the
# real URL, so crawling the same page twice updates the row instead of adding one.
NOTICE_COLUMNS: dict[str, type] = {
    "id": str,  # stable: sha1 of the canonical real URL, first 16 hex digits
    "url": str,  # the real URL on the official or aggregator site (never the replica's)
    "source_id": str,
    "title": str,  # clean Simplified title
    "title_raw": str,  # exactly as crawled
    "published": str,  # YYYY-MM-DD, China time
    "province": str,
    "city": str,
    "exam": str,  # the one exam the notice is about; null when it names none or several
    "exams": str,  # JSON list of every exam it is about: [exam], or the several its title names
    "level": str,
    "specialty": str,
    "kind": str,  # collection | reissue | electronic | other
    "year": int,  # exam year the certificates belong to
    "batch": int,
    "batch_month": int,
    "window_start": str,  # YYYY-MM-DD
    "window_end": str,  # YYYY-MM-DD
    # JSON list: where no window was read, the text's own sentences that date a certificate step, quoted for the
    # reader (pipelines/window_lines.py); [] when a window was read
    "date_lines": str,
    "body_text": str,
    "attachments": str,  # JSON list of {"url", "text"}
    # key facts (pipelines/keyfacts.py); the lists are JSON text like `attachments`
    "place": str,  # JSON list of 领取/发放/办理 places, as written
    "materials": str,  # JSON list of documents to bring (身份证原件, 准考证)
    "phone": str,  # JSON list of 咨询电话 numbers, as written
    "mode": str,  # JSON list: on_site / mail / online / electronic
    "fee": str,  # e.g. 邮费到付
    "deadline_rule": str,  # e.g. 逾期未领取的… / 代为保管五年
    "agency": str,  # the issuing body
    "sample_data": int,  # 1 when crawled from a bundled replica (not a real notice)
    "duplicate_of": str,  # id of the canonical copy of the same event; null for the canonical row
    "first_seen": str,  # ISO 8601 with +08:00
    "last_seen": str,
    # when the official page first answered 404/410 (the reject row holds the evidence); the
    # notice stays, marked, and the mark goes when the page is back
    "withdrawn": str,
}

SOURCE_COLUMNS: dict[str, type] = {
    "id": str,
    "name": str,
    "province": str,
    "kind": str,  # official | aggregator
    "family": str,  # CMS-family handler
    "home_url": str,
    "start_urls": str,  # JSON list
    "confidence": str,  # verified-structure | inferred | guess
    "note": str,
    "sample_data": int,
    "last_crawl": str,
    "last_status": str,  # ok | degraded | failed of the last crawl ("running" / "killed" from runs)
    "last_notices": int,
}

# What could not be parsed or stored, with the reason: nothing is silently dropped.
REJECT_COLUMNS: dict[str, type] = {
    "id": str,  # sha1 of (url, reason)
    "url": str,
    "source_id": str,
    "stage": str,  # list | detail | normalize | store
    "reason": str,
    "detail": str,
    "first_seen": str,
    "last_seen": str,
    "count": int,
}

# Raw pages as fetched, so a parser fix can be re-applied without re-crawling.
PAGE_COLUMNS: dict[str, type] = {
    "url": str,
    "source_id": str,
    "fetched": str,
    "status": int,
    "content_type": str,
    "encoding": str,
    "body": bytes,
    "list_title": str,
    "listed_date": str,
    "outcome": str,  # notice | not_certificate
    "sample_data": int,
    "etag": str,  # the site's validators, sent back as a conditional request next crawl
    "last_modified": str,
}

# One row per crawl run of one source: the operator's health view.
RUN_COLUMNS: dict[str, type] = {
    "id": str,
    "source_id": str,
    "started": str,
    "finished": str,
    "finish_reason": str,
    "status": str,  # ok | degraded | silent | failed (pipelines/health.py source_status)
    "cause": str,  # why, for degraded and failed
    "list_rows_seen": int,
    "items_stored": int,
    "not_certificate": int,
    "rejects": int,
    "errors": int,
    "requests": int,  # HTTP requests made (an unchanged re-crawl should make few)
    "robots_requests": int,  # of which robots.txt (once per host, unless kept from a crawl within 24 h)
    "not_modified": int,  # pages answered 304 to a conditional request
    "skipped_known": int,  # list rows whose page was not fetched again (known, unchanged, old)
    "list_failures": int,  # list pages that failed, were cut short or came back empty
    "list_pages": int,  # list pages read
    "replica": int,
}

# Reference table: every provincial-level region and 兵团, so a board can show the ones with
# nothing announced yet. Filled from the normalizer's division data.
PROVINCE_COLUMNS: dict[str, type] = {"code": str, "name": str, "short": str}
# Reference table: every prefecture-level city, so the served pages resolve a city typed short
# or in pinyin (郑州, zhengzhou -> 郑州市, db/places.py). Filled from the same data.
CITY_COLUMNS: dict[str, type] = {"code": str, "name": str, "short": str, "province_code": str}

# Earlier versions of a notice whose page changed (更正, a batch appended): the row as it was.
HISTORY_COLUMNS: dict[str, type] = {
    "id": str,  # notice id + ":" + when it was replaced
    "notice_id": str,
    "replaced": str,  # ISO 8601 with +08:00
    "previous": str,  # JSON of the replaced row's content columns
}

# Per-source health, recomputed by every crawl's closing step (db/health.py); the `health` view
# adds what depends on today's date.
HEALTH_COLUMNS: dict[str, type] = {
    "source_id": str,
    "last_run": str,
    "last_status": str,  # ok | degraded | silent | failed | killed
    "last_cause": str,
    "last_success": str,
    "consecutive_failures": int,
    "last_new_notice": str,  # newest publication date among the source's notices
    "notices": int,
    "usual_interval_days": float,  # median days between its notices' publication dates
}

# Reminders (crawler/reminders.py, issue #15). A subscription is a filter (the Atom feed's
# parameters; '' = any) and one apprise channel URL. `channel_url` and `token` are secrets
# (passwords, bot keys; the token deletes the row): the plugin's SQLite authorizer refuses any
# statement that reads them (db/plugin/guard.py), and `channel` is the masked form shown instead.
SUBSCRIPTION_COLUMNS: dict[str, type] = {
    "id": str,
    "province": str,
    "city": str,
    "exam": str,
    "kind": str,
    "q": str,  # search text, as in ?q= of latest.atom
    "channel_url": str,  # the apprise URL (secret)
    "channel": str,  # its scheme and masked form, e.g. mailto://u...@smtp.example.com
    "created": str,  # ISO 8601 with +08:00: notices first seen after it are "new"
    "since": str,  # YYYY-MM-DD, "today" when subscribing: reminders due before it are not sent
    "last_notified": str,  # when a notify run last went through this subscription
    "token": str,  # unsubscribe token (secret)
}

# The message ledger: one row per (subscription, notice, reminder) — its id is the three joined,
# so a message is claimed by inserting the row before it is sent, and can never be sent twice
# (across runs, crashes and two notify processes at once).
SENT_COLUMNS: dict[str, type] = {
    "id": str,  # subscription_id:notice_id:reminder
    "subscription_id": str,
    "notice_id": str,
    "reminder": str,  # new | opens | closing
    "status": str,  # sending | sent | failed | covered (told in the `new` message) | interrupted
    "attempts": int,
    "run_id": str,
    "claimed": str,
    "finished": str,
    "error": str,
}

# Per notify run and channel kind (mailto, json, wecombot ...): the operator's delivery counts.
DELIVERY_COLUMNS: dict[str, type] = {
    "id": str,  # run_id:channel
    "run_id": str,
    "started": str,
    "today": str,  # the run's "today" (YYYY-MM-DD)
    "channel": str,  # apprise scheme
    "subscriptions": int,
    "sent": int,
    "failed": int,
    "retries": int,  # extra attempts after a failure (with backoff)
    "interrupted": int,  # claimed by a run that died before knowing the outcome: never resent
    "last_error": str,
}

# robots.txt answers kept between crawls (crawler/robots.py): an unchanged re-crawl does not ask
# every host again within NOTICES_ROBOTSTXT_CACHE_HOURS. The body is parsed as if just fetched.
ROBOTS_COLUMNS: dict[str, type] = {
    "url": str,  # https://host/robots.txt
    "fetched": str,  # ISO 8601 with +08:00, by the crawl's clock (NOTICES_NOW / NOTICES_TODAY)
    "status": int,  # 2xx or 4xx but 429 (5xx, 429 and network failures are not kept)
    "body": bytes,
    "replica": int,  # 1 when fetched from a replica: never used for a crawl of the real sites
}

# The feed's counts without a search (db/feed.py): canonical notices per province, city, exam and
# kind, recomputed by every run's closing step (db/finish.py). `as_of` is the largest notices
# rowid then: notices stored since are counted live. Status counts are derived at query time.
FEED_COUNT_COLUMNS: dict[str, type] = {
    "id": str,  # province, city, exam, kind joined by \x1f
    "province": str,
    "city": str,
    "exam": str,
    "kind": str,
    "notices": int,
    "no_window": int,  # neither window date: always status unknown
    "start_only": int,  # a start date only: unknown once OPEN_ENDED_DAYS are over
    "as_of": int,
    "refreshed": str,  # a new stamp per refresh: readers' cached counts are keyed by it
}

# robots.txt answers kept between crawls (crawler/robots.py, db/crawl_state.py): a re-crawl within
# a day asks no host for it again.
ROBOTS_COLUMNS: dict[str, type] = {
    "url": str,
    "fetched": str,
    "status": int,
    "body": bytes,
    "replica": int,
}

# Notice columns holding a JSON list (db/store.py serialises them).
JSON_LIST_COLUMNS = ("attachments", "exams", "place", "materials", "phone", "mode", "date_lines")

TABLES = {
    "provinces": (PROVINCE_COLUMNS, "code"),
    "cities": (CITY_COLUMNS, "code"),
    "notices": (NOTICE_COLUMNS, "id"),
    "sources": (SOURCE_COLUMNS, "id"),
    "rejects": (REJECT_COLUMNS, "id"),
    "pages": (PAGE_COLUMNS, "url"),
    "runs": (RUN_COLUMNS, "id"),
    "notice_history": (HISTORY_COLUMNS, "id"),
    "source_health": (HEALTH_COLUMNS, "source_id"),
    "subscriptions": (SUBSCRIPTION_COLUMNS, "id"),
    "reminders_sent": (SENT_COLUMNS, "id"),
    "deliveries": (DELIVERY_COLUMNS, "id"),
    "feed_counts": (FEED_COUNT_COLUMNS, "id"),
    "robots_txt": (ROBOTS_COLUMNS, "url"),
}

# `status` is derived at query time from the window and today's date in China (UTC+8), so it
# never goes stale. A window with only a start date is open once it starts (for OPEN_ENDED_DAYS);
# with only an end date, open until it ends.
CHINA_TODAY_SQL = "date('now', '+8 hours')"
# "自10月21日起领取" prints no end: call it open for a season, then say we don't know rather
# than show a two-year-old notice as open.
OPEN_ENDED_DAYS = 90


def status_sql(today: str = CHINA_TODAY_SQL) -> str:
    """The status expression; `today` is an SQL expression, a literal date in tests."""
    return f"""case
    when n.window_start is null and n.window_end is null then 'unknown'
    when n.window_start is not null and {today} < n.window_start then 'upcoming'
    when n.window_end is not null and {today} > n.window_end then 'closed'
    when n.window_end is null and {today} > date(n.window_start, '+{OPEN_ENDED_DAYS} days') then 'unknown'
    else 'open' end"""


# What candidates browse: one row per event (copies folded into `copies`). No ORDER BY here:
# SQLite cannot flatten a view with one into a count or a GROUP BY, so Datasette's count and
# facets on a searched feed page computed the whole view (every notice, its copies subquery,
# a sort) before filtering: 5 s per statement at 1,000,000 notices. metadata.yml sorts the
# page (sort_desc: published) and every canned query has its own ORDER BY. The `+` keeps
# SQLite from answering `duplicate_of is null` from its index, which nearly every row matches,
# where a search gives it a few rowids to look up directly.
VIEWS = {
    "feed": f"""
select n.rowid as fts_rowid, n.id, n.title, n.province, n.city, n.exam, n.kind, n.year, n.batch,
       n.window_start, n.window_end, {status_sql()} as status, n.published, n.url,
       s.name as source_name, s.kind as source_kind,
       (select count(*) from notices c where c.duplicate_of = n.id) as copies, n.withdrawn, n.sample_data
from notices n left join sources s on s.id = n.source_id
where +n.duplicate_of is null""",
}

def health_sql(today: str = CHINA_TODAY_SQL) -> str:
    """The health view: db/health.py `verdict` in SQL (a test checks the two agree)."""
    since = f"cast(julianday({today}) - julianday(h.last_new_notice) as integer)"
    return f"""
select h.source_id, s.name, s.province, {since} as days_since_new,
       case when h.consecutive_failures > 0 then 'failing'
            when h.last_new_notice is not null and h.usual_interval_days is not null
                 and {since} > max({SILENT_FACTOR} * h.usual_interval_days, {SILENT_MIN_DAYS}) then 'silent'
            when h.last_status = 'degraded' then 'degraded'
            when h.last_status = 'ok' then 'ok'
            else coalesce(h.last_status, 'never crawled') end as health,
       h.last_status, h.last_cause, h.last_run, h.last_success, h.consecutive_failures, h.last_new_notice,
       h.usual_interval_days, h.notices
from source_health h left join sources s on s.id = h.source_id"""


VIEWS["health"] = health_sql()

# The operators' reminders page: per notify run and channel kind, subscriptions on that channel
# now and messages sent / failed (never a channel URL or token).
VIEWS["reminder_report"] = """
select d.started, d.today, d.channel,
       (select count(*) from subscriptions s where s.channel like d.channel || '://%') as subscriptions_now,
       d.subscriptions, d.sent, d.failed, d.retries, d.interrupted, d.last_error, d.run_id
from deliveries d"""
VIEWS["subscription_summary"] = """
select substr(channel, 1, instr(channel, '://') - 1) as channel, count(*) as subscriptions,
       max(created) as newest, max(last_notified) as last_notified
from subscriptions group by 1"""

NOTICE_INDEXES = (
    ["province"], ["exam"], ["kind"], ["year"], ["published"], ["source_id"],
    ["window_start", "window_end"], ["duplicate_of"],
    ["window_end"],  # the feed's status filters and counts (db/feed.py)
    ["province", "exam", "year", "kind", "batch"],  # the event key: copies are grouped per key (db/dedupe.py)
    ["source_id", "published"],  # a source's newest dates, for its health (db/health.py)
    # a source's archived pages joined to their notices when its crawl starts (db/crawl_state.py
    # archived_pages): without it every archived page scanned the whole table (a re-crawl of a
    # source of 47 pages over 9,300 notices: 0.58 s; 1,000 sources over 100,000 notices: hours)
    ["url"],
)

# Notices written since the last closing step: db/dedupe.py regroups only their event keys. Kept
# by triggers, so every writer (crawl, reparse, a test's plain insert) is seen; an update of
# duplicate_of alone (the grouping itself) is not a touch.
TABLES["copies_pending"] = ({"id": str}, "id")
# Indexes on tables other than notices (table, columns): the closing step reads each source's
# latest runs (db/health.py), which scanned every run of every source without this one; each
# crawled source reads its archived pages when it starts (db/crawl_state.py archived_pages),
# which scanned the whole `pages` table: 1,000 sources over a table growing to 100,000 pages
# cost the crawl's single core ~35 s (bench/crawl_scale.py).
OTHER_INDEXES = (("runs", ["source_id", "started"]), ("pages", ["source_id"]))
_GROUPED_BY = "title, body_text, published, window_start, window_end, province, exam, year, kind, batch, source_id"
# Not INSERT OR IGNORE: a trigger's conflict clause gives way to the outer statement's (INSERT OR REPLACE).
_PENDING = "INSERT INTO copies_pending (id) SELECT {0} WHERE NOT EXISTS (SELECT 1 FROM copies_pending WHERE id = {0})"
TRIGGERS = {
    "notices_pending_insert": f"AFTER INSERT ON notices BEGIN {_PENDING.format('new.id')}; END",
    "notices_pending_update": f"AFTER UPDATE OF {_GROUPED_BY} ON notices BEGIN {_PENDING.format('new.id')}; END",
    # a deleted canonical leaves copies that need another one
    "notices_pending_delete": "AFTER DELETE ON notices BEGIN INSERT INTO copies_pending (id) SELECT c.id FROM notices c "
                              "WHERE c.duplicate_of = old.id AND c.id NOT IN (SELECT id FROM copies_pending); END",
}

# The feed's counts (`feed_counts`, db/feed.py) are kept per key (province, city, exam, kind):
# triggers mark the keys a write may have moved (a notice's old and new key), and the closing step
# recounts those keys only, so its cost follows the notices a run touched, not the table.
TABLES["feed_counts_dirty"] = ({"id": str, "province": str, "city": str, "exam": str, "kind": str}, "id")
_COUNTED = "province, city, exam, kind, duplicate_of, window_start, window_end"


def _mark_key(row: str) -> str:
    """SQL marking `row`'s (new. or old.) key dirty; the id is db/feed.py's count_key in SQL."""
    key = " || char(31) || ".join(f"coalesce({row}.{c}, char(0))" for c in ("province", "city", "exam", "kind"))
    return (f"INSERT INTO feed_counts_dirty (id, province, city, exam, kind) SELECT {key}, {row}.province, "
            f"{row}.city, {row}.exam, {row}.kind WHERE NOT EXISTS (SELECT 1 FROM feed_counts_dirty WHERE id = {key})")


TRIGGERS.update({
    "feed_counts_insert": f"AFTER INSERT ON notices BEGIN {_mark_key('new')}; END",
    "feed_counts_update": f"AFTER UPDATE OF {_COUNTED} ON notices BEGIN {_mark_key('old')}; {_mark_key('new')}; END",
    "feed_counts_delete": f"AFTER DELETE ON notices BEGIN {_mark_key('old')}; END",
})

# A notice about several exams (`关于领取社会工作者、监理工程师…等资格证书的通知`, exam null) is
# found under each of them: `notice_exams` holds one row per such notice and exam named in its
# `exams`, kept by triggers so every writer is seen, and the exam filters read `exam_filter_sql`.
TABLES["notice_exams"] = ({"id": str, "notice_id": str, "exam": str}, "id")
OTHER_INDEXES += (("notice_exams", ["exam", "notice_id"]), ("notice_exams", ["notice_id"]))
# Only notices without one exam get rows, and a notice under an exam's old name (`注册税务师`, `exams` naming `税务师` too)
# one for each other name: the filters read the table for those alone, and the feed's counts read all of it (a few
# notices, not one row per notice).
_LIST_EXAMS = ("DELETE FROM notice_exams WHERE notice_id = new.id; "
               "INSERT INTO notice_exams (id, notice_id, exam) SELECT DISTINCT new.id || char(31) || value, new.id, value "
               "FROM json_each(CASE WHEN json_valid(new.exams) THEN new.exams ELSE '[]' END) "
               "WHERE (new.exam IS NULL OR value != new.exam) AND type = 'text' AND value != '';")
TRIGGERS.update({
    "notice_exams_insert": f"AFTER INSERT ON notices BEGIN {_LIST_EXAMS} END",
    "notice_exams_update": f"AFTER UPDATE OF exam, exams ON notices BEGIN {_LIST_EXAMS} END",
    "notice_exams_delete": "AFTER DELETE ON notices BEGIN DELETE FROM notice_exams WHERE notice_id = old.id; END",
})


def exam_filter_sql(alias: str = "n", param: str = ":exam") -> str:
    """SQL true when notice `alias` is about the exam in `param`: its one exam, one of several, or the exam an old name
    it is stored under stands for now (`notice_exams`)."""
    return f"({alias}.exam = {param} or {alias}.id in (select notice_id from notice_exams where exam = {param}))"
