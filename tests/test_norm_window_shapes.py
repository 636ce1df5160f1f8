"""The collection window as official notices write it, forty ways: written for this file to probe the
window reader (`pipelines/window.py`) with shapes a notice may use, not taken from any split; four
failed before this file and were fixed as classes (`自公告发布之日起至X`, two channels' periods one
before the other, a period whose second date is in Chinese numerals, `从X开始,到Y结束`), nine more in
session 14 (at the end of `WINDOWS`).

Every sentence here was written for this file (none is copied from the shared dev set or from
tests/data/real_notices; no 14-character Chinese run is shared with either).
"""

from __future__ import annotations

import pytest

from pipelines.dates import chinese_numeral_dates, tokens
from pipelines.normalize import normalize_record
from pipelines.window import collection_window

HEAD = "关于领取2023年度会计专业技术资格考试合格证书的通知\n发布时间:2024-02-28 10:00\n"

WINDOWS = [
    ("领取时间:2024年3月4日至3月15日(工作日8:30至11:30,14:00至17:30),请考生携带身份证原件到市人事考试中心领取。", "2024-03-04", "2024-03-15"),
    ("发证时间为2024年3月4日—15日,逾期不再受理。", "2024-03-04", "2024-03-15"),
    ("请于2024年3月4日至15日期间前往市财政局一楼窗口领取证书。", "2024-03-04", "2024-03-15"),
    ("证书发放时间:3月4日(星期一)至3月8日(星期五)。", "2024-03-04", "2024-03-08"),
    ("证书自2024年3月4日起开始发放,至2024年6月30日止。", "2024-03-04", "2024-06-30"),
    ("即日起至2024年6月30日,考生可到各区考试机构领取证书。", "2024-02-28", "2024-06-30"),
    ("领证时间:3月4日—3月8日、3月11日—3月15日。", "2024-03-04", "2024-03-15"),
    ("领取时间:2024年3月4日-2024年3月15日。", "2024-03-04", "2024-03-15"),
    ("领取时间:2024.3.4-2024.3.15", "2024-03-04", "2024-03-15"),
    ("领取时间:2024/03/04至2024/03/15", "2024-03-04", "2024-03-15"),
    ("请考生于3月4日至15日(节假日除外)到考试中心领取证书。", "2024-03-04", "2024-03-15"),
    ("网上申请邮寄时间为2024年3月4日9:00至3月15日17:00。", "2024-03-04", "2024-03-15"),
    ("邮寄申请截止时间为2024年3月15日。", None, "2024-03-15"),
    ("请于2024年3月15日前到考试中心领取证书。", None, "2024-03-15"),
    ("证书领取时间定为2024年3月4日-8日。", "2024-03-04", "2024-03-08"),
    ("证书于2024年3月4日上午9:00开始发放。", "2024-03-04", None),
    ("3月4日起至3月15日止,考生本人持身份证到市人社局服务大厅领取。", "2024-03-04", "2024-03-15"),
    ("领证时间:2024年3月4日至3月15日的工作时间。", "2024-03-04", "2024-03-15"),
    ("领取时间:2024年3月4日～3月15日", "2024-03-04", "2024-03-15"),
    ("领取时间:2024年3月4日到3月15日", "2024-03-04", "2024-03-15"),
    ("一、领取时间\n2024年3月4日至3月15日\n二、领取地点\n市人事考试中心", "2024-03-04", "2024-03-15"),
    ("领取时间:3月4日至3月15日,周六、周日不办公。", "2024-03-04", "2024-03-15"),
    ("证书发放时间为3月4日—3月15日(法定节假日除外)", "2024-03-04", "2024-03-15"),
    ("考生可于2024年3月4日至2024年3月15日,通过网上申请证书邮寄服务。", "2024-03-04", "2024-03-15"),
    ("证书已到,请于3月4日至3月15日每天上午8:30-11:30到市考试院领取。", "2024-03-04", "2024-03-15"),
    ("领取时间:2024年3月4日(周一)—3月15日(周五)上午9:00-11:30", "2024-03-04", "2024-03-15"),
    ("证书领取截止日期:2024年3月15日", None, "2024-03-15"),
    ("自3月4日开始办理证书领取,为期两周。", "2024-03-04", None),
    ("3月4日-15日为证书集中发放时间。", "2024-03-04", "2024-03-15"),
    ("领取日期:2024-03-04至2024-03-15", "2024-03-04", "2024-03-15"),
    ("领取时间:2024年03月04日—2024年03月15日", "2024-03-04", "2024-03-15"),
    ("集中发放时间:3月4日-3月8日,集中发放期结束后,可于每周三到考试中心领取。", "2024-03-04", "2024-03-08"),
    ("考生须在3月15日之前完成邮寄申请。", None, "2024-03-15"),
    ("3月4日至3月15日期间,考生可登录系统申请邮寄。", "2024-03-04", "2024-03-15"),
    ("證書領取時間:2024年3月4日至3月15日", "2024-03-04", "2024-03-15"),
    ("领取时间:3月4日~15日", "2024-03-04", "2024-03-15"),
    # the four that failed before this file
    ("自公告发布之日起至2024年6月30日,考生可凭身份证领取证书。", "2024-02-28", "2024-06-30"),
    ("现场领取:3月4日至3月8日;邮寄申请:3月1日至3月20日。", "2024-03-01", "2024-03-20"),
    ("发放时间:二〇二四年三月四日至三月十五日", "2024-03-04", "2024-03-15"),
    ("证书领取时间从3月4日开始,到3月15日结束。", "2024-03-04", "2024-03-15"),
    # six more that failed at the start of session 14: a dotted period whose end has no year, or neither date has,
    # month-days in numerals without a year, a lone end said by 结束, days listed by the day alone
    ("证书领取时间:2024.3.4-3.15,过期不候。", "2024-03-04", "2024-03-15"),
    ("现场发证时间 3.4-3.15(周末休息)", "2024-03-04", "2024-03-15"),
    ("证书发放时间:三月四日至三月十五日。", "2024-03-04", "2024-03-15"),
    ("证书定于3月4日开始发放,3月15日结束。", "2024-03-04", "2024-03-15"),
    ("3月4日起发放证书,至3月15日结束。", "2024-03-04", "2024-03-15"),
    ("领证时间:3月4日、5日、6日,每天上午9:00-11:00。", "2024-03-04", "2024-03-06"),
    # and three of a second set: a range mark typed several times, minutes after the hour, 启动 opening a period
    ("领证时间:3月4日-----3月15日", "2024-03-04", "2024-03-15"),
    ("网上申请时间:3月4日9时30分至3月15日16时", "2024-03-04", "2024-03-15"),
    ("本批证书发放于3月4日启动,3月15日截止。", "2024-03-04", "2024-03-15"),
    # days listed by the day with the hand-out named after them; an end date with `(含)` before 前
    ("定于3月4日、5日两天集中发证。", "2024-03-04", "2024-03-05"),
    ("合格人员须于3月15日(含)前完成领证。", None, "2024-03-15"),
    # guards: a period's end (`结束后`) opens what follows, and dotted numbers that are no dates
    ("3月4日至3月8日集中发放,3月8日结束后可到窗口领取。", "2024-03-04", "2024-03-08"),
    ("领取时间:3月4日至3月8日,邮费标准为3.5-4.5元。", "2024-03-04", "2024-03-08"),
    # session 15: a collection of one day, its hours given as a range or the day alone under its label; not the end of a
    # period given with its hours, nor a day that opens or closes a channel
    ("集中发证:2024年3月9日(周六)上午8:30至11:00,下午14:30至17:00。", "2024-03-09", "2024-03-09"),
    ("发证日期:2024年3月9日。地点:市人才大厦二楼。", "2024-03-09", "2024-03-09"),
    ("即日起至3月9日上午9:00-11:30到窗口提交材料领证。", "2024-02-28", "2024-03-09"),
    ("发证日期:2024年3月9日起", "2024-03-09", None),
    # the day old certificates stop being valid opens nothing
    ("旧版证书自2024年7月1日起自行失效,请持证人员及时换领。", None, None),
    # what can be done from a day on opens the window there (`可于X日下载`, `X日可打印`); `可于X日前` closes it
    ("本地考区3月28日可打印电子合格证明。", "2024-03-28", None),
    ("电子证书已可于3月30日下载。", "2024-03-30", None),
    ("合格人员可于3月30日到市人社局领取证书。", "2024-03-30", None),
    ("合格人员可于3月30日前到市人社局领取证书。", None, "2024-03-30"),
    ("考生3月30日可查询成绩。", None, None),
]


