import pytest

from pipelines.kind import classify
from pipelines.normalize import normalize_record
from pipelines.text import lead, simplify


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # collection
        ("关于领取2023年度一级建造师资格证书的通知", "", (True, "collection")),
        ("2023年度二级建造师证书发放公告", "", (True, "collection")),
        ("2025年兵团一级造价工程师证书发放通知(11月第3批次)", "", (True, "collection")),
        ("关于提供专业技术人员资格证书邮政快递服务的公告", "", (True, "collection")),
        ("2016年度招标师资格证书办证通知", "", (True, "collection")),
        ("关于2019年度绵阳市初级会计职称证书的领取公告", "", (True, "collection")),
        ("2023年经济专业技术资格证书直邮服务的公告", "", (True, "collection")),
        ("江西省九江市历年二级建造师及增项考试补审合格证书发放通知", "", (True, "collection")),
        # reissue
        ("2023湖北一级造价工程师资格证书补办指南", "", (True, "reissue")),
        ("关于专业技术人员资格证书遗失补发的说明", "", (True, "reissue")),
        ("职业资格证书换发办理须知", "", (True, "reissue")),
        ("关于办理一级建造师资格证书补办的通知", "", (True, "reissue")),
        # a reissue word in brackets beside a collection word is an addition: the notice hands certificates out
        ("专业技术资格证书办理(补办)须知", "", (True, "collection")),
        ("2024年度监理工程师证书发放（含补发）公告", "", (True, "collection")),
        # ...and it is the kind when nothing outside the brackets names one
        ("专业技术资格证书(补办)须知", "", (True, "reissue")),
        ("关于办理2023年度注册安全工程师(中级)证书的通知", "", (True, "collection")),
        ("关于做好2024年度注册城乡规划师初始注册工作的通知", "", (False, "other")),
        ("关于发放2025年度社会工作者职业资格和一级造价工程师电子证书的公告", "", (True, "electronic")),
        # electronic
        ("2023年二级建造师电子证书打印开通啦", "", (True, "electronic")),
        ("关于2023年度经济专业技术资格电子证书的公告", "", (True, "electronic")),
        # a report that they are out, over a body written as a guide (steps, a reminder service)
        ("2030年上半年审计师电子版证书已出!自7月2日起可查询下载~",
         "2030年上半年审计师电子版证书已出,合格考生可以登录查询验证系统查询下载啦!以下为大家整理了详细的证书下载流程,"
         "考生们可以参考。\n温馨提示:担心错过纸质证书领取时间的考生,可使用本站的免费短信提醒服务。\n第一步:进入查询验证系统。",
         (True, "electronic")),
        # look-alikes
        ("关于领取2023年度考试发票的通知", "", (False, "other")),
        ("2024年一级建造师准考证打印通知", "", (False, "other")),
        ("2024年二级建造师考试成绩查询", "", (False, "other")),
        ("关于做好2024年度一级建造师注册证书办理工作的通知", "", (False, "other")),
        ("关于做好2019年成都市初级经济师考试考后资格复核的通知", "", (False, "other")),
        ("免费领取2025年一级建造师备考资料", "", (False, "other")),
        ("2019年中级会计职称证书办理须知汇总", "", (False, "other")),
        ("2020年全国中级经济师成绩出来后什么时候发证书", "", (False, "other")),
        ("2018年中级审计师证书发放时间_发放地点", "", (False, "other")),
        ("2022年江西二级造价师证书领取时间", "预计2023年4月份左右开始办理", (False, "other")),
        ("宁夏2015年环评工程师报名时间官方预计", "", (False, "other")),
        ("关于开通2023年度一级建造师证书查询的通知", "", (False, "other")),
        # results announced with the certificates handed out: the certificate part decides, when it is dated
        ("2031年下半年银行业职业资格考试合格标准及证书申请公告", "", (True, "collection")),
        # a title giving the application period itself, over a body that reads like a guide
        ("2031年下半年银行从业证书申请时间:2031年12月2日8:30至12月20日16:00",
         "申请期内请登录系统上传照片。纸质证书制作约需半年,请耐心等候。", (True, "collection")),
        ("某市2031年统计从业资格考试成绩合格标准公告",
         "一、成绩有效期\n成绩仅当年有效。\n二、申领证书时间\n合格者集中办证时间为2031年7月1日-9月30日。", (True, "collection")),
        ("某市2031年统计从业资格考试成绩合格标准公告",
         "一、成绩有效期\n成绩当年有效。\n二、证书领取\n证书领取时间另行通知。", (False, "other")),
        ("2023年度经济专业技术资格电子证书查询", "", (True, "electronic")),
        # body only
        ("", "各位考生:\n为方便合格人员办理证书领取及证书补办、更换等手续", (True, "collection")),
        ("", "各位考生:\n2.资格证书遗失的,持证人可以向原发证机构申请补发。", (True, "reissue")),
        # a body with no title and no sign of a notice (addressee, date, place, telephone)
        ("", "2.资格证书遗失的,持证人可以向原发证机构申请补发。", (False, "other")),
        ("", "具体步骤如下:\n一、网上报名\n报考人员登录系统", (False, "other")),
        ("", "合格证书通常在成绩发布2~4个月后陆续办理", (False, "other")),
        ("", "2023年二级建造师考试成绩查询已开通\n考生可登录系统查询成绩。\n合格证书领取时间另行通知。", (False, "other")),
        # ... but a results notice with no title is, when its certificate section is dated (its date mangled too)
        ("", "时间:2031-03-02\n2030年度某某考试合格标准为60分,现将合格人员名单公布。\n三、证书领取\n合格人员自203139日起到市考试中心领证。",
         (True, "collection")),
        ("", "时间:2031-03-02\n2030年度某某考试合格标准为60分,现将合格人员名单公布。\n三、证书领取\n证书领取时间另行通知。",
         (False, "other")),
        # (session 19: or a numbered item of it hands them out on a day; not one that puts the day off)
        ("某市关于公布2030年度某某考试合格标准及有关事宜的通知",
         "一、合格标准为60分。\n二、合格人员的合格证书由市考试中心核发,可于2031年3月9日以后到市考试中心领取。", (True, "collection")),
        ("某市关于公布2030年度某某考试合格标准及有关事宜的通知",
         "一、合格标准为60分。\n二、合格人员的合格证书由市考试中心核发,领取时间另行通知,预计3月9日前后。", (False, "other")),
        ("", "", (False, "other")),
        # session 15: 会计证 is a certificate by its everyday name; the day a certificate was issued (`发证之日`) hands
        # nothing out; an opening that arranges the year's exam (`关于做好…考试工作的通知`) is the exam's notice
        ("", "一、换证时间和地点\n本市会计证换证期限为2031年3月1日至6月30日,持证人员到区政务中心窗口办理换证手续。",
         (True, "reissue")),
        ("关于启用新版资格证书的公告", "旧版证书自发证之日起满6年的,必须换发新版证书;自发证之日起不足6年的,期满前换发。",
         (True, "reissue")),
        ("", "1、关于做好2031年度全市专业技术人员外语考试工作的通知各县区人社局:现将有关事项通知如下:\n"
         "2、考试合格的考生凭成绩单到市考试中心402房间领取合格证。",
         (False, "other")),
        ("", "2031年度考试工作已经结束,现将合格证书领取有关事项通知如下:\n一、领取时间:2031年3月2日至3月20日。",
         (True, "collection")),
        # the 古汉语/医古文 exams held beside 职称外语 issue a 成绩通知书 as their certificate too
        ("关于领取2031年度某省医古文考试成绩通知书的通知", "", (True, "collection")),
        ("关于领取2031年度某省执业药师考试成绩通知书的通知", "", (False, "other")),
    ],
)
def test_classify(title, body, want):
    title, body = simplify(title), simplify(body)
    assert classify(title, lead(body), body) == want


