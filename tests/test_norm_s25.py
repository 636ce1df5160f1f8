"""Fields (session 25): classes from the eighteenth round's dev texts and the probes that share them.

- a page's header standing first, where a title would (`某某公众号 2024-03-06 19:42`, a forum's `楼主:… 发表于 2018-5-21
  22:14`, a title with its header glued on, `…的说明2022-11-11 11:38:12阅读量:1373`), dates the notice as a header under
  the title does;

Every sentence here was written for this file (none is copied from the shared dev set, the labelled corpus or the
probes).
"""

from __future__ import annotations

import pytest

from pipelines.copied_marks import drop_spanning_quotes
from pipelines.dates import lost_months_in_words
from pipelines.normalize import normalize_record
from pipelines.spam import drop_spam, is_farm_spam
from pipelines.text import split_title


@pytest.mark.parametrize("text, published", [
    # a header standing first
    ("考证圈 2024-03-06 19:42\n关注 | 某省2023年度中级经济师证书开始邮寄\n考生可于3月8日至3月22日登录系统申请。", "2024-03-06"),
    ("楼主:证书丢了怎么补 发表于 2019-4-2 21:05\n我前年考过的,证书弄丢了,怎么办?", "2019-04-02"),
    # a title with its header glued on
    ("关于第一批证书申请已结束的说明2023-11-20 10:15:02阅读量:2048\n纸质证书正在制作,预计月底寄出。", "2023-11-20"),
    # (a header under the title, as before)
    ("某市2023年度证书领取通知\n来源:某市人事考试中心 2024-04-01 09:30\n请于4月8日起领取。", "2024-04-01"),
    # (a title that only names a day, with no header, dates nothing)
    ("关于2024年5月10日起发放证书的通知\n各位考生:请于5月20日前领取。", None),
])
def test_a_header_standing_first_dates_the_notice(text, published):
    assert normalize_record({"text": text})["published"] == published


@pytest.mark.parametrize("text, is_cert", [
    ("中级证书遗失后,补办需要准备身份证明和申请表等材料。审核通过后可选择邮寄,请确保地址准确无误,整个流程约需一个月。", False),
    ("证书领取流程:考生在成绩公布后登录系统申请领取,审核通过后寄出,海外地址需另行补充信息。", False),
    # (an office's address still is)
    ("证书补办须携带身份证到市人事考试中心办理,地址:某区某路8号。", True),
    ("证书补办须携带身份证到市人事考试中心办理,办理地址在某区某路8号。", True),
])
def test_the_address_one_posts_to_is_no_place_of_a_notice(text, is_cert):
    assert normalize_record({"text": text})["is_cert_notice"] is is_cert


@pytest.mark.parametrize("text, title, body", [
    # a column's name above the title: not the title, and dropped
    ("通知公告\n关于领取2030年度某资格证书的通知\n各位考生:…", "关于领取2030年度某资格证书的通知", "各位考生:…"),
    # (and above an excerpt with no title: the excerpt still has none)
    ("最新通知\n考生可于3月1日起到某中心领取证书。", "", "考生可于3月1日起到某中心领取证书。"),
    # an exam's name above the title: the title the next line, the name kept at the head of the body
    ("全国某某专业技术资格考试(某某考区)\n证书补办的办理程序\n一、所需材料", "证书补办的办理程序",
     "全国某某专业技术资格考试(某某考区)\n一、所需材料"),
    # a site's name above the title: the title's issuer, as a masthead is
    ("某省人事考试网\n2030年度某资格证书发放通知\n正文", "【某省人事考试网】2030年度某资格证书发放通知", "正文"),
    # an account's header (its name, day and time) above the title
    ("某某考证圈 2031-02-22 19:40\n2030年度某证书各区领取时间来了\n正文", "2030年度某证书各区领取时间来了",
     "某某考证圈 2031-02-22 19:40\n正文"),
    # (an attachment's mark heads its own title: kept as it was read)
    ("附件2\n某证书领取地点一览表\n序号 地区 地点", "附件2", "某证书领取地点一览表\n序号 地区 地点"),
    # (a first line that names a notice's business is the title, whatever follows)
    ("2030年二建领证时间\n2030年二级建造师证书发放安排如下:\n1.", "2030年二建领证时间",
     "2030年二级建造师证书发放安排如下:\n1."),
])
def test_a_banner_or_a_header_above_the_title(text, title, body):
    assert split_title(text) == (title, body)


