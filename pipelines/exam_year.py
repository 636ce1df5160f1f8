"""The exam year a notice's certificates belong to, read from its title or first lines.

It is the year candidates passed in when the text says so (`2021年考过的`); else the first year that
is not part of a full date, a bound (`2015年以前`), the date of a change (`2021年起推行`) or one of
several years; failing that, the day the exam was held on (`延期至2022年12月3日至4日进行`).
Reads the date grammar of `pipelines/dates.py`; written by hand for the reasons given there.
"""

from __future__ import annotations

import re

from pipelines.dates import MAY_HOLD_DATE, chinese_numeral_years, tokens

_DASH_DIGIT = re.compile(r"\s*[-/.]\s*\d")
# (a year right after a bracket is a document number's, `(2019)12号`, unless 年 follows it: `第58次(2020年下半年)`)
# (written so that every alternative opens on a literal digit, 1 or 2, and the checks on what comes before the year look
# back from its end: the engine skips at C speed to a 1 or a 2. The same matches as
# `(?=\d)(?<![\d〔\[])(?:(?<![(（])|(?=(?:19|20)\d\d\s*年))((?:19|20)\d\d|(?<![\d.])[12]\d(?=年[^\d月份前后来内以多左]))…`,
# which was tried at every position. A year glued to more figures, `粤财会201350号` (a document number without its brackets) or
# `管理号:ZJ2013012345`, is part of a number.)
_YEAR = re.compile(r"(19\d\d(?<![\d〔\[]\d{4})(?!\d)(?:(?<![(（]\d{4})|(?=\s*年))"
                   r"|20\d\d(?<![\d〔\[]\d{4})(?!\d)(?:(?<![(（]\d{4})|(?=\s*年))"
                   r"|1\d(?=年[^\d月份前后来内以多左])(?<![\d〔\[(（.]\d\d)"
                   r"|2\d(?=年[^\d月份前后来内以多左])(?<![\d〔\[(（.]\d\d))"
                   r"\s*年?\s*(?:度|上半年|下半年|第|年)?")


_YEAR_MONTH = re.compile(r"\s*年?\s*\d{1,2}\s*月")
# A year that dates a change or an event, not an exam: `从2022年开始…实行电子证书`, `2021年起推行`,
# `2022年,某机构开始试点` (a year standing alone before a comma), `2014年应届毕业生`,
# `2025年最新流程` (how recent a guide is), `2015年以前取得的证书` (a bound, not an exam).
# Also the year certificates are exchanged in (`2016年更换新版…证书须知`, `2014年换发新版…`): no exam's.
_NOT_EXAM_YEAR = re.compile(r"\s*年\s*(?:起|开始|以来|以后|之后|之前|以前|前|[,，]|应届|毕业|最新|更换|换发|换证|换领|启用"
                            r"|底|末|后(?!续|半))"  # (a time: `截至2013年底`, `2001年后考生`)
                            # (a bound: `2017年度及以前取得的`, `2012年及以前年度`, `2015年度以前`, `2019年度(含)之前`; a first year,
                            # `2020年度及以后的…考试取得的`, is read as the exam year, as the corpus reads it)
                            r"|\s*年\s*度?\s*(?:及|或|[(（]\s*含\s*[)）])?\s*(?:以前|之前)"
                            # (an edition: `2014版会计从业资格证书`, `申领指引(2019年版)`, `补办须知(2016年修订)`)
                            r"|\s*(?:年\s*)?(?:版|修订)"
                            # (a month that dates a change or a time, not an exam: `自2006年1月起实施`, `2021年12月之后`,
                            # `预计可在2025年9月左右`, `2019年12月底可查询成绩`)
                            r"|\s*年\s*\d{1,2}\s*月\s*份?\s*(?:起|开始|以来|以后|之后|底|初|末|上旬|中旬|下旬|左右|前后)")
