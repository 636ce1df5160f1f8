"""Classes from the fifteenth round's dev texts (issue 12, issue 14), each in our own sentences."""

from __future__ import annotations

import pytest

from pipelines.keyfacts import key_facts
from pipelines.normalize import normalize_record


@pytest.mark.parametrize("sentence, place", [
    # the verb after a comma, past the place's address
    ("合格人员请携带材料到某县财政局301室(某某路18号),申请办理资格证书。", "某县财政局301室(某某路18号)"),
    ("考生到某区人社分局,办理领证手续。", "某区人社分局"),
])
def test_a_place_whose_verb_follows_a_comma(sentence, place):
    facts = key_facts("关于领取证书的通知\n" + sentence)
    assert facts["place"] == [place]
    assert "on_site" in facts["mode"]


def test_an_office_papers_are_posted_to_is_no_place_to_go():
    # (guard: with a comma allowed before the verb, `邮寄至X,换发后…` must not make X a place)
    facts = key_facts("关于换发证书的通知\n请将原证书、身份证复印件邮寄至某市人事考试中心,换发后的证书以挂号信寄回。")
    assert facts["place"] == []
    assert facts["mode"] == ["mail"]


def test_a_dated_application_period_saves_a_body_that_opens_on_results():
    text = ("各位考生:\n2030年下半年某行业从业资格考试成绩已经公布。\n"
            "证书申请时间为2031年1月9日9:00至1月20日17:00,请登录证书申请系统在线申请,证书以挂号信寄送。")
    read = normalize_record({"text": text})
    assert (read["is_cert_notice"], read["window_start"], read["window_end"]) == (True, "2031-01-09", "2031-01-20")


def test_a_body_that_opens_on_results_with_no_dated_period_is_no_notice():
    # (guard: the certificate part must give its dates)
    text = ("各位考生:\n2030年下半年某行业从业资格考试成绩已经公布。\n"
            "证书申请时间另行通知,请关注本网站。")
    assert normalize_record({"text": text})["is_cert_notice"] is False


@pytest.mark.parametrize("signature", ["二0 一九年三月二十六日", "二 〇 一 九年三月二十六日"])
def test_a_signature_year_typed_with_spaces_dates_the_page(signature):
    text = "关于报名工作的通知\n各有关单位:\n请按时组织报名。\n某市人事考试中心\n" + signature
    assert normalize_record({"text": text})["published"] == "2019-03-26"


@pytest.mark.parametrize("sentence, fee", [
    ("(1)证书补办申请表(可在本中心网站免费下载,原件1份);", None),
    ("补办申请表可在网站上免费下载打印。", None),
    ("电子证书可免费下载打印。", "电子证书可免费下载打印"),  # (guard: the certificate's own cost)
])
def test_a_form_free_to_download_is_no_fee(sentence, fee):
    assert key_facts("关于补办证书的通知\n" + sentence)["fee"] == fee


def test_news_that_named_regions_have_opened_is_a_notice():
    # (under a title a guide would have: the round-up of what has opened decides)
    text = ("一文看懂:2030年某资格证书发放进度\n"
            "纸质证书:截至本周,已有甘肃、海南两地开通纸质证书邮寄申请,其他省份暂未公布。")
    assert normalize_record({"text": text})["is_cert_notice"] is True


def test_regions_only_expected_to_open_are_no_notice():
    # (guard: a forecast names no region that has acted)
    text = ("一文看懂:2030年某资格证书发放进度\n"
            "纸质证书:预计甘肃、海南两地将于下月开通纸质证书邮寄申请,其他省份暂未公布。")
    assert normalize_record({"text": text})["is_cert_notice"] is False


@pytest.mark.parametrize("verb", ["到", "前往", "赴"])
def test_a_place_begins_at_its_own_verb(verb):
    # (found by writing 到 as 前往 in dev texts: an earlier 于/在 ran over 前往 into the place)
    sentence = f"未申请邮寄的考生,可在证书下发至报名点后{verb}所在报名点领取证书。"
    assert key_facts("关于领取证书的通知\n" + sentence)["place"] == ["所在报名点"]


def test_a_section_whose_period_runs_from_the_notice_to_a_day_is_a_notice():
    # (an excerpt with no title: the period `自本通知下发之日起至…` is a notice's sign, as one from a day is)
    text = ("某人社函〔2031〕7号\n三、证书领取\n"
            "申请邮寄者请自本通知印发之日起至2031年3月3日18时,登录某省人事考试网申请邮寄,逾期统一寄送资格证书。")
    assert normalize_record({"text": text})["is_cert_notice"] is True


