"""Key facts (pipelines/keyfacts.py): table tests on sentences of our own, the contract, the stored
columns, and a floor on the labelled real notices' dev split.

Every sentence here was written for this file (none is copied from the shared dev set or from
tests/data/real_notices; no 14-character Chinese run is shared with either).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from db.schema import NOTICE_COLUMNS
from db.store import open_db, upsert_notice
from pipelines.items import NoticeItem
from pipelines.keyfacts import FACTS, key_facts
from pipelines.keyfacts_agency import find_agency
from pipelines.keyfacts_deadline import find_deadline_rule
from pipelines.keyfacts_fee import find_fee
from pipelines.keyfacts_materials import find_materials
from pipelines.keyfacts_mode import find_modes
from pipelines.keyfacts_phone import find_phones
from pipelines.keyfacts_place import find_places
from pipelines.keyfacts_scoring import fact_right, items_match, phones_match, score_key_facts, texts_overlap
from pipelines.normalize import normalize_record
from pipelines.notice import notice_row

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "data" / "real_notices" / "notices.jsonl"


@pytest.mark.parametrize("text, places", [
    ("三、领取地点:洛阳市政务服务中心二楼B区17号窗口", ["洛阳市政务服务中心二楼B区17号窗口"]),
    ("二、发放地点\n宜昌市人事考试院一楼大厅(西陵区东山大道88号)", ["宜昌市人事考试院一楼大厅(西陵区东山大道88号)"]),
    ("证书办理地址:衡阳市石鼓区蒸湘北路9号人社大楼401室,联系电话:0734-5551234",
     ["衡阳市石鼓区蒸湘北路9号人社大楼401室"]),
    ("合格人员请持本人身份证原件前往常德市人力资源服务中心领取证书。", ["常德市人力资源服务中心"]),
    ("纸质证书由各县区人社局统一发放,请留意短信。", ["各县区人社局"]),
    ("考生凭准考证到考点领取。", ["考点"]),
    # 由…发放 with an adverb, 由…下发, certificates sent on to a place, 发放单位为, 领取地点设在
    ("退回的证书改由报考地市级考试机构负责重新发放。", ["报考地市级考试机构"]),
    ("集体报名者的证书由所在培训学校分发给学员。", ["所在培训学校"]),
    ("没有预约快递的,证书一律发往报考时的考点。", ["报考时的考点"]),
    ("本年度证书的发放单位为各区人社分局。", ["各区人社分局"]),
    ("荆门市的领证地点一般设在荆门市民之家人社窗口。", ["荆门市民之家人社窗口"]),
    # a heading followed by a sentence; places listed by district under a heading
    ("二、领取地点\n通常考生要到当初报考的县区考办领取。", ["当初报考的县区考办"]),
    ("四、证书发放时间\n1、随县人社局:6月3日至6月14日。\n2、广水市:6月10日起。\n3、曾都区人社局:另行通知。",
     ["随县人社局", "广水市", "曾都区人社局"]),
    # implied places (报考所在地), a list of places after `领取地点如下`
    ("合格证书请到报考所在地领取。", ["报考所在地"]),
    ("领取地点如下:\n1.孝南区政务中心二楼(城站路8号)\n2.汉川市人社局一楼窗口,电话略", ["孝南区政务中心二楼(城站路8号)", "汉川市人社局一楼窗口"]),
    # 去/向…申请/提交, a one-character bracket, 部门, 单位
    ("纸质合格证要去恩施州考试院(本部)签字领取。", ["恩施州考试院(本部)"]),
    ("补发须向原来发证的单位申请。", ["原来发证的单位"]),
    ("毕业证请到县招生考试部门提交材料后领取。", ["县招生考试部门"]),
    # not places: a website, a consultation, a date after 在, a negated place, a question, a bare 指定地点
    ("集体申报者的证书不在考试院领取。", []),
    ("首先要弄清证书由哪个机构负责发放。", []),
    ("本人持身份证到本地指定地点领取。", []),
    ("请登录本网站下载电子证书。", []),
    ("如有疑问可向市考试中心咨询。", []),
    ("在2025年6月30日前完成邮寄申请。", []),
    # third round: the body charged with handing out is the place; `地点通常为A、B、C等` lists places;
    # a line opening with `和 ` continues the previous one
    ("依照就近原则,各区县人社部门负责本辖区合格证书的发放工作。", ["各区县人社部门"]),
    ("领证地点通常为市民服务中心、区政务大厅、人才服务站等。", ["市民服务中心", "区政务大厅", "人才服务站"]),
    ("请持准考证\n和 身份证到原报考院校领取。", ["原报考院校"]),
    ("考试地点为第一中学。", []),
    ("备齐后把申请表交到县人社局职称科。", ["县人社局职称科"]),
    ("证书会寄送至您网上填写的地址。", []),
])
def test_places(text, places):
    assert find_places(text) == places


@pytest.mark.parametrize("text, materials", [
    ("领证时请携带本人身份证原件及准考证。", ["身份证原件", "准考证"]),
    ("携带身份证原件、复印件到服务窗口办理", ["身份证原件", "身份证复印件"]),
    ("代领的须出示代领人和被代领人的有效身份证原件、授权委托书。", ["身份证原件", "授权委托书"]),
    ("补办证书需提交以下材料:\n1.本人申请书;\n2.身份证复印件一份;\n3.近期二寸免冠照片两张。",
     ["申请书", "身份证复印件", "近期二寸免冠照片"]),
    ("凭报名时上传的登记照和学历证书(原件)领取。", ["登记照", "学历证书"]),
    # a generic noun with its documents in brackets, a bulleted list, a `材料:` line, a bare 证件 beside a named one
    ("到时带上有关证件(如身份证、毕业证等)即可。", ["身份证", "毕业证"]),
    ("需带以下资料:\n- 身份证复印件\n- 一寸照片两张\n- 补证申请书(由窗口现场提供)", ["身份证复印件", "一寸照片"]),
    ("基础材料:身份证原件、学位证书。", ["身份证原件", "学位证书"]),
    ("领证时请携带相关证件和身份证原件。", ["身份证原件"]),
    ("其他有效身份证件也可以。请携带其他有效身份证件。", ["身份证件"]),
    # not materials: a certificate holder, an online form, an e-certificate shown on a phone
    ("持证人可自行打印。", []),
    ("请提交直邮申请。", []),
    ("使用时可直接出示电子证书。", []),
    ("提交完资料后,工作人员核对学历信息。", []),
    ("考生可通过市考试院官网申请。", []),
    # third round: a who-collects label without a verb, a line opening with `和 `, 领取人 as an owner
    ("他人代领:代领人身份证原件及复印件、考生身份证原件。", ["身份证原件", "身份证复印件"]),
    ("现场领取需携带 准考证\n和 身份证复印件,到考试院办理。", ["准考证", "身份证复印件"]),
    ("由经办人携带单位介绍信、领取人的身份证复印件和合格人员名单,到窗口办理。", ["单位介绍信", "身份证复印件", "合格人员名单"]),
    # `材料,包括A、B等`, but not scans uploaded; information to give is not a document; a guide is not one
    ("补证前要备好证明材料,包括户口本、旧证书复印件等。", ["户口本", "旧证书复印件"]),
    ("在页面上传扫描材料,包括学历证书和身份证。", []),
    ("注册时需提供身份证、手机号等信息。", []),
    ("本文为大家提供一份补证办事指南。", []),
])
def test_materials(text, materials):
    assert find_materials(text) == materials


@pytest.mark.parametrize("text, phones", [
    ("咨询电话:0731-88776655、13912345678。", ["0731-88776655", "13912345678"]),
    ("如有疑问请致电(0716)8123456。", ["(0716)8123456"]),
    ("上门领取地址及联系电话:\n岳阳市巴陵中路3号,8231770", ["8231770"]),
    ("业务热线:12333", ["12333"]),
    # not phones: a certificate number, a date, a web address
    ("证书管理号为31702210542105100001。", []),
    ("于20240315统一寄出,查询网址www.ems.cn/12345678。", []),
])
def test_phones(text, phones):
    assert find_phones(text) == phones


@pytest.mark.parametrize("text, modes", [
    ("考生可选择现场领取或邮寄领取。", ["on_site", "mail"]),
    ("考生登录省人事考试网在线填写收件地址,证书以EMS寄出。", ["mail", "online"]),
    ("电子证书可在中国人事考试网下载打印。", ["electronic"]),
    ("本站不提供现场领取服务,证书一律快递寄出。", ["mail"]),
    ("本次证书不提供邮寄,请本人到窗口领取。", ["on_site"]),
    ("请于工作日到黄石市人事考试院领取证书。", ["on_site"]),
    ("成绩公布后请耐心等待。", []),
    # negated over a short list, documents posted to an office, a proxy collecting, web applications
    ("证书须本人现场签领,不得代收、邮寄。", ["on_site"]),
    ("代领时另需委托书。", ["on_site"]),
    ("材料原件请一并邮寄给培训班老师。", []),
    ("考生可通过当地考试中心官网申请邮寄。", ["mail", "online"]),
    ("请登录 https://zs.example.cn/apply (电脑端),按提示预约领证日期。", ["online"]),
    ("登录证书查询系统申请证书加注后下载电子证书。", ["electronic"]),
    # an e-certificate only compared with paper, or a condition, is not a way to get one
    ("电子证书与纸质证书具有同等效力。", []),
    ("已经实施电子证书的考试,不再补发纸质证。", []),
    ("电子证书与纸质证书效力相同,可自行下载打印。", ["electronic"]),
    # third round: an app used to mail, 登录…选择 a paper certificate, a 查验 column on the way to an application,
    # applying for an e-certificate (also when it is compared with paper)
    ("也可以用鄂汇办APP免费邮寄到家。", ["mail", "online"]),
    ("报名时登录考试网站,选择是否需要纸质证书。", ["online"]),
    ("登录报名系统,选择证书后点击下载电子证书。", ["electronic"]),
    ("登录证书查验栏目,填写补办信息并提交申请。", ["online"]),
    ("可在线上平台申请电子证书,它与纸质证书同等效力。", ["online", "electronic"]),
    ("已经实施电子证书的考试,不再受理补办申请。", []),
])
def test_modes(text, modes):
    assert find_modes(text) == modes


@pytest.mark.parametrize("text, fee", [
    ("证书统一寄出,邮费到付。", "邮费到付"),
    ("补办证书须缴纳工本费每本10元。", "补办证书须缴纳工本费每本10元"),
    ("EMS免费邮寄到家,无需另付。", "EMS免费邮寄到家"),
    ("邮寄费用由申请人自理。", "邮寄费用由申请人自理"),
    ("需要缴纳一定的工本费。", "需要缴纳一定的工本费"),
    ("邮寄费用:\n由考生自行承担邮寄费用,按件收取。", "由考生自行承担邮寄费用"),
    ("3. 确认订单并支付邮费\n订单提交后统一寄出。", None),
    ("成绩报告单由考点免费领取。", "成绩报告单由考点免费领取"),
    ("邮寄费用由收件人自行负担。", "邮寄费用由收件人自行负担"),
    ("请按时领取证书。", None),
])
def test_fee(text, fee):
    assert find_fee(text) == fee


@pytest.mark.parametrize("text, rule", [
    ("请按时领取。逾期未领取的证书将统一回收销毁。", "逾期未领取的证书将统一回收销毁"),
    ("未按时领取的证书由考试机构代为保管三年", "未按时领取的证书由考试机构代为保管三年"),
    ("逾期未收到证书的,请联系邮政客服。", None),
    ("请于六月底前领取证书。", None),
    ("申请通道只开放十天,过期将无法提交。", "申请通道只开放十天,过期将无法提交"),
    ("超过公告日期的不再受理。", "超过公告日期的不再受理"),
    ("务必按时申请,逾期可能无法办理。", "务必按时申请,逾期可能无法办理"),
    # a heading that asks is not the rule; the answer under it is
    ("五、逾期不领会怎样\n逾期未领的证书由市考试中心保管两年。", "逾期未领的证书由市考试中心保管两年"),
    ("逾期未领取证书怎么办?", None),
])
def test_deadline_rule(text, rule):
    assert find_deadline_rule(text) == rule


@pytest.mark.parametrize("text, agency", [
    ("关于领取证书的通知\n请按时领取。\n宜昌市人力资源和社会保障局\n2024年3月8日", "宜昌市人力资源和社会保障局"),
    ("请按时领取。\n十堰市人事考试中心\n二〇二四年五月六日", "十堰市人事考试中心"),
    ("请按时领取。\n湖北省会计资格考试\n领导小组办公室\n2024年5月6日", "湖北省会计资格考试领导小组办公室"),
    ("襄阳市财政局关于发放2024年度会计资格证书的通知\n各位考生:", "襄阳市财政局"),
    ("领证须知\n信息来源:荆州市人事考试院 发布日期:2024-01-02", "荆州市人事考试院"),
    ("领证须知\n来源:某某考试网 2024-01-02", None),
    ("根据本地自考办发布的通知,下月开始申请毕业。", None),
    ("请按时领取证书。", None),
])
def test_agency(text, agency):
    assert find_agency(text) == agency


def test_key_facts_of_a_whole_notice():
    text = ("黄冈市2024年度经济专业技术资格证书领取通知\n"
            "一、领取方式\n现场领取或申请邮寄,邮寄费用到付。\n"
            "二、领取地点:黄冈市人事考试院二楼服务大厅\n"
            "三、领证时请携带本人身份证原件。咨询电话:0713-8661234。\n"
            "四、逾期未领取的证书由考试院代为保管。\n"
            "黄冈市人事考试院\n2025年1月6日")
    assert key_facts(text) == {
        "place": ["黄冈市人事考试院二楼服务大厅"],
        "materials": ["身份证原件"],
        "phone": ["0713-8661234"],
        "mode": ["on_site", "mail"],
        "fee": "邮寄费用到付",
        "deadline_rule": "四、逾期未领取的证书由考试院代为保管",
        "agency": "黄冈市人事考试院",
    }


@pytest.mark.parametrize("text", ["", "   ", None, 42])
def test_nothing_said_gives_empty_facts(text):
    assert key_facts(text) == {"place": [], "materials": [], "phone": [], "mode": [], "fee": None,
                               "deadline_rule": None, "agency": None}


# --------------------------------------------------------------------------- scoring rules


def test_how_facts_are_compared():
    assert items_match("身份证原件", "有效身份证件原件")
    assert items_match("宜昌市人事考试院", "宜昌市人事考试院(东山大道88号)")
    assert not items_match("考试中心", "武汉市人事考试中心")
    assert phones_match("0734-5551234", "5551234") and not phones_match("5551234", "5551235")
    assert texts_overlap("邮寄费用到付,由考生支付", "邮寄费用到付")
    assert not texts_overlap("邮费到付", "工本费10元")
    assert fact_right("mode", ["mail", "on_site"], ["on_site", "mail"])
    assert not fact_right("place", ["甲市人社局"], ["甲市人社局", "乙县人社局"])
    assert fact_right("fee", None, None) and not fact_right("fee", None, "邮费到付")


# --------------------------------------------------------------------------- contract and storage


def test_normalize_record_carries_the_key_facts():
    out = normalize_record({"title": "关于领取证书的通知",
                            "body": "请携带准考证到鄂州市人事考试院领取。咨询电话:0711-3456789。"})
    assert {f: out[f] for f in FACTS} == {
        "place": ["鄂州市人事考试院"], "materials": ["准考证"], "phone": ["0711-3456789"],
        "mode": ["on_site"], "fee": None, "deadline_rule": None, "agency": None}


def test_notices_normalize_outputs_the_key_facts(tmp_path):
    line = json.dumps({"text": "关于领取证书的通知\n证书一律邮寄,邮费到付。咨询电话:0710-2223334"}, ensure_ascii=False)
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n", "utf-8")
    done = subprocess.run([sys.executable, "-m", "crawler.cli", "normalize", str(path)], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.splitlines()[0])
    assert out["mode"] == ["mail"] and out["fee"] == "邮费到付" and out["phone"] == ["0710-2223334"]
    assert set(FACTS) <= set(out)


def test_key_facts_are_stored_as_columns(tmp_path):
    db = open_db(tmp_path / "x.db")
    item = NoticeItem(url="https://x.gov.cn/kf.html", source_id="t", title_raw="关于领取证书的通知",
                      body_text="请携带身份证原件到咸宁市人事考试院领取,邮费到付。")
    row = notice_row(item, normalize_record({"title": item.title_raw, "body": item.body_text}))
    upsert_notice(db, row)
    stored = next(db.query("select place, materials, mode, fee from notices"))
    assert json.loads(stored["place"]) == ["咸宁市人事考试院"]
    assert json.loads(stored["materials"]) == ["身份证原件"]
    assert json.loads(stored["mode"]) == ["on_site", "mail"]
    assert stored["fee"] == "邮费到付"


def test_an_existing_database_gets_the_key_fact_columns(tmp_path):
    path = tmp_path / "old.db"
    open_db(path).close()
    old = sqlite_utils.Database(path)
    for column in FACTS:  # a database written before the key facts existed
        old.execute(f"alter table notices drop column [{column}]")
    old.close()
    db = open_db(path)
    assert set(FACTS) <= set(db["notices"].columns_dict)
    assert set(db["notices"].columns_dict) == set(NOTICE_COLUMNS)


# --------------------------------------------------------------------------- accuracy floor

# Measured on the corpus dev split (414 records with key-fact labels since the nineteenth session's sixteenth round, read
# twice and adjudicated: place 0.882, materials 0.865, phone 0.998, mode 0.932, fee 0.971, deadline_rule 0.971, agency
# 0.952; bench/accuracy.py prints the current figures); a change that loses a fact on a dev text fails here.
# (The floors moved down with the rounds: their new texts score lower than the old, not the old texts worse.)
DEV_FLOORS = {"place": 0.88, "materials": 0.85, "phone": 0.99, "mode": 0.92, "fee": 0.97,
              "deadline_rule": 0.97, "agency": 0.95}


def test_key_fact_accuracy_on_the_corpus_dev_split_stays_above_its_floor():
    records = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    scores = score_key_facts(r for r in records if r["split"] == "dev")
    assert scores.count >= 100
    low = {f: round(scores.facts[f].accuracy, 3) for f, floor in DEV_FLOORS.items() if scores.facts[f].accuracy < floor}
    assert not low, f"key-fact accuracy below the floor on the dev split: {low}"
