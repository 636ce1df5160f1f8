"""What the dates of one text say about its collection window, gathered date by date by `pipelines/window.py`, and the
window they make: the union of the periods, widened by lone starts and deadlines, `即日起` on the publication day.
(Split from `pipelines/window.py`, which was past 300 lines.)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass
class Found:
    """What the dates of one text say about the window, gathered date by date."""

    starts: list[dt.date] = field(default_factory=list)
    ends: list[dt.date] = field(default_factory=list)
    from_now_ends: list[dt.date] = field(default_factory=list)  # `即日起至X`: X
    open_starts: list[dt.date] = field(default_factory=list)  # `X起`, `X后`: no end given
    deadlines: list[dt.date] = field(default_factory=list)  # lone ends (`X前`, `截止X`) that close an open start
    from_now_open: bool = False  # `即日起` with no end
    month_opens: list[dt.date] = field(default_factory=list)  # `6月起` (no day): the 1st, for open_ended only
    rule_starts: list[dt.date] = field(default_factory=list)  # `X起…实行`: an open start when nothing else starts
    posted: list[dt.date] = field(default_factory=list)  # `X起…寄出`: an open start when no period is given
    row_opens: list[dt.date] = field(default_factory=list)  # open starts of a row of their own (`row_opens`)
    no_end: bool = False  # a channel the text says stays open (`STAYS_OPEN`)

    def any(self) -> bool:
        return bool(self.starts or self.ends or self.open_starts or self.from_now_ends or self.from_now_open or self.posted)

    def window(self, published: dt.date | None) -> tuple[str | None, str | None]:
        # A start with no end on the day a period starts is that period written short (a repost's
        # title `…领取时间:12月7日起` over its body's `12月7日至12月18日`; the title's year may be read
        # otherwise): it leaves the period's end in place.
        # (Not one in a row of its own, a period on that day in another: `个人领证:5月5日起` beside `单位集体领证:…5月5日至5月30日`.)
        period_days = {(s.month, s.day) for s in self.starts}
        open_starts = [d for d in self.open_starts if (d.month, d.day) not in period_days or d in self.row_opens]
        if not self.starts and not self.from_now_ends:  # (a direct mail: certificates posted from a day, nothing applied for)
            open_starts += self.posted
        if not self.starts and not open_starts and not self.from_now_ends and not self.from_now_open:
            open_starts = list(self.rule_starts)
        starts, ends = [*self.starts, *open_starts], [*self.ends, *self.from_now_ends]
        # `即日起至X` opens on the publication day unless the text names a day a channel opens on before X, with no end of
        # its own (`自2月5日起…可以领取…即日起至5月31日`: the same channel): a period of another channel (`即日起至3月15日
        # 申请邮寄;3月1日至3月31日现场领取`, `即日起可下载电子证书;纸质证书3月16日至4月16日领取`), or one after X (`即日起至
        # 12月20日申请邮寄…1月6日后现场领取`), is a channel of its own, and the window is their union. A bare `即日起` alike.
        now_end = max(self.from_now_ends) if self.from_now_ends else None
        if published and ((now_end and not any(s <= now_end for s in open_starts)) or (self.from_now_open and not open_starts)):
            starts.append(published)
        # A channel that opens on a day and names no end (`1月19日起`, `自即日起`, `4月12日后
        # 到指定地点领取`) leaves the window open: no end, unless a deadline comes after its start
        # (`1月19日起…5月15日前`; a deadline before it, `12月20日前申请邮寄;1月6日后现场领取`, is
        # another channel's).
        closing = [*self.deadlines, *self.from_now_ends]
        # (a channel opening in a month after every period, `未申请邮寄的,6月起到…领取`, leaves it
        # open too; with no day named it gives no start; `3月起陆续制作…4月1日至18日` does not)
        later_months = [m for m in self.month_opens if all(m > e for e in [*self.ends, *self.from_now_ends])]
        latest_open = max([*open_starts, *later_months], default=None)
        open_ended = (latest_open is not None and not any(d >= latest_open for d in closing)) or (
            self.from_now_open and published is not None and not closing)
        if open_ended or self.no_end:
            ends = []
        start = min(starts).isoformat() if starts else None
        end = max(ends).isoformat() if ends else None
        if start and end and end < start:
            end = None
        return start, end


# A channel the text says stays open, past a period's end or with none (`…至12月31日可下载,逾期仍可下载`, `考生可长期通过…网
# 提交邮寄申请`): the window has no end. (Not a late collection, `逾期仍可到中心补领`, nor a certificate's validity, `长期有效`.)
STAYS_OPEN = re.compile(r"(?:逾期|过期)后?仍(?:然)?可(?:以)?(?:下载|打印)|可长期(?:通过|在|登录)?[^，。,;；\n]{0,16}?(?:申请|下载|打印)|长期(?:受理|开放)")


# A line that opens on an item's label: a group, a channel, a place (`个人领证:`, `梧州市 `, `3 徐州市 `, `| 南京 |`).
_ROW_LABEL = re.compile(r"[ \t　|]*(?:[\d一二三四五六七八九十]{1,2}[、.．)）]?[ \t　]*)?[^\s:：|，。,;；\d]{1,12}?(?:[:：|]|[ \t　])")


def row_opens(text: str, opens: list[tuple[int, dt.date]], periods: list[tuple[int, dt.date]]) -> list[dt.date]:
    """The days of `opens` (position, day: starts with no end) that stand in a labelled row of their own, below the title,
    while a period opening on the same day (`periods`, position and start) stands in another labelled row."""
    def row(at: int) -> tuple[int, bool]:
        start = text.rfind("\n", 0, at) + 1
        return start, start > 0 and bool(_ROW_LABEL.match(text, start, at))
    rows = [(row(at), d) for at, d in periods]
    out = []
    for at, day in opens:
        line, labelled = row(at)
        if labelled and any((d.month, d.day) == (day.month, day.day) and other and start != line for (start, other), d in rows):
            out.append(day)
    return out
