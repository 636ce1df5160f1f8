"""The shortcuts taken to make normalizing faster give what the plain code gives.

Each literal gate (`if "www." in line`) skips a pattern only where that pattern cannot match:
these tests run the gated code and the plain pattern side by side on sentences of our own,
some holding the literal and some not, so a gate that drops a match fails here.
"""

from __future__ import annotations

import threading

import pytest

from db import folding
from pipelines import exam_year as exam_year_module
from pipelines import keyfacts as kf
from pipelines import keyfacts_agency, keyfacts_clauses, keyfacts_fee, keyfacts_materials, keyfacts_phone, keyfacts_place
from pipelines import normalize as norm
from pipelines import notice_signs, spam, window_rule
from pipelines.exam_year import exam_year
from pipelines.spam import drop_spam
from pipelines.text import simplify
from pipelines.window_rule import find_rule

# --- drop_spam -------------------------------------------------------------------------


def _drop_spam_plain(s: str) -> str:
    """drop_spam with every line read by both patterns (no per-line gate)."""
    if not s or not spam._SPAM_HINT.search(s):
        return s or ""
    kept = [spam._GLUED_DOMAIN.sub("", ln) for ln in s.splitlines()
            if not (spam._SPAM_LINE.search(ln) and not spam._DAY_IN_LINE.search(ln))]
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
    "★ 押题密卷 免费领 点击咨询",
    "加V领取真题 vx:abc123",
    "本文由某网校整理,转载请注明出处",
    "如有侵权请联系删除",
    "请于3月4日至3月15日登录某某微信公众号申请邮寄",  # a day named: the notice's own line, kept
    "考生可免费领取证书",  # 免费领取 with no advertised goods: kept
    "免费预约短信提醒 免费下载",
    "证书到达后将以短信提醒考生领取",  # the notice's own: kept
]


@pytest.mark.parametrize("line", SPAM_LINES)
def test_advertisement_gate_keeps_what_the_pattern_does(line):
    assert spam.is_advertisement(line) == (spam._AD_LINE.search(line) is not None)


@pytest.mark.parametrize("line", SPAM_LINES)
def test_drop_spam_line_gate_keeps_what_the_patterns_do(line):
    for s in (line, "关于领取证书的通知\n" + line + "\n请携带身份证原件"):
        assert drop_spam(s) == _drop_spam_plain(s)


def test_every_spam_line_holds_a_gate_word():
    for line in SPAM_LINES:
        if spam._SPAM_LINE.search(line):
            assert any(w in line for w in spam._SPAM_LINE_WORDS), line


# --- simplify keeps its last long text ----------------------------------------------------

LONG_TRADITIONAL = "關於領取二〇二三年度會計專業技術資格證書的通知：請考生攜帶身份證原件到指定地點領取。" * 2
LONG_SIMPLIFIED = "关于领取2023年度统计专业技术资格证书通知：请考生携带身份证原件到指定地点领取。" * 2


def test_simplify_memo_gives_the_plain_result_in_any_order():
    inputs = [LONG_TRADITIONAL, LONG_TRADITIONAL, LONG_SIMPLIFIED, "證書", LONG_TRADITIONAL,
              LONG_SIMPLIFIED + "\u200b", "監(jiān)理" * 30, "監(jiān)理" * 30, ""]
    for s in inputs:
        assert simplify(s) == folding._simplify(s) if s else simplify(s) == ""


def test_simplify_memo_under_threads():
    a, b = LONG_TRADITIONAL, LONG_TRADITIONAL.replace("會計", "統計")
    want = {a: folding._simplify(a), b: folding._simplify(b)}
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
    return window_rule._by_character(raw, [m.span() for m in folding.PINYIN_ANNOTATION.finditer(raw)])


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
    "凡2022年6月18日参加测试的考生",
    "2024年3月9日考试的合格人员",
    "本年度资格考试因故推迟至2021年10月9日至10日举行",
    "某某考试定于2021年10月16日举行",
    "证书于2022年6月1日发放",  # a date, no exam held on it
    "2021年度考试合格人员",
    "关于领取证书的通知",
    "考试2020年11月1日举行",
]


@pytest.mark.parametrize("lead", EXAM_LEADS)
def test_exam_year_gate(lead):
    held = exam_year_module._EXAM_ON.search(lead) or exam_year_module._EXAM_HELD.search(lead)
    if held:  # the gate in exam_year: `试` and `日`
        assert "试" in held[0] and "日" in held[0]
    assert exam_year(lead) == _exam_year_plain(lead)


def _exam_year_plain(lead: str):
    """exam_year's last step without its gate, for leads naming no other year."""
    found = exam_year(lead)
    if found is not None:
        return found
    held = exam_year_module._EXAM_ON.search(lead) or exam_year_module._EXAM_HELD.search(lead)
    return int(held[1]) if held else None


def test_exam_year_reads_a_held_date():
    assert exam_year("凡2022年6月18日参加测试的考生") == 2022
    assert exam_year("本年度资格考试因故推迟至2021年10月9日至10日举行") == 2021


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


# --- keyfacts: agency gates -----------------------------------------------------------------

