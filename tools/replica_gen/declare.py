"""Source declarations: one YAML file per source in ``sources/<id>.yaml``, found by globbing.

A declaration is data. Adding a source on a family we have means adding one file (copy the
closest one, change id, host, plan and layout); nothing lists the files.

Two shapes:

- ``preset: official`` (most provincial columns, on the ``site`` family): ``id``, ``host``,
  ``province``, ``org``, ``layout`` and any keyword of :func:`official` (``total``, ``series``,
  ``cert_share``, ``places`` ...); the preset fills in the plan of an official column.
- otherwise the full :class:`SourceDecl`: ``id``, ``family``, ``host``, ``seed``, ``voice``,
  ``org``, ``plan`` (the fields of ``plan.Plan``), ``layout`` and the optional fields.

``series`` entries are the fields of ``plan.Series``; pairs such as ``batches`` are lists.
``layout`` is the family's knobs (documented in ``families/<family>.py``) with two values that
name code instead of holding it:

- ``pager``: a preset name (``aspnet``, ``count_page``), a one-key mapping of a preset to its
  arguments (``{trs_zero: {stem: index, ext: html}}``, ``{numbered: {first: index.html, next:
  "index_{n}.html"}}``), or ``{template: "..."}``, a Jinja template of a site's own pager with
  ``p`` (0-based page), ``n`` (1-based), ``pages`` and ``records``;
- ``columns[].take``: ``{kind: reissue}`` or ``{not_kind: reissue}``, ``{exam: [...]}`` or
  ``{not_exam: [...]}``, which rows a column lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import jinja2
import yaml

from tools.replica_gen.phrases import PLACES
from tools.replica_gen.plan import Plan, Series

SOURCES_DIR = Path(__file__).resolve().parent / "sources"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's is ~10x faster; both are safe


@dataclass
class SourceDecl:
    id: str                 # as in crawler/registry.yaml, and the file's name
    family: str             # key of tools.replica_gen.families.FAMILIES
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


def load_sources(folder: Path = SOURCES_DIR) -> dict[str, SourceDecl]:
    out: dict[str, SourceDecl] = {}
    for path in sorted(folder.glob("*.yaml")):
        decl = from_data(yaml.load(path.read_text("utf-8"), Loader=LOADER))
        if decl.id != path.stem:
            raise ValueError(f"{path.name} declares id {decl.id}: name the file after the id")
        out[decl.id] = decl
    return out


def from_data(data: dict) -> SourceDecl:
    data = dict(data)
    layout = _layout(data.pop("layout", {}))
    series = [Series(**s) for s in data.pop("series", [])]
    if data.pop("preset", None) == "official":
        return official(layout=layout, series=series, **data)
    plan = dict(data.pop("plan"))
    plan["series"] = [Series(**s) for s in plan.get("series", [])]
    return SourceDecl(plan=Plan(**plan), layout=layout, **data)


# ----------------------------------------------------------------------------- official preset

EXAMS = ["一级建造师", "二级建造师", "一级造价工程师", "监理工程师", "会计专业技术资格", "经济专业技术资格",
         "社会工作者职业资格", "一级注册消防工程师", "注册安全工程师", "审计专业技术资格", "统计专业技术资格",
         "计算机技术与软件专业技术资格", "出版专业技术人员职业资格", "执业药师", "注册测绘师", "注册城乡规划师",
         "翻译专业资格", "环境影响评价工程师", "房地产估价师"]

OTHER_TOPICS = ["registration", "admit", "score", "cert_register", "cont_edu", "review"]


def official(id: str, host: str, province: str, org: str, layout: dict, *, total: int = 10,
             first: date = date(2024, 3, 4), last: date = date(2026, 11, 20), cert_share: float = 0.6,
             exams: list[str] | None = None, series: list[Series] | None = None, city_share: float = 0.3,
             attachment_share: float = 0.35, kinds: dict | None = None, modes: dict | None = None,
             other_topics: list[str] | None = None, places: str | None = None, cities: list[str] | None = None,
             charset: str | None = "utf-8", replica: dict | None = None, multi: float = 0.1) -> SourceDecl:
    """An official provincial (or city) column on the ``site`` family."""
    plan = Plan(
        total=total, first=first, last=last, cert_share=cert_share, exams=exams or EXAMS,
        other_topics=other_topics or OTHER_TOPICS, province=province, city_share=city_share,
        multi_exam_share=multi, attachment_share=attachment_share, series=series or [],
        place_pool=PLACES.get(places or province),
    )
    if kinds:
        plan.kinds = kinds
    if modes:
        plan.modes = modes
    return SourceDecl(id=id, family="site", host=host, seed=f"{id}-2026-11", voice="provincial", org=org,
                      plan=plan, layout=layout, charset=charset, cities=cities or [], replica=replica or {})


# ----------------------------------------------------------------------------- layout values naming code

def _layout(layout: dict) -> dict:
    layout = dict(layout)
    if "pager" in layout:
        layout["pager"] = pager(layout["pager"])
    if "columns" in layout:
        layout["columns"] = [{**c, **({"take": take(c["take"])} if "take" in c else {})} for c in layout["columns"]]
    return layout


def take(spec: dict):
    """Which rows a column lists, by the notice's kind (a bare name-list row counts as collection)
    or by its exam (``{exam: [names]}`` / ``{not_exam: [names]}``: per-exam sub-columns)."""
    ((how, value),) = spec.items()
    if how in ("exam", "not_exam"):
        names = {value} if isinstance(value, str) else set(value)

        def exam_of(row) -> str | None:
            return getattr(getattr(row, "spec", None), "exam", None)
        return (lambda row: exam_of(row) in names) if how == "exam" else (lambda row: exam_of(row) not in names)

    def kind_of(row) -> str:
        return getattr(getattr(row, "spec", None), "kind", "collection")
    return (lambda row: kind_of(row) == value) if how == "kind" else (lambda row: kind_of(row) != value)


def pager(spec):
    """A pager callable ``(page, pages, records, column) -> html`` from its declaration."""
    name, args = (spec, {}) if isinstance(spec, str) else next(iter(spec.items()))
    if name == "template":
        template = jinja2.Environment(keep_trailing_newline=True).from_string(args)
        return lambda p, pages, records, col: template.render(p=p, n=p + 1, pages=pages, records=records)
    return PAGERS[name](**args)


def trs_zero(stem: str = "index", ext: str = "html", six: bool = False, name: str = "createPageHTML"):
    """TRS stock page.js: zero-based, page 0 is `stem.ext`, page i `stem_i.ext`."""
    def render(p, pages, records, col):
        extra = f', "black2", {records}' if six else ""
        return f'<script type="text/javascript">{name}({pages}, {p}, "{stem}", "{ext}"{extra});</script>'
    return render


def trs_one(elem: str, stem: str, ext: str, quote: str = "'"):
    """The element-id form (湖南 'paging', 海南/新疆 'page_div'): one-based."""
    q = quote

    def render(p, pages, records, col):
        return (f'<div id="{elem}"></div><script type="text/javascript">createPageHTML({q}{elem}{q}, {pages}, {p + 1}, '
                f'{q}{stem}{q}, {q}{ext}{q}, {records});</script>')
    return render


def count_page():
    def render(p, pages, records, col):
        return (f'<div id="pagination"></div><script type="text/javascript">var currentPage={p}; var countPage={pages};'
                f' var pageName="index"; var pageExt="html";</script>')
    return render


def aspnet():
    """AspNetPager's text: 第N页 共M页."""
    def render(p, pages, records, col):
        links = " ".join(f'<a href="javascript:__doPostBack(\'AspNetPager1\',\'{k}\')">{k}</a>'
                         for k in range(1, pages + 1))
        return (f'<div id="Body_AspNetPager1" class="aspnetpager">共{records}条记录 第{p + 1}页 共{pages}页 '
                f'{links}</div>')
    return render


