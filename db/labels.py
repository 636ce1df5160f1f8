"""How a notice and a subscription read to a candidate, in Chinese: one place for the labels the
reminder messages (crawler/reminders.py), the calendar events (db/plugin/calendar.py) and the
unsubscribe page (db/plugin/unsubscribe.py) print."""

from __future__ import annotations

import json
from datetime import date

# The `kind` codes stored by pipelines/kind.py.
KIND_LABELS = {"collection": "证书领取", "reissue": "证书补办", "electronic": "电子证书", "other": "其他"}
# A subscription's filter fields (the Atom feed's parameters), in the order they are told.
FILTER_LABELS = (("province", "省份"), ("city", "城市"), ("exam", "考试"), ("kind", "类型"), ("q", "关键词"))


def parse_day(value) -> date | None:
    """The date a stored YYYY-MM-DD… value names, or None (empty or unreadable)."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def place(row: dict) -> str:
    """Province and city of a notice, or 全国 for a national one."""
    return "".join(p for p in (row.get("province"), row.get("city")) if p) or "全国"


def describe_filter(row: dict) -> str:
    """What a subscription follows: `省份 河南省，考试 监理工程师`."""
    return "，".join(f"{label} {row[key]}" for key, label in FILTER_LABELS if row.get(key)) or "全部通知"

# What the candidates' pages (db/plugin/pages.py) print for the codes they show; the JSON beside
# each page keeps the codes and carries these labels next to them.
STATUS_LABELS = {"upcoming": "未开始", "open": "办理中", "closed": "已结束", "unknown": "未注明时间"}
SOURCE_KIND_LABELS = {"official": "官方", "aggregator": "转载"}
MODE_LABELS = {"on_site": "现场领取", "mail": "邮寄", "online": "网上办理", "electronic": "电子证书"}
FIELD_LABELS = {
    "q": "关键词", "province": "省份", "city": "城市", "exam": "考试", "kind": "类型", "status": "状态",
    "batch": "批次", "level": "级别", "specialty": "专业", "window": "办理时间", "published": "发布日期",
    "place": "领取地点", "materials": "所需材料", "phone": "咨询电话", "mode": "办理方式", "fee": "费用",
    "deadline_rule": "逾期规定", "agency": "发布机构", "attachments": "附件", "copies": "转载",
}


def days_between(first, last) -> int | None:
    """Whole days from `first` to `last` (YYYY-MM-DD values), or None when either is missing."""
    start, end = parse_day(first), parse_day(last)
    return (end - start).days if start and end else None


# How a window and the days left read to a candidate, in one place for every page, feed and message
# that shows them (the notice page, the cards, the board, the Atom feed, the calendar, reminders): a
# missing date is said in words (`2026-10-26 起（截止日期未注明）`), never a `?`, and the last days as
# a candidate says them (`今天截止`, not `还剩 0 天`).
def window_phrase(window_start, window_end) -> str:
    """`2026-11-20 至 2026-12-31`, `2026-11-20 起（截止日期未注明）`, `至 2026-12-31（开始日期未注明）`,
    or '' (the notice gave no dates: each page says that in its own words)."""
    if window_start and window_end:
        return f"{window_start} 至 {window_end}"
    if window_start:
        return f"{window_start} 起（截止日期未注明）"
    return f"至 {window_end}（开始日期未注明）" if window_end else ""


def days_phrase(status, window_start, window_end, today: str) -> str:
    """What is left of a window on `today`: `今天截止`, `明天截止`, `还剩 N 天`, `明天开始`, `N 天后开始`,
    or '' (closed, no dates, or an open window without an end: there is no count to give)."""
    if status == "open":
        left = days_between(today, window_end)
        if left is None or left < 0:
            return ""
        return {0: "今天截止", 1: "明天截止"}.get(left, f"还剩 {left} 天")
    if status == "upcoming":
        to_start = days_between(today, window_start)
        if to_start is None or to_start <= 0:
            return ""
        return "明天开始" if to_start == 1 else f"{to_start} 天后开始"
    return ""


def exams_text(exam: str | None, exams) -> str:
    """The exam, or the several a notice is about (`exams`, a list or its JSON), as one line."""
    if exam:
        return exam
    if isinstance(exams, str):
        try:
            exams = json.loads(exams)
        except ValueError:
            return ""
    return "、".join(e for e in exams or () if isinstance(e, str)) if isinstance(exams, list) else ""