def test_a_notice_under_an_exam_banner_is_read_by_its_title():
    text = "全国某某专业技术资格考试(某某考区)\n证书补办(或换发)的办理程序\n(一)所需材料\n1、身份证原件。\n(二)受理地址\n某省某某考试办公室。"
    out = normalize_record({"text": text})
    assert (out["is_cert_notice"], out["kind"]) == (True, "reissue")


@pytest.mark.parametrize("line, spam", [
    ("某某影视在线,高清免费观看,AB12.Cc", True),
    ("@@彩票投注 首冲送礼@@", True),
    # (a line of a notice's is kept, whatever words it holds besides)
    ("高清免费观看证书下载教程", False),
    ("考生福利:证书可免费邮寄到家", False),
    ("某某在线", False),
])
def test_a_content_farm_spam_line(line, spam):
    assert is_farm_spam(line) is spam


def test_a_spam_line_over_a_repost_is_dropped_and_the_title_read():
    text = "某某影视在线,高清免费观看,AB12.Cc\n关于领取2030年度某资格证书的通知\n请于5月1日至5月30日到某中心领取。"
    assert drop_spam(text) == "关于领取2030年度某资格证书的通知\n请于5月1日至5月30日到某中心领取。"
    assert normalize_record({"text": text})["title"] == "关于领取2030年度某资格证书的通知"


def test_a_breadcrumb_with_nothing_under_it_gives_its_last_step():
    assert split_title("首页 > 考试辅导 > 资格类考试 > 某某执业资格考试介绍") == ("某某执业资格考试介绍", "")


@pytest.mark.parametrize("text, is_cert", [
    # a guide under a headline that says nothing is still a guide
    ("重要提醒!最新消息来了,速看\n考后一般两三个月发证,具体以当地通知为准,考生可关注官网领取证书。", False),
    # (and a notice under it still a notice)
    ("重要提醒!最新消息来了,速看\n各位考生:2030年度某资格证书已到,请于5月1日至5月30日到某中心领取。", True),
])
def test_a_title_that_names_nothing_is_read_as_none(text, is_cert):
    assert normalize_record({"text": text})["is_cert_notice"] is is_cert


@pytest.mark.parametrize("text, words", [
    ("自2030518日起", "自2030年5月18日起"),
    ("申领时间为2030518日-626日。", "申领时间为2030年5月18日-6月26日。"),
    ("于1020日截止", "于10月20日截止"),
    ("2030年911日至922日", "2030年9月11日至9月22日"),
    # (figures that part two ways, a count of days, a longer number: as they were)
    ("自2030111日起", "自2030111日起"),
    ("自公布之日起120日内", "自公布之日起120日内"),
    ("满180日后", "满180日后"),
    ("电话12345日", "电话12345日"),
])
def test_a_date_whose_year_and_month_marks_were_lost(text, words):
    assert lost_months_in_words(text) == words


def test_a_notice_dated_with_lost_month_marks_is_a_notice():
    # (a repost's title that only asks when: the dated period in its body makes it the notice)
    text = "2030年某证书领取时间|入口_某某网\n[导读]某省2030年某资格考试合格证书自2031310日起至3月28日止发放,考生持准考证到报名点领取。"
    out = normalize_record({"text": text})
    assert (out["is_cert_notice"], out["window_start"], out["window_end"]) == (True, "2031-03-10", "2031-03-28")