# our own lines: the shapes an agency is read from, and look-alikes without the gate words
AGENCY_LINES = [
    "小编导读:下面是某市人事考试中心的原文,收藏转发起来",  # (`_ORG_ORIGINAL`: 原文)
    "以下为某省财政厅的通知全文",  # (全文)
    "留言时间:2024-02-20 答复单位:某省住房和城乡建设厅 答复时间:2024-02-24",  # (答复单位: a message board's reply)
    "某市人力资源和社会保障局发布《关于领取证书的通知》",
    "根据某省人事考试中心印发《证书管理办法》,现将有关事项通知如下",
    "某县财政局于2024年3月1日发布了《领证公告》",
    "某区考试院近日印发的《证书发放细则》",
    "某市考试院《关于证书领取的通知》",  # 《 without 发布/印发
    "某某局发文通知领证",
    "来源:某市人社局",
    "信息来源：某省人事考试中心",
    "发布机构|某区人力资源和社会保障局",
    "发布单位:某县财政局",
    "实施主体:某市考试院",
    "实施机关:某市人社局",
    "决定机构:某市人社局",
    "作者:某某",
    "发文部门: 某市财政局",
    "2024年3月1日",
    "2024-03-01",
    "二〇二四年三月一日",
    "○○二四年三月一日",
    "O一二四年三月一日",
    "2024年3月1日 10:20 某市人事考试中心",
    "某市人事考试中心",
    "某省人力资源和社会保障厅",
    "某县人民政府",
    "某区财政局会计科",
    "某市职业技能鉴定指导中心站",
    "某市考试管理处",
    "某某学校",
    "某市会计学会协会",
    "某县统计局办公室",
    "某某市委",
    "某市某区党工委",
    "某市人事考试院",
    "某市某区实验学校",
    "某市某区财政局",
    "某市考试工作领导小组",
    "某市招生考试办",
    "某某研究所",
    "某某事业部",
    "某市人事考试中心 ",
    "关于领取证书的通知",
    "作者:某市人事考试院 时间:2025-01-02",  # the labels a page's header may use instead of 来源
    "发布者:某市人事考试中心",
    "",
]


@pytest.mark.parametrize("line", AGENCY_LINES)
def test_agency_gates_keep_every_match(line):
    if keyfacts_agency._ORG_PUBLISHED.search(line):
        assert "《" in line and ("发布" in line or "印发" in line)
    if keyfacts_agency._SOURCE.search(line):
        assert any(w in line for w in keyfacts_agency._SOURCE_WORDS)
    if keyfacts_agency._DATE_LINE.match(line) or keyfacts_agency._DATE_ORG.search(line):
        assert keyfacts_agency._may_open_date(line)
    if keyfacts_agency._ORG_LINE.match(line):
        assert keyfacts_agency._may_be_org_line(line)
    for pattern, words in keyfacts_agency._AGENCY_WORDS.items():
        if pattern.search(line):
            assert all(any(w in line for w in group) for group in words)


def test_each_agency_gate_word_is_needed():
    # every word of each gate lets in a line the pattern matches and no other word of that gate does
    def only(words, word):
        return [ln for ln in AGENCY_LINES if word in ln and not any(w in ln for w in words if w != word)]

    for word in ("发布", "印发"):
        assert any(keyfacts_agency._ORG_PUBLISHED.search(ln) for ln in only(("发布", "印发"), word)), word
    for word in keyfacts_agency._SOURCE_WORDS:
        others = tuple(w for w in keyfacts_agency._SOURCE_WORDS if w != word and w not in word and word not in w)
        assert any(keyfacts_agency._SOURCE.search(ln) for ln in AGENCY_LINES if word in ln and not any(w in ln for w in others)), word
    for c in "2二○O":
        assert any(keyfacts_agency._DATE_LINE.match(ln) for ln in AGENCY_LINES if ln[:1] == c), c
    assert keyfacts_agency._DATE_ORG.search("2024年3月1日 10:20 某市人事考试中心")
    ends = {ln[-1] for ln in AGENCY_LINES if keyfacts_agency._ORG_LINE.match(ln)}
    assert set(keyfacts_agency._ORG_END_LAST) <= ends  # each last character ends a line the pattern matches
    assert not keyfacts_agency._may_be_org_line("某市人事考试中心 ") and not keyfacts_agency._ORG_LINE.match("某市人事考试中心 ")


@pytest.mark.parametrize("text", [
    "关于领取证书的通知\n某市人力资源和社会保障局发布《关于领取证书的通知》\n请携带身份证原件领取。",
    "领证公告\n根据某省人事考试中心印发《证书管理办法》,现将有关事项通知如下:\n请到现场领取",
    "领证公告\n来源:某市人社局\n正文",
    "某市人事考试中心\n关于领取证书的通知\n正文",
    "证书领取\n请到某大厅领取。\n某市人事考试中心\n2024年3月1日",
    "证书领取\n请到某大厅领取。\n某市人事考试中心\n二〇二四年三月一日",
    "证书领取\n请到某大厅领取。\n某市人事考试中心",
    "2024年3月1日 10:20 某市人事考试中心\n证书领取\n正文",
    "某市考试院现就证书领取事项通知如下\n正文\n正文",
    "某市考试院特此通知\n正文",
])
def test_find_agency_is_the_plain_reading(text):
    assert keyfacts_agency.find_agency(text) == _find_agency_plain(text)


def _find_agency_plain(text):
    """find_agency with every pattern searched on every line (no gate)."""
    lines = keyfacts_clauses._lines(text)
    signed = _signature_plain(lines)
    if signed:
        return signed
    if len(lines) > 2 and keyfacts_agency._ORG_LINE.match(lines[-1]) and len(lines[-1]) <= 24 and not keyfacts_agency._NOT_ORG.search(lines[-1]):
        return lines[-1]
    for line in lines[:12]:
        m = keyfacts_agency._SOURCE.search(line)
        if m and not keyfacts_agency._NOT_ORG.search(m.group(1)):
            return m.group(1)
    for i, line in enumerate(lines[:4]):
        if line.startswith(("根据", "按照", "依据")) and keyfacts_agency._OWN_NOTICE_AFTER_BASIS.search(line):
            continue  # (the document a notice rests on)
        for pattern in (keyfacts_agency._TITLE_ORG, keyfacts_agency._CITED, keyfacts_agency._ORG_NOW, keyfacts_agency._DATE_ORG, keyfacts_agency._ORG_PUBLISHED):
            m = pattern.search(line)
            if m and not keyfacts_agency._NOT_ORG.search(m.group(1)):
                return m.group(1)
        if keyfacts_agency._ORG_LINE.match(line) and i + 1 < len(lines) and lines[i + 1].startswith(("关于", "关於")):
            return line
    return None


