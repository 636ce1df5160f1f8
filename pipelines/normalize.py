"""Turn one crawled notice into the fields the feed filters on.

First working version: keyword kind, a small exam table, province names and the common
date formats. Later versions split these concerns into their own modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipelines.text import simplify

FIELDS = (
    "is_cert_notice", "kind", "exam", "level", "specialty", "province", "province_code",
    "city", "city_code", "county", "year", "batch", "batch_month", "published",
    "window_start", "window_end", "title",
)

_PROVINCES = {
    "北京": "北京市", "天津": "天津市", "河北": "河北省", "山西": "山西省", "内蒙古": "内蒙古自治区",
    "辽宁": "辽宁省", "吉林": "吉林省", "黑龙江": "黑龙江省", "上海": "上海市", "江苏": "江苏省",
    "浙江": "浙江省", "安徽": "安徽省", "福建": "福建省", "江西": "江西省", "山东": "山东省",
    "河南": "河南省", "湖北": "湖北省", "湖南": "湖南省", "广东": "广东省", "广西": "广西壮族自治区",
    "海南": "海南省", "重庆": "重庆市", "四川": "四川省", "贵州": "贵州省", "云南": "云南省",
    "西藏": "西藏自治区", "陕西": "陕西省", "甘肃": "甘肃省", "青海": "青海省", "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区", "兵团": "新疆生产建设兵团",
}
_EXAMS = [
    ("监理工程师", "监理工程师"), ("一级建造师", "一级建造师"), ("二级建造师", "二级建造师"),
    ("一建", "一级建造师"), ("二建", "二级建造师"), ("会计", "会计专业技术资格"),
    ("经济师", "经济专业技术资格"), ("统计师", "统计专业技术资格"), ("审计师", "审计专业技术资格"),
]
_DATE = re.compile(r"(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")


def _first_date(text: str) -> str | None:
    m = _DATE.search(text)
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


def normalize_record(record: dict) -> dict:
    title = simplify(record.get("title") or "")
    body = simplify(record.get("body") or "")
    text = simplify(record.get("text") or "")
    if not title and text:
        title, _, body = text.partition("\n")
    head = title + "\n" + body
    out = dict.fromkeys(FIELDS)
    if any(w in head for w in ("补办", "补发")):
        out["kind"] = "reissue"
    elif "电子证书" in head:
        out["kind"] = "electronic"
    elif any(w in head for w in ("领取", "发放", "领证", "邮寄")):
        out["kind"] = "collection"
    else:
        out["kind"] = "other"
    out["is_cert_notice"] = out["kind"] != "other"
    out["exam"] = next((name for alias, name in _EXAMS if alias in head), None)
    out["province"] = next((v for k, v in _PROVINCES.items() if k in head), None) or record.get("source_region")
    m = re.search(r"(20\d\d)\s*年?", title)
    out["year"] = int(m[1]) if m else None
    out["published"] = _first_date(record.get("listed_date") or "") or None
    out["title"] = title.strip() or None
    return out


def normalize_records(records: Iterable[dict]) -> Iterator[dict]:
    for record in records:
        yield normalize_record(record)
