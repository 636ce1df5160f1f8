"""Shapes found in the corpus's ninth round (thirteenth session: 85 real texts, rn0754–rn0838, read twice and
adjudicated; on arrival the code scored materials 0.51 on its 50 dev texts): documents listed as forms, copies and
originals, notes in brackets; a document number above the title; an exam named again by its short name.
Table tests in sentences of our own (none copied from the corpus or the shared dev set).
"""

from __future__ import annotations

import pytest

from pipelines.exams import find_exam
from pipelines.keyfacts_agency import find_agency
from pipelines.keyfacts_deadline import find_deadline_rule
from pipelines.keyfacts_materials import find_materials
from pipelines.keyfacts_mode import find_modes
from pipelines.keyfacts_place import find_places
from pipelines.kind import classify
from pipelines.text import lead, split_title
from tests.conftest import normalized


@pytest.mark.parametrize("text, materials", [
    # a document and its copy, named together: two documents (the copy alone beside the ID stays one)
    ("领取时请本人带上有效身份证件及复印件到窗口办理。", ["身份证件", "身份证件复印件"]),
    ("本人凭身份证领取;代领的须带考生身份证复印件。", ["身份证复印件"]),
    # the originals of every document of a list (`A、B、C的原件`)
    ("合格人员须凭身份证、职称外语合格证、毕业证书的原件到窗口领取。", ["身份证原件", "职称外语合格证原件", "毕业证书原件"]),
    ("请携带最高学历证书的原件及复印件各一份。", ["最高学历证书原件", "最高学历证书复印件"]),
    # a form keeps the words of its name (`合格人员登记表` is a form, not the candidate's 登记表)
    ("合格人员办证需提供准考证、单位介绍信、合格人员登记表(1份)。", ["准考证", "单位介绍信", "合格人员登记表"]),
    # a form's title holds no stop (`《领取…》`), but `在《…》上签字` is where the list ends
    ("取证当天应出具所在单位的介绍信、本人身份证原件、《领取各类执业资格证书人员名册》。",
     ["所在单位的介绍信", "身份证原件", "领取各类执业资格证书人员名册"]),
    ("取证当天应持所在单位的介绍信、本人身份证原件,并在《证书发放登记册》上签字。", ["所在单位的介绍信", "身份证原件"]),
    # a form filled in on the spot is no document brought
    ("领证人员须提供:身份证原件、《某类证书领取登记表》(现场填写)。", ["身份证原件"]),
    # a degree `以上` is no pointer to what was said above
    ("领证需提交的材料:\n1.本人身份证原件。\n2.大专以上学历证书原件。", ["身份证原件", "大专以上学历证书原件"]),
    # `除交验X外,还需交验Y`: X, not `X外`
    ("领证材料:\n1.考生身份证原件;托人领取的,除交验考生身份证原件外,还需交验受托人身份证原件。",
     ["身份证原件"]),
    # a heading with a note in brackets before its colon, its items with notes of their own
    ("(三)办证需上交材料(均需原件):\n1、《人员资格登记表》(盖单位公章)\n2、近期小二寸照片一张\n3、准考证(遗失者须提供身份证原件)",
     ["人员资格登记表", "近期小二寸照片", "身份证原件", "准考证"]),
    # a proxy's label, then its sentence with a verb on the same line
    ("2. 代领:考生本人不能到场的,可委托他人。受托者须带上双方的身份证原件以及考生签名的授权委托书。",
     ["身份证原件", "授权委托书"]),
    # 持证人 is whose document it is, not the verb 持
    ("受托者须带上一份委托证明及持证人的身份证原件。", ["委托证明", "身份证原件"]),
    # a date after 在 ends the list
    ("合格人员凭《某市成绩合格单》或本人身份证原件在11月2日至3日到报名点领取证书。", ["某市成绩合格单", "身份证原件"]),
    # a note on a document (`照片背面写上…`) is none; a photo matching another one is a photo
    ("请于9月8日到某中心一楼大厅提交与报名时相同底片的一寸照片一张,照片背面用铅笔写上姓名、准考证号。", ["一寸照片"]),
    # a fee is no document
    ("办证需上交材料:\n1、身份证原件\n2、证书工本费5元/本", ["身份证原件"]),
    # a line opening on `以上` sums up what came before: no continuation of a wrapped line
    ("各单位合格人员办证时需统一提供准考证、所在单位的介绍信、本人近两年二寸免冠照片(1张)\n以上各项由各单位收齐后报送人事科。",
     ["准考证", "所在单位的介绍信", "近两年二寸免冠照片"]),
    # a colon inside brackets (an example) does not open the list; the list under the line does
    ("请携带以下材料前往户籍地的县(区)财政局办理。(如:某县公安局签发的身份证到某县财政局领取)\n1、身份证原件及其复印件;\n2、近期一寸彩色照片1张;",
     ["身份证原件", "身份证复印件", "近期一寸彩色照片"]),
    # what a document is for is not part of it; 身份证 and 身份证明 are two documents
    ("领证时请出示身份证件以便现场核对,并交回准考证和成绩单作为凭据。", ["身份证件", "准考证", "成绩单"]),
    ("托人领取的须带准考证、身份证和身份证明及委托书。", ["准考证", "身份证", "身份证明", "委托书"]),
    # a certificate by its short name
    ("换新证时一律凭考生身份证、会计从业资格证的原件办理。", ["身份证原件", "会计从业资格证原件"]),
])
def test_materials_in_the_shapes_of_the_ninth_round(text, materials):
    assert find_materials(text) == materials


