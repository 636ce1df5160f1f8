import pytest
import yaml

from pipelines.exam_catalogue import DATA, catalogue, names_with_levels
from pipelines.exams import ExamMatch, find_exam
from pipelines.text import simplify


def exam_with_alias(alias: str) -> str:
    """The catalogue's name of the exam that `alias` names (read from the data file, not the matcher)."""
    entries = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    (name,) = [e["exam"] for e in entries if alias in (e.get("aliases") or ())]
    return name


# 软考's long official name, as the catalogue stores it
SOFTWARE_EXAM = exam_with_alias("软考")


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("湖北省監(jiān)理工程師紙本證書換新辦(bàn)法", ("监理工程师", None, None)),
        # a website named for an exam is not it (`会计网`); the bank exam under its short names
        ("2031年税务师考试已结束,下面会计网为大家讲解证书申领", ("税务师", None, None)),
        ("2031年上半年银行专业资格证书什么时候可以申请", ("银行业专业人员职业资格", None, None)),
        ("2022年度湖北监理工程师(交通运输工程)资格证书的发放公告", ("监理工程师", None, "交通运输工程")),
        ("关于发放2019年会计专业技术(中级)资格合格证书的公告", ("会计专业技术资格", "中级", None)),
        ("关于2019年度绵阳市初级会计职称证书的领取公告", ("会计专业技术资格", "初级", None)),
        ("运城2019年度高级会计师资格证书请到窗口办理", ("会计专业技术资格", "高级", None)),
        ("护理学（士）合格证书分批发放的说...", ("卫生专业技术资格", "初级(士)", "护理学")),
        ("2014年朔州市职称英语考试合格证书发放的公告", ("职称外语等级考试", None, "英语")),
        ("2023年一建证书领取", ("一级建造师", None, None)),
        ("二建证书领取通知", ("二级建造师", None, None)),
        ("一级建造师(市政公用工程)增项证书发放", ("一级建造师", None, "市政公用工程")),
        ("【发证提醒】一消证书本周开始发放!", ("一级注册消防工程师", None, None)),
        ("2020年中级注册安全工程师证书办理", ("注册安全工程师", "中级", None)),
        ("2023年下半年软考证书领取", (SOFTWARE_EXAM, None, None)),
        ("2018年湖南株洲中级社会工作师合格证书发放公告", ("社会工作者职业资格", "中级", None)),
        ("2016年度江西省高级经济师资格证书办理安排", ("经济专业技术资格", "高级", None)),
        ("经济师(人力资源管理)证书发放", ("经济专业技术资格", None, "人力资源管理")),
        ("2023年CATTI证书领取", ("翻译专业资格", None, None)),
        ("注册设备监理师证书", ("设备监理师", None, None)),
        ("2015年造价工程师证书领取", ("造价工程师", None, None)),  # single level before 2019
        ("2022年造价工程师证书领取", (None, None, None)),  # 一级 or 二级: unknown
        ("建造师证书领取", (None, None, None)),
        ("关于同时发放2021年度一级建造师及监理工程师证书的安排", (None, None, None)),
        ("心理咨询师证书领取", ("心理咨询师", None, None)),
        ("全国一、二级注册建筑师证书办理安排", ("注册建筑师", None, None)),
        ("二级注册建筑师证书领取", ("注册建筑师", "二级", None)),
        ("关于领取证书的通知", (None, None, None)),
    ],
)
def test_find_exam(title, want):
    title = simplify(title)
    year = 2015 if "2015" in title else 2022
    got = find_exam(title, "", year)
    assert (got.exam, got.level, got.specialty) == want


@pytest.mark.parametrize(
    ("text", "qualification"),
    [
        ("普通话水平测试证书领取", False),
        ("全国计算机等级考试证书领取", False),
        ("新职业全国统考（上半年）合格证书领取安排", False),
        ("中医执业医师资格证书", False),
        # not run through 人事考试: look-alikes (shared/reference/qualifications.md §6-7)
        ("注册会计师全国统一考试合格证书", False),
        ("执业助理医师资格证书发放", False),
        ("2024年公务员录用考试准考证", False),
        ("2030年健康管理师证书发放安排", False),  # a vocational certificate, named as such (issue 12's corpus)
        ("关于领取2023年度专业技术人员继续教育证书的通知", False),
        ("2023年大学英语四六级证书领取通知", False),
        ("建筑施工企业三类人员安全生产考核合格证书领取", False),
        ("2031年某考点GESP三级认证证书领取", False),  # a pupils' programming certification (session 15)
        ("各有关事业单位:二级建造师证书", True),
        ("二级建造师证书", True),
        ("证书领取", None),
    ],
)
def test_lookalikes_are_flagged(text, qualification):
    assert find_exam(text).qualification is qualification


