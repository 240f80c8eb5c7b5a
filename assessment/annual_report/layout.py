"""The tables of the annual report with the national labels and layout of 国办公开办函〔2021〕30号,
as JSON-ready data: each table is rows of cells ``{"text", "colspan", "rowspan", "header", "key"}``
(spans only when above 1; ``key`` names a figure cell by its labels, for the difference table).

This is what the report page stores in ``figures`` and what the page, the DOCX, the PDF and the XLSX
draw, so that a frozen year always shows the labels and numbers that were approved.
"""

from django.utils import timezone

from disclosure_pages.models import DocumentKind
from disclosure_requests.models.choices import ChallengeKind, NationalOutcome
from disclosure_requests.statistics import COLUMNS

from . import tables

TITLE_TWO = "二、主动公开政府信息情况"
TITLE_THREE = "三、收到和处理政府信息公开申请情况"
TITLE_FOUR = "四、政府信息公开行政复议、行政诉讼情况"
INVARIANT_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
THREE_COLUMN_LABELS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
RESULT_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
# 三、本年度办理结果: the row groups, in order; a group of one leaf is a row of its own.
OUTCOME_ROWS = [
    ("（一）予以公开", [NationalOutcome.DISCLOSED]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [NationalOutcome.PARTLY_DISCLOSED]),
    ("（三）不予公开", [o for o in NationalOutcome if o.value.startswith("withheld_")]),
    ("（四）无法提供", [o for o in NationalOutcome if o.value.startswith("unavailable_")]),
    ("（五）不予处理", [o for o in NationalOutcome if o.value.startswith("not_processed_")]),
    ("（六）其他处理", [NationalOutcome.OTHER_NOT_AMENDED, NationalOutcome.OTHER_FEE_UNPAID, NationalOutcome.OTHER]),
]


def label(text, colspan=1, rowspan=1):
    cell = {"text": text, "header": True}
    if colspan > 1:
        cell["colspan"] = colspan
    if rowspan > 1:
        cell["rowspan"] = rowspan
    return cell


def number(value, key, colspan=1):
    cell = {"text": "" if value is None else _text(value), "key": key}
    if colspan > 1:
        cell["colspan"] = colspan
    return cell


def _text(value):
    if isinstance(value, int):
        return str(value)
    return f"{value:.4f}".rstrip("0").rstrip(".")  # 万元, as entered


def layout_two(data):
    rows = []
    documents = data["documents"]
    rows.append([label("第二十条第（一）项", colspan=4)])
    rows.append([label("信息内容"), label("本年制发件数"), label("本年废止件数"), label("现行有效件数")])
    for kind in (DocumentKind.RULE, DocumentKind.NORMATIVE):
        counts = documents[kind.value]
        rows.append([label(kind.label)] + [
            number(counts[field], f"表二/{kind.label}/{heading}")
            for field, heading in (("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数"))
        ])
    for caption, heading, entries in (
        ("第二十条第（五）项", "本年处理决定数量", [("行政许可", "licensing")]),
        ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "penalty"), ("行政强制", "enforcement")]),
        ("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", "fees")]),
    ):
        rows.append([label(caption, colspan=4)])
        rows.append([label("信息内容"), label(heading, colspan=3)])
        for row_label, field in entries:
            rows.append([label(row_label), number(data[field], f"表二/{row_label}/{heading}", colspan=3)])
    return {"key": "two", "title": TITLE_TWO, "rows": rows}


