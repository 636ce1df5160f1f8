"""Table tests for the failure classes of issue 12, written with our own sentences (no text of
the shared dev set or of tests/data/real_notices is copied here)."""

import pytest

from pipelines.published import published_date
from pipelines.header import header_date
from pipelines.kind import classify
from pipelines.normalize import FIELDS, normalize_record
from pipelines.notice_signs import evidence
from pipelines.text import lead, simplify
from pipelines.window import collection_window
from pipelines.window_rule import add_working_days, find_rule, rule_window

# --- published dates in page headers ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("时间:2021-05-11 09:20 来源:市人社局 点击:\n正文", "2021-05-11"),
        ("2024-03-02 10:15  ·  某某  ·  来源:某培训网\n正文", "2024-03-02"),
        ("责编:王某某 2018-06-25\n正文", "2018-06-25"),
        ("来源:考试网2025-03-09 08:41:12阅读数:210\n正文", "2025-03-09"),  # digits glued before the year
        ("来源:某区人社局 信息提供日期:2020-10-13 16:40 字号:大 中 小\n正文", "2020-10-13"),
        ("发表于:2021-04-02 11:05:31来源:某某网\n正文", "2021-04-02"),
        ("作者:admin时间:24-05-16阅读数:8人阅读\n正文", "2024-05-16"),  # a two-digit year after 时间:
        ("2019-09-12 某某职业培训学校\n正文", "2019-09-12"),  # a bare date and its publisher
        ("某某晚报 2020年07月21日\n正文", "2020-07-21"),
        ("某某网站 - 人事 | 2021-11-30 | 点阅数: 45\n正文", "2021-11-30"),
        # not headers: a schedule row, a period split over lines, the body already begun
        ("领取时间:2023-06-05 09:00\n正文", None),
        ("办理时间\n2022年5月9日\n至\n2022年6月10日", None),
        ("各位考生:\n2022-05-09 起办理", None),
        ("合格证书将于近期发放,请考生留意本网站通知,办理时携带身份证。\n2021-04-02", None),
        ("", None),
    ],
)
def test_header_date(body, want):
    assert header_date(body) == want


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        ("某某考试公众号 2023-08-14 20:05", "各位考生:\n证书已到。", "2023-08-14"),  # the first line is the header itself
        ("关于证书发放的提示2021-09-30 10:12:40浏览量:77", "正文", "2021-09-30"),  # a stamp glued to the title
        ("某市证书领取通知", "时间:2022-02-16 来源:某市人社局\n正文", "2022-02-16"),  # the body's own header below it
        # a title of prose ends no header: the body's header is read as if it were not there
        ("各位考生,本市本年度职业资格证书的领取安排已经确定,现说明如下。", "发布时间:2020-12-03 09:00\n正文", "2020-12-03"),
        ("某市证书领取通知", "各位考生:\n2022-05-09 起办理", None),  # the body has begun before any date
        ("", "时间:2021-05-11 09:20 来源:市人社局\n正文", "2021-05-11"),
    ],
)
def test_header_date_with_its_title(title, body, want):
    assert header_date(body, title=title) == want


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # a signature in Chinese numerals with ASCII zeros
        ("", "正文\n某市人事考试中心\n二00八年十月九日", "2008-10-09"),
        # a repost naming the day its source issued it
        ("", "据悉,某省人事考试中心于2019年11月4日发布的《关于证书发放的通知》明确了办理方式。", "2019-11-04"),
        ("", "成绩将于2019年11月4日公布", None),
    ],
)
def test_published_date_other_shapes(title, body, want):
    assert published_date(None, title, body, None) == want


