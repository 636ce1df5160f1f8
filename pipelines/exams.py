"""Which qualification a notice is about, with its level and specialty split out.

The catalogue is data (`data/exams.yaml`, from shared/reference/qualifications.md, loaded by
`pipelines/exam_catalogue.py`); this module only matches it: leftmost-longest, so the most specific
name wins (注册设备监理师 over 监理), and a text naming two different exams names none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.exam_catalogue import Exam, catalogue

_LEVEL = re.compile(r"初级|中级|高级|副高|正高|一级|二级|三级")
_BRACKET = re.compile(r"\s*[(（]([^()（）]{2,14})[)）]")


@dataclass(frozen=True)
class ExamMatch:
    exam: str | None = None
    level: str | None = None
    specialty: str | None = None
    # False when the only exam named is a look-alike (普通话, NCRE …); None when none is named.
    qualification: bool | None = None


def _level_near(text: str, start: int, end: int) -> str | None:
    # `会计专业技术(中级)资格`, `会计初级职称`, `中级会计`: a level word touching the name.
    window = text[max(0, start - 3):start] + " " + text[end:end + 5]
    m = _LEVEL.search(window)
    if m and m[0] in ("一级", "二级", "三级"):
        return None
    if text[max(0, start - 4):start].endswith(("一、二级", "一,二级", "初、中级", "初中级")):
        return None
    return m[0] if m else None


def _specialty_after(text: str, end: int, exam: Exam) -> str | None:
    m = _BRACKET.match(text, end)
    if m:
        inner = m[1].strip()
        for s in exam.specialties:
            if inner == s or inner == s + "专业":
                return s
    return None


# A name followed by these is an organisation, a document or a group of people, not the exam
# the text is about: `省注册会计师协会`, `毕业证原件`, `会计从业人员` (people working in accounting).
# (nor is a website named for it: `会计网`, `中华会计网校`; `网上` is online; nor an office's section, `财政局会计科`
# (not `会计科目`), nor a trade, `会计行业`)
_NOT_THE_EXAM = re.compile(r"\s*(?:协会|学会|原件|复印件|扫描件|人员|网(?![上络])|科(?!目)|行业)")
# An office named for an exam (`职业技能鉴定(指导)中心`, `职业技能鉴定机构`) hands out certificates of its own exam, but
# gives way to another exam the text names (`企业人力资源管理师`: the 中心 runs that one)
_OFFICE = re.compile(r"\s*(?:(?:指导|服务|管理)?中心|机构)")


# Short aliases that are also the start of a common word: `自考` in `自考试成绩公布之日起`.
_NOT_FOLLOWED_BY = {"自考": "试核"}


def _is_the_exam(text: str, start: int, end: int) -> bool:
    if _NOT_THE_EXAM.match(text, end):
        return False
    after = _NOT_FOLLOWED_BY.get(text[start:end])
    return not (after and end < len(text) and text[end] in after)


@lru_cache(maxsize=1024)  # a frozen dataclass costs more to build than to look up; a few hundred results recur
def _exam_match(exam: str | None = None, level: str | None = None, specialty: str | None = None,
                qualification: bool | None = None) -> ExamMatch:
    return ExamMatch(exam, level, specialty, qualification)


def _is_bare_certificate(text: str, found: tuple) -> bool:
    """Whether a name found is a bare certificate's (`会计证`: the name, 证, no level and no 证书)."""
    start, end, _, alias_level, _ = found
    return text[end:end + 1] == "证" and text[end:end + 2] != "证书" and not alias_level and not _level_near(text, start, end)


def _bare_certificate_of(text: str) -> str | None:
    """The exam a bare certificate name (`会计证`) stood for until its `bare_certificate` year, when that is all `text`
    names."""
    found = [f for f in catalogue().find(text) if _is_the_exam(text, f[0], f[1])]
    if not found or len({f[2].name for f in found}) != 1 or not found[0][2].bare_certificate:
        return None
    return found[0][2].bare_certificate[0] if all(_is_bare_certificate(text, f) for f in found) else None


