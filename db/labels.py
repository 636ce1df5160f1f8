"""How a notice and a subscription read to a candidate, in Chinese: one place for the labels the
reminder messages (crawler/reminders.py), the calendar events (db/plugin/calendar.py) and the
unsubscribe page (db/plugin/unsubscribe.py) print."""

from __future__ import annotations

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