@pytest.mark.parametrize("text, places", [
    # a bullet (•, a dash and a space) before a label
    ("现场领取\n  • 地点:宁远市人才服务中心\n  • 领证须带:本人身份证", ["宁远市人才服务中心"]),
    ("- 地点:某县财政局会计股", ["某县财政局会计股"]),
    # a label whose value is a sentence going to the place: the place, not the sentence
    ("- 地点:考生需前往报名所在地的人事考试中心领取证书。", ["报名所在地的人事考试中心"]),
    # `发证单位一般为X`, as `发放单位为X`
    ("证书发证单位一般为各省人事考试机构。", ["各省人事考试机构"]),
    # a phone beside the address in the place's own bracket is part of it
    ("市直考生请于6月1日前将登记表交至某市人才大厦三楼服务柜台(地址:某路9号,联系电话:12345678),过期不候。",
     ["某市人才大厦三楼服务柜台(地址:某路9号,联系电话:12345678)"]),
    # a verb inside a bracket (`(可在本网站下载)`) opens no place running out of it; the place after 向 is read
    ("请带上申请表(可在本网站下载)、登报声明原件向当地证书主管部门(考试中心、职改办等)申请补办。",
     ["当地证书主管部门(考试中心、职改办等)"]),
    ("合格人员在成绩公布后可向某省考试认证办公室提交证书申请。", ["某省考试认证办公室"]),
    # `X为唯一指定办理点`, as `X为证书领取地点`
    ("宁远区便民服务中心二楼会计窗口为唯一指定办理点,周一上午人多。", ["宁远区便民服务中心二楼会计窗口"]),
    # a reissue or a replacement at a place, or put in a body's charge
    ("证书遗失的,可以到报名地人事考试中心补办。", ["报名地人事考试中心"]),
    ("持证人到原发证的财政局或指定受理点进行换证申请。", ["原发证的财政局或指定受理点"]),
    ("各系列的资格证书,一般由各地人事考试中心或人社部门负责补办。", ["各地人事考试中心或人社部门"]),
    # 换取 a certificate at a place
    ("选择在某省财政厅换取新证的考生,请于5月前办理。", ["某省财政厅"]),
])
def test_places_in_the_shapes_of_the_ninth_round(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, agency", [
    ("发文标题: 某市财政局关于做好会计证书发放工作的通知\n发文部门: 某市财政局\n发文时间: 2031-3-2", "某市财政局"),
    ("标题:关于证书发放的通知\n发文单位:某省人事考试中心", "某省人事考试中心"),
])
def test_a_document_header_names_its_issuer(text, agency):
    assert find_agency(text) == agency


@pytest.mark.parametrize("text, title, opening", [
    # a document's number above the title is furniture: the title is the next line, the opening after it
    ("某人社函〔2031〕12号\n关于公布2030年度某资格考试合格标准的通知\n各有关单位:\n现将有关事项通知如下:",
     "关于公布2030年度某资格考试合格标准的通知", "各有关单位:\n现将有关事项通知如下:"),
    ("某人发[2031]7号\n各市州人事局:\n根据有关规定,2030年度合格标准如下:", "", "各市州人事局:\n根据有关规定,2030年度合格标准如下:"),
])
def test_a_document_number_is_no_title(text, title, opening):
    got_title, body = split_title(text)
    assert (got_title, lead(body, title=got_title)) == (title, opening)


def test_the_exam_year_under_a_document_number():
    record = normalized("某开人字[2031]3号\n各有关单位:\n现把2030年度某类工程师考试的合格线公布如下,并就办证事宜说明:")
    assert record["year"] == 2030


@pytest.mark.parametrize("title, lead_text, exam", [
    # a short name inside another exam's name also given is that exam again (`会计网上` beside `会计从业资格`)
    ("", "根据某省2031年会计从业资格考试公告:\n考生可在某省会计网上查询成绩,合格者到财政部门领取证书。", "会计从业资格"),
    ("", "某省2031年第二期会计从业资格考试的准考证于考前15天打印。\n登录平台进入会计专业知识考试栏目打印。", "会计从业资格"),
    # before 会计从业资格 was abolished, a bare 会计证 was its certificate; a level, a later year or 证书 say otherwise
    ("某市2012年会计证考试准考证打印时间", "", "会计从业资格"),
    ("某市2012年初级会计证考试准考证打印时间", "", "会计专业技术资格"),
    ("某市2020年会计证领取时间", "", "会计专业技术资格"),
    # two exams each given in full are two: no one exam
    ("", "会计从业资格、会计专业技术资格证书领取事项如下:", None),
])
def test_a_short_name_inside_another_exam_name(title, lead_text, exam):
    assert find_exam(title, lead_text, normalized(title)["year"] if title else None).exam == exam


