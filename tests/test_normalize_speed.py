"""The shortcuts taken to make normalizing faster give what the plain code gives.

Each literal gate (`if "www." in line`) skips a pattern only where that pattern cannot match:
these tests run the gated code and the plain pattern side by side on sentences of our own,
some holding the literal and some not, so a gate that drops a match fails here.
"""

from __future__ import annotations

import threading

import pytest

from pipelines import dates, text, window_rule
from pipelines.dates import exam_year
from pipelines.text import drop_spam, simplify
from pipelines.window_rule import find_rule

# --- drop_spam -------------------------------------------------------------------------


def _drop_spam_plain(s: str) -> str:
    """drop_spam with every line read by both patterns (no per-line gate)."""
    if not s or not text._SPAM_HINT.search(s):
        return s or ""
    kept = [text._GLUED_DOMAIN.sub("", ln) for ln in s.splitlines() if not text._SPAM_LINE.search(ln)]
    return "\n".join(kept)


SPAM_LINES = [
    "欢迎加入考友QQ群123456",
    "扫码加群领取资料",
    "备考交流qq群:7788",
    "扫码关注获取最新消息",
    "请关注公众号获取通知",
    "关注微信服务号",
    "搜索微信公众号某某考试",
    "公众号:某某考试",
    "加微信领取题库",
    "客服微信号abc123",
    "备考学习交流请联系",
    "图片",
    "  图3  ",
    "image",
    "点击查看大图",
    "返回顶部",
    "打印本页",
    "关闭窗口",
    "分享到:朋友圈",
    "证书领取地点见下图",  # 图 inside prose: not a spam line
    "资料详见本页下方",  # 本页 inside prose
    "领证时间为工作日上午",  # no hint at all
    "本通知由某考试中心发布www.example.com",
    "本通知由某考试中心发布 http://www.example.org.cn/ ",
    "详见 www.example.com 首页",  # address inside the line: kept
    "Certificates via www.example.com",  # no CJK before it: kept
]


@pytest.mark.parametrize("line", SPAM_LINES)
def test_drop_spam_line_gate_keeps_what_the_patterns_do(line):
    for s in (line, "关于领取证书的通知\n" + line + "\n请携带身份证原件"):
        assert drop_spam(s) == _drop_spam_plain(s)


def test_every_spam_line_holds_a_gate_word():
    for line in SPAM_LINES:
        if text._SPAM_LINE.search(line):
            assert any(w in line for w in text._SPAM_LINE_WORDS), line


# --- simplify keeps its last long text ----------------------------------------------------

LONG_TRADITIONAL = "關於領取二〇二三年度會計專業技術資格證書的通知：請考生攜帶身份證原件到指定地點領取。" * 2
LONG_SIMPLIFIED = "关于领取2023年度会计专业技术资格证书的通知：请考生携带身份证原件到指定地点领取。" * 2


def test_simplify_memo_gives_the_plain_result_in_any_order():
    inputs = [LONG_TRADITIONAL, LONG_TRADITIONAL, LONG_SIMPLIFIED, "證書", LONG_TRADITIONAL,
              LONG_SIMPLIFIED + "\u200b", "監(jiān)理" * 30, "監(jiān)理" * 30, ""]
    for s in inputs:
        assert simplify(s) == text._simplify(s) if s else simplify(s) == ""