# The next sitting a repost reminds its readers of (`2031年度考试报名预计于3月开始`): no exam of this notice's certificates.
_NEXT_SITTING = re.compile(r"[^，。,;；\n]{0,20}?报名(?:时间)?(?:预计|将于|即将|拟于)")
# `2021、2022年度会计证书`: several exam years, so none.
_ANOTHER_YEAR = re.compile(r"\s*(?:年\s*度?)?\s*(?:[、和及与—－~～]|至|到)\s*(?:19|20)\d\d(?!\d)")  # (`2009—2014年度`: a range)
# …or the end of a range whose start was passed over (`(2009—2014年度`: a year after a bracket is read as a number's)
_RANGE_ENDED = re.compile(r"(?:19|20)\d\d\s*(?:年\s*度?)?\s*(?:[—－~～]|至|到)\s*$")
# An exam held on a full date: `对2023年5月14日及以前测试的考生`, `2024年3月9日考试的合格人员`.
_EXAM_ON = re.compile(r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，。,;；:：\s]{0,6}?(?:考试|测试)(?:的|合格|成绩)")
# An exam said to be held on a date: `…资格考试,受疫情影响,延期至2022年12月3日至4日进行`
# (no 证书 in between: `考试合格证书定于…发放` dates the hand-out, not the exam).
_EXAM_HELD = re.compile(
    r"(?:考试|测试)(?:(?!证书)[^。；;\n]){0,16}?(?:定于|将于|于|延期至|推迟至|调整至|改至|改期至)\s*"
    r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；;\n]{0,6}?(?:举行|进行|开考)")
# The year candidates passed in, which beats a year mentioned before it: `2022年…备考已经开始,
# 那么2021年考过的同学们`.
_PASSED_IN = re.compile(r"((?:19|20)\d\d)\s*年\s*度?\s*(?:考过|考试通过|通过考试|考试合格|成绩合格)")


def exam_year(lead: str, year_month: bool = True) -> int | None:
    """The exam year in a title or first lines: the first year that is not part of a full
    date (`2024年11月6日` is a date; `2023年全国会计…` and `20年消防…` are exam years).
    With `year_month=False` a year and month (`2022年3月…补办`) is a date too: a reissue
    round names when it happens, not the exam its certificates belong to."""
    if not lead:
        return None
    lead = chinese_numeral_years(lead)  # 二〇二三年度 → 2023年度
    if year_month:
        passed = _PASSED_IN.search(lead)
        if passed:
            return int(passed[1])
    dates = None  # the spans of full dates, read once a year is found (most leads name none)
    for m in _YEAR.finditer(lead):
        if dates is None:
            # (every full date holds 月, 日 or a separator -/.: a lead without them, most titles, holds none)
            dates = [(t.start, t.end) for t in tokens(lead, 2000)] if MAY_HOLD_DATE.search(lead) else []
        if dates and any(s <= m.start(1) < e for s, e in dates):  # (no generator for a lead without dates: most)
            continue
        if _DASH_DIGIT.match(lead, m.end(1)) or (not year_month and _YEAR_MONTH.match(lead, m.end(1))):
            continue
        if _NOT_EXAM_YEAR.match(lead, m.end(1)) or ("报名" in lead and _NEXT_SITTING.match(lead, m.end(1))):
            continue
        if _ANOTHER_YEAR.match(lead, m.end(1)) or _RANGE_ENDED.search(lead, max(0, m.start(1) - 10), m.start(1)):
            return None
        y = int(m[1])
        y = 2000 + y if y < 100 else y
        if 1990 <= y <= 2100:
            return y
    # every match of _EXAM_ON and of _EXAM_HELD holds `试` (考试 or 测试) and `日`
    held = (_EXAM_ON.search(lead) or _EXAM_HELD.search(lead)) if year_month and "试" in lead and "日" in lead else None
    return int(held[1]) if held else None


# `2021年审计初、中级资格考试`, `2024年上半年银行业…考试`: a year naming an exam (not a range: `2021年至2023年度…考试`)
_EXAM_OF_YEAR = re.compile(r"(?<![\d至到、])((?:19|20)\d\d)\s*年\s*度?(?:上半年|下半年)?(?:全国)?[\u4e00-\u9fff、（）()]{2,30}?考试")


def body_exam_year(body: str) -> int | None:
    """The exam year of a text whose title and opening name none: the year its opening lines give an exam, when they
    give one year only (`2025年上半年考试…;2024年下半年考试…` lists past sittings)."""
    # (not a bound, `2019年度(含)之前全国会计…考试`)
    years = {m[1] for m in _EXAM_OF_YEAR.finditer(body, 0, 600) if not _NOT_EXAM_YEAR.match(body, m.end(1))}
    return int(years.pop()) if len(years) == 1 else None
