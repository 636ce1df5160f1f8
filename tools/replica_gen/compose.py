"""Turn a `Spec` into a title and body in one of three voices.

Voices: ``national`` (cpta: no province named), ``provincial`` (an exam authority writing to its
candidates, signed and dated), ``aggregator`` (a training site retelling an official notice with
marketing around it). Each choice draws from a bank so that no single phrasing dominates; the
truth in the Spec is only ever stated in ways a careful reader would read back the same.
"""

from __future__ import annotations

import random
from datetime import timedelta

from tools.replica_gen.model import Attachment, Notice, Spec
from tools.replica_gen.phrases import (
    AREA_CODES,
    CITIES,
    EXAMS,
    PROVINCES,
    cn_date_upper,
    cn_small,
    fake_phone,
    fmt_date,
    street_address,
    window_phrase,
)

COLLECT_VERB = ["领取", "发放", "办理"]
PLEASE_VERB = {"发放": "领取", "受理": "提交补办申请"}   # what the candidate does, not the office


def exam_text(rng: random.Random, spec: Spec) -> str:
    if spec.exams:
        names = [rng.choice(EXAMS[e][:2]) for e in spec.exams]
        return "、".join(names[:-1]) + "和" + names[-1] if rng.random() < 0.5 else "、".join(names) + "等"
    if spec.exam is None:
        return rng.choice(["专业技术人员职业资格", "职业资格"])
    name = rng.choice(EXAMS[spec.exam])
    if spec.specialty:
        name += f"（{spec.specialty}）"
    return name


def year_text(rng: random.Random, spec: Spec, voice: str) -> str:
    if spec.year is None:
        return ""
    if voice == "aggregator":
        return rng.choice([f"{spec.year}", f"{spec.year}年", f"{spec.year}年度"])
    return rng.choice([f"{spec.year}年度", f"{spec.year}年度", f"{spec.year}年"])


def batch_suffix(rng: random.Random, spec: Spec) -> str:
    if spec.batch is None:
        return ""
    if spec.batch_month:
        return rng.choice([f"（{spec.batch_month}月第{spec.batch}批次）", f"({spec.batch_month}月第{spec.batch}批次)"])
    return rng.choice([f"（第{cn_small(spec.batch)}批）", f"（第{spec.batch}批次）", f"(第{cn_small(spec.batch)}批)"])


def batch_body(spec: Spec) -> str:
    if spec.batch is None:
        return ""
    if spec.batch_month:
        return f"{spec.batch_month}月第{spec.batch}批次"
    return f"第{cn_small(spec.batch)}批"


def where(spec: Spec, voice: str) -> str:
    """The place as a headline writes it: aggregator titles lead with province + city."""
    if voice == "aggregator" and spec.province:
        short = PROVINCES[spec.province][0]
        return short + (spec.place or "")
    return spec.place or ""


# ----------------------------------------------------------------------------------- titles