def _signature_plain(lines):
    for i in range(len(lines) - 1, max(len(lines) - 8, 0) - 1, -1):
        if keyfacts_agency._DATE_LINE.match(lines[i]) and i > 0:
            names, j = [], i - 1
            while j >= 0 and len(names) < 3 and keyfacts_agency._NAME_LINE.fullmatch(lines[j]):
                names.insert(0, lines[j])
                j -= 1
            if names and (joined := keyfacts_agency._join_signature(names)):
                return joined
    return None


# --- keyfacts: materials and list items -------------------------------------------------------

MATERIAL_LINES = [
    "身份证原件及复印件",
    "1、身份证原件",
    "  2. 准考证",
    "(1)学历证书原件",
    "（2）单位介绍信",
    "① 成绩合格单",
    "- 身份证复印件",
    "• 登记表",
    "· 委托书",
    "-身份证",  # a dash with no space: no list mark
    "身份证原件(2000年以前合格者无需)",
    "身(某)份证",  # a document word only once the bracket is gone
    "身((某))份证",
    "身份证原件。",
    "身份证原件；；",
    "首页",
    "网站地图",
    "证书查询",
    "联系我们",
    "请携带身份证原件到某大厅领取",
    "考生须带齐材料",
    "他人代领:委托书、代领人身份证原件",
    "本人领取:身份证原件",
    "单位领取：单位介绍信",
    "所需材料:身份证原件、准考证",
    "领取材料：身份证、准考证。",
    "证书办理。应备文件:申请书一份、身分证影本一份。",
    "材料：",
    "个人信息:姓名、身份证号",
    "1234567890123456789012345678901234567890",
    "3《专业技术人员资格考试合格人员登记表》",
    "",
]


def _bare_documents_plain(bodies, i):
    item = keyfacts_clauses._LIST_ITEM.match(bodies[i])
    words = keyfacts_clauses._BRACKETS.sub("", item.group(1) if item else bodies[i]).rstrip("；;。")
    if len(words) > keyfacts_materials._BARE_DOCUMENT_LINE_MAX or keyfacts_materials._NOT_BARE_DOCUMENT.search(words):
        return []
    items = keyfacts_materials._items(words)
    return items if items and len("".join(items)) >= len(words) * 0.6 else []


@pytest.mark.parametrize("line", MATERIAL_LINES)
def test_material_gates_keep_every_match(line):
    assert keyfacts_materials._bare_documents(line) == _bare_documents_plain((line,), 0)
    if keyfacts_clauses._LIST_ITEM.match(line):
        assert keyfacts_materials._may_be_list_item(line)
    if keyfacts_materials._PROXY_LABEL.match(line):
        assert line.startswith(keyfacts_materials._PROXY_OPENERS)
    if keyfacts_materials._MATERIAL_LABEL.match(line):
        assert "材料" in line or "资料" in line or "文件" in line


def test_each_material_gate_is_needed():
    # a list item opens on each kind of mark; a proxy label on each opener; a label on each noun
    for first in ("1", " ", "(", "（", "①", "-", "•", "·"):
        assert any(keyfacts_clauses._LIST_ITEM.match(ln) for ln in MATERIAL_LINES if ln[:1] == first), first
    for opener in ("他人", "本人", "单位"):
        assert any(keyfacts_materials._PROXY_LABEL.match(ln) for ln in MATERIAL_LINES if ln.startswith(opener)), opener
    assert keyfacts_materials._PROXY_LABEL.match("个人领取:身份证原件")
    for noun in ("材料", "文件"):
        assert any(keyfacts_materials._MATERIAL_LABEL.match(s.strip()) for ln in MATERIAL_LINES if noun in ln
                   for s in keyfacts_clauses._SENTENCE_END.split(ln)), noun
    assert keyfacts_materials._MATERIAL_LABEL.match("所需资料:身份证")
    # the bracket gate: a document word that appears only once a bracket is dropped
    assert keyfacts_materials._bare_documents("身(某)份证") == _bare_documents_plain(("身(某)份证",), 0) != []


def test_find_materials_reads_the_lines_it_did():
    text = ("关于领取证书的通知\n领取时请携带以下材料:\n1、身份证原件\n2、准考证\n他人代领:委托书、代领人身份证原件\n"
            "提交材料至某大厅:\n身份证原件及复印件\n学历证书原件(需核查)\n证书办理。应备文件:申请书一份、身分证影本一份。\n"
            "请提供姓名、身份证号等信息")
    # (what the code gave before its gates)
    assert keyfacts_materials.find_materials(text) == ["身份证原件", "准考证", "委托书", "申请书", "身分证影本", "身份证复印件", "学历证书原件"]


# --- keyfacts: splitting outside brackets, five-digit lines -------------------------------------


def _split_outside_brackets_plain(s, pattern):
    if "(" not in s and "（" not in s:
        return pattern.split(s)
    masked = keyfacts_clauses._BRACKETED.sub(lambda b: pattern.sub(lambda m: "＿" * len(m.group(0)), b.group(0)), s)
    out, start = [], 0
    for m in pattern.finditer(masked):
        out.append(s[start:m.start()])
        start = m.end()
    out.append(s[start:])
    return out


