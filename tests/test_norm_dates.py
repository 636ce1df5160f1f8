import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines import dates
from pipelines.dates import exam_year, parse_date, published_date, url_year_month
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
        (None, "监理工程师证书补办指南2024-11-06", "", None, "2024-11-06"),
        (None, "", "正文\n\n二○一○年十月二十六日 江苏省人事考试中心", None, "2010-10-26"),
        (None, "", "正文\n广州市人事考试中心\n2024年2月4日", None, "2024-02-04"),
        (None, "", "来源:出版专业资格考试网  2022-11-02", None, "2022-11-02"),
        (None, "", "领取时间\n2024年3月18日\n至\n2024年4月19日\n" + "注意事项。" * 40, None, None),
        (None, "", "现场领取时间:2022年2月7日—2022年4月7日", None, None),
        (None, "", "11月29日:证书领取编号为0001-1500号段人员", None, None),
        (None, "", "", None, None),
    ],
)
def test_published_date(listed, title, body, url, want):
    assert published_date(listed, title, body, url) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("2019 年9月3日至\n9 月6日", None, ("2019-09-03", "2019-09-06")),
        ("现场领取:2月5日-3月6日", "2024-12-01", ("2024-02-05", "2024-03-06")),
        ("2024年12月18日至1月5日办理", None, ("2024-12-18", "2025-01-05")),
        ("12月28日至1月10日领取", "2024-12-20", ("2024-12-28", "2025-01-10")),
        ("即日起至12月31日", "2024-11-06", ("2024-11-06", "2024-12-31")),
        ("发放时间为即日起—9月15日(法定节假日除外)", "2025-08-18", ("2025-08-18", "2025-09-15")),
        ("即日起至12月31日", None, (None, None)),  # no year to give 12月31日
        ("申请直邮截止时间为12月18日17时", "2024-12-01", (None, "2024-12-18")),
        ("请在2024年5月31日之前领取", None, (None, "2024-05-31")),
        ("领取时间：2024年1月2日起至1月31日止", None, ("2024-01-02", "2024-01-31")),
        ("领取时间:2024年3月4日(星期一)至3月8日(星期五)", None, ("2024-03-04", "2024-03-08")),
        ("证书发放时间：2024.3.4-2024.3.8", None, ("2024-03-04", "2024-03-08")),
        ("考试于2023年9月9日至10日举行,请于2024年3月1日至3月31日领取", None, ("2024-03-01", "2024-03-31")),
        ("请于2019年11月20-25日申请邮寄。2019年11月29日至12月5日现场领取", None, ("2019-11-20", "2019-12-05")),
        ("2018年12月24日—2019年1月31日(法定假日除外)", None, ("2018-12-24", "2019-01-31")),
        ("2021年3月1日至3月20日24:00前登录", None, ("2021-03-01", "2021-03-20")),
        ("发证的时间为2021年11月15日起的工作时间内", None, ("2021-11-15", None)),
        ("自2024年2月5日起可以领取。现场领取从即日起至2024年5月31日截止。", "2024-02-04", ("2024-02-05", "2024-05-31")),
        ("邮寄申报时间:2023年831日至98日16:00", None, ("2023-08-31", "2023-09-08")),
        ("2020年8月17日-8月26日网上报名", None, (None, None)),
        ("请于2023年10月9日至12月29日到报名点领取", None, ("2023-10-09", "2023-12-29")),
        ("考试将于2021年10月30日至31日举行", None, (None, None)),
        ("7月10日后不再发放", "2016-01-01", (None, None)),
        ("", None, (None, None)),
    ],
)
def test_collection_window(text, published, want):
    assert collection_window(text, published) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2024河南监理工程师证书补办指南", 2024),
        ("2016第四次天津市计算机应用能力考试证书发放通知", 2016),
        ("2017年度全国高级统计师资格考评结合考试", 2017),
        ("20年消防工程师的成绩都进入了合格名单公示", 2020),
        ("自2024年2月5日起,在我市参加2023年全国会计专业技术中级考试", 2023),
        ("根据(人社厅发〔2021〕97号)规定,2021年度注册城乡规划师", 2021),
        ("2017年11月领证通知", 2017),
        ("二〇二三年度一级建造师证书领取", 2023),
        ("二○一○年十月二十六日 江苏省人事考试中心", None),
        ("乐山初级出版专业资格证开始领取", None),
        ("领取时间为20天内", None),
        ("", None),
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
