"""Shapes found by two fresh probe sets (twelfth session, sets d and e: 160 texts by writers who saw only
the label conventions; kept outside the repository, scored on arrival in the session notes): a site's
masthead with its column above the title (`某厅 > 通知公告`), 职称 certificates under their formal name
(`专业技术职务任职资格证书`), titles about a list of passers or a 核查 of them.
Table tests in sentences of our own (none copied from the probe sets, the corpus or the shared dev set).
"""

from __future__ import annotations

import pytest

from pipelines.normalize import normalize_record
from pipelines.text import split_title


def _normalized(text: str) -> dict:
    return normalize_record({"text": text, "listed_date": None, "source_url": None})


@pytest.mark.parametrize("text, title", [
    # the masthead names an office: it stays as the title's issuer
    ("宁远市财政局 > 通知公告\n关于领取2030年度会计证书的通知\n正文", "【宁远市财政局】关于领取2030年度会计证书的通知"),
    ("长丰县人社局 通知公告\n关于领取2030年度经济师证书的通知\n正文", "【长丰县人社局】关于领取2030年度经济师证书的通知"),
    # a site's name is no office: only the column line goes
    ("宁远人事考试网 通知公告\n关于领取2030年度经济师证书的通知\n正文", "关于领取2030年度经济师证书的通知"),
    # a title that ends on a notice word after a space is still a title
    ("2030年度经济师证书领取 通知\n正文在此。", "2030年度经济师证书领取 通知"),
])
def test_a_masthead_with_its_column_is_no_title(text, title):
    assert split_title(text)[0] == title


@pytest.mark.parametrize("text, is_cert", [
    # a 职称 by its formal name, won by review
    ("关于领取2030年度中级专业技术职务任职资格证书的通知\n各单位:\n评审通过人员的证书已制作完成,请于3月4日至8日到市人社局领取。", False),
    # results under a masthead line: a list of passers, a check of their records
    ("宁远市财政局 > 通知公告\n关于公布2030年度初级会计资格考试合格人员名单的通知\n合格人员名单见附件,证书领取事宜另行通知。", False),
    ("长丰县人社局 通知公告\n2030年度一级造价工程师考试合格人员资格核查的通知\n请合格人员于3月4日至8日上传材料,核查通过后方可领取证书。", False),
    # the same masthead over a certificate notice
    ("宁远市财政局 > 通知公告\n关于领取2030年度初级会计资格证书的通知\n请合格人员于3月4日至8日到市财政局领取证书。", True),
])
def test_what_the_title_under_a_masthead_is_about(text, is_cert):
    assert _normalized(text)["is_cert_notice"] is is_cert
