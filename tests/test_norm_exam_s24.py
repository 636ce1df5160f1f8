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
    # a college's 成人高等教育 diplomas are 成人高考's, not a bare 毕业证书
    ("关于领取2031届成人高等教育毕业证书的通知", "成人高考"),
])
def test_names_and_aliases(text, want):
    assert _exam(text) == want


# Guards (these passed before too): what the classes above must not take in.
@pytest.mark.parametrize(("text", "want"), [
    ("2031年中级注册安全工程师证书领取通知", "注册安全工程师"),
    ("2031年度执业药师职业资格证书领取通知", "执业药师"),
    ("关于2031年度主管药师资格证书领取的通知", "卫生专业技术资格"),
])
def test_guards(text, want):
    assert _exam(text) == want