def title_for(rng: random.Random, spec: Spec, voice: str) -> str:
    y, e, w = year_text(rng, spec, voice), exam_text(rng, spec), where(spec, voice)
    b = batch_suffix(rng, spec)
    k, t = spec.kind, spec.topic
    if voice == "aggregator":
        bank = {
            "collection": ["{y}{w}{e}证书领取通知", "{y}{w}{e}考试领证通知", "{w}{y}{e}职业资格证书现场领取的通知",
                           "{y}{w}{e}证书领取时间及地点", "{w}{y}{e}证书发放通知"],
            "mail": ["{y}{w}{e}证书邮寄领取通知", "{w}{y}{e}证书开始邮寄", "{y}{w}{e}证书直邮申请通知"],
            "reissue": ["{y}{w}{e}职业资格证书补办指南", "{y}{w}{e}纸质证书补办事宜公告", "{w}{e}证书遗失补办流程"],
            "electronic": ["{y}{e}电子证书下载开通啦", "{y}{w}{e}电子证书可以下载了", "{y}{e}电子证书下载流程"],
            "forecast": ["{y}{w}{e}证书什么时候领取", "{y}{w}{e}证书领取时间预计", "{w}{e}证书一般多久能拿到"],
            "registration": ["{y}{w}{e}考试报名时间及入口", "{y}{w}{e}报名条件及报名流程"],
            "score": ["{y}{w}{e}考试成绩查询入口已开通", "{y}{e}合格标准及成绩查询时间"],
            "prep": ["{y}{e}备考攻略：各科目复习方法", "{e}考试教材变化及备考建议", "{y}{e}案例分析答题技巧"],
            "admit": ["{y}{w}{e}准考证打印时间及入口"],
        }
    else:
        bank = {
            "collection": ["关于领取{y}{e}证书的通知", "关于{y}{e}考试合格证书发放的通知", "{y}{e}资格证书领取公告",
                           "【证书领取】关于领取{y}{e}考试合格证书的通知", "关于做好{y}{e}证书发放工作的通知",
                           "关于办理{y}{e}证书的通知", "{w}关于领取{y}{e}资格证书的通知"],
            "mail": ["关于{y}{e}证书邮寄发放的通知", "关于开展{y}{e}证书直邮服务的通知", "关于{y}{e}资格证书实行邮寄送达的公告"],
            "reissue": ["关于办理{e}证书补办的通知", "关于{y}{e}纸质证书补发工作的通知", "关于受理{e}证书补办申请的公告"],
            "electronic": ["关于{y}{e}电子证书的通知", "关于发放{y}{e}电子证书的公告", "{y}{e}电子证书已上线",
                           "关于{y}{e}职业资格电子证书下载的说明"],
            "registration": ["关于{y}{e}考试报名工作的通知", "{y}{e}考试报名公告", "关于做好{y}{e}考试考务工作的通知"],
            "admit": ["{y}{e}考试准考证打印通知", "关于打印{y}{e}考试准考证的公告"],
            "score": ["{y}{e}考试成绩查询的通知", "关于{y}{e}考试成绩及合格标准的公告", "{y}{e}考试考后资格复核的通知"],
            "cert_check": ["专业技术人员职业资格证书查验说明", "关于证书查询验证服务的说明", "关于防范假冒证书查询网站的提示"],
            "cert_register": ["关于做好{y}{e}注册工作的通知", "{e}初始注册办理指南"],
            "cont_edu": ["关于开展{y}专业技术人员继续教育的通知", "关于{y}{e}继续教育学时登记的通知"],
            "review": ["关于{y}{e}考试合格人员资格补审的通知", "{y}{e}考试考后资格复核公告"],
        }
    key = "mail" if (k == "collection" and t == "mail") else (k if k != "other" else t)
    pattern = rng.choice(bank[key])
    if "{y}" not in pattern:
        spec.year = None  # a year the page never states is not part of the truth
    title = pattern.format(y=y, e=e, w=w)
    if voice != "aggregator" and spec.place and "{w}" not in pattern:
        if k == "collection" and title.startswith("关于") and rng.random() < 0.3:
            title = title.replace("关于", f"关于{spec.place}", 1)
        elif title.startswith("【"):
            tag, rest = title.split("】", 1)
            title = f"{tag}】{spec.place}{rest}"  # the column tag stays first
        else:
            title = spec.place + title
    if voice == "aggregator" and spec.province and "{w}" not in pattern:
        title = where(spec, voice) + title
    if b:
        title = title + b if not title.endswith(b) else title
    return tidy(title)


def tidy(text: str) -> str:
    """Undo the doubled words that filling a pattern with a long exam name produces."""
    for old, new in (("职业资格职业资格", "职业资格"), ("（水平）资格", "（水平）"), ("资格资格", "资格"),
                     ("年度年", "年度"), ("  ", " ")):
        text = text.replace(old, new)
    return text


# ----------------------------------------------------------------------------------- bodies

