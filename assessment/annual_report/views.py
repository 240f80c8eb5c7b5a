"""Admin views of the annual report, for the general office: the years, the narrative with last year's
text and this year's key figures beside it, the tables with their checks and the difference from the
frozen figures, the report page (生成年报页面) and the exports."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

from ..models import AnnualReport, ExternalFigures
from .access import can_manage_reports
from .checks import warnings_for
from .exports import EXPORTS, ReportContent, export_response
from .forms import ExternalFiguresForm, NarrativeForm, NewReportForm
from .layout import compute_figures, differences, figure_cells
from .publishing import figures_for, generate_page

# The figures shown beside the narrative (key, label).
KEY_FIGURES = [
    ("表二/规章/本年制发件数", "本年制发规章"),
    ("表二/行政规范性文件/本年制发件数", "本年制发行政规范性文件"),
    ("表二/行政规范性文件/现行有效件数", "现行有效行政规范性文件"),
    ("表三/一、本年新收政府信息公开申请数量/总计", "本年新收申请"),
    ("表三/二、上年结转政府信息公开申请数量/总计", "上年结转申请"),
    ("表三/（七）总计/总计", "本年办结申请"),
    ("表三/四、结转下年度继续办理/总计", "结转下年度"),
    ("表四/行政复议/总计", "行政复议"),
    ("表四/行政诉讼/未经复议直接起诉/总计", "行政诉讼（未经复议直接起诉）"),
    ("表四/行政诉讼/复议后起诉/总计", "行政诉讼（复议后起诉）"),
    ("六/信息处理费（元）", "收取信息处理费（元）"),
]


def _checked(request):
    if not can_manage_reports(request.user):
        raise PermissionDenied


def _report(year):
    return get_object_or_404(AnnualReport.objects.select_related("page"), year=year)


def index(request):
    _checked(request)
    form = NewReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        report = AnnualReport.objects.create(year=form.cleaned_data["year"], updated_by=request.user)
        messages.success(request, f"已建立{report.title}，请撰写各部分内容。")
        return redirect("annual_report:edit", report.year)
    return TemplateResponse(request, "assessment/report/index.html", {
        "reports": AnnualReport.objects.select_related("page"), "form": form,
    })


def edit(request, year):
    _checked(request)
    report = _report(year)
    external = ExternalFigures.objects.filter(year=year).first() or ExternalFigures(year=year)
    narrative_form = NarrativeForm(request.POST or None, instance=report, prefix="narrative")
    figures_form = ExternalFiguresForm(request.POST or None, instance=external, prefix="figures")
    if request.method == "POST":
        if narrative_form.is_valid() and figures_form.is_valid():
            report = narrative_form.save(commit=False)
            report.updated_by = request.user
            report.save()
            figures_form.save()
            messages.success(request, "已保存。")
            return redirect("annual_report:edit", year)
        messages.error(request, "未能保存，请按提示修改。")
    last_year = AnnualReport.objects.filter(year=year - 1).first()
    cells = figure_cells(figures_for(report))
    fields = [(narrative_form[name], getattr(last_year, name, "") if last_year else "")
              for name in AnnualReport.NARRATIVE_FIELDS]
    return TemplateResponse(request, "assessment/report/edit.html", {
        "report": report, "narrative_form": narrative_form, "figures_form": figures_form, "fields": fields,
        "last_year": last_year, "key_figures": [(text, cells.get(key, "")) for key, text in KEY_FIGURES],
    })


def preview(request, year):
    _checked(request)
    report = _report(year)
    current = compute_figures(year)
    context = {"report": report, "current": current, "warnings": warnings_for(year, current)}
    if report.is_frozen:
        context["differences"] = differences(report.frozen_figures, current)
    return TemplateResponse(request, "assessment/report/preview.html", context)


@require_POST
def generate(request, year):
    _checked(request)
    report = _report(year)
    try:
        page = generate_page(report, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("annual_report:edit", year)
    note = "（本年度数据已冻结，页面使用冻结的统计数据）" if report.is_frozen else ""
    messages.success(request, f"已生成年报页面草稿{note}，请提交审核（送审），经四步保密审查、分管领导审批后发布。")
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def download(request, year, fmt):
    _checked(request)
    if fmt not in EXPORTS:
        raise Http404
    report = _report(year)
    return export_response(ReportContent.of_report(report, figures_for(report)), fmt)
