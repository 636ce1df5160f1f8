"""Habits of copied pages (bench/robustness.py) that changed right readings: a notice and its copy read the same.
Our own sentences, no corpus text."""

import pytest

from bench.robustness import wrap_at_column  # (the bench's own model of a PDF's wraps)
from pipelines.copied_lines import mend_lines
from pipelines.hard_wraps import join_hard_wraps
from pipelines.normalize import normalize_record

READINGS = ("is_cert_notice", "year", "window_start", "window_end", "place", "materials", "mode")


def _hard_wrapped(text: str) -> str:
    head, *rest = text.split("\n")
    return "\n".join([head] + [wrap_at_column(line) for line in rest])


def _read(text: str) -> dict:
    out = normalize_record({"text": text})
    return {field: out[field] for field in READINGS}


# A short notice: one paragraph long enough to run over two line ends of a 28-character column, the others short.
SHORT_NOTICE = "\n".join([
    "某市人事考试中心关于领取2030年度某类资格证书的通知",
    "各位考生:",
    "本2030年度某类资格考试合格人员的证书已经制作完毕,请合格人员于2031年3月3日至3月21日期间携带本人身份证原件和"
    "准考证到某市人才大厦东楼七层证书发放窗口领取,逾期不再受理。",  # (`准考` / `证到…`: a material broken over a line end)
    "联系电话:0000-1234567",
])
# Two short paragraphs, each running over one line end.
TWO_PARAGRAPHS = "\n".join([
    "关于补办某类资格证书的说明",
    "证书遗失或者损毁的持证人,可以向原发证机关提出补办申请,并在市级以上报刊刊登遗失声明。",
    "申请时须提交本人身份证原件、两张近期一寸免冠照片以及本人签字的补办申请表,到某区政务服务中心办理。",
])


@pytest.mark.parametrize("text", [SHORT_NOTICE, TWO_PARAGRAPHS])
def test_a_short_text_wrapped_over_few_lines_is_joined_back(text):
    wrapped = _hard_wrapped(text)
    assert wrapped != text
    assert join_hard_wraps(wrapped) == text


def test_a_short_hard_wrapped_notice_reads_as_the_notice():
    assert _read(_hard_wrapped(SHORT_NOTICE)) == _read(SHORT_NOTICE)
    assert _read(SHORT_NOTICE)["materials"] == ["身份证原件", "准考证"]  # (a reading to keep)


def test_a_number_broken_over_a_line_end_is_joined_without_a_space():
    text = "\n".join([
        "关于领取证书的通知",
        "某证书的申领时间定为2031年1月20日9:00至2031年2月15日17:00,请持证人按时登录某平台提出申请,逾期未申请的视为放弃,由"
        "某中心统一寄回原报名地的人事考试机构。",
    ])
    wrapped = _hard_wrapped(text)
    assert "17:0\n0," in wrapped
    assert join_hard_wraps(wrapped) == text
    assert _read(wrapped)["window_start"] == _read(text)["window_start"] == "2031-01-20"


@pytest.mark.parametrize("text", [
    # a heading as wide as the widest line, then an indented paragraph: a paragraph opens under it
    "某地证书领取说明\n2031年3月某市某类资格考试证书申领时间安排\n    证书申领须在成绩公布后六个月内完成,过期不领者成绩自动失效。\n"
    "2031年3月某市某类资格考试证书申领地点安排\n    持证人到户籍所在地财政局现场审核后领取证书。",
    # a flattened table's rows, spaced into cells, as wide as each other
    "某地证书领取安排\n序号 区县 领证时间 领证地点 电话\n1 某甲区 4月16日—4月27日 某甲区人事考试中心服务大厅 0000-111\n"
    "2 某乙区 4月16日—4月20日 某乙区人力资源社会保障局考试 0000-222\n3 某丙区 4月23日—5月4日 某丙区人社局专技科",
    # a comment thread: each reply its own line
    "证书什么时候发\n回复1:我们这里已经开始直邮了,不用去现场领取,等着收快递就行吧\n回复2:电子证书早就可以下载了,人事考试网上自己下载\n回复3:同问",
])
def test_short_texts_with_wide_open_lines_keep_them(text):
    assert join_hard_wraps(text) == text