# --- windows ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("证书办理时间:5月11日-28日", "2023-05-02", ("2023-05-11", "2023-05-28")),  # day-only end
        ("证书办理时间:6月3日-7月19日", "2021-05-30", ("2021-06-03", "2021-07-19")),
        ("中级统计师证书发放时间:2月22日起", "2021-02-20", ("2021-02-22", None)),  # start only
        ("合格证书自3月9日起由各市人社部门陆续发放", "2022-03-01", ("2022-03-09", None)),
        ("第一步:登录系统填写邮寄信息\n第二步:11月20日起开始寄送证书\n第三步:签收", "2023-11-01",
         ("2023-11-20", None)),  # a step in a list of steps
        ("自即日起,合格人员可登录系统申请证书邮寄。", "2023-06-01", ("2023-06-01", None)),
        ("自即日起,合格人员可登录系统申请证书邮寄。", None, (None, None)),  # 即日 needs its day
        # an open-ended channel after a period: no end
        ("1.线上申请。2023年4月3日至4月28日网上申请邮寄。\n2.线下办理。2023年5月4日后到窗口领取。", None,
         ("2023-04-03", None)),
        # an open start with a deadline keeps the deadline
        ("自2022年9月5日起办理,截止2022年10月14日", None, ("2022-09-05", "2022-10-14")),
        ("网上申请开始时间为:2021年11月22日9:00;截止时间另行通知。", None, ("2021-11-22", None)),
        # a day without a year before the publication day belongs to the next year
        ("请于1月9日至1月20日办理", "2022-12-15", ("2023-01-09", "2023-01-20")),
        ("请于1月9日至1月20日办理", "2023-01-03", ("2023-01-09", "2023-01-20")),
        # no publication day: the year the text names before the dates (a year written `YYYY年度` is an exam's, whose
        # first-half dates are the next spring's: tests/test_norm_window_shapes.py)
        ("2020年某市中级统计师合格证书办理时间:5月6日起", None, ("2020-05-06", None)),
        ("2021年某省二级造价工程师证书领取时间:3月1日-3月19日", None, ("2021-03-01", "2021-03-19")),
        ("领取时间:3月1日-3月19日", None, (None, None)),  # no year anywhere
        # the notice's own day said as 下发, with an hour after the end day; its start unknown without a date
        ("自本通知下发之日起至2031年3月3日18时,登录网站申请邮寄。", "2031-02-20", ("2031-02-20", "2031-03-03")),
        ("自本通知下发之日起至2031年3月3日18时,登录网站申请邮寄。", None, (None, "2031-03-03")),
        # a review period after the application period is not a collection window, whether or not a comma parts them
        ("本期证书申领时间为2031年6月27日8:30至7月11日16:30审核时间为7月14日8:30至7月16日16:30", None,
         ("2031-06-27", "2031-07-11")),
        ("证书申请时间:2031年7月3日至7月24日。证书审核的时间:2031年7月25日至7月30日。", None, ("2031-07-03", "2031-07-24")),
    ],
)
def test_collection_window_shapes(text, published, want):
    assert collection_window(simplify(text), published) == want


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("请于合格名单公布之日起9个工作日内在系统中提交快递申请。", "合格名单公布之日起9个工作日内"),
        ("申请时间:自全科合格人员名单公示之日起8个工作日内。", "自全科合格人员名单公示之日起8个工作日内"),
        ("申請時間:自全科合格人員名單公示之日起8個(gè)工作日內(nèi)。", "自全科合格人員名單公示之日起8個(gè)工作日內(nèi)"),
        ("二级造价工程师考试成绩公布20个工作日后,合格人员可自行打印合格证明。", "二级造价工程师考试成绩公布20个工作日后"),
        ("自本通知发布之日起三个月内提出申请。", "自本通知发布之日起三个月内"),
        # not rules: a delivery time, an estimate, no count at all
        ("证书将于申请成功后7个工作日内寄出。", None),
        ("证书一般在成绩公布2个月后发放。", None),
        ("请于规定时间内办理。", None),
    ],
)
def test_find_rule(raw, rule):
    found = find_rule(raw)
    assert (found.text if found else None) == rule


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        ("2023-12-19", 10, "2024-01-02"),  # 2024-01-01 is a holiday; the first day is day 1
        ("2024-09-27", 8, "2024-10-12"),  # 9-29 and 10-12 are make-up working days
        ("2023-01-20", 3, "2023-01-29"),  # the Spring Festival: 1-28 and 1-29 are make-up working days
        ("2024-05-06", 1, "2024-05-06"),
    ],
)
def test_add_working_days(start, days, end):
    import datetime as dt

    assert add_working_days(dt.date.fromisoformat(start), days).isoformat() == end


