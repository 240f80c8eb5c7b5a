"""国办公开办函〔2021〕30号: every cell of 表二, 表三 and 表四 and the 收费 sentence, computed from a year of
records with known counts, with the national labels verbatim."""

import pytest

from assessment.annual_report.layout import compute_figures, figure_cells
from assessment.annual_report.tables import invariant_failures, table_three

from .records import COLUMN_LABELS, YEAR

pytestmark = pytest.mark.django_db

TABLE_TWO = {
    "表二/规章/本年制发件数": "1", "表二/规章/本年废止件数": "1", "表二/规章/现行有效件数": "2",
    "表二/行政规范性文件/本年制发件数": "2", "表二/行政规范性文件/本年废止件数": "1",
    "表二/行政规范性文件/现行有效件数": "3",
    "表二/行政许可/本年处理决定数量": "12", "表二/行政处罚/本年处理决定数量": "3",
    "表二/行政强制/本年处理决定数量": "0", "表二/行政事业性收费/本年收费金额（单位：万元）": "1.25",
}

# The applicant column of each outcome leaf's one request in 2025 (the records take the columns in turn).
LEAVES = [
    ("（一）予以公开", "自然人"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "商业企业"),
    ("（三）不予公开1.属于国家秘密", "科研机构"),
    ("（三）不予公开2.其他法律行政法规禁止公开", "社会公益组织"),
    ("（三）不予公开3.危及“三安全一稳定”", "法律服务机构"),
    ("（三）不予公开4.保护第三方合法权益", "其他"),
    ("（三）不予公开5.属于三类内部事务信息", "自然人"),
    ("（三）不予公开6.属于四类过程性信息", "商业企业"),
    ("（三）不予公开7.属于行政执法案卷", "科研机构"),
    ("（三）不予公开8.属于行政查询事项", "社会公益组织"),
    ("（四）无法提供1.本机关不掌握相关政府信息", "法律服务机构"),
    ("（四）无法提供2.没有现成信息需要另行制作", "其他"),
    ("（四）无法提供3.补正后申请内容仍不明确", "自然人"),
    ("（五）不予处理1.信访举报投诉类申请", "商业企业"),
    ("（五）不予处理2.重复申请", "科研机构"),
    ("（五）不予处理3.要求提供公开出版物", "社会公益组织"),
    ("（五）不予处理4.无正当理由大量反复申请", "法律服务机构"),
    ("（五）不予处理5.要求行政机关确认或重新出具已获取信息", "其他"),
    ("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "自然人"),
    ("（六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "商业企业"),
    ("（六）其他处理3.其他", "科研机构"),
]


def row(values):
    return dict(zip([*COLUMN_LABELS, "总计"], [str(v) for v in values], strict=True))


def expected_table_three():
    rows = {
        "一、本年新收政府信息公开申请数量": row([4, 5, 4, 4, 3, 3, 23]),
        "二、上年结转政府信息公开申请数量": row([1, 0, 0, 0, 0, 0, 1]),
        "（七）总计": row([5, 4, 4, 3, 3, 3, 22]),
        "四、结转下年度继续办理": row([0, 1, 0, 1, 0, 0, 2]),
    }
    for leaf, column in LEAVES:
        rows[leaf] = row([int(c == column) for c in COLUMN_LABELS] + [1])
    rows["（一）予以公开"] = row([2, 0, 0, 0, 0, 0, 2])  # its 2025 request and the one carried in from 2024
    return {f"表三/{name}/{column}": n for name, cells in rows.items() for column, n in cells.items()}


TABLE_FOUR = {
    **{f"表四/行政复议/{h}": n for h, n in zip(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                                          ["1", "1", "0", "2", "4"], strict=True)},
    **{f"表四/行政诉讼/未经复议直接起诉/{h}": n for h, n in zip(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                                                    ["0", "1", "1", "0", "2"], strict=True)},
    **{f"表四/行政诉讼/复议后起诉/{h}": n for h, n in zip(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                                                 ["1", "0", "0", "0", "1"], strict=True)},
}


def test_every_cell_of_the_three_tables(records):
    cells = figure_cells(compute_figures(YEAR))
    expected = {**TABLE_TWO, **expected_table_three(), **TABLE_FOUR, "六/信息处理费（元）": "300.50"}
    assert cells == expected


def test_fee_sentence_gives_what_was_paid_in_the_year(records):
    figures = compute_figures(YEAR)
    assert figures["fees"]["sentence"] == "依据《政府信息公开信息处理费管理办法》规定，2025年本机关实际收取信息处理费共计300.50元。"
    assert compute_figures(2023)["fees"]["sentence"] == "依据《政府信息公开信息处理费管理办法》规定，2023年本机关未收取信息处理费。"


def test_table_three_keeps_its_invariant_in_every_column(records):
    assert invariant_failures(table_three(YEAR)) == []


def test_national_labels_and_merged_headers(records):
    two, three, four = compute_figures(YEAR)["tables"]
    assert [two["title"], three["title"], four["title"]] == [
        "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    assert [c["text"] for c in two["rows"][1]] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    captions = [r[0]["text"] for r in two["rows"] if r[0].get("colspan") == 4]
    assert captions == ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"]
    corner = three["rows"][0][0]
    assert corner["text"] == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    assert (corner["colspan"], corner["rowspan"]) == (3, 3)
    results = next(c for r in three["rows"] for c in r if c["text"] == "三、本年度办理结果")
    assert results["rowspan"] == 22
    assert [c["text"] for c in three["rows"][1]] == ["自然人", "法人或其他组织", "总计"]
    assert [c["text"] for c in four["rows"][0]] == ["行政复议", "行政诉讼"]
    assert [c["text"] for c in four["rows"][1]] == ["未经复议直接起诉", "复议后起诉"]
    assert len(four["rows"][3]) == 15
