"""Warnings shown with the tables before the report goes to review: they never block, the office decides."""

from disclosure_pages.models import DocumentKind
from disclosure_requests.statistics import COLUMN_LABELS

from ..models import AnnualReport, ExternalFigures
from . import tables
from .layout import figure_cells


def in_force_key(kind):
    return f"表二/{kind.label}/现行有效件数"


def table_two_warnings(year, figures):
    """现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y), against last year's frozen
    figures (a check third-party reviewers of reports apply)."""
    last = AnnualReport.objects.filter(year=year - 1, frozen_figures__isnull=False).first()
    if last is None:
        return [f"{year - 1}年年报数据尚未冻结，无法核对表二“现行有效件数”与上年的衔接。"]
    before, now = figure_cells(last.frozen_figures), figure_cells(figures)
    warnings = []
    for kind in (DocumentKind.RULE, DocumentKind.NORMATIVE):
        try:
            previous = int(before[in_force_key(kind)])
            issued = int(now[f"表二/{kind.label}/本年制发件数"])
            repealed = int(now[f"表二/{kind.label}/本年废止件数"])
            current = int(now[in_force_key(kind)])
        except (KeyError, ValueError):
            continue
        if previous + issued - repealed != current:
            warnings.append(
                f"表二{kind.label}：上年现行有效{previous}件 + 本年制发{issued}件 − 本年废止{repealed}件"
                f" = {previous + issued - repealed}件，与本年现行有效件数{current}件不一致，请核对文件的生成日期和有效性。"
            )
    return warnings


def warnings_for(year, figures):
    warnings = []
    if not ExternalFigures.objects.filter(year=year).exists():
        warnings.append(f"尚未录入{year}年的行政许可、行政处罚、行政强制处理决定数量和行政事业性收费金额（表二）。")
    warnings += table_two_warnings(year, figures)
    failing = tables.invariant_failures(tables.table_three(year))
    if failing:
        names = "、".join(COLUMN_LABELS.get(column, "总计") for column in failing)
        warnings.append(f"表三以下各列不满足“第一项加第二项之和，等于第三项加第四项之和”：{names}。")
    return warnings