def _materials(rng: random.Random) -> list[str]:
    pool = [
        "本人有效居民身份证原件",
        "《专业技术人员资格考试合格人员登记表》（附件下载，A4纸打印并贴近期一寸照片）",
        "准考证或成绩单打印件",
        "委托他人代领的，需同时提供委托书、委托人和受托人身份证原件",
        "单位介绍信（单位集体领取时提供，并附领证人员名单）",
        "学历证书原件及复印件（需现场核查人员提供）",
    ]
    picked = [pool[0]] + rng.sample(pool[1:], rng.randint(2, 4))
    marks = rng.choice([["（1）", "（2）", "（3）", "（4）", "（5）"], ["1.", "2.", "3.", "4.", "5."], ["①", "②", "③", "④", "⑤"]])
    return [f"{m}{text}；" for m, text in zip(marks, picked)]


def _heading(i: int, text: str, style: int) -> str:
    nums = "一二三四五六七"
    return "## " + (f"{nums[i]}、{text}" if style == 0 else f"（{nums[i]}）{text}" if style == 1 else f"{i + 1}.{text}")


def _window_sentence(rng: random.Random, spec: Spec, action: str) -> str | None:
    if not spec.window:
        return None
    start, end = spec.window
    w = window_phrase(rng, start, end, spec.published.date())
    hours = rng.choice(["（工作日上午9:00-12:00，下午14:30-17:30）", "（法定节假日除外）", "", "（周六、周日不休息）"])
    if start is None:      # a deadline only
        return rng.choice([f"{w}完成{action}，逾期不再受理。", f"{action}{w.replace('请于', '请于', 1)}完成。"]) \
            if w.startswith("请于") else f"{action}{w}。"
    if end is None:        # an opening date only
        return rng.choice([f"{action}时间：{w}{hours}。", f"{w}{hours}开始{action}。"]).replace("起开始", "起").replace("开始开始", "开始")
    return rng.choice([
        f"{action}时间：{w}{hours}。",
        f"请于{w}{hours}{PLEASE_VERB.get(action, action)}。" if not w.startswith(("即日起", "自即日起"))
        else f"{w}{hours}可{PLEASE_VERB.get(action, action)}。",
        f"{action}时间为{w}{hours}，逾期不再受理。",
    ])


def _places(rng: random.Random, spec: Spec, org: str, voice: str, cities: list[str]) -> list[str]:
    if spec.place or voice == "national":
        where_ = spec.place or ""
        return [f"领取地点：{where_}{rng.choice(['人事考试院', '人事考试中心', '政务服务中心人社窗口'])}"
                f"（{street_address(rng)}）。"]
    if not cities and spec.province in CITIES:
        cities = [c for c, _, _ in CITIES[spec.province]]
    if not cities:
        return ["领取地点：报名所在地市（州）人事考试机构，地址和电话见附件。"]
    area = AREA_CODES.get(spec.province or "", "027")
    rows = ["|地区|领证地点|咨询电话"]
    for c in cities:
        rows.append(f"|{c}|{c}人事考试机构（{street_address(rng)}）|{fake_phone(rng, area)}")
    return [rng.choice(["各地领证地点及联系方式如下：", "考生按报名所在地到以下地点领取："])] + rows


def signer(spec: Spec, org: str) -> str:
    if spec.place:
        return spec.place + ("人力资源和社会保障局" if spec.place.endswith(("市", "州")) else "人事考试院")
    return org


