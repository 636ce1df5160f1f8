"""Session 24: general failure classes of `is_cert_notice` and `kind` (titles and sentences written for these tests)."""

import pytest

from pipelines.normalize import normalize_record


def _got(text: str) -> tuple[bool, str]:
    got = normalize_record({"text": text})
    return got["is_cert_notice"], got["kind"]


@pytest.mark.parametrize(("text", "want"), [
    # a round-up whose regions are list items (`· 湖北:…`, `▎河南:…`) with their actual days: a report (judgement call 1)
    ("2031年监理工程师证书发放情况汇总\n据各省公告整理:\n· 湖北:4月8日起到省人事考试院领取;\n· 河南:4月15日至5月10日申请邮寄;\n"
     "· 山西:暂未公布。", (True, "collection")),
    ("2031年社工证领取时间各地汇总(持续更新)\n▎湖北:4月8日起到省人事考试院领取\n▎河南:4月15日至5月10日申请邮寄\n▎山西:尚未公布",
     (True, "collection")),
    # ... a province with its city in brackets (`河南(郑州):…`)
    ("2031年初级会计证书领取时间汇总\n河南(郑州):5月6日起,到市财政局会计科领取。\n湖北(襄阳):5月13日至6月3日,邮寄到付。",
     (True, "collection")),
    # ... regions named with their channel, no day (`免费直邮`, `现场领取`)
    ("各地2031年度一建证书直邮政策一览\n▎湖北:全部直邮,无需申请;\n▎河南:网上申请邮寄,邮费到付;\n▎山西:到省人事考试中心现场领取。",
     (True, "collection")),
    # ... and a region still to come does not make the others a forecast
    ("2031年审计师证书领取时间地点汇总\n导读:各地证书已陆续开始发放,本页汇总已公布的地区,其余地区暂未公布。\n"
     "湖北:2031年4月8日起,到省人事考试院领取。\n河南:2031年4月15日至5月10日,到各市人事考试中心领取。", (True, "collection")),
])
def test_roundups_reporting_regions(text, want):
    assert _got(text) == want


# Guards (these passed before too): what the classes above must not take in.
@pytest.mark.parametrize(("text", "want"), [
    # a hedged round-up is still a guide
    ("2031年审计师证书领取时间汇总\n审计师证书一般在考试次年发放,具体以当地通知为准。\n· 湖北:预计4月8日起\n· 河南:预计4月15日起",
     (False, "other")),
])
def test_guards(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # an exam's 合格证明 printed or downloaded by the candidate: the electronic proof standing for the certificate
    ("关于2031年度审计专业技术资格考试合格证明打印的通知", (True, "electronic")),
    ("关于打印2031年度二级造价工程师职业资格考试合格证明的通知", (True, "electronic")),
    ("2031年护士执业资格考试成绩合格证明开放下载", (True, "electronic")),
    # ... its print page opened (`入口` alone names no notice), a level in brackets beside it
    ("某市2031年度会计专业技术资格(初级)合格证明打印入口已开通", (True, "electronic")),
])
def test_printed_proof_is_electronic(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # continuing education's proof is a look-alike
    ("关于打印2031年度会计人员继续教育合格证明的通知", (False, "other")),
])
def test_printed_proof_guards(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # an office's own questions and answers (judgement call 1): the answers speak as the office ...
    ("证书邮寄常见问题解答\n问:哪些证书可以申请邮寄?\n答:由我中心发放的职业资格证书都可以申请邮寄。\n问:怎么申请?\n"
     "答:在发放公告规定的时间内登录本中心网站填写收件地址,邮费到付。", (True, "collection")),
    # ... under a title that is the first question
    ("问:职业资格证书能不能寄到家里?\n答:可以。请在发放通知规定的时间内登录我院网站申请邮寄,证书以EMS寄出。\n"
     "问:没有申请邮寄怎么办?\n答:请持本人身份证原件到我院一楼窗口领取。", (True, "collection")),
    # ... or the breadcrumb above the questions opens on the office
    ("某省人事考试院 › 考生服务 › 常见问题\n问:2031年度审计师证书什么时候可以领取?\n"
     "答:证书发放时间为2032年3月1日至3月26日,考生到省人事考试院一楼大厅领取。", (True, "collection")),
])
def test_office_faq_pages(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a training site's questions and answers (no office speaking) stay guides
    ("证书领取常见问题解答\n问:证书可以让别人代领吗?\n答:一般可以,代领人带上双方身份证即可,具体以当地通知为准。", (False, "other")),
    ("问:中级经济师证书可以邮寄吗?\n答:要看各地规定,有些地区可以申请邮寄,有些需要现场领取。", (False, "other")),
])
def test_office_faq_guards(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a repost that quotes the office's notice or rules is the notice, whatever its title asks or its chat
    ("2031年监理证书领取时间公布!附各地汇总\n以下为某省住建厅发布的正式通知原文:\n"
     "2031年度监理工程师纸质证书请于2032年3月9日至4月9日持身份证原件到报名所在地市住建部门领取。", (True, "collection")),
    ("审计师证书丢了怎么办?官方补办流程看这里\n以下内容摘自某市人事考试中心《专业技术资格证书补办须知》:\n"
     "一、补办需提交本人身份证原件和遗失声明。\n二、办理地点:某市人事考试中心二楼窗口。", (True, "reissue")),
])
def test_quoted_official_text(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # an office's reply to a letter, giving the arrangement: the office's own word
    ("【市长信箱】2031年审计师证书在哪里领?\n留言时间:2032-03-02　答复单位:某市人力资源和社会保障局　答复时间:2032-03-05\n"
     "答复内容:您好!2031年度审计专业技术资格证书已到,请持本人身份证原件于工作日到市人事考试中心一楼窗口领取。感谢您的来信!",
     (True, "collection")),
])
def test_office_replies(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # ... but a reply that forecasts is no arrangement
    ("【市长信箱】2031年审计师证书什么时候发?\n留言时间:2032-03-02　答复单位:某市财政局　答复时间:2032-03-05\n"
     "答复内容:您好!证书尚未下发到我市,预计5月下旬开始发放,请关注我局网站通知。", (False, "other")),
])
def test_office_reply_guards(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a generic title over an opening that withdraws the paper certificate for the e-certificate: electronic
    ("某省人事考试院关于2031年度审计专业技术资格证书有关事项的通知\n2031年度审计专业技术资格考试合格人员电子证书已于2032年2月1日起开放下载。"
     "我省自本年度起不再统一发放纸质证书,确需纸质证书的可在3月内网上申请邮寄。", (True, "electronic")),
    ("关于2031年度统计专业技术资格证书发放方式的公告\n2031年度统计专业技术资格考试合格人员电子证书已开通下载,"
     "我省不再制发纸质证书,合格人员可登录中国人事考试网下载。", (True, "electronic")),
])
def test_paper_withdrawn_is_electronic(text, want):
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a title naming the paper certificate's collection keeps its kind
    ("关于2031年度统计专业技术资格纸质证书申领的通知\n合格人员可下载电子证书;需要纸质证书的请于3月1日至3月20日申领,未申领的不再制发纸质证书。",
     (True, "collection")),
])
def test_paper_withdrawn_guards(text, want):
    assert _got(text) == want
