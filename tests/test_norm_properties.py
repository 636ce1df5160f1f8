"""No input makes a normalizer raise, and every place it names is in the division data."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines import batch, dates, exam_year, exams, kind, published, regions, window
from pipelines.normalize import FIELDS, normalize_record
from pipelines.spam import drop_spam
from pipelines.text import clean_title, simplify, split_title

PROVINCES, CITIES = regions.known_names()
# Text built from the pieces notices are made of, so that the search reaches the real paths
# (dates, ranges, places, exam names) rather than only random code points.
PIECES = st.sampled_from([
    "2024年", "2019 年", "二○一一年一月二十日", "12月", "3月5日", "至", "-", "—", "即日起", "起", "前",
    "第2批次", "(7月第4批次)", "领取", "补办", "电子证书", "证书", "通知", "报名", "成绩", "发票",
    "河南", "四川甘孜", "广西区", "兵团", "新疆兵团", "莱芜", "朝阳区", "楚雄州", "粤人考函", "我市", "我省",
    "监理工程师", "一建", "(水利工程)", "会计", "中级", "普通话", "\n", " ", "：", "831日", "〔2021〕",
    "監(jiān)理", "www.a.com", "QQ群", "18-7-30", "2024-11-06", "08-14", "/201801/", "t20180131",
])
NOTICE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=25).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), NOTICE_TEXT)
MAYBE = st.one_of(st.none(), ANY_TEXT, st.integers(), st.floats(allow_nan=True))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.fixed_dictionaries({}, optional={k: MAYBE for k in ("text", "title", "body", "listed_date",
                                                              "source_region", "url")}))
def test_normalize_record_never_raises_and_names_only_known_places(record):
    out = normalize_record(record)
    assert tuple(out) == FIELDS
    assert out["province"] is None or out["province"] in PROVINCES
    assert out["city"] is None or out["city"] in CITIES
    assert (out["province"] is None) == (out["province_code"] is None)
    assert (out["city"] is None) == (out["city_code"] is None)
    assert out["kind"] in ("collection", "reissue", "electronic", "other")
    assert out["is_cert_notice"] or out["kind"] == "other"
    for f in ("published", "window_start", "window_end"):
        assert out[f] is None or (len(out[f]) == 10 and out[f][4] == "-")
    if out["window_start"] and out["window_end"]:
        assert out["window_start"] <= out["window_end"]


@FAST
@given(ANY_TEXT, ANY_TEXT, st.one_of(st.none(), st.text(max_size=12)))
def test_each_normalizer_accepts_any_string(title, body, source):
    simplify(title)
    clean_title(title)
    drop_spam(body)
    split_title(body)
    batch.find_batch(title)
    dates.parse_date(title)
    dates.parse_date(title, 2020)
    exam_year.exam_year(title)
    window.collection_window(body, "2024-01-31")
    window.collection_window(body, None)
    published.published_date(title, title, body, body)
    dates.url_year_month(body)
    exams.find_exam(title, body, 2020)
    kind.classify(title, body[:50], body)
    r = regions.find_region(title, body, source)
    assert r.province is None or r.province in PROVINCES
    assert r.city is None or r.city in CITIES


@FAST
@given(st.text(alphabet=string.digits + "-/.年月日号至起前 ", max_size=30), st.integers(1900, 2100))
def test_dates_are_real_calendar_dates(text, year):
    got = dates.parse_date(text, year)
    if got:
        dates.dt.date.fromisoformat(got)
