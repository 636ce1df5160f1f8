"""Lines a copy reshaped (pipelines/copied_lines.py): hard wraps joined, pasted paragraphs parted; and the marks it added
(pipelines/copied_marks.py): decorative bullets dropped, a table row of two cells read as its label, Markdown, page numbers,
repeated lines and corner quotes undone; ordinary texts left as they are. Our own sentences."""

import pytest

from pipelines.copied_lines import (
    join_hard_wraps, join_lines_broken_at_a_bracket, mend_lines, part_pasted_breadcrumb, split_pasted_lines,
)
from pipelines.copied_marks import drop_markdown, drop_page_numbers, drop_repeated_lines, undo_marks
from pipelines.normalize import normalize_record

# A notice hard-wrapped at 26 Chinese characters (52 cells), as a PDF's text is: lines end inside sentences.
WRAPPED = "\n".join([
    "某市人事考试中心关于发放二〇三〇年度某类资格证书的通知",
    "各位考生:二〇三〇年度某类资格考试合格人员的证书已经运抵,现",
    "将发放事项通知如下。请持证人于2031年3月3日至3月21日期间",
    "携带本人身份证原件到某市人才大厦东楼七层证书发放窗口领取,",
    "委托他人代领的还须带上持证人签字的委托书和代领人的身份证。",
    "逾期未领的证书统一退回省里,届时另行安排补领事宜。",
])


def test_a_hard_wrapped_notice_is_joined_back_into_its_sentences():
    lines = join_hard_wraps(WRAPPED).split("\n")
    assert lines[0] == "某市人事考试中心关于发放二〇三〇年度某类资格证书的通知"  # the title stands alone
    assert any("期间携带本人身份证原件到某市人才大厦东楼七层证书发放窗口领取,委托他人" in line for line in lines)
    assert any("将发放事项通知如下。" in line for line in lines)
    assert "".join(lines) == "".join(WRAPPED.split("\n"))  # nothing added or lost


@pytest.mark.parametrize("text", [
    # ordinary paragraphs of every length, each ending on its stop
    "某局关于补办证书的说明\n证书遗失的,持证人可向原发证机关提出补办申请。\n申请时须提交身份证复印件、近期证件照片两张以及本人签字的书面申请材料一份。\n"
    "办理地点设在某区政务服务中心二楼,工作日上午九时至下午五时受理。\n联系电话:0000-1234567",
    # a list of lines of the same width: each an item (bullets, labels, a dash after a short name)
    "某中心证书领取安排\n▲领取时间:每周一至周五上午九时至十一时半\n▲领取地点:某区某路八十八号某大厦三层服务台\n▲所需材料:本人身份证原件以及准考证的复印件各一\n▲联系电话:0000-7654321",
    "某中心证书领取安排\n本人领取 - 身份证原件和领证回执单各一份请备好\n单位领取 - 单位介绍信和领证人员名单盖章件齐全\n委托领取 - 委托书和双方身份证复印件请一并带上\n注:本中心不邮寄证书,请勿来电询问邮寄事宜呀",
    # a table's rows are no prose
    "某地证书领取\n| 某甲区 | 2031年3月3日至3月14日 | 某甲区财政局会计科二楼 |\n| 某乙区 | 2031年3月10日至3月21日 | 某乙区政务服务中心一楼 |\n| 某丙区 | 2031年3月3日至3月28日 | 某丙区财政局三楼服务大厅 |",
    # a WeChat post's stamp over lines of one width
    "证书可以领啦\n原创 某某考试圈 2031-03-01 08:30 发表于某省某地的一个小城\n某市住建局发布了证书发放的通知,重点内容整理如下哦👇\n📌领取截止:2031年3月30日,过期不候请大家抓紧时间\n📌地点:某市住房和城乡建设局三楼执业资格科服务窗口",
])
def test_ordinary_texts_keep_their_lines(text):
    assert join_hard_wraps(text) == text


def test_a_wrapped_line_never_swallows_the_next_item():
    text = "\n".join([
        "关于领取证书的通知",
        "持证人请于规定时间内到某中心领取证书,领取时须带齐下列各",
        "项材料并当面核对证书上的姓名、身份证号码以及专业级别是否",
        "正确无误,如有错误当场提出以便及时更正,离开窗口后不再受理证",
        "书上信息的更正申请,敬请各位持证人理解并配合工作人员核对",
        "(一)本人身份证原件",
        "(二)准考证或成绩通知单",
    ])
    lines = join_hard_wraps(text).split("\n")
    assert lines[-2:] == ["(一)本人身份证原件", "(二)准考证或成绩通知单"]
    assert len(lines) == 4 and lines[1].endswith("配合工作人员核对")