def test_simplify_memo_under_threads():
    a, b = LONG_TRADITIONAL, LONG_TRADITIONAL.replace("會計", "統計")
    want = {a: text._simplify(a), b: text._simplify(b)}
    bad = []

    def run(s):
        for _ in range(300):
            if simplify(s) != want[s]:
                bad.append(s)

    threads = [threading.Thread(target=run, args=(s,)) for s in (a, b, a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not bad


# --- window_rule --------------------------------------------------------------------------


def _simplified_chars_plain(raw: str):
    """The character-by-character reading, without the `str.translate` path."""
    skip = [m.span() for m in text.PINYIN_ANNOTATION.finditer(raw)]
    out, index, k = [], [], 0
    for i, c in enumerate(raw):
        while k < len(skip) and skip[k][1] <= i:
            k += 1
        if k < len(skip) and skip[k][0] <= i < skip[k][1]:
            continue
        s = simplify(c) if ord(c) > 0x7F else c
        out.append(s)
        index.extend([i] * len(s))
    return "".join(out), index, skip


@pytest.mark.parametrize("raw", [
    "自公示之日起10个工作日内领取",
    "自公示之日起１０個工作日內領取",  # full-width digits, Traditional
    "成績公佈後15個工作日內",
    "自发布通知之日起两个月内办\u200b理",  # a zero-width character simplifies to nothing
    "请于公示結束後(hòu)10个工作日內(nèi)",  # pinyin annotations: the slow path
    "①自公示之日起５个工作日内",  # ① simplifies to two characters
    "plain ascii 10 days",
    "",
])
def test_simplified_chars_matches_the_plain_reading(raw):
    got = window_rule._simplified_chars(raw)
    assert (got[0], list(got[1]), got[2]) == _simplified_chars_plain(raw)


@pytest.mark.parametrize("hint", window_rule._RAW_HINTS)
def test_every_hint_opens_a_segment(hint):
    # the hint literals are written out in `_segments` and `find_rule`: each must let a line in
    assert list(window_rule._segments("某某" + hint + "某某"))


@pytest.mark.parametrize(("raw", "want"), [
    ("考生请于公示之日起10个工作日内领取证书", "公示之日起10个工作日内"),
    ("考生請於公示之日起十個工作日內領取證書", "公示之日起十個工作日內"),  # Traditional 內 becomes 内
    ("成绩公布15个工作日后开始发放", "成绩公布15个工作日后"),
    ("自发布通知之日起两个月内办理", "自发布通知之日起两个月内"),
    ("自公示之日起10个工作日办理", None),  # no 内 or 后: no rule
    ("申请成功后10个工作日内寄出", None),
])
def test_rule_gate_keeps_rules(raw, want):
    found = find_rule(raw)
    assert (found.text if found else None) == want


def test_rule_matches_end_in_nei_or_hou():
    for s in ["公示之日起10个工作日内", "公布后3个月以内", "公示5天之内", "成绩公布15个工作日后", "发文之日起7日内"]:
        for m in window_rule._RULE.finditer(s):
            assert "内" in m[0] or "后" in m[0]


# --- exam_year ----------------------------------------------------------------------------

EXAM_LEADS = [
    "对2023年5月14日及以前测试的考生",
    "2024年3月9日考试的合格人员",
    "资格考试,受疫情影响,延期至2022年12月3日至4日进行",
    "某某考试定于2021年10月16日举行",
    "证书于2022年6月1日发放",  # a date, no exam held on it
    "2021年度考试合格人员",
    "关于领取证书的通知",
    "考试2020年11月1日举行",
]


@pytest.mark.parametrize("lead", EXAM_LEADS)
def test_exam_year_gate(lead):
    held = dates._EXAM_ON.search(lead) or dates._EXAM_HELD.search(lead)
    if held:  # the gate in exam_year: `试` and `日`
        assert "试" in held[0] and "日" in held[0]
    assert exam_year(lead) == _exam_year_plain(lead)


def _exam_year_plain(lead: str):
    """exam_year's last step without its gate, for leads naming no other year."""
    found = exam_year(lead)
    if found is not None:
        return found
    held = dates._EXAM_ON.search(lead) or dates._EXAM_HELD.search(lead)
    return int(held[1]) if held else None


def test_exam_year_reads_a_held_date():
    assert exam_year("对2023年5月14日及以前测试的考生") == 2023
    assert exam_year("资格考试,受疫情影响,延期至2022年12月3日至4日进行") == 2022


# --- matcher ------------------------------------------------------------------------------


def test_matcher_char_offsets_are_the_keys():
    from pipelines.matcher import Matcher

    keys = ["会计", "会计师", "注册会计师", "ab", "证书", "𠀀字"]
    m = Matcher()
    for k in keys:
        m.add(k, k)
    m.build()
    for s in ["注册会计师证书", "x会计ab证书𠀀字会计师", "𠀀字𠀀字ab", "ab会计", "会计师会计", "没有", "ababab"]:
        found = m.find(s)
        assert all(s[start:end] == key for start, end, key in found), (s, found)
        byte_found = m.find(s, char_offsets=False)
        raw = s.encode("utf-8")
        assert [raw[a:b].decode("utf-8") for a, b, _ in byte_found] == [k for _, _, k in found]


# --- regions: examples ----------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "例如河南考区的考生到郑州领取",
    "比如江苏省的考生可邮寄",
    "各地(如江苏省、浙江省)另行通知",
    "各地（如江苏省）另行通知",
    "各地(例如南京市)另行通知",
    "以北京为例，考生到现场领取",
    "如有疑问请致电某市人事考试中心",  # 如 alone: no example
    "考生如需邮寄请于5月前申请",
    "某省人事考试中心",
])
def test_example_gate_blanks_what_the_pattern_does(body):
    from pipelines import regions

    plain = regions._EXAMPLE.sub(lambda m: " " * len(m[0]), body)
    assert regions._without_examples(body) == plain
    if regions._EXAMPLE.search(body):
        assert any(w in body for w in regions._EXAMPLE_WORDS)