def test_a_stamp_line_is_still_never_joined():
    text = "\n".join([
        "证书可以领啦",
        "原创 某某考试圈 2031-03-01 08:30 发表于某省某地的一个小城市里面",
        "某市住建局发布了证书发放的通知,重点内容整理如下,请大家注意查看",
        "领取截止:2031年3月30日",
    ])
    assert join_hard_wraps(text) == text


def test_mending_a_wrapped_text_is_stable():
    once = mend_lines(_hard_wrapped(TWO_PARAGRAPHS))
    assert mend_lines(once) == once == TWO_PARAGRAPHS


# A notice of 120 to 300 characters pasted onto one line that opens on a sentence, not a title: its paragraphs are
# parted again after their full stops and before a region's label (`某甲省:`), as a longer notice's are.
OPENS_ON_A_SENTENCE = "\n".join([
    "2030年度某类资格证书已于2031年3月起陆续发放,各地时间不一,考生请留意所在地区的通知。",
    "部分地区的领取安排如下:",
    "某甲省:2031年3月6日起通过邮政快递寄送。",
    "某乙省:现场领取时间为2031年3月20日至4月17日,地点为某乙省人事考试中心一楼大厅。",
    "现场领取须携带本人身份证原件和准考证;委托他人代领的,另带委托书。",
])


def test_a_pasted_notice_that_opens_on_a_sentence_is_parted_again():
    pasted = " ".join(OPENS_ON_A_SENTENCE.split("\n"))
    assert 120 <= len(pasted) < 300
    assert mend_lines(pasted) == OPENS_ON_A_SENTENCE
    assert _read(pasted) == _read(OPENS_ON_A_SENTENCE)


def test_a_wrapped_text_under_a_title_parted_from_its_tail_is_joined():
    # the line under the title (a pasted title's tail, parted again) is wider than the column: the column is measured below it
    text = "\n".join([
        "一、某市人力资源和社会保障局关于做好2030年度全市某类资格考试证书发放工作的通知",
        "各县区人社局,市直各部门人事处,市属各有关单位:根据省人社厅有关通知精神,现将有关事项通知如下:",
        "考试合格的人员,凭本人身份证原件到某市人事考试中心(某市某区某路88号,某大厦4楼)402房间领取合格证书,领取时间为"
        "2031年4月1日至4月30日,逾期不再受理。",
    ])
    wrapped = "\n".join(text.split("\n")[:2] + [
        "考试合格的人员,凭本人身份证原件到某市人事考试中心(某市某区某路",
        "88号,某大厦4楼)402房间领取合格证书,领取时间为2031年4月1日至",
        "4月30日,逾期不再受理。",
    ])
    assert join_hard_wraps(wrapped) == text


# A short notice, under 120 characters, pasted onto one line: longer than a title, so parted like a longer one.
SHORT_PASTED = "\n".join([
    "二、证书领取时间及地点",
    "合格人员证书领取时间从2031年5月6日开始",
    "领取地点:市政务服务中心三楼某局窗口(某某路88号)",
    "某市某局",
])
# and one under a page's stamp, whose date a year opening the next line follows (`2031-02-11 2030某省…`)
SHORT_UNDER_A_STAMP = "\n".join([
    "来源:某某考试网",
    "发布时间:2031-02-11",
    "2030某省某市某类资格证书领取须知:",
    "请持本人身份证原件到市人事考试中心领取证书。",
])


@pytest.mark.parametrize("text", [SHORT_PASTED, SHORT_UNDER_A_STAMP])
def test_a_short_notice_pasted_with_its_indents_is_parted_again(text):
    pasted = "\u3000\u3000".join(text.split("\n"))
    assert 60 <= len(pasted) < 120
    assert mend_lines(pasted) == text


def test_a_short_notice_pasted_with_spaces_keeps_its_readings():
    spaced = " ".join(SHORT_PASTED.split("\n"))
    for field in ("window_start", "mode"):
        assert _read(spaced)[field] == _read(SHORT_PASTED)[field]
    assert _read(" ".join(SHORT_UNDER_A_STAMP.split("\n")))["year"] == _read(SHORT_UNDER_A_STAMP)["year"] == 2030


def test_a_title_with_a_space_is_left_alone():
    title = "关于领取2030年度某类资格证书的通知 某市人事考试中心"
    assert mend_lines(title) == title
