"""The dated sentences quoted where no window was read (pipelines/window_lines.py), their scoring, and the contract:
`notices normalize` gives them. Sentences are our own, written for these cases."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.normalize import FIELDS, normalize_record
from pipelines.scoring import score, window_shown
from pipelines.window_lines import MOST_CHARS, MOST_LINES, date_lines, quotes_day


@pytest.mark.parametrize("text, published, expected", [
    # a date beside a certificate step, as written
    ("某市证书发放通知\n证书到后分批发放,第一批以12月1日短信为准。", None, ["证书到后分批发放,第一批以12月1日短信为准。"]),
    # a date in Chinese numerals, and a month's end, read as days
    ("证书定于二〇三一年五月六日起办理邮寄。", None, ["证书定于二〇三一年五月六日起办理邮寄。"]),
    ("电子证书于5月底前开放下载。", None, ["电子证书于5月底前开放下载。"]),
    # a label over its dates: the next line is quoted under it
    ("一、领取时间\n2031年6月3日(上午)\n二、领取地点:市人事考试中心", None, ["一、领取时间 2031年6月3日(上午)"]),
    # ...and under it a date for a step of its own is quoted alone
    ("领证时间:\n5月8日到中心领取证书", None, ["5月8日到中心领取证书"]),
    # a schedule's line opening on its day, the step named lines above; not an exam's, not a bare signature
    ("考生持身份证件领取证书。\n某区业余大学(某路805号)。\n2031年11月27日(周日)上午9:00至11:30。", "2031-11-21",
     ["2031年11月27日(周日)上午9:00至11:30。"]),
    ("(一)2031年6月3日上午 第一批", None, ["(一)2031年6月3日上午 第一批"]),
    ("2031年5月13日 全天考试", None, []),
    ("2031-06-14 10:05 某某公众号", None, []),
    ("2031-09-02 IP属地:某省", None, []),
    ("请按时领取。\n某市人事考试中心\n2031年5月2日", None, []),
    # dates of no certificate step: exam, scores
    ("考试时间为5月13日。成绩于6月20日公布。", None, []),
    # a step with no day: nothing to quote
    ("证书将于近期发放,请留意短信。", None, []),
    # the header's and the signature's publication day are left out; a step on that day is not
    ("某市证书领取通知\n发布时间:2031-05-02 来源:某证书办理中心", "2031-05-02", []),
    ("请按时领取。\n某市人事考试中心 2031年5月2日", "2031-05-02", []),
    ("某市人事考试中心2031年5月2日关于证书领取的安排", "2031-05-02", []),  # (an office's signature on its day)
    ("某市人事考试中心2031年5月2日关于证书领取的安排", None, ["某市人事考试中心2031年5月2日关于证书领取的安排"]),
    ("5月2日起可到中心领取证书。", "2031-05-02", ["5月2日起可到中心领取证书。"]),
    ("5月2日起到市考试中心1楼领取证书。", "2031-05-02", ["5月2日起到市考试中心1楼领取证书。"]),
    # a title with its list's date after it; not a deadline closing a sentence
    ("某省2031年度翻译专业资格证书发放通知 2032-01-30", None, []),
    ("某考区2031年度合格证书领取通知 [2032-07-05]", None, []),
    ("某省监理工程师证书补办指南2032-11-06", None, []),
    ("某兵团监理工程师证书领取通知(9月第2批次)2032-09-29", None, []),
    ("领取截止日期:2032年5月30日", None, ["领取截止日期:2032年5月30日"]),
    # a sentence quoted once
    ("5月8日起领取证书。\n5月8日起领取证书。", None, ["5月8日起领取证书。"]),
])
def test_date_lines(text, published, expected):
    assert date_lines(text, published) == expected


def test_at_most_three_sentences_each_cut_around_its_date():
    many = "".join(f"第{n}批证书于5月{n}日发放。" for n in range(1, 6))
    assert date_lines(many, None) == ["第1批证书于5月1日发放。", "第2批证书于5月2日发放。", "第3批证书于5月3日发放。"]
    assert MOST_LINES == 3
    long = "请" * 200 + "于7月9日领取证书" + "并" * 200
    (line,) = date_lines(long, None)
    assert "7月9日领取证书" in line and line.startswith("…") and line.endswith("…")
    assert len(line) <= MOST_CHARS + 2


@pytest.mark.parametrize("lines, day, expected", [
    (["5月6日起领取"], "2031-05-06", True),
    (["五月六日起领取"], "2031-05-06", True),  # in Chinese numerals
    (["4月15日-30日领取"], "2031-04-30", True),  # a period's day-only end in the month
    (["4月15日-30日领取"], "2031-05-30", False),
    (["5月6日起领取"], "2031-05-07", False),
    ([], "2031-05-06", False),
])
def test_quotes_day(lines, day, expected):
    assert quotes_day(lines, day) is expected


@pytest.mark.parametrize("got, read, expected", [
    ({"window_start": None, "window_end": None, "date_lines": ["5月6日起领取"]}, False, True),
    ({"window_start": "2031-05-01", "window_end": None, "date_lines": []}, False, False),  # a wrong window read
    ({"window_start": None, "window_end": None, "date_lines": []}, False, False),
    ({"window_start": "2031-05-06", "window_end": None, "date_lines": []}, True, True),
])
def test_window_shown(got, read, expected):
    assert window_shown(got, "2031-05-06", read) is expected


def test_scores_count_a_quoted_day_as_shown_not_as_read():
    item = {"id": "t1", "text": "某市2031年度二级建造师证书发放通知\n证书到后分批发放,第一批以5月6日短信为准。", "listed_date": None,
            "labels": {"window_start": "2031-05-06"}}
    scores = score([item], answer=lambda r: {"window_start": None, "window_end": None,
                                             "date_lines": ["证书到后分批发放,第一批以5月6日短信为准。"]})
    assert scores.fields["window_start"].recall == 0.0
    assert scores.shown_recall("window_start") == 1.0
    assert scores.shown_recall("window_end") is None  # (no labelled end)


def test_the_normalizer_quotes_only_where_it_read_no_window():
    unread = normalize_record({"text": "某市2031年度二级建造师证书发放通知\n证书到后分批发放,第一批以5月6日短信为准。"})
    assert unread["is_cert_notice"] and unread["window_start"] is None and unread["window_end"] is None
    assert unread["date_lines"] == ["证书到后分批发放,第一批以5月6日短信为准。"]
    read = normalize_record({"text": "某市2031年度二级建造师证书领取通知\n领取时间为2031年5月8日至5月12日。"})
    assert read["window_start"] == "2031-05-08" and read["date_lines"] == []
    other = normalize_record({"text": "某市2031年度二级建造师考试报名通知\n报名时间为2031年5月8日至5月12日。"})
    assert not other["is_cert_notice"] and other["date_lines"] == []


def test_notices_normalize_gives_the_quoted_sentences():
    assert "date_lines" in FIELDS
    record = {"text": "某市2031年度二级建造师证书发放通知\n证书到后分批发放,第一批以5月6日短信为准。"}
    out = subprocess.run([sys.executable, "-m", "crawler.cli", "normalize"],
                         input=json.dumps(record, ensure_ascii=False), capture_output=True, text=True, check=True).stdout
    assert json.loads(out.splitlines()[0])["date_lines"] == ["证书到后分批发放,第一批以5月6日短信为准。"]


# --- properties: any text, any publication day ----------------------------------------------------

PIECES = st.sampled_from(["2031年", "5月6日", "五月六日", "12月底", "至", "-", "起", "前", "领取", "发放", "邮寄", "补办",
                          "领取时间", "：", "\n", "。", "；", " ", "(周日)", "上午9:00", "10:05", "考试", "来源:", "中心",
                          "通知", "2031-05-02", "[2031-05-02]", "1.", "(一)", "第2批:"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.one_of(st.none(), st.just("2031-05-02"), st.just("2031-05-06")))
def test_quoted_lines_are_few_short_and_the_texts_own_words(text, published):
    lines = date_lines(text, published)
    assert len(lines) <= MOST_LINES and len(set(lines)) == len(lines)
    for line in lines:
        assert 0 < len(line) <= MOST_CHARS + 2
        # as written: each piece between the cuts (…) and a label's joining space is the text's own
        assert all(piece in text for part in line.strip("…").split(" ") for piece in [part.strip()] if piece), line
