"""Collection windows, session 24: classes found among the probe texts the window reader missed (tests/data/probes,
sets named in each group), each seen in two texts or more, fixed as classes. Every case failed on the session's starting
code, except the guards marked so.

Every sentence here was written for this file: none is copied from the shared dev set, from tests/data/real_notices
or from the probes.
"""

from __future__ import annotations

import pytest

from pipelines.normalize import normalize_record

HEAD = "关于领取2025年度经济专业技术资格证书的通知\n发布时间:2026-03-02 09:30\n"


def _window(body: str, head: str = HEAD) -> tuple[str | None, str | None]:
    out = normalize_record({"text": head + body})
    assert out["is_cert_notice"], body
    return out["window_start"], out["window_end"]


# --- certificates not collected in their period, collected later ------------------------------------------------
# (probes p038, y005, f001, i018, i021, k025, l032, n048, o027, q182, o097, r087, r133, o053, q379: the labels end the
# window on the period's end; those who did not apply for mail have a channel of their own, which stays open: guards)
LATE = [
    ("请合格人员于3月9日至3月20日到市人事考试中心领取证书。逾期未领取的,可于2026年5月起每周二到中心补领。",
     "2026-03-09", "2026-03-20"),
    ("领证时间:2026年3月9日至3月20日。因故未能按时领取的,请于4月7日后到市人社局服务大厅领取。", "2026-03-09", "2026-03-20"),
    ("证书于3月9日至3月20日在区政务中心发放;未能在上述时间内领取的,可在2026年9月30日前到区财政局补领。",
     "2026-03-09", "2026-03-20"),
    ("集中发放:3月9日至3月20日。无法在集中发放期间领取者,6月1日起到考试中心档案室补领。", "2026-03-09", "2026-03-20"),
    # guards: a notice about certificates left over has only those dates; a channel for those who did not apply for mail
    ("2023年度及以前年度尚未领取证书的考生,请于2026年3月9日起持身份证到市人事考试中心领取。", "2026-03-09", None),
    ("请于3月9日至3月20日登录网站申请邮寄;未申请邮寄的考生,可于4月起到市人事考试中心领取。", "2026-03-09", None),
]


@pytest.mark.parametrize("body, start, end", LATE)
def test_a_late_collection_is_no_part_of_the_window(body, start, end):
    assert _window(body) == (start, end)


# --- certificates posted out after an application period (probe a021, dev rn0479); a direct mail (a guard) -------
@pytest.mark.parametrize("body, start, end", [
    ("请于2026年3月9日至3月20日登录省人事考试网提交邮寄申请;证书于3月27日起统一寄出。", "2026-03-09", "2026-03-20"),
    ("邮寄申请时间:3月9日至3月20日。证书将于3月25日后陆续寄送,请保持电话畅通。", "2026-03-09", "2026-03-20"),
    # a guard: the certificates are posted to every candidate, nothing to apply for
    ("证书将于2026年3月16日起通过邮政EMS寄送至考生报名时填写的地址,考生无需申请。", "2026-03-16", None),
])
def test_a_posting_after_an_application_period(body, start, end):
    assert _window(body) == (start, end)


# --- deadlines that close no candidate's window ---------------------------------------------------------------------
DEADLINES = [
    # a channel offered on request, beside one open from a day (probes j055, p190, q331, q050)
    ("考生自2026年3月9日起持身份证到市人事考试中心领取证书。如需邮寄,请于3月31日前在“某市人社”公众号登记地址。",
     "2026-03-09", None),
    ("电子证书自2026年3月9日起可登录中国人事考试网下载。确需纸质证书的,请于4月30日前向报名地考试机构申请。",
     "2026-03-09", None),
    ("证书自2026年3月9日起在区财政局发放,也可于3月27日前登录网站申请邮寄。", "2026-03-09", None),
    # a change of address (probes r141, i012, n037)
    ("证书自即日起通过EMS寄往报名时填写的地址。通讯地址有变更的,请于3月13日前致电考试中心说明。", "2026-03-02", None),
    ("证书将按报名地址统一寄送。如需更改收件地址,请于2026年3月13日前发送邮件。", None, None),
    # offices' own tasks (probes y010, m018, c039)
    ("请考生于3月9日至3月20日到所在县(区)考试机构领取。请各县(区)考试机构于3月31日前将未发放证书退回市中心。",
     "2026-03-09", "2026-03-20"),
    ("证书自2026年3月9日起由各市考试机构发放。各市应于5月29日前将未领取证书登记造册。", "2026-03-09", None),
    ("请各市人事考试中心于2026年3月6日前到省中心领取本地区证书,并及时通知考生。", None, None),
    # guards: an office's deadline for handing out to candidates ends the window; a deadline of the same channel closes it
    ("请各地于2026年4月30日前发放完毕。", None, "2026-04-30"),
    ("考生自2026年3月9日起到市考试中心领取证书,领取截止时间为4月30日。", "2026-03-09", "2026-04-30"),
]