def test_add_working_days_outside_the_calendar_is_unknown():
    import datetime as dt

    assert add_working_days(dt.date(1990, 3, 1), 5) is None


@pytest.mark.parametrize(
    ("raw", "published", "want"),
    [
        # the anchor is the notice's own day
        ("自本通知发布之日起8个工作日内提交申请。", "2024-09-27", ("2024-09-27", "2024-10-12")),
        # the anchor is a dated 公示 in the text
        ("考后审核结果于2023年12月19日开始公示。\n请于公示之日起7个工作日内提交快递申请。", None,
         ("2023-12-19", "2023-12-27")),
        # no anchor day in the text: the rule alone
        ("请于公示之日起7个工作日内提交快递申请。", None, (None, None)),
        # months are counted the same way: the day before the same date N months on, a short month's last day
        ("自本通知发布之日起两个月内提出申请。", "2030-03-05", ("2030-03-05", "2030-05-04")),
        ("2030年12月4日开始,6个月内到财政局申领。", None, ("2030-12-04", "2031-06-03")),
        ("自2031年1月31日起1个月内申请邮寄。", None, ("2031-01-31", "2031-02-28")),
        ("自本公告之日起三个月内领取。", "2030-03-01", ("2030-03-01", "2030-05-31")),
        # (the announcement of a list is an event, not the notice's day)
        ("自合格人员名单公告之日起3个月内申领。", "2030-03-01", (None, None)),
        # calendar days are, the first day as day 1 (here across a month end)
        ("合格人员须自本公告发布之日起20日内到窗口领证。", "2024-10-17", ("2024-10-17", "2024-11-05")),
        ("自通知下发之日起15天内申请邮寄。", "2024-10-17", ("2024-10-17", "2024-10-31")),
    ],
)
def test_rule_window(raw, published, want):
    rule, start, end = rule_window(raw, simplify(raw), published)
    assert rule is not None and (start, end) == want


def test_window_rule_is_a_normalized_field():
    assert "window_rule" in FIELDS
    out = normalize_record({"text": "关于2023年度证书快递服务的公告\n各位考生:\n考后审核结果于2023年12月19日开始公示。"
                                    "请于公示之日起7个工作日内提交快递申请。",
                            "listed_date": "2023-12-18"})
    assert (out["is_cert_notice"], out["window_rule"]) == (True, "公示之日起7个工作日内")
    assert (out["window_start"], out["window_end"]) == ("2023-12-19", "2023-12-27")
    out = normalize_record({"text": "2023年度会计资格报名通知\n请于公示之日起7个工作日内报名"})
    assert out["window_rule"] is None  # only certificate notices carry windows


