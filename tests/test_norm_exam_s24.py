"""Session 24: general failure classes of `exam` (titles and sentences written for these tests)."""

import pytest

from pipelines.normalize import normalize_record


def _exam(text: str) -> str | None:
    return normalize_record({"text": text})["exam"]


@pytest.mark.parametrize(("text", "want"), [
    # 初级注册安全工程师 is a provincial exam of its own (qualifications.md §1), 中级 stays the national one
    ("关于2031年度初级注册安全工程师职业资格证书发放的通知", "初级注册安全工程师"),
    ("某省2031年初级注安证书领取", "初级注册安全工程师"),
    # 护师, 药师: the 卫生资格 titles (qualifications.md §8)
    ("2031年护师证书邮寄申请流程", "卫生专业技术资格"),
    ("某市2031年度副主任护师资格证书发放", "卫生专业技术资格"),
    # each association's 从业资格 keeps its name
    ("基金从业资格考试合格证打印说明", "基金从业资格"),
    ("2031年证券从业资格证书申领指南", "证券从业资格"),
    ("期货从业资格成绩合格证怎么打印", "期货从业资格"),
    # an exam renamed keeps its old name in a text of its years that uses it (qualifications.md §5)
    ("深圳市2009年注税考试合格证书10月12日起领取", "注册税务师"),
    ("关于领取2008年度注册城市规划师执业资格证书的通知", "注册城市规划师"),
    # (注税, 注册税务师's short name, is 税务师 in a later year)
    ("2031年注税证书领取", "税务师"),
    # a college's 成人高等教育 diplomas are 成人高考's, not a bare 毕业证书
    ("关于领取2031届成人高等教育毕业证书的通知", "成人高考"),
])
def test_names_and_aliases(text, want):
    assert _exam(text) == want



@pytest.mark.parametrize(("text", "want"), [
    # `一、二级` / `一级、二级` before a 二级 name: 一级 and 二级 are separate exams, so several
    ("某市关于发放2031年度一、二级建造师执业资格证书的通知", None),
    ("2031年度一级、二级造价工程师证书领取\n证书已到,请合格人员到市人事考试中心领取。", None),
    # a title naming one exam `等` (and others): several
    ("关于2031年度二级造价工程师等资格证书邮寄发放的通知\n二级造价工程师、二级建造师证书现已制作完成。", None),
    ("关于2031年度一级建造师等职业资格考试电子合格证明发放的通知", None),
    ("社会工作者等17项职业资格证书开展直邮", None),
    # ... and an opening (the title naming none) saying `<exam>等24项`, `包含<exam>在内的17项`
    ("人社部推行职业资格电子证书\n自2031年12月17日起,经济专业技术资格等24项职业资格实行电子证书。", None),
    ("多省开展证书直邮\n摘要:两省均发布通知,对包含社工证在内的17项职业资格证书开展直邮工作。", None),
    # fields listed before one `<field>专业资格`: several
    ("关于领取2031年度审计、统计、翻译专业资格证书的通知", None),
    # a name as a bureau's section (`会计科`) or a trade (`会计行业`) is not the exam
    ("补办证书流程\n前往当地财政局会计科提交申请材料,补发证书加盖补发字样。", None),
    ("证书领取服务\n会计行业是经济管理的重要基础,相关部门不断优化证书领取流程。", None),
    # an office named for an exam (`职业技能鉴定指导中心`) gives way to the exam the text names
    ("某市职业技能鉴定指导中心关于领取2031年第三批职业技能等级证书的通知", "职业技能等级认定"),
    # the exam's certificate in the opening under a heading: `<exam>职业资格证书`, `<exam>电子证书`
    ("十三、资格证书申领\n考生应向所在地税务师协会申请领取资格证书。\n须持材料原件到协会审核。\n"
     "审核通过的取得《中华人民共和国税务师职业资格证书》。", "税务师"),
    ("问:什么是电子证书加注?\n答:加注是在电子证书上设置使用场景。\n加注可防止他人使用。\n"
     "也就是说,经济师电子证书须经加注后才能下载。", "经济专业技术资格"),
])
def test_several_offices_and_certificates(text, want):
    assert _exam(text) == want



@pytest.mark.parametrize(("text", "want"), [
    # a continuing-education notice is for the holders of the qualification its opening names
    ("关于开展2031年度会计人员继续教育的通知\n持有会计专业技术资格证书的人员,应于2031年12月31日前完成90学分。",
     "会计专业技术资格"),
    ("关于举办2031年度统计人员继续教育培训班的通知\n各县统计局:\n持有统计从业资格证书的人员每年应当接受继续教育。",
     "统计从业资格"),
])
def test_continuing_education_for_holders(text, want):
    assert _exam(text) == want


# Guards (these passed before too): what the classes above must not take in.
@pytest.mark.parametrize(("text", "want"), [
    ("2031年中级注册安全工程师证书领取通知", "注册安全工程师"),
    ("2031年度执业药师职业资格证书领取通知", "执业药师"),
    ("关于2031年度主管药师资格证书领取的通知", "卫生专业技术资格"),
    # (one exam with two levels stays that exam)
    ("2031年一、二级注册建筑师证书办理安排", "注册建筑师"),
    ("2031年度一、二级注册计量师职业资格证书办理通知", "注册计量师"),
    ("关于领取2031年度会计科目考试合格证书的通知", "会计专业技术资格"),
    ("重庆市职业技能鉴定指导中心关于职业技能鉴定合格证书领取的通知", "职业技能鉴定"),
    # (the current name from the rename's year on, or with no year)
    ("关于领取2019年度注册税务师职业资格证书的通知", "税务师"),
    ("注册城市规划师注册登记材料要求", "注册城乡规划师"),
    # (`等级` is no `等`)
    ("关于领取2031年普通话水平测试等级证书的通知", "普通话水平测试"),
    # continuing education whose opening names no qualification held (`会计继续教育平台`, `单位会计`): none
    ("关于2031年度会计人员继续教育证明打印的通知\n学员可登录会计继续教育平台自行下载打印继续教育合格证明。", None),
    ("关于2031年度会计人员继续教育培训费发票领取的通知\n单位统一报销的,由单位会计凭介绍信集中领取。", None),
])
def test_guards(text, want):
    assert _exam(text) == want
