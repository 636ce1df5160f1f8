"""Windows in notices that offer two channels, or write their dates the way a copied page does:
classes found by independent probe writers (tests/data/probes/README.md, ninth session) and fixed as
classes. Every case here failed on the session's starting code, except the guards marked so.

Every sentence here was written for this file: none is copied from the shared dev set or from
tests/data/real_notices, and one that follows the shape of a probe text says it in other words.
"""

from __future__ import annotations

import pytest

from pipelines.dates import tokens
from pipelines.normalize import normalize_record
from pipelines.numerals import close_spaced_dates
from pipelines.spam import drop_spam
from pipelines.window import collection_window
from pipelines.window_rule import find_rule, rule_window

HEAD = "关于领取2024年度中级会计专业技术资格证书的通知\n发布时间:2025-03-20 09:00\n"


def _window(body: str, head: str = HEAD) -> tuple[str | None, str | None]:
    out = normalize_record({"text": head + body})
    assert out["is_cert_notice"], body
    return out["window_start"], out["window_end"]


CHANNELS = [
    # a dated mailing period, then a channel opening in a month with no day: the window stays open
    ("请于2025年3月24日至4月11日在“某市财会”公众号登记邮寄地址。\n未登记的,5月起可到区财政局领取。", "2025-03-24", None),
    ("邮寄申请期为3月24日至4月11日;逾期未申请的,证书于2025年5月后在市考试中心现场发放。", "2025-03-24", None),
    # ... but a month named before the period's end does not reopen it (a guard)
    ("3月起陆续制作,领取时间为2025年4月1日至4月18日。", "2025-04-01", "2025-04-18"),
    # `X后未领取的…`: what happens to certificates left, not a channel opening on X
    ("即日起至2025年4月30日到市人社局领取。2025年4月30日后未领取的证书统一退回省中心。", "2025-03-20", "2025-04-30"),
    # an admission ticket to bring is a material, not a ticket date
    ("请考生携带身份证原件和准考证于2025年3月24日至4月3日到市考试中心领取。", "2025-03-24", "2025-04-03"),
    ("凭准考证和身份证于3月24日至4月3日领取证书。", "2025-03-24", "2025-04-03"),
    # ... and after the period (a guard: it was read so before the words after a date were read whole)
    ("即日起至4月3日,考生可持准考证和身份证到市考试中心领取。", "2025-03-20", "2025-04-03"),
    # words after a date are read whole: `报名所在地`, `报名考点` are places
    ("自2025年3月24日起到考生报名所在地财政局领取。", "2025-03-24", None),
    ("请考生于2025年3月24日后到原报名考点领取证书。", "2025-03-24", None),
    # an e-certificate service that opened on a day
    ("电子证书已于2025年3月24日开放下载,考生可登录平台自行打印。", "2025-03-24", None),
    # a line naming an account and a day is the notice's own, not an advertisement
    ("考生须于2025年3月24日至4月11日登录“某某人事考试”微信公众号填写邮寄信息。", "2025-03-24", "2025-04-11"),
    # digits split by spaces in a copied page
    ("证书领取时间:202 5年3月 2 4日至4月1 1日", "2025-03-24", "2025-04-11"),
    ("邮寄申请时间为2025 3 24至2025 4 11,逾期请现场领取。", "2025-03-24", "2025-04-11"),
    # a year glued to a month-day whose 年 and 月 were lost
    ("领取时间:自2025324日起。", "2025-03-24", None),
    # the registration system used to apply for mailing is a tool, not a registration period
    ("现场领取:3月31日至4月11日;邮寄:3月24日至4月3日登录报名服务平台提交申请。", "2025-03-24", "2025-04-11"),
    # a day after which uncollected certificates are destroyed opens no channel
    ("请于3月24日至4月11日领取,逾期未领取的证书于2025年9月1日后统一销毁。", "2025-03-24", "2025-04-11"),
    # ... with one digit each for month and day; a run with two readings (`2025125日`) is no date
    ("合格人员自202537日起持身份证到市考试中心领证。", "2025-03-07", None),
    ("证书发放时间:202539日至328日。", "2025-03-09", "2025-03-28"),
    ("证书于2025125日前寄出。", None, None),
    # working days counted from a named day (4 April 2025 is 清明, a holiday)
    ("请考生自2025年3月24日起10个工作日内到报名地人社局领取。", "2025-03-24", "2025-04-07"),
]


@pytest.mark.parametrize("body, start, end", CHANNELS)
def test_channels_and_copied_dates(body, start, end):
    assert _window(body) == (start, end)