@pytest.mark.parametrize("body, start, end", WINDOWS)
def test_window_shapes(body, start, end):
    got = normalize_record({"text": HEAD + body, "listed_date": None, "source_url": None})
    assert (got["window_start"], got["window_end"]) == (start, end)


@pytest.mark.parametrize("body, start", [
    # opening on the notice's day with no end: open
    ("自本通知印发之日起,考生可到市人社局领取证书。", "2024-02-28"),
    # a score publication day anchors a window rule, not the window
    ("自成绩公布之日起至2024年6月30日为复核期。", None),
])
def test_from_the_notice_day(body, start):
    got = normalize_record({"text": HEAD + body, "listed_date": None, "source_url": None})
    assert got["window_start"] == start


@pytest.mark.parametrize("body, start, end", [
    # `成绩合格的考生`, `报名参加考试的人员` say who collects: the period next to it is the window
    ("考试成绩合格人员的证书领取时间为2024年3月11日-22日。", "2024-03-11", "2024-03-22"),
    ("成绩合格考生证书核发工作从2024年4月1日开始。", "2024-04-01", None),
    ("各科成绩合格的考生请于3月18日至3月29日到市考试中心领证。", "2024-03-18", "2024-03-29"),
    ("请在本市报名参加考试的合格人员于2024年3月11日至22日到市财政局领取。", "2024-03-11", "2024-03-22"),
    ("我区报考的考生可于3月18日至3月29日到区人社局领证。", "2024-03-18", "2024-03-29"),
    # a score sheet, a pass mark and a list of passers stay other events
    ("成绩合格单打印时间为2024年3月11日至22日。", None, None),
    ("成绩合格标准于2024年3月11日至22日在网站发布。", None, None),
    ("成绩合格名单于3月11日至3月15日在网站公示。", None, None),
    ("下一年度考试报名参加时间为2024年3月11日至22日。", None, None),
])
def test_words_saying_who_collects_are_no_other_event(body, start, end):
    got = normalize_record({"text": HEAD + body, "listed_date": None, "source_url": None})
    assert (got["window_start"], got["window_end"]) == (start, end)