@pytest.mark.parametrize("text, unquoted", [
    ("标题\n“2030年度证书已到,\n请携带身份证原件领取。\n逾期不候。”", "标题\n2030年度证书已到,\n请携带身份证原件领取。\n逾期不候。"),
    # (a quotation on one line, one inside a sentence, or a later line that opens its own: as they were)
    ("标题\n“证书已到,请领取。”\n下一行", "标题\n“证书已到,请领取。”\n下一行"),
    ("标题\n他说“证书\n已到”。", "标题\n他说“证书\n已到”。"),
    ("标题\n“证书已到,\n请领取“合格证”。", "标题\n“证书已到,\n请领取“合格证”。"),
])
def test_a_quotation_around_the_notice_is_taken_off(text, unquoted):
    assert drop_spanning_quotes(text) == unquoted


def test_the_materials_of_a_quoted_notice():
    text = "某某网转发\n“某市2030年度证书已到。\n所需材料:\n1. 身份证原件\n2. 一寸照片\n请按时领取。”"
    assert normalize_record({"text": text})["materials"] == ["身份证原件", "一寸照片"]


@pytest.mark.parametrize("dash", ["至", "——", "—", "~", "–"])
def test_a_period_with_a_long_dash_dates_a_notice(dash):
    text = f"某省:2030年度某资格证书邮寄通道于2月8日开通,现场领取时间为2月25日{dash}3月27日。"
    out = normalize_record({"text": text, "listed_date": "2031-02-01"})
    assert (out["is_cert_notice"], out["window_start"]) == (True, "2031-02-08")


@pytest.mark.parametrize("body, city", [
    ("证书补办受理地址:某省软件考试办公室(南昌市某路3号506室)。", None),
    ("受理地址:福建省某厅服务中心2号窗口(福州市某路162号)。", None),
    # (a city's own office, or the city named outside an address, still gives it)
    ("请到南昌市人事考试中心(某区某路3号)领取证书。", "南昌市"),
    ("南昌考区考生请到某省考试中心(南昌市某路3号)领取,我市其他考区另行通知。", "南昌市"),
])
def test_a_provincial_offices_address_gives_no_city(body, city):
    out = normalize_record({"title": "2030年度某资格证书领取通知", "body": body})
    assert out["city"] == city


def test_the_lost_month_hint_holds_wherever_a_lost_month_is_read():
    # (the speed gate of `lost_months_in_words` is necessary: every date it rewrites ends on what the hint finds)
    import random

    from pipelines import dates

    rng = random.Random(25)
    for _ in range(3000):
        text = "".join(rng.choice("2019年月日 0123456789至起") for _ in range(rng.randint(1, 14)))
        lost = [m for m in dates._TOKEN.finditer(text) if (m["lost"] or m["mdlost"]) and not text[m.end() - 2].isspace()]
        if lost:
            assert dates._LOST_HINT.search(text), text


@pytest.mark.parametrize("text, published", [
    ("某市证书领取通知\n请合格人员于4月1日至4月30日到某中心领取,逾期不候。 某市人事考试中心 2031年3月2日", "2031-03-02"),
    ("某市证书领取通知\n请于4月1日起到某中心领取。咨询电话:0931-1234567 某省某局 2031年5月24日", "2031-05-24"),
    ("某市证书领取通知\n请于4月1日起领取。 某县人事局 某县财政局 二〇三一年六月一日", "2031-06-01"),
    # (a labelled day or a period's end is no signature)
    ("某市证书领取通知\n请按时领取。领取截止时间: 2031年6月30日", None),
    ("某市证书领取通知\n领取时间为2031年6月1日至 2031年6月30日", None),
])
def test_a_signature_pasted_onto_the_line_above(text, published):
    assert normalize_record({"text": text})["published"] == published


def test_a_venue_and_a_provincial_address_are_both_set_aside():
    # (each alone gives no city; both in one body, neither does)
    body = "本次考试考场设在西安市某中学。证书请到陕西省某考试中心(西安市某路1号)领取。"
    assert normalize_record({"title": "2030年度某资格证书领取通知", "body": body})["city"] is None
