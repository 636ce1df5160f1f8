"""Shapes found by two fresh probe sets (twelfth session, sets d and e: 160 texts by writers who saw only
the label conventions; kept outside the repository, scored on arrival in the session notes): a site's
masthead with its column above the title (`某厅 > 通知公告`), 职称 certificates under their formal name
(`专业技术职务任职资格证书`), titles about a list of passers or a 核查 of them.
Table tests in sentences of our own (none copied from the probe sets, the corpus or the shared dev set).
"""

from __future__ import annotations

import pytest

from pipelines.text import split_title
from tests.conftest import normalized


@pytest.mark.parametrize("text, title", [
    # the masthead names an office: it stays as the title's issuer
    ("宁远市财政局 > 通知公告\n关于领取2030年度会计证书的通知\n正文", "【宁远市财政局】关于领取2030年度会计证书的通知"),
    ("长丰县人社局 通知公告\n关于领取2030年度经济师证书的通知\n正文", "【长丰县人社局】关于领取2030年度经济师证书的通知"),
    # a site's name is no office: only the column line goes
    ("宁远人事考试网 通知公告\n关于领取2030年度经济师证书的通知\n正文", "关于领取2030年度经济师证书的通知"),
    # a title that ends on a notice word after a space is still a title
    ("2030年度经济师证书领取 通知\n正文在此。", "2030年度经济师证书领取 通知"),
])
def test_a_masthead_with_its_column_is_no_title(text, title):
    assert split_title(text)[0] == title


@pytest.mark.parametrize("text, is_cert", [
    # a 职称 by its formal name, won by review
    ("关于领取2030年度中级专业技术职务任职资格证书的通知\n各单位:\n评审通过人员的证书已制作完成,请于3月4日至8日到市人社局领取。", False),
    # results under a masthead line: a list of passers, a check of their records
    ("宁远市财政局 > 通知公告\n关于公布2030年度初级会计资格考试合格人员名单的通知\n合格人员名单见附件,证书领取事宜另行通知。", False),
    ("长丰县人社局 通知公告\n2030年度一级造价工程师考试合格人员资格核查的通知\n请合格人员于3月4日至8日上传材料,核查通过后方可领取证书。", False),
    # the same masthead over a certificate notice
    ("宁远市财政局 > 通知公告\n关于领取2030年度初级会计资格证书的通知\n请合格人员于3月4日至8日到市财政局领取证书。", True),
])
def test_what_the_title_under_a_masthead_is_about(text, is_cert):
    assert normalized(text)["is_cert_notice"] is is_cert


@pytest.mark.parametrize("text, agency", [
    # the title's issuer over a `来源:` naming the department that posted it
    ("当前位置:首页 > 通知公告\n宁远市财政局关于领取2030年度会计证书的通知\n发布时间:2031-03-02 来源:会计科\n请考生按时领取。",
     "宁远市财政局"),
    ("[长丰县人事考试中心]关于领取2030年度经济师证书的通知\n请考生按时领取。", "长丰县人事考试中心"),
    # a masthead with its column over a title without 关于
    ("宁远市人事考试中心 > 证书办理\n2030年度经济师证书办理通知\n2031-03-02\n请考生按时领取。", "宁远市人事考试中心"),
    # a masthead over a title spaced out
    ("长丰县人力资源和社会保障局\n通 知\n请本县合格人员到县人社局领取证书。\n电话:0551-1234567", "长丰县人力资源和社会保障局"),
    # a department alone is kept only when nothing names the office
    ("2030年度经济师证书领取\n发布时间:2031-03-02 来源:证书科\n请考生按时领取。", "证书科"),
    # the labels a page's header uses for its publisher
    ("2030年度经济师证书领取通知\n作者:宁远市统计局 点击:88 日期:2031-03-02\n请考生按时领取。", "宁远市统计局"),
    ("2030年度经济师证书领取通知\n发布:长丰县人事考试中心 2031-03-02\n请考生按时领取。", "长丰县人事考试中心"),
    ("2030年度税务师证书领取的通知\n发布日期:2031-03-02  宁远市税务师协会\n请考生按时领取。", "宁远市税务师协会"),
    # a repost naming the notice it reports
    ("2030年度经济师证书补办\n根据宁远市人事考试中心通知,证书遗失的请到中心补办。", "宁远市人事考试中心"),
    # the signature above the page's own buttons
    ("2030年度二建证书发放通知\n请考生按时领取。\n宁远市人事考试中心\n打印本页 关闭窗口", "宁远市人事考试中心"),
])
def test_who_issued_a_notice_under_page_furniture(text, agency):
    assert normalized(text)["agency"] == agency


