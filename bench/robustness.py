"""How much the normalizer's reading of a text changes when a copied page changes it the way reposts do.

Usage: `python bench/robustness.py [--split dev] [--show HABIT]` (`--show`: the texts one habit changes, each
with its id, field and reading before and after). For each dev text of the real-notice corpus
(tests/data/real_notices/), and each habit of the pages that copy notices (a list title's own habits for titles), the
text is rewritten and normalized again; the table counts, among the fields the original reading got right, those the
rewritten text reads differently (is_cert_notice, year, window start and end, the published day, whether a window rule is read,
exam, province and city, key facts place, materials, mode and phone).
Every habit keeps the labels true: a notice wrapped in a page's controls is still the same notice.

Why: the held-out split misses what the dev split gets right, and much of the difference is how pages are
copied (controls above a title, characters spaced out, dates written in figures, training sites' ads, a PDF's
hard wraps and page numbers, paragraphs pasted onto one line, bullets, tables, weekdays, Markdown, a title repeated,
a WeChat post's furniture, a post's header, a banner or a content farm's spam line above the title; how a page lays
out a notice's facts: a label's value on the line under it, labels in their short form, list items numbered ①②③ or
(1)(2) or run onto one line, an address's bracket on the next line, documents parted by spaces, phone numbers with a long
dash or spaced in groups; periods written `自…起至…止`, with a hyphen, with times or with the year on both ends, under
their label, or from 即日). A rewrite that
changes a right reading is a class of failure found without reading a held-out text. The figures are counts, not a
target: a habit can legitimately change a reading where it adds words.

Over 300 lines: every habit is a rewrite with the evidence that real pages have it beside it, and they are one list
read by one runner; parted, a habit's pattern would sit away from the list that names it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import opencc  # noqa: E402
from pypinyin import Style, pinyin  # noqa: E402  (the test extras: replicas use it too)

from pipelines.date_forms import split_lost  # noqa: E402
from pipelines.keyfacts_scoring import fact_right  # noqa: E402
from pipelines.normalize import normalize_record  # noqa: E402
from pipelines.scoring import to_record  # noqa: E402

CORPUS = REPO / "tests" / "data" / "real_notices" / "notices.jsonl"
FIELDS = ("is_cert_notice", "year", "window_start", "window_end", "published", "window_rule", "exam", "province", "city")
FACTS = ("place", "materials", "mode", "phone")
NONE_COUNTS = ("is_cert_notice", "year", "exam", "province", "city")

# Our own lines of each kind (no real page's words): a page's controls, a repost's stamp, a training site's ads.
CONTROLS = ["首页 > 资讯中心 > 通知公告", "【字号:大 中 小】【打印本页】【关闭窗口】", "客户端下载 | 手机版 | 登录 | 注册",
            "分享到: 微信 微博 QQ空间"]
STAMP = "来源:某某教育网  作者:编辑部  阅读:1024"  # (no date: a date would rightly move undated windows' years)
ADS = ["【免费预约】考试时间短信提醒,不错过任何考试节点>>", "推荐阅读:2030年各类考试报名时间汇总", ">>点击查看更多考试资讯"]
# (other articles' titles, comments and an editor's lines: what a copy appends under a notice)
LINKED_TITLES = ["相关文章:", "2030年某省某类证书电子证书下载入口", "2030年某市某类证书网上申请邮寄通知", "某类考试报名时间汇总"]
COMMENTS = ["网友评论", "考生小王 2030-05-20 10:12", "请问证书什么时候可以网上申请邮寄?", "回复:请关注当地通知。"]
DISCLAIMER = "以上信息仅供参考,具体以官方发布为准。"
REMINDER = "【温馨提示】2031年度考试报名预计于3月中旬开始,请考生提前做好准备,报名时需上传近期证件照。"
EDITOR = ["版权声明:本文内容来源于网络,如有侵权请联系删除。", "(责任编辑:小李)"]
# a WeChat article's furniture around a repost (our own words): the account's call to follow above, its tail below
WECHAT_HEAD = ["点击上方蓝字 关注我们", "原创 某某考试 某某教育 发表于北京"]  # (no date: see STAMP)
WECHAT_TAIL = ["阅读原文", "喜欢此内容的人还喜欢", "分享 收藏 点赞 在看"]
# a post's header where a title would be (an account's or a forum's name and its time, above the title), and a
# column's or a section's banner above the title (our own words; the eighteenth round's texts had each): the time is
# the text's own published day when it has one, so that no label moves (the repost's stamp, dateless, when it has none)
POST_HEADER = "某某考试资讯 {day} 09:12"
# a content farm's spam line above a repost (our own words in the shape rn0232's and its kind's pages have)
SPAM_HEAD = "某某娱乐在线平台,高清视频免费观看,XY123.Cc,最新影视在线看"
_TITLE_ENDING = re.compile(r"(?:通知|公告|通告|公示|安排|须知|办法|指南|说明|流程|程序)\s*$")
BANNER = "通知公告"
# a repost's own headline above the text it copies (our own words; no lead-in such as `原文如下`, which would say the
# text is an office's and so change what a guide is)
REPOST_HEAD = ["重要提醒!最新消息来了,速看"]
# a space between Chinese and figures or Latin letters, as some editors put it (`2031 年 4 月 1 日`, `东环路 16 号`)
_CJK_LATIN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[\u4e00-\u9fff])")
_CORNER_MARKS = str.maketrans("“”《》", "「」〈〉")  # (Traditional typography's quotation marks and title brackets)
_FULL_DATE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
# the 至 between two days of a period (`3月1日至3月20日`, `3月1日至20日`)
_PERIOD_TO = re.compile(r"(?<=[日号])\s*(?:至|到)\s*(?=(?:\d{4}年)?\d{1,2}(?:月\d{1,2})?[日号])")
_LIST_DATE = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")  # (a list date's time of day: the date alone is glued on)
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
# a whole period in words (`2031年3月1日至3月20日`, `3月1日到20日`), not one a word already opens or closes (`自…起`, `…止`,
# `…前`) nor one with a time after a day (`3月1日9:00至…`)
_PERIOD = re.compile(r"(?P<at>[于於在](?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?)?(?<![自从起至到\d年])(?P<a>(?:(?P<ay>\d{4})年)?(?P<am>\d{1,2})月(?P<ad>\d{1,2})日)\s*(?:至|到)\s*"
                     r"(?P<b>(?:(?P<by>\d{4})年)?(?:(?P<bm>\d{1,2})月)?(?P<bd>\d{1,2})日)(?![止前内期\d:：])")
_IN_BRACKETS = re.compile(r"[(（][^)）]*$")
# a line's label for a period (`一、领取时间:`, `(二)证书发放时间`), opening its line, before the period
_PERIOD_LABEL = re.compile(r"(?m)^(?P<label>[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.、])?"
                           r"[\u4e00-\u9fff]{0,8}(?:时间|日期))[:：]?[ \t]*(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:至|到))")
_FULL_DATE_AND_NEXT = re.compile(_FULL_DATE.pattern + r"(?=(\d)?)")
_LABEL = re.compile(r"^(\s*)([\u4e00-\u9fff]{2,6})[:：]\s*", re.MULTILINE)  # a line's label: `领取地点:`
_S2T = opencc.OpenCC("s2t")


def _annotated(text: str, rate: float = 0.12) -> str:
    """Pinyin after some characters, as content farms annotate (`證(zhèng)書`, `的(de)`). Not the replicas'
    `tools/replica_gen/textforms.trad_pinyin`: that one annotates only what the normalizer can strip (toned readings of
    converted characters), where this one, like real farms, annotates any character, the neutral tone included."""
    rnd = random.Random(len(text))
    out = []
    for ch in text:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rnd.random() < rate:
            out.append("(" + pinyin(ch, style=Style.TONE)[0][0] + ")")
    return "".join(out)


def wrap_at_column(line: str, column: int = 56) -> str:
    """`line` broken every `column` display cells (a Chinese character two), as a PDF's text or a fixed-width page
    is. (Counted here, not with `pipelines.copied_lines.py`'s own width, so the bench does not check the code with
    itself.)"""
    out, current, width = [], "", 0
    for ch in line:
        cells = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if width + cells > column:
            out.append(current)
            current, width = "", 0
        current, width = current + ch, width + cells
    return "\n".join(out + [current])


def _with_weekday(m: re.Match) -> str:
    """A date with its weekday after it, `2031年3月3日(星期一)`, as copies write it."""
    try:
        day = datetime.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return m[0]
    return f"{m[0]}(星期{'一二三四五六日'[day.weekday()]})"


def _in_numerals(m: re.Match) -> str:
    """A date in Chinese numerals, `二〇三一年三月二十一日`, as formal documents write it."""
    digits = "〇一二三四五六七八九"

    def small(n: int) -> str:
        tens, units = divmod(n, 10)
        return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[units] if units else "")

    return "".join(digits[int(c)] for c in m[1]) + f"年{small(int(m[2]))}月{small(int(m[3]))}日"


_NUMBERED_HEADING = re.compile(r"^([ \t]*)(?=[一二三四五六七八九十]{1,3}、)", re.MULTILINE)
_LINE_LABEL = re.compile(r"^([ \t]*)([\u4e00-\u9fff]{2,6})[:：]", re.MULTILINE)


def _one_split(figures: str) -> bool:
    """Whether a month and day run together (`626`, `1020`) part one way only into a real month and day."""
    return len(figures) >= 3 and split_lost(figures) is not None


def _lost_full_date(m: re.Match) -> str:
    return f"{m[1]}{m[2]}{m[3]}日" if _one_split(m[2] + m[3]) else m[0]


def _lost_month_day(m: re.Match) -> str:
    return f"{m[1]}{m[2]}日" if _one_split(m[1] + m[2]) else m[0]


def _opened_and_closed(m: re.Match) -> str:
    return f"自{m['a']}起至{m['b']}止"  # (`于` before a period gives way to its 自: `请自3月1日起至…止`)


def _with_times(m: re.Match) -> str:
    return f"{m['at'] or ''}{m['a']}9:00至{m['b']}17:00"


def _year_on_both_ends(m: re.Match) -> str:
    """`2031年3月1日至3月20日` → `2031年3月1日至2031年3月20日` (the next year's where the period crosses a year end)."""
    if not m["ay"] or m["by"]:
        return m[0]
    at = m["at"] or ""
    month = int(m["bm"] or m["am"])
    year = int(m["ay"]) + (month < int(m["am"]))
    return f"{at}{m['a']}至{year}年{month}月{m['bd']}日"


def _from_today(published: str | None):
    """`自即日起至…` for a period opening on the day the notice was published (the label stays: 即日 is that day)."""
    def sub(m: re.Match) -> str:
        year = m["ay"] or (published or "")[:4]
        if not published or f"{year}-{int(m['am']):02d}-{int(m['ad']):02d}" != published:
            return m[0]
        if _IN_BRACKETS.search(m.string, max(0, m.start() - 30), m.start()):
            return m[0]  # (an example in brackets, `(如某市现场领取为2月4日至6日)`, is another office's day, not 即日)
        return f"自即日起至{m['b']}"
    return sub


def _markdown(text: str) -> str:
    """As a blog or an AI answer's Markdown gives it: the title a heading, numbered headings a level below, labels bold."""
    lines = _LINE_LABEL.sub(lambda m: f"{m[1]}**{m[2]}**:", text).split("\n")
    return "\n".join(["# " + lines[0]] + [_NUMBERED_HEADING.sub(r"\1## ", line) for line in lines[1:]])


# A labelled line's value moved under its label (`领取地点:` alone, the place on the next line), as probes q091, q154,
# j031 and rn0198 give it: the label of a notice's fact opening a line (after a heading's number, `二、发放地点:`) with
# words after it (not a page's stamp, `来源: 某网`, `时间:`/`发布时间: 2031-03-01`, which a page keeps on one line: no dev, probe or
# shared text puts its date under it)
_LABEL_THEN_VALUE = re.compile(r"^([ \t]*(?:[一二三四五六七八九十]{1,3}、)?(?!发布|更新|发表|时间[:：])[\u4e00-\u9fff]{0,4}(?:地点|地址|时间|材料|资料|电话|方式|须知|要求)"
                               r"[:：])[ \t]*(?=\S)", re.MULTILINE)
# the short form of a fact's label (`地点:` for `领取地点:`, `电话:` for `咨询电话:`), as probes o214, q271 (地点),
# q286, q290 (电话) and q182 (材料) write it
_LONG_LABEL = re.compile(r"^([ \t]*(?:[一二三四五六七八九十]{1,3}、)?)(?:领取|领证|发放|办理|受理|补办)(地点|材料)(?=[:：])"
                         r"|^([ \t]*(?:[一二三四五六七八九十]{1,3}、)?)(?:咨询|联系)(电话)(?=[:：])"
                         r"|^([ \t]*(?:[一二三四五六七八九十]{1,3}、)?)(?:所需|携带|需带|提交|申请)(材料)(?=[:：])", re.MULTILINE)
# a list's items, numbered `1.` / `1、` at a line's start (not `1.5`)
_LIST_ITEM = re.compile(r"^([ \t]*)([1-9])[.、．](?!\d)[ \t]*", re.MULTILINE)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨"
# an address in brackets ending a place's line, put on the next line (probes q088, q154: `领取地点:某中心` / `(某路8号)`)
_ADDRESS_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])([（(][^()（）\n]{0,30}?[路街道巷号][^()（）\n]{0,20}[)）])(?=[。;；]?[ \t]*$)",
                              re.MULTILINE)