PASTED = ("某市关于二〇三〇年度某类证书发放的通知 各位考生:现将证书发放有关事项通知如下。 一、发放时间 2031年4月7日至4月18日,"
          "法定节假日除外。 二、发放地点 某市人事考试中心一楼服务大厅。 三、所需材料 本人身份证原件;代领的另带委托书。")


def test_paragraphs_pasted_onto_one_line_are_parted_again():
    lines = split_pasted_lines(PASTED).split("\n")
    assert lines[0] == "某市关于二〇三〇年度某类证书发放的通知"  # the opening words up to the first space: the title
    assert "二、发放地点" in lines and "某市人事考试中心一楼服务大厅。" in lines  # a short numbered heading on its own line
    assert "三、所需材料" in lines


def test_paragraphs_pasted_with_their_indents_are_parted_again():
    text = ("证书发放通知\u3000\u3000各位考生:某类资格证书已到,请于2031年4月7日起到某中心领取,领取时请带身份证原件,代领者还须出示"
            "委托书和代领人的身份证原件,单位集体领取的请带单位介绍信\u3000\u3000某中心地址:某区某路一百号某大厦一楼的证书发放窗口"
            "\u3000\u3000咨询电话:0000-1234567")
    assert split_pasted_lines(text).split("\n") == [
        "证书发放通知", "各位考生:某类资格证书已到,请于2031年4月7日起到某中心领取,领取时请带身份证原件,代领者还须出示委托书和代领人的"
        "身份证原件,单位集体领取的请带单位介绍信", "某中心地址:某区某路一百号某大厦一楼的证书发放窗口", "咨询电话:0000-1234567"]


@pytest.mark.parametrize("text", [
    "证书发放通知 各位考生:证书已到。",  # short: a title and a sentence on one line, as written
    # a long line with spaces only inside (an address, a time): no paragraph pasted
    "请持证人于2031年4月7日 9:00起到某区 某路一百号某大厦的服务大厅领取证书,领取时携带身份证原件和准考证,代领的还须带上持证人签字的委托书和代领人身份证原件,"
    "逾期不领的证书由中心统一保管,以后每月第一个工作日集中补领一次,补领时仍须带齐上述材料",
    # a paragraph that types a space after its full stops, not a notice pasted whole
    "各位考生:\n某类考试成绩已经公布,合格标准为每科六十分。 请符合条件的考生于2031年7月1日起到某市财政局会计科办理证书,逾期不再受理。 办理时须携带本人"
    "身份证原件和复印件,代办的还须带上委托书。 咨询电话请见本局网站。",
    # characters spaced out one by one are `pipelines/spacing.py`'s
    " ".join("各位考生:证书已到。请于2031年4月7日起到某中心领取。领取时带身份证原件。代领的带委托书。逾期不领的由中心统一保管。以后每月补领一次。"),
])
def test_texts_not_pasted_keep_their_lines(text):
    assert split_pasted_lines(text) == text


def test_mending_both_leaves_an_ordinary_notice_alone():
    text = "关于领取证书的通知\n各位考生:\n证书已到,请于2031年4月7日起到某中心领取。\n联系电话:0000-1234567"
    assert mend_lines(text) == text


@pytest.mark.parametrize("text, mended", [
    ("★领取地点:某区政务服务中心\n☆所需材料:身份证原件", "领取地点:某区政务服务中心\n所需材料:身份证原件"),
    ("📌 截止时间:某月某日\n👉材料:身份证", "截止时间:某月某日\n材料:身份证"),
    ("  ▶ 咨询电话:0000-1234567", "  咨询电话:0000-1234567"),
    # the key facts' own list marks stay
    ("• 身份证原件\n- 准考证\n·照片", "• 身份证原件\n- 准考证\n·照片"),
    # a mark inside a line is words
    ("证书分★级发放", "证书分★级发放"),
])
def test_decorative_bullets_opening_lines_are_dropped(text, mended):
    assert mend_lines(text) == mended