@pytest.mark.parametrize("text, places", [
    # kept there until collected
    ("未申请邮寄的,证书将于6月起保存在宁远市人事考试中心(新华路8号)待考生自取。", ["宁远市人事考试中心(新华路8号)"]),
    ("逾期未登记的,证书暂存长丰县人社局专技股(长江路9号),待通知后领取。", ["长丰县人社局专技股(长江路9号)"]),
    # a label under a post's bullet
    ("📌地点:宁远市住建局二楼执业资格科(新华路8号)", ["宁远市住建局二楼执业资格科(新华路8号)"]),
    # an application filled in at the office
    ("持登报声明和身份证到宁远市人事考试院(新华路8号)填写补办申请。", ["宁远市人事考试院(新华路8号)"]),
    # a service area of a hall
    ("请于工作日到宁远市民大厅三楼人社服务区(新华路8号)领取。", ["宁远市民大厅三楼人社服务区(新华路8号)"]),
])
def test_places_in_the_shapes_of_the_fresh_sets(text, places):
    assert normalized("2030年度证书领取通知\n" + text)["place"] == places


@pytest.mark.parametrize("table, places", [
    # a table a page flattened into cells parted by spaces
    ("区县 领证时间 地点\n东区、西区 3月4日至8日 宁远市会计服务中心(新华路8号)\n北县 3月11日至15日 北县财政局会计股",
     ["宁远市会计服务中心(新华路8号)", "北县财政局会计股"]),
    # parted by runs of spaces, a cell holding a single one
    ("单位类别    领取时间      领取地点\n市属医院    3月4日—8日    市卫健委人事处(新华路8号 3楼)\n县属医院    3月11日—15日    各县卫健局",
     ["市卫健委人事处(新华路8号 3楼)", "各县卫健局"]),
])
def test_places_in_a_table_spaced_into_cells(table, places):
    got = normalized("关于领取2030年度卫生资格证书的通知\n证书已到,请按下表领取:\n" + table + "\n领取时携带身份证原件。")
    assert got["place"] == places


@pytest.mark.parametrize("text, modes", [
    # certificates that came to the office by post: collected there
    ("证书已寄达我会,请合格人员于3月4日至8日到宁远市税务师协会领取。", ["on_site"]),
    ("证书已寄到本中心,请到宁远市人事考试中心领取。", ["on_site"]),
    # a training site's reminder service is no online application
    ("请到宁远市财政局领取。想第一时间获取领证通知?点击免费预约短信提醒!", ["on_site"]),
    # guards: the post to the candidate, an online application
    ("证书将通过EMS寄到考生填写的地址,邮费到付。", ["mail"]),
    ("请点击申请邮寄,填写收件地址。", ["mail", "online"]),
])
def test_ways_named_by_the_fresh_sets(text, modes):
    assert normalized("2030年度证书领取通知\n" + text)["mode"] == modes


@pytest.mark.parametrize("text, materials", [
    # a labelled list parted by semicolons, a bracket's verb aside
    ("申请材料:身份证原件及复印件;街道出具的户籍证明(换发时提供);原证书(损坏时交回)。",
     ["身份证原件", "身份证复印件", "户籍证明", "原证书"]),
    # ... up to a part that says more
    ("所需材料:身份证原件;代领的还需提供委托书。", ["身份证原件", "委托书"]),
    # an application submitted is no document
    ("本人到宁远市人事考试中心提交申请,邮费由申请人承担。", []),
    ("请提交申请表和身份证复印件。", ["申请表", "身份证复印件"]),
    # a post's flourishes
    ("记得带好身份证原件~", ["身份证原件"]),
    ("带上身份证!!!别白跑一趟", ["身份证"]),
])
def test_materials_in_the_shapes_of_the_fresh_sets(text, materials):
    assert normalized("2030年度证书补办须知\n" + text)["materials"] == materials


