"""Tables in a notice body: one line per row, cells joined by " | ".

The normalizer reads a line with two bars or more as a table row (pipelines/text.py, keyfacts'
table places), so cells must not run together ("郑州市郑州市人事考试机构…") and a lone cell must
not grow a bar. The texts are our own, written for these tests.
"""

from __future__ import annotations

import pytest
from parsel import Selector

from crawler.extract import PUBLISHED_LABEL, html_text, row_lines

DATA_TABLE = """
<p>各地领证安排如下：</p>
<table>
  <thead><tr><th>地区</th><th>领证地点</th><th>咨询电话</th></tr></thead>
  <tbody>
    <tr><td>洛河市</td><td>洛河市人才服务中心（<b>青石路</b>12号）</td><td>0000-11112222</td></tr>
    <tr><td><p class="MsoNormal"><span>白沙县</span></p></td><td><a href="/x">白沙县政务大厅</a>三楼</td><td>0000-33334444</td></tr>
  </tbody>
</table>
<p>逾期不领的，证书统一存档。</p>
"""


def test_a_data_table_gives_one_line_per_row_with_barred_cells():
    assert html_text(DATA_TABLE).splitlines() == [
        "各地领证安排如下：",
        "地区 | 领证地点 | 咨询电话",
        "洛河市 | 洛河市人才服务中心（青石路12号） | 0000-11112222",
        "白沙县 | 白沙县政务大厅三楼 | 0000-33334444",
        "逾期不领的，证书统一存档。",
    ]


@pytest.mark.parametrize("html, lines", [
    # a one-cell row (a caption across the table) gets no bar
    ("<table><tr><td colspan=3>第二批证书发放安排</td></tr><tr><td>甲</td><td>乙</td><td>丙</td></tr></table>",
     ["第二批证书发放安排", "甲 | 乙 | 丙"]),
    # empty cells (blank, &nbsp;, full-width space) leave no doubled or trailing bars
    ("<table><tr><td>甲</td><td></td><td>&nbsp;</td><td>\u3000</td><td>乙</td><td> </td></tr></table>",
     ["甲 | 乙"]),
    # a row of empty cells leaves nothing
    ("<table><tr><td></td><td>&nbsp;</td></tr><tr><td>甲</td><td>乙</td></tr></table>", ["甲 | 乙"]),
    # a line break inside a data cell keeps the cell on its row
    ("<table><tr><td>石门区</td><td>石门区人才中心<br>（河西街5号）</td><td>周一至周五</td></tr></table>",
     ["石门区 | 石门区人才中心 （河西街5号） | 周一至周五"]),
    # th and td mixed in one row (a key cell before its value)
    ("<table><tr><th>办理地址</th><td>南湖路8号服务窗口</td></tr></table>", ["办理地址 | 南湖路8号服务窗口"]),
    # a nested table inside a cell: its rows stay rows, and the outer cell keeps them as lines
    ("<table><tr><td><table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table></td></tr></table>",
     ["甲 | 乙", "丙 | 丁"]),
])
def test_table_shapes(html, lines):
    assert html_text(html).splitlines() == lines


LAYOUT = ("在本站发布的证书领取通知中，持证人应当按照公告所列的时间与地点，本人携带有效身份证件原件前往现场办理，"
          "不能亲自到场的，可以委托他人凭委托书代为领取；委托代领的，受托人还须携带本人身份证件原件，"
          "并在领取登记表上签名确认。")


def test_a_layout_table_keeps_each_paragraph_on_its_own_lines():
    # Sites lay a whole notice out in a table: a paragraph per cell is prose, not a table row.
    html = (f"<table><tr><td width='20%'>说明</td><td><p>{LAYOUT}</p><p>其余事项另行通知。</p></td></tr>"
            f"<tr><td>{LAYOUT}</td></tr></table>")
    assert html_text(html).splitlines() == ["说明", LAYOUT, "其余事项另行通知。", LAYOUT]


@pytest.mark.parametrize("cells, lines", [
    ([], []),
    ([[]], []),
    ([["甲"]], ["甲"]),
    ([["甲"], ["乙"], ["丙"]], ["甲 | 乙 | 丙"]),
    ([["甲"], [], ["丙"]], ["甲 | 丙"]),
    ([["甲", "乙"], ["丙"]], ["甲 乙 | 丙"]),  # a cell broken over lines, in a data row
    ([["短"], [LAYOUT]], ["短", LAYOUT]),  # a paragraph cell: the row is layout
    ([["第一行", "第二行"]], ["第一行", "第二行"]),  # one cell keeps its own lines
])
def test_row_lines(cells, lines):
    assert row_lines(cells) == lines


def test_text_outside_tables_is_unchanged():
    html = "<div>第一段<br>第二段</div><p>第三段 <b>加粗</b> 文字</p><ul><li>一</li><li>二</li></ul>"
    assert html_text(html).splitlines() == ["第一段", "第二段", "第三段 加粗 文字", "一", "二"]


def test_a_published_label_in_its_own_cell_is_still_read():
    text = html_text("<table><tr><td>发布时间：</td><td>2026-03-04</td><td>来源：本站</td></tr></table>")
    assert text == "发布时间： | 2026-03-04 | 来源：本站"
    assert PUBLISHED_LABEL.search(text).group(1) == "2026-03-04"


def test_selector_node_text_reads_tables_the_same_way():
    from crawler.extract import node_text
    node = Selector(text=DATA_TABLE).css("table")[0]
    assert node_text(node).splitlines()[0] == "地区 | 领证地点 | 咨询电话"
