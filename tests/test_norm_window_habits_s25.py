"""A period and a published day read the same however a copied page writes them (session 25, the window's habits).

Found with bench/robustness.py's habits of periods (`自…起至…止`, times after the days, the year on both ends) and of dates
in Chinese numerals, run over the dev texts and the probes: a closing 止 let a bracketed note after a period (`(元旦放假期间
暂停发放)`) read as another event, a 公示 period written `起至` or with times gave a rule no day to count from, a finished
period (`已自…起至…止受理完毕`) was read as open, the signs of a dated notice missed a period with times or a start word, a
document's date in numerals under its title was no published day, and a line naming a day in numerals and a WeChat
account was dropped as an ad. Every text here is our own.
"""

from __future__ import annotations

import pytest

from pipelines.published import published_date
from pipelines.normalize import normalize_record
from pipelines.notice_signs import evidence, states_dated_arrangement
from pipelines.spam import is_spam_line
from pipelines.window import collection_window

TITLE = "关于发放2030年度某类资格证书的通知\n"


@pytest.mark.parametrize("sentence, published, window", [
    # a bracketed note of a pause after a period closed with 止 is the period's own note
    ("证书发放时间:自2031年12月23日起至2032年1月9日止(元旦放假期间暂停发放)。", "2031-12-10", ("2031-12-23", "2032-01-09")),
    ("请合格人员自2031年1月20日起至2月27日止(春节假期除外)到某市人事考试中心领取。", "2031-01-13", ("2031-01-20", "2031-02-27")),
])
def test_a_period_closed_with_zhi_keeps_its_note(sentence, published, window):
    assert collection_window(TITLE + sentence, published) == window


@pytest.mark.parametrize("period", ["自2031年11月3日起至11月6日止", "2031年11月3日9:00至11月6日17:00"])
def test_a_publicity_period_written_either_way_anchors_its_rule(period):
    text = (TITLE + f"现将我市合格人员名单予以公示,公示期为{period}。\n"
            "公示期满无异议的,请合格人员于公示期满后10个工作日内持身份证原件到某市财政局领取证书。")
    read = normalize_record({"text": text, "listed_date": "2031-11-03"})
    plain = normalize_record({"text": text.replace(period, "2031年11月3日至11月6日"), "listed_date": "2031-11-03"})
    assert plain["window_start"] == "2031-11-07"
    assert (read["window_start"], read["window_end"]) == (plain["window_start"], plain["window_end"])


@pytest.mark.parametrize("first", ["已自2031年3月4日起至3月15日止受理完毕", "已于2031年3月4日9:00至2031年3月15日17:00受理完毕"])
def test_a_finished_round_written_either_way_is_not_the_window(first):
    text = TITLE + f"第一批补办{first},新证已于5月下发。第二批受理时间:2031年6月11日至6月21日。"
    assert collection_window(text, "2031-06-03") == ("2031-06-11", "2031-06-21")


@pytest.mark.parametrize("period", [
    "2031年7月6日9:00至7月24日17:00",
    "2031年7月6日至2031年7月24日",
    "2031年7月6日上午9时至2031年7月24日下午5时",
])
def test_a_dated_arrangement_with_times_or_both_years_is_stated(period):
    assert states_dated_arrangement(f"某类资格考试合格证书已制作完成,定于{period}由各设区市住建局负责发放。")


def test_a_day_period_opened_with_qi_is_a_notice_sign():
    plain = evidence("某地现场领取为2月4日至6日,请携带身份证。")
    assert plain[1] and evidence("某地现场领取为自2月4日起至6日止,请携带身份证。") == plain


@pytest.mark.parametrize("line", ["(二〇三一年三月八日)", "某市人事考试中心\u3000二〇三一年三月八日", "二〇三一年三月八日",
                                  "【发布日期】二〇三一年三月八日 【来源】某市人事考试院"])
def test_a_document_date_in_numerals_under_its_title_is_the_published_day(line):
    # (a text long enough that the date under its title is not also its last lines', a signature's)
    body = line + "\n某类资格考试合格证书已到,请合格人员于2031年3月10日至3月28日到某市人事考试中心领取。" * 8
    assert published_date(None, TITLE.strip(), body, None) == "2031-03-08"


def test_a_line_naming_a_day_in_numerals_and_an_account_is_the_notices():
    line = "请于二〇三一年四月三十日前登录“某某人事考试”微信公众号核对收件地址。"
    assert not is_spam_line(line)
    read = normalize_record({"text": TITLE + "本省证书全部通过快递寄送。" + line})
    assert read["window_end"] == "2031-04-30"


def test_a_superseded_period_closed_with_zhi_closes_nothing():
    text = (TITLE + "原定自2031年2月17日起至2月28日止发放的证书,因故调整至2031年5月11日至5月22日,地点不变。")
    assert collection_window(text, "2031-04-30") == ("2031-05-11", "2031-05-22")