@pytest.mark.parametrize("s", [
    "到某大厅(地址:某路8号;电话:1234567)领取。请携带身份证",
    "到某大厅(某路8号)领取",
    "到某大厅领取;请携带身份证",
    "某大厅(某路8号",
    "某大厅(某路8号),电话:1234567",  # a label's end, no sentence end
    "(;)",
    "",
])
def test_split_outside_brackets_is_the_plain_split(s):
    for pattern in (keyfacts_clauses._SENTENCE_END, keyfacts_place._LABEL_VALUE_END, keyfacts_place._PLACE_AND):
        assert keyfacts_clauses._split_outside_brackets(s, pattern) == _split_outside_brackets_plain(s, pattern)


@pytest.mark.parametrize("lines", [
    ("咨询电话:12345678", "地址:某路8号", "传真 0123-7654321"),
    ("没有号码",),
    ("1234", "5678", "12345"),
    ("", "123456789012", "", "98765"),
    ("电话1234567890", "12345"),
    (),
])
def test_five_digit_lines_are_those_a_search_finds(lines):
    want = {n for n, line in enumerate(lines) if keyfacts_phone._FIVE_DIGITS.search(line)}
    assert keyfacts_phone._five_digit_lines(lines, "\n".join(lines)) == want


# --- kind: signs rewritten to open on a literal ------------------------------------------------

# the signs as first written (before each alternative was made to open on a literal)
_SIGNS_AS_WRITTEN = {
    ("guide", 8): r"吗|怎么|如何|什么时候|何时|多久|(?<=[\u4e00-\u9fff])[?？](?![?？])",
    ("guide", 11): r"部分(?:地区|省份|省市|城市)|(?:多数|大部分|大多数|有些|一些|个别|少数|有的|很多)(?:地区|省份|省市|城市)"
                   r"|所在(?:省份|省市)|各省份|各省市|因(?:地区|地|省份)",
    ("guide", 13): r"可能|左右|例如|比如|参考|以[^。，,;；\n]{1,12}为例|[(（]如[^)）\n]{1,20}[)）]",
    ("guide", 14): r"(?:两者|二者)[^。\n]{0,6}(?:效力|作用)|效力(?:相同|一样)",
    ("notice", 2): r"(?<!指定)(?<!邮寄)(?<!收件)(?<!收货)(?<!详细)(?<!寄送)(?<!通讯)(?<!通信)(?<!的)(?:地点|地址)(?![、等和及])"
                   r"|窗口|大厅|房间|\d+\s*(?:楼|室|号窗口)",
    ("notice", 6): r"(?<!地区)(?<!省份)(?<!省市)(?<!城市)已(?:经)?(?:开通|开启|上线|开放|生成|寄出|寄发|发放|制作完成|可(?:以)?(?:下载|领取|查验))"
                   r"|可以(?:下载|领取)了|(?<!已)(?<!已经)开通了|开始(?:发放|受理|办理)",
}

SIGN_SENTENCES = [
    "证书什么时候可以领取?", "证书怎么领取", "领取证书?", "abc?", "领取吗", "真的吗？？", "如何办理",
    "部分地区已经开通了邮寄", "多数省份在考后两个月发放", "大部分城市", "有的省市", "很多地区", "所在省份", "因地区而异", "各省市不同",
    "考后60天左右", "例如江苏", "以北京为例,到现场领取", "各地(如长春、湘潭)", "各地（如湘潭）另行通知", "(如有疑问请来电)", "(如)",
    "两者效力相同", "二者的作用一样", "两者", "效力一样",
    "领取地点:某大厅", "指定地点领取", "邮寄地址、电话", "收件地址", "详细地址", "的地点", "地址等", "地点和时间", "3楼", "12 室",
    "5号窗口", "房间", "大厅", "到窗口办理",
    "电子证书已经开通", "部分地区已开通", "省份已上线", "城市已经可以下载", "已可领取", "可以下载了", "已开通了", "已经开通了",
    "现开通了邮寄", "开始发放", "开通了",
    "关于领取证书的通知", "",
]


@pytest.mark.parametrize(("kind_", "k"), sorted(_SIGNS_AS_WRITTEN))
def test_kind_signs_match_as_written(kind_, k):
    import re

    plain = re.compile(_SIGNS_AS_WRITTEN[kind_, k])
    fast = (notice_signs._GUIDE_SIGNS if kind_ == "guide" else notice_signs._NOTICE_SIGNS)[k]
    assert fast.pattern != plain.pattern
    hits = 0
    for s in SIGN_SENTENCES:
        for text_ in (s, "某某" + s, "通知\n" + s + "\n正文"):
            a, b = fast.search(text_), plain.search(text_)
            assert (a.span() if a else None) == (b.span() if b else None), (k, text_)
            hits += a is not None
    assert hits  # the table holds sentences each sign matches


@pytest.mark.parametrize("body", [
    "一般在考后两个月发放,以当地通知为准。小编整理,大家可以看看。",
    "现将有关事项通知如下:请到某大厅领取。咨询电话:0123-1234567",
    "一般在三月。现将有关事项通知如下。",
    "考生们注意:证书一般在考后发放,请到某大厅领取,电话0123-1234567,2024年3月1日起。",
    "电子证书已经开通,可以下载了",
    "部分地区已经开通了,预计三月",
    "",
    "证书",
])
def test_reads_like_guide_counts_as_before(body):
    head = body[:notice_signs._EVIDENCE_HEAD]
    if notice_signs._HAS_OPENED.search(head) and not notice_signs._PREDICTED.search(head):
        want = False
    else:
        guide, notice = notice_signs.evidence(body)
        want = guide > 0 and guide > notice
    assert notice_signs.reads_like_guide(body) == want


# --- normalize: key facts read the parts already simplified -------------------------------------


