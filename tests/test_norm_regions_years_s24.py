"""Session 24: general failure classes of `province`, `city` and `year` (sentences written for these tests).

Regions: a cue naming every city (`各市人事考试机构`) or a province's exam area (`江西考区`, `省直考区`) is no city office
speaking; a city named only as the exam venue gives no city; a place named only in a website's name, or where a page was
posted from (`发表于江苏`, a header's place) or a news item filed (`X报讯`, `中新网X…消息`), gives no region.
Years: a bound (`及以前`, `(含)之前`), an edition (`2019年版`), a month that dates a change or a time (`2021年12月起`,
`2025年9月左右`), the end of a year and a year glued to more figures are no exam year.
"""

import pytest

from pipelines.exam_year import body_exam_year, exam_year
from pipelines.regions import find_region


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # a provincial notice addressing every city: `各市人事考试机构` is no city cue (the capital is the provincial office's address)
        ("湖南省2031年度二级建造师证书发放通知",
         "证书已下发至各市人事考试机构。省直单位考生请到湖南省人事考试院(长沙市芙蓉区某某路8号)领取。",
         ("湖南省", None)),
        ("关于发放2031年度统计师证书的通知",
         "证书由各设区市人力资源和社会保障局发放;省直考生到省人事考试中心(合肥市蜀山区某路3号)领取。",
         ("安徽省", None)),
        ("关于领取2031年度社工证书的通知",
         "请考生到报考所在市人社局领取,省直考生到省人事考试中心(济南市历下区某路5号)领取。",
         ("山东省", None)),
        # a province's exam area is no city's
        ("关于领取2031年度一级消防工程师证书的通知",
         "2031年度考试江西考区合格人员的证书已到,请于3月1日起到江西省人事考试中心(南昌市青山湖区某路1号)领取。",
         ("江西省", None)),
        ("2031年度一级建造师证书领取通知",
         "省直考区考生请到福建省人事考试院(福州市鼓楼区某路2号)领取证书。",
         ("福建省", None)),
        # the exam venue is not the notice's city (its province still counts)
        ("2031年度注册安全工程师考试有关事项", "考试地点设在遵义市。证书领取时间另行通知。", ("贵州省", None)),
        ("2031年度审计师考试安排", "考场统一设于桂林市,合格证书发放另行通知。", ("广西壮族自治区", None)),
        # a website's name is no region
        ("成绩与证书", "成绩及证书领取事宜请登录四川人事考试网查询。", (None, None)),
        ("2031年度审计考试报名", "报名网址为绵阳市人事考试网(www.example.cn),请按时报名。", (None, None)),
        ("证书邮寄", "请考生关注中国人事考试网和湖北省人事考试网的通知。", (None, None)),
    ],
)
def test_region_classes(title, body, want):
    r = find_region(title, body)
    assert (r.province, r.city) == want


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # where a page was posted from or a news item filed is not what it is about
        ("初级会计证书什么时候发?", "原创 会计小站 2031-03-02 08:30 发表于江苏\n各位同学,今年证书预计4月发放。"),
        ("二建证书邮寄申请一个月还没到", "发帖时间 2031-5-8 21:33 | 来自 山西\n网上填的邮寄申请,状态一直是已审核。"),
        ("银行从业证书申请", "文摘  2031-11-20 15:43  浙江\n银行从业证书申请公告已出,请按时申请。"),
        ("初级会计证什么时候可以拿证?", "来源:某某网校 2031-07-23 13:59:53\n\n上海\n\n初级会计证什么时候可以拿证?"),
        ("百万人获会计资格证", "广州考试报讯(记者 某某) 记者日前从评价中心获悉,累计百万人通过考试。"),
        ("证书管理办法发布", "中新网成都7月11日消息:人社部近日发布证书管理办法。"),
    ],
)
def test_posting_places_give_no_region(title, body):
    r = find_region(title, body)
    assert (r.province, r.city) == (None, None)


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        # an upper bound is no exam year (a first year, `2031年度及以后`, is still read as the exam year)
        ("关于补发2029年及以前年度会计资格证书的说明", None),
        ("关于补发2028年度以前经济师证书的公告", None),
        ("1.2030年度(含)之前考试合格未领取证书的人员", None),
        ("2027年(含)以前取得的证书遗失的,向原发证机构申请", None),
        # an edition of a guide or a certificate
        ("专业技术资格证书申领指引(2031年版)", None),
        ("本区即日起开展2032版会计证书换证工作", None),
        ("证书补办须知(2029年修订)", None),
        # a month that dates a change or a time, not an exam
        ("自2030年2月起,我市证书改为邮寄发放", None),
        ("预计可在2031年9月左右开始领取证书", None),
        ("2030年12月底可登录网站查询成绩", None),
        ("从2029年6月份开始推行电子证书", None),
        # the end of a year, `after` a year
        ("截至2030年底,累计发放证书十万本", None),
        ("2028年后考生须自行打印合格单", None),
        # a year glued to more figures is part of a number
        ("依据粤财会203150号文件办理证书", None),
    ],
)
def test_year_classes(lead, want):
    assert exam_year(lead) == want


def test_a_bound_in_the_body_gives_no_exam_year():
    body = "通知如下:\n2030年度(含)之前全国会计专业技术中级资格考试未领取证书的人员请于12月1日到市财政局领取。"
    assert body_exam_year(body) is None
