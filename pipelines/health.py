"""Per-source health read from a crawler's stats: the checks, the findings, the verdict.

One definition of each check and threshold lives here. The Spidermon monitors (crawler/monitors.py)
run these checks at the close of every source's crawl and record what failed in the stats
(`notices/monitor/<check>`); `source_status` reads those findings back (or runs the checks itself
when Spidermon did not run), so the run row, the summary line, the exit code and the alerts all
say the same thing. The silence check needs the database's history and is defined in db/health.py.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


def error_count(stats: dict) -> int:
    """Errors of this crawl alone.

    Scrapy's `log_count/ERROR` cannot be used: with several crawlers in one process every
    crawler's log counter sees every crawler's records. Each error we log produces a reject, so
    rejects, pages kept because the new fetch read worse (each also a reject row) and uncaught
    spider exceptions count exactly this source's errors.
    """
    return sum(int(stats.get(key, 0) or 0)
               for key in ("notices/rejects", "notices/kept_previous", "spider_exceptions/count"))


# Verdicts, worst first. `silent`: the crawl worked but the source has published nothing new for
# much longer than usual (db/health.py); it fails `notices crawl` like `failed` does.
OK, DEGRADED, SILENT, FAILED = "ok", "degraded", "silent", "failed"
SEVERITY = {FAILED: 3, SILENT: 2, DEGRADED: 1, OK: 0}
# More errors than this in one source's crawl fail it (NOTICES_MAX_ERRORS overrides).
MAX_ERRORS = 20
# HTTP answers that mean "not for crawlers": any one fails the source (never retried past the limit).
BLOCKED_CODES = (403, 412, 429)
# Field coverage of the certificate notices stored in one crawl: below these shares the parser or
# the normalizer lost a field (a changed detail page). Judged from MIN_COVERAGE_SAMPLE notices on.
FIELD_COVERAGE = {"province": 0.8, "exam": 0.5, "published": 0.9}
MIN_COVERAGE_SAMPLE = 5
# The checks, in the order a cause is chosen (the first finding of the worst severity).
CHECKS = ("http_codes", "list_rows", "finish_reason", "errors", "field_coverage", "pager", "silent")
MONITOR_PREFIX = "notices/monitor/"
MONITOR_RAN = "notices/monitor_ran"


@dataclass(frozen=True)
class Finding:
    check: str  # one of CHECKS
    severity: str  # FAILED | SILENT | DEGRADED
    detail: str  # what an operator reads first
    evidence: str = ""  # the URL that shows it (a list page, the start page)


def _int(stats: dict, key: str) -> int:
    return int(stats.get(key, 0) or 0)


def _evidence(stats: dict, check: str) -> str:
    return stats.get(f"notices/evidence/{check}") or stats.get("notices/evidence/start") or ""


def check_http_codes(stats: dict) -> Finding | None:
    """403 / 412 / 429 (anti-bot or rate limit) fail the source; 5xx left after retries degrade it."""
    blocked = sorted(k.rsplit("/", 1)[1] for k in stats if k.startswith("notices/blocked/"))
    if blocked:
        return Finding("http_codes", FAILED, f"blocked: HTTP {', '.join(blocked)} (anti-bot or rate limit)",
                       _evidence(stats, "http_codes"))
    server = sorted(k.rsplit("/", 1)[1] for k in stats if k.startswith("notices/http_error/5"))
    if server:
        return Finding("http_codes", DEGRADED, f"server errors: HTTP {', '.join(server)} after retries",
                       _evidence(stats, "http_codes"))
    return None


def check_list_rows(stats: dict) -> Finding | None:
    """Nothing listed (a dead site, a network failure, a changed list layout): failed."""
    if _int(stats, "notices/list_rows_seen") or any(k.startswith("notices/blocked/") for k in stats):
        return None  # rows seen, or already explained by the blocked answer
    cause = stats.get("notices/cause/list") or ("no list rows (layout changed?)" if stats.get("notices/list_empty")
                                               else "nothing listed")
    return Finding("list_rows", FAILED, f"no list rows: {cause}", _evidence(stats, "list_rows"))


def check_finish_reason(stats: dict) -> Finding | None:
    finish = stats.get("finish_reason", "finished")
    if finish != "finished":
        return Finding("finish_reason", FAILED, f"crawl ended early: {finish}", _evidence(stats, "finish_reason"))
    return None


def check_errors(stats: dict, max_errors: int = MAX_ERRORS, explained: bool = False) -> Finding | None:
    """More than `max_errors` fail the source; fewer degrade it unless another check explains them."""
    errors = error_count(stats)
    if errors > max_errors:
        return Finding("errors", FAILED, f"{errors} errors (more than {max_errors})", _evidence(stats, "errors"))
    if errors and not explained:
        return Finding("errors", DEGRADED, f"{errors} errors", _evidence(stats, "errors"))
    return None


def check_field_coverage(stats: dict, fields: dict[str, float] = FIELD_COVERAGE) -> Finding | None:
    """Share of stored certificate notices with each field, against its threshold: degraded below."""
    stored = _int(stats, "notices/stored")
    if stored < MIN_COVERAGE_SAMPLE:
        return None
    low = [name for name, share in fields.items() if _int(stats, f"notices/fields/{name}") < share * stored]
    if low:
        shares = ", ".join(f"{name} {_int(stats, f'notices/fields/{name}') / stored:.0%} < {fields[name]:.0%}"
                           for name in low)
        return Finding("field_coverage", DEGRADED, f"field coverage: {shares} of {stored} notices",
                       _evidence(stats, f"field_coverage/{low[0]}"))
    return None


def check_pager(stats: dict) -> Finding | None:
    """A list page without its family's pager: the rest of the list was not read."""
    if _int(stats, "notices/pagination/not_found"):
        return Finding("pager", DEGRADED, "pager not found: the list was not read past this page",
                       _evidence(stats, "pager"))
    return None


