"""Generate a database of N notice-like rows for benchmarks (deterministic, memory-light).

    .venv/bin/python bench/gen_notices.py data/bench.db --n 200000

Rows follow db/schema.py and are marked sample_data = 1. Titles and bodies are built from the
phrases real certificate notices use, so token frequencies (证, 书, 年, digits...) are realistic;
a few bodies are Traditional, as when an aggregator copy is re-scraped by a content farm.
Rows are produced by a generator and inserted in chunks, so memory stays flat at any N.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.schema import NOTICE_COLUMNS, NOTICE_INDEXES  # noqa: E402

PROVINCES = {
    "北京": ["北京"], "天津": ["天津"], "河北": ["石家庄", "唐山", "保定", "邯郸"],
    "山西": ["太原", "大同"], "内蒙古": ["呼和浩特", "包头"], "辽宁": ["沈阳", "大连"],
    "吉林": ["长春", "吉林"], "黑龙江": ["哈尔滨", "齐齐哈尔"], "上海": ["上海"],
    "江苏": ["南京", "苏州", "无锡", "徐州"], "浙江": ["杭州", "宁波", "温州"],
    "安徽": ["合肥", "芜湖"], "福建": ["福州", "厦门", "泉州"], "江西": ["南昌", "赣州"],
    "山东": ["济南", "青岛", "烟台", "潍坊"], "河南": ["郑州", "洛阳", "开封", "南阳", "新乡"],
    "湖北": ["武汉", "宜昌", "襄阳"], "湖南": ["长沙", "株洲", "岳阳"],
    "广东": ["广州", "深圳", "东莞", "佛山"], "广西": ["南宁", "柳州", "桂林"], "海南": ["海口", "三亚"],
    "重庆": ["重庆"], "四川": ["成都", "绵阳", "甘孜"], "贵州": ["贵阳", "遵义"],
    "云南": ["昆明", "大理"], "西藏": ["拉萨"], "陕西": ["西安", "宝鸡"], "甘肃": ["兰州", "天水"],
    "青海": ["西宁"], "宁夏": ["银川"], "新疆": ["乌鲁木齐", "喀什"], "兵团": ["石河子", "五家渠"],
}
SUFFIX = {"北京": "市", "天津": "市", "上海": "市", "重庆": "市", "内蒙古": "自治区",
          "广西": "壮族自治区", "西藏": "自治区", "宁夏": "回族自治区", "新疆": "维吾尔自治区",
          "兵团": ""}
EXAMS = [
    ("一级建造师", "建筑工程"), ("二级建造师", "市政公用工程"), ("监理工程师", "交通运输工程"),
    ("一级造价工程师", "土木建筑工程"), ("一级消防工程师", ""), ("中级注册安全工程师", "化工安全"),
    ("执业药师", "药学类"), ("中级会计专业技术资格", ""), ("初级经济专业技术资格", "人力资源管理"),
    ("社会工作者职业资格", ""), ("咨询工程师（投资）", ""), ("环境影响评价工程师", ""),
    ("房地产估价师", ""), ("计算机技术与软件专业技术资格", "系统集成项目管理工程师"),
    ("翻译专业资格", "英语二级笔译"), ("一级注册建筑师", ""), ("勘察设计注册工程师", "岩土"),
    ("出版专业技术人员职业资格", ""), ("审计专业技术资格", ""), ("统计专业技术资格", ""),
]
KINDS = ["collection", "collection", "collection", "reissue", "electronic", "other"]
TITLES = {
    "collection": [
        "关于领取{year}年度{exam}资格证书的通知",
        "{prov}{year}年{exam}职业资格证书发放公告（{month}月第{batch}批次）",
        "{city}市{year}年度{exam}证书领取通知",
        "关于{year}年{exam}考试合格人员领证的公告",
    ],
    "reissue": [
        "{prov}{year}年{exam}证书补办",
        "关于办理{exam}资格证书补办、更正业务的通知",
        "{prov}关于{year}年度{exam}证书遗失补办的公告",
    ],
    "electronic": [
        "关于{year}年度{exam}电子证书下载的通知",
        "{prov}{exam}资格证书实行电子化的公告",
    ],
    "other": [
        "{prov}{year}年度{exam}证书邮寄服务说明",
        "关于{year}年{exam}资格证书领取名单的公示",
    ],
}
BODY = [
    "各位考生：现将{prov}{year}年度{exam}资格证书{verb}有关事项通知如下。",
    "一、{verb}时间：{ws}至{we}（工作日上午9:00-12:00，下午13:30-17:00）。",
    "二、{verb}地点：{city}市人力资源和社会保障局考试中心服务大厅{floor}楼{room}室。",
    "三、{verb}方式：考生本人持有效身份证件原件领取；委托他人代领的，须提供委托书及双方身份证件。",
    "四、邮寄服务：需要邮寄的考生可通过EMS办理，邮寄费用由考生自付，请于{we}前提交申请。",
    "五、补办证书：证书遗失或损毁的，可登录中国人事考试网申请补办，审核通过后{days}个工作日内制证。",
    "六、电子证书：{year}年{month}月起可在全国专业技术人员职业资格证书查询验证系统下载电子证书。",
    "七、注意事项：逾期未领取的证书将统一存档，领证时请配合工作人员核验信息，遵守现场秩序。",
    "咨询电话：0{area}-{phone}。附件：{exam}证书领取名单（第{batch}批）.xlsx",
    "{prov}人事考试中心 {pub}",
]
VERB = {"collection": "领取", "reissue": "补办", "electronic": "下载", "other": "发放"}
# Traditional forms an aggregator copy may carry; the index must still find them.
T_BODY = str.maketrans({"证": "證", "书": "書", "领": "領", "时": "時", "间": "間", "为": "為",
                        "门": "門", "发": "發", "业": "業", "议": "議", "补": "補", "办": "辦"})


def _notice(rng: random.Random, i: int) -> dict:
    prov = rng.choice(list(PROVINCES))
    city = rng.choice(PROVINCES[prov])
    exam, specialty = rng.choice(EXAMS)
    kind = rng.choice(KINDS)
    year = rng.randint(2015, 2025)
    month, batch = rng.randint(1, 12), rng.randint(1, 4)
    published = date(year + 1, 1, 1) + timedelta(days=rng.randint(0, 364))
    ws = published + timedelta(days=rng.randint(3, 20))
    we = ws + timedelta(days=rng.randint(5, 60))
    values = dict(prov=prov + SUFFIX.get(prov, "省"), city=city, exam=exam, year=year,
                  month=month, batch=batch, verb=VERB[kind], floor=rng.randint(1, 9),
                  room=rng.randint(101, 930), days=rng.randint(5, 30),
                  area=rng.randint(10, 999), phone=rng.randint(10000000, 99999999),
                  ws=f"{ws.year}年{ws.month}月{ws.day}日", we=f"{we.month}月{we.day}日",
                  pub=published.isoformat())
    title = rng.choice(TITLES[kind]).format(**values)
    # Notices differ in length: keep the opening and the signature, sample the middle.
    middle = rng.sample(BODY[1:-1], rng.randint(3, len(BODY) - 2))
    body = "".join(p.format(**values) for p in [BODY[0], *middle, BODY[-1]])
    if rng.random() < 0.03:
        body = body.translate(T_BODY)
    url = f"https://example.invalid/{prov}/{i}.html"
    stamp = f"{published.isoformat()}T09:00:00+08:00"
    return {
        "id": hashlib.sha1(url.encode()).hexdigest()[:16], "url": url,
        "source_id": f"bench_{prov}", "title": title, "title_raw": title,
        "published": published.isoformat(), "province": prov, "city": city, "exam": exam,
        "level": "", "specialty": specialty, "kind": kind, "year": year, "batch": batch,
        "batch_month": month, "window_start": ws.isoformat(), "window_end": we.isoformat(),
        "body_text": body, "attachments": "[]", "sample_data": 1,
        "first_seen": stamp, "last_seen": stamp,
    }


def notices(n: int, seed: int = 5) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(n):
        yield _notice(rng, i)


def generate(path: Path, n: int, seed: int = 5, chunk: int = 5000) -> None:
    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    db["notices"].create(NOTICE_COLUMNS, pk="id")
    db["notices"].insert_all(notices(n, seed), batch_size=chunk)
    for columns in NOTICE_INDEXES:
        db["notices"].create_index(columns)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    generate(args.path, args.n, args.seed)
    print(f"{args.n} notices in {time.perf_counter() - started:.1f} s -> {args.path}")


if __name__ == "__main__":
    main()