# --- certificate notices and their look-alikes ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # training-site explainers: hedged, generic, talking to the reader
        ("审计师证书领取指南", "按照往年的规律,证书一般在成绩公布后三个月左右发放,具体以当地通知为准。", (False, "other")),
        ("经济师证书发放", "很多考生关心证书什么时候发,下面小编为大家整理了相关内容,一起来看看吧。", (False, "other")),
        ("", "社工证书领取时间通常是成绩公布后两三个月,各地区时间不同,请以官方通知为准。", (False, "other")),
        # notices: addressed, dated, placed, signed
        ("统计师证书发放", "各位考生:\n现将证书发放事项通知如下:\n发放时间:2021年6月7日至6月18日。\n地点:市政务大厅3楼。",
         (True, "collection")),
        ("", "各有关考生:\n2022年度审计师证书已制作完成,请于2023年3月6日至3月24日到窗口领取,咨询电话:0000-1234567。",
         (True, "collection")),
        # news that a service has opened
        ("2024年统计师电子证书可以下载了", "电子证书下载通道已开通,持证人可登录网站下载。", (True, "electronic")),
        # issue 12: certificate notices worded differently
        ("关于2022年度二级造价工程师电子合格证明打印的公告", "", (True, "electronic")),
        ("关于2020年度统计从业资格证书换领工作的通知", "", (True, "reissue")),
        # a title about a look-alike: registration certificates made electronic
        ("本省二级造价工程师注册证书全面电子化", "自下月起,注册证书改为电子形式,与纸质证书效力相同。", (False, "other")),
    ],
)
def test_explainers_and_notices(title, body, want):
    title, body = simplify(title), simplify(body)
    assert classify(title, lead(body), body) == want


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # a notice about exam arrangements with a certificate section further down
        ("", "各位考生:\n2022年度统计师考试考务工作安排如下,请按时报名。\n(五)证书领取\n合格证书由市人社局发放。",
         (False, "other")),
        # the verb a few words from its look-alike object
        ("", "各位考生:\n请于2021年5月10日至5月14日领取专业科目考试准考证。", (False, "other")),
        # news of an issuance in a chatty page is still news
        ("2023年度统计师电子证书下载", "某网校小编为大家整理了相关信息。2023年度统计师电子证书现已上线,持证人可登录下载。",
         (True, "electronic")),
        ("2023年度统计师电子证书下载", "某网校小编为大家整理了相关信息。电子证书预计在成绩公布后一个月上线。",
         (False, "other")),
        # a title calling itself 须知 is an official procedure
        ("证书补办业务办理须知", "补办时限一般为五个工作日。", (True, "reissue")),
    ],
)
def test_more_look_alikes(title, body, want):
    title, body = simplify(title), simplify(body)
    assert classify(title, lead(body), body) == want


def test_a_body_naming_only_look_alike_exams_is_not_ours():
    out = normalize_record({"text": "一、证书自取\n各位考生:\n请携带身份证到考点领取证书,咨询电话:0000-7654321。\n"
                                    "本次普通话水平测试证书保存一年。"})
    assert out["is_cert_notice"] is False
    out = normalize_record({"text": "一、证书自取\n各位考生:\n请携带身份证、毕业证原件到窗口领取证书,咨询电话:0000-7654321。"})
    assert out["is_cert_notice"] is True  # a document to bring is not the subject


def test_a_reissue_round_is_not_an_exam_year():
    assert normalize_record({"text": "2021年6月—8月补办资格证书领取通知"})["year"] is None
    assert normalize_record({"text": "2021年度经济师证书领取通知"})["year"] == 2021


def test_evidence_counts_each_kind_of_sign_once():
    guide, notice = evidence("一般在成绩公布后发放。一般在三月。小编整理。")
    assert (guide, notice) == (2, 0)
    guide, notice = evidence("各位考生:\n现将有关事项通知如下:\n地点:某某大厅\n咨询电话:123")
    assert guide == 0 and notice >= 3


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a page whose first lines are a breadcrumb and a header: the title is found under them
        (("您现在的位置:某网校 > 统计师 > 证书领取\n2023年统计师电子证书下载开通\n来源:某网校 2023-07-04 10:00:00\n"
          "2023年统计师电子证书下载通道已开通,持证人可登录中国人事考试网下载。"), ("electronic", "2023-07-04")),
        # an excerpt starting inside a page: no title, the body decides
        ("二、证书领取\n证书发放时间一般为成绩公布后三个月左右,具体以当地通知为准,各地区时间不同。", ("other", None)),
    ],
)
def test_pages_with_furniture(text, want):
    out = normalize_record({"text": text})
    assert (out["kind"], out["published"]) == want