def layout_three(data):
    rows = [
        [label(INVARIANT_NOTE, colspan=3, rowspan=3), label("申请人情况", colspan=7)],
        [label("自然人", rowspan=2), label("法人或其他组织", colspan=5), label("总计", rowspan=2)],
        [label(text) for text in THREE_COLUMN_LABELS[1:6]],
    ]

    def cells(values, row_label):
        return [number(values[column], f"表三/{row_label}/{heading}")
                for column, heading in zip(COLUMNS + ["total"], THREE_COLUMN_LABELS, strict=True)]

    rows.append([label("一、本年新收政府信息公开申请数量", colspan=3)] + cells(data["new"], "一、本年新收政府信息公开申请数量"))
    rows.append([label("二、上年结转政府信息公开申请数量", colspan=3)]
                + cells(data["carried_in"], "二、上年结转政府信息公开申请数量"))
    result_rows = []
    for group, outcomes in OUTCOME_ROWS:
        if len(outcomes) == 1:
            result_rows.append([label(group, colspan=2)] + cells(data["outcomes"][outcomes[0].value], group))
            continue
        for index, outcome in enumerate(outcomes):
            head = [label(group, rowspan=len(outcomes))] if index == 0 else []
            result_rows.append(head + [label(outcome.label)]
                               + cells(data["outcomes"][outcome.value], f"{group}{outcome.label}"))
    result_rows.append([label("（七）总计", colspan=2)] + cells(data["results_total"], "（七）总计"))
    result_rows[0] = [label("三、本年度办理结果", rowspan=len(result_rows))] + result_rows[0]
    rows.extend(result_rows)
    rows.append([label("四、结转下年度继续办理", colspan=3)] + cells(data["carried_out"], "四、结转下年度继续办理"))
    return {"key": "three", "title": TITLE_THREE, "rows": rows}


def layout_four(data):
    rows = [
        [label("行政复议", colspan=5, rowspan=2), label("行政诉讼", colspan=10)],
        [label("未经复议直接起诉", colspan=5), label("复议后起诉", colspan=5)],
        [label(text) for text in RESULT_LABELS * 3],
    ]
    groups = [(ChallengeKind.REVIEW, "行政复议"), (ChallengeKind.DIRECT_LITIGATION, "行政诉讼/未经复议直接起诉"),
              (ChallengeKind.LITIGATION_AFTER_REVIEW, "行政诉讼/复议后起诉")]
    values = []
    for kind, group in groups:
        counts = data[kind.value]
        for result, heading in zip(tables.CHALLENGE_RESULTS + ["total"], RESULT_LABELS, strict=True):
            values.append(number(counts[getattr(result, "value", result)], f"表四/{group}/{heading}"))
    rows.append(values)
    return {"key": "four", "title": TITLE_FOUR, "rows": rows}


def compute_figures(year):
    """Today's computation of the year's tables, laid out, with the fee sentence."""
    amount = tables.fees_collected(year)
    return {
        "year": year,
        "computed_at": timezone.now().isoformat(),
        "tables": [layout_two(tables.table_two(year)), layout_three(tables.table_three(year)),
                   layout_four(tables.table_four(year))],
        "fees": {"amount": f"{amount:.2f}", "sentence": tables.fee_sentence(year, amount)},
    }


def figure_cells(figures):
    """{key: text} of every figure cell, the fee amount included."""
    cells = {cell["key"]: cell["text"]
             for table in figures.get("tables", []) for row in table["rows"] for cell in row if "key" in cell}
    if "fees" in figures:
        cells["六/信息处理费（元）"] = figures["fees"]["amount"]
    return cells


def differences(frozen, current):
    """[(key, frozen text, current text)] of the cells where today's computation differs."""
    old, new = figure_cells(frozen), figure_cells(current)
    return [(key, old.get(key, ""), new.get(key, "")) for key in dict.fromkeys([*old, *new])
            if old.get(key, "") != new.get(key, "")]


def placed(rows):
    """The grid positions of ``rows``' cells: ([(row, column, rowspan, colspan, cell)], columns), as a
    spreadsheet or a word processor needs them (HTML places spanned cells itself)."""
    taken, result, width = set(), [], 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            rowspan, colspan = cell.get("rowspan", 1), cell.get("colspan", 1)
            taken.update((r + i, c + j) for i in range(rowspan) for j in range(colspan))
            result.append((r, c, rowspan, colspan, cell))
            c += colspan
            width = max(width, c)
    return result, width
