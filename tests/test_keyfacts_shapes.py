"""Key facts, fourth round: the place and mode shapes official notices and guides use that the dev split
held too few of (labels inside a line, address lines, lists and tables of places by district, dates
before the place, negated or merely named channels, the post named without 邮寄, web forms reached by
QR code or app, certificates downloaded and printed). Table tests on sentences of our own, each able to
fail; the conventions are tests/data/real_notices/README.md's "Key facts".

Every sentence here was written for this file (none is copied from the shared dev set or from
tests/data/real_notices; no 14-character Chinese run is shared with either).
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts import key_facts
from pipelines.keyfacts_agency import find_agency
from pipelines.keyfacts_fee import find_fee
from pipelines.keyfacts_materials import find_materials
from pipelines.keyfacts_mode import find_modes
from pipelines.keyfacts_phone import find_phones
from pipelines.keyfacts_place import find_places
from pipelines.normalize import normalize_record


@pytest.mark.parametrize("text, places", [
    # an address line under a labelled place locates it; it is not a second place
    ("领证地点:宁远市人事考试中心\n地址:宁远市东环路16号", ["宁远市人事考试中心"]),
    ("二、发放地点\n长丰县政务服务中心二楼\n详细地址:长丰县府前路9号", ["长丰县政务服务中心二楼"]),
    # a label inside the line, after the time
    ("领证时间:5月6日至10日;领证地点:宁远市人社局三楼302室", ["宁远市人社局三楼302室"]),
    ("时间:工作日上午,地点:长丰县人才服务中心一楼", ["长丰县人才服务中心一楼"]),
    # a date run before 在/到 is not part of the place
    ("合格人员可于5月6日至5月20日在宁远市人事考试中心服务大厅领取证书。", ["宁远市人事考试中心服务大厅"]),
    # places listed under a heading, by district (`市:地点`) or numbered with an address and phone after them
    ("请到以下地点领取:\n宁远市:宁远市人事考试中心(东环路16号)\n长丰县:长丰县人社局二楼",
     ["宁远市人事考试中心(东环路16号)", "长丰县人社局二楼"]),
    ("各地领证地点:\n1.宁远市人事考试中心,地址:东环路16号,电话:0123-4567890\n2.长丰县人社局,地址:府前路9号",
     ["宁远市人事考试中心", "长丰县人社局"]),
    # a table whose header names the place column
    ("考区 | 领取地点 | 咨询电话\n宁远市 | 宁远市人事考试中心 | 0123-4567890\n长丰县 | 长丰县人社局二楼 | 0123-7654321",
     ["宁远市人事考试中心", "长丰县人社局二楼"]),
    # the body in charge: with its address in brackets, or after `工作由`, or `由…负责…发放`
    ("宁远市人事考试中心(地址:东环路16号)负责本市合格证书的发放。", ["宁远市人事考试中心(地址:东环路16号)"]),
    ("本年度证书发放工作由各县(区)人社局负责。", ["各县(区)人社局"]),
    # (session 19: a time between, and the work started or carried out in rounds)
    ("本年度证书领取工作预计于10月起由各县(区)人社局分批启动。", ["各县(区)人社局"]),
    ("合格证书发放工作自5月6日起由长丰县人社局统一开展。", ["长丰县人社局"]),
    ("证书由长丰县财政局会计科负责组织发放。", ["长丰县财政局会计科"]),
    ("成绩报告单由考点统一发放。", ["考点"]),
    # the destination closing the clause; `X为…发放点`; `领取证书的地点为`/`领取地址是`
    ("领取纸质证书需前往当地人社部门。", ["当地人社部门"]),
    ("长丰县行政服务中心为本次证书发放点。", ["长丰县行政服务中心"]),
    ("领取证书的地点为宁远市人才市场二楼。", ["宁远市人才市场二楼"]),
    ("领取地址是宁远市会计服务中心(东环路16号东楼5层)。", ["宁远市会计服务中心(东环路16号东楼5层)"]),
    # a bracket inside the place is one unit; a bracket that only points elsewhere is dropped
    ("请到宁远市政务大厅(地址:东环路16号)三楼领取。", ["宁远市政务大厅(地址:东环路16号)三楼"]),
    ("请到各县区人社局(联系电话见附件)领取。", ["各县区人社局"]),
    # what lies between the place and the verb: the documents, a sign-in
    ("请到宁远市人事考试中心凭身份证原件领取。", ["宁远市人事考试中心"]),
    ("合格人员到长丰县人社局登记领取。", ["长丰县人社局"]),
    ("补办者须向原报考地人事考试中心提供下列材料。", ["原报考地人事考试中心"]),
    ("请持身份证到原递交补证申请的县考试中心领取新证。", ["原递交补证申请的县考试中心"]),
    # a paragraph wrapped mid-sentence
    (("考生本人须携带身份证原件、准考证原件和一寸照片两张、报名时打印的资格审核表等全部材料到宁远市人事考试中心\n"
      "证书窗口办理领证手续并签字确认。"), ["宁远市人事考试中心证书窗口"]),
    # `A或B` after 地点一般为 is one destination; `A、B` lists two
    ("领证地点一般为当地人社局或考试中心。", ["当地人社局或考试中心"]),
    # two bodies in charge (`A以及B`) are two places
    ("纸质证书的发放工作则由宁远市人事考试中心以及各县区人社局负责。", ["宁远市人事考试中心", "各县区人社局"]),
    # where applications are received or lodged: `由X集中受理`, `向X提出申请`, `X负责…受理`, a `受理机构:` field,
    # `向…站点提交`, a county office (会计股), a university
    ("在校学生的申请由学校集中受理,统一发放证书。", ["学校"]),
    ("合格人员应向报名所在地会计管理机构提出申请。", ["报名所在地会计管理机构"]),
    ("长丰县财政局会计科负责本县证书申请的受理。", ["长丰县财政局会计科"]),
    ("2、受理机构:各县区统计局", ["各县区统计局"]),
    ("办证地点:长丰县政务服务中心财政窗口(二楼)", ["长丰县政务服务中心财政窗口(二楼)"]),
    ("考生应向其报名的测试站点提交更换申请。", ["其报名的测试站点"]),
    ("请携带身份证到县财政局会计股领取。", ["县财政局会计股"]),
    ("在校生请到宁远大学教务处领取,其他考生到长丰中学领取。", ["宁远大学教务处", "长丰中学"]),
    # a chain the certificates pass down: every link but the last hands them out (the second reading's
    # adjudication, tests/data/real_notices/adjudication.jsonl, counts the issuer too)
    ("集体报名的,证书按“省鉴定中心→报名学校→考生”逐级下发。", ["省鉴定中心", "报名学校"]),
    ("证书按“省考试院→考生”直接下发。", []),
    # a floor, a zone or a counter ends a place as 楼/室 do
    ("请到宁远大厦11层领取。", ["宁远大厦11层"]),
    ("请到政务服务中心C区领取。", ["政务服务中心C区"]),
    ("到市民中心一楼服务台领取证书。", ["市民中心一楼服务台"]),
    # one mention read two ways keeps the longer; a name given again with more detail is one place; the same
    # office qualified differently in two sentences is listed twice, as written
    ("请到宁远市考试院领取。领取地点:宁远市考试院一楼发证窗口", ["宁远市考试院一楼发证窗口"]),
    ("考生可前往市财政局会计科办理。办证地点:宁远市财政局会计科(东楼)", ["市财政局会计科", "宁远市财政局会计科(东楼)"]),
    # a heading over `whose: where` lines; a line that is a sentence is read as one; a labelled value stops at
    # a comma, and what follows it is read as a sentence
    ("三、办证地点\n市直考生:宁远市财政局会计科(行政中心305室);\n各县区考生:到报名所在县区财政局会计股办理。",
     ["宁远市财政局会计科(行政中心305室)", "报名所在县区财政局会计股"]),
    ("二、领证地点:市财政局会计科(市府大楼4楼),各县考生在当地财政局领证。", ["市财政局会计科(市府大楼4楼)", "当地财政局"]),
    # `提出补办申请`: the request lodged in person
    ("持证人携带遗失声明到原报名点所在县区财政局提出补办申请。", ["原报名点所在县区财政局"]),
    # registering a certificate one holds (注册) is not obtaining it
    ("取得证书后请到省住建厅指定的机构办理注册手续。", []),
    # not places: a bare 指定窗口
    ("携带材料至指定窗口办理。", []),
    # not places: an exam held somewhere, a list announced, certificates passed between offices,
    # certificates sent back up for destruction, a postal address
    ("笔试将在各考点进行,请考生按时参加。", []),
    ("请到以下地点领取:", []),
    ("合格证书已由省考试院下发我市,现通知如下。", []),
    ("逾期未领的证书将报送至省考试院统一销毁。", []),
    ("考办会把证书寄送到您的收件地址。", []),
    # eleventh session (from the adjudicated dev labels): a body handing on, the issuer a reissue is asked of, the
    # body whose place it is, and where certificates returned are kept only when collected there
    ("团体考生的证书由市鉴定站直接发给所在学校。", ["市鉴定站"]),
    ("证书下发后,由各县级考办逐级转发给考生。", ["各县级考办"]),
    ("证书遗失的,可向发证机构提出书面申请补办。", ["发证机构"]),
    ("请考生按照报名点规定的时间和地点领取证书。", ["报名点"]),
    ("快递退回的证书由发证机构保管半年,逾期未领取的需重新申请寄送。", []),
    # seventh-round texts: old certificates exchanged at a place, a body handing out on another's behalf, a
    # place the certificates no longer go to
    ("持旧证人员请到所在区财政局会计科换发新证。", ["所在区财政局会计科"]),
    ("乙市考生的证书由乙市人事考试中心代为发放。", ["乙市人事考试中心"]),
    ("今年起证书不再发放到各考点,一律直邮。", []),
    # eighth round: an association's short name (税协) hands out; papers handed in to be checked there
    ("港澳考生的证书由某市税协代为发放。", ["某市税协"]),
    ("变更材料须提交至县级卫生健康部门初审,合格后上报。", ["县级卫生健康部门"]),
    # session 14: a label parted from its place by a space, as a table flattened into lines writes it; a header row
    # and a place still to be announced give none
    ("发证地点 乙区政务大厅东侧五号窗", ["乙区政务大厅东侧五号窗"]),
    ("领取地点  丙县人社局三楼", ["丙县人社局三楼"]),
    ("领取时间 领取地点 咨询电话", []),
    ("领证地点 另行通知", []),
    # a check at the place that the collection follows (`审核换领`, `确认后领取`); a check alone names no place to collect
    ("持证人须带旧证到乙区政务中心三号窗口审核换领新证。", ["乙区政务中心三号窗口"]),
    ("考生到丙县人社局窗口确认后领取证书。", ["丙县人社局窗口"]),
    ("考生到丙县人社局窗口审核学历。", []),
    # a label's value listing places parted by commas gives each (an alternative too), up to a sentence; a numbered
    # heading `(二)、`; a bracket saying what one must do is a note, and the place one booked is none
    ("(三)、发证地点:各乡镇便民服务中心,县政务大厅西区六号窗口(须先到预约地点取号)。", ["各乡镇便民服务中心", "县政务大厅西区六号窗口"]),
    ("领证地点:丁市考试中心一楼,或各区人社分局办事大厅。", ["丁市考试中心一楼", "各区人社分局办事大厅"]),
    ("领证地点:丁市考试中心一楼,外县考生到所在县人社局领取。", ["丁市考试中心一楼", "所在县人社局"]),
    # papers handed in to an office (`提交给X`) name it; a form given to one's employer to file (`交给单位`), or
    # certificates passed between offices (`移交给X`), do not
    ("补办材料须提交给乙区人社局证书窗口审核。", ["乙区人社局证书窗口"]),
    ("登记表须交给单位存档。", []),
    ("合格证书已全部移交给丁市考试中心。", []),
    # a numbered label inside a line that holds several (`…。 (二)、办证地点:A,B。 (三)、…`)
    ("(一)、设定依据:某某管理办法。 (二)、办证地点:甲镇便民中心,乙区政务大厅东座窗口。 (三)、办证时间:工作日。",
     ["甲镇便民中心", "乙区政务大厅东座窗口"]),
    # session 15: the formal locative 于 (not a date's, nor 由于/关于); an office named by where the person is from
    ("合格者凭成绩单于丙县考点领取合格证。", ["丙县考点"]),
    ("请于6月2日到丁市考试中心领取证书。", ["丁市考试中心"]),
    ("由于人数较多,请错峰到丁市考试中心领证。", ["丁市考试中心"]),
    ("关于证书领取的安排另行通知。", []),
    ("持证人员原则上到统计人员所在区县统计局换证。", ["统计人员所在区县统计局"]),
    ("旧证到会计人员信息采集县财政局换领。", ["会计人员信息采集县财政局"]),
    # the place documents are brought to, the sentence ending on it; not a date, nor a bare window
    ("补证人员须携带户口簿和登报声明至丙县人社局职称股。", ["丙县人社局职称股"]),
    ("请携带户口簿原件到窗口。", []),
    ("请携带户口簿原件至2031年底前办结。", []),
    # a label heading that ends on a stop (`3、换证地址。`), its place on the next line
    ("3、补证地址。\n丁县政务服务中心三楼12号人社窗口。电话:0000-1234567", ["丁县政务服务中心三楼12号人社窗口"]),
])
def test_place_shapes(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, modes", [
    # a channel negated by a verb phrase, or withdrawn
    ("本次证书不办理邮寄,请本人现场领取。", ["on_site"]),
    ("今年暂不提供证书邮寄服务。", []),
    ("本考区不设置现场领取点,证书统一快递寄出。", ["mail"]),
    ("取消现场发放,一律邮寄到家。", ["mail"]),
    ("本次考试暂不提供电子证书。", []),
    # the post named without 邮寄; a postcode is not the post
    ("证书交由中国邮政投递至考生手中。", ["mail"]),
    ("证书统一通过顺丰发出。", ["mail"]),
    ("请在表中填写通讯地址和邮政编码。", []),
    # web forms: an app or a QR code used to order mailing, an office's online hall, a link to the form,
    # a form for the postal address after a look-up
    ("考生可通过“长丰人社”小程序办理证书邮寄。", ["mail", "online"]),
    ("考生通过网上办事大厅提交领证申请。", ["online"]),
    ("证书邮寄申请入口(点击进入)", ["mail", "online"]),
    ("扫描本页二维码,办理快递业务。", ["mail", "online"]),
    ("登录省考试网的证书栏目,点击“办理”按钮,选择现场领取或邮寄。", ["on_site", "mail", "online"]),
    ("登录系统--输入身份证号--点击查询--填写收件地址。", ["online"]),
    # a site read for a notice is not where one applies
    ("请登录市考试网查看领证通知,携带身份证到市人社局申请补办。", ["on_site"]),
    ("请关注当地考试中心官网发布的通知,按要求申请补办。", []),
    # e-certificates: scans and photos are not; a named certificate type is; so is a certificate downloaded
    ("请上传身份证扫描件电子版。", []),
    ("报名时上传的照片电子版将用于制证。", []),
    ("合格人员可领取电子职业资格证书。", ["electronic"]),
    ("考生可登录考试网下载并打印本人合格证书。", ["electronic"]),
    ("本证书有纸质和电子两种版本,电子版可登录官网下载。", ["electronic"]),
    # 电子化 of an exam, and a form downloaded, are not e-certificates; 电子化 of the certificates is
    ("本次考试实行无纸化、电子化考试。", []),
    ("请下载打印《证书补办申请表》并填写。", []),
    ("推行成绩合格证明电子化服务。", ["electronic"]),
    # in person without a place: documents carried to a collection, 凭…领证, a rule for the moment of
    # collection, offline, by oneself, by the employer
    ("考生本人持身份证原件和准考证领取证书。", ["on_site"]),
    ("个人领证:凭本人身份证原件领证。", ["on_site"]),
    ("领取时须本人携带身份证原件。", ["on_site"]),
    ("未在线申请的考生可线下领取。", ["on_site"]),
    ("纸质证书须本人亲自领取。", ["on_site"]),
    ("在职人员可由单位统一领取。", ["on_site"]),
    # not in person: a time, a counting rule for an institution, a date after which to register, a web column
    ("领证时间和地点另行通知。", []),
    ("证书领取时应当面清点数量。", []),
    ("证书到期后请及时办理延续。", []),
    ("考生可到“证书邮寄”栏目办理。", ["mail"]),
    # a site named `…考试网` is a site; `未网上申请` is not an application
    ("考生可在省人事考试网申请证书邮寄。", ["mail", "online"]),
    ("未网上申请邮寄的考生请到现场领取。", ["on_site", "mail"]),
    ("也可采用线上申办。", ["online"]),
    # e-certificates only compared with paper, or a condition, in other words than 同等效力
    ("电子证书和纸质证书的法律效力是一样的。", []),
    ("已经上线电子证书的项目,不再补发纸质证书。", []),
    # posted: 寄至 an address, by registered mail; not when it cannot be posted, nor application papers posted
    ("补发的证书以挂号寄至申请表所填地址。", ["mail"]),
    ("因地址不全证书无法邮寄的,请本人到场领取。", ["on_site"]),
    ("请将补证申请表和复印件邮寄至市考试院。", []),
    # in person in other words: 前往领取, coming to the office, handed over on the spot
    ("考生可携带准考证前往领取。", ["on_site"]),
    ("可亲自或委托他人来院办理,当场核发。", ["on_site"]),
    # a link clicked to apply
    ("访问市会计网,点击“证书申领”按要求操作。", ["online"]),
    # papers checked in person (unless waived); forms filled in or filed online
    ("审核材料须本人现场审核后方可发证。", ["on_site"]),
    ("符合条件的人员无需现场审核。", []),
    ("合格人员须在线填报个人信息。", ["online"]),
    ("请于月底前完成网上申报。", ["online"]),
    # personal details gathered on a website before collection are an online step
    ("合格人员登录市会计网进行基本信息采集后,到财政局领取证书。", ["on_site", "online"]),
    # a period's end (`至7月31日`) before a later 申领 is no way to a place; the table's own 现场领取 counts
    ("证书申请时间:2031年7月11日至7月24日。凡符合证书申领条件的考生,登录系统申请邮寄。", ["mail", "online"]),
    ("方式 | 时间 |\n| 邮寄申请 | 2031年4月10日至4月20日 |\n| 现场领取 | 2031年4月27日至5月8日 |", ["on_site", "mail"]),
    # electronic and paper compared (`效力都是一样的`, `有何区别`) is no way to get one
    ("纸质证书与电子证书有何区别?两者效力都是一样的。", []),
    # an e-certificate named in a condition is no way to get one
    ("若电子证书已经实施,则不再补发纸质证书;电子证书试点尚未实施的,按原程序办理。", []),
    # session 14: a check in person (`现场验证`) is on site; certificates mailed on to the offices (`寄达各市`) are no
    # candidate's mail, nor is a registration's 现场确认
    ("审核未通过的考生,须采取现场验证方式领取证书。", ["on_site"]),
    ("补发的证书印制后寄达各区,由区人社局通知本人到窗口领取。", ["on_site"]),
    ("报名采取网上报名、现场确认的方式。", []),
    # postage paid or a collection way chosen on a website is an online step
    ("选择邮寄的考生须在网上支付邮费。", ["mail", "online"]),
    ("考生在网上确认领证方式后,到区人社局现场领取。", ["on_site", "online"]),
    # an order submitted with a click is made online (session 15)
    ("填好收件信息后点击“提交订单”,证书以EMS寄出。", ["mail", "online"]),
    # a form's or a newspaper's 电子版 is no e-certificate; the certificate's is
    ("另交数据盘(即电子版《合格人员花名册》)一份,到窗口领证。", ["on_site"]),
    ("遗失声明可提供电子版报纸截图。", []),
    ("证书电子版可登录官网下载。", ["electronic"]),
    # certificates sent out by post (`寄发证书`)
    ("审核通过后,由考试院统一寄发证书。", ["mail"]),
])
def test_mode_shapes(text, modes):
    assert find_modes(text, find_places(text)) == modes


def test_key_facts_of_a_notice_with_a_table_of_places():
    text = ("长丰县2025年度会计专业技术资格证书领取通知\n"
            "一、领取方式\n证书可现场领取,也可扫描下方二维码填写收件信息,邮寄费用由考生承担。\n"
            "二、各地领取地点\n考区 | 领取地点 | 咨询电话\n"
            "长丰县 | 长丰县财政局会计科 | 0551-6601234\n双墩镇 | 双墩镇财政所 | 0551-6605678\n"
            "三、领取时须携带本人身份证原件。\n"
            "长丰县财政局\n2025年8月1日")
    facts = key_facts(text)
    assert facts["place"] == ["长丰县财政局会计科", "双墩镇财政所"]
    assert facts["mode"] == ["on_site", "mail", "online"]
    assert facts["materials"] == ["身份证原件"]
    assert facts["agency"] == "长丰县财政局"


@pytest.mark.parametrize("text, materials", [
    # whose signature a document carries is not part of it
    ("代领人需携带委托人签名的委托书。", ["委托书"]),
    # 持有效证明 (持有 is not 持), an old certificate exchanged, a stop before 当面验收 and before 向…申请
    ("遗失的,本人可持有效证明,向县统计局申请补发。", ["证明"]),
    ("签收时请本人凭身份证件当面验收。", ["身份证件"]),
    # not documents: the steps of a procedure, an application made, a number or code quoted, a scan uploaded
    ("请提交补证材料,整个补证流程包括登报声明、网上申请和审核三个步骤。", []),
    ("领证时须提供身份证号码和学信网验证码。", []),
    ("请提交身份证扫描件。", []),
    # a count before the noun, and 代领 after it, are not part of the document
    ("考生本人须携带两张一寸照片办理。", ["一寸照片"]),
    ("可委托他人持委托书及双方身份证代领。", ["委托书", "身份证"]),
    # a materials label in other words, also after another sentence on the line
    ("2、准备材料:身份证原件、准考证、一寸照片。", ["身份证原件", "准考证", "一寸照片"]),
    ("可到窗口办理。应备文件:申请书一份、身分证影本一份。", ["申请书", "身分证影本"]),
    # an alternative to the document before is no second one; 等级 is no 等 that ends the list
    ("领证时请带上本人身份证原件或其他有效身份证件。", ["身份证原件"]),
    ("更换证书须提交身份证复印件、等级证书原件等材料。", ["身份证复印件", "等级证书原件"]),
    # a label named for the step (`取证材料:`); a heading over lines without numbers, or over one line of them;
    # a heading with its numbered list on the same line; a second list numbered from 1 is not documents
    ("取证方式:现场领取。取证材料:单位证明、本人身份证原件。", ["单位证明", "身份证原件"]),
    ("审计师领证需带资料\n成绩合格单\n一寸彩照两张\n身份证原件及复印件", ["成绩合格单", "一寸彩照", "身份证原件", "身份证复印件"]),
    ("三、换证所需资料\n旧证书、培训合格证、一寸免冠照片三张。", ["旧证书", "培训合格证", "一寸免冠照片"]),
    ("(二)补证资料1.《补证申请表》;2.身份证复印件。", ["补证申请表", "身份证复印件"]),
    ("请携带以下资料:\n(1)登记表;\n(2)身份证原件。\n1. 登录市考试网点击“证书申请”模块。", ["登记表", "身份证原件"]),
    # steps under a heading (`领取手续`) name documents after their verb; whose a listed document is, is not a sentence
    ("二、领证手续\n1.合格人员凭居民身份证领证。\n2.代领人凭委托书领取。", ["居民身份证", "委托书"]),
    ("统计师领证需带资料\n考生本人居民身份证原件\n成绩合格单原件", ["居民身份证原件", "成绩合格单原件"]),
    # what happens to an application is no document
    ("按要求提交相关申请信息,申请信息审核通过后所申请事项予以受理。", []),
    # session 14: a label naming the verb it asks for (`须携带的材料`, `应提交的资料`)
    ("领证须携带的材料：户口簿原件，毕业证书。", ["户口簿原件", "毕业证书"]),
    ("补办应提交的资料:遗失声明、近期彩照一张", ["遗失声明", "近期彩照"]),
    # a form's title holding a list mark is one form (`《…初、中级…》`)
    ("补证须提交《某省统计初、中级证书补办申请表》一份、身份证复印件。", ["某省统计初、中级证书补办申请表", "身份证复印件"]),
    # round eleven: a document qualified twice (`A和非A`), a bracket that is part of its name, a generic object over a
    # numbered list, a form named by its title after a dash, a bare 证件原件 beside named documents; whose it is stays out
    ("须交:在职和非在职学历(学位)证书复印件、身份证。", ["在职和非在职学历(学位)证书复印件", "身份证"]),
    ("持户口簿、学历(或学位)证书的原件前往窗口领取。", ["户口簿原件", "学历(或学位)证书原件"]),
    ("考生可按要求提交相关材料到区政务中心办理。\n1.《乙类登记表》一份;\n2.身份证原件;", ["乙类登记表", "身份证原件"]),
    ("所需材料:\n1、现场打印的回执单——《某市证书申领回执》一份;\n2、身份证原件", ["某市证书申领回执", "身份证原件"]),
    ("持相关证件原件到窗口办理。所需材料:身份证原件、学位证书原件。", ["身份证原件", "学位证书原件"]),
    ("代领时请出示代领人与被代领人的身份证原件。", ["身份证原件"]),
    # 有效 is no part of a document's name; a count of copies is not either
    ("须交回原有效资格证书原件和《合格人员登记表》一式两份。", ["原资格证书原件", "合格人员登记表"]),
    # session 15: `材料原件包括…` lists them; a closing `其他…材料` asks for whatever else, naming no document
    ("复核所用材料原件包括毕业证书原件、户口簿原件,及其他相关资料原件。", ["毕业证书原件", "户口簿原件"]),
    ("须提交身份证复印件、其他相关资料。", ["身份证复印件"]),
    # session 19: a generic noun given by examples after a comma (`所需的材料,如A、B等`), not a clause of its own (`如有疑问`)
    ("按发证机构要求备好换证所需的资料,如户口簿、学位证书原件等。", ["户口簿", "学位证书原件"]),
    ("请带上相关材料,如有疑问请致电咨询。", []),
    # session 19: 持 inside another word (支持, 持续) brings nothing, nor does the one who holds a document (`持X的考生`)
    ("部分地区已不支持补办纸质证书,可下载电子证书。", []),
    ("本站将持续更新各地证书领取的信息。", []),
    ("持港澳台学历证书的考生,须持学历认证报告原件。", ["学历认证报告原件"]),
    # a degree `or above` (`大学本科以上`, `大专及以上`) is part of the document's name; `以上材料` points back
    ("领证时须提交下列材料:\n1.本人身份证原件;\n2.大学本科以上学历证书原件。", ["身份证原件", "大学本科以上学历证书原件"]),
    ("领证时须提交下列材料:\n1.本人身份证原件;\n2.以上材料的复印件。", ["身份证原件"]),
    # a form brought filled in is the form; what is filled in is no document
    ("补证时携带户口簿、填写完整的证书补办登记表到窗口。", ["户口簿", "证书补办登记表"]),
    ("须提交填写的个人信息。", []),
    # sizes listed before the photo they share (`一寸、二寸照片各1张`) are a photo each
    ("领证须携带户口簿、一寸、二寸彩照各1张。", ["户口簿", "一寸彩照", "二寸彩照"]),
    ("须提交:户口簿,1寸和2寸免冠照片各一张。", ["户口簿", "1寸免冠照片", "2寸免冠照片"]),
    # an original and a copy of each document joined to the last (`A及B原件及复印件`); one listed with 、 keeps its own
    ("领证时携带毕业证书及学位证书原件及复印件。", ["毕业证书原件", "毕业证书复印件", "学位证书原件", "学位证书复印件"]),
    ("领证时携带户口簿、学位证书原件及复印件。", ["户口簿", "学位证书原件", "学位证书复印件"]),
    # identity papers named by example give the papers, as any generic noun with its examples does
    ("领证须带个人身份证件原件(例如身份证、护照、军官证等)。", ["身份证", "护照", "军官证"]),
    ("领证须出示本人有效身份证明(如户口簿、驾驶证等)。", ["户口簿", "驾驶证"]),
])
def test_material_shapes(text, materials):
    assert find_materials(text) == materials


@pytest.mark.parametrize("text, materials", [
    # session 21: documents handed in at an office (`将…提交至`, `连同…,交至`)
    ("请于15个工作日内将申请表、身份证复印件及原证书提交至报考所在地人事考试机构。", ["申请表", "身份证复印件", "原证书"]),
    ("请填写补办申请表,连同本人身份证复印件、登报遗失声明原件,交至市人事考试办公室。", ["身份证复印件", "登报遗失声明原件"]),
    # ... not a form filled in at the window (`当场填写《…登记表》`)
    ("领证时请带身份证、一寸近照,当场填写《会计从业资格证书登记表》。", ["身份证", "一寸近照"]),
    # ... not documents e-mailed (`发送至本中心邮箱`)
    ("确需邮寄的,请将身份证复印件、邮寄地址发送至本中心邮箱。", []),
    # a titled document's copy (`《…》原件`) keeps no stray closing bracket
    ("领取时请携带身份证原件、《审计师考试全科合格成绩单》原件。", ["身份证原件", "审计师考试全科合格成绩单原件"]),
    ("需提交《宁远市居住证》复印件。", ["宁远市居住证复印件"]),
])
def test_titled_documents_keep_no_stray_bracket(text, materials):
    assert find_materials(text) == materials


@pytest.mark.parametrize("text, phones", [
    ("联系电话:66123456、66123457", ["66123456", "66123457"]),
    ("咨询电话:66123456  66123457", ["66123456", "66123457"]),
    # session 21: a local number spaced in two, kept as written
    ("咨询电话:0791-8627 0541", ["0791-8627 0541"]),
    ("联系电话:0817-2230 516。", ["0817-2230 516"]),
])
def test_phone_lists(text, phones):
    assert find_phones(text) == phones


@pytest.mark.parametrize("text, fee", [
    ("每份证书的快递服务收取12元。", "每份证书的快递服务收取12元"),
    ("收费标准:本事项不收费", "收费标准:本事项不收费"),
    # an option named in quotes is not who pays; the clause that says it is
    ("请优先选择“邮寄到付”方式。邮寄费用由考生承担。", "邮寄费用由考生承担"),
])
def test_fee_shapes(text, fee):
    assert find_fee(text) == fee


@pytest.mark.parametrize("text, agency", [
    # a signature date with an ASCII zero among Chinese numerals
    ("请按时领取。\n宁远市考试院\n二0一三年五月六日", "宁远市考试院"),
    # a signature whose date was cut off
    ("领证须知\n请按时领取。\n长丰县财政局", "长丰县财政局"),
    # session 15: the document a notice rests on is not who issued it, nor are those it is addressed to
    ("根据《某省财政厅关于启用新版证书的通知》(某财会〔2031〕9号),我局决定换发新证,现将有关事项公告如下:\n一、换证时间", None),
    ("各区县人社局:\n根据某部办公厅《关于某考试合格标准的通知》要求,现将证书办理事项通知如下:", None),
    # … but a repost's report of the notice names its issuer
    ("根据《某省人事考试中心关于领取2031年度证书的通知》,证书将于3月起发放。", "某省人事考试中心"),
])
def test_agency_shapes(text, agency):
    assert find_agency(text) == agency


# --- place shapes from a sweep of our own sentences (session 18): labels qualified or named by the way of collecting,
# a place `位于`, a pointer back to a place named before, an office certificates are handed over to be kept

@pytest.mark.parametrize("line, place", [
    ("具体地点:某县人社局二楼服务窗口", "某县人社局二楼服务窗口"),
    ("自取:某市人事考试中心一楼大厅", "某市人事考试中心一楼大厅"),
    ("自取地点:某区便民服务中心", "某区便民服务中心"),
    ("发放地点位于某市人才市场三楼。", "某市人才市场三楼"),
    ("领证地点设于某市职业技能鉴定中心。", "某市职业技能鉴定中心"),
    ("逾期证书已移交某市档案服务中心保管,请持证人本人到该中心领取。", "某市档案服务中心"),
    ("证书发放点设在某市人事考试中心服务大厅。", "某市人事考试中心服务大厅"),
    ("考生可到报名时选择的确认点领取证书。", "报名时选择的确认点"),
    ("请考生到原资格审核点领取证书。", "原资格审核点"),
])
def test_place_shapes_of_the_sweep(line, place):
    assert key_facts("关于领取某类证书的通知\n" + line)["place"] == [place]


def test_a_pointer_to_a_place_named_before_is_no_second_place():
    text = "关于领取某类证书的通知\n证书统一寄到某县人社局窗口后,考生再到该处领取。"
    assert key_facts(text)["place"] == ["某县人社局窗口"]


# --- an office's questions and answers: a bare answer is the value of what the question asks

@pytest.mark.parametrize("text, place, materials", [
    ("某市证书领取常见问答\n问:证书在哪里领取?\n答:某市人事考试中心一楼大厅。\n问:领证需要带什么材料?\n答:本人身份证原件和准考证。",
     ["某市人事考试中心一楼大厅"], ["身份证原件", "准考证"]),
    ("某市证书问答\n1.证书去哪里补办?\n某区人社局三楼窗口。\n2.补办要提供哪些材料?\n身份证复印件、近期证件照。",
     ["某区人社局三楼窗口"], ["身份证复印件", "近期证件照"]),
    ("问:证书到哪儿领?答:某县政务中心二楼。", ["某县政务中心二楼"], []),
    # an answer in a sentence is read as one (and the same place comes out)
    ("某市证书问答\n问:证书在哪里领取?\n答:请到某市人事考试中心一楼大厅领取。", ["某市人事考试中心一楼大厅"], []),
    # what to bring on the exam's day is no certificate's material
    ("某类考试常见问题\n问:考试当天需要带什么?\n答:准考证和身份证。", [], []),
])
def test_a_bare_answer_is_the_value_of_what_the_question_asks(text, place, materials):
    facts = key_facts(text)
    assert (facts["place"], facts["materials"]) == (place, materials)


@pytest.mark.parametrize("line, materials", [
    # a numbered list right after `需要:`
    ("补办证书需要:(1)本人身份证复印件;(2)单位证明;(3)近期二寸照片1张。", ["身份证复印件", "单位证明", "近期二寸照片"]),
    ("换证需要:1.旧证原件;2.身份证复印件。", ["旧证原件", "身份证复印件"]),
    # `前来` ends what is carried, as `前往` does
    ("请考生持本人二代身份证原件及复印件前来领取。", ["二代身份证原件", "二代身份证复印件"]),
])
def test_material_shapes_of_the_sweep(line, materials):
    assert key_facts("关于领取某类证书的通知\n" + line)["materials"] == materials


def test_a_pointer_to_a_form_named_before_is_that_form():
    text = "关于补办证书的说明\n请申请人下载并填好《某类证书补办登记表》,并携带该表及身份证复印件到某中心办理。"
    assert key_facts(text)["materials"] == ["《某类证书补办登记表》", "身份证复印件"]


@pytest.mark.parametrize("text, agency", [
    # session 19: a sentence ending on a verb of 办 (`…进行补办:`) names no office; an office ending on 办 does
    ("宁远市审计师证书丢了,可以按下面的步骤去补办:\n- 网上申请:\n登录系统填写信息。\n- 领新证:\n带身份证领取。", None),
    ("关于领取证书的通知\n请合格人员按时领取。\n宁远市职改办\n2031年3月1日", "宁远市职改办"),
])
def test_a_sentence_ending_on_a_verb_is_no_agency(text, agency):
    assert key_facts(text)["agency"] == agency


@pytest.mark.parametrize("text, fact, value", [
    # session 19: a form a materials list says to fill in (`- 填写《…表》`) is one of the materials
    ("宁远市审计师证书补办指南\n1. 准备材料\n- 填写《审计师证书补办申请表》。\n- 本人身份证原件及复印件。\n2. 递交申请", "materials",
     ["审计师证书补办申请表", "身份证原件", "身份证复印件"]),
    # a time before the place's 至 is when, not where
    ("现场领取:携带身份证原件,在工作日至宁远市财政局二楼窗口办理。", "place", ["宁远市财政局二楼窗口"]),
    # a sentence announcing the advice below is no deadline rule; the rule under it is
    ("对于逾期未领取证书的宁远市考生,本站给出以下几点建议。\n逾期未领取的证书将由宁远市人事考试中心统一销毁。", "deadline_rule",
     "逾期未领取的证书将由宁远市人事考试中心统一销毁"),
    # a title that is an office's name and its notice's noun names the office (with the region bracketed before it)
    ("[宁远市]人力资源和社会保障局公告\n一、请合格人员按时领取证书。", "agency", "宁远市人力资源和社会保障局"),
])
def test_listed_forms_times_before_places_announcements_and_office_titles(text, fact, value):
    assert key_facts(text)[fact] == value


@pytest.mark.parametrize("text, online", [
    # session 19: steps of an online application written one a line: a login to a site, then an application there
    ("申请邮寄流程\n1. 登录宁远市人事考试网,进入证书栏目;\n2. 核对个人信息;\n3. 选择申请证书邮寄并填写收件地址;", True),
    ("证书邮寄已实现线上操作,考生无需到现场。", True),
    ("请于3月1日至20日登录宁远市人事考试网证书系统,确认或修改收件地址。", True),
    # ... not a login to look something up, nor an application made elsewhere long after
    ("查询方法\n1. 登录宁远市人事考试网查询成绩;\n2. 下载电子证书;", False),
    ("请登录宁远市继续教育网报名学习。\n完成学习的,方可申请延续注册。", False),
])
def test_online_steps_one_a_line(text, online):
    assert ("online" in key_facts(text)["mode"]) is online


@pytest.mark.parametrize("text, places", [
    # session 20: a body named as the one that hands out or takes applications (`确定X为…机构`)
    ("经研究,确定宁远市各县区人社局为证书发放机构。", ["宁远市各县区人社局"]),
    ("宁远市政务服务中心为本次证书补办受理单位。", ["宁远市政务服务中心"]),
    # an application made at the place it was brought to (`前往X进行申请`)
    ("遗失证书的,请携带身份证原件前往宁远市人事考试中心进行申请。", ["宁远市人事考试中心"]),
    # ... not an exam sat there
    ("考试在宁远市第一中学进行。", []),
])
def test_places_named_as_the_office_and_applications_made_there(text, places):
    assert key_facts(text)["place"] == places


@pytest.mark.parametrize("text, places, modes", [
    # session 20: certificates posted down the chain of offices come to the office the candidate goes to: no mail for
    # the candidate, and the office they were posted to, where they are handed out, is the place
    ("证书由省考试院统一制作,寄送至各市考试中心,各市考试中心按通知时间为考生发放证书。", ["各市考试中心"], ["on_site"]),
    ("合格证书将快递至各县区人社局,再由县区人社局发放。", ["县区人社局"], ["on_site"]),
    # ... while a certificate posted to the candidate is mail
    ("证书可快递至考生本人,邮费到付。", [], ["mail"]),
])
def test_certificates_posted_between_offices(text, places, modes):
    facts = key_facts(text)
    assert (facts["place"], facts["mode"]) == (places, modes)


@pytest.mark.parametrize("text, fact, value", [
    # session 20: paying for the courier is the fee clause
    ("邮寄领取:审核通过后可选择邮寄,需支付快递费并确认收件信息。", "fee", "需支付快递费并确认收件信息"),
    # a service guide's label on a line of its own, the issuing body on the next
    ("五、受理机构\n宁远市政务服务大厅窗口\n六、决定机构\n宁远市人力资源和社会保障局\n七、办理条件", "agency", "宁远市人力资源和社会保障局"),
    # ... not a label's line with no body after it
    ("六、决定机构\n详见附件。", "agency", None),
    # certificates passed down (`下放至`) to the office that hands them out
    ("证书由省人事考试中心下放至宁远市人社局,考生凭身份证领取。", "place", ["宁远市人社局"]),
])
def test_courier_fees_service_labels_and_certificates_passed_down(text, fact, value):
    assert key_facts(text)[fact] == value


@pytest.mark.parametrize("text, places", [
    # session 21: a unit that collects for its candidates and hands the certificates on is a place
    ("外县考生的证书由各县区人社局统一代领后转发。", ["各县区人社局"]),
    ("其他各市考生的证书由各市统计局派人领回后负责发放。", ["各市统计局"]),
    # certificates moved to an office where those who did not ask for mail collect them (`转存至X`)
    ("逾期未填写邮寄信息的,证书将统一转存至各市人事考试机构,由考生本人持身份证前往领取。", ["各市人事考试机构"]),
    # a bracketed address a copy spaced off the place (`会计股 (某楼2楼 )`)
    ("请合格人员带身份证、准考证到县财政局会计股 (财政局办公楼2楼 )领取。", ["县财政局会计股 (财政局办公楼2楼 )"]),
    # ... not a candidate's own address the certificates are posted to
    ("证书一律实行免费邮寄(直邮)到考生报名时填写的地址,不再设置现场领证窗口。", []),
    # ... not a candidate's proxy (`由他人代领`)
    ("本人不能到场的,可由他人代领。", []),
])
def test_units_collecting_for_their_candidates(text, places):
    assert key_facts(text)["place"] == places


@pytest.mark.parametrize("text, places", [
    # session 21: a list by district after `…发放,具体如下:` gives the places written as values
    ("证书按报名时选择的区发放,具体如下:\n宁东区:宁东区财政局(东湖路8号)二楼大厅\n宁西区:宁西区政务服务中心财政窗口\n领取时间:5月6日至17日。",
     ["宁东区财政局(东湖路8号)二楼大厅", "宁西区政务服务中心财政窗口"]),
    # ... and no district whose value is a period
    ("由各区人社局负责发放,具体如下:\n宁东区、宁西区:5月6日至5月10日\n其他各区:5月13日至5月17日", ["各区人社局"]),
    # a flattened table whose place cell holds a space: the columns after it are read from the right
    ("领证地点如下:\n区 领证地点 电话\n宁东 宁东区财政局会计科 东湖路8号5楼 83100001\n宁西 宁西区政务服务中心 83100002",
     ["宁东区财政局会计科 东湖路8号5楼", "宁西区政务服务中心"]),
    # an item giving its days, then its place (`区县:一月八日至一月十日,区财政局;`), or a labelled value listing two with `;`
    ("证书已办理完毕,现分县区发放:\n市直考生:2031年1月6日至1月10日,市财政局会计科(三楼);\n宁东区、宁西区:一月八日至一月十日,区财政局;",
     ["市财政局会计科(三楼)", "区财政局"]),
    ("二、换证地点:市财政局会计科(府前路17号);各县区财政局会计股。", ["市财政局会计科(府前路17号)", "各县区财政局会计股"]),
    # ... not a step after the days (`4月9日至16日,登录…网上服务大厅填写地址`)
    ("一、邮寄:4月9日至4月16日,登录宁远人社网上服务大厅填写地址;\n二、现场领取:持身份证到宁远市人事考试院领取。", ["宁远市人事考试院"]),
])
def test_places_listed_by_district(text, places):
    assert key_facts(text)["place"] == places


def test_a_list_numbered_with_circled_numbers_on_one_line():
    # session 21: NFKC reads `①` as `1`; the normaliser writes it `(1)` first, so the items keep no digit
    got = normalize_record({"text": "关于领取证书的通知\n需携带:①身份证原件;②准考证;③一寸彩色照片1张。"})
    assert got["materials"] == ["身份证原件", "准考证", "一寸彩色照片"]


@pytest.mark.parametrize("text, agency", [
    # session 21: a repost's lead naming the office that published the notice it reports
    ("宁远2031年初级会计证书领取时间公布\n责任编辑:小林\n考友们注意啦!宁远市财政局已发布2031年度初级会计资格证书领取通知,整理如下:", "宁远市财政局"),
    ("二建证书邮寄开始啦\n原创 某某培训 2031-03-02\n宁远市人事考试中心今天发布通知:证书即日起开放邮寄申请。", "宁远市人事考试中心"),
    ("监理证书电子版开放\n建设信息报讯\n宁远市建设执业资格注册中心3月28日发布公告,电子证书已于当日起开放。", "宁远市建设执业资格注册中心"),
    ("【导读】宁远市人事考试中心发布通知,2031年度证书自6月7日起发放。", "宁远市人事考试中心"),
    ("昨日,记者从宁远市财政局了解到,2031年度会计资格证书已经到了,即日起发放。", "宁远市财政局"),
    ("留言标题:证书什么时候发?\n答复单位:宁远市住房和城乡建设局 答复时间:2031-02-24\n您好!证书已印制完成。", "宁远市住房和城乡建设局"),
    ("社工证书来了\n小编导读:下面是宁远市人事考试中心的原文,收藏转发起来~\n证书采取邮寄方式发放。", "宁远市人事考试中心"),
    ("领证啦\n导读:昨天(3月1日)宁远市财政局发布了领证通知,符合条件的抓紧时间!", "宁远市财政局"),
    ("翻译证书电子版上线\n转自:宁远市翻译协会   发布:2031-01-20   编辑:备考联盟\n电子证书已上线。", "宁远市翻译协会"),
    ("东莞证书邮寄\n(来源:宁远市人事考试中心)\n逾期未申请的考生,请到窗口领取。\n附件:名单", "宁远市人事考试中心"),
    # ... not a notice still to be looked out for (`关注各市财政局发布的通知`), nor many offices (`多地财政厅发布通知`)
    ("证书什么时候领?\n请关注宁远市财政局发布的通知。", None),
    ("证书陆续发放\n2031年证书已陆续发放!多地财政厅发布通知,明确了领取时间。", None),
    # a source named in brackets on the last line
    ("三、领取时间及地点\n持身份证原件到各县区财政局领取。\n(来源:宁远市财政局会计科)", "宁远市财政局会计科"),
])
def test_agency_named_by_a_repost_or_its_last_line(text, agency):
    assert key_facts(text)["agency"] == agency
