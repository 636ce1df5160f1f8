"""Key facts read the same however a copied page lays out a notice's list of documents or its numbers (session 25).

Found with bench/robustness.py's habits "a list's items on one line", "documents parted by spaces" and "phone numbers
spaced in groups" (the evidence ids are in the comments beside those habits): a numbered list run onto the line of its
heading lost the items after the first full stop, or all of them where the heading was no `所需材料`; documents parted
by spaces were read as one; a mobile number spaced in groups was not read. Every text here is our own.
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts import key_facts
from pipelines.normalize import normalize_record

HEAD = "关于领取某类资格证书的通知\n"


@pytest.mark.parametrize("line, materials", [
    # each item a sentence of its own: a full stop before the next number ends the item, not the list
    ("申请办理证书时应提供下列材料:(1)成绩合格单(自行打印)。(2)身份证原件。(3)近期一寸照片1张。",
     ["成绩合格单", "身份证原件", "近期一寸照片"]),
    # a heading of materials with its colon, whatever words open it, and its list on the same line
    ("填好信息后,准备以下材料:(1)一寸彩色证件照(与报名照片一致);(2)身份证原件及复印件;",
     ["一寸彩色证件照", "身份证原件", "身份证复印件"]),
])
def test_a_numbered_list_on_its_headings_line(line, materials):
    assert key_facts(HEAD + line)["materials"] == materials


def test_a_list_after_any_colon_is_read_when_its_items_are_documents():
    line = "合格人员到某区财政局办理:(1)身份证原件和复印件;(2)一寸照片1张;(3)参保证明。"
    assert key_facts(HEAD + line)["materials"] == ["身份证原件", "身份证复印件", "一寸照片", "参保证明"]
    # (a list of steps after a colon names no document, though a step speaks of one)
    steps = "办理流程如下:(1)登录某省人事考试网填写申请;(2)工作人员审核后寄出证书。"
    assert key_facts(HEAD + steps)["materials"] == []


def test_circled_numbers_on_one_line_are_a_list():
    text = HEAD + "现将有关事项告知如下:①身份证原件及复印件;②《某省人员信息表》 ③近期一寸证件照一张"
    assert normalize_record({"text": text})["materials"] == ["身份证原件", "身份证复印件", "某省人员信息表", "近期一寸证件照"]


def test_a_long_lines_list_goes_on_on_the_next_line():
    # (a long line's space before `(3)` is read as a pasted paragraph's break: the third item stands on a line of its own)
    text = HEAD + ("本年度某类资格考试工作已经结束,合格证书的申领工作即将开始,为了方便各位合格人员申领证书,现将办理时需要准备的有关事项公告如下:"
                   "(1)身份证原件及复印件(没有身份证的人员须先到公安部门办好身份证);(2)《某省人员信息表》 (3)近期一寸证件照一张")
    assert normalize_record({"text": text})["materials"] == ["身份证原件", "身份证复印件", "某省人员信息表", "近期一寸证件照"]


@pytest.mark.parametrize("line, materials", [
    ("须带:身份证原件  准考证复印件", ["身份证原件", "准考证复印件"]),
    ("领证需带:身份证原件 准考证", ["身份证原件", "准考证"]),
    # under a heading, on the line below it
    ("换证所需资料\n旧证书  培训合格证书  一寸免冠照片两张。", ["旧证书", "培训合格证书", "一寸免冠照片"]),
])
def test_documents_parted_by_spaces(line, materials):
    assert key_facts(HEAD + line)["materials"] == materials


def test_a_document_spaced_from_its_original_is_one_document():
    # (`身份证 原件`: a word spaced apart, not two documents; beside it, documents parted by spaces are each one)
    facts = key_facts(HEAD + "领证需带:身份证 原件  准考证")
    assert [m.replace(" ", "") for m in facts["materials"]] == ["身份证原件", "准考证"]


@pytest.mark.parametrize("line, phone", [
    ("咨询电话:138 0000 1234", "138 0000 1234"),
    ("联系人:某老师 电话:159 1234 5678(工作日)", "159 1234 5678"),
])
def test_a_mobile_number_spaced_in_groups(line, phone):
    assert key_facts(HEAD + line)["phone"] == [phone]


@pytest.mark.parametrize("mark", ["(2)", "（2）", "②"])
def test_a_steps_heading_numbered_in_brackets_or_circled_is_no_fee(mark):
    # (`2. 确认信息并支付邮费` was skipped as a step's heading; numbered `(2)` or `②`, it was read as the fee)
    text = HEAD + f"网上申请邮寄步骤\n(1)填写收件地址\n{mark}确认信息并支付邮费\n(3)等待证书寄达\n本次邮寄的邮费由考生自理。"
    assert key_facts(text)["fee"] == "本次邮寄的邮费由考生自理"
    # ... while an item that names a sum is the fee, however it is numbered
    assert "工本费每本二十元整" in key_facts(HEAD + f"补办须知\n(1)填写申请表\n{mark}工本费每本二十元整")["fee"]