@pytest.mark.parametrize("text, mended", [
    ("| 领取时间 | 每月第一个工作日 |\n| 领取地点 | 某中心一楼 |", "领取时间:每月第一个工作日\n领取地点:某中心一楼"),
    ("受理地址 | 某省某厅政务大厅五号窗口 |", "受理地址:某省某厅政务大厅五号窗口"),
    # a row of three cells is a table's, not a label's
    ("| 某甲区 | 某月某日起 | 某甲区财政局 |", "| 某甲区 | 某月某日起 | 某甲区财政局 |"),
    # one bar is a title's mark (`转发 | …`), an empty cell no value
    ("转发 | 某市证书领取安排", "转发 | 某市证书领取安排"),
    ("| 备注 | |", "| 备注 | |"),
])
def test_a_table_row_of_two_cells_reads_as_a_label(text, mended):
    assert mend_lines(text) == mended


@pytest.mark.parametrize("text, mended", [
    # a page pasted onto one line from its breadcrumb on: the breadcrumb, then the page's lines parted at their indents
    ("当前位置:某某网校>中级会计>证书领取>正文  2031年宁远市中级会计证书领取时间:4月1日至4月9日  来源:某某网校",
     "当前位置:某某网校>中级会计>证书领取>正文\n2031年宁远市中级会计证书领取时间:4月1日至4月9日\n来源:某某网校"),
    ("你的位置:首页 > 职称考试 > 审计师  2031年度审计师证书办理指引  作者: 某某",
     "你的位置:首页 > 职称考试 > 审计师\n2031年度审计师证书办理指引\n作者: 某某"),
    ("当前位置:>首页 -> 信息公开 -> 工作动态\n转发某某通知", "当前位置:>首页 -> 信息公开 -> 工作动态\n转发某某通知"),
    # ... not a title with a step in it, nor an arrow pointing on, nor a breadcrumb already on its own line
    ("成绩>60分 的考生可领取证书", "成绩>60分 的考生可领取证书"),
    ("2031年证书领取>>点击查看 更多", "2031年证书领取>>点击查看 更多"),
    ("首页 > 通知公告\n关于领取证书的通知", "首页 > 通知公告\n关于领取证书的通知"),
])
def test_a_breadcrumb_pasted_before_the_page_is_parted_from_it(text, mended):
    assert part_pasted_breadcrumb(text) == mended


def test_a_page_pasted_after_its_breadcrumb_keeps_its_title_and_year():
    text = "当前位置:某某网校>中级会计>证书领取>正文  2031年宁远市中级会计证书领取时间:4月1日至4月9日  来源:某某网校 2031-03-20"
    read = normalize_record({"text": text})
    assert read["title"] == "2031年宁远市中级会计证书领取时间:4月1日至4月9日"
    assert read["year"] == 2031


@pytest.mark.parametrize("stamp", ["发布时间:2031-06-07 08:41:27", "某某网校 2031-06-07 08:41"])
def test_a_pasted_page_parts_its_stamp_from_the_text_after_it(stamp):
    text = (f"某类证书如何领取 {stamp} 2030年下半年合格证书定于2031年3月7日至8日集中发放; 领取时请带本人身份证原件,"
            "委托他人代领的,另带委托书和代领人的身份证原件; 逾期未领的证书统一退回省里保管,届时另行安排补领。")
    lines = split_pasted_lines(text).split("\n")
    assert lines[:2] == ["某类证书如何领取", stamp]
    assert lines[2].startswith("2030年下半年合格证书")


def test_a_time_inside_a_pasted_sentence_keeps_its_words():
    text = ("某类证书如何领取 合格人员请于2031年3月7日 9:00 至 17:00 到某市人事考试中心一楼领取; 代领的另带委托书和代领人身份证;"
            " 逾期不领的证书统一退回省里保管。")
    assert "9:00 至 17:00 到某市" in split_pasted_lines(text)


@pytest.mark.parametrize("text, mended", [
    # a short text's line broken at an opening bracket, inside a bracket, or before a bracket inside a sentence
    ("请携带本人身份证到宁远市人才服务中心(\n东环路16号三楼)领取。", "请携带本人身份证到宁远市人才服务中心(东环路16号三楼)领取。"),
    ("请携带本人身份证到宁远市人才服务中心(东环路\n16号三楼)领取。", "请携带本人身份证到宁远市人才服务中心(东环路16号三楼)领取。"),
    ("请携带本表和一寸照片,到宁远市物业协会\n(东环路16号三楼)领取证书。", "请携带本表和一寸照片,到宁远市物业协会(东环路16号三楼)领取证书。"),
    # ... not a list's number, a note of its own line, a bracket closed on its own line, nor a page's lone control mark
    ("三、领取证书\n(一)现场领取", "三、领取证书\n(一)现场领取"),
    ("关于领取证书的通知\n(第二批)", "关于领取证书的通知\n(第二批)"),
    ("请到宁远市人才服务中心(东环路16号)\n领取。", "请到宁远市人才服务中心(东环路16号)\n领取。"),
    ("来源:某某网 [2031年3月3日] 【\n一、证书领取", "来源:某某网 [2031年3月3日] 【\n一、证书领取"),
])
def test_a_line_broken_at_a_bracket_goes_on_in_the_next(text, mended):
    assert join_lines_broken_at_a_bracket(text) == mended