@pytest.mark.parametrize("text, is_cert", [
    # a repost quoting the notice it reports
    ("2030中级经济师证书直邮!宁远考生速看\n某网校 2031-05-09\n小编整理了宁远人事考试网发布的证书通知,原文如下:\n"
     "证书实行免费直邮,考生须于2031年5月13日至26日登录网站确认收件信息。", True),
    # a title that asks and answers with the news
    ("2030年审计师电子证书什么时候可以下载?官方通知来了\n某网校 2031-05-22\n电子证书自2031年5月22日起可下载。", True),
    # guards: the same chat without the original, a question alone
    ("2030中级经济师证书直邮!宁远考生速看\n某网校 2031-05-09\n小编提醒:往年证书一般在5月直邮,预计今年也差不多,大家耐心等待。", False),
    ("2030年审计师电子证书什么时候可以下载?\n预计成绩公布后两个月左右可以下载。", False),
])
def test_reposts_that_report_a_notice(text, is_cert):
    assert normalized(text)["is_cert_notice"] is is_cert


def test_a_wechat_posts_header_is_no_title_and_dates_it():
    got = normalized("宁远会计人 2031-04-18 08:30 发表于宁远\n收藏!宁远2030年中级会计证书开始直邮了\n请于4月20日至5月19日扫码填写邮寄信息。")
    assert (got["title"], got["published"]) == ("收藏!宁远2030年中级会计证书开始直邮了", "2031-04-18")


@pytest.mark.parametrize("body, start, end", [
    # a deadline moved: the date it moved to is the window's end
    ("现场领取时间由原定的6月28日延期至2031年7月31日,地点不变。", None, "2031-07-31"),
    # `自公告之日起`: the notice's own day, with or without a verb
    ("领取时间:自公告之日起至6月30日。", "2031-04-12", "2031-06-30"),
    # a count of months from the notice's day closes it: the day before the same date two months on
    ("请自发布通知之日起两个月内到窗口领取。", "2031-04-12", "2031-06-11"),
])
def test_windows_from_the_notice_day_and_moved_deadlines(body, start, end):
    got = normalized("2030年度证书领取公告\n发布时间:2031-04-12\n" + body)
    assert (got["window_start"], got["window_end"]) == (start, end)


@pytest.mark.parametrize("day", [
    "2030年12月4日", "2030-12-04 ", "2030年12月4日(星期三)", "二〇三〇年十二月四日", "2 0 3 0 年 1 2 月 4 日 ",
])
def test_a_count_of_months_from_a_day_however_the_day_is_written(day):
    got = normalized(f"关于领取2030年会计从业资格证书的通知\n一、申领时间:\n{day}开始,6个月内。\n二、申领地点:市财政局会计科。")
    assert (got["window_start"], got["window_end"]) == ("2030-12-04", "2031-06-03")


@pytest.mark.parametrize("text, title, exam", [
    # a WeChat post's call to follow the account above its title
    ("点击上方蓝字“宁远会计统计圈”关注我们!!\n2030年统计从业资格证书办理通知\n请于7月7日至25日到市统计局办理。",
     "2030年统计从业资格证书办理通知", "统计从业资格"),
    # a masthead, then the breadcrumb, then the title
    ("宁远市财政局\n您现在的位置:首页 > 会计管理 > 从业资格\n2030年会计从业资格证书领取公告\n请考生到报名地财政部门领取。",
     "2030年会计从业资格证书领取公告", "会计从业资格"),
    # a page title's site names after ` - `
    ("2030年会计从业资格证书领取通知 - 会计论坛 - Powered by Discuz!\n请合格人员到市财政局会计科领取证书。",
     "2030年会计从业资格证书领取通知", "会计从业资格"),
])
def test_page_titles_under_furniture(text, title, exam):
    got = normalized(text)
    assert (got["title"], got["exam"]) == (title, exam)


