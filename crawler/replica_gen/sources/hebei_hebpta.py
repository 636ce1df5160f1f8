"""河北人事考试网 (Vue SPA): the anonymous JSON API on :8090, `homeArticleList` pages of 10
records and `article?id=` details; candidates open `/article?artId=<id>&id=293`. robots.txt
answers the SPA's HTML."""

from crawler.replica_gen.sources._kit import Series, date, official

API = "https://www.hebpta.com.cn:8090/door/"

SOURCE = official(
    "hebei_hebpta", "www.hebpta.com.cn", "河北省", "河北省人事考试局", total=14, city_share=0.3,
    replica={"robots": "html"},
    series=[Series(exam="二级建造师", year=2025, first=date(2025, 10, 20), gap_days=18,
                   batches=[(1, None), (2, None), (3, None)], topic="mail")],
    layout={
        "list_kind": "json", "per_page": 10,
        "first": API + "homeArticleList?pageNum=1&pageSize=10&belongSectionId=293",
        "next": API + "homeArticleList?pageNum={n}&pageSize=10&belongSectionId=293",
        "article": "https://www.hebpta.com.cn/article?artId={docid}&id=293",
        "api_detail": API + "article?id={docid}", "first_docid": 13468, "docid_step": (2, 41),
        "attachment": "https://www.hebpta.com.cn:8090/upload/{d:%Y%m}/{digits17}.{ext}", "att_href": "abs",
        "site_name": "河北人事考试网", "column_name": "证书发放",
    },
)
