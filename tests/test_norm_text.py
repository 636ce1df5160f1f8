import pytest

from pipelines.normalize import normalize_record
from pipelines.spam import drop_spam
from pipelines.text import clean_title, lead, simplify, split_title


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("監(jiān)理工程師", "监理工程师"),
        ("２０２４年３月５日", "2024年3月5日"),
        ("造价工程师(安装工程)", "造价工程师(安装工程)"),
        ("(7月第4批次)", "(7月第4批次)"),
        ("附件(PDF)", "附件(PDF)"),
        ("證\u200b書", "证书"),
        ("", ""),
    ],
)
def test_simplify(raw, want):
    assert simplify(raw) == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("2023湖北造價(jià)工程師資格證書換(huàn)發(fā)說明2023-05-19", "2023湖北造价工程师资格证书换发说明"),
        ("[东莞市人事考试中心]关于领取2023年度一级建造师证书的通知", "关于领取2023年度一级建造师证书的通知"),
        ("【证书办理】2018年江西省赣州市统计师合格证书的办理公告", "2018年江西省赣州市统计师合格证书的办理公告"),
        ("·[某省人事考试局]2015年出版专业资格合格证书发放公告_某人考函[2016]12",
         "2015年出版专业资格合格证书发放公告"),
        ("2025年兵團一級造價工程師證書發放公告(11月第3批次)2025-11-03", "2025年兵团一级造价工程师证书发放公告(11月第3批次)"),
        ("关于领取证书的通知 (2023/12/01)", "关于领取证书的通知"),
        ("2015第三次沈阳市专业技术人员职称外语考试证书发放公告",
         "2015第三次沈阳市专业技术人员职称外语考试证书发放公告"),  # no date tail to cut
        # a list's badges after the title
        ("关于领取2026年度审计师证书的通知【置顶】【新】", "关于领取2026年度审计师证书的通知"),
        ("监理工程师证书邮寄申请说明 NEW", "监理工程师证书邮寄申请说明"),
        ("电子证书下载指引[图] 2026-03-02", "电子证书下载指引"),
        ("证书发放公告【第二批】", "证书发放公告【第二批】"),  # a batch in brackets is the title's own
        ("证书补办须知（新）", "证书补办须知(新)"),  # round brackets are words of the title
    ],
)
def test_clean_title(raw, want):
    assert clean_title(raw) == want


def test_drop_spam_keeps_notice_lines():
    text = "证书发放公告\n备考交流QQ群:654321\n图片\n请于6月2日前办理\n办理流程www.example.com"
    assert drop_spam(text) == "证书发放公告\n请于6月2日前办理\n办理流程"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("关于发放证书的公告\n各位合格人员:\n即日起办理", "关于发放证书的公告"),
        ("各位合格人员:\n即日起办理", ""),
        ("当前位置:首页 >> 证书\n2020年陕西审计师合格证书办理方式\n正文", "2020年陕西审计师合格证书办理方式"),
        # breadcrumbs in other words, or only a chain of `>`
        ("您现在的位置:某网校 > 经济师 > 证书办理\n2021年经济师证书办理\n正文", "2021年经济师证书办理"),
        ("您的当前位置:首页 > 考试 > 统计师\n2019年统计师证书发放\n正文", "2019年统计师证书发放"),
        # session 20: three short steps without 首页 or 位置, `>` or `>>` between them
        ("宁远人事考试网 > 证书管理 > 东城考区\n2031年度统计师证书发放\n正文", "2031年度统计师证书发放"),
        ("宁远市财政局 >> 会计管理 >> 通知公告\n会计证书补办安排\n正文", "会计证书补办安排"),
        # ... not a line comparing figures
        ("成绩>60分 且 >45分 的考生\n可以申请", "成绩>60分 且 >45分 的考生"),
        # a header line is not the title, and stays in the body (it dates the page)
        ("时间:03-18 人气:12 作者:某某\n统计师证书发放安排\n正文", "统计师证书发放安排"),
        # an excerpt that starts inside a page has no title
        ("二、证书办理\n合格人员请到窗口办理", ""),
        ("(三)邮寄申请\n登录系统申请", ""),
        ("3、证书领取\n带身份证办理", ""),
        ("证书一般在成绩公布后两个月发放。部分地区推行电子证书。", ""),
        ("", ""),
    ],
)
def test_split_title(text, title):
    assert split_title(text)[0] == title


def test_split_title_keeps_the_header_in_the_body():
    assert split_title("时间:03-18 人气:12\n统计师证书发放安排\n正文") == ("统计师证书发放安排", "时间:03-18 人气:12\n正文")


def test_lead_is_the_first_lines():
    assert lead("\n一\n\n二\n三") == "一\n二"


def test_lead_skips_a_repeated_title_and_meta_lines():
    body = "关于领取证书的通知\n发布时间:2026-05-01 来源:湖北省人事考试院\n各位考生:\n2025年度一级建造师证书"
    assert lead(body, title="关于领取证书的通知") == "各位考生:\n2025年度一级建造师证书"



