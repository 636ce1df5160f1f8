"""Phrase banks the composer draws from: names, places and the many ways a date is written.

Everything here is our own wording in the register of real notices; nothing is copied. New
sources add cities or exams here; new wording for every source goes in the banks of compose.py.
"""

from __future__ import annotations

import random
from datetime import date, datetime

# canonical exam name (as the eval labels use) -> ways notices write it
EXAMS: dict[str, list[str]] = {
    "一级建造师": ["一级建造师", "一级建造师资格", "一级建造师执业资格", "一级建造师职业资格"],
    "二级建造师": ["二级建造师", "二级建造师执业资格"],
    "一级造价工程师": ["一级造价工程师", "一级造价工程师职业资格", "造价工程师（一级）"],
    "监理工程师": ["监理工程师", "监理工程师职业资格", "全国监理工程师"],
    "会计专业技术资格": ["中级会计专业技术资格", "会计专业技术中级资格", "初级会计专业技术资格", "中级会计职称"],
    "经济专业技术资格": ["初级、中级经济专业技术资格", "中级经济师", "经济专业技术资格", "初中级经济师"],
    "社会工作者职业资格": ["社会工作者职业资格", "初级、中级社会工作者职业资格", "社会工作者职业水平", "中级社会工作师"],
    "一级注册消防工程师": ["一级注册消防工程师", "一级消防工程师"],
    "注册安全工程师": ["中级注册安全工程师", "注册安全工程师（中级）"],
    "审计专业技术资格": ["初级、中级审计专业技术资格", "审计师"],
    "统计专业技术资格": ["统计专业技术资格", "初级、中级统计师"],
    "计算机技术与软件专业技术资格": ["计算机技术与软件专业技术资格（水平）", "软考"],
    "出版专业技术人员职业资格": ["出版专业技术人员职业资格", "出版专业资格"],
    "执业药师": ["执业药师职业资格", "执业药师"],
    "注册测绘师": ["注册测绘师"],
    "注册城乡规划师": ["注册城乡规划师"],
    "翻译专业资格": ["翻译专业资格（水平）", "翻译专业资格"],
    "环境影响评价工程师": ["环境影响评价工程师"],
    "房地产估价师": ["房地产估价师"],
}

# Month the exam is usually sat; certificates come some three months later.
EXAM_MONTH: dict[str, int] = {
    "一级建造师": 9, "二级建造师": 6, "一级造价工程师": 10, "监理工程师": 5, "会计专业技术资格": 9,
    "经济专业技术资格": 11, "社会工作者职业资格": 6, "一级注册消防工程师": 11, "注册安全工程师": 10,
    "审计专业技术资格": 10, "统计专业技术资格": 10, "计算机技术与软件专业技术资格": 5,
    "出版专业技术人员职业资格": 10, "执业药师": 10, "注册测绘师": 10, "注册城乡规划师": 10,
    "翻译专业资格": 6, "环境影响评价工程师": 5, "房地产估价师": 9,
}

# Province full name -> short form used in headlines, and its exam authority.
PROVINCES: dict[str, tuple[str, str]] = {
    "河南省": ("河南", "河南省人事考试中心"),
    "四川省": ("四川", "四川省人事考试中心"),
    "云南省": ("云南", "云南省人事考试中心"),
    "甘肃省": ("甘肃", "甘肃省人事考试中心"),
    "福建省": ("福建", "福建省人事考试中心"),
    "新疆生产建设兵团": ("兵团", "兵团人事考试中心"),
    "湖北省": ("湖北", "湖北省人事考试院"),
    "江苏省": ("江苏", "江苏省人事考试院"),
    "山东省": ("山东", "山东省人事考试中心"),
    "陕西省": ("陕西", "陕西省人事考试中心"),
    "广东省": ("广东", "广东省人事考试局"),
    "辽宁省": ("辽宁", "辽宁省人事考试局"),
    "浙江省": ("浙江", "浙江省人事考试院"),
}

AREA_CODES: dict[str, str] = {
    "河南省": "0371", "四川省": "028", "云南省": "0871", "甘肃省": "0931", "福建省": "0591",
    "新疆生产建设兵团": "0991", "湖北省": "027", "江苏省": "025", "山东省": "0531", "陕西省": "029",
    "广东省": "020", "辽宁省": "024", "浙江省": "0571",
}

