"""Key fact `place`, twenty-fourth session, second pass: classes of places the first pass left, each seen in two texts
or more (probes; the dev split holds none of them): certificates already forwarded to offices, the reader sent to
them (`证书已寄至各市人社局,请与当地联系`, `证书已分送各区财政局`), a verb a repost spaced out alone (`领 取 。`, closed up in
`pipelines/spacing.py`), the district items under a list's heading that closes a longer line or carries a bracket
(`证书已到。领证安排如下:`, `各地领证安排如下(以当地通知为准):`, `证书领取分区县进行:`, `其他区(市)发放地点:`), rows
by district with no header (cells parted by bars or spaces), and a flattened table's phone glued to its place cell.
Table tests; the conventions are tests/data/real_notices/README.md's "Key facts" (`place`).

Every sentence here was written for this file (none is copied from the shared dev set, tests/data/real_notices or
the probes; places, names and bodies are made up).
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts_place import find_places
from pipelines.spacing import close_spaced_words


@pytest.mark.parametrize("text, places", [
    # certificates already forwarded to offices, the reader sent to them
    ("(二)外地考生:证书已寄至各市(州)人社局,请与当地联系;", ["各市(州)人社局"]),
    ("外县人员的证书已发至县人社局,请留意当地通知。", ["县人社局"]),
    # (分送, with or without 至)
    ("(二)初级证书:已分送各区(市)财政局,请考生到报名所在区财政局领取。", ["报名所在区财政局", "各区(市)财政局"]),
    ("外市人员的证书已分送各市审计局,由各市审计局负责发放。", ["各市审计局"]),
    # (not a step before the place a later line labels)
    ("证书已寄到某某市人事考试中心。", []),
    # a list's heading closing a longer line, its district items naming the places (a district alone names none)
    ("证书已到。领证安排如下:\n东城区、西城区考生:市财政局会计科(某路9号),2025年4月1日至4月9日;\n各县考生:到各县财政局领取。",
     ["市财政局会计科(某路9号)", "各县财政局"]),
    ("证书陆续发放,各地领证安排如下(以当地通知为准):\n甲市:9月1日至9月30日,市财政局会计科(某路1号),电话0000-1234567\n"
     "乙市:8月25日起,各县(市、区)财政局会计股\n丙市:已开始发放,具体咨询0000-7654321",
     ["市财政局会计科(某路1号)", "各县(市、区)财政局会计股"]),
    ("证书领取分区县进行:\n甲县:甲县人才服务中心(某路3号)\n乙区、丙区:某市人事考试中心(某路5号)",
     ["甲县人才服务中心(某路3号)", "某市人事考试中心(某路5号)"]),
    ("证书已印制完成,考生到报名地财政部门领取,具体地点:\n市直考生:市会计服务中心(某大道2号);\n甲区、乙区考生:各区财政局会计股;",
     ["市会计服务中心(某大道2号)", "各区财政局会计股", "报名地财政部门"]),
    # rows by district with no header: cells parted by bars (the address cell in brackets after the place) or spaces
    ("证书由各市(区)分别发放,具体地点如下:\n甲市 | 甲市人社局考试科 | 某路18号3楼 | 0000-1234567\n"
     "乙区、丙区 | 某市人事考试中心 | 某路5号 | 0000-7654321",
     ["甲市人社局考试科(某路18号3楼)", "某市人事考试中心(某路5号)"]),
    ("其他区(市)发放地点:\n甲区 甲区政务服务大厅人社窗口 88886666\n乙市、丙市 当地人事考试中心",
     ["甲区政务服务大厅人社窗口", "当地人事考试中心"]),
    # (a heading with no hand-out is no list of places; an item parted by dashes stays an item)
    ("考试安排如下:\n甲区:甲区第一中学\n乙区:乙区第二中学", []),
    ("证书按区发放:\n甲区 —— 甲区政务服务中心(某路8号)三楼窗口 ;", ["甲区政务服务中心(某路8号)三楼窗口"]),
    # a flattened table's phone glued to its place cell
    ("序号 地区 领取地点 联系电话\n1 甲市 甲市人事考试中心(某路88号)0000-12345678\n2 乙市 乙市人事考试中心 0000-7654321",
     ["甲市人事考试中心(某路88号)", "乙市人事考试中心"]),
    ("序号 地区 发放时间 发放地点 咨询电话\n1 甲市 3月6日-3月24日 甲市财政局会计处(某路 2号)0000-87654321\n"
     "2 乙市 3月6日起 市民服务中心三楼C区 0000-7654321",
     ["甲市财政局会计处(某路 2号)", "市民服务中心三楼C区"]),
])
def test_places(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, closed", [
    # a last word spaced out before its mark, the rest of the line whole
    ("请于5月1日至5月9日到某某市财政局会计科(某路 8 号 )领 取 。", "请于5月1日至5月9日到某某市财政局会计科(某路 8 号 )领取。"),
    ("证书已到,请到某市财政局会计管理科(某路27号)领 取 ,领取时出示身份证。",
     "证书已到,请到某市财政局会计管理科(某路27号)领取,领取时出示身份证。"),
    # (a list of places keeps its spaces)
    ("北京 上海 天津", "北京 上海 天津"),
])
def test_spaced_word_closed(text, closed):
    assert close_spaced_words(text) == closed


def test_spaced_verb_place():
    text = close_spaced_words("请于5月1日至5月9日到某某市财政局会计科(某路 8 号 )领 取 。")
    assert find_places(text) == ["某某市财政局会计科(某路 8 号 )"]