def body_for(rng: random.Random, spec: Spec, voice: str, org: str, cities: list[str]) -> tuple[list[str], list[Attachment]]:
    y = f"{spec.year}年度" if spec.year else ""
    e = exam_text(rng, spec)
    bb = batch_body(spec)
    p: list[str] = []
    atts: list[Attachment] = []
    hs = rng.randint(0, 2)
    if voice != "aggregator" and rng.random() < 0.6:
        p.append(rng.choice(["各位考生：", "各有关考生："] + ([] if spec.place else ["各市、州人事考试机构，各位考生："])))

    if spec.kind == "collection" and voice == "national":
        p.append(rng.choice([
            f"{y}{e}考试合格人员的纸质证书已印制完成，近期陆续下发至各省级人事考试机构。",
            f"{y}{e}纸质证书制作工作已经完成，将由各地人事考试机构组织发放。",
        ]))
        p.append("纸质证书的领取时间、地点和方式由各地人事考试机构确定，请考生关注报名所在地人事考试机构网站发布的领证通知。")
        p.append(rng.choice(["部分地区提供证书邮寄服务，邮寄费用由考生自理。", "考生领取证书时须携带本人有效身份证件原件。"]))
    elif spec.kind == "collection":
        mode = spec.topic
        lead = rng.choice([
            f"{y}{e}考试合格证书已制作完成{('，现开始发放' + bb + '证书') if bb else ''}。现将有关事项通知如下：",
            f"根据工作安排，{y}{e}{bb}证书{'邮寄' if mode == 'mail' else ''}发放工作即将开始，现就有关事项通知如下：",
            f"{y}{e}{bb}资格证书已到，为方便考生，{'实行邮寄送达' if mode == 'mail' else '现将领取事宜通知如下'}：",
        ])
        if spec.place and voice != "national":
            lead = f"{spec.place}考区" + lead if rng.random() < 0.5 else lead
        p.append(lead)
        i = 0
        p.append(_heading(i, rng.choice(["发放对象", "领取对象"]), hs)); i += 1
        p.append(f"参加{y}{e}考试成绩合格，且通过资格核查的人员{rng.choice(['（名单见附件）', '', '（可在本网站查询）'])}。")
        action = "邮寄申请" if mode == "mail" else rng.choice(COLLECT_VERB)
        p.append(_heading(i, f"{action}时间" if mode != "both" else "领取方式及时间", hs)); i += 1
        if mode == "both":
            p.append("考生可任选邮寄或现场领取一种方式，邮寄申请与现场领取时间相同。")
        sentence = _window_sentence(rng, spec, action)
        if sentence:
            p.append(sentence)
        else:
            p.append(rng.choice(["具体时间以各地通知为准。", "请留意本网站后续通知。"]))
        if mode in ("mail", "both"):
            p.append(_heading(i, "邮寄办理", hs)); i += 1
            p.append(rng.choice([
                "考生登录“政务服务网”或手机扫描附件中的二维码，如实填写收件人姓名、地址和联系电话，邮寄费用由考生收件时支付。",
                "采取“网上申请、邮政直邮”方式，证书由邮政EMS寄出，邮费到付，考生凭本人身份证签收。",
            ]))
        if mode in ("onsite", "both"):
            p.append(_heading(i, "领取地点", hs)); i += 1
            p.extend(_places(rng, spec, org, voice, cities))
            p.append(_heading(i, rng.choice(["领证须知", "所需材料", "注意事项"]), hs)); i += 1
            p.append("领取证书时须携带以下材料：")
            p.extend(_materials(rng))
        if rng.random() < 0.5:
            p.append(rng.choice([
                "逾期未领取的证书，统一存放于我院证书管理科，考生可于工作日前来领取。",
                "根据有关规定，电子证书与纸质证书具有同等法律效力，考生可在中国人事考试网下载电子证书。",
                "请考生妥善保管证书，遗失后补办周期较长。",
                "证书遗失或损毁的，按补办程序另行办理，不在本次发放范围内。",
                "往年未领取证书的考生，可在本次领取时间内一并办理。",
            ]))
    elif spec.kind == "reissue":
        p.append(rng.choice([
            f"凡{y}{'及以前' if y else ''}取得{e}证书，因遗失、损毁需要补办的人员，可按以下程序申请补发。",
            f"为做好{e}证书补办工作，现将补办有关事项公告如下：",
        ]))
        i = 0
        sentence = _window_sentence(rng, spec, "受理")
        if sentence:
            p.append(_heading(i, "受理时间", hs)); i += 1
            p.append(sentence)
        p.append(_heading(i, "所需材料", hs)); i += 1
        p.extend([
            "1.《专业技术人员职业资格证书补办申请表》；",
            "2.本人有效身份证原件及复印件；",
            "3.在市级以上报刊刊登的证书遗失声明原件（损毁的提供原证书）。",
        ][: rng.randint(2, 3)])
        p.append(_heading(i, "办理流程", hs)); i += 1
        p.append(rng.choice([
            "申请人将材料提交至报名所在地人事考试机构，经审核符合条件的，统一报送补发。",
            "申请人通过网上办事大厅提交补办申请并上传材料扫描件，审核通过后证书邮寄送达。",
        ]))
        p.append("已上线电子证书的考试项目，不再补发纸质证书，持证人可自行下载电子证书使用。")
    elif spec.kind == "electronic":
        p.append(rng.choice([
            f"根据《人力资源社会保障部办公厅关于推行专业技术人员职业资格电子证书的通知》（人社厅发〔2021〕97号）要求，{y}{e}电子证书已制发。",
            f"{y}{e}电子证书现已上线，持证人员可登录中国人事考试网（www.cpta.com.cn）“证书查验”栏目查看和下载。",
        ]))
        p.append("电子证书与纸质证书具有同等法律效力。推行电子证书后，纸质证书仍按原方式发放。")
        p.append(_heading(0, "下载流程", hs))
        p.append("1.登录中国人事考试网，进入“证书查验”页面，点击“证书下载”；")
        p.append("2.首次使用需注册，请使用取得证书时的证件号码；")
        p.append("3.在证书列表中点击“下载”，即可获取电子证书文件。")
        p.append(rng.choice(["如对证书信息有疑问，请联系证书发放机构。", "证书信息有误的，请向报名地人事考试机构反映。"]))
    else:
        p.extend(_other_body(rng, spec, e, y))

    if voice != "aggregator":
        if rng.random() < 0.7:
            p.append(f"咨询电话：{fake_phone(rng, '010' if voice == 'national' else AREA_CODES.get(spec.province or '', '027'))}")
        n_att = spec.attachments
        names = [f"{spec.year or ''}年度{e}合格人员名单", "证书邮寄申请表", "领证地点及联系方式", "证书补办申请表", "委托书（样式）"]
        exts = ["xlsx", "pdf", "doc", "xls"]
        for j in range(n_att):
            name = names[j if spec.kind != "reissue" else 3] if j < len(names) else f"附件{j + 1}"
            atts.append(Attachment(name=f"附件{j + 1}：{name}", ext=exts[(j + len(p)) % len(exts)]))
        p.append(signer(spec, org))
        d = spec.published.date()
        p.append(rng.choice([fmt_date(d, "cn"), cn_date_upper(d), fmt_date(d, "cn")]))
    return p, atts


