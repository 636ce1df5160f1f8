import pytest

from pipelines.batch import find_batch


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("7月第4批次", (4, 7)),
        ("2025年兵团一级造价工程师证书发放(11月第3批次)", (3, 11)),
        ("第2批次", (2, None)),
        ("（第二批）", (2, None)),
        ("关于发放第十二批证书的通知", (12, None)),
        ("2019年10月领证通知", (None, 10)),
        ("关于领取12月份证书的通知", (None, 12)),
        ("2015第三次沈阳市职称外语考试证书发放通知", (None, None)),  # a sitting, not a round
        ("第二次考试成绩", (None, None)),
        ("本省第二批合格人数为312人", (None, None)),  # a round of results, counted
        ("【6月9日-13日领取", (None, None)),  # a date, not a round's month
        ("", (None, None)),
    ],
)
def test_find_batch(text, want):
    assert find_batch(text) == want


@pytest.mark.parametrize("text, month", [
    # session 19: a month guessed at or recalled just before a hand-out names no round; one that is announced does
    ("纸质证书预计将在10月发放", None),
    ("参考往年一般在10月发放", None),
    ("2031年10月领证通知", 10),
])
def test_a_guessed_month_names_no_round(text, month):
    assert find_batch(text)[1] == month
