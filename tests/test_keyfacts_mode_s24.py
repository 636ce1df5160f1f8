"""Key fact `mode`, twenty-fourth session: shapes of the labelled dev texts and probes the mode rules missed, each
seen in two texts or more: a body that hands certificates out named without a collection verb (`由X核发`,
`负责…证书的送达工作`), someone sent in one's stead (`代办人`, `委托办理`), documents to carry to a collection or an
exchange (`领取需携带`, `换发所需携带`), a paper printed or made out at an office (`到X打印`, `到X换开`), a question
that asks where to go (`去哪里领?`), a certificate sent back by post (`寄回`), a collection put off or replaced
(`另行安排现场领取`, `现场发放调整为…`), a mailing refused in other words (`不接受电话预约和邮寄`, `邮寄不予办理`),
e-certificates named for what they certify (`电子注册证书`, `电子导游证`), and a mailing address updated or checked on a
site (`登录…栏目更新地址`, `完成收件地址确认`). Table tests; the conventions are tests/data/real_notices/README.md's
"Key facts" (`mode`).

Every sentence here was written for this file (none is copied from the shared dev set, tests/data/real_notices or
the probes; places, names and bodies are made up).
"""

from __future__ import annotations

import pytest

from pipelines.keyfacts_mode import find_modes
from pipelines.keyfacts_place import find_places


def _modes(text: str) -> list[str]:
    return sorted(find_modes(text, find_places(text)))


@pytest.mark.parametrize("text, modes", [
    # a body that issues or hands out the certificates is where they are collected
    ("四、初级资格证书由各县(区)人力资源和社会保障局核发,中级资格证书另有安排。", ["on_site"]),
    ("营养师证书由某某省技能评价指导中心核发,培训机构按名册统一领回后转交学员。", ["on_site"]),
    ("(二)各乡镇统计所负责本辖区统计从业资格证书的送达工作;", ["on_site"]),
    ("指定各县民政局为登记机构,负责本县内社工证书登记的受理、审核和证书发放等相关工作。", ["on_site"]),
    ("行业协会负责认定发证,考生按协会安排办理。", ["on_site"]),
    # (a kind of certificate, `由X核发的证书`, names no one handing it out)
    ("凡由本局核发的证书均可在网站查验真伪。", []),
    # someone sent in one's stead goes in person, as 代领 does
    ("第三步:考生(代办人)凭身份证件进行资格核验,核验通过即可取得证书。", ["on_site"]),
    ("委托办理:委托办理证书的,受托人须出示本人身份证原件。", ["on_site"]),
    # (a service that forbids it is online, not in person)
    ("本业务须由本人申请,不得委托他人办理。", []),
    # documents carried to a collection or an exchange
    ("纸质证书领取需携带本人身份证原件及登记表一份。", ["on_site"]),
    ("三、换发新证所需携带的资料\n(1)原证书;(2)身份证复印件。", ["on_site"]),
    # (carried to collect an admission ticket: no certificate)
    ("领取准考证时须携带本人身份证。", []),
    # a paper printed or made out at an office
    ("确需纸质证明的,可持身份证原件到市人才服务中心二楼三号窗口打印。", ["on_site"]),
    ("需要纸质发票的单位,可持介绍信到区财政局票据科换开。", ["on_site"]),
    # a question that asks where to go names no way; the answer says how
    ("健康管理师考完后去哪里领证?电子证书可登录评价网站自行下载。", ["electronic"]),
    # sent back by post
    ("补办好的证书寄回时,邮费由申请人自理。", ["mail"]),
    ("学校代为保管证书半年,逾期将寄回学员登记的通讯地址。", ["mail"]),
    # (papers sent back to the office are no certificate by post)
    ("初审后请将原件寄回我中心存档。", []),
    # a collection put off or replaced is no way offered now
    ("证书一律快递寄送;逾期未提交收件信息的,待天气转好后另行安排现场领取。", ["mail"]),
    ("原定五月开始的现场发放调整为线上申请、快递送达。", ["mail", "online"]),
    # a mailing refused with words between the negation and the channel, or after it
    ("请本人到窗口领取,不接受电话预约和邮寄。", ["on_site"]),
    ("本年度起不再受理电话预约邮寄,请按时到窗口领取。", ["on_site"]),
    ("单位统一到窗口领取,个人不单独办理邮寄。", ["on_site"]),
    ("证书在区政务大厅窗口领取,邮寄不予办理。", ["on_site"]),
    # e-certificates named for what they certify
    ("注册审批通过后,电子注册证书可在住建平台下载。", ["electronic"]),
    ("合格考生可通过旅游服务平台申领电子导游证。", ["electronic", "online"]),
    ("关于下载本年度护士资格考试电子成绩合格证明的通知", ["electronic"]),
    # the address a certificate is posted to, updated or checked on a site, is an application there
    ("地址有变的,请在寄出前登录省考试网“证书直邮”栏目更新收件地址。", ["mail", "online"]),
    ("合格人员须在月底前登录“某省考试”公众号完成收件地址确认。", ["online"]),
    ("请考生登录协会网站“会员系统”核对收件信息,信息有误导致证书退回的后果自负。", ["online"]),
])
def test_modes_s24(text, modes):
    assert _modes(text) == sorted(modes)
