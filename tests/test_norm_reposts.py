"""Reposts, moved deadlines and look-alikes: classes found by independent probe writers (ninth session,
tests/data/probes/README.md) and fixed as classes. Every case failed on the session's starting code,
except the guards marked so.

Every sentence here was written for this file: none is copied from the shared dev set or from
tests/data/real_notices, and one that follows the shape of a probe text says it in other words.
"""

from __future__ import annotations

import pytest

from pipelines.normalize import normalize_record
from pipelines.spacing import close_spaced_words
from pipelines.spam import drop_spam
from pipelines.text import split_title


def _norm(text: str, **more) -> dict:
    return normalize_record({"text": text, **more})


# --- a training site's advertisement before the title -------------------------------------------
@pytest.mark.parametrize("ad", [
    "★★ 会计押题密卷 免费领 ★★ 点击咨询",
    "加V领取审计师真题 vx:abc123",
    "限时领取真题资料包 点击进入",
])
def test_an_advertisement_line_is_dropped_before_the_title(ad):
    text = ad + "\n宜春市2024年度初级会计资格证书领取安排\n请于2025年3月10日至3月21日到市财政局领取。"
    out = _norm(text)
    assert out["title"] == "宜春市2024年度初级会计资格证书领取安排"
    assert (out["is_cert_notice"], out["window_start"], out["window_end"]) == (True, "2025-03-10", "2025-03-21")


@pytest.mark.parametrize("widget", ["免费预约短信提醒 免费下载", "考试提醒:免费预约 短信通知", "预约短信提醒>>"])
def test_a_reminder_sign_up_is_no_fee(widget):
    text = "2025年某省监理工程师证书领取通知\n" + widget + "\n请于11月3日至11月20日到省人事考试中心领取。"
    out = _norm(text)
    assert (out["fee"], out["place"], out["window_start"]) == (None, ["省人事考试中心"], "2025-11-03")


def test_a_notice_that_texts_candidates_keeps_its_line():
    # a guard: the notice's own `短信提醒` names no sign-up
    line = "证书到达后将以短信提醒考生到市人事考试中心领取"
    assert drop_spam("关于领取证书的通知\n" + line) == "关于领取证书的通知\n" + line


def test_a_sentence_offering_certificates_free_is_no_advertisement():
    # a guard: `免费领取证书` is the notice's own
    assert drop_spam("证书工本费全免,考生可免费领取证书。") == "证书工本费全免,考生可免费领取证书。"


# --- look-alikes: certificates won by review, recognition or attendance ------------------------------
@pytest.mark.parametrize("title", [
    "关于领取2024年度中学教师职称证书的通知",
    "关于领取2025年度正高级工程师职称证书的通知",
    "关于发放2024年度初级职称考核认定证书的通知",
    "关于领取财会人员岗位培训结业证书的通知",
    "关于发放2025年度消防安全管理人培训合格证的通知",
])
def test_review_and_training_certificates_are_look_alikes(title):
    out = _norm(title + "\n请各单位于3月20日前到局人事科统一领取。")
    assert (out["is_cert_notice"], out["kind"]) == (False, "other")


@pytest.mark.parametrize("title", [
    # guards: a 职称 named by its exam's field, or won by a 职称考试, is one of ours
    "关于领取2024年度初级会计职称证书的通知",
    "关于做好职业(职称)资格考试合格证书发放工作的通知",
])
def test_exam_based_titles_stay_notices(title):
    assert _norm(title)["is_cert_notice"] is True


# --- the publication day in a repost's header ------------------------------------------------------
@pytest.mark.parametrize("text, published", [
    ("[2025-03-03] 关于2024年度经济专业技术资格证书领取的通知\n证书已到,即日起至3月28日领取。", "2025-03-03"),
    ("景德镇市2024年度初级会计资格证书发放安排  时间:2025-03-05\n| 区县 | 领取时间 |\n| 珠山区 | 3月10日-3月14日 |",
     "2025-03-05"),
    ("2025年第一批补办证书领取通知\n补办的证书已到,请于3月10日至3月21日领取。\n发布:2025-03-04", "2025-03-04"),
    ("鹰潭 2024年度中级会计证书领取延期\n原截止时间为3月31日,现延期至2025年4月30日。\n时间:2025-03-27 来源:鹰潭市财政局",
     "2025-03-27"),
])
def test_published_in_repost_headers(text, published):
    assert _norm(text)["published"] == published


def test_a_title_carrying_its_stamp_is_still_the_title():
    title, body = split_title("某市2024年度会计证书发放安排  时间:2025-03-05\n| 区县 | 领取时间 |")
    assert title.startswith("某市2024年度会计证书发放安排") and body == "| 区县 | 领取时间 |"


def test_the_end_of_a_period_in_a_title_is_no_publication_day():
    out = _norm("萍乡市2024年度一级建造师资格证书领取时间延期至2025年4月30日")
    assert (out["published"], out["window_end"]) == (None, "2025-04-30")


# --- a deadline moved --------------------------------------------------------------------------------
@pytest.mark.parametrize("body, end", [
    ("原定于2025年3月31日截止的领取时间延期至2025年4月30日,领取地点不变。", "2025-04-30"),
    ("原领取截止时间为3月31日,现延长至2025年4月30日。", "2025-04-30"),
    # a guard: 原件 is no moved date
    ("请携带身份证原件于2025年4月1日至4月18日领取。", "2025-04-18"),
])
def test_a_moved_deadline_replaces_the_old_one(body, end):
    out = _norm("关于延长2024年度证书领取时间的通知\n发布日期:2025-03-25\n" + body)
    assert out["window_end"] == end