# (prefecture-level city, short name, counties or county-level cities written instead of it)
CITIES: dict[str, list[tuple[str, str, list[str]]]] = {
    "湖北省": [
        ("武汉市", "武汉", []), ("宜昌市", "宜昌", ["当阳市", "枝江市"]), ("襄阳市", "襄阳", ["枣阳市"]),
        ("恩施土家族苗族自治州", "恩施州", ["利川市"]), ("荆州市", "荆州", ["监利市"]),
        ("黄冈市", "黄冈", ["麻城市"]), ("十堰市", "十堰", []), ("孝感市", "孝感", ["汉川市"]),
        ("荆门市", "荆门", []), ("咸宁市", "咸宁", []), ("黄石市", "黄石", []), ("随州市", "随州", []),
    ],
    "河南省": [("郑州市", "郑州", []), ("洛阳市", "洛阳", []), ("南阳市", "南阳", [])],
    "四川省": [("南充市", "南充", []), ("甘孜藏族自治州", "甘孜", []), ("绵阳市", "绵阳", [])],
    "云南省": [("昆明市", "昆明", []), ("大理白族自治州", "大理州", [])],
    "福建省": [("厦门市", "厦门", []), ("泉州市", "泉州", [])],
    "山东省": [("济南市", "济南", []), ("青岛市", "青岛", [])],
    "江苏省": [("苏州市", "苏州", []), ("南京市", "南京", [])],
    "广东省": [("广州市", "广州", []), ("佛山市", "佛山", [])],
}

DISTRICT_WORDS = ["东湖", "西陵", "樊城", "长江", "人民", "建设", "解放", "新华", "中山", "沿江", "文化", "光明"]
BUILDING_WORDS = ["政务服务中心", "人力资源市场", "人事考试中心办公楼", "市民之家", "社会保障服务大厅"]

CN_NUM = "零一二三四五六七八九十"
WEEKDAYS = "一二三四五六日"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def cn_small(n: int) -> str:
    """1..19 in Chinese numerals, as batch ordinals are written (第二批, 第十一批)."""
    if n <= 10:
        return CN_NUM[n]
    return "十" + CN_NUM[n - 10]


def cn_year(y: int) -> str:
    digits = "〇一二三四五六七八九"
    return "".join(digits[int(c)] for c in str(y))