@pytest.mark.parametrize("text, want", [
    ("关于下载2030年护士执业资格考试电子成绩合格证明的通知\n考生可登录网站下载电子成绩合格证明。", (True, "electronic")),
    ("中级会计证丢了怎么办?补办流程来了(附官方办事指南)\n小编把宁远市财政局的办事指南搬过来了:\n【申请材料】身份证原件", (True, "reissue")),
])
def test_titles_of_the_fresh_sets(text, want):
    got = normalized(text)
    assert (got["is_cert_notice"], got["kind"]) == want


@pytest.mark.parametrize("text, fee", [
    ("四、收费标准:免费", "四、收费标准:免费"),
    ("补办证书的收费标准为每本20元。", "补办证书的收费标准为每本20元"),
    ("证书工本费十五元,请备好零钱。", "证书工本费十五元"),
])
def test_a_service_guides_fee(text, fee):
    assert normalized("2030年度证书补办指南\n" + text)["fee"] == fee


@pytest.mark.parametrize("text, materials", [
    ("【申请材料】\n1.身份证原件;\n2.《证书补发申请表》;\n3.原证书。\n【办理流程】网上预审—窗口提交材料—审核—补发证书",
     ["身份证原件", "证书补发申请表", "原证书"]),
    ("办理流程:申请人提交材料—窗口受理—审核—报省财政厅—补发证书", []),
])
def test_a_service_guides_materials(text, materials):
    assert normalized("2030年度证书补办指南\n" + text)["materials"] == materials


@pytest.mark.parametrize("text, places", [
    # handed out by another office for its own candidates
    ("请到宁远市财政局会计科领取。县(市)合格人员证书由各县(市)财政局代发。", ["宁远市财政局会计科", "各县(市)财政局"]),
    ("县级由县(市、区)卫生健康局统一领取后分发。", ["县(市、区)卫生健康局"]),
    # a committee's office, collected there later
    ("逾期未领者,请自行到省卫生健康委领取。", ["省卫生健康委"]),
    # sent on to an office for collection, or kept there
    ("逾期未申请邮寄的,证书将统一转至考生报名所在地市财政局。", ["报名所在地市财政局"]),
    ("未按时填写的,证书留存宁远市财政局会计科,需本人现场领取。", ["宁远市财政局会计科"]),
    # an office's address as the label of the place
    ("2.办公地址:宁远市统计局人事科(新华路8号)。", ["宁远市统计局人事科(新华路8号)"]),
    # a window with no office is the one named before
    ("请到宁远市人事考试中心(新华路8号)领取。逾期未领取的,可于每周三到窗口补领。", ["宁远市人事考试中心(新华路8号)"]),
    # the way the certificates came, already done, is no place to go to
    ("证书已由省卫生健康委下发,请到宁远市卫健委科教处(新华路8号)领取。", ["宁远市卫健委科教处(新华路8号)"]),
    ("证书已经由市财政局发放到县,请到县财政局会计股领取。", ["县财政局会计股"]),
    # a unit that collects at an office for its people: both are places, each for its own
    ("各学院证书由学院教务办统一到学位办(行政楼302)领取后发放。", ["学位办(行政楼302)", "学院教务办"]),
])
def test_places_that_f_and_g_wrote(text, places):
    assert normalized("2030年度证书领取通知\n" + text)["place"] == places


@pytest.mark.parametrize("text, is_cert", [
    # a schedule titled as one
    ("2030年职称外语等级考试合格证书发放时间安排\n5月10日 | 东区 | 市人事考试中心一楼大厅", True),
    # a section with no title that names a street address
    ("(三)证书领取\n不申请邮寄的,请于证书到达后到新华路39号宁远市人事考试院档案室现场领取。", True),
    # a section that only promises the arrangements, signed
    ("七、证书发放\n考试合格人员的资格证书发放时间、地点另行通知,请考生及时关注宁远人事考试网。\n宁远市人事考试中心\n2030年7月3日", False),
    # ... unlike a notice that defers only the day
    ("现就2030年度证书发放的相关事项公告如下:\n一、发放方式\n本次证书发放提供现场领取和邮寄两种方式,请到宁远市财政局领取。\n"
     "二、申请时间\n邮寄申请的开通时间将另行公告。", True),
])
def test_sections_and_schedules(text, is_cert):
    assert normalized(text)["is_cert_notice"] is is_cert