def test_lookalike_exam_is_not_a_cert_notice():
    assert classify("2017年上半年新职业统考证书领取通知", "", "", qualification=False) == (False, "other")


def test_roundup_without_a_place_is_not_a_notice():
    assert classify("证书邮寄的办理时间", "", "贵州…江西…", roundup=True) == (False, "other")
    assert classify("证书邮寄的办理时间", "", "贵州…江西…", roundup=True, has_region=True) == (True, "collection")


@pytest.mark.parametrize(
    "title",
    ["一级建造师证书领取需要带什么材料", "2023年经济师证书怎么领取？", "二建证书可以邮寄吗", "2023年一级建造师证书领取时间及流程"],
)
def test_questions_and_guides_are_not_notices(title):
    assert classify(title, "", "") == (False, "other")


@pytest.mark.parametrize("title, is_notice", [
    # a title that asks when and answers with the day reports the arrangement
    ("某市2031年某类资格证书什么时候领取?4月8日起发放", True),
    ("某类资格证书什么时候发放?2031年4月8日开始", True),
    # one that only asks, or answers with a forecast, is a guide's
    ("某市2031年某类资格证书什么时候领取?", False),
    ("某类资格证书什么时候发放?预计4月上旬", False),
])
def test_a_title_that_answers_when_with_the_day(title, is_notice):
    assert normalize_record({"title": title})["is_cert_notice"] is is_notice


