import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines import dates
from pipelines.dates import parse_date, url_year_month, without_weekdays
from pipelines.published import published_date
from pipelines.exam_year import exam_year
from pipelines.normalize import normalize_record
from pipelines.numerals import close_date_unit_gaps
from pipelines.window import collection_window


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        ("2024-11-06", None, "2024-11-06"),
        ("2024/11/06", None, "2024-11-06"),
        ("2024.11.6", None, "2024-11-06"),
        ("2024年11月6日", None, "2024-11-06"),
        ("２０２４年３月５日", None, None),  # full-width digits are the caller's to simplify
        ("二○一一年一月二十日", None, "2011-01-20"),
        ("二〇〇二年三月五日", None, "2002-03-05"),
        ("二零一九年十二月三十一日", None, "2019-12-31"),
        ("18-7-30", None, "2018-07-30"),
        ("03-12", 2016, "2016-03-12"),
        ("03-12", None, None),
        ("2017-06-02 11:13:59", None, "2017-06-02"),
        ("2024-11-06T20:30:00Z", None, "2024-11-07"),  # China time
        ("2024-11-06T20:30:00+08:00", None, "2024-11-06"),
        ("2024-02-30", None, None),
        ("", None, None),
        (None, None, None),
    ],
)
def test_parse_date(text, year, want):
    assert parse_date(text, year) == want


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("http://www.studyez.com/x/201801/2705645.htm", (2018, 1)),
        ("http://rsks.example.gov.cn/art/t20180131_1234.html", (2018, 1)),
        ("https://m.dongao.com/c/2017-06-02/728586.shtml", (2017, 6)),
        ("http://a.cn/news/123.html", None),
        (None, None),
    ],
)
def test_url_year_month(url, want):
    assert url_year_month(url) == want


@pytest.mark.parametrize(
    ("listed", "title", "body", "url", "want"),
    [
        ("2024-11-06", "", "", None, "2024-11-06"),
        ("08-14", "", "", "http://www.studyez.com/tongjishi/zslq/hunan/201708/2684830.htm", "2017-08-14"),
        ("01-31", "", "", "http://x.gov.cn/art/2018/t20180131_1.html", "2018-01-31"),
        ("08-14", "2016年湖南统计师证书发放", "", None, None),  # an exam year is not the publication year
        (None, "二级造价工程师证书换发说明2023-05-19", "", None, "2023-05-19"),
        (None, "某市二级造价工程师证书领取通知 [2023-05-19]", "", None, "2023-05-19"),  # a list's bracketed stamp
        (None, "", "正文\n\n二○一二年三月十四日 安徽省人事考试院", None, "2012-03-14"),
        (None, "", "正文\n佛山市人事考试中心\n2023年9月18日", None, "2023-09-18"),
        (None, "", "来源:某某培训网  2021-06-15", None, "2021-06-15"),
        (None, "", "办理时间\n2023年5月8日\n至\n2023年6月9日\n" + "注意事项。" * 40, None, None),
        (None, "", "窗口领取时间:2021年3月8日—2021年5月7日", None, None),
        (None, "", "10月12日:证书编号为2001-3000号段人员办理", None, None),
        (None, "", "", None, None),
    ],
)
def test_published_date(listed, title, body, url, want):
    assert published_date(listed, title, body, url) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("2019 年9月3日至\n9 月6日", None, ("2019-09-03", "2019-09-06")),
        ("窗口领取:3月2日-4月6日", "2023-02-20", ("2023-03-02", "2023-04-06")),
        # a day without a year well before the publication day is in the next year
        ("窗口领取:2月6日-3月7日", "2023-12-05", ("2024-02-06", "2024-03-07")),
        ("2024年12月18日至1月5日办理", None, ("2024-12-18", "2025-01-05")),
        ("12月28日至1月10日领取", "2024-12-20", ("2024-12-28", "2025-01-10")),
        ("即日起至12月31日", "2024-11-06", ("2024-11-06", "2024-12-31")),
        ("发放时间为即日起—9月15日(法定节假日除外)", "2025-08-18", ("2025-08-18", "2025-09-15")),
        ("即日起至12月31日", None, (None, None)),  # no year to give 12月31日
        ("网上申请截止时间为11月24日16时", "2022-11-02", (None, "2022-11-24")),
        ("请务必在2022年6月30日之前办理", None, (None, "2022-06-30")),
        ("领取时间：2024年1月2日起至1月31日止", None, ("2024-01-02", "2024-01-31")),
        ("领取时间:2024年3月4日(星期一)至3月8日(星期五)", None, ("2024-03-04", "2024-03-08")),
        ("证书发放时间：2024.3.4-2024.3.8", None, ("2024-03-04", "2024-03-08")),
        ("考试于2023年9月9日至10日举行,请于2024年3月1日至3月31日领取", None, ("2024-03-01", "2024-03-31")),
        ("请于2020年10月12-16日网上申请快递。2020年10月19日至11月2日窗口领取", None, ("2020-10-12", "2020-11-02")),
        ("2019年12月16日—2020年1月22日(双休日除外)", None, ("2019-12-16", "2020-01-22")),
        ("2022年4月6日至4月26日18:00前提交", None, ("2022-04-06", "2022-04-26")),
        ("办证时间为2020年9月21日起的办公时间内", None, ("2020-09-21", None)),
        ("自2023年3月6日起可以办理。窗口办理从即日起至2023年6月30日截止。", "2023-03-01", ("2023-03-06", "2023-06-30")),
        ("邮寄申请时间:2022年726日至83日17:00", None, ("2022-07-26", "2022-08-03")),  # lost 月
        ("2021年7月12日-7月21日网上报名", None, (None, None)),
        ("请于2023年10月9日至12月29日到报名点领取", None, ("2023-10-09", "2023-12-29")),
        ("考试将于2021年10月30日至31日举行", None, (None, None)),
        ("8月20日后不再办理", "2018-01-01", (None, None)),
        ("", None, (None, None)),
    ],
)
def test_collection_window(text, published, want):
    assert collection_window(text, published) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2023山西一级造价工程师证书换发指南", 2023),
        ("2015第三次沈阳市职称外语考试证书发放通知", 2015),
        ("2019年度全国高级经济师资格考评结合考试", 2019),
        ("21年监理工程师的成绩已经陆续进入复核阶段", 2021),
        ("自2022年4月11日起,在本市参加2021年全国经济专业技术中级考试", 2021),
        ("按照(某人社发〔2019〕12号)要求,2020年度注册测绘师", 2020),
        ("2019年10月领证通知", 2019),
        ("二〇二二年度二级建造师证书发放", 2022),
        ("二○一二年三月十四日 安徽省人事考试院", None),
        ("绵阳中级审计师资格证开始办理", None),
        ("领取时间为20天内", None),
        ("", None),
        # a bound is no exam year (session 8, sentences of our own)
        ("2015年以前取得的证书遗失的,可申请补办", None),
        ("2016年前取得的合格证书换发", None),
        # several years name no single one
        ("关于领取2021、2022年度会计证书的通知", None),
        ("2020年度和2021年度经济师证书领取", None),
        ("2019年至2021年二建证书补办", None),
        # a year in brackets is the exam's when 年 follows it; a document number's otherwise
        ("第61次(2022年上半年)考试合格证书发放", 2022),
        ("依据某人考函(2019)12号文件发放证书", None),
        # one year, then other numbers, is still that year
        ("2023年度一级建造师证书将于2024年3月发放", 2023),
    ],
)
def test_exam_year(text, want):
    assert exam_year(text) == want