@pytest.mark.parametrize("body, start, end", [
    # an admission ticket carried after the period is a material
    ("请于2031年1月18日至1月29日(双休日除外)凭准考证、身份证到市人事考试院领取。", "2031-01-18", "2031-01-29"),
    # a lost 月 before a zero-led day
    ("电子证书已于2031年0525日开通,合格人员可自行下载。", "2031-05-25", None),
])
def test_windows_in_excerpts(body, start, end):
    got = normalized("2030年度证书领取通知\n发布时间:2031-01-10\n" + body)
    assert (got["window_start"], got["window_end"]) == (start, end)


@pytest.mark.parametrize("text, places", [
    # a table of two cells under a heading: whose place, then the place
    ("二、领取地点\n东区考生 | 宁远市财政局会计科(新华路8号)\n西区、北区考生 | 各区财政局会计股\n三、所需材料",
     ["宁远市财政局会计科(新华路8号)", "各区财政局会计股"]),
    # several districts before the colon
    ("请按报考地点分别领取:\n宁远考区:宁远市人事考试中心(新华路8号);\n长丰、北山、南川考区:各市人社局考试中心。",
     ["宁远市人事考试中心(新华路8号)", "各市人社局考试中心"]),
    # where one works is a place's qualifier here
    ("东区考生:到户籍或工作单位所在区财政局领取。", ["户籍或工作单位所在区财政局"]),
])
def test_places_that_i_wrote(text, places):
    assert normalized("2030年度证书领取通知\n" + text)["place"] == places


@pytest.mark.parametrize("text, materials", [
    # circled numbers glued to their items, on lines of their own
    ("请携带以下材料到市政务服务中心申请补办:\n①本人身份证原件;\n②在《宁远日报》登载的遗失声明原件;",
     ["身份证原件", "遗失声明原件"]),
    # a labelled list whose last item names the unit that issues it
    ("提交材料:身份证原件;近期1寸免冠证件照2张;所在单位人事部门出具的证书遗失证明。",
     ["身份证原件", "近期1寸免冠证件照", "证书遗失证明"]),
    # documents added for a proxy, a unit's list of who collects
    ("领取材料:身份证原件。代领的,另附委托书。", ["身份证原件", "委托书"]),
    ("单位集中领取的,须持单位公函及领取人员花名册。", ["单位公函", "领取人员花名册"]),
])
def test_materials_that_i_wrote(text, materials):
    assert normalized("2030年度证书领取通知\n" + text)["materials"] == materials


@pytest.mark.parametrize("body, start, end", [
    # a period whose start names the verb before its end
    ("证书自2031年3月26日开始发放,至4月20日结束。", "2031-03-26", "2031-04-20"),
    # certificates archived after a month: no channel, the period keeps its end
    ("领取时间:2031年4月22日至5月17日。逾期未领取的证书,将于2031年6月起转入档案室保管。", "2031-04-22", "2031-05-17"),
])
def test_periods_as_i_wrote_them(body, start, end):
    got = normalized("2030年度证书领取通知\n发布时间:2031-03-20\n" + body)
    assert (got["window_start"], got["window_end"]) == (start, end)