def test_a_place_broken_at_its_bracket_is_read_whole():
    text = "宁远市2031年证书领取通知\n合格人员请携带本人身份证,到宁远市物业协会\n(东环路16号三楼)领取证书,逾期不再办理。"
    assert normalize_record({"text": text})["place"] == ["宁远市物业协会(东环路16号三楼)"]


# A short guide wrapped at 30 Chinese characters, its items under short headings: fewer lines fill the column.
WRAPPED_UNDER_HEADINGS = "\n".join([
    "某类证书邮寄通常需要十天左右送达。以下为详细说明:",
    "1. 申请时间",
    "- 受理期限:邮寄申请通道自合格名单公示结束后开放十五个工作",
    "日,过期不再受理。",
    "2. 邮寄方式",
    "- 邮寄机构:由某某速递负责。",
    "- 费用:邮寄费用到付。",
    "3. 注意事项",
    "- 退回件:三次投递不成功的证书,退回后改由原报名地人事考试",
    "机构负责发放。",
    "- 现场领取:不申请邮寄的人员,请留意原报名地人事考试机构网站",
    "公布的现场领证安排。",
])


def test_a_short_wrapped_text_under_headings_is_joined():
    lines = join_hard_wraps(WRAPPED_UNDER_HEADINGS).split("\n")
    assert "- 退回件:三次投递不成功的证书,退回后改由原报名地人事考试机构负责发放。" in lines
    assert normalize_record({"text": WRAPPED_UNDER_HEADINGS})["place"] == ["原报名地人事考试机构"]


def test_a_pasted_guide_parts_its_dotted_numbers_and_dashed_items():
    text = ("某类证书补办办法 1. 备齐材料 补办证书时一般要交下列材料: - 本人身份证原件和复印件; - 近期一寸白底照片两张;"
            " - 原发证机构出具的补证申请表。 2. 到窗口办理 申请人持上述材料到原发证机构的服务窗口办理,窗口审核后当场受理,"
            "新证书制作完成后另行通知领取。")
    lines = split_pasted_lines(text).split("\n")
    assert "1. 备齐材料" in lines and "2. 到窗口办理" in lines
    assert "- 近期一寸白底照片两张;" in lines
    assert normalize_record({"text": text})["materials"] == ["身份证原件", "身份证复印件", "近期一寸白底照片", "补证申请表"]


@pytest.mark.parametrize("line, kept", [
    ("某某公告 张某某 - 人事科 | 2031-07-08 | 点阅: 100 一、本院自本年8月1日起试行电子证书,合格人员可在网上下载,纸本证书照常发放,"
    "具体事项另行通知,请各位留意本院网站的后续公告,如有疑问可来电咨询,联系电话见本院网站首页。", "张某某 - 人事科"),
    ("领取时间为周一至周五上午8:30 - 11:45,下午14:40 - 17:10,地点在某市人事考试中心一楼大厅,领取时请带好本人身份证原件,"
    "委托他人代领的还须带上委托书,逾期未领的证书统一退回省里保管,届时另行安排补领,请合格人员相互转告。", "8:30 - 11:45"),
])
def test_a_lone_dash_or_a_time_range_parts_no_pasted_line(line, kept):
    assert kept in split_pasted_lines(line)


@pytest.mark.parametrize("text, dropped", [
    ("# 2031年宁远市证书领取通知\n## 二、领取地点\n**领取地点**:宁远市人才服务中心。\n> 宁远市财政局",
     "2031年宁远市证书领取通知\n二、领取地点\n领取地点:宁远市人才服务中心。\n宁远市财政局"),
    # ... not a masked address, a tag, a breadcrumb's step nor a sum
    ("直邮入口:https://cert.***.cn/(以公布为准)", "直邮入口:https://cert.***.cn/(以公布为准)"),
    ("#证书领取# 宁远市证书可以领取了", "#证书领取# 宁远市证书可以领取了"),
    ("首页 > 通知公告", "首页 > 通知公告"),
    ("成绩>60分的考生", "成绩>60分的考生"),
    # a link keeps its words, its address in brackets after them
    ("请登录[宁远证书服务平台](https://cert.example.cn)申请邮寄。", "请登录宁远证书服务平台(https://cert.example.cn)申请邮寄。"),
])
def test_markdown_marks_a_copy_kept_are_dropped(text, dropped):
    assert drop_markdown(text) == dropped