# --- second round: training-site guides, exams named in passing, years of events ------------
# (sentences of our own, written for these rules)


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # guides generalise over places: a notice is for one place
        ("", "一、领取方式\n本人携带身份证件到指定地点领取,部分城市要求不得代领。\n二、邮寄\n多数省份开通了快递服务。",
         (False, "other")),
        # `已经开通` somewhere, not here
        ("", "部分省份已经开通了统计师证书快递服务,考生登录网站填写收件信息即可。", (False, "other")),
        # hedges and examples
        ("", "证书领取流程\n以审计师为例,证书大约在考后两个月左右寄出,可能需要自付邮费。", (False, "other")),
        # the issuer speaking of itself is a notice sign
        ("", "二、证书邮寄\n我中心与邮政公司合作,为考生提供证书寄递服务,每件收费十元。", (True, "collection")),
        # an opening about scores is saved by a dated collection period further down
        ("", "各位考生:\n本年度统计师考试成绩已公布。\n合格人员证书领取时间11月4日起至11月29日止,地点:人社局一楼窗口。",
         (True, "collection")),
        # ... but not by a promise of a later notice
        ("", "各位考生:\n本年度统计师考试成绩已公布。\n合格证书领取时间另行通知。", (False, "other")),
        # a title announcing that mailing has begun outweighs a chatty repost
        ("某省2025年统计师证书开始邮寄", "小编为大家整理如下:邮寄申请时间为2025年9月1日至9月20日。", (True, "collection")),
    ],
)
def test_guides_and_notices_second_round(title, body, want):
    title, body = simplify(title), simplify(body)
    assert classify(title, lead(body), body) == want


def test_the_stock_comparison_of_paper_and_electronic_is_a_guide_sign():
    assert evidence("2020年起审计师推行电子证书,纸质证书照常发放,两者效力一样。") == (1, 0)
    # the official wording is not
    assert evidence("本省推行电子证书,电子版与纸质版证书具有同等法律效力。")[0] == 0


def test_form_fields_and_unnamed_places_are_not_notice_signs():
    # `收件地址、联系电话` are fields to fill in, `指定地点` names no place
    assert evidence("登录系统后填写收件地址、联系电话,到指定地点签收。")[1] == 0
    # a named place and a number to call are
    assert evidence("地点:某区政务中心二楼\n电话:0000-1234567")[1] == 2
    assert evidence("咨询电话 (0000)7654321")[1] == 1


@pytest.mark.parametrize(
    ("lead_", "body", "want"),
    [
        # a document to bring beside the exam is not a second subject
        ("领取审计师证书时需带身份证、毕业证。", "", "审计专业技术资格"),
        ("自学考试毕业证由考办统一发放。", "", "高等教育自学考试"),
        # an excerpt opening on headings names its exam twice in its first paragraph
        ("二、证书事宜\n1、邮寄", "二、证书事宜\n1、邮寄\n凡参加本市统计师考试的合格人员,均可申请邮寄统计师证书。",
         "统计专业技术资格"),
        # named once there, or only in an exclusion: an aside, not the subject
        ("二、证书事宜\n1、邮寄", "二、证书事宜\n1、邮寄\n凡参加本市统计师考试的合格人员,均可申请邮寄证书。", None),
        ("二、证书事宜\n1、邮寄", "二、证书事宜\n1、邮寄\n全部证书可邮寄(不包括统计师),统计师证书仍到窗口办理。", None),
        # names at the right grain
        ("大学英语四、六级证书今年起只发电子版。", "", "全国大学英语四六级考试"),
        ("卫生职业资格证书可申请快递到家。", "", "卫生专业技术资格"),
        # named once, deep in a body, as the name of the certificate handed out: the subject
        ("一、办理须知\n1、预约", "一、办理须知\n1、预约\n2、持身份证原件到窗口,审计师证书当场发放。",
         "审计专业技术资格"),
        # but not once in passing, nor the people of a trade (`会计从业人员` is not 会计从业资格)
        ("一、办理须知\n1、预约", "一、办理须知\n1、预约\n2、窗口也受理审计师报名咨询。", None),
        ("中级会计职称是会计从业人员提升能力的途径,证书可邮寄。", "", "会计专业技术资格"),
        # the certificate's full name (特种作业人员操作证) is the look-alike, not people
        ("《特种作业人员操作证》全国通用。", "", "特种作业操作证"),
    ],
)
def test_exam_grain(lead_, body, want):
    from pipelines.exams import find_exam

    assert find_exam("", simplify(lead_), None, simplify(body)).exam == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the year of a change or an event is not an exam year
        ("从2021年开始,审计师实行电子证书。", None),
        ("2020年起推行电子证书,纸质证书仍发放。", None),
        ("2022年,某部门开始试点网上申领。", None),
        ("2015年应届毕业生参加2014年统计师考试的合格人员", 2014),
        ("2023年度经济师证书领取", 2023),
        ("本页整理了2024年最新的证书快递办理步骤", None),
        # the year certificates are exchanged in (session 15)
        ("丙县2031年换发新版统计从业资格证书须知", None),
        ("2031年更换新版证书的通知", None),
        # an exam held on a full date gives its year; a signature date does not
        ("对2023年4月9日及以前测试的考生发放证书", 2023),
        ("2022年3月5日 某省人事考试中心", None),
        # an exam said to be held on a date; a hand-out date is not the exam's
        ("今年的统计师考试因故改期至2021年11月20日至21日举行。", 2021),
        ("审计师考试定于2020年10月17日进行,请考生留意。", 2020),
        ("经济师考试合格证书定于2022年3月8日起发放", None),
        # the year candidates passed in beats an earlier year that is not an exam's
        ("2024年的复习已经启动,2023年考试通过的学员可以准备领证了", 2023),
        ("2019年考过的朋友,证书已经到了", 2019),
    ],
)
def test_exam_year_second_round(text, want):
    from pipelines.exam_year import exam_year

    assert exam_year(text) == want