# An exam named by its field (`经济专业技术资格`) and other fields listed before it (`审计、统计、`): the name is theirs too
_FIELD_EXAM = re.compile(r"^[\u4e00-\u9fff]{2}专业(?:技术)?资格$")  # (`翻译专业资格` too)
_FIELDS_BEFORE = re.compile(r"(?:(?![\u4e00-\u9fff]?[初中高级])[\u4e00-\u9fff]{2}、)+$")  # (not levels: `初、中级会计`)


# `一、二级建造师`, `一级、二级建造师`: 一级 named beside a 二级 name
_FIRST_LEVEL_BEFORE = re.compile(r"一级?[、,/]$")


def _choose(text: str, year: int | None) -> ExamMatch | None:
    cat = catalogue()
    found = [f for f in cat.find(text) if _is_the_exam(text, f[0], f[1])]
    if not found:
        return None
    if len({f[2].name for f in found}) > 1:
        found = [f for f in found if not _OFFICE.match(text, f[1])] or found
    if len(found) > 1:
        # a short name inside another exam's name also given (`会计` of `吉林省会计网上…` beside `会计从业资格`): the
        # text speaks of that exam again, shortly, not of a second one
        named = {(text[f[0]:f[1]], f[2].name) for f in found}
        found = [f for f in found if not any(text[f[0]:f[1]] in other and text[f[0]:f[1]] != other and name != f[2].name
                                             for other, name in named)] or found
    exams = cat.exams
    names = {f[2].name for f in found}
    if len(names) > 1:  # (the two rules below keep a single name as it is)
        # A document to bring (毕业证) beside an exam is not a second subject: `自考毕业证`,
        # `领取会计证书需提供身份证、毕业证`.
        if any(not exams[n].document for n in names):
            names = {n for n in names if not exams[n].document}
        # A bare family name (建造师) adds nothing when a specific member is also named.
        specific = {n for n in names if not exams[n].ambiguous}
        names = {n for n in names if n in specific or not any(n in s for s in specific)}
        if len(names) != 1:
            return _exam_match()  # several exams: a round-up, or a notice for many
    name = names.pop()
    if "、" in text and _FIELD_EXAM.match(name) and any(
            _FIELDS_BEFORE.search(text, max(0, f[0] - 15), f[0]) for f in found if f[2].name == name):
        return _exam_match()  # (`审计、统计、经济专业技术资格`: fields listed before one exam's name share it, several exams)
    bare = exams[name].bare_certificate
    if bare and year is not None and year <= bare[1] and all(_is_bare_certificate(text, f) for f in found):
        # `2011年会计证考试`: a bare 会计证 of a year before 会计从业资格 was abolished is its certificate
        name = bare[0]
    exam = exams[name]
    levels: set[str] = set()
    specialty = None
    for start, end, e, alias_level, alias_specialty in found:
        if e.name != name:
            continue
        if not alias_level and text[start:start + 2] == "二级" and _FIRST_LEVEL_BEFORE.search(text, max(0, start - 3), start):
            return _exam_match()  # `一、二级建造师`: 一级 and 二级 are two exams here, so several
        found_level = alias_level or _level_near(text, start, end)
        if found_level and text[max(0, start - 2):start] in ("一、", "一,", "初、", "中、", "初,"):
            return _exam_match(exam.name if not exam.ambiguous else None, None, None, exam.qualification)
        if found_level:
            levels.add(found_level)
        specialty = specialty or alias_specialty or _specialty_after(text, end, e)
    # `全国一、二级注册建筑师`: two levels named, so no single level.
    level = levels.pop() if len(levels) == 1 else None
    if exam.ambiguous:
        # A legacy single-level name (造价工程师 before 2019) is that exam when the year says so
        # or no year is given.
        if exam.legacy_until and (year is None or year <= exam.legacy_until):
            return _exam_match(exam.name, level, specialty, exam.qualification)
        return _exam_match(None, None, None, exam.qualification)
    if not exam.emit:
        return _exam_match(None, None, None, exam.qualification)
    old = exam.old_name
    if old and year is not None and year <= old[1] and any(
            text[f[0]:f[1]].startswith(old[2]) for f in found if f[2].name == name):
        return _exam_match(old[0], level, specialty, exam.qualification)  # `2009年度注册税务师`: its name then
    return _exam_match(exam.name, level, specialty, exam.qualification)