@pytest.mark.parametrize(("title", "body"), [
    ("关于领取证书的通知", "请携带身份证原件到某大厅领取。"),
    ("關於領取證書的通知", "請攜帶身份證原件到某大廳領取。"),  # Traditional on both sides
    ("关于领取证书的通知", "請攜帶身份證原件領取。"),  # Traditional in the body only
    ("關於領取證書的通知", "请携带身份证原件领取。"),
    ("关于领取证书的通知(zhèng", "shū)请到某大厅领取。"),  # an annotation across the newline
    ("关于领取证书的通知（", "jiān)请到某大厅领取。"),
    ("关于领取证书\u200b的通知", "请到某大厅\u200b领取。"),
    ("关于领取证书的通知", "请到某大厅领取。\n关注某某微信公众号办理邮寄"),  # a spam line the filter drops, telling a mode
    ("", "请到某大厅领取。"),
    ("关于领取证书的通知", ""),
    ("关于领取证书的通知", "请到某大厅领取。" * 700),  # clipped
    ("关于领取证书的通知", "请到某大厅领取。" * 549 + "请到"),  # left unclipped, joined to the title: clipped
    ("关于领取１２证书的通知", "请于５月１日前领取。"),
])
def test_facts_text_is_the_raw_text_simplified(title, body):
    from pipelines.spam import drop_spam

    raw = title + "\n" + norm._clip(body)
    clipped = norm._clip(body)
    kept = drop_spam(clipped)
    got = norm._simplified_parts(raw, simplify(title), simplify(kept), spam_dropped=kept != clipped)
    assert (got if got is not None else simplify(norm._clip(raw))) == simplify(norm._clip(raw))
    record = {"title": title, "body": body}
    assert {k: norm.normalize_record(record)[k] for k in kf.FACTS} == kf.key_facts(simplify(norm._clip(raw)))


def test_an_open_bracket_in_the_title_is_needed():
    # the pinyin annotation spans the newline: simplified apart, the halves keep it
    title, body = "关于领取证书的通知(zhèng", "shū)请到某大厅领取。"
    assert simplify(title + "\n" + body) != simplify(title) + "\n" + simplify(body)


@pytest.mark.parametrize("text_", [
    "关于领取证书的通知\n请携带身份证原件到某大厅领取。",
    "關於領取證書的通知\n請攜帶身份證原件到某大廳領取。",
    "关于领取证书的通知\n请到某大厅领取。\n关注某某微信公众号办理邮寄",  # a spam line that tells a mode
    "关于领取证书的通知\n" + "请到某大厅领取。" * 700,
])
def test_text_records_read_key_facts_from_the_raw_text(text_):
    for record in ({"text": text_}, {"text": text_, "title": "关于领取证书的通知"}, {"text": text_, "body": "正文"}):
        got = norm.normalize_record(record)
        assert {k: got[k] for k in kf.FACTS} == kf.key_facts(simplify(norm._clip(text_)))


# --- keyfacts: patterns rewritten to open on a literal -----------------------------------------

# as first written (a class or an optional word opening an alternative, which keeps the engine from skipping)
_KEYFACTS_AS_WRITTEN = {
    "_FEE_WORD": r"[费资元]|到付|免收",
    "_NOT_BARE_DOCUMENT": r"[。，,:：?？]|领取|办理|发放|申请(?!表|书)|登录|考生|须|需|(?<!申)请|可|什么|怎么|哪|吗|时间",
    "_BRING_VERB": r"[携持凭带需须]|另交|备[齐好]|出[示具]|提交|交[验回]|提供|准备",
    "_BRING": r"(?:须|需|需要|应|请)?(?:携带|携(?![带手程])|持(?!证|有(?!效))|凭(?!证(?![件书明]))|带齐|带上|带着|随带|自带|备齐|备好|另交|(?<=[须需要应请另时])带(?![来走回去])"
              r"|出示|出具|提交|交验|交回|提供|准备的?资料有|还[需须]要?(?!提供|携带|出示|提交|出具|[^，。,;；]{0,4}(?:领取|办理|签|填|到|前往))"
              r"|准备好?(?=[^，。,;；]{0,4}?" + keyfacts_materials._BRING_DOCUMENT + r")|(?<![必只])[需须]要?(?=(?:本人|考生)?的?" + keyfacts_materials._BRING_DOCUMENT
              + r"|[:：]\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．]|[①-⑳]))"
              r"|(?<![\u4e00-\u9fff])带(?=" + keyfacts_materials._BRING_DOCUMENT + r"))"
              r"(?![的完过了]|什么|哪)(?:以下|下列)?"
              r"(?:[一二三四五六七八九十\d]+[类项种份](?:关键|必要|必需|相关|所需|有关)?的?)?(?:材料|资料|证件)?\s*[:：]?",
    "_BRING_STOP": r"(?:到|前往|前来|至|赴|去(?![除掉年世])|于|在(?:规定|指定|工作|《)|[，,]在|签名(?!的)|签字(?!的)|签收|领取(?!人|回执)"
                   r"|(?<!代)领证(?!人|回执)|办理|办证|申领"
                   r"|补领|换领|换发|进行|方可|即可|自行|一并|等|现场|当面|验收|[，,]?向|[。；;：:]|每(?=周|天|日|星期|月)|随时|统一(?!社会)|集中)",
}

