"""Session 24: general failure classes of `province`, `city` and `year` (sentences written for these tests).

Regions: a cue naming every city (`各市人事考试机构`) or a province's exam area (`江西考区`, `省直考区`) is no city office
speaking; a city named only as the exam venue gives no city; a place named only in a website's name gives no region.
"""

import pytest

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