@pytest.mark.parametrize("text, places, modes", [
    # papers handed in at an office, in person or by post
    ("需补办的人员,可将以下材料报送至宁远市卫健委人事处(新华路8号):\n1.补办申请;\n材料可本人送达,也可通过EMS寄送。",
     ["宁远市卫健委人事处(新华路8号)"], ["on_site", "mail"]),
    # certificates sent back to be destroyed: no place
    ("满五年没有领走的证书报送至宁远市考试院,由其一并收回销毁。", [], []),
    # kept by the publisher itself: no place a reader can find
    ("未在规定期限内申请的,证书留存于本院,领取方式另行通知。请通过平台在线申请邮寄。", [], ["mail", "online"]),
    # an application made wholly online
    ("证书补办实行全程网办,登录宁远办App在线签署补办承诺书,证书由EMS免费寄递。", [], ["mail", "online"]),
    # an address filled in before is no application now; a visit discouraged is no way
    ("证书寄送至考生报名时在宁远会计网填写的通讯地址。", [], ["mail"]),
    ("电子证书可登录网站下载。各地不再发放纸质证书,请考生不要前往领取。", [], ["electronic"]),
    # an e-certificate shown on a phone
    ("请到宁远市行政服务中心应急窗口领取。电子证书可在宁远办APP查询、亮证,与纸质证书具有同等效力。",
     ["宁远市行政服务中心应急窗口"], ["on_site", "electronic"]),
])
def test_ways_and_places_that_i_wrote(text, places, modes):
    got = normalized("2030年度证书领取通知\n" + text)
    assert (got["place"], got["mode"]) == (places, modes)


@pytest.mark.parametrize("text, materials", [
    # the documents of each case under its own label
    ("补证:身份证原件复印件、登报遗失声明、1寸照片1张\n换证(证书破损、信息变更):原证书、身份证复印件、变更证明",
     ["身份证原件", "身份证复印件", "登报遗失声明", "1寸照片", "原证书", "变更证明"]),
    ("换证须交:旧版证书原件、本人身份证复印件、近期一寸蓝底彩照一张。", ["旧版证书原件", "身份证复印件", "近期一寸蓝底彩照"]),
    # a case label over a sentence is read as a sentence
    ("补证:资格证书遗失的,持本人身份证原件到原发证机关申请补发。\n换证:旧版证书一律换领新版证书,换证时交回旧证。",
     ["身份证原件", "旧证"]),
    # a signed letter of authority, a recent photo
    ("代领的,须持受托人身份证原件及签字委托书到窗口领取。", ["身份证原件", "签字委托书"]),
    ("请持本人身份证、准考证、2寸近照1张到市会计学会办理领证手续。", ["身份证", "准考证", "2寸近照"]),
])
def test_materials_that_j_wrote(text, materials):
    assert normalized("2030年度证书补(换)证办理\n" + text)["materials"] == materials


def test_a_table_ends_at_the_line_after_its_last_row():
    text = ("考试名称 | 领证时间 | 领证地点\n审计专业技术资格 | 3月26日—3月30日 | 市人事考试中心一楼大厅\n"
            "统计专业技术资格资格考试合格人员证书 | 4月5日—4月8日 | 市统计局三楼培训室\n"
            "县区考生由各县区人社局统一到市人事考试中心领取后发放,请按时领取。")
    assert normalized("2030年度证书发放通知\n" + text)["place"] == ["市人事考试中心一楼大厅", "市统计局三楼培训室", "各县区人社局"]


@pytest.mark.parametrize("text, is_cert", [
    # a round-up of actual arrangements, region by region: a notice (the corpus's judgement call 1)
    ("2030年中级经济师证书领取时间汇总(持续更新)\n小编整理了已公布地区的安排:\n宁远:2031年3月10日至3月28日,到宁远市人事考试中心领取;\n"
     "长丰:3月17日起可申请邮寄,截止到4月18日;\n其他地区请关注本站更新。", True),
    ("2030年初级会计证书领取时间汇总\n| 地区 | 领取时间 |\n| 宁远 | 3月10日起 |\n| 长丰 | 3月16日—3月27日 |", True),
    # ... not a forecast, nor a title alone
    ("2031年一建证书领取时间汇总\n往年安排仅供参考:\n宁远:3月10日至3月28日;\n长丰:3月17日起;\n预计今年也差不多。", False),
    ("各地2030年初级会计证书领取时间及领取方式汇总(3月22日更新)", False),
])
def test_round_ups_of_actual_arrangements(text, is_cert):
    assert normalized(text)["is_cert_notice"] is is_cert