@pytest.mark.parametrize("body, start, end", DEADLINES)
def test_deadlines_that_close_no_candidates_window(body, start, end):
    assert _window(body) == (start, end)


# --- `即日起` beside another channel's period: the union opens on the notice's day (probes a016, a050, b041, g024, m028,
# q177, q369); the same channel's start written as a day (`自X起…即日起至Y`) still opens the window (a guard) ------------
@pytest.mark.parametrize("body, start, end", [
    ("一、电子证书:即日起可登录中国人事考试网下载。\n二、纸质证书:请于3月16日至4月3日到市人事考试中心领取。", "2026-03-02", None),
    ("考生可自本通知发布之日起至3月20日申请邮寄;现场领取时间为3月9日至3月27日。", "2026-03-02", "2026-03-27"),
    ("即日起可在网上申请邮寄,截止3月13日;未申请的考生请于3月23日至4月3日到中心领取。", "2026-03-02", "2026-04-03"),
    # guards
    ("自2026年3月3日起,考生可以领取证书。现场领取时间从即日起至2026年5月29日。", "2026-03-03", "2026-05-29"),
    ("即日起至2026年3月31日,考生可到各区财政局领取证书。", "2026-03-02", "2026-03-31"),
])
def test_from_today_beside_another_channel(body, start, end):
    assert _window(body) == (start, end)


# --- an e-certificate service that went online on a day, somewhere (probes d056, n031, w039, p213) ------------------
@pytest.mark.parametrize("body, start", [
    ("2025年度合格人员电子证书已于2026年2月26日在中国人事考试网开通下载。", "2026-02-26"),
    ("本年度电子证书已于2月27日通过“某省人社”小程序上线,考生可实名登录查看。", "2026-02-27"),
])
def test_an_e_certificate_that_went_online(body, start):
    assert _window(body) == (start, None)


def test_a_notice_published_on_a_day_opens_nothing():
    # (probe q319) the day the office published its collection notice is not the day a service opened: the period stands
    body = "纸质证书已到,我局已于3月4日在某市人事考试网发布领取公告。考生可于3月9日至4月30日工作日到市考试院领取。"
    assert _window(body) == ("2026-03-09", "2026-04-30")


def test_a_count_of_years_from_the_notice_is_no_open_window():
    # (probe q280) `本通知发布之日起一年内未领取的…销毁` counts a year for disposal; the period stands
    body = "请于3月9日至3月27日到市考试中心领取证书。本通知发布之日起一年内未领取的证书,将统一销毁。"
    assert _window(body) == ("2026-03-09", "2026-03-27")


# --- days alone as items of a schedule, beside other items (probes c035, c038, h018, p290, p325, s053, q342) ----------
@pytest.mark.parametrize("body, start, end", [
    ("| 区县 | 领取时间 | 地点 |\n| 东城区 | 3月9日 | 区人社局 |\n| 西城区 | 3月10日 | 区人社局 |\n| 其他区县 | 3月11日-3月13日 | 市考试中心 |",
     "2026-03-09", "2026-03-13"),
    ("请按证书尾号分批领取:尾号1至5的,3月9日;尾号6至9及0的,3月10日。", "2026-03-09", "2026-03-10"),
    ("序号 单位 时间 地点\n1 市直单位 3月9日 市考试中心二楼\n2 各县区 3月10日-3月12日 各县区人社局", "2026-03-09", "2026-03-12"),
    ("城东区、城西区:3月9日;\n城南区、城北区:3月10日;\n其余县(市):3月11日至3月13日。", "2026-03-09", "2026-03-13"),
    ("单位 日期 地点\n市直单位　2026年3月9日　市考试中心\n各县　2026年3月10日　同上", "2026-03-09", "2026-03-10"),
    # guards: a signature, a byline's stamp and the notice's own day are no items
    ("请于3月9日至3月13日领取。\n某市人事考试中心 2026年3月5日", "2026-03-09", "2026-03-13"),
    ("请于3月9日至3月13日领取。\n发布者:admin  2026-03-05", "2026-03-09", "2026-03-13"),
])
def test_days_alone_in_a_schedule(body, start, end):
    assert _window(body) == (start, end)