_OPENING = 400

# `<exam>等资格证书`, `<exam>等职业资格考试`, `<exam>等17项`: a title naming one exam of several (not `等级`)
_AMONG = re.compile(r"在内的?[\d一二三四五六七八九十]+项")
_AND_OTHERS = re.compile(r"(?:(?:职业|执业)?资格|考试)?等(?:[\d一二三四五六七八九十]+项|(?:职业|执业|专业技术)?资格|考试|证书)")


def find_exam(title: str, lead: str = "", year: int | None = None, body: str = "") -> ExamMatch:
    """The exam a notice names: its title decides; otherwise the first lines of its body
    (a body mentions many exams in passing, so only its opening counts), and when those name
    none, the first paragraph of `body` (an excerpt that opens on section headings,
    `二、证书发放事宜`, names its exam a few lines down). A title naming only a family
    (造价工程师) takes the member its body names (一级造价工程师)."""
    in_title = _choose(title, year)
    if in_title is not None and year is None and (of := _bare_certificate_of(title)) and any(
            f[2].name == of for f in _subject_mentions(lead + "\n" + body[:_OPENING])):
        # `会计证损坏补办` with no year, over a text naming 会计从业资格: the bare name is that exam's certificate
        return _exam_match(of, None, None, catalogue().exams[of].qualification)
    if in_title is not None and in_title.exam and "等" in title and any(
            _AND_OTHERS.match(title, f[1]) for f in _subject_mentions(title)):
        return _exam_match()  # `关于2031年度二级造价工程师等资格证书邮寄发放的通知`: that exam and others, several
    if in_title is None:  # (an empty lead names nothing: `_choose` is not called for it)
        return _in_opening(lead, body, year) or _exam_match()
    if in_title.exam is None and _only_unshown_documents(title):
        # `关于开展2031年度会计人员继续教育的通知` over `持有会计专业技术资格证书的人员…`: continuing education is for
        # the holders of the qualification its opening names (none named: none)
        return _held_in_opening(lead + "\n" + body[:_OPENING]) or in_title
    shown = catalogue().exams.get(in_title.exam) if in_title.exam else None  # (None: an old name, 注册税务师)
    family = _family(title) if in_title.exam is None or (shown is not None and shown.ambiguous) else None
    if family:
        in_lead = _choose(lead, year) if lead else None
        if in_lead and in_lead.exam and family in in_lead.exam:
            return in_lead
    return in_title


def _in_opening(lead: str, body: str, year: int | None) -> ExamMatch | None:
    """The exam a body's opening names, when the title names none."""
    if ("等" in lead or "在内" in lead) and any(_AND_OTHERS.match(lead, f[1]) or _AMONG.match(lead, f[1])
                                               for f in _subject_mentions(lead)):
        return _exam_match()  # `经济专业技术资格等24项职业资格`, `包含社工证在内的17项`: one of several
    return ((_choose(lead, year) if lead else None) or (_named_twice(body[:_OPENING], year) if body else None)
            or (_certificate_named(body[:_OPENING], year) if body else None))


# A qualification held: its name with 资格 in it or just after (`会计专业技术资格证书`, `高级会计专业技术资格`), not a
# word (`会计继续教育平台`, `单位会计`)
_HELD = re.compile(r"[\u4e00-\u9fff]{0,6}?资格")


def _held_in_opening(text: str) -> ExamMatch | None:
    """The one qualification `text` names as held (`持有会计从业资格证书的人员`)."""
    names = {f[2].name for f in _subject_mentions(text) if "资格" in text[f[0]:f[1]] or _HELD.match(text, f[1])}
    if len(names) != 1:
        return None
    exam = catalogue().exams[names.pop()]
    return _exam_match(exam.name, None, None, exam.qualification) if exam.emit and not exam.ambiguous else None