@given(st.integers(1900, 2099), st.integers(0, 13), st.integers(0, 32),
       st.sampled_from(["", " 10:00", " 9:05:33", "  23:59"]), st.booleans())
def test_plain_list_dates_are_read_as_the_grammar_reads_them(year, month, day, clock, padded):
    # parse_date reads `2024-11-06 10:00` directly; the general grammar must agree.
    s = f"{year}-{month:02d}-{day:02d}{clock}" if padded else f"{year}-{month}-{day}{clock}"
    tokens = dates.tokens(dates.chinese_numeral_dates(s), None)
    assert dates.parse_date(s) == (tokens[0].date.isoformat() if tokens else None)


@pytest.mark.parametrize("text, year", [
    # session 16: a title and opening naming no year; the body's opening lines give the exam one
    ("银行从业资格证书申请须知\n各位考生:\n请按须知办理。\n2030年下半年银行业职业资格考试合格标准已经公布,证书申请事项如下。", 2030),
    ("审计师证书领取说明\n各位考生:\n请合格人员按时领取。\n2030年审计初、中级资格考试合格证书已到,请到市审计局领取。", 2030),
    # guards: several years (past sittings listed), a range of years, or no exam named
    ("银行从业证书申请说明\n考后一个月左右可申请证书,以协会通知为准。\n请看往年安排。\n"
     "近年安排:2030年上半年考试后7月开放申请;2029年下半年考试后11月开放申请。", None),
    ("会计证书领取公告\n请2028年至2030年度初级会计资格考试的合格者领取证书。", None),
    ("证书领取公告\n请合格人员于本月底前领取证书。", None),
])
def test_the_exam_year_of_a_body_when_the_title_names_none(text, year):
    assert normalize_record({"text": text, "listed_date": None, "source_url": None})["year"] == year