@pytest.mark.parametrize("text, dates", [
    # a year end crossed inside a run: the later date is next year's
    ("12月24日—1月31日", ["2023-12-24", "2024-01-31"]),
    ("11月20日至2月10日", ["2023-11-20", "2024-02-10"]),
    # a date a few days or weeks before the previous one starts another item of the same year
    ("3月8日;邮寄:3月1日", ["2023-03-08", "2023-03-01"]),
    ("5月20日、5月6日", ["2023-05-20", "2023-05-06"]),
])
def test_year_end_crossing(text, dates):
    assert [t.date.isoformat() for t in tokens(text, 2023)] == dates


@pytest.mark.parametrize("text, want", [
    ("二〇二四年三月四日至三月十五日", "2024年3月4日至3月15日"),
    ("二〇二四年十二月二十日至十二月三十一日", "2024年12月20日至12月31日"),
    # month-days with their day are dates in any text (until session 14 only where a year was written in numerals)
    ("三月十五日前", "3月15日前"),
    ("十二月底前", "十二月底前"),  # (a month without its day is left alone)
    # an impossible day stays as written
    ("二〇二四年三月四日至二月三十日", "2024年3月4日至二月三十日"),
])
def test_chinese_numeral_month_days(text, want):
    assert chinese_numeral_dates(text) == want