KEYFACT_SENTENCES = [
    "邮费到付", "工本费10元", "免收费用", "资费自理", "每本15元", "到付", "免收",
    "请携带身份证原件领取", "须带身份证", "需要带什么证件?", "应带准考证", "请带上准考证", "带着身份证原件来", "随带准考证", "请自带照片", "补办需要:(1)身份证复印件", "需要:1.照片",
    "需要:请注意", "持身份证原件及复印件前来领取",
    "考生需带齐以下材料:", "备好身份证",
    "凭准考证领取", "持证人本人", "持有效身份证件", "持有身份证", "出示身份证", "提交申请表", "交验原件", "交回旧证", "提供复印件",
    "准备的资料有:身份证", "需要准备三类材料:", "需提交:1.身份证;2.照片", "带来", "带走的证书", "须携带以下材料:",
    "身份证原件,到某大厅领取", "身份证原件在规定时间内", "身份证原件,在某处", "身份证签名的表", "身份证签名后", "代领证书", "领证时",
    "身份证，向某中心", "身份证向某中心", "身份证。", "身份证等", "身份证现场核验", "身份证原件于3月1日前", "登录系统申请", "申请表",
    "身份证原件；", "您好?", "考生须知", "可以", "什么材料", "吗", "",
    "准备好身份证原件", "身份证去某中心领取", "身份证每周一领取", "持领证回执领取", "补证申请时间", "去年的证书",
]


@pytest.mark.parametrize("name", sorted(_KEYFACTS_AS_WRITTEN))
def test_keyfacts_patterns_match_as_written(name):
    import re

    home = keyfacts_fee if name == "_FEE_WORD" else keyfacts_materials  # (the module each pattern lives in)
    plain, fast = re.compile(_KEYFACTS_AS_WRITTEN[name]), getattr(home, name)
    assert fast.pattern != plain.pattern
    hits = 0
    for s in KEYFACT_SENTENCES:
        for text_ in (s, "某某" + s, "领取证书:" + s + "。正文"):
            assert [m.span() for m in fast.finditer(text_)] == [m.span() for m in plain.finditer(text_)], (name, text_)
            hits += fast.search(text_) is not None
    assert hits


def test_has_opened_matches_as_written():
    import re

    plain = re.compile(r"(?:已经|现已|已)(?:开通|开启|上线|开放|生成|制发|制作完成|寄出|寄发)|可以(?:下载|领取|打印)了|开通了|开通啦")
    for s in SIGN_SENTENCES + ["证书现已上线", "已经制发", "已寄出", "可以打印了", "开通啦", "现已"]:
        a, b = notice_signs._HAS_OPENED.search(s), plain.search(s)
        assert (a.span() if a else None) == (b.span() if b else None), s


PLACE_SENTENCES_OWN = [
    "请到某区政务服务中心三楼领取",
    "请统一来某中心领取",
    "考生前往某市人事考试中心领取证书",
    "证书由某县人社局负责发放",
    "某市人事考试中心将于3月4日起发放证书",
    "某校区考点自12 月 21 日起开始集中发放",
    "某市某中心从2024年5月6号起受理",
    "某中心于5月起发放",  # a month without a day: no dated hand-out
    "领取证书需前往当地财政局",
    "领证须去某大厅",
    "领取证书请赴某中心",
    "某大厅为本次证书发放点",
    "在某大厅办理",
    "向某中心提出申请",
    "交至某窗口",
    "关于领取证书的通知",
    "",
]


@pytest.mark.parametrize("k", range(len(keyfacts_place._PLACE_SENTENCES)))
def test_place_gates_keep_every_match_on_our_sentences(k):
    import re

    pattern, gate = keyfacts_place._PLACE_SENTENCES[k]
    # (named by shape, not by place in the tuple: a shape added before them keeps the test on the same gates)
    as_written = {keyfacts_place._PLACE_VERB: r"[到至赴去在向来于]|前往", keyfacts_place._PLACE_GO: r"[到赴去]|前往"}
    for s in PLACE_SENTENCES_OWN:
        if pattern.search(s):
            assert gate.search(s), (k, s)
        if pattern in as_written:  # spelt as literals: the same test
            assert bool(gate.search(s)) == bool(re.compile(as_written[pattern]).search(s)), (k, s)


def test_the_dated_hand_out_gate_is_its_date():
    issues, gate = keyfacts_place._PLACE_SENTENCES[2]
    assert issues is keyfacts_place._PLACE_ISSUES
    dated = [s for s in PLACE_SENTENCES_OWN if issues.search(s)]
    assert len(dated) == 3  # 日, 日 with spaces, 号
    assert not gate.search("某中心于5月起发放") and gate.search("某市某中心从2024年5月6号起受理")


# --- window: the `即日起` gate ----------------------------------------------------------------

FROM_NOW_SENTENCES = [
    "自即日起可到服务大厅领取证书",
    "即时起开放邮寄申请",
    "今日起受理证书补办",
    "自本通知发布之日起开始办理",
    "自公告印发之日起可申请邮寄",
    "自公告发布之日起至5月30日办理",  # an end after it: not open
    "证书3月1日起在窗口发放",  # a date, no `即日`
    "即将开始发放证书",  # 即 alone
    "今天下午到窗口领取",
    "领取之日须带身份证",  # 之日 without 起
    "没有日期的一句话",
]


@pytest.mark.parametrize("sentence", FROM_NOW_SENTENCES)
def test_from_now_gate_keeps_what_the_pattern_finds(sentence):
    from pipelines import window

    found = window._FROM_NOW_OPEN.search(sentence)
    gated = any(w in sentence for w in window._NOW_WORDS) and bool(found)
    assert gated == bool(found)
    if found:
        assert any(w in found[0] for w in window._NOW_WORDS)


def test_each_from_now_word_is_needed():
    from pipelines import window

    alone = {"即日": "自即日起可领取", "即时": "即时起开放申请", "今日": "今日起受理补办", "今起": "证书今起可申请邮寄",
             "之日": "自本通知发布之日起办理"}
    assert set(alone) == set(window._NOW_WORDS)
    for word, sentence in alone.items():
        assert window._FROM_NOW_OPEN.search(sentence)
        assert [w for w in window._NOW_WORDS if w in sentence] == [word]