# Guards: a channel still open is kept open only by a later month; the same notices without the
# fallback channel close on the period's end.
@pytest.mark.parametrize("body, end", [
    ("请于2025年3月24日至4月11日在“某市财会”公众号登记邮寄地址。", "2025-04-11"),
    ("邮寄申请期为3月24日至4月11日。", "2025-04-11"),
])
def test_without_a_later_channel_the_period_closes(body, end):
    assert _window(body)[1] == end


@pytest.mark.parametrize("text, dates", [
    ("202 5年3月 2 4日", ["2025-03-24"]),
    ("2025 3 24至2025 4 11", ["2025-03-24", "2025-04-11"]),
    # not dates (guards): a phone number, a list number before a year, a time after a date
    ("电话0571 88886666", []),
    ("第1 2025年度", []),
    ("2025-03-24 09:15 来源", ["2025-03-24"]),
    # numbers that would not be a month or a day stay apart
    ("3 4月", []),
])
def test_close_spaced_dates(text, dates):
    assert [t.date.isoformat() for t in tokens(close_spaced_dates(text), 2025)] == dates


def test_a_spam_line_without_a_day_is_still_dropped():
    text = "证书领取通知\n关注微信公众号“某某教育”获取更多资料\n请于3月24日至4月11日登录某某微信公众号申请邮寄。"
    kept = drop_spam(text).splitlines()
    assert kept == ["证书领取通知", "请于3月24日至4月11日登录某某微信公众号申请邮寄。"]


@pytest.mark.parametrize("raw, rule", [
    ("请考生自2025年3月24日起10个工作日内到报名地人社局领取。", "自2025年3月24日起10个工作日内"),
    ("请于3月24日起5个工作日内领取", "3月24日起5个工作日内"),
    # a guard: a delivery time after an application is still no window
    ("申请成功后10个工作日内寄出", None),
])
def test_rule_from_a_named_day(raw, rule):
    found = find_rule(raw)
    assert (found.text if found else None) == rule


def test_rule_from_a_named_day_without_year_takes_the_publication_year():
    raw = "请于3月24日起10个工作日内领取证书。"
    assert rule_window(raw, raw, "2025-03-20")[1:] == ("2025-03-24", "2025-04-07")


def test_month_opening_reads_the_year_of_the_date_before_it():
    # no publication day; the exam year (2024) is named first, the period is in 2025
    text = "2024年度证书邮寄\n邮寄申请自2025年5月6日起,截止2025年5月23日。\n未申请的,6月起到窗口领取。"
    assert collection_window(text, None) == ("2025-05-06", None)


# --- a period written twice: short (`X起`) and whole (`X至Y`) ------------------------------------
@pytest.mark.parametrize("text, start, end", [
    # a repost's title gives the start only, its body the whole period: the period stands
    ("2026湖南审计师证书领取时间:11月9日起\n2025年度审计专业技术资格证书于2026年11月9日至11月27日在省考试中心发放。",
     "2026-11-09", "2026-11-27"),
    ("2025年度一级造价工程师证书自2026年3月2日起发放,考生可于3月2日至3月31日到市考试院领取。", "2026-03-02", "2026-03-31"),
    # a guard: a start on another day, with no end, is another channel that leaves the window open
    ("2025年度一级造价工程师证书可于2026年3月2日至3月31日邮寄申请;4月7日起到市考试院现场领取。", "2026-03-02", None),
])
def test_a_start_on_a_periods_first_day_is_that_period(text, start, end):
    out = normalize_record({"text": text})
    assert (out["window_start"], out["window_end"]) == (start, end)


@pytest.mark.parametrize("text, year", [
    # a title's year of writing, the body's exam year the one before, said as such (年度)
    ("2026湖南审计师证书领取时间:11月9日起\n2025年度审计专业技术资格证书于2026年11月9日至11月27日发放。", 2025),
    ("某市人事考试中心2026年3月份证书发放(第1批)\n2025年度一级造价工程师证书已到,请于3月9日至3月20日领取。", 2025),
    # guards: the title says 年度 itself, or the body's year is no year before
    ("2026年度审计师证书领取通知\n2025年度审计专业技术资格证书于2026年11月9日起发放。", 2026),
    ("2026湖南审计师证书领取时间:11月9日起\n2023年度审计专业技术资格证书于2026年11月9日起发放。", 2026),
])
def test_a_body_naming_the_exam_year_before_the_titles_year_gives_it(text, year):
    assert normalize_record({"text": text})["year"] == year