@pytest.mark.parametrize("text, is_cert", [
    # session 16: a round-up naming the regions that have already put an arrangement in place (judgement call 1)
    ("2030年护士资格证书发放方式有变化\n目前江西、宁夏、海南等省份已明确只发电子证书,不再印制纸质证书。", True),
    ("2030年社工证书直邮办理汇总\n截至本周,湖北、湖南、贵州这3个省份确认开展证书直邮,各地申请时间不一。", True),
    # ... not a forecast, nor what was done in earlier years
    ("2030年护士资格证书发放方式有变化\n据了解,江西、宁夏、海南等省份预计明年起只发电子证书。", False),
    ("2030年社工证书直邮办理汇总\n往年湖北、湖南、贵州这3个省份已经开展证书直邮,今年尚无消息。", False),
])
def test_round_ups_of_regions_that_acted(text, is_cert):
    assert normalized(text)["is_cert_notice"] is is_cert


@pytest.mark.parametrize("text, is_cert", [
    # session 16: a title that answers when with the day reports the arrangement, region or not
    ("更新:中级经济师纸质证书发放时间:2031年3月16日;", True),
    ("二级建造师证书领取时间为4月7日,请考生留意", True),
    # ... not a title that only asks, nor one whose day is a guess
    ("中级经济师纸质证书发放时间是什么时候?", False),
    ("中级经济师纸质证书发放时间:3月16日左右", False),
])
def test_a_title_that_gives_the_day(text, is_cert):
    assert normalized(text)["is_cert_notice"] is is_cert


@pytest.mark.parametrize("text, is_cert", [
    # session 19: a title that asks how or when, answered in the opening with the dated arrangement and its year
    ("2031年下半年银行从业证书发放方式及注意事项\n本期银行业专业人员证书申请时间为2031年12月2日9:00至12月9日17:00,逾期不再受理。",
     True),
    ("审计师证书领取时间\n审计师纸质证书领取时间:2031年3月8日至3月20日,请携带身份证前往。", True),
    # ... not an opening that hedges the dates, nor one that gives them without a year
    ("审计师证书领取时间\n审计师纸质证书领取时间:3月8日至3月20日,请携带身份证前往。", False),
    ("2031年下半年银行从业证书发放方式及注意事项\n往年证书申请时间一般在2030年12月2日至12月9日左右,今年以通知为准。", False),
    ("审计师证书领取时间\n审计师纸质证书领取时间预计为2031年3月8日至3月20日,请以官方为准。", False),
])
def test_a_title_that_asks_answered_with_the_dated_arrangement(text, is_cert):
    assert normalized(text)["is_cert_notice"] is is_cert


@pytest.mark.parametrize("text, is_cert", [
    # session 19: a title worded as a question (`什么时候领?`) whose opening reports the dated arrangement, year and all
    ("2031年审计师证书什么时候领?\n审计师 责任编辑:某某 2031-03-02\n据省人事考试中心通知,审计师纸质证书领取时间为2031年3月8日至3月20日,"
     "请考生按时办理。", True),
    ("2031年上半年银行从业证书什么时候可以申请?\n从协会获悉,证书申请时间:2031年7月9日9:00-7月19日17:00。", True),
    # ... not one whose opening only recalls an earlier year's dates
    ("2031年审计师证书什么时候领?\n审计师 责任编辑:某某 2031-03-02\n审计师纸质证书领取时间一般为成绩公布后三个月左右,往年为2030年3月8日"
     "至3月20日。", False),
])
def test_a_question_title_answered_with_the_dated_arrangement(text, is_cert):
    assert normalized(text)["is_cert_notice"] is is_cert


def test_an_opening_reported_beside_a_forecast_of_the_paper_certificates():
    # session 19: `电子证书已开放下载` is news of an opening though the paper certificates are forecast in the next sentence;
    # the forecast month names no round, and last year's date recalled for reference opens no window
    text = ("2031年宁远市审计师电子证书查询入口已开放\n2031-09-07 来源:某某网\n目前,2031年宁远市审计师电子证书已开放下载。\n"
            "纸质证书预计将在10月发放,参考2030年的安排(10月9日开始发放),考生可提前准备。")
    read = normalized(text)
    assert (read["is_cert_notice"], read["kind"]) == (True, "electronic")
    assert (read["batch_month"], read["window_start"], read["window_end"]) == (None, None, None)