@pytest.mark.parametrize(
    ("title", "lead", "want"),
    [
        # issue 12: exams the catalogue lacked or named at the wrong grain
        ("初级审计师(2022年度)证书开始发放", "", ("审计专业技术资格", "初级")),
        ("2020年卫生、中医药专业副高级资格证书发放", "", ("卫生专业技术资格", "副高")),
        ("2021年度经济专业技术资格证书办理公告", "", ("经济专业技术资格", None)),
        ("2013年度统计从业资格证书办理", "", ("统计从业资格", None)),
        ("2021年中级统计师证书发放", "", ("统计专业技术资格", "中级")),
        ("职业技能鉴定合格证书领取通知", "", ("职业技能鉴定", None)),
        ("2017年建(构)筑物消防员证书发放", "", ("职业技能鉴定", None)),
        ("2022年执业助理医师资格证书发放通知", "", ("医师资格", None)),
        ("2023年普通话水平测试证书领取", "", ("普通话水平测试", None)),
        ("2024年高等教育自学考试毕业申请", "", ("高等教育自学考试", None)),
        ("自考办公室通知", "", ("高等教育自学考试", None)),
        ("2022年成人高考录取查询", "", ("成人高考", None)),
        ("2021年质量工程师证书领取", "", ("质量专业技术人员职业资格", None)),
        ("2022年系统集成项目管理工程师证书办理", "", (SOFTWARE_EXAM, None)),
        ("初会证书邮寄流程", "", ("会计专业技术资格", "初级")),
        ("计算机二级证书邮寄", "", ("全国计算机等级考试", None)),
        ("2022年职业技能等级认定证书领取", "", ("职业技能等级认定", None)),
        # 公务员 is recruitment: counted as a look-alike, never shown as an exam
        ("2024年公务员录用考试准考证", "", (None, None)),
        # an organisation or a document is not the exam: 注册会计师协会, 毕业证原件
        ("", "根据省注册会计师协会安排,2018年度资产评估师证书", ("资产评估师", None)),
        ("", "考生须持身份证、毕业证原件领取二级建造师证书", ("二级建造师", None)),
        # `自考` starting `自考试…` is not 自学考试
        ("", "合格者自考试成绩公布之日起办理会计从业资格证书", ("会计从业资格", None)),
        # a family name in the title takes the member its body names
        ("造价工程师", "本月起一级造价工程师电子证书可以下载", ("一级造价工程师", None)),
        ("造价工程师考试形式", "", ("造价工程师", None)),  # no year: the legacy single level
        # names a notice may use that the catalogue lacked (session 8, from qualifications.md, not from a split)
        ("2023年度二级笔译证书发放", "", ("翻译专业资格", None)),
        ("三级口译合格证书领取", "", ("翻译专业资格", None)),
        ("2023年初级药士合格证书发放", "", ("卫生专业技术资格", "初级(士)")),
        ("主管中药师证书领取通知", "", ("卫生专业技术资格", "中级")),
        ("2023年经济资格考试合格证书领取", "", ("经济专业技术资格", None)),
        ("知识产权师证书领取", "", ("经济专业技术资格", "中级")),
        ("机动车检测维修士证书领取", "", ("机动车检测维修", None)),
        ("职业技能鉴定证书补发须知", "", ("职业技能鉴定", None)),
        ("鉴定证书补发应提交的材料", "", ("职业技能鉴定", None)),
        ("关于领取2023年第二次考试ACCA证书的公告", "", ("ACCA", None)),
        # session 14: skill certificates holding another exam's alias (咨询师) are their own
        ("婚姻家庭咨询师证书补办", "", ("婚姻家庭咨询师", None)),
        # `X专业资格` short for 审计/统计's 专业技术资格; a civil-service worker's grade is none of ours
        ("某省2030年度审计专业资格证书办理", "", ("审计专业技术资格", None)),
        ("某省2030年度统计专业资格证书办理", "", ("统计专业技术资格", None)),
        ("某市事业单位工人技术等级证书领取", "", (None, None)),
        # 继续教育 is counted as named but not shown as an exam
        ("关于2024年全市专业技术人员继续教育的通知", "", (None, None)),
    ],
)
def test_exams_named_at_the_right_grain(title, lead, want):
    got = find_exam(simplify(title), simplify(lead), None)
    assert (got.exam, got.level) == want


def test_a_short_form_of_the_environmental_assessor_names_that_exam():
    # (session 15) `环境影响工程师`, as a real title writes it, is the exam 环评 names (compared with it, not a literal)
    assessor = find_exam("2031年环评证书领取")
    got = find_exam(simplify("2031年环境影响工程师证书领取"), "", None)
    assert assessor.exam is not None and (got.exam, got.level) == (assessor.exam, None)