def _only_unshown_documents(text: str) -> bool:
    """Whether the only names in `text` are documents never shown (继续教育)."""
    exams = [f[2] for f in catalogue().find(text) if _is_the_exam(text, f[0], f[1])]
    return bool(exams) and all(e.document and not e.emit for e in exams)


def exams_named(title: str, found: ExamMatch) -> list[str]:
    """Every exam a notice is about: `found` (find_exam's answer) when it is one, else the exams
    its title names (`关于领取2026年度社会工作者、监理工程师…等资格证书的通知` is about each of them:
    the feed's exam filter, the board and reminders find it under every one, while `exam` stays
    empty). Family names (建造师) name no one exam; an exam kept out (`不包括…`) is not named."""
    if found.exam:  # (under an old name, the exam's name now too: `税务师` finds a 2013 `注册税务师` notice)
        return [found.exam] + [now for now in (catalogue().renamed.get(found.exam),) if now]
    exams = catalogue().exams
    named = dict.fromkeys(f[2].name for f in _subject_mentions(title)
                          if not _excluded(title, f[0]) and f[2].emit and not exams[f[2].name].ambiguous)
    return list(named) if len(named) > 1 else []


# A name in an exclusion (`不包括二级建造师`, `除会计外`) is not the subject.
_EXCLUDED = re.compile(r"不包括|不含|除了?")


def _subject_mentions(text: str) -> list:
    """The exam names in `text` that may be its subject (not an organisation, a document or people)."""
    return [f for f in catalogue().find(text) if _is_the_exam(text, f[0], f[1]) and not f[2].document]


def _excluded(text: str, start: int) -> bool:
    return _EXCLUDED.search(text[max(0, start - 4):start]) is not None


def _named_twice(text: str, year: int | None) -> ExamMatch | None:
    """The exam of a paragraph that names it at least twice and names no other: a name seen
    once there is as often an aside (`不包括二级建造师`, a source line) as the subject."""
    found = [f for f in _subject_mentions(text) if not _excluded(text, f[0])]
    if len(found) < 2 or len({f[2].name for f in found}) != 1:
        return None
    return _choose(text, year)


# `法律职业资格证书由本人领取`, `提供普通话证书编号`: the name of the certificate being handed out.
# (`税务师职业资格证书`, `经济师电子证书`)
_CERTIFICATE_AFTER = re.compile(r"(?:考试)?(?:职业|执业)?(?:资格)?(?:合格)?(?:电子)?证书|合格证")


def _certificate_named(text: str, year: int | None) -> ExamMatch | None:
    """The exam of a paragraph that names one exam, once, as the name of a certificate: unlike
    a name in passing, `<exam>证书` says whose certificates the text is about."""
    found = _subject_mentions(text)
    if len({f[2].name for f in found}) != 1 or not any(_CERTIFICATE_AFTER.match(text, f[1]) for f in found):
        return None
    if any(_excluded(text, f[0]) for f in found):
        return None  # `全部证书可邮寄(不包括统计师),统计师证书…`: the others are the subject
    return _choose(text, year)


def _family(text: str) -> str | None:
    """The bare family name a text names, when that is all it names (建造师, 造价工程师)."""
    names = {f[2].name for f in catalogue().find(text) if _is_the_exam(text, f[0], f[1])}
    if len(names) == 1:
        exam = catalogue().exams[next(iter(names))]
        return exam.name if exam.ambiguous else None
    return None


_BODY_LIMIT = 1500


def only_lookalikes(body: str) -> bool:
    """True when a body names exams and every one of them is a look-alike outside professional
    qualifications (普通话, NCRE, 自考 …): a certificate notice about those is not one of ours.
    Documents (毕业证) do not count: notices ask candidates to bring them."""
    names = {f[2].name for f in catalogue().find(body[:_BODY_LIMIT]) if _is_the_exam(body, f[0], f[1])}
    exams = [catalogue().exams[n] for n in names]
    subjects = [e for e in exams if not e.document]
    return bool(subjects) and all(not e.qualification for e in subjects)