def test_a_notice_copied_as_markdown_reads_as_written():
    plain = ("2031年宁远市中级会计证书领取通知\n各位考生:\n一、领取时间\n2031年4月1日至4月9日。\n二、领取地点\n"
             "领取地点:宁远市人才服务中心(东环路16号)。\n三、所需材料\n本人身份证原件、准考证。\n宁远市财政局\n2031年3月20日")
    markdown = ("# 2031年宁远市中级会计证书领取通知\n各位考生:\n## 一、领取时间\n**2031年4月1日至4月9日**。\n## 二、领取地点\n"
                "**领取地点**:宁远市人才服务中心(东环路16号)。\n## 三、所需材料\n- **本人身份证原件**、准考证。\n> 宁远市财政局\n"
                "> 2031年3月20日")
    read, expected = normalize_record({"text": markdown}), normalize_record({"text": plain})
    for field in ("title", "is_cert_notice", "window_start", "window_end", "published", "place", "materials", "agency"):
        assert read[field] == expected[field], field
    assert expected["place"] == ["宁远市人才服务中心(东环路16号)"] and expected["agency"] == "宁远市财政局"


@pytest.mark.parametrize("text, dropped", [
    ("一、领取时间\n— 2 —\n2031年4月1日至4月9日。", "一、领取时间\n2031年4月1日至4月9日。"),
    ("所需材料:\n第 2 页 共 5 页\n1.身份证原件", "所需材料:\n1.身份证原件"),
    ("所需材料:\n- 3 -\n1.身份证原件", "所需材料:\n1.身份证原件"),
    # ... not a list's dash, a line of figures that says something, nor a page named in a sentence
    ("- 身份证原件\n- 2寸照片", "- 身份证原件\n- 2寸照片"),
    ("详见第2页的附表。\n一、领取时间", "详见第2页的附表。\n一、领取时间"),
])
def test_a_pdfs_page_numbers_are_dropped(text, dropped):
    assert drop_page_numbers(text) == dropped


@pytest.mark.parametrize("text, dropped", [
    ("宁远市证书领取通知\n宁远市证书领取通知\n各位考生:", "宁远市证书领取通知\n各位考生:"),
    ("宁远市证书领取通知\n\n宁远市证书领取通知\n\n各位考生:", "宁远市证书领取通知\n\n各位考生:"),
    ("各位考生:\n各位考生:\n证书已到。", "各位考生:\n证书已到。"),
    # ... not a short line (a table's cell), nor a line that comes again further down
    ("合格\n合格\n不合格", "合格\n合格\n不合格"),
    ("领取地点:某中心\n领取时间:3月1日\n领取地点:某中心", "领取地点:某中心\n领取时间:3月1日\n领取地点:某中心"),
])
def test_a_line_repeated_under_itself_is_dropped(text, dropped):
    assert drop_repeated_lines(text) == dropped


def test_corner_quotes_read_as_the_simplified_pages():
    assert undo_marks("请携带〈证书领取登记表〉到「宁远市人才服务中心」领取。") == "请携带《证书领取登记表》到“宁远市人才服务中心”领取。"
    read = normalize_record({"text": "宁远市证书领取通知\n领取证书时请携带〈证书领取登记表〉和身份证原件。"})
    assert read["materials"] == normalize_record({"text": "宁远市证书领取通知\n领取证书时请携带《证书领取登记表》和身份证原件。"})["materials"]


@pytest.mark.parametrize("number, title", [("1. ", "关于领取2031年度宁远市审计师证书的通知"), ("(3)", "2031年宁远市审计师证书领取须知"),
                                           ("12、", "宁远市审计师证书发放通知")])
def test_a_title_copied_with_its_number_in_a_list_is_read_as_the_title(number, title):
    read, plain = normalize_record({"text": number + title}), normalize_record({"text": title})
    assert read["title"] == title and read["is_cert_notice"] is plain["is_cert_notice"] is True
    assert (read["year"], read["exam"], read["city"]) == (plain["year"], plain["exam"], plain["city"])


@pytest.mark.parametrize("line", ["1、领取时间:2031年3月1日至3月5日。", "2. 身份证原件;"])
def test_a_numbered_line_of_a_body_keeps_its_number(line):
    assert undo_marks(line) == line