def _other_body(rng: random.Random, spec: Spec, e: str, y: str) -> list[str]:
    t = spec.topic
    later = spec.published.date()
    ten_days = later + timedelta(days=10)
    if t == "registration":
        return [f"{y}{e}考试报名工作即将开始，现将有关事项通知如下：",
                "## 一、报名时间",
                f"网上报名时间为{fmt_date(later, 'cn')}至{fmt_date(ten_days, 'md' if ten_days.year == later.year else 'cn')}。",
                "## 二、报名方式",
                "报考人员登录中国人事考试网“全国专业技术人员资格考试报名服务平台”进行报名。",
                "考试合格的，颁发人力资源社会保障部统一印制的证书，证书发放时间另行通知。"]
    if t == "admit":
        return [f"{y}{e}考试将于近期举行，请考生及时打印准考证。",
                f"准考证打印时间：考前一周（{fmt_date(later, 'md')}起）。",
                "考生须持准考证和有效身份证件原件参加考试。"]
    if t == "score":
        return [f"{y}{e}考试成绩已公布，考生可登录中国人事考试网查询。",
                "对成绩有异议的，请于成绩公布之日起15日内提出复核申请。",
                "成绩合格人员的证书领取时间和方式另行通知，请关注本网站。"]
    if t == "cert_check":
        return ["持证人员可登录中国人事考试网“证书查验”栏目，输入证书管理号和姓名查询证书真伪。",
                "本网站是查验专业技术人员职业资格证书的唯一官方渠道，请勿相信其他网站提供的查询服务。",
                "如发现假冒证书或假冒查询网站，请向当地公安机关举报。"]
    if t == "cert_register":
        return [f"取得{e}资格证书的人员，可通过注册管理系统申请初始注册。",
                "申请人应提交资格证书、身份证明和受聘单位证明等材料。",
                "注册证书有效期为四年，期满前应办理延续注册。"]
    if t == "cont_edu":
        return [f"为提高专业技术人员素质，现开展{y}专业技术人员继续教育工作。",
                "专业技术人员每年参加继续教育的时间累计不少于90学时。",
                "学时登记结果作为职称评审、资格证书注册的重要依据。"]
    if t == "review":
        return [f"根据有关规定，对{y}{e}考试成绩合格人员进行考后资格复核（补审），现将有关事项通知如下：",
                "## 一、复核对象",
                "报名时选择“告知承诺制”且未通过网上核验的成绩合格人员。",
                "## 二、复核时间",
                f"{fmt_date(later + timedelta(days=3), 'cn')}至{fmt_date(ten_days + timedelta(days=5), 'cn')}（工作日）。",
                "资格复核通过的人员，证书发放时间另行通知；逾期未参加复核的，视为放弃。"]
    if t == "forecast":
        return [f"{e}证书一般在成绩公布后2至3个月陆续发放，今年的领取时间目前还未公布。",
                "根据往年情况，预计证书领取将在次年年初开始，具体以当地人事考试网通知为准。",
                "证书领取时通常需要携带身份证原件，代领需携带委托书。"]
    if t == "prep":
        return [f"{e}考试科目多、内容广，建议考生尽早制定复习计划。",
                "第一阶段通读教材，第二阶段做章节练习，第三阶段集中做历年真题。",
                "案例分析科目需要多练习答题的条理性，注意规范用语。"]
    raise ValueError(t)


