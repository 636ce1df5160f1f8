import pytest

from pipelines.batch import find_batch


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("9月第2批次", (2, 9)),
        ("2024年兵团监理工程师证书领取通知(9月第2批次)", (2, 9)),
        ("第2批次", (2, None)),
        ("（第二批）", (2, None)),
        ("关于发放第十二批证书的通知", (12, None)),
        ("2017年11月领证通知", (None, 11)),
        ("关于领取12月份证书的通知", (None, 12)),
        ("2016第四次天津市计算机应用能力考试证书发放通知", (None, None)),
        ("第二次考试成绩", (None, None)),
        ("【3月14日-18日领取", (None, None)),
        ("", (None, None)),
    ],
)
def test_find_batch(text, want):
    assert find_batch(text) == want
