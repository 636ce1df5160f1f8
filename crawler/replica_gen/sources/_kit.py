"""Shared pieces of the declarations on the ``site`` family: the plan of an official provincial
column, the pager scripts the real CMSs print, and the detail-page shapes they use."""

from __future__ import annotations

from datetime import date

from crawler.replica_gen.phrases import PLACES
from crawler.replica_gen.plan import Plan, Series
from crawler.replica_gen.sources import SourceDecl

__all__ = ["official", "Series", "date"]

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


# ----------------------------------------------------------------------------- pager scripts

def trs_zero(stem: str = "index", ext: str = "html", six: bool = False, name: str = "createPageHTML"):
    """TRS stock page.js: zero-based, page 0 is `stem.ext`, page i `stem_i.ext`."""
    def pager(p, pages, records, col):
        extra = f', "black2", {records}' if six else ""
        return f'<script type="text/javascript">{name}({pages}, {p}, "{stem}", "{ext}"{extra});</script>'
    return pager


def trs_one(elem: str, stem: str, ext: str, quote: str = "'"):
    """The element-id form (湖南 'paging', 海南/新疆 'page_div'): one-based."""
    q = quote

    def pager(p, pages, records, col):
        return (f'<div id="{elem}"></div><script type="text/javascript">createPageHTML({q}{elem}{q}, {pages}, {p + 1}, '
                f'{q}{stem}{q}, {q}{ext}{q}, {records});</script>')
    return pager


def count_page(p, pages, records, col):
    return (f'<div id="pagination"></div><script type="text/javascript">var currentPage={p}; var countPage={pages};'
            f' var pageName="index"; var pageExt="html";</script>')


def aspnet(p, pages, records, col):
    """AspNetPager's text: 第N页 共M页."""
    links = " ".join(f'<a href="javascript:__doPostBack(\'AspNetPager1\',\'{k}\')">{k}</a>' for k in range(1, pages + 1))
    return (f'<div id="Body_AspNetPager1" class="aspnetpager">共{records}条记录 第{p + 1}页 共{pages}页 '
            f'{links}</div>')


def ncms(code: str):
    def pager(p, pages, records, col):
        return (f'<div class="fenye" id="fenye"></div><script type="text/javascript">var dataTotal = parseInt("{records}"); '
                f'var pagenum = parseInt("{p + 1}"); var target="wzlb.shtml?mkbh={code}&begin=";'
                f' showPage(dataTotal, pagenum, 15, target);</script>')
    return pager


def numbered(names):
    """Plain numbered links (static sites): `names(k)` is the href of page k (0-based)."""
    def pager(p, pages, records, col):
        parts = []
        if p > 0:
            parts.append(f'<a href="{names(p - 1)}">上一页</a>')
        for k in range(pages):
            parts.append(f'<span class="active">{k + 1}</span>' if k == p else f'<a href="{names(k)}">{k + 1}</a>')
        parts.append(f'<a href="{names(p + 1)}">下一页</a>' if p + 1 < pages else '<span>下一页</span>')
        return " ".join(parts)
    return pager


# ----------------------------------------------------------------------------- detail shapes

TRS_DETAIL = {
    "detail": "trs",
    "title_html": '<div class="article"><h2 class="article-title">{title}</h2>',
    "info_html": '<div class="article-info"><span>发布时间：{date}</span><span>来源：{source}</span></div>',
    "body_open": '<div class="article-content"><div class="TRS_Editor">',
    "body_close": "</div></div></div>",
}


def trs_detail(body_open: str = '<div class="TRS_Editor">', body_close: str = "</div>") -> dict:
    return {**TRS_DETAIL, "body_open": '<div class="article-content">' + body_open,
            "body_close": body_close + "</div></div>"}


def plain_detail(title_html: str, body_open: str, body_close: str,
                 info_html: str = '<div class="info">发布时间：{date}&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;浏览次数：{views}</div>') -> dict:
    return {"detail": "plain", "title_html": title_html, "info_html": info_html, "body_open": body_open,
            "body_close": body_close}


GD_DETAIL = plain_detail(
    '<div class="zw"><h3 class="zw-title">{title}</h3>',
    '<div class="conTxt"><div id="fontzoom">', "</div></div></div>",
    info_html='<div class="property"><span>发布时间：{date}</span><span>来源：{source}</span><span>浏览次数：{views}</span></div>',
)


def li_row(date_tag: str = "span", cls: str = "", target: bool = True) -> str:
    c = f' class="{cls}"' if cls else ""
    t = ' target="_blank"' if target else ""
    return f'<li><a href="{{href}}" title="{{title}}"{t}>{{text}}</a><{date_tag}{c}>{{date}}</{date_tag}></li>'