def test_a_window_into_the_next_year_written_with_its_word():
    assert collection_window("领证时间为12月20日至次年1月10日", "2023-12-01") == ("2023-12-20", "2024-01-10")


def test_a_source_line_with_a_space_before_its_colon_is_not_the_lead():
    assert lead("来源 :某某网 2016-04-27\n二、证书发放\n1、邮寄") == "二、证书发放\n1、邮寄"


def test_a_sentence_naming_a_publication_time_is_still_the_lead():
    # a header field is skipped; prose that mentions `发布时间` is what the text is about
    assert lead("发布时间:2021-03-02\n经济师证书办理\n其他") == "经济师证书办理\n其他"
    text = "今年统计师证书邮寄通知发布时间是4月1日,请留意。"
    assert lead(text + "\n二、其他") == text + "\n二、其他"


def test_a_places_own_questions_and_answers_are_a_notice():
    # a city's FAQ on mailing is an official page; a national explainer's questions are not
    title = "某市人社局发布:本市统计师证书快递常见问答"
    body = "某市人社局近日发布了《统计师证书快递常见问答(2024年版)》,明确了申请快递的时限。\n(一)怎样申请快递?\n登录系统填写。"
    assert classify(title, lead(body), body, has_region=True) == (True, "collection")
    assert classify("统计师证书快递常见问题解答", lead(body), body, has_region=False) == (False, "other")
    # a question about when is a prediction wherever it is asked
    assert classify("某市统计师证书什么时候发放?常见问题解答", "", "", has_region=True) == (False, "other")


def test_a_document_title_with_its_edition_is_a_notice_sign():
    assert evidence("某局发布了《证书邮寄办理须知(第二版)》。")[1] == 1


def test_places_named_as_examples_are_not_the_region():
    from pipelines.regions import find_region

    body = "证书多在次年春季发放,各考区时间不一,例如某些考区,如甘肃省考区,常在五月前后。"
    assert find_region("", body).province is None
    assert find_region("", "快递费由考生支付(如海南省的考生需到付)。").province is None
    assert find_region("", "以青海为例,证书三月发出。").province is None
    # a place the text is about still counts
    assert find_region("", "甘肃省考区合格人员证书自下周起办理。").province == "甘肃省"