# --- a rule counted from the day a review's results or list are published (probes o212, p227) -------------------------
@pytest.mark.parametrize("body, rule", [
    ("审核结果已于2024年3月4日在本网站公布。审核通过人员自审核结果公布之日起10个工作日内到市考试中心领取证书。",
     "自审核结果公布之日起10个工作日内"),
    ("审核通过名单已于2024年3月4日在本网公示。请自审核通过名单公示之日起10个工作日内领取证书。", "自审核通过名单公示之日起10个工作日内"),
])
def test_a_rule_counted_from_a_reviews_results(body, rule):
    out = normalize_record({"text": "关于领取2023年度会计专业技术资格证书的通知\n" + body})
    assert (out["window_rule"], out["window_start"], out["window_end"]) == (rule, "2024-03-04", "2024-03-15")


def test_a_delivery_after_a_review_is_still_no_rule():
    # a guard: `审核通过后…寄出` is a delivery time
    out = normalize_record({"text": HEAD + "审核通过后10个工作日内寄出证书。"})
    assert out["window_rule"] is None


# --- `不得晚于X`: a deadline (probe q279, dev rn0831) ---------------------------------------------------------------------
@pytest.mark.parametrize("body, start, end", [
    ("省直考生于3月9日至3月20日到省考试中心领取;各市发放时间不得晚于2026年4月30日。", "2026-03-09", "2026-04-30"),
    ("换领新证的时间不应晚于2026年6月30日。", None, "2026-06-30"),
])
def test_not_later_than_a_day(body, start, end):
    assert _window(body) == (start, end)


# --- a row of a schedule opening, with no end, on the day another row's period opens (probes j038, o052, r049): a channel
# of its own that leaves the window open; the same day written short in a title, or in a sentence, is that period (guards)
@pytest.mark.parametrize("body, start, end", [
    ("个人领取:2026年3月9日起,持身份证到中心大厅领取。\n单位集中领取:经办人持介绍信于3月9日至3月27日到上述地点办理。", "2026-03-09", None),
    ("序号 地区 发放时间\n1 东城区 3月9日-3月20日\n2 西城区 3月9日起\n3 南城区 3月16日-3月27日", "2026-03-09", None),
    # guards
    ("证书自2026年3月9日起发放,考生可于3月9日至3月27日到市考试中心领取。", "2026-03-09", "2026-03-27"),
])
def test_a_row_opening_on_the_day_another_rows_period_does(body, start, end):
    assert _window(body) == (start, end)


# --- an office named 考务科/考务处 is a place, not the exam's administration (probe q336; the office in q255, q332, q357, o036)
@pytest.mark.parametrize("body, start, end", [
    ("考生本人持身份证、准考证于2026年3月9日至3月20日到市人事考试院考务科领取。", "2026-03-09", "2026-03-20"),
    ("证书于3月9日至3月20日在考务处发放。", "2026-03-09", "2026-03-20"),
    # a guard: the exam's administration stays another event
    ("考务工作安排:2026年3月9日至3月20日。", None, None),
])
def test_an_office_named_kaowu_is_a_place(body, start, end):
    assert _window(body) == (start, end)


# --- a channel the text says stays open (probes f053, q297): no end; a late collection or a certificate's validity does
# not say so (guards)
@pytest.mark.parametrize("body, start, end", [
    ("电子证书自2026年3月9日起至2026年12月31日可登录网站下载,逾期仍可下载。", "2026-03-09", None),
    ("现场领取:3月9日至3月20日在市考试中心办理。邮寄:考生可长期通过省人事考试网提交邮寄申请。", "2026-03-09", None),
    # guards
    ("请于3月9日至3月20日领取证书。逾期仍可到中心补领。", "2026-03-09", "2026-03-20"),
    ("请于3月9日至3月20日领取证书,证书长期有效。", "2026-03-09", "2026-03-20"),
])
def test_a_channel_that_stays_open(body, start, end):
    assert _window(body) == (start, end)
