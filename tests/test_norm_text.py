import pytest

from pipelines.text import clean_title, drop_spam, lead, simplify, split_title


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("監(jiān)理工程師", "监理工程师"),
        ("２０２４年３月５日", "2024年3月5日"),
        ("监理工程师(水利工程)", "监理工程师(水利工程)"),
        ("(9月第2批次)", "(9月第2批次)"),
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
        ("2024河南監(jiān)理工程師職業(yè)資格證書補(bǔ)辦指南2024-11-06", "2024河南监理工程师职业资格证书补办指南"),
        ("[东莞市人事考试中心]关于领取2023年度一级建造师证书的通知", "关于领取2023年度一级建造师证书的通知"),
        ("【证书领取】2016年湖南省湘潭市审计师合格证书的领取通知", "2016年湖南省湘潭市审计师合格证书的领取通知"),
        ("·[广东省人事考试局]2013年卫生专业技术资格考试合格证书发放通知_粤人考函[2014]46",
         "2013年卫生专业技术资格考试合格证书发放通知"),
        ("2024年兵團監理工程師證書領取通知(9月第2批次)2024-09-29", "2024年兵团监理工程师证书领取通知(9月第2批次)"),
        ("关于领取证书的通知 (2023/12/01)", "关于领取证书的通知"),
        ("2016第四次天津市专业技术人员计算机应用能力考试证书发放通知",
         "2016第四次天津市专业技术人员计算机应用能力考试证书发放通知"),
    ],
)
def test_clean_title(raw, want):
    assert clean_title(raw) == want


def test_drop_spam_keeps_notice_lines():
    text = "证书领取通知\n考研交流QQ群:123456\n图片\n请于3月1日前领取\n修改程序www.med126.com"
    assert drop_spam(text) == "证书领取通知\n请于3月1日前领取\n修改程序"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("关于领取证书的通知\n各位考生:\n即日起领取", "关于领取证书的通知"),
        ("各位考生:\n即日起领取", ""),
        ("当前位置:首页 >> 证书\n2022年山西出版资格考试合格证书领取方式\n正文", "2022年山西出版资格考试合格证书领取方式"),
        ("", ""),
    ],
)
def test_split_title(text, title):
    assert split_title(text)[0] == title


def test_lead_is_the_first_lines():
    assert lead("\n一\n\n二\n三") == "一\n二"


def test_lead_skips_a_repeated_title_and_meta_lines():
    body = "关于领取证书的通知\n发布时间:2026-05-01 来源:湖北省人事考试院\n各位考生:\n2025年度一级建造师证书"
    assert lead(body, title="关于领取证书的通知") == "各位考生:\n2025年度一级建造师证书"