@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        # a text pasted onto one line: the title ends on its noun, a space, then the body
        ("关于补办2025年度一级造价工程师证书的通知 即日起,遗失证书的考生可到市考试院申请。", "关于补办2025年度一级造价工程师证书的通知",
         "即日起,遗失证书的考生可到市考试院申请。"),
        ("某市2025年度审计师证书发放安排 请于3月2日至3月20日到市财政局领取。", "某市2025年度审计师证书发放安排",
         "请于3月2日至3月20日到市财政局领取。"),
        # guards: a sentence is no title, nor is a line without the gap
        ("各位考生:证书已到 请于3月2日领取。", "", "各位考生:证书已到 请于3月2日领取。"),
        ("根据上级通知要求,现将证书领取事宜通知如下。请于3月2日领取。", "", "根据上级通知要求,现将证书领取事宜通知如下。请于3月2日领取。"),
    ],
)
def test_a_title_glued_to_its_body_on_one_line(text, title, body):
    assert split_title(text) == (title, body)


@pytest.mark.parametrize("text, title", [
    # session 16: a copied page's chrome above the title; the title is the line the page's stamp sits under
    ("18周年\n考证培训 名师直播\n客户端下载\n2030年下半年银行业职业资格证书申请公告\n来源:某协会 2030/11/20\n正文。",
     "2030年下半年银行业职业资格证书申请公告"),
    ("◆◆ 限时福利 进群领资料 ◆◆\n关于领取2030年度审计师证书的通知\n发布时间:2031-03-02\n各位考生:",
     "关于领取2030年度审计师证书的通知"),
    # guards: a first line that names a notice's noun stays the title; a masthead keeps its own reading; without a
    # stamp under it a later line is not taken
    ("2030年统计师证书发放安排\n最新动态\n来源:某站", "2030年统计师证书发放安排"),
    ("某市人事考试中心\n关于领取2030年度经济师证书的通知\n发布时间:2031-03-02", "【某市人事考试中心】关于领取2030年度经济师证书的通知"),
    ("18周年\n考证培训 名师直播\n2030年下半年银行业职业资格证书申请公告\n正文。", "18周年"),
])
def test_a_title_under_a_copied_page_chrome(text, title):
    assert split_title(text)[0] == title


@pytest.mark.parametrize("text, published", [
    # session 21: a WeChat header without its place (`原创 某某 date time`) is no title and gives the day
    ("原创 宁远人事考试 2031-04-12 17:30\n2030年度审计师证书开始邮寄啦!\n各位考生:\n证书已到,请于4月13日至5月12日申请邮寄。", "2031-04-12"),
    # a header line with the page's controls in brackets (`【打印】` is no schedule word there)
    ("宁远市审计师证书开始发放\n2031-05-26  来源:宁远市人事考试中心  【大 中 小】【打印】【关闭】\n证书已到,请持身份证领取。", "2031-05-26"),
    # a blog's header (`发表于 date | 分类:…`), its category no schedule word
    ("发表于 2031-04-02 | 分类:证书发放\n宁远市2030年度翻译专业资格考试证书领取安排\n证书已到,领取时间为4月8日起每周二。", "2031-04-02"),
    # a signature's date flattened onto the contact line
    ("宁远县财政局通知\n证书已到,请持身份证到县财政局领取。\n电话:0539-7212365  2031年4月22日", "2031-04-22"),
])
def test_publication_days_in_odd_headers_and_footers(text, published):
    assert normalize_record({"text": text})["published"] == published


def test_the_publisher_and_its_day_on_the_first_line_are_no_title():
    # session 21: `某中心 2031-04-16` heads the page; the title is the line under it
    got = normalize_record({"text": "宁远市人事考试中心 2031-04-16\n关于领取2030年度审计师资格证书的通知\n证书已到,请持身份证领取。"})
    assert got["title"] == "关于领取2030年度审计师资格证书的通知"


def test_a_sites_menu_bar_is_no_title():
    # session 21: `首页 | 协会动态 | 通知公告 | …` under a masthead is the site's menu; the title is the line under it
    text = "宁远市注册税务师协会\n首页 | 协会动态 | 通知公告 | 继续教育 | 会员服务\n关于领取2030年度税务师职业资格证书的通知\n证书已到,请持身份证领取。"
    got = normalize_record({"text": text})
    assert "关于领取2030年度税务师职业资格证书的通知" in got["title"] and got["is_cert_notice"] is True


@pytest.mark.parametrize("text", ["", "“引”\n“甲\n乙”。", "说“甲\n  “乙\n丙”", "a\n\u3000“甲”乙“\n”", "“\n“”\n \t“x", "x“\n“y"])
def test_the_quote_opening_a_line_is_found_as_a_search_of_the_whole_text_finds_it(text):
    # (speed: the pattern is tried only at the start of each line holding a “, not at every position)
    from pipelines.copied_marks import _QUOTE_OPENS_LINE, _first_quote_opening_line
    want, got = _QUOTE_OPENS_LINE.search(text), _first_quote_opening_line(text)
    assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))