# --- a rule counted from the end of a publicity period ------------------------------------------------
def test_working_days_after_a_publicity_period_count_from_the_day_after_it():
    text = ("关于2024年度合格人员名单公示及证书领取的通知\n发布日期:2025-03-03\n公示期为2025年3月3日至3月7日。\n"
            "公示期满无异议的,请合格人员于公示期满后5个工作日内到市财政局领取证书。")
    out = _norm(text)
    assert (out["window_start"], out["window_end"], out["window_rule"]) == ("2025-03-08", "2025-03-14", "公示期满后5个工作日内")


def test_working_days_from_the_day_a_publicity_period_ends_count_that_day():
    # `自…期满之日起`: the period's last day is the day named, and the first day counts as day 1
    text = ("关于2024年度合格人员名单公示及证书领取的通知\n发布日期:2025-03-03\n公示期为2025年3月3日至3月7日。\n"
            "公示无异议的,请合格人员自公示期满之日起5个工作日内到市财政局领取证书。")
    out = _norm(text)
    assert (out["window_start"], out["window_end"]) == ("2025-03-07", "2025-03-13")


def test_a_rule_after_a_label_starts_at_its_event():
    text = "关于证书领取的通知\n领取时间为合格名单公示期满后10个工作日内,请留意后续安排。"
    assert _norm(text)["window_rule"] == "合格名单公示期满后10个工作日内"


# --- a pause inside a period --------------------------------------------------------------------------
def test_a_holiday_pause_is_not_the_window():
    text = ("关于领取证书的通知\n发布日期:2025-09-20\n即日起至10月24日,考生可到市考试院领取证书;"
            "国庆期间(10月1日—8日放假)暂停发放。")
    assert (_norm(text)["window_start"], _norm(text)["window_end"]) == ("2025-09-20", "2025-10-24")


# --- characters and words spaced apart ---------------------------------------------------------------
@pytest.mark.parametrize("text, closed", [
    ("抚 州 市 财 政 局 通 知", "抚州市财政局通知"),
    ("2 0 2 4 年 度 证 书", "2024年度证书"),
    ("请 于 4 月 7 日 到 市 局 领 取", "请于4月7日到市局领取"),
    ("持 身份证 原件 到 抚州市 财政局 一楼 领取", "持身份证原件到抚州市财政局一楼领取"),
    # guards: a header's date and time, a list of places, a flattened signature keep their spaces
    ("2025-04-16 09:15 来源", "2025-04-16 09:15 来源"),
    ("北京 上海 天津", "北京 上海 天津"),
    ("某市人事考试中心 2025年3月4日", "某市人事考试中心 2025年3月4日"),
])
def test_close_spaced_words(text, closed):
    assert close_spaced_words(text) == closed


# --- titles that announce, rulings, corrections, a rule counted from today ----------------------------
def test_a_title_announcing_the_collection_time_is_a_notice():
    out = _norm("可以领证了!2024年度经济专业技术资格证书领取时间公布", listed_date="2025-03-04")
    assert (out["is_cert_notice"], out["kind"]) == (True, "collection")


def test_a_ruling_on_cheating_is_no_certificate_notice():
    text = ("关于2024年度某考试违纪违规人员处理结果的公告\n发布时间:2025-03-06\n"
            "对违纪违规的考生作出处理,其中3人当次考试成绩无效,不予发放合格证书。")
    assert _norm(text)["is_cert_notice"] is False


def test_a_certificate_correction_is_a_reissue():
    out = _norm("关于2023年度二级建造师证书信息更正的通知\n信息有误的考生请于2024年9月2日至9月13日携带原证书办理更正换发。")
    assert (out["is_cert_notice"], out["kind"]) == (True, "reissue")


def test_working_days_from_today():
    text = "关于发放证书的通知\n发布时间:2024-05-13\n证书已到。自即日起15个工作日内,考生可携带身份证领取证书。"
    out = _norm(text)
    assert (out["window_start"], out["window_end"], out["window_rule"]) == ("2024-05-13", "2024-05-31", "自即日起15个工作日内")


def test_a_list_of_those_who_passed_put_up_is_no_certificate_notice():
    text = ("2024年度某资格考试合格人员名单公示\n2024-10-15\n现将合格人员名单予以公示,公示期为10月15日至10月21日。"
            "公示期满无异议的,按规定发放合格证书。")
    assert _norm(text)["is_cert_notice"] is False


def test_degree_english_is_a_look_alike():
    out = _norm("2024年学位英语考试合格证书领取通知\n请合格考生于6月27日到学院办公室领取。")
    assert (out["is_cert_notice"], out["exam"]) == (False, "学位英语")


def test_a_day_typed_with_yue():
    out = _norm("证书领取通知\n发布时间:2015-01-13\n请考生于2015年1月19曰至1月23曰到市人事考试中心领取证书。")
    assert (out["window_start"], out["window_end"]) == ("2015-01-19", "2015-01-23")


def test_a_rule_from_an_undated_publicity_does_not_count_from_the_header():
    # the header's date is the notice's day, not the 公示's: the rule has no day to count from
    text = "某省2024年度证书领取公告\n2025-02-03\n合格人员自合格人员名单公示结束之日起20个工作日内,到报名地人事考试机构领取证书。"
    out = _norm(text)
    assert (out["window_start"], out["window_end"]) == (None, None) and out["window_rule"]


def test_a_masthead_above_the_title_is_not_the_title():
    out = _norm("上饶市人事考试中心\n2025年度监理工程师职业资格证书发放通知\n证书已到,请于2026年3月2日起到中心领取。")
    assert out["title"] == "2025年度监理工程师职业资格证书发放通知"
    assert (out["is_cert_notice"], out["exam"], out["city"], out["agency"]) == (True, "监理工程师", "上饶市", "上饶市人事考试中心")
