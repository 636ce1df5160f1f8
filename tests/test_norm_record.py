import pytest

from pipelines.keyfacts import FACTS as KEY_FACTS
from pipelines.normalize import FIELDS, normalize_record, normalize_records
from pipelines.scoring import DEV_TARGETS, EVAL_ENV, eval_path, load_labelled, score


@pytest.fixture(scope="module")
def scored():
    # Fails, never skips, when the shared dev set is missing: $CERTNOTICES_EVAL or ../shared/eval.
    path = eval_path()
    assert path.exists(), f"the shared dev set is missing at {path}; set ${EVAL_ENV} to its path"
    return score(load_labelled(path))


@pytest.mark.parametrize(("field", "threshold"), sorted(DEV_TARGETS.items()))
def test_dev_set_accuracy(scored, field, threshold):
    accuracy = scored.fields[field].accuracy
    misses = [m for m in scored.misses if m[1] == field]
    assert scored.count > 50
    assert accuracy >= threshold, f"{field}: {accuracy:.3f} < {threshold}; misses: {misses}"


def test_every_field_is_present_even_for_an_empty_record():
    out = normalize_record({})
    assert tuple(out) == FIELDS
    assert out["is_cert_notice"] is False and out["kind"] == "other"
    lists = ("exams", "date_lines", "place", "materials", "phone", "mode")
    assert all(out[f] is None for f in FIELDS if f not in ("is_cert_notice", "kind", *lists))
    assert out["exams"] == [] and out["date_lines"] == []
    assert all(out[f] == [] for f in ("place", "materials", "phone", "mode"))  # key facts: lists are [] when unsaid


def test_missing_and_wrongly_typed_values_are_tolerated():
    out = normalize_record({"title": None, "body": 5, "listed_date": 20240101, "url": None, "source_region": None})
    assert out["title"] is None


def test_crawler_record_with_title_and_body():
    out = normalize_record({
        "title": "[东莞市人事考试中心]关于领取2023年度一级建造师资格证书的通知",
        "body": "各位考生:\n现场领取时间:2024年3月4日至3月29日。四川、河南的考生请到报名地领取。",
        "listed_date": "2024-03-01",
        "source_region": "广东省",
        "url": "https://rsks.dg.gov.cn/zs/202403/t20240301_1.html",
    })
    assert out["mode"] == ["on_site"]  # key facts: tests/test_keyfacts.py
    assert {f: out[f] for f in FIELDS if f not in KEY_FACTS} == {
        "is_cert_notice": True, "kind": "collection", "exam": "一级建造师", "exams": ["一级建造师"], "level": None,
        "specialty": None, "province": "广东省", "province_code": "440000", "city": "东莞市",
        "city_code": "441900", "county": None, "year": 2023, "batch": None, "batch_month": None,
        "published": "2024-03-01", "window_start": "2024-03-04", "window_end": "2024-03-29",
        "window_rule": None, "date_lines": [], "title": "关于领取2023年度一级建造师资格证书的通知",
    }


def test_source_region_fills_a_title_without_place():
    out = normalize_record({"title": "关于发放2023年度经济专业技术资格证书的通知", "source_region": "河南省"})
    assert (out["province"], out["province_code"], out["city"]) == ("河南省", "410000", None)


def test_list_title_with_month_day_and_url_year():
    out = normalize_record({"text": "2018年江西省赣州市审计师资格证书的办理公告", "listed_date": "07-23",
                            "url": "http://www.example.com/shenjishi/zs/jiangxi/201907/1234567.htm"})
    assert (out["published"], out["year"], out["city"]) == ("2019-07-23", 2018, "赣州市")


def test_window_only_for_certificate_notices():
    out = normalize_record({"text": "2021年一级造价工程师报名通知\n2021年7月12日-7月21日网上报名"})
    assert (out["is_cert_notice"], out["window_start"], out["window_end"]) == (False, None, None)


def test_a_long_body_keeps_its_signature_date():
    body = "各位考生:\n现将证书领取事项通知如下。\n" + "领取地点及联系电话表格。\n" * 600 + "郑州市人事考试中心\n2024年1月2日"
    out = normalize_record({"title": "关于2023年度二级建造师证书领取的通知", "body": body})
    assert out["published"] == "2024-01-02"


def test_title_beside_text_reads_the_text_as_body():
    out = normalize_record({"title": "关于领取证书的通知",
                            "text": "关于领取证书的通知\n领取时间:2024年3月4日至3月29日"})
    assert (out["title"], out["window_start"], out["window_end"]) == ("关于领取证书的通知", "2024-03-04", "2024-03-29")


def test_normalize_records_is_lazy_and_ordered():
    it = normalize_records([{"text": "二建证书领取"}, {"text": "一建证书领取"}])
    assert [o["exam"] for o in it] == ["二级建造师", "一级建造师"]


def test_the_crawl_reads_key_facts_of_notices_only():
    # a guide is not stored, so the crawl does not pay for its facts; `notices normalize` does
    guide = {"text": "审计师证书一般怎么领?\n通常要到当地考试中心现场领取,携带身份证原件。"}
    assert normalize_record(guide)["is_cert_notice"] is False
    assert normalize_record(guide)["place"] and normalize_record(guide)["materials"]
    crawled = normalize_record(guide, facts_for_notices_only=True)
    assert [crawled[f] for f in KEY_FACTS] == [[], [], [], [], None, None, None]
    notice = {"title": "某市2030年度审计师合格证书领取通知",
              "body": "请于2030年3月4日至15日携带身份证原件到某市人事考试中心二楼窗口领取。"}
    assert normalize_record(notice, facts_for_notices_only=True) == normalize_record(notice)
    assert normalize_record(notice)["place"]