@pytest.mark.parametrize("title, kind", [
    # session 19: collection joined to reissue by 暨, what is reissued named between, is a collection notice
    ("2031年度宁远市审计师证书领取暨遗失证书补办公告", "collection"),
    ("关于2031年度宁远市审计师证书补办暨新证领取的通知", "collection"),
    ("关于2031年度宁远市审计师遗失证书补办的通知", "reissue"),
])
def test_collection_and_reissue_joined_by_ji(title, kind):
    title = simplify(title)
    assert classify(title, "", "") == (True, kind)


@pytest.mark.parametrize("text, want", [
    # session 21, written for this file: a repost's title giving the day the certificates start, under its chrome
    ("某教育网 > 审计师 > 证书领取\n【领证速递】2031年度审计师资格证书4月8日起发放\n(点击查看各地领取详情)  评论(3)  收藏  分享",
     (True, "collection")),
    # a title announcing that the period has changed
    ("2031年度审计专业技术资格证书发放时间调整\n原定4月8日至4月19日的发放,改为5月6日至5月17日。", (True, "collection")),
    # the nurse exam's 成绩合格证明 stands for its certificate
    ("护士执业资格考试成绩合格证明开始打印\n2031年护士执业资格考试合格人员可于6月3日起登录网站下载打印电子成绩合格证明。",
     (True, "electronic")),
    # certificates revoked; a 社工 registration certificate (民政's 登记证书); a holder's declaration under a paper's header
    ("关于撤销5名人员一级造价工程师资格证书的公告\n经查,以下人员以不正当手段取得证书,现予撤销。", (False, "other")),
    ("关于领取2031年第一批社会工作者登记证书的通知\n请准予登记人员于5月6日至10日到区民政局领取登记证书。", (False, "other")),
    ("《宁远日报》分类广告 2031年5月6日\n遗失声明\n张某不慎遗失2029年度中级会计专业技术资格证书一本,特此声明作废。", (False, "other")),
    # a page about something else whose title mentions certificates only in a bracketed aside
    ("2031年审计师成绩查询入口及合格标准(附证书领取说明)", (False, "other")),
    ("2031年宁远审计师资格审核通知(证书领取前必看)", (False, "other")),
    # ... while an aside to a certificate title still names the kind (`证书办理(补办)须知`)
    ("2031年审计师证书办理(补办)须知", (True, "collection")),
    # a training site's explainer titled as one (`一文读懂`, a shared document's `整理版`)
    ("2031年审计师证书领取流程、所需材料一文读懂", (False, "other")),
    ("2031年审计师证书领取必备材料清单(整理版).docx\n一、本人领取:身份证原件。", (False, "other")),
    # news of e-certificates that can be downloaded somewhere named between (`已可在某网下载`) is a notice
    ("6月3日起,2031年度审计专业技术资格电子证书已可在中国人事考试网下载。合格人员登录后进入证书下载栏目即可下载本人电子证书,"
     "电子证书与纸质证书具有同等效力。", (True, "electronic")),
    # a registration's certificate, electronic too, and the upkeep or policing of certificates are no hand-out
    ("关于审计师注册证书(电子证书)申领有关事项的通知", (False, "other")),
    ("关于开展二级建造师延续注册及电子证书下载工作的通知", (False, "other")),
    ("关于一级建造师资格证书领取及初始注册有关事项的通知", (True, "collection")),
    ("关于职业资格证书查验及电子证书下载系统维护的公告", (False, "other")),
    ("关于开展专业技术人员职业资格证书“人证分离”问题专项治理的通知", (False, "other")),
    ("关于谨防冒充考试机构办理证书邮寄诈骗的提醒\n近期有人冒充本中心,以证书邮寄、加急补办名义收费。", (False, "other")),
    ("关于发放第二十六批监理工程师注册执业证书的通知", (False, "other")),
    # fees' receipts to download, whatever their notice says of certificates later
    ("关于2030年度审计师考试电子票据下载的通知\n电子票据已生成,请于1月10日至2月28日下载。证书发放事宜另行通知。", (False, "other")),
    ("关于做好会计专业技术资格证书信息采集工作的通知\n已取得资格的人员,应于6月30日前登录系统填报证书信息。", (False, "other")),
    ("高价收一建证书 长期有效\n本公司长期承接建造师证书挂靠业务,证书领取后即可办理。", (False, "other")),
    # the publisher and its day on the first line (`某中心 2031-07-07`) head the page: no title, and a notice's sign
    ("宁远市住房和城乡建设局 2031-04-16\n关于2030年度二级建造师初始注册有关事项的通知\n取得资格证书的人员可在线申请初始注册。",
     (False, "other")),
    ("宁远市人事考试中心 2031-07-07\n2030年度审计师考试合格人员名单于今日起公示。\n请合格人员自公示之日起10个工作日内登录系统申请证书邮寄。",
     (True, "collection")),
    # a question answered, further down than the first lines, with the office's dated arrangement (`定于…发放`)
    ("问:2030年考过的审计师,证书在哪领?\n最佳回答:\n刚看到省人事考试中心官网挂了通知,我把要点贴过来:\n"
     "“2030年度审计专业技术资格证书定于2031年9月7日至9月25日发放,考生到省人事考试中心一楼大厅领取。”", (True, "collection")),
    ("问:宁远2030年审计师证书什么时候可以领?\n答:你好,省人事考试中心已经发了通知,2030年度证书从2031年12月2日开始由各市组织发放。",
     (True, "collection")),
    # ... not a question answered with a guess
    ("问:2030年审计师证书什么时候可以领?\n答:一般在考试次年的3月至6月发放,具体以当地通知为准。", (False, "other")),
    # a title saying the certificates have arrived (`证书到了,请尽快来领`)
    ("2030年度监理工程师执业资格证书到了,请尽快来领", (True, "collection")),
    # an excerpt whose opening carries the admission ticket as a material to collect with
    ("…的考生,可自2031年4月8日起持本人身份证、准考证到市财政局会计科领取2030年度会计专业技术中级资格证书。", (True, "collection")),
])
def test_notices_and_lookalikes_written_otherwise(text, want):
    got = normalize_record({"text": text})
    assert (got["is_cert_notice"], got["kind"]) == want
