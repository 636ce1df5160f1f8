"""吉林省人力资源和社会保障厅 人事考试 (TRS): `div.news_list4 > ul > li` whose own link has no
target (a column tag link beside it has one); `var currentPage=N; var countPage=M;`."""

from crawler.replica_gen.sources._kit import Series, count_page, date, official, trs_detail

BASE = "https://hrss.jl.gov.cn/ywzx/rsks/"

SOURCE = official(
    "jilin_hrss", "hrss.jl.gov.cn", "吉林省", "吉林省人事考试中心", total=11,
    series=[Series(exam="经济专业技术资格", year=2024, first=date(2025, 3, 24), batches=[(None, None)],
                   place=("延边朝鲜族自治州", "延边州"))],
    layout={
        "first": BASE + "index.html", "next": BASE + "index_{i}.html", "per_page": 6,
        "article": BASE + "{d:%Y%m}/t{d:%Y%m%d}_{docid}.html", "first_docid": 8872301, "docid_step": (9, 700),
        "attachment": BASE + "{d:%Y%m}/{p0}.{ext}", "att_href": "dot", "href": "dot",
        "list_open": '<div class="news_list4"><ul>\n', "list_close": "\n</ul></div>",
        "row": '<li><a class="lm" href="../" target="_blank">[人事考试]</a><a href="{href}" title="{title}">{text}</a>'
               '<span>{date}</span></li>',
        "pager": count_page, "truncate": 30,
        "site_name": "吉林省人力资源和社会保障厅", "column_name": "人事考试", **trs_detail(),
    },
)