@pytest.mark.parametrize("body, start, end", [
    # session 14: other dates around a window, written for this file
    ("下年度报名时间为5月6日至5月17日。今年的证书领取时间为3月4日至3月15日。", "2024-03-04", "2024-03-15"),
    ("证书长期有效,复审期至2031年6月30日。发证时间:3月4日至3月15日。", "2024-03-04", "2024-03-15"),
    ("发证时间:3月4日至3月15日。法定节假日(4月4日至4月6日)窗口不办公。", "2024-03-04", "2024-03-15"),
    ("发证时间:3月4日至3月15日。出生于1960年1月1日以前的考生可由家属代领。", "2024-03-04", "2024-03-15"),
    ("3月1日起开始受理下年度考试报名。证书发放时间请留意本网通知。", None, None),
    ("发证时间:3月4日至3月15日。本细则自2024年3月1日起施行。", "2024-03-04", "2024-03-15"),
    # guards: a start that opens the certificates, holidays that do not close the window, 报名时 (at registration)
    ("3月1日起开始发放证书,考生报名时填写的地址有误的请来电。", "2024-03-01", None),
    ("邮寄申请时间:2024年3月4日起(节假日不休)。", "2024-03-04", None),
    ("请于3月4日至3月15日领证,报名时所交照片将印在证书上。", "2024-03-04", "2024-03-15"),
    # an office's deadline (`…前在网站上公布`, `…前将名单报送`) closes nothing for a candidate; a period whose dates
    # both name their year may run longer than a year (an exchange of old certificates)
    ("换证时间为2024年3月4日至3月15日。各区财政局须于3月1日前在网站上公布受理窗口。", "2024-03-04", "2024-03-15"),
    ("换证时间为2024年3月4日至3月15日。各区应于3月20日前将换证名单报送市局。", "2024-03-04", "2024-03-15"),
    ("旧证换发工作自2024年3月1日起至2025年8月31日止。", "2024-03-01", "2025-08-31"),
    # session 21: a list's publicity period whose verb comes past the first words after it (`…在市人才网站公示`) is no
    # window; a 公示 after a collection verb (`到…领取经公示的证书`) names what is collected
    ("合格人员名单于3月4日至3月8日在市人才服务网站公示。证书发放时间另行通知。", None, None),
    ("名单自3月4日至3月8日在本中心官网进行公示,无异议后发证。", None, None),
    ("请于3月11日至3月15日到市中心大厅领取经公示的证书。", "2024-03-11", "2024-03-15"),
    # a period already over (`已于…完毕`, `已于…截止`) is no window; `已于X起开始发放` is one, open
    ("上一批证书已于1月8日至1月19日发放完毕。本批领取时间:3月4日至3月15日。", "2024-03-04", "2024-03-15"),
    ("首批补办已于1月26日截止受理。第二批受理时间为3月4日至3月15日。", "2024-03-04", "2024-03-15"),
    ("证书已于2月26日起开始发放,请尽快领取。", "2024-02-26", None),
    # a review of scores (成绩复核) asked for in a period is another event
    ("对成绩有异议的,可于2月26日至2月28日提出复核申请。证书发放时间为3月4日至3月15日。", "2024-03-04", "2024-03-15"),
    # a deadline said with 最迟 or 不迟于
    ("证书自3月4日起发放,最迟领取日期为2024年6月28日。", "2024-03-04", "2024-06-28"),
    ("证书自3月4日起发放,领取时间不迟于6月28日。", "2024-03-04", "2024-06-28"),
    # scores to look up open no channel; the certificates' own lookup and download do
    ("成绩已经确定,考生可于2月20日起登录本网站查询。证书发放时间为3月4日至3月15日。", "2024-03-04", "2024-03-15"),
    ("电子证书已生成,考生可自3月4日起登录中国人事考试网“证书查询”栏目下载。", "2024-03-04", None),
    ("考生自3月4日起可查询下载电子证书。", "2024-03-04", None),
    # `在本省报考且…合格的人员` says who collects, not a registration period
    ("请在本省报考且已全科合格的人员于2024年3月4日起到协会服务部领取证书。", "2024-03-04", None),
    # a deadline for questions about the certificate's details, or the next round's dates, close no window
    ("自即日起可下载电子证书。对个人信息有异议的,请于4月30日前向我局提出。", "2024-02-28", None),
    ("证书自3月4日起可下载。如对证书信息有疑问,请于8月31日前拨打咨询电话反映。", "2024-03-04", None),
    ("请于3月4日至3月15日领取补发证书。下一批补办申请受理时间为4月1日至4月20日。", "2024-03-04", "2024-03-15"),
    # ... while a deadline in the next sentence is the window's own
    ("对信息有异议的请联系我们。证书自3月4日起发放,领取截止时间为2024年6月28日。", "2024-03-04", "2024-06-28"),
    # `自即日起到X领取`: 到 goes to a place, the window opens on the publication day and stays open
    ("证书已办理完毕,请考生自即日起到报考时所选考点所在的财政部门领取证书。", "2024-02-28", None),
    # ... while `即日起到4月30日` is a period
    ("请考生即日起到4月30日到市财政局领取证书。", "2024-02-28", "2024-04-30"),
    # `元月` is January
    ("请合格人员于2024年元月7日至31日(节假日除外)到市人事考试中心领取。", "2024-01-07", "2024-01-31"),
    # an exam's days in brackets after it are no window
    ("2023年度初级资格考试(5月13日—17日)和中级资格考试(9月9日—11日)合格证书已到,定于3月4日至3月15日发放。", "2024-03-04", "2024-03-15"),
    # a headline's `今起` opens on the publication day; a period's end in brackets after a title (`(至X)`)
    ("审计师证书今起可申请邮寄。", "2024-02-28", None),
    ("关于延长审计师证书领取时间的公告(至2024年6月30日)", None, "2024-06-30"),
    # a rule taking effect opens the window only when the text names no other start
    ("自2024年1月1日起,本市会计资格证书实行电子化管理。考生可于3月4日起登录网站下载电子证书。", "2024-03-04", None),
    ("自2024年3月1日起,本市会计资格证书全面实行电子证书,考生可登录网站下载。", "2024-03-01", None),
])
def test_other_dates_around_a_window(body, start, end):
    got = normalize_record({"text": HEAD + body, "listed_date": None, "source_url": None})
    assert (got["window_start"], got["window_end"]) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    # session 16: no publication day, only an exam's business year (`YYYY年度`): a first-half window is the
    # next spring's, as the corpus conventions say ("a spring window after a 2018 exam is 2019")
    ("2021年度注册测绘师资格证书发放\n请合格人员于4月12日至4月23日到省测绘局二楼领取。", "2022-04-12", "2022-04-23"),
    ("2021年度审计师证书发放通知\n证书已到,定于2月21日起在市审计局发放。", "2022-02-21", None),
    # guards: an autumn window is the exam year's own, and so is a run that crosses the year's end
    ("2021年度初级会计资格证书发放\n请于9月6日至9月17日到区财政局领取。", "2021-09-06", "2021-09-17"),
    ("2021年度统计师资格证书发放通知\n证书于11月29日起至1月14日止在市统计局发放。", "2021-11-29", "2022-01-14"),
    # a year named without 年度 is read both ways by real notices' readers: kept as written; a half-year or a batch
    # names the calendar year; a date with its own year is read as written
    ("2022年一级造价工程师证书发放\n请于4月12日至4月23日到市住建局领取。", "2022-04-12", "2022-04-23"),
    ("2030年度上半年会计证书补办领取\n请于4月12日至4月23日到市财政局领取。", "2030-04-12", "2030-04-23"),
    ("2021年度监理工程师证书于2022年3月7日至3月18日发放。", "2022-03-07", "2022-03-18"),
])
def test_a_spring_window_after_an_exam_year(text, start, end):
    got = normalize_record({"text": text, "listed_date": None, "source_url": None})
    assert (got["window_start"], got["window_end"]) == (start, end)