def coverage_fields(stats: dict) -> dict[str, float]:
    """The coverage thresholds for a source: a national one (the spider sets `notices/national`)
    publishes notices that name no province."""
    return {k: v for k, v in FIELD_COVERAGE.items() if not (stats.get("notices/national") and k == "province")}


def crawl_findings(stats: dict, max_errors: int = MAX_ERRORS) -> list[Finding]:
    """Every failed check of one source's crawl (not silence: that needs the database), in CHECKS order."""
    found = [check_http_codes(stats), check_list_rows(stats), check_finish_reason(stats)]
    found += [check_field_coverage(stats, coverage_fields(stats)), check_pager(stats)]
    # Errors are the catch-all: a few errors another check already names add nothing.
    found.append(check_errors(stats, max_errors, explained=any(found)))
    return sorted((f for f in found if f), key=lambda f: CHECKS.index(f.check))


def recorded_findings(stats: dict) -> list[Finding]:
    """The findings Spidermon's monitors recorded in the stats (crawler/monitors.py)."""
    found = [Finding(**value) for key, value in stats.items() if key.startswith(MONITOR_PREFIX)]
    return sorted(found, key=lambda f: CHECKS.index(f.check) if f.check in CHECKS else len(CHECKS))


def set_once(stats, key: str, value) -> None:
    """Keep the first value of a stat in a Scrapy stats collector (the first URL that showed a problem)."""
    if not stats.get_value(key):
        stats.set_value(key, value)


def record_finding(stats, finding: Finding) -> None:
    """Keep a monitor's failure in a Scrapy stats collector (one per check: a repeat replaces it)."""
    stats.set_value(MONITOR_PREFIX + finding.check, asdict(finding))


def findings_of(stats: dict, max_errors: int = MAX_ERRORS) -> list[Finding]:
    """Spidermon's findings when its monitors ran, else the crawl checks run here."""
    return recorded_findings(stats) if stats.get(MONITOR_RAN) else crawl_findings(stats, max_errors)


def verdict_of(findings: list[Finding]) -> tuple[str, str]:
    """(status, cause): the worst severity, and the first finding of it."""
    if not findings:
        return OK, ""
    worst = max(findings, key=lambda f: SEVERITY[f.severity])  # max keeps the first of equals
    return worst.severity, worst.detail


def fails_command(severity: str, fail_on: str = FAILED) -> bool:
    """Whether a verdict fails `notices crawl --fail-on` (failed: failed and silent; degraded: any
    problem; never: none). The same rule picks which findings send an alert."""
    floor = {FAILED: SEVERITY[SILENT], DEGRADED: SEVERITY[DEGRADED]}.get(fail_on)
    return floor is not None and SEVERITY[severity] >= floor


def source_status(stats: dict, max_errors: int = MAX_ERRORS) -> tuple[str, str]:
    """(status, cause) of one source's crawl.

    failed: nothing listed (a dead site, a network failure, a changed layout), an anti-bot or
    rate-limit answer, a crawl that did not finish normally, or more errors than `max_errors`;
    silent: nothing new for much longer than the source's usual interval; degraded: some errors,
    server errors, a missing pager or low field coverage; ok: none. The cause names what an
    operator looks at first.
    """
    return verdict_of(findings_of(stats, max_errors))
