"""A training site's repost of an official notice under its own title: the notice is the page's subject (the corpus
labels these positive), while the same titles over a guide's hedged text are not. Written for session 14 (no
14-character run shared with the shared dev set or tests/data/real_notices)."""

from __future__ import annotations

import pytest

from tests.conftest import normalized

OFFICIAL = ("各位考生:\n2031年度二级造价工程师证书已到,请于2032年5月6日至5月17日持本人身份证到洛阳市人事考试中心(某路16号)领取。\n"
            "洛阳市人事考试中心\n2032年4月28日")
GUIDE = "一般来说,二造证书在成绩公布后3个月左右发放,预计2032年5月前后可以领取,具体以当地通知为准。"


@pytest.mark.parametrize("title", [
    "2031年洛阳市二造证书什么时候领?官方通知已发布",
    "洛阳市2031年二造证书领取时间及地点",
    "【官方】洛阳市2031年度二造证书开始领取",
])
def test_a_repost_of_the_official_notice_is_a_notice(title):
    got = normalized(title + "\n" + OFFICIAL)
    assert (got["is_cert_notice"], got["kind"]) == (True, "collection")


@pytest.mark.parametrize("title", [
    "2031年洛阳市二造证书什么时候领?",
    "二造证书领取流程详解",
])
def test_the_same_titles_over_a_guide_are_no_notice(title):
    assert normalized(title + "\n" + GUIDE)["is_cert_notice"] is False


def test_a_title_under_a_document_number_below_a_reposts_promotion():
    # session 19: a repost's promotion above the document's number; the `关于…的通知` under the number is the title
    text = ("考试经验天天分享\n官方微博 @某某教育 欢迎关注\n客服热线 400-000-0000\n宁人社考〔2031〕7号\n"
            "关于2031年度宁远市审计师证书发放工作的通知\n各有关单位:")
    read = normalized(text)
    assert read["title"] == "关于2031年度宁远市审计师证书发放工作的通知" and read["year"] == 2031