# documents listed with spaces between them, not 、 (probes c060 `领证需带:身份证原件 准考证`, o135, q106): a 、 after a
# document's name, before the next one, in a short line as theirs are (a long one's run of spaces may be a pasted indent)
_DOCUMENT_COMMA = re.compile(r"(?<=[件书证照表信单明])、(?=《?[\u4e00-\u9fff])")
# a phone number with a long dash between its area code and the number (rn0408, rn0924, probes y025, q364; q212, q284
# and q367 put a full-width hyphen there)
_PHONE = re.compile(r"(?<![\d-])(0\d{2,3})-(\d{7,8})(?![\d-])")
# a phone number spaced in groups (probes s011, s072, x061, q096: `0791-8627 0541`; n078, p338: `138 0755 2169`)
_GROUPED_PHONE = re.compile(r"(?<![\d-])(?:(0\d{2,3}-)(\d{4})(\d{3,4})|(1[3-9]\d)(\d{4})(\d{4}))(?![\d-])")


def _short_label(m: re.Match) -> str:
    return "".join(g for g in m.groups() if g)


def _list_on_one_line(text: str) -> str:
    """A numbered list run onto the line that opens it (`领证时须提供:(1)身份证原件;(2)成绩单。`), as probes d019,
    q175, q182, p323 and rn1126 give it (q349 parts the items with spaces): two or more lines numbered 1, 2, 3… in
    order under a line ending with a colon."""
    lines, out, k = text.split("\n"), [], 0
    while k < len(lines):
        run = k + 1  # (the items numbered 1, 2, 3… under line k, two or more, from a line ending with a colon)
        while run < len(lines) and (item := _LIST_ITEM.match(lines[run])) and int(item[2]) == run - k:
            run += 1
        if run - k < 3 or not re.search(r"[:：]\s*$", lines[k]):
            out.append(lines[k])
            k += 1
            continue
        joined = lines[k].rstrip()
        for line in lines[k + 1:run]:
            item = _LIST_ITEM.match(line)
            joiner = "" if re.search(r"[:：;；。]\s*$", joined) else " "  # (an item without its own stop: a space)
            joined += joiner + f"({item[2]})" + line[item.end():]
        out.append(joined)
        k = run
    return "\n".join(out)