def test_from_now_words_are_spelt_out_in_the_gate():
    import inspect

    from pipelines import window

    source = inspect.getsource(window.collection_window)
    assert all(f'"{w}" in text' in source for w in window._NOW_WORDS)


# What the code before the gate gave (published 2024-03-01): the window opens on the publication day
# for each `即日起` said with no end, and only then.
FROM_NOW_WINDOWS = {
    "自即日起可到服务大厅领取证书": ("2024-03-01", None),
    "即时起开放邮寄申请": ("2024-03-01", None),
    "今日起受理证书补办": ("2024-03-01", None),
    "自本通知发布之日起开始办理": ("2024-03-01", None),
    "自公告印发之日起可申请邮寄": ("2024-03-01", None),
    "自公告发布之日起至5月30日办理": ("2024-03-01", "2024-05-30"),
    "证书3月1日起在窗口发放": ("2024-03-01", None),
    "即将开始发放证书": (None, None),
    "今天下午到窗口领取": (None, None),
    "领取之日须带身份证": (None, None),
    "没有日期的一句话": (None, None),
}


def test_collection_window_with_the_gate_is_as_before():
    from pipelines import window

    assert set(FROM_NOW_WINDOWS) == set(FROM_NOW_SENTENCES)
    for sentence, want in FROM_NOW_WINDOWS.items():
        assert window.collection_window(sentence, "2024-03-01") == want, sentence
        assert window.collection_window(sentence, None) == (None, None), sentence  # no year to read


# --- window rule: Chinese numeral dates read only for a dated anchor --------------------------


def test_rule_anchor_day_reads_chinese_numeral_dates():
    from pipelines.window_rule import rule_window

    digits = "本批合格人员名单于2024年3月4日公示，请考生自公示之日起10个工作日内到窗口领取。"
    numerals = "本批合格人员名单于二〇二四年三月四日公示，请考生自公示之日起10个工作日内到窗口领取。"
    assert rule_window(digits, digits, "2024-03-01")[1:] == ("2024-03-04", "2024-03-15")
    assert rule_window(numerals, numerals, "2024-03-01")[1:] == ("2024-03-04", "2024-03-15")
    own = "请考生自本通知发布之日起10个工作日内到窗口领取。"  # counts from the notice: no date read
    assert rule_window(own, own, "2024-03-01")[1] == "2024-03-01"


# --- published date: the URL is read only for a list date without its year ----------------------


def test_url_year_is_read_only_for_a_month_day():
    from pipelines.published import published_date

    url = "http://x.example/2023/t20230310_1.html"
    assert published_date("3-15", "某某证书领取通知", "", url) == "2023-03-15"
    assert published_date("2024-03-15", "某某证书领取通知", "", url) == "2024-03-15"
    assert published_date("2024-03-15", "某某证书领取通知", "", None) == "2024-03-15"
    assert published_date("3-15", "某某证书领取通知", "", None) is None


# --- exams: one name needs no choosing ---------------------------------------------------------


def test_the_two_name_rules_keep_a_single_name():
    """`_choose` skips the document and family rules when one exam is named: for every exam of
    the catalogue, the rules as written keep that one name."""
    from pipelines import exams

    cat = exams.catalogue()
    for name in cat.exams:
        names = {name}
        if any(not cat.exams[n].document for n in names):
            names = {n for n in names if not cat.exams[n].document}
        specific = {n for n in names if not cat.exams[n].ambiguous}
        names = {n for n in names if n in specific or not any(n in s for s in specific)}
        assert names == {name}


# What `_choose` gave before the shortcut, for the year 2024 and for no year.
CHOSEN = {
    "2024年度一级建造师证书领取通知": (("一级建造师", True), ("一级建造师", True)),
    "建造师证书领取通知": ((None, True), (None, True)),  # a bare family name
    "关于领取毕业证的通知": (("学历证书", False), ("学历证书", False)),  # a document only
    "会计专业技术中级资格证书发放": (("会计专业技术资格", True), ("会计专业技术资格", True)),
    "注册会计师和一级建造师证书领取": ((None, None), (None, None)),  # two exams: none
    "一级建造师证书领取，请携带毕业证": (("一级建造师", True), ("一级建造师", True)),  # beside a document
    "二级造价工程师证书发放通知": (("二级造价工程师", True), ("二级造价工程师", True)),
    "造价工程师证书发放通知": ((None, True), ("造价工程师", True)),  # a legacy name without a year
    "普通话水平测试证书领取": (("普通话水平测试", False), ("普通话水平测试", False)),
}


@pytest.mark.parametrize("title", list(CHOSEN))
def test_choose_is_as_before(title):
    from pipelines import exams

    got = tuple((m.exam, m.qualification) for m in (exams._choose(title, 2024), exams._choose(title, None)))
    assert got == CHOSEN[title]


# --- regions: one Region per place ---------------------------------------------------------------


def test_region_memo_gives_the_fields_of_the_place():
    from pipelines import regions

    d = regions.divisions()
    city = next(iter(d.cities.values()))
    county = next(e for e in d.counties.values() if e.city_code == city.code)
    for in_title in (False, True):
        r = regions._region(city.province_code, city, county, in_title)
        prov = d.province(city.province_code)
        assert r == regions.Region(prov.name, prov.code, city.name, city.code, county.name, in_title)
        assert regions._region(city.province_code, city, None, in_title) == regions.Region(
            prov.name, prov.code, city.name, city.code, None, in_title)
    assert regions._region(None, city, county) == regions.Region()
    assert regions._region(city.province_code, None, None, True) != regions._region(city.province_code, None, None)


# --- dates: the token pattern opens on its first digit -------------------------------------------

