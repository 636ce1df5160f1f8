"""Key facts in shapes an independent probe writer used (ninth session, tests/data/probes/README.md):
materials after steps, dashes and unit or proxy labels, places listed under a sentence that ends on its
verb, issuers named the way reposts name them. Every case failed on the session's starting code, except
the guards marked so.

Every sentence here was written for this file: none is copied from the shared dev set or from
tests/data/real_notices, and one that follows the shape of a probe text says it in other words.
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts_agency import find_agency
from pipelines.keyfacts_deadline import find_deadline_rule
from pipelines.keyfacts_fee import find_fee
from pipelines.keyfacts_materials import find_materials
from pipelines.keyfacts_mode import find_modes
from pipelines.keyfacts_place import find_places
from pipelines.spam import drop_spam
from pipelines.normalize import _readable


_read = _readable  # the text as the normaliser reads it: Simplified, spaced-out words closed up


def _materials(text: str) -> list[str]:
    return find_materials(_read(text))


@pytest.mark.parametrize("text, want", [
    # a step before the label, and 补发 as the label's word
    ("第二步:准备补发材料:本人身份证原件及复印件、近期免冠2寸照片。", ["身份证原件", "身份证复印件", "近期免冠2寸照片"]),
    # labels written with a dash
    ("准备材料——身份证原件、准考证;", ["身份证原件", "准考证"]),
    ("本人领取——身份证原件;\n代领——委托书、考生身份证复印件、代领人身份证原件。", ["身份证原件", "委托书", "身份证复印件"]),
    # a unit collecting for its staff: what it issues and attaches
    ("由所在单位出具介绍信,附领证人员花名册,经办人持本人身份证原件统一领取。", ["介绍信", "领证人员花名册", "身份证原件"]),
    ("由单位集中领取的,需提交单位介绍信及领证人员名单一份。", ["单位介绍信", "领证人员名单"]),
    ("单位领取须持:单位介绍信、合格人员花名册、经办人身份证原件。", ["单位介绍信", "合格人员花名册", "身份证原件"]),
    # 携 alone, 时带, 还需
    ("考生可携身份证原件于每周二到中心领取。", ["身份证原件"]),
    ("领取时带单位介绍信和身份证原件。", ["单位介绍信", "身份证原件"]),
    ("请带身份证原件;委托他人的,还需委托书和受托人身份证复印件。", ["身份证原件", "委托书", "身份证复印件"]),
    # the list on the line after `…携带下列材料办理:`
    ("遗失的,请携带下列材料办理:\n(一)本人身份证原件、复印件;(二)刊登遗失声明的报纸原件;(三)一寸照片两张。",
     ["身份证原件", "身份证复印件", "刊登遗失声明的报纸原件", "一寸照片"]),
    # circled numbers (NFKC makes `① ` a digit and a space), a notice 刊登的 somewhere, a form 》的 what
    ("请准备以下材料:\n① 在《某某日报》刊登的遗失声明原件;\n② 本人身份证原件及复印件各一份。",
     ["遗失声明原件", "身份证原件", "身份证复印件"]),
    ("携带承诺书、身份证原件到民政局办理。", ["承诺书", "身份证原件"]),
    ("须出具《证书补发登记表》的审核盖章版本。", ["证书补发登记表"]),
    ("须携带加盖单位公章的介绍信。", ["介绍信"]),
])
def test_material_shapes(text, want):
    assert _materials(text) == want


@pytest.mark.parametrize("text, want", [
    # bare verbs followed by a document: 准备, 需要, 带 opening a clause
    ("第一步:关注通知;第二步:准备身份证原件;第三步:到指定地点领取。", ["身份证原件"]),
    ("通常需要本人身份证原件、准考证;请人代领的还需委托书。", ["身份证原件", "准考证", "委托书"]),
    ("领取时间为6月8日至6月19日,带身份证原件。", ["身份证原件"]),
    # a label 所带材料; an inline list item with its own verb
    ("所带材料:准考证打印件、身份证。", ["准考证打印件", "身份证"]),
    ("需带:1、准考证 2、身份证原件 3、请人代领的,带委托书", ["准考证", "身份证原件", "委托书"]),
    # documents posted to an office
    ("请于10月31日前将原证书、身份证复印件邮寄至市人事考试中心。", ["原证书", "身份证复印件"]),
])
def test_more_material_shapes(text, want):
    assert _materials(text) == want


@pytest.mark.parametrize("text, want", [
    ("领取时请携带学生证和身份证。", ["学生证", "身份证"]),
    ("领取时出示身份证原件或缴费凭证。", ["身份证原件", "缴费凭证"]),
    ("领证需携带 :身份证原件、准考证。", ["身份证原件", "准考证"]),
    ("申请材料:\n(1)身份证原件;\n(2)证书损坏的,须交回原证书。", ["身份证原件", "原证书"]),
    ("委托领取——考生身份证原件、委托书原件。", ["身份证原件", "委托书原件"]),
])
def test_documents_conditions_and_pointers(text, want):
    assert _materials(text) == want


@pytest.mark.parametrize("text", [
    # guards: an office posting certificates out; a question; a verb not followed by a document
    "发证机构随后把证书快递到你登记的住址。",
    "还需要去领纸质证书吗?",
    "需要注意的是,领取时间有限。",
    "考场位置以准考证所印为准。",
])
def test_no_materials_here(text):
    assert _materials(text) == []


def test_a_repost_footer_is_dropped():
    assert drop_spam("证书领取通知\n本文由某某网校整理,转载请注明出处") == "证书领取通知"


@pytest.mark.parametrize("text", [
    # not materials: what happens to certificates, a bare 证书 in an application
    "未提交邮寄信息的,证书将由市人事考试中心统一保管,可于每周三领取。",
    "登录网上办事大厅,提交证书领取申请并选择领取方式。",
    "逾期未提交地址的,证书退回省人事考试局,考生自行前往申领。",
])
def test_not_materials(text):
    assert _materials(text) == []


@pytest.mark.parametrize("text, want", [
    ("证书按报考区县分别发放,请按下表前往领取:\n1.东湖区、西湖区:市政务服务中心(北京西路1号)三楼;\n2.新建区:新建区人社局二楼。",
     ["市政务服务中心(北京西路1号)三楼", "新建区人社局二楼"]),
    ("因场地原因分点发放:\n一、一级建造师、监理工程师:市人事考试中心(丰和大道1号)2楼;\n二、经济专业技术资格:市人才服务中心一楼窗口。",
     ["市人事考试中心(丰和大道1号)2楼", "市人才服务中心一楼窗口"]),
    ("证书按区发放:\n青山湖区——青山湖区政务服务中心三楼;\n红谷滩区——红谷滩区财政局二楼。",
     ["青山湖区政务服务中心三楼", "红谷滩区财政局二楼"]),
    # words spaced apart by a repost
    ("确需现场领取的,请持 身份证 原件 到 某市 财政局 (解放 大道 9号) 1楼 服务 大厅 领取。", ["某市财政局(解放大道9号)1楼服务大厅"]),
])
def test_place_shapes(text, want):
    assert find_places(_read(text)) == want


@pytest.mark.parametrize("text, want", [
    # sent down to the offices where they are collected
    ("证书已下发至各区财政局,请考生到报名所在区财政局领取。", ["各区财政局", "报名所在区财政局"]),
    # kept where they are collected
    ("逾期未申请邮寄的,证书保存在市人事考试服务大厅,可凭身份证到现场领取。", ["市人事考试服务大厅"]),
    ("逾期未申请的,证书由省人事考试中心(某某路27号)保管,请本人持身份证现场领取。", ["省人事考试中心(某某路27号)"]),
    # 来 X 领取, X 自取, an office's short name, an office named for whom it serves
    ("请各考点统一来市人事考试院领取后转发考生。", ["市人事考试院"]),
    ("可申请到某区政务服务中心一楼窗口自取。", ["某区政务服务中心一楼窗口"]),
    ("请于1月10日起到市职改办领取资格证书。", ["市职改办"]),
    ("请于1月10日起到市人社局专业技术人员管理科领取。", ["市人社局专业技术人员管理科"]),
])
def test_more_place_shapes(text, want):
    assert sorted(find_places(_read(text))) == sorted(want)


@pytest.mark.parametrize("text, want", [
    ("领取时间为公示结束后15个工作日内,地点在某市某路142号市人事考试中心二楼203室。", ["某市某路142号市人事考试中心二楼203室"]),
    ("▲领取地点:某市某路16号自治区人事考试中心一楼大厅", ["某市某路16号自治区人事考试中心一楼大厅"]),
    # a list item that is a sentence gives its destination, not the whole item
    ("领取地点如下:\n1.按预约日期到某市某路112号市人事考试中心一楼领取;\n2.其他考生到各区人社局领取。",
     ["某市某路112号市人事考试中心一楼", "各区人社局"]),
])
def test_place_labels_and_items(text, want):
    assert find_places(_read(text)) == want


@pytest.mark.parametrize("text, want", [
    ("地点就是某区某路59号东塔8楼的证书发放窗口,带身份证原件就行。", ["某区某路59号东塔8楼的证书发放窗口"]),
    ("领取地点由原通知中的某大街63号变更为某区某大街11号政务服务中心三楼窗口。", ["某区某大街11号政务服务中心三楼窗口"]),
    ("请于3月24日至4月30日到省人事考试中心证书办理大厅(某路456号)领取。", ["省人事考试中心证书办理大厅(某路456号)"]),
    ("纸质证书依旧由各地人事考试机构按原来的渠道发放。", ["各地人事考试机构"]),
    ("请各学院于3月12日到某校区行政楼B203领取。", ["某校区行政楼B203"]),
])
def test_places_said_otherwise(text, want):
    assert find_places(_read(text)) == want


@pytest.mark.parametrize("text", [
    # the publisher naming itself; a transfer between offices; a destination negated
    "证书由我局负责发放,请按时领取。",
    "本批证书已由省考试院下发到我局。",
    "我市不再发放纸质证书,考生无需到中心领取。",
])
def test_no_place_a_reader_can_find(text):
    assert find_places(_read(text)) == []


def test_proxy_labels_with_a_spaced_hyphen():
    text = "需带材料:\n本人领取 - 身份证原件\n委托他人领取 - 委托书、考生身份证复印件"
    assert _materials(text) == ["身份证原件", "委托书", "身份证复印件"]


@pytest.mark.parametrize("text", [
    # guards: a condition, people, what comes after, certificates kept with no collection, a verb in 办
    "合格证书已下发至某考试院并符合报考条件的考生。",
    "证书分发至单位或考生。",
    "证书由本中心统一保管。",
    "考生须递交补办申请并缴纳工本费。",
])
def test_not_places(text):
    assert find_places(_read(text)) == []


@pytest.mark.parametrize("text, want", [
    ("某某会计证书开始领取啦\n(本文转自某网站)\n抚 州 市 财 政 局 通 知:2024年度证书自4月7日起发放。", "抚州市财政局"),
    ("某某证书邮寄通知\n【考证交流群】\n吉安市人事考试中心:2024年度证书实行免费邮寄。", "吉安市人事考试中心"),
    ("社工证邮寄来了\n关注我们\n据 上 饶 市 人 事 考 试 中 心 消息:证书实行邮寄发放。", "上饶市人事考试中心"),
    ("九江市人事考试中心 2024年度注册测绘师资格证书领取通知\n2025-06-16\n证书已到。", "九江市人事考试中心"),
    ("九江2024年中级会计证书邮寄办理指南\n九江市财政局 发布时间:2025-04-09\n证书实行邮寄发放。", "九江市财政局"),
    ("证书补办流程来了\n以下内容摘自 赣州市人事考试中心《证书补办须知》:\n补办需提交身份证原件。", "赣州市人事考试中心"),
    ("二级建造师电子证书可以下载啦\n(转自:江西省住房和城乡建设厅)\n电子证书已生成。", "江西省住房和城乡建设厅"),
])
def test_agency_shapes(text, want):
    assert find_agency(_read(text)) == want


@pytest.mark.parametrize("text, want", [
    # a site's masthead above the title
    ("抚州市人事考试中心\n2025年度执业药师职业资格证书领取通知\n证书已到,请于3月3日起领取。", "抚州市人事考试中心"),
    # the publisher with its date, time and page counter
    ("2025年度中级经济师资格证书开始发放\n吉安市人力资源和社会保障局  2026-02-27 10:15  浏览次数:231\n证书已到。", "吉安市人力资源和社会保障局"),
    # reported from an office's site or notice
    ("会计证书直邮到家\n关注我们\n据赣州市财政局官网消息:2025年度证书已印制完成。", "赣州市财政局"),
    ("社工证什么时候领?\n你好,根据九江市人事考试中心4月14日发的通知,证书4月20日开始领。", "九江市人事考试中心"),
    # the signature with its phone number; a promotion after the signature; a forum post quoting its source
    ("证书领取通知\n发布日期:2019-05-14\n证书已到,请按时领取。\n萍乡市人事考试中心 电话:0799-6830127", "萍乡市人事考试中心"),
    ("证书领取通知\n证书已到,请按时领取。\n新余市人事考试中心咨询电话:0790-6787510", "新余市人事考试中心"),
    ("证书领取通知 - 某财会在线\n证书已到,请按时领取。\n宜春市统计局\n热门推荐:会计考试报名", "宜春市统计局"),
    ("求助:补办证书\n原帖转自 江西省人事考试中心 2019-10-09\n补办证书约2个月后可领取。", "江西省人事考试中心"),
])
def test_more_agency_shapes(text, want):
    assert find_agency(_read(text)) == want


@pytest.mark.parametrize("text", [
    # guards: a label naming who to call or where to go is no issuer
    "证书领取通知\n联系部门:市人事考试中心\n证书已到。",
    "证书领取通知\n领取地点:市人事考试中心\n证书已到。",
])
def test_labels_are_not_issuers(text):
    assert find_agency(_read(text)) is None


@pytest.mark.parametrize("text, rule", [
    ("领取时间:3月3日至3月14日。\n超出领取时间未领取的,证书将退回省人事考试院,考生须自行前往领取。",
     "超出领取时间未领取的,证书将退回省人事考试院,考生须自行前往领取"),
    ("证书在我局保存三年,三年后未领取的将统一上交市财政局。", "证书在我局保存三年,三年后未领取的将统一上交市财政局"),
    ("证书保存期为一年,期满后交档案室处理。", "证书保存期为一年,期满后交档案室处理"),
    ("单位未在规定时间领取的,后果由该单位自负。", "单位未在规定时间领取的,后果由该单位自负"),
    ("到证后电话通知,通知后三个月内未领取的,不再保留。", "到证后电话通知,通知后三个月内未领取的,不再保留"),
    ("未申请邮寄的考生,请于7月28日至8月8日持身份证原件到市人事考试中心领取。",
     "未申请邮寄的考生,请于7月28日至8月8日持身份证原件到市人事考试中心领取"),
])
def test_deadline_rule_shapes(text, rule):
    assert find_deadline_rule(_read(text)) == rule


def test_late_collection_advice_is_no_rule():
    # a guard: what to do when late is not what happens to the certificate
    assert find_deadline_rule(_read("错过发放时间的,可打电话问清再来。")) is None


@pytest.mark.parametrize("text, modes", [
    # channels negated over a list, after an adverb, or as a destination
    ("本年度不制发纸质证书,不设现场领取和邮寄服务。电子证书请登录网站下载打印。", ["electronic"]),
    ("今年起实行邮寄发放,不再集中现场发放。", ["mail"]),
    ("本次不再发放纸质证书,请勿前往考试机构现场咨询领证。电子证书请自行下载打印。", ["electronic"]),
    # an online step that searches for the mailing service
    ("1.登录某省政务服务网,搜索“资格证书邮寄”;", ["mail", "online"]),
])
def test_mode_shapes(text, modes):
    assert find_modes(_read(text)) == modes


@pytest.mark.parametrize("text, fee", [
    ("快递费由申请人自理。", "快递费由申请人自理"),
    ("补发证书不收取工本费。", "补发证书不收取工本费"),
    ("学时证明打印免费。", "学时证明打印免费"),
    # guards: an advertisement quotes no fee of ours; free collection is a fee clause
    ("★★★ 免费领取历年真题资料 加QQ群 12345 ★★★", None),
    ("考生需要按照规定时间和地点免费领取。", "考生需要按照规定时间和地点免费领取"),
])
def test_fee_shapes(text, fee):
    assert find_fee(_read(text)) == fee