def ncms(code: str):
    def render(p, pages, records, col):
        return (f'<div class="fenye" id="fenye"></div><script type="text/javascript">var dataTotal = parseInt("{records}"); '
                f'var pagenum = parseInt("{p + 1}"); var target="wzlb.shtml?mkbh={code}&begin=";'
                f' showPage(dataTotal, pagenum, 15, target);</script>')
    return render


def numbered(first: str, next: str, wrap: str = "{}"):
    """Plain numbered links (static sites): page 1 is `first`, page n `next` with ``{n}``; the
    links are put in `wrap` at its ``{}``."""
    def href(k: int) -> str:
        return first if k == 0 else next.format(n=k + 1)

    def render(p, pages, records, col):
        parts = []
        if p > 0:
            parts.append(f'<a href="{href(p - 1)}">上一页</a>')
        for k in range(pages):
            parts.append(f'<span class="active">{k + 1}</span>' if k == p else f'<a href="{href(k)}">{k + 1}</a>')
        parts.append(f'<a href="{href(p + 1)}">下一页</a>' if p + 1 < pages else '<span>下一页</span>')
        return wrap.replace("{}", " ".join(parts))
    return render


PAGERS = {"trs_zero": trs_zero, "trs_one": trs_one, "count_page": count_page, "aspnet": aspnet, "ncms": ncms,
          "numbered": numbered}