def test_a_title_with_a_time_field_in_its_words_is_still_the_title():
    from pipelines.text import split_title

    # `…打印时间:` is part of the title's words; the header field after it is skipped
    text = "2030年某省审计师准考证打印时间:5月6日至10日\n来源:某某网 2030-01-02\n某市"
    assert split_title(text)[0] == "2030年某省审计师准考证打印时间:5月6日至10日"
    assert split_title("时间:2030-01-02 来源:某某网\n审计师证书发放安排\n正文")[0] == "审计师证书发放安排"


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # an office's own FAQ (its header names the office as source) is a notice
        ("怎样申请统计师证书邮寄到家?", "信息来源: 某市人事考试中心 发布日期:2030-01-02\n答:登录系统填写地址。", True),
        ("统计师证书可以邮寄吗?", "来源:某某人社 2030-01-02\n可以,登录系统申请。", True),
        # a training site's FAQ is not, nor is an office's page that predicts
        ("怎样申请统计师证书邮寄到家?", "来源:某某网校 2030-01-02\n答:登录系统填写地址。", False),
        ("统计师证书什么时候发放?", "来源:某某人社 2030-01-02\n预计下月发放。", False),
        # the only certificate a title names is a look-alike (注册证书): not ours
        ("审计师注册后注册证书领取步骤", "", False),
    ],
)
def test_official_faq_and_lookalike_titles(title, body, want):
    assert classify(title, "", body)[0] is want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a start word before the range separator
        ("请于2031年7月1日起至2031年8月31日到财政局办理证书", None, ("2031-07-01", "2031-08-31")),
        ("领证时间:3月4日开始至3月15日", "2031-03-01", ("2031-03-04", "2031-03-15")),
        # a lone start is still open-ended
        ("3月4日起到窗口领取证书", "2031-03-01", ("2031-03-04", None)),
    ],
)
def test_a_range_with_a_start_word_before_its_separator(text, published, want):
    assert collection_window(text, published) == want


@pytest.mark.parametrize(
    ("title", "lead_", "body", "want"),
    [
        # 职称外语 hands out a 成绩通知书 in place of a certificate
        ("某市职称英语考试成绩通知书邮寄服务的通知", "", "", (True, "collection")),
        ("", "现将2031年职称外语等级考试成绩通知书发放事项通知如下:", "现将2031年职称外语等级考试成绩通知书发放事项通知如下:\n"
         "请于3月4日至8日到某市考试院窗口领取。", (True, "collection")),
        # elsewhere a 成绩通知书 is a look-alike
        ("某市统计师考试成绩通知书领取通知", "", "", (False, "other")),
        # EMS 速递 and 申领 are collection words
        ("", "审计师证书可申请邮政速递到家,请于3月4日至8日登录系统办理。",
         "审计师证书可申请邮政速递到家,请于3月4日至8日登录系统办理。", (True, "collection")),
        ("", "2031年度审计师证书申领将于3月4日至8日在某市财政局大厅进行。",
         "2031年度审计师证书申领将于3月4日至8日在某市财政局大厅进行。", (True, "collection")),
        # a training site's 详解 / 解读 is a guide
        ("审计师证书领取详解", "", "", (False, "other")),
        ("全面解读审计师证书领取", "", "", (False, "other")),
    ],
)
def test_kind_words_of_the_fourth_round(title, lead_, body, want):
    assert classify(title, lead_, body) == want


def test_a_notice_that_leaves_one_date_to_be_announced_is_still_a_notice():
    body = ("现就某市2031年度审计师证书发放有关事项公告如下:\n一、发放方式\n现场领取和邮寄两种。"
            "邮寄申请时间预计在成绩公布后另行公告。\n二、领取地点:某市财政局一楼大厅")
    assert classify("", body.split("\n")[0], body) == (True, "collection")
    # the same prediction in a guide's opening is a guide
    guide = "审计师证书预计在成绩公布后两个月发放,届时可现场领取或邮寄。"
    assert classify("", guide, guide) == (False, "other")


def test_identity_papers_of_hong_kong_macau_taiwan_are_not_the_region():
    from pipelines.regions import find_region

    body = ("资格审核须提供:港澳台居民提供居住地在浙江省内的港澳台居民居住证;"
            "台湾居民提供台湾居民来往大陆通行证。")
    assert find_region("", body).province == "浙江省"