@pytest.mark.parametrize("body, start, end", [
    # a start said with 开始 and an end that the collection lasts to
    ("证书领取工作将于2031年3月9日开始,持续至3月20日。", "2031-03-09", "2031-03-20"),
    ("证书自2031年3月9日起发放,一直到3月27日。", "2031-03-09", "2031-03-27"),
])
def test_a_period_that_lasts_to_its_end(body, start, end):
    out = normalize_record({"title": "关于领取某类证书的通知", "body": body, "listed_date": "2031-03-01"})
    assert (out["window_start"], out["window_end"]) == (start, end)


@pytest.mark.parametrize("text, window", [
    # session 19: the end of a month or a year as a period's end is its last day
    ("证书换领\n换领工作从2031年1月1日开始,至2031年底结束。", ("2031-01-01", "2031-12-31")),
    ("证书领取\n领取时间:2031年3月1日至3月底。", ("2031-03-01", "2031-03-31")),
    ("证书领取\n请合格人员于2031年4月底前领取证书。", (None, "2031-04-30")),
    ("证书领取\n请合格人员于2032年2月底前领取证书。", (None, "2032-02-29")),
    # ... not one that opens a period, nor a guess at when
    ("证书领取\n证书将于2031年12月底开始发放。", (None, None)),
    ("证书领取\n往年集中在7月底至8月发放。", (None, None)),
])
def test_the_end_of_a_month_or_year_ends_a_period(text, window):
    assert collection_window(text, None) == window


@pytest.mark.parametrize("text", [
    # session 19: another year's dates recalled (`往年`, `参考2030年的…`) open no window
    "证书发放\n往年发放时间为10月11日起,今年以通知为准。",
    "证书发放\n可参考2030年的安排(10月9日开始发放)。",
    # session 21: every clause of a sentence under such a label, not only the first
    "证书发放\n往年参考:2030年度为10月11日起,2029年度为10月20日起。",
    "证书发放\n以往发放情况:2030年10月11日开始发放,2029年10月20日开始发放。",
])
def test_another_years_dates_recalled_open_no_window(text):
    assert collection_window(text, "2031-09-07") == (None, None)


def test_candidates_taking_the_exam_are_no_recalled_year():
    assert collection_window("证书发放\n参考人员于10月11日起领取证书。", "2031-09-07") == ("2031-10-11", None)


def test_last_years_exam_named_without_a_label_is_no_recall():
    # (去年 naming the exam, no `:` label after it: the window of that exam's certificates)
    assert collection_window("去年参加考试的合格人员,请于10月11日至10月30日领取证书。", "2031-09-07") == (
        "2031-10-11", "2031-10-30")