def habits(text: str, published: str | None = None) -> dict[str, str]:
    """The text as each habit of copying pages leaves it (`published`: its day, for a header that gives one)."""
    lines = text.split("\n")
    head, rest = lines[:1], lines[1:]
    day = published or ""
    return {
        "a post's header above the title": "\n".join([POST_HEADER.format(day=day) if day else STAMP] + lines),
        # (a title's: a first line that ends as a title does, not a masthead or a heading above it)
        "a header glued to the title": "\n".join(
            [head[0] + ((f"{day} 09:12:30" if day else "") + "阅读量:1024" if _TITLE_ENDING.search(head[0]) else "")] + rest),
        "a banner above the title": "\n".join([BANNER] + lines),
        "a spam line above the title": "\n".join([SPAM_HEAD] + lines),
        "a repost's headline above the notice": "\n".join(REPOST_HEAD + lines),
        # (a time after the date keeps a space from it: `2031.3.1 9:00`)
        "dates written with dots": _FULL_DATE_AND_NEXT.sub(lambda m: f"{m[1]}.{m[2]}.{m[3]}" + (" " if m[4] else ""), text),
        "dates written with slashes": _FULL_DATE_AND_NEXT.sub(
            lambda m: f"{m[1]}/{int(m[2]):02d}/{int(m[3]):02d}" + (" " if m[4] else ""), text),
        # (a content farm's filter drops 年 and 月 between figures: `自202237日起`, `于1020日截止`, as rn0662 and rn1298 show;
        # only where a reader can still tell the month from the day: three figures or more, one way to part them)
        "年 and 月 dropped from dates": _MONTH_DAY.sub(_lost_month_day, _FULL_DATE.sub(_lost_full_date, text)),
        "labels in square brackets": _LABEL.sub(lambda m: f"{m[1]}【{m[2]}】", text),
        "an emoji before each label": _LABEL.sub(lambda m: f"{m[1]}📌{m[2]}:", text),
        "periods with a tilde": _PERIOD_TO.sub("~", text),
        "periods with a long dash": _PERIOD_TO.sub("——", text),
        # (`自2025年2月24日起至3月21日止`: probes i005, l052, o042, s030, z069)
        "periods written 自…起至…止": _PERIOD.sub(_opened_and_closed, text),
        # (`2015年9月30日-10月15日`: rn0331, rn0471, rn0613, rn0641)
        "periods with a hyphen": _PERIOD_TO.sub("-", text),
        # (`2017年7月11日9:00-7月24日17:00`: rn0228, rn0605, rn0701, rn0079)
        "times after a period's days": _PERIOD.sub(_with_times, text),
        # (`一、发放时间:` and the period on the next line: rn0198, rn0792, rn0959, probes y001, y016)
        "a period under its label": _PERIOD_LABEL.sub(lambda m: m["label"] + ":\n", text),
        # (`2017年5月26日至2017年8月25日`: rn0792, rn0212, probe l052)
        "the year on both ends of a period": _PERIOD.sub(_year_on_both_ends, text),
        # (`自即日起至2025年6月30日` on the day of publication: probes x027, y032, c058)
        "即日起 for a period opening on its day": _PERIOD.sub(_from_today(published), text),
        "the body in quotation marks": "\n".join(head + (["“" + "\n".join(rest) + "”"] if rest else [])),
        "HTML entities left in": text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("\u3000", "&nbsp;")
                                     .replace("、", "&#12289;"),
        "the site's name after the title": "\n".join([head[0] + "_某某考试网"] + rest),
        "hard-wrapped at a column": "\n".join(head + [wrap_at_column(line) for line in rest]),
        "paragraphs pasted, indents kept": "\u3000\u3000".join(lines),
        "paragraphs pasted with spaces": " ".join(lines),
        "bullets before the lines": "\n".join(head + [("★" + line if line.strip() else line) for line in rest]),
        "labels in a table's cells": _LABEL.sub(lambda m: f"{m[1]}| {m[2]} | ", text),
        "weekdays after dates": _FULL_DATE.sub(_with_weekday, text),
        "dates in Chinese numerals": _FULL_DATE.sub(_in_numerals, text),
        "links to other articles at the end": "\n".join(lines + LINKED_TITLES),
        "comments at the end": "\n".join(lines + COMMENTS),
        "an editor under the signature": "\n".join(lines + EDITOR),
        "a reminder of the next exam": "\n".join(lines + [REMINDER]),
        "a disclaimer at the end": "\n".join(lines + [DISCLAIMER]),
        "controls above the title": "\n".join(CONTROLS + lines),
        "a repost's stamp under the title": "\n".join(head + [STAMP] + rest),
        "characters spaced out": "\n".join(head + [" ".join(line) for line in rest]),
        "Traditional with pinyin": _annotated(_S2T.convert(text)),
        "dates in figures": _FULL_DATE.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d} ", text),
        "ads at the end": "\n".join(lines + ADS),
        "written in Markdown": _markdown(text),
        "a PDF's page numbers": "\n".join(
            line + (f"\n— {k // 4 + 1} —" if k % 4 == 3 else "") for k, line in enumerate(lines)),
        "paragraphs indented": "\n".join(head + [("\u3000\u3000" + line if line.strip() else line) for line in rest]),
        "an empty line after each": "\n\n".join(lines),
        "the title again above the text": "\n".join(head + head + rest),
        "a WeChat article's furniture": "\n".join(head + WECHAT_HEAD + rest + WECHAT_TAIL),
        "spaces around figures": _CJK_LATIN_GAP.sub(" ", text),
        "corner quotes and angle brackets": text.translate(_CORNER_MARKS),
        "a label's value on the next line": _LABEL_THEN_VALUE.sub(r"\1\n", text),
        "labels in their short form": _LONG_LABEL.sub(_short_label, text),
        # (probes q349, r108, o223, p293 number with ①②③; q388, shared r015, r017 with (1)(2))
        "list items numbered ①②③": _LIST_ITEM.sub(lambda m: m[1] + _CIRCLED[int(m[2]) - 1], text),
        "list items numbered (1)(2)": _LIST_ITEM.sub(lambda m: f"{m[1]}({m[2]})", text),
        "a list's items on one line": _list_on_one_line(text),
        "an address in brackets on the next line": _ADDRESS_BRACKET.sub(lambda m: "\n" + m[1], text),
        "phone numbers with a long dash": _PHONE.sub(r"\1—\2", text),
        "phone numbers spaced in groups": _GROUPED_PHONE.sub(
            lambda m: f"{m[1]}{m[2]} {m[3]}" if m[1] else f"{m[4]} {m[5]} {m[6]}", text),
        "documents parted by spaces": "\n".join(_DOCUMENT_COMMA.sub("  ", line) if len(line) < 60 else line
                                                for line in lines),
    }


