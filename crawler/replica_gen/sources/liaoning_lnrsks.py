"""辽宁人事考试网 考试动态 (custom static): `div.kaoshilist` blocks with the month-day and the
year in separate elements, pages `80_N.html`."""

from crawler.replica_gen.sources._kit import Series, date, numbered, official, plain_detail

BASE = "https://www.lnrsks.com/html/kaoshidongtai/"

SOURCE = official(
    "liaoning_lnrsks", "www.lnrsks.com", "辽宁省", "辽宁省人事考试局", total=12,
    series=[Series(exam="监理工程师", year=2024, first=date(2025, 1, 13), batches=[(None, None)], topic="both")],
    layout={
        "first": BASE, "next": BASE + "80_{n}.html", "per_page": 6, "beyond": BASE + "80_{n}.html",
        "article": BASE + "{docid}.html", "first_docid": 31877, "docid_step": (3, 60),
        "attachment": "https://www.lnrsks.com/uploadfile/{d:%Y}/{d:%m%d}/{digits17}.{ext}", "att_href": "root",
        "href": "root",
        "list_open": '<div class="listleftback">\n', "list_close": "\n</div>",
        "row": '<div class="kaoshilist"><div class="kaoshilistleft"><div class="kaoshilistlefttop1">{md}</div>'
               '<div class="kaoshilistleftbottom1">{year}</div></div><div class="kaoshilistright">'
               '<div class="kaoshilistrighttitle"><a href="{href}" title="{title}" target="_blank">{text}</a></div>'
               '<div class="kaoshilistrightcontent">{text}</div></div></div>',
        "pager": lambda p, pages, r, c: '<div id="Pagination"><div id="page_center_botton">'
        + numbered(lambda k: "./" if k == 0 else f"80_{k + 1}.html")(p, pages, r, c) + "</div></div>",
        "truncate": 30, "site_name": "辽宁人事考试网", "column_name": "考试动态",
        **plain_detail('<div class="article"><h1>{title}</h1>', '<div class="article-content">', "</div></div>"),
    },
)