def bare_body(rng: random.Random, spec: Spec) -> tuple[list[str], list[Attachment]]:
    """A notice published as a scan (``image``: no text, one image per page of the scan) or as a
    file (``attachment``: at most one short line and the PDF/XLS that holds the notice)."""
    if spec.form == "image":
        return [], [Attachment(name=f"第{i + 1}页", ext="png") for i in range(rng.randint(1, 2))]
    line = rng.choice(["", "详见附件。", "具体内容请下载附件查看。", "附件："])
    return [line] if line else [], [Attachment(name=rng.choice(["通知全文", "附件"]), ext=rng.choice(["pdf", "pdf", "xls"]))]


def aggregator_wrap(rng: random.Random, spec: Spec, paragraphs: list[str], site: str) -> list[str]:
    """Training-site framing: a lead, the official text retold, and the sales pitch."""
    e = exam_text(rng, spec)
    official = PROVINCES.get(spec.province or "", ("", "人事考试中心"))[1]
    if spec.kind == "other":
        lead = [f"{site}小编为大家整理了{e}考试的相关信息，供各位考生参考。"]
    else:
        lead = [rng.choice([
            f"据{official}消息，{spec.year or ''}年{e}证书{'补办' if spec.kind == 'reissue' else '领取'}事宜已发布，小编整理如下：",
            f"{site}小编获悉，{official}发布了{e}证书相关通知，具体内容如下：",
        ]) if spec.province else f"{site}小编为大家整理了{e}电子证书的相关信息。"]
    tail = [
        rng.choice([
            f"想及时了解{e}证书领取信息，可提前 免费预约短信提醒，届时我们将提醒大家证书领取通知！",
            "考试结束后想第一时间获取证书发放信息的考生，可以点击 免费预约短信提醒。",
        ]),
        f"以上内容就是小编为大家整理的关于{e}的相关信息，更多考试真题及答案解析资料整理在下，供考生免费下载，可点击文末“免费下载”按钮进行下载查看。",
    ]
    return lead + paragraphs + tail


def compose(rng: random.Random, spec: Spec, voice: str, org: str, cities: list[str] | None = None,
            site: str = "") -> Notice:
    title = title_for(rng, spec, voice)
    if spec.form != "text":
        paragraphs, atts = bare_body(rng, spec)
    else:
        paragraphs, atts = body_for(rng, spec, voice, org, cities or [])
    if voice == "aggregator":
        paragraphs = aggregator_wrap(rng, spec, paragraphs, site)
    paragraphs = [tidy(p) for p in paragraphs]
    return Notice(spec=spec, title=title, paragraphs=paragraphs, attachments=atts,
                  source_name=signer(spec, org) if voice != "aggregator" else org)