def title_habits(title: str, listed: str | None = None) -> dict[str, str]:
    """A list title as the pages that copy lists of links leave it (the habits above are a body's); `listed`: its list
    date, which a copied list glues to it (shared dev s001–s010, probes d028, g010)."""
    return {
        "a title's number in a list": "1. " + title,
        "a title under a column tag": "【证书领取】" + title,
        "a title with the list's badges": title + "【置顶】【新】",
        "a title with the site's name": title + "_某某考试网",
        "a title with its list date glued on": title + (_LIST_DATE.sub("", listed) if listed else ""),
        # (a repost's mark: probes o044 `【转载】…`, n017 `…(转载)`)
        "a title marked as a repost": "【转载】" + title,
        "a title in Traditional": _S2T.convert(title),
    }


def run(split: str, show: str | None = None) -> tuple[Counter, Counter]:
    changed, read_right = Counter(), Counter()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["split"] != split:
            continue
        labels, facts = record["labels"], record["labels"].get("key_facts") or {}
        base = normalize_record(to_record(record))
        # (a classification, a year, an exam or a region read right counts when it is none too: a habit must not invent one)
        right = [f for f in FIELDS if base[f] == labels.get(f) and (f in NONE_COUNTS or labels.get(f))]
        right += [f for f in FACTS if record["labels"].get("key_facts") and fact_right(f, base[f], facts.get(f))]
        rewritten = (title_habits(record["text"], record.get("listed_date")) if record["type"] == "title"
                     else habits(record["text"], labels.get("published")))
        for habit, text in rewritten.items():
            if show is not None and habit != show:
                continue
            out = normalize_record(to_record({**record, "text": text}))
            for f in right:
                read_right[(habit, f)] += 1
                # (a rule is the text's own words, which a habit may respell: whether one is read is compared)
                same = (fact_right(f, out[f], base[f]) if f in FACTS
                        else (out[f] is None) == (base[f] is None) if f == "window_rule" else out[f] == base[f])
                changed[(habit, f)] += not same
                if show is not None and not same:
                    print(record["id"], f, json.dumps(base[f], ensure_ascii=False, default=str)[:120], "->",
                          json.dumps(out[f], ensure_ascii=False, default=str)[:120], sep="\t")
    return changed, read_right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev",), help="only dev: test is never read while fixing")
    parser.add_argument("--show", metavar="HABIT", help="list the texts this habit changes (id, field, before, after)")
    args = parser.parse_args()
    if args.show is not None and args.show not in [*habits("x\ny"), *title_habits("x")]:
        parser.error(f"no habit {args.show!r}")
    changed, right = run(args.split, args.show)
    columns = FIELDS + FACTS
    print(f"readings changed by a habit of copied pages, {args.split} texts read right (changed / read right)")
    print(f"{'habit':34s}" + "".join(f"{c:>18s}" for c in columns))
    for habit in [*habits("x\ny"), *title_habits("x")]:  # (the body's habits, then a list title's)
        print(f"{habit:34s}" + "".join(f"{changed[(habit, c)]:>9d} / {right[(habit, c)]:<6d}" for c in columns))


if __name__ == "__main__":
    main()
