"""Per-source content declarations. One module per source, each defining ``SOURCE``.

Adding a source on a family we already have: copy a module here, change id/host/seed, the
``Plan`` (mix of notices) and ``layout`` (the family's knobs, documented in its module), and add
it to ``_MODULES``. No template changes are needed.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from crawler.replica_gen.plan import Plan


@dataclass
class SourceDecl:
    id: str                 # as in crawler/registry.yaml
    family: str             # key of crawler.replica_gen.families.FAMILIES
    host: str               # real host the pages live on
    seed: str               # change it and every page changes; keep it fixed otherwise
    voice: str              # national | provincial | aggregator (see compose.py)
    org: str                # who signs / 信息来源
    plan: Plan
    layout: dict = field(default_factory=dict)
    charset: str | None = "utf-8"
    cities: list[str] = field(default_factory=list)   # rows of multi-city place tables
    replica: dict = field(default_factory=dict)       # extra replica.yaml keys (robots: html)
    mirrors: list = field(default_factory=list)       # aggregators: (source_id, count) official notices retold
    mirror_exam: str | None = None                    # the exam those retold notices are about


_MODULES = [
    "cpta", "hubei_hbrsksw", "hqwx_jianli",
    "beijing_rsj", "tianjin_hrss", "hebei_hebpta", "shanxi_rsks", "neimenggu_impta", "liaoning_lnrsks",
    "jilin_hrss", "heilongjiang_hrss", "shanghai_rsj", "jiangsu_jshrss", "zhejiang_zjks", "anhui_hrss",
    "fujian_fjpta", "jiangxi_rst", "shandong_rsks", "henan_hnrsks", "hunan_hnrsksw", "guangdong_rsks",
    "shenzhen_szksy", "guangxi_gxpta", "hainan_hrss", "chongqing_rsks", "sichuan_scpta", "guizhou_rst",
    "yunnan_hrss", "xizang_hrss", "shaanxi_rst", "gansu_ks", "qinghai_qhpta", "ningxia_nxpta", "xinjiang_rst",
    "bingtuan_btpta", "xuzhou_xzrsks_zsff", "wangxiao_jianli", "exam233_jianli",
]


def load_sources() -> dict[str, SourceDecl]:
    out: dict[str, SourceDecl] = {}
    for name in _MODULES:
        decl = importlib.import_module(f"crawler.replica_gen.sources.{name}").SOURCE
        if decl.id in out:
            raise ValueError(f"duplicate replica source id {decl.id}")
        out[decl.id] = decl
    return out