@pytest.mark.parametrize("title, kind", [
    # both named side by side: about handing certificates out
    ("某市财政局关于做好会计证书发放及补发工作的通知", "collection"),
    ("关于某资格证书补办和领取有关事项的通知", "collection"),
    # a reissue by a generic verb stays a reissue
    ("关于办理某资格证书补办的通知", "reissue"),
])
def test_collection_and_reissue_named_together(title, kind):
    assert classify(title, "", "")[1] == kind


@pytest.mark.parametrize("body, is_cert", [
    # results with a certificate section whose heading names its subjects, and a date under it
    ("关于公布2030年度某市二级建造师考试合格标准的通知\n就相关事项说明如下:\n二、证书办理程序及所需材料\n"
     "合格人员办理证书需提供准考证、单位介绍信。\n各单位请于2031年3月30日前到市建委人事科办理。", True),
    # a heading that promises the certificates, no date under it
    ("关于公布2030年度某市二级建造师考试合格标准的通知\n就相关事项说明如下:\n二、证书办理程序及所需材料\n"
     "证书办理时间另行通知。", False),
])
def test_results_with_a_certificate_section_named_by_its_subjects(body, is_cert):
    assert normalized(body)["is_cert_notice"] is is_cert


@pytest.mark.parametrize("text, window", [
    # days listed one by one under a collection time's label: the first to the last
    ("关于领取2030年某证书的通知\n领证时间:2031年11月3日(周一)、11月4日(周二)下午2:00-5:00", ("2031-11-03", "2031-11-04")),
    ("关于领取2030年某证书的通知\n发放日期为2031年4月2日、4月3日和4月7日", ("2031-04-02", "2031-04-07")),
    # days listed for something else open no window
    ("关于领取2030年某证书的通知\n2031年10月8日、10月9日考试,领证时间另行通知", (None, None)),
])
def test_days_listed_under_a_collection_label(text, window):
    record = normalized(text)
    assert (record["window_start"], record["window_end"]) == window


@pytest.mark.parametrize("text, rule", [
    ("请在半年内及时到当地财政部门领取证书,逾期视同自动放弃。", "请在半年内及时到当地财政部门领取证书,逾期视同自动放弃"),
    ("逾期领取证书的考生请先电话预约,再到区财政局办理补领。", "逾期领取证书的考生请先电话预约,再到区财政局办理补领"),
    ("请于上述时间内申请邮寄,过期后将不再受理。", "请于上述时间内申请邮寄,过期后将不再受理"),
    ("未按规定时间提交登记表的考生,可于每月10日到中心补交。", "未按规定时间提交登记表的考生,可于每月10日到中心补交"),
])
def test_deadline_rules_in_the_shapes_of_the_ninth_round(text, rule):
    assert find_deadline_rule(text) == rule


@pytest.mark.parametrize("text, modes", [
    # a mailing booked through an account named at length before its service
    ("自愿邮寄的考生,关注微信公众号:ABC123(某某便民通),点击“某便民”后即可办理证书快递邮寄业务。", ["mail", "online"]),
    # a certificate the candidate prints: issued as a file
    ("三、合格证书取得方式\n登录某省会计网考试栏目自行打印考试合格证,不再制发纸质合格证。", ["electronic"]),
    ("请考生考前自行打印准考证。", []),
])
def test_modes_in_the_shapes_of_the_ninth_round(text, modes):
    assert find_modes(text) == modes


@pytest.mark.parametrize("title", [
    # a certificate's design and printing, an exam district's announcement: no hand-out
    "某部关于印发新版执业资格证书样式的通知",
    "某省财政信息网:2031年第二批统计从业资格考试市直考区公告",
])
def test_titles_about_a_certificate_design_or_an_exam_district(title):
    assert classify(title, "", "") == (False, "other")


@pytest.mark.parametrize("text, title", [
    # a title wrapped over short lines is joined up to the line that ends it with its noun
    ("关于公布2031年下半年某某\n技术与某类专业资格(中级)\n考试合格标准的通知\n各有关单位:\n正文", "关于公布2031年下半年某某技术与某类专业资格(中级)考试合格标准的通知"),
    ("关于领取2031年度某类\n资格证书的通知\n正文", "关于领取2031年度某类资格证书的通知"),
    # a first line followed by prose stays as it is
    ("关于领取2031年\n这一行是正文中的一句话,并不属于标题。\n另一行的通知", "关于领取2031年"),
])
def test_a_title_wrapped_over_lines(text, title):
    assert split_title(text)[0] == title
