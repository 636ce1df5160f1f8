"""Pagination schemes: each paginator reads the current list page and answers the URLs of the
next one(s). Where the site prints the page count we obey it; where it does not, we ask for the
next page and a 404 or an empty page ends the list (bounded by max_pages either way).

A paginator that reads a pager off the page (TRS createPageHTML, currentPage/countPage,
setPage/totalPage, NCMS, Hanweb jpage) answers None when the page holds no such pager at all, as opposed to [] on the
last page: the spider reports that (`pager_not_found`) instead of quietly stopping at page 1.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from crawler.extract import decode_json, dig, first_match, fix_href, with_query


def paginate_none(response, spec: dict, page: int) -> list[str]:
    return []


def paginate_template(response, spec: dict, page: int) -> list[str]:
    # index.html → index_2.html (one-based, 广东/上海/兵团) or notice_2.html (cpta), `first` is
    # the number of the second page.
    number = int(spec.get("first", 2)) + page - 1
    return [response.urljoin(spec["template"].format(n=number))]


def paginate_next_link(response, spec: dict, page: int) -> list[str]:
    href = first_match(response, spec["selector"])
    return [response.urljoin(fix_href(href))] if href else []


# createPageHTML(total, current, "index", "html") and its 6-argument variants, where a leading
# quoted element id comes first ('paging', total, cur, …). Zero-based unless the id form
# (湖南, 海南, 新疆) is used, which is one-based. 陕西 calls it createPage.
_CREATE_PAGE = re.compile(
    r"createPage(?:HTML)?\(\s*(?:(['\"])[\w-]+\1\s*,\s*)?(\d+)\s*,\s*(\d+)\s*,\s*['\"]([\w-]+)['\"]\s*,\s*['\"](\w+)['\"]"
)


def trs_next_page(response, page: int) -> list[str] | None:
    match = _CREATE_PAGE.search(response.text)
    if not match:
        return None
    one_based = bool(match.group(1))
    total, current, stem, ext = int(match.group(2)), int(match.group(3)), match.group(4), match.group(5)
    following = (current - 1 if one_based else current) + 1  # zero-based position of the next page
    if following >= total:
        return []
    return [response.urljoin(f"{stem}_{following + 1 if one_based else following}.{ext}")]


def paginate_trs(response, spec: dict, page: int) -> list[str] | None:
    return trs_next_page(response, page)


# 北京/吉林: `var currentPage=0; var countPage=6;`. 天津: `pager_options{currentPage:parseInt('0')+1,
# countPage:parseInt('6}'), PAGE_NAME:'index', PAGE_EXT:'html'}` — the stray `}` is real.
_CURRENT = re.compile(r"currentPage\s*[:=]\s*(?:parseInt\(\s*['\"]?)?(\d+)")
_COUNT = re.compile(r"countPage\s*[:=]\s*(?:parseInt\(\s*['\"]?)?(\d+)")
_PAGE_NAME = re.compile(r"PAGE_NAME\s*:\s*['\"](\w+)['\"]")
_PAGE_EXT = re.compile(r"PAGE_EXT\s*:\s*['\"](\w+)['\"]")


def paginate_count_page(response, spec: dict, page: int) -> list[str] | None:
    text = response.text
    current, count = _CURRENT.search(text), _COUNT.search(text)
    if not (current and count):
        return None
    following = int(current.group(1)) + 1  # the files are zero-based: index.html, index_1.html …
    if following >= int(count.group(1)):
        return []
    stem = (_PAGE_NAME.search(text) or [None, spec.get("stem", "index")])[1]
    ext = (_PAGE_EXT.search(text) or [None, spec.get("ext", "html")])[1]
    return [response.urljoin(f"{stem}_{following}.{ext}")]


# jQuery pagination plugin (上海 rsj.sh.gov.cn): `$(".pagination").pagination({totalPage: 9,
# pageName: "index", pageExt: "html"}); $(".pagination").pagination("setPage", 1, 9);` — one-based,
# page 1 is index.html, page n index_n.html. The count is obeyed: nothing past totalPage is asked
# for (the site advertises a few pages past its last file; those answer 404, which ends the list).
_SET_PAGE = re.compile(r"""pagination\(\s*['"]setPage['"]\s*,\s*(\d+)\s*,\s*(\d+)""")
_TOTAL_PAGE = re.compile(r"totalPage\s*:\s*(\d+)")
_PAGE_NAME_LOWER = re.compile(r"pageName\s*:\s*['\"](\w+)['\"]")
_PAGE_EXT_LOWER = re.compile(r"pageExt\s*:\s*['\"](\w+)['\"]")


def paginate_set_page(response, spec: dict, page: int) -> list[str] | None:
    text = response.text
    set_page, total_page = _SET_PAGE.search(text), _TOTAL_PAGE.search(text)
    if not (set_page or total_page):
        return None
    current = int(set_page.group(1)) if set_page else page
    total = int(total_page.group(1)) if total_page else int(set_page.group(2))
    if current >= total:
        return []
    stem = (_PAGE_NAME_LOWER.search(text) or [None, spec.get("stem", "index")])[1]
    ext = (_PAGE_EXT_LOWER.search(text) or [None, spec.get("ext", "html")])[1]
    return [response.urljoin(f"{stem}_{current + 1}.{ext}")]


# NCMS: `var dataTotal = parseInt("450"); var pagenum = parseInt("1"); var target="wzlb.shtml?mkbh=…&begin=";`
_NCMS_TOTAL = re.compile(r"dataTotal\s*=\s*parseInt\(\s*['\"](\d+)")
_NCMS_PAGE = re.compile(r"pagenum\s*=\s*parseInt\(\s*['\"](\d+)")
# `var target` ends in `begin=`; a link's target="_blank" earlier in the page must not match.
_NCMS_TARGET = re.compile(r"\btarget\s*=\s*['\"]([^'\"]*begin=)['\"]")


def paginate_ncms(response, spec: dict, page: int) -> list[str] | None:
    text = response.text
    total, current, target = _NCMS_TOTAL.search(text), _NCMS_PAGE.search(text), _NCMS_TARGET.search(text)
    if not (total and current and target):
        return None
    per_page = int(spec.get("per_page", 15))
    begin = int(current.group(1)) * per_page
    if begin >= int(total.group(1)):
        return []
    return [response.urljoin(f"{target.group(1)}{begin}&pagenum={int(current.group(1)) + 1}")]


# ASP.NET AspNetPager prints "第2页 共5页"; 安徽's Ls CMS prints `Ls.pagination("#page_<cid>", …,
# {currPage: (0+1), pageCount: 9})`; other query pagers print nothing and end on an empty page.
_ASPNET_PAGER = re.compile(r"第\s*(\d+)\s*页\s*/?\s*共\s*(\d+)\s*页")
_PAGE_COUNT = re.compile(r"\bpageCount\s*:\s*(\d+)")


def paginate_query_param(response, spec: dict, page: int) -> list[str]:
    param = spec.get("param", "page")
    current = int(dict(parse_qsl(urlsplit(response.url).query)).get(param, spec.get("start", 1)))
    aspnet, ls_pager = _ASPNET_PAGER.search(response.text), _PAGE_COUNT.search(response.text)
    total = int(aspnet.group(2)) if aspnet else (int(ls_pager.group(1)) if ls_pager else None)
    if total is None and spec.get("total"):
        total = dig(decode_json(response), spec["total"])
    if total is not None and current >= int(total):
        return []
    return [with_query(response.url, **{param: current + 1})]


# Hanweb jpage: the page carries the first group of records inline; later groups come from the
# data proxy, `startrecord`/`endrecord` in steps of `perpage * 3`, with the ids the page's
# script declares. GET works as well as POST (curl-verified), and keeps the URL a plain link.
_HANWEB_IDS = {key: re.compile(rf"{key}\s*[:=]\s*['\"]?(\w+)", re.I) for key in ("columnid", "unitid", "webid", "webname")}
_HANWEB_TOTAL = re.compile(r"(?:totalRecord\s*:\s*|<totalrecord>)\s*(\d+)", re.I)
_HANWEB_END = re.compile(r"endrecord=(\d+)")
_HANWEB_PER_PAGE = re.compile(r"\bperPage\s*:\s*['\"]?(\d+)")
_HANWEB_PAGES_A_GROUP = 3  # the data proxy answers three display pages at a time


def paginate_hanweb(response, spec: dict, page: int) -> list[str] | None:
    text = response.text
    total = _HANWEB_TOTAL.search(text)
    per_page = int(spec.get("per_page", 15))
    if "dataproxy.jsp" in response.url:
        ids = dict(parse_qsl(urlsplit(response.url).query))
        per_page = int(ids.get("perpage", per_page))
        end = _HANWEB_END.search(response.url)
        last = int(end.group(1)) if end else page * per_page * _HANWEB_PAGES_A_GROUP
    else:
        # the page's own jpage call says how many a display page holds (江苏 col78506 carries about
        # 60 records inline: 3 pages of 20); the registry's per_page is the fallback
        declared = _HANWEB_PER_PAGE.search(text)
        per_page = int(declared.group(1)) if declared else per_page
        last = per_page * _HANWEB_PAGES_A_GROUP
        ids = {key: m.group(1) for key, pattern in _HANWEB_IDS.items() if (m := pattern.search(text))}
    group = per_page * _HANWEB_PAGES_A_GROUP
    if total is None or "columnid" not in ids:
        return None
    if last >= int(total.group(1)):
        return []
    query = {
        "startrecord": last + 1, "endrecord": last + group, "perpage": per_page, "col": 1, "appid": 1,
        "webid": ids.get("webid", ""), "path": "/", "columnid": ids["columnid"], "sourceContentType": 1,
        "unitid": ids.get("unitid", ""), "webname": ids.get("webname", ""), "permissiontype": 0,
    }
    return [response.urljoin("/module/web/jpage/dataproxy.jsp?" + urlencode(query))]


PAGINATORS = {
    "none": paginate_none,
    "template": paginate_template,
    "next_link": paginate_next_link,
    "trs_createpagehtml": paginate_trs,
    "count_page": paginate_count_page,
    "set_page": paginate_set_page,
    "ncms": paginate_ncms,
    "query_param": paginate_query_param,
    "hanweb_jpage": paginate_hanweb,
}