def cn_date_upper(d: date) -> str:
    """二〇二五年三月十二日, the way signatures date official letters."""
    def n(v: int) -> str:
        if v <= 10:
            return CN_NUM[v]
        if v < 20:
            return "十" + CN_NUM[v - 10]
        return CN_NUM[v // 10] + "十" + (CN_NUM[v % 10] if v % 10 else "")
    return f"{cn_year(d.year)}年{n(d.month)}月{n(d.day)}日"


def fmt_date(d: date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "md":
        return f"{d.month}月{d.day}日"
    if style == "md_wd":
        return f"{d.month}月{d.day}日（星期{WEEKDAYS[d.weekday()]}）"
    if style == "cn_wd":
        return f"{d.year}年{d.month}月{d.day}日（周{WEEKDAYS[d.weekday()]}）"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "fw":
        return f"{d.year}年{d.month}月{d.day}日".translate(FULLWIDTH)
    raise ValueError(style)


def window_phrase(rng: random.Random, start: date | None, end: date | None, published: date) -> str:
    """One way of writing a collection window; the year of a year-less date is the published one.

    A date is written without its year only when a careful reader would still get it right:
    same year as the notice and not before it.
    """
    same_year = all(d is None or d.year == published.year for d in (start, end))
    if start is not None and start == published and end is not None and rng.random() < 0.35:
        style = "md" if same_year else "cn"
        return rng.choice(["即日起至{b}", "自即日起至{b}止", "即日起—{b}"]).format(b=fmt_date(end, style))
    if start is not None and end is None:
        a = fmt_date(start, rng.choice(["cn", "cn_wd", "iso"]))
        return rng.choice(["自{a}起", "{a}起", "从{a}开始"]).format(a=a)
    if start is None and end is not None:
        b = fmt_date(end, rng.choice(["cn", "md"] if same_year else ["cn"]))
        return rng.choice(["请于{b}17时前", "截止时间为{b}17时", "{b}前"]).format(b=b)
    form = rng.choice(["cn_md", "cn_cn", "iso", "slash", "md_md", "wd", "time", "fw"])
    if form in ("md_md", "wd") and not same_year:
        form = "cn_cn"
    if form == "cn_md" and end.year != start.year:
        form = "cn_cn"
    sep = rng.choice(["至", "—", "-", "到"])
    if form == "cn_md":
        return f"{fmt_date(start, 'cn')}{sep}{fmt_date(end, 'md')}"
    if form == "cn_cn":
        return f"{fmt_date(start, 'cn')}{rng.choice(['至', '—'])}{fmt_date(end, 'cn')}"
    if form == "iso":
        return f"{fmt_date(start, 'iso')}至{fmt_date(end, 'iso')}"
    if form == "slash":
        return f"{fmt_date(start, 'slash')}-{fmt_date(end, 'slash')}"
    if form == "md_md":
        return f"{fmt_date(start, 'md')}{sep}{fmt_date(end, 'md')}"
    if form == "wd":
        return f"{fmt_date(start, 'md_wd')}至{fmt_date(end, 'md_wd')}"
    if form == "time":
        return f"{fmt_date(start, 'cn')}9:00至{fmt_date(end, 'md' if end.year == start.year else 'cn')}17:00"
    return f"{fmt_date(start, 'fw')}至{fmt_date(end, 'fw')}"


def fake_phone(rng: random.Random, area: str = "027") -> str:
    # A local number never starts with 0, so these cannot reach a real line.
    return f"{area}-0{rng.randint(1000000, 9999999)}"


def street_address(rng: random.Random, district: str = "") -> str:
    return (f"{district}{rng.choice(DISTRICT_WORDS)}路{rng.randint(1, 399)}号"
            f"{rng.choice(BUILDING_WORDS)}{rng.randint(1, 6)}楼")


def clock(rng: random.Random, day: date, early: int = 8, late: int = 18) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(early, late - 1), rng.choice([0, 5, 10, 15, 20, 30, 32, 45, 50]))


# ----------------------------------------------------------------- every other province
# Added for the provincial replicas. The entries above are left as they were: the drawing for
# the first three replicas reads them, and a new city there would redraw their placed notices.
PROVINCES.update({
    "北京市": ("北京", "北京市人事考试中心"), "天津市": ("天津", "天津市人事考试中心"),
    "河北省": ("河北", "河北省人事考试局"), "山西省": ("山西", "山西省人事考试中心"),
    "内蒙古自治区": ("内蒙古", "内蒙古自治区人事考试中心"), "吉林省": ("吉林", "吉林省人事考试中心"),
    "黑龙江省": ("黑龙江", "黑龙江省人事考试中心"), "上海市": ("上海", "上海市职业能力考试院"),
    "安徽省": ("安徽", "安徽省人事考试院"), "江西省": ("江西", "江西省人事考试中心"),
    "湖南省": ("湖南", "湖南省人事考试院"), "广西壮族自治区": ("广西", "广西人事考试院"),
    "海南省": ("海南", "海南省考试局"), "重庆市": ("重庆", "重庆市人事考试中心"),
    "贵州省": ("贵州", "贵州省人事考试中心"), "西藏自治区": ("西藏", "西藏自治区人事考试中心"),
    "青海省": ("青海", "青海省人事考试中心"), "宁夏回族自治区": ("宁夏", "宁夏人事考试中心"),
    "新疆维吾尔自治区": ("新疆", "新疆维吾尔自治区人事考试中心"),
})
AREA_CODES.update({
    "北京市": "010", "天津市": "022", "河北省": "0311", "山西省": "0351", "内蒙古自治区": "0471",
    "吉林省": "0431", "黑龙江省": "0451", "上海市": "021", "安徽省": "0551", "江西省": "0791",
    "湖南省": "0731", "广西壮族自治区": "0771", "海南省": "0898", "重庆市": "023", "贵州省": "0851",
    "西藏自治区": "0891", "青海省": "0971", "宁夏回族自治区": "0951", "新疆维吾尔自治区": "0991",
})

# Place pools for the provincial replicas (Plan.place_pool), same shape as CITIES.
PLACES: dict[str, list[tuple[str, str, list[str]]]] = {
    "河北省": [("石家庄市", "石家庄", ["辛集市"]), ("保定市", "保定", ["涿州市"]), ("唐山市", "唐山", []),
             ("邯郸市", "邯郸", ["武安市"])],
    "山西省": [("太原市", "太原", []), ("大同市", "大同", []), ("运城市", "运城", ["永济市"]), ("长治市", "长治", [])],
    "内蒙古自治区": [("呼和浩特市", "呼和浩特", []), ("包头市", "包头", []), ("鄂尔多斯市", "鄂尔多斯", []),
                 ("呼伦贝尔市", "呼伦贝尔", ["满洲里市"]), ("锡林郭勒盟", "锡林郭勒盟", ["二连浩特市"])],
    "辽宁省": [("沈阳市", "沈阳", []), ("大连市", "大连", ["瓦房店市"]), ("鞍山市", "鞍山", []), ("锦州市", "锦州", [])],
    "吉林省": [("长春市", "长春", ["榆树市"]), ("吉林市", "吉林市", []), ("延边朝鲜族自治州", "延边州", ["延吉市", "珲春市"]),
             ("四平市", "四平", [])],
    "黑龙江省": [("哈尔滨市", "哈尔滨", ["五常市"]), ("齐齐哈尔市", "齐齐哈尔", []), ("牡丹江市", "牡丹江", []),
              ("大庆市", "大庆", [])],
    "江苏省": [("南京市", "南京", []), ("苏州市", "苏州", ["昆山市", "常熟市"]), ("无锡市", "无锡", ["江阴市"]),
             ("徐州市", "徐州", ["邳州市"]), ("南通市", "南通", [])],
    "浙江省": [("杭州市", "杭州", []), ("宁波市", "宁波", ["余姚市"]), ("温州市", "温州", ["瑞安市"]),
             ("金华市", "金华", ["义乌市"]), ("台州市", "台州", [])],
    "安徽省": [("合肥市", "合肥", []), ("芜湖市", "芜湖", []), ("安庆市", "安庆", ["桐城市"]), ("阜阳市", "阜阳", [])],
    "福建省": [("福州市", "福州", ["福清市"]), ("厦门市", "厦门", []), ("泉州市", "泉州", ["晋江市"]),
             ("漳州市", "漳州", [])],
    "江西省": [("南昌市", "南昌", []), ("赣州市", "赣州", ["瑞金市"]), ("九江市", "九江", []), ("上饶市", "上饶", [])],
    "山东省": [("济南市", "济南", []), ("青岛市", "青岛", ["胶州市"]), ("烟台市", "烟台", ["龙口市"]),
             ("潍坊市", "潍坊", ["寿光市"]), ("临沂市", "临沂", [])],
    "河南省": [("郑州市", "郑州", ["巩义市"]), ("洛阳市", "洛阳", []), ("南阳市", "南阳", ["邓州市"]),
             ("信阳市", "信阳", [])],
    "湖南省": [("长沙市", "长沙", ["浏阳市"]), ("株洲市", "株洲", []), ("湘西土家族苗族自治州", "湘西州", ["吉首市"]),
             ("岳阳市", "岳阳", []), ("常德市", "常德", [])],
    "广东省": [("广州市", "广州", []), ("佛山市", "佛山", []), ("东莞市", "东莞", []), ("湛江市", "湛江", []),
             ("汕头市", "汕头", [])],
    "广西壮族自治区": [("南宁市", "南宁", []), ("柳州市", "柳州", []), ("桂林市", "桂林", []), ("百色市", "百色", [])],
    "海南省": [("海口市", "海口", []), ("三亚市", "三亚", []), ("儋州市", "儋州", [])],
    "四川省": [("成都市", "成都", []), ("南充市", "南充", []), ("甘孜藏族自治州", "甘孜州", ["康定市"]),
             ("凉山彝族自治州", "凉山州", ["西昌市"]), ("绵阳市", "绵阳", ["江油市"])],
    "贵州省": [("贵阳市", "贵阳", []), ("遵义市", "遵义", ["仁怀市"]), ("黔东南苗族侗族自治州", "黔东南州", ["凯里市"]),
             ("毕节市", "毕节", [])],
    "云南省": [("昆明市", "昆明", ["安宁市"]), ("曲靖市", "曲靖", []), ("楚雄彝族自治州", "楚雄州", ["楚雄市"]),
             ("大理白族自治州", "大理州", ["大理市"]), ("红河哈尼族彝族自治州", "红河州", ["蒙自市"])],
    "西藏自治区": [("拉萨市", "拉萨", []), ("日喀则市", "日喀则", []), ("林芝市", "林芝", [])],
    "陕西省": [("西安市", "西安", []), ("宝鸡市", "宝鸡", []), ("咸阳市", "咸阳", ["兴平市"]), ("榆林市", "榆林", ["神木市"])],
    "甘肃省": [("兰州市", "兰州", []), ("天水市", "天水", []), ("酒泉市", "酒泉", ["敦煌市"]),
             ("临夏回族自治州", "临夏州", ["临夏市"])],
    "青海省": [("西宁市", "西宁", []), ("海东市", "海东", []), ("海西蒙古族藏族自治州", "海西州", ["格尔木市"])],
    "宁夏回族自治区": [("银川市", "银川", ["灵武市"]), ("石嘴山市", "石嘴山", []), ("吴忠市", "吴忠", ["青铜峡市"]),
                ("固原市", "固原", [])],
    "新疆维吾尔自治区": [("乌鲁木齐市", "乌鲁木齐", []), ("克拉玛依市", "克拉玛依", []),
                  ("伊犁哈萨克自治州", "伊犁州", ["伊宁市"]), ("昌吉回族自治州", "昌吉州", ["阜康市"])],
    "徐州": [("徐州市", "徐州", ["邳州市", "新沂市", "沛县", "睢宁县", "丰县"])],
    "深圳": [("深圳市", "深圳", [])],
}