@pytest.mark.parametrize("text, read", [
    ("2031年1月14日(星期二)至3月14日(星期五)", "2031年1月14日至3月14日"),
    ("2031-01-14（周二）起", "2031-01-14起"),
    ("5月6号(礼拜一)前", "5月6号前"),
    # not after a date: a weekly timetable stays
    ("每周一至周五(周六休息)办理", "每周一至周五(周六休息)办理"),
    ("逢(周三)下午办理", "逢(周三)下午办理"),
])
def test_a_weekday_after_a_date_is_left_out(text, read):
    assert without_weekdays(text) == read


@pytest.mark.parametrize("spaced, closed", [
    # session 19: an editor's spaces between figures and Chinese, closed up in dates and periods
    ("2031 年 4 月 1 日至 4 月 9 日", "2031年4月1日至4月9日"),
    ("于 2031 年 4 月 1 日上午 9:00 至 11:30", "于2031年4月1日上午9:00至11:30"),
    ("26 年中级审计师", "26年中级审计师"),
    ("领取时间为 4 月 1 日 —4 月 9 日", "领取时间为4月1日—4月9日"),
    ("咨询电话:0731 - 2345678", "咨询电话:0731 - 2345678"),
    # ... not an address's number, nor figures that are no date
    ("东环路 16 号 3 楼", "东环路 16 号 3 楼"),
    ("邮费 15 元", "邮费 15 元"),
])
def test_spaces_between_figures_and_dates_are_closed_up(spaced, closed):
    assert close_date_unit_gaps(spaced) == closed


@pytest.mark.parametrize("text, year, start, end", [
    ("26 年中级审计师证书领取通知\n合格人员请到宁远市人才服务中心领取。", 2026, None, None),
    ("宁远市2031年审计师证书领取通知\n合格人员凭身份证原件在 4 月 1 日至 9 日到宁远市人才服务中心领取。", 2031, "2031-04-01",
     "2031-04-09"),
])
def test_a_notice_spaced_around_its_figures_reads_its_window_and_year(text, year, start, end):
    read = normalize_record({"text": text})
    assert (read["year"], read["window_start"], read["window_end"]) == (year, start, end)


@pytest.mark.parametrize("text, default, expected", [
    # session 19: a year and month without a day names the year of the undated dates after it
    ("证书已于2031年2月起陆续发放,邮寄通道于2月8日开通。", 2030, ["2031-02-08"]),
    ("2030年度证书领取:2031年3月开始,现场领取3月5日至3月20日。", 2030, ["2031-03-05", "2031-03-20"]),
    # ... not before it, nor over a date that names its year
    ("邮寄通道于2月8日开通,证书2031年2月起陆续寄出。", 2030, ["2030-02-08"]),
    ("2031年2月起陆续发放;2030年12月1日起申请,12月8日截止。", 2029, ["2030-12-01", "2030-12-08"]),
])
def test_a_year_and_month_names_the_year_of_the_undated_dates_after_it(text, default, expected):
    assert [t.date.isoformat() for t in dates.tokens(text, default)] == expected


@pytest.mark.parametrize("title, shown, published", [
    # session 19: a date a title gives as its business stays in the title and dates no publication
    ("宁远市审计师证书领取时间:2031年3月6日", "宁远市审计师证书领取时间:2031年3月6日", None),
    ("宁远市审计师证书领取时间为2031年3月6日", "宁远市审计师证书领取时间为2031年3月6日", None),
    # ... a list's date glued to a title, in figures or after a stamp's label, is the list's
    ("宁远市审计师证书领取通知 2031-03-06", "宁远市审计师证书领取通知", "2031-03-06"),
    ("宁远市审计师证书开始发放 2031-03-06", "宁远市审计师证书开始发放", "2031-03-06"),
    ("宁远市审计师证书领取通知 更新时间:2031-03-06", "宁远市审计师证书领取通知", "2031-03-06"),
])
def test_a_date_a_title_gives_as_its_business_is_no_list_date(title, shown, published):
    read = normalize_record({"text": title})
    assert (read["title"], read["published"]) == (shown, published)


@pytest.mark.parametrize("text, want", [
    # session 21: a range of years (`2009—2014年度`) and a bound (`2017年度及以前`) name no one exam year
    ("滞留证书认领公告(2009—2014年度各类专业技术资格证书)", None),
    ("2017年度及以前取得的会计专业技术资格证书遗失的,可申请补办", None),
    # ... while a year from which on (`2020年度及以后`) is the first exam it covers
    ("我省2020年度及以后社会工作者职业资格考试合格人员可下载电子证书", 2020),
])
def test_ranges_and_bounds_of_years(text, want):
    assert exam_year(text) == want


def test_last_years_exam_counts_from_the_publication_year():
    got = normalize_record({"title": "关于领取上年度计算机技术与软件专业技术资格考试证书的通知", "listed_date": "2031-03-14"})
    assert got["year"] == 2030