@pytest.mark.parametrize("title", ["某市2031年网络工程师证书发放", "系统分析师合格证书领取通知"])
def test_more_software_qualification_names_name_that_exam(title):
    # (session 14) a 资格名称 of 软考 names the exam 软考 names, at no level (compared with it, not with a literal name)
    software = find_exam("某市软考证书领取")
    got = find_exam(simplify(title), "", None)
    assert software.exam is not None and (got.exam, got.level) == (software.exam, None)


def test_title_outweighs_body_and_only_the_body_opening_counts():
    assert find_exam("一级建造师证书领取", "各位考生:二级建造师").exam == "一级建造师"
    assert find_exam("", "请各位考生注意:\n今年的初级会计专业技术资格证书已到").exam == "会计专业技术资格"
    assert find_exam("", "") == ExamMatch()


def test_every_bare_certificate_names_a_catalogued_exam():
    cat = catalogue()
    bare = {name: exam.bare_certificate for name, exam in cat.exams.items() if exam.bare_certificate}
    assert bare, "the catalogue's 会计证 entry is gone"
    for name, (other, until) in bare.items():
        assert other in cat.exams and other != name, (name, other)
        assert 2000 < until < 2100, (name, until)


def test_a_bare_certificate_without_a_year_is_the_exam_its_text_names():
    # `会计证` with no year names 会计从业资格 when the text does (its certificate until 2016), else stays 会计专业技术资格
    assert find_exam("会计证遗失后怎样补办", "请填写《某省会计从业资格证书补办申请表》。").exam == "会计从业资格"
    assert find_exam("会计证遗失后怎样补办", "请填写补办申请表。").exam == "会计专业技术资格"


def exam_of(alias: str) -> str | None:
    """The catalogue's name for another of its names (expected values come from the catalogue, not written out)."""
    return find_exam(alias, "").exam


@pytest.mark.parametrize("title, alias, level", [
    # session 16: a level written inside the name, after its field or before its last noun
    ("关于领取2030年度审计初、中级资格证书的通知", "审计专业资格", None),
    ("2030年度统计专业中级资格证书发放", "统计专业资格", "中级"),
    ("通信专业技术人员初级、中级职业水平证书2030年度发放", "通信工程师", None),
    ("2030年经济专业技术高级资格证书已到", "经济专业资格", "高级"),
    # a level shared by two named levels is none of them
    ("2030年会计专业技术初中级资格证书邮寄申领", "会计专业资格", None),
])
def test_a_level_inside_the_name(title, alias, level):
    got = find_exam(title, "")
    assert exam_of(alias) is not None
    assert (got.exam, got.level) == (exam_of(alias), level)


def test_names_with_levels_only_for_names_of_a_field_and_a_noun():
    generated = dict(names_with_levels("审计专业资格"))
    assert generated["审计初级资格"] == "初级" and generated["审计专业初、中级资格"] is None
    # names of another shape give none: a title (审计师), a family without 专业
    assert names_with_levels("审计师") == [] and names_with_levels("统计从业资格") == []
    # every generated name matches its own exam
    for alias, level in names_with_levels("统计专业资格"):
        assert find_exam(alias + "证书", "").exam == exam_of("统计专业资格"), alias


@pytest.mark.parametrize("title, alias", [
    # session 16: names the catalogue lacked (成人高考 by its candidates and its office; 职称计算机 by its modules)
    ("各区成招办开始为成考生发放准考证", "成人高考"),
    ("关于统一补发计算机模块考试合格证的通知", "职称计算机"),
])
def test_names_added_in_session_16(title, alias):
    assert exam_of(alias) is not None and find_exam(title, "").exam == exam_of(alias)


def test_a_word_holding_an_added_name_names_no_exam():
    # `完成考试` holds 成考 but names no exam
    assert find_exam("完成考试后请留意证书发放通知", "").exam is None


@pytest.mark.parametrize("title", ["某市2015年会计电算化补考成绩公布", "初级会计电算化合格证书领取"])
def test_accounting_computerisation_was_a_subject_of_the_old_accounting_certificate(title):
    # (session 19) 会计电算化 (its paper `初级会计电算化`) was examined for 会计从业资格, not 初级会计 of the 专业技术资格
    assert find_exam(simplify(title), "", None).exam == exam_of("会计从业资格")
    assert exam_of("会计从业资格") != exam_of("初级会计")


@pytest.mark.parametrize("title, exam", [
    # session 21: fields listed before one exam's name share it (`审计、统计、经济专业技术资格`): several exams
    ("关于领取2030年度审计、统计、经济专业技术资格滞留证书的公告", None),
    ("关于发放2030年度审计、统计专业技术资格证书的通知", None),
    # ... not levels listed before it (`初、中级会计`)
    ("2030年度初、中级会计资格证书领取公告", "会计专业技术资格"),
])
def test_fields_listed_before_an_exams_name(title, exam):
    assert find_exam(title).exam == exam
