"""Regenerate db/pinyin.json: toneless pinyin -> the words a candidate searches for.

    .venv/bin/python db/make_pinyin.py      # needs pypinyin (a development tool only)

Pinyin input (`henan buban`) is answered by rewriting it into those words (河南 补办), which
keeps search exact. Indexing pinyin per character instead would need context (重庆 is chong,
会计 is kuai) that pypinyin only gives at ~10 µs per character, and would match homophones.
The words: provinces and cities (pipelines/data/divisions.json), exams with their aliases and
specialties (pipelines/data/exams.yaml) and the words notices are made of (NOTICE_WORDS).
Every reading of a polyphonic character gives a key, so 重庆 answers chongqing and zhongqing.
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from datetime import date
from pathlib import Path

import yaml
from pypinyin import __version__ as pypinyin_version
from pypinyin.pinyin_dict import pinyin_dict

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).with_name("pinyin.json")

NOTICE_WORDS = """
证书 资格证书 职业资格 执业资格 专业技术资格 电子证书 纸质证书 证书领取 领取 领证 发证 发放 补办 补证
补发 遗失 更正 换证 邮寄 快递 代领 委托 通知 公告 公示 名单 合格 合格人员 考试 考生 人事考试 人事考试中心
人力资源 社会保障 人社局 人社厅 批次 年度 身份证 原件 复印件 现场 地点 时间 截止 办理 申请 下载 查询 核验
打印 登记 注册 初级 中级 高级 一级 二级 三级 兵团 生产建设兵团 新疆生产建设兵团 中国人事考试网
电子 纸质 工程师 造价 消防 安全 药师 会计 经济 统计 审计 翻译 建筑 监理工程 考试院 考试网
""".split()

MAX_READINGS = 16  # keys per word; a word made of many polyphonic characters keeps the first ones


def _toneless(syllable: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c))
    return plain.lower()


def _readings(char: str) -> list[str]:
    raw = pinyin_dict.get(ord(char))
    if not raw:
        return []
    readings = []
    for syllable in raw.split(","):
        base = _toneless(syllable)
        # ü is typed as v on most keyboards, and often as u.
        for form in dict.fromkeys([base.replace("ü", "v"), base.replace("ü", "u")]):
            if form not in readings:
                readings.append(form)
    return readings


def keys_for(word: str) -> list[str]:
    per_char = [_readings(c) for c in word]
    if not all(per_char):
        return []
    combos = itertools.islice(itertools.product(*per_char), MAX_READINGS)
    return ["".join(combo) for combo in combos]


def words() -> set[str]:
    divisions = json.loads((ROOT / "pipelines/data/divisions.json").read_text("utf-8"))
    found = set(NOTICE_WORDS)
    for key in ("provinces", "cities"):
        for row in divisions[key]:
            found.update(row[1:3])
    for exam in yaml.safe_load((ROOT / "pipelines/data/exams.yaml").read_text("utf-8")):
        found.add(exam["exam"])
        for alias in exam.get("aliases") or []:
            found.add(alias["alias"] if isinstance(alias, dict) else alias)
        found.update(exam.get("specialties") or [])
    # Single characters would turn every one-syllable Latin word into Chinese; brackets and
    # Latin inside names (造价工程师(一级)) cannot be typed as pinyin anyway.
    return {w for w in found if len(w) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in w)}


def table() -> dict[str, list[str]]:
    """Each pinyin key and the words it reads as, in key order (what `pinyin.json` holds under `words`)."""
    out: dict[str, list[str]] = {}
    for word in sorted(words()):
        for key in keys_for(word):
            out.setdefault(key, [])
            if word not in out[key]:
                out[key].append(word)
    return dict(sorted(out.items()))


def main() -> None:
    keys = table()
    OUT.write_text(
        json.dumps(
            {
                "origin": f"pypinyin {pypinyin_version} readings of the words in "
                "pipelines/data/divisions.json, pipelines/data/exams.yaml and NOTICE_WORDS",
                "generated": date.today().isoformat(),
                "words": keys,
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(keys)} keys -> {OUT}")


if __name__ == "__main__":
    main()