@pytest.mark.parametrize("sentence, place", [
    ("证书会统一寄到报名所在地的人社局,考生再去领取。", ["报名所在地的人社局"]),
    ("证书发至当地财政局或人事考试中心后,考生凭身份证领取。", ["当地财政局或人事考试中心"]),
    ("请将身份证复印件寄至某市人事考试中心,审核后领取证书。", []),  # papers posted: no place (guard)
    ("证书已寄至考生填写的地址,请注意查收。", []),  # (guard)
])
def test_the_office_certificates_are_forwarded_to_for_collection(sentence, place):
    # (found by writing guides' place sentences a dozen ways over generic offices)
    assert key_facts("证书怎么领?\n" + sentence)["place"] == place


@pytest.mark.parametrize("title", ["关于某资格证书遗失作废的声明", "某资格证书遗失声明", "遗失启事:某资格证书一本"])
def test_a_holders_loss_declaration_is_no_notice(title):
    # (found by sweeping look-alikes that name a certificate: a reissue word in a holder's declaration)
    text = title + "\n本人某某遗失某资格证书一本,证书编号000000,特此声明作废。"
    assert normalize_record({"text": text})["is_cert_notice"] is False


def test_a_reissue_notice_that_asks_for_a_declaration_is_still_a_notice():
    # (guard: the declaration a reissue asks for is a material, not the page's kind)
    text = "关于补办某资格证书的通知\n申请补办者须提交登报遗失声明、身份证复印件,于2031年3月1日至3月31日到某中心办理。"
    assert normalize_record({"text": text})["is_cert_notice"] is True


@pytest.mark.parametrize("text, materials", [
    # a generic noun whose bracket lists documents without 如
    ("考生可带上有关证件(身份证、毕业证等)去某中心现场领取。", ["身份证", "毕业证"]),
    # a time after the document
    ("请合格人员凭本人身份证每周二领取证书。", ["身份证"]),
    # a line ending on its noun with no list under it is read on
    ("二、准备好准考证原件及复印件、学位证明等材料", ["准考证原件", "准考证复印件", "学位证明"]),
    # ... and a numbered line over its next sibling is no heading of it
    ("2. 准备身份证原件、毕业证书等材料\n3. 选择现场领取的,需提前预约时间", ["身份证原件", "毕业证书"]),
    # a photo's size is no list number; a circled number glued to it is
    ("补办需准备以下材料:\n1寸免冠照片;\n身份证复印件;", ["1寸免冠照片", "身份证复印件"]),
    ("补办需准备以下材料:\n①身份证原件\n②2寸白底照片", ["身份证原件", "2寸白底照片"]),
    # a form's name is a document in a bare list, unless it is given on the spot
    ("补办需准备以下材料:\n身份证复印件;\n《证书补办申请表》;\n遗失声明。", ["身份证复印件", "证书补办申请表", "遗失声明"]),
    ("补办需准备以下材料:\n《证书补办申请表》(现场领取填写);\n身份证复印件;\n遗失声明。", ["身份证复印件", "遗失声明"]),
    # a time is no document
    ("每年的补证申请时间为9月1日至9月30日,逾期顺延。", []),
])
def test_materials_found_in_the_fifteenth_round(text, materials):
    assert key_facts("证书怎么补办?\n" + text)["materials"] == materials


@pytest.mark.parametrize("text, materials", [
    ("遗失证书者应到原考点提出证书补发的书面申请,并提交本人身份证复印件。", ["身份证复印件", "书面申请"]),
    ("补证须向原发证机关提出书面申请。", ["书面申请"]),
])
def test_a_written_application_handed_in_is_a_material(text, materials):
    assert key_facts("证书怎么补办?\n" + text)["materials"] == materials


@pytest.mark.parametrize("title, is_notice", [
    ("2030年某资格证书领取汇总", True),  # a round-up of the regions' collection notices
    ("2030年某资格合格证书发放汇总", True),
    ("2030年某资格证书办理须知汇总", False),  # (guard: a summary of rules)
    ("2030年某资格报名时间汇总", False),  # (guard: not certificates)
])
def test_a_round_up_of_collection_notices_is_a_notice(title, is_notice):
    assert normalize_record({"text": title})["is_cert_notice"] is is_notice


def test_the_body_a_collection_of_certificates_is_put_in_charge_of():
    facts = key_facts("某考试公告\n考试由省人事考试中心组织,领取证书工作由某省住房和城乡建设厅负责。")
    assert facts["place"] == ["某省住房和城乡建设厅"]