# The pattern as it was written before it opened on a character class: the plain reading.
_TOKEN_PLAIN = __import__("re").compile(
    r"(?=\d)(?<!\d)(?:(?P<iso>(?<!\d)(?P<iy>(?:19|20)\d\d)\s*[-/.]\s*(?P<im>\d{1,2})\s*[-/.]\s*(?P<id>\d{1,2})(?!\d))"
    r"|(?P<cn>(?:(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*)?(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?!\d)\s*[日号]?)"
    r"|(?P<lost>(?<!\d)(?P<ly>(?:19|20)\d\d)(?:\s*年\s*|(?=\d{2,4}\s*日))(?P<md>\d{2,4})\s*日)"
    r"|(?P<mdlost>(?<!\d)\d{3,4})\s*日(?![内后以]))"
)


def _plain_numbers(m):
    """(year, month, day, lost month-day) as the plain pattern's groups give them."""
    return m["iy"] or m["y"] or m["ly"], m["im"] or m["m"], m["id"] or m["d"], m["md"] or m["mdlost"]


def _numbers(m):
    f = m["f"]
    year = next((f + g for g in (m["iy"], m["y"], m["ly"]) if g), None)
    month = m["im"] or m["m"] or (f + m["m0"] if m["cn"] else None)
    return year, month, m["id"] or m["d"], m["md"] or (f + m["mdlost"] if m["mdlost"] else None)


DATE_SENTENCES = [
    "证书于2024年3月5日至3月20日发放",
    "领取时间:2023-11-06至2023-11-30",
    "12月18日至1月5日在窗口领取",
    "2019年4月10日起办理",
    "2023年831日前寄出",  # 月 lost
    "自202238日起发放",  # 年 and 月 lost, one digit each for month and day
    "4月15日-30日，周一至周五",
    "电话0371-12345678，邮编450000",
    "2024.3.5 发布",
    "第3批证书，共120本",
    "1999/12/31前的证书",
    "2100年1月1日",  # a year the grammar does not read
    "３月５日",  # full-width digits are digits too
    "20245年3月1日",  # a five-digit run is no year
    "2024 年 3 月 5 号",
]


@pytest.mark.parametrize("sentence", DATE_SENTENCES)
def test_token_pattern_reads_as_the_plain_one(sentence):
    from pipelines import dates

    new = [(m.span(), _numbers(m)) for m in dates._TOKEN.finditer(sentence)]
    plain = [(m.span(), _plain_numbers(m)) for m in _TOKEN_PLAIN.finditer(sentence)]
    assert new == plain


def test_token_pattern_on_random_runs():
    """Short random runs of digits, date words and separators, where the two patterns part if
    anywhere (a seeded draw: the same strings every run)."""
    import random

    from pipelines import dates

    pieces = list("0123456789") * 3 + list("12") * 4 + ["19", "20", "202", "199"] * 2 + list("年月日号-/. \n至起") + ["３", "x"]
    rnd = random.Random(7)
    for _ in range(20000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20)))
        new = [(m.span(), _numbers(m)) for m in dates._TOKEN.finditer(s)]
        plain = [(m.span(), _plain_numbers(m)) for m in _TOKEN_PLAIN.finditer(s)]
        assert new == plain, s


def test_example_words_are_spelt_out_in_the_gate():
    import inspect

    from pipelines import regions

    source = inspect.getsource(regions._without_examples)
    assert all(f'"{w}" in body' in source for w in regions._EXAMPLE_WORDS)


# --- window: a bare year opens on its digits ----------------------------------------------------

_BARE_YEAR_PLAIN = __import__("re").compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)")


@pytest.mark.parametrize("sentence", [
    "2019年某市证书领取时间:4月10日起",
    "2019年4月10日起领取",  # a date, not a bare year
    "编号12019年度",  # a digit before it: no year
    "2019年",
    "第2020年 度",
    "1999 年证书\n2020年补发",
    "３０２０２０年",
    "没有年份",
])
def test_bare_year_reads_as_the_plain_pattern(sentence):
    from pipelines import date_years

    def spans(p):
        return [(m.span(), m[1]) for m in p.finditer(sentence)]

    assert spans(date_years._BARE_YEAR) == spans(_BARE_YEAR_PLAIN)


def test_bare_year_on_random_runs():
    import random

    from pipelines import date_years

    pieces = list("0123456789") + ["19", "20", "2024", "1999"] * 3 + list("年月 \n日x") + ["３"]
    rnd = random.Random(11)
    for _ in range(20000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16)))
        assert [(m.span(), m[1]) for m in date_years._BARE_YEAR.finditer(s)] == [
            (m.span(), m[1]) for m in _BARE_YEAR_PLAIN.finditer(s)], s


# --- published date: a date glued to the title ------------------------------------------------


@pytest.mark.parametrize("title", [
    "某某证书领取通知2024-03-05",
    "某某证书领取通知(2024-03-05)",
    "某某证书领取通知（2024年3月5日）",
    "某某证书领取通知 2024.3.5  ",
    "某某证书领取通知2024/3/5\n",
    "某某证书领取通知2024年3月5日",
    "某某证书领取通知２０２４－０３－０５",  # full-width digits: digits to the pattern too
    "2024-03-05某某证书领取通知",  # a date first: not glued to the end
    "某某证书领取通知",
    "某某证书领取通知（第2批）",
    "某某证书领取通知 [2024-03-05]",  # a list's bracketed stamp
    "某某证书领取通知【2024-03-05】",
    "",
])
def test_glued_tail_gate_keeps_every_match(title):
    from pipelines import dates, published

    m = published._GLUED_TAIL.search(title)
    tail = title.rstrip()
    if m:  # the gate in published_date
        assert tail and (tail[-1].isdecimal() or tail[-1] in "日)）]】")
    plain = dates.parse_date(m[1]) if m else None
    got = published.published_date(None, title, "", None)
    if plain:
        assert got == plain
