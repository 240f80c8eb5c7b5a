"""Admin views of the yearly assessment (考核评议制度). Who may see and do what: ``access``; what a
change means: ``services``. A page another section's people may not see answers 404."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from organisation.models import Section
from outgoing.tables import export_response

from .. import indicators
from ..models import AssessmentRound, Grade, GradingThresholds, RoundState, SectionAssessment, SelfCheckReport
from . import access, charts, grading, letters, services
from .forms import GradeForm, RoundForm, SelfCheckForm, ThresholdsForm


def _office_only(request):
    if not access.manages(request.user):
        raise PermissionDenied


def _round(request, pk):
    round_ = get_object_or_404(AssessmentRound, pk=pk)
    if not access.visible_sections(request.user, round_):
        raise Http404
    return round_


def _section(request, round_, section_pk):
    section = get_object_or_404(Section, pk=section_pk)
    if not access.sees_section(request.user, round_, section.pk):
        raise Http404
    if not round_.concerned_sections().filter(pk=section.pk).exists():
        raise Http404
    return section


def _show_errors(request, error):
    for message in error.messages:
        messages.error(request, message)


def index(request):
    rounds = access.visible_rounds(AssessmentRound.objects.all(), request.user)
    visible = [round_ for round_ in rounds if access.visible_sections(request.user, round_)]
    if not visible and not access.manages(request.user):
        raise PermissionDenied
    return TemplateResponse(request, "assessment/rounds/index.html",
                            {"rounds": visible, "manages": access.manages(request.user)})


def round_form(request, pk=None):
    _office_only(request)
    round_ = get_object_or_404(AssessmentRound, pk=pk) if pk else None
    if round_ is not None and round_.state != RoundState.DRAFT:
        messages.error(request, "考核通知已经发出，考核年度、方式、科室和通知内容不能再修改。")
        return redirect("assessment_rounds:round", round_.pk)
    form = RoundForm(request.POST or None, instance=round_)
    if request.method == "POST" and form.is_valid():
        round_ = form.save()
        messages.success(request, f"已保存{round_}。")
        return redirect("assessment_rounds:round", round_.pk)
    return TemplateResponse(request, "assessment/rounds/round_form.html", {"form": form, "round": round_})


def round_detail(request, pk):
    round_ = _round(request, pk)
    sections = access.visible_sections(request.user, round_)
    reports = {r.section_id: r for r in round_.self_checks.all()}
    grades = {a.section_id: a for a in round_.assessments.all()}
    rows = [{"section": section, "report": reports.get(section.pk),
             "assessment": grades.get(section.pk) if access.sees_result(request.user, grades.get(section.pk)) else None}
            for section in sections]
    return TemplateResponse(request, "assessment/rounds/round.html", {
        "round": round_, "rows": rows, "manages": access.manages(request.user),
        "history": round_.history.select_related("history_user").order_by("history_date"),
    })


@require_POST
def issue(request, pk):
    round_ = get_object_or_404(AssessmentRound, pk=pk)
    _office_only(request)
    try:
        recipients = services.issue_notice(round_, request.user)
    except ValidationError as error:
        _show_errors(request, error)
    else:
        messages.success(request, f"考核通知已发出，已通知{len(recipients)}人。")
    return redirect("assessment_rounds:round", round_.pk)


@require_POST
def start_grading(request, pk):
    round_ = get_object_or_404(AssessmentRound, pk=pk)
    _office_only(request)
    try:
        services.start_grading(round_, request.user)
    except ValidationError as error:
        _show_errors(request, error)
    else:
        messages.success(request, "已开始考核评议，各科室的自查报告不能再修改。")
    return redirect("assessment_rounds:round", round_.pk)


def section_detail(request, pk, section_pk):
    round_ = _round(request, pk)
    return _section_page(request, round_, _section(request, round_, section_pk))


def _section_page(request, round_, section, self_check_form=None, grade_form=None):
    """The section's page of the round; a refused form comes back with what was typed (status 200)."""
    report = SelfCheckReport.objects.filter(round=round_, section=section).first()
    assessment = SectionAssessment.objects.filter(round=round_, section=section).first()
    user = request.user
    figures = indicators.figures(section, round_.year)
    context = {"round": round_, "section": section, "report": report, "figures": figures,
               "chart": _section_chart(round_, section, figures)}
    if round_.self_checks_open and access.can_file_self_check(user, section.pk):
        context["self_check_form"] = self_check_form or SelfCheckForm(
            initial={"text": report.text if report else ""})
    if report:
        context["report_history"] = report.history.select_related("history_user").order_by("history_date")
    if access.sees_grading(user, section.pk):
        context["suggested"] = grading.suggest(figures)
    if access.manages(user) and round_.state == RoundState.GRADING and not (assessment and assessment.is_approved):
        initial = {"grade": assessment.grade, "comment": assessment.comment} if assessment else {
            "grade": context["suggested"][0]}
        context["grade_form"] = grade_form or GradeForm(initial=initial)
    if access.sees_result(user, assessment):
        context["assessment"] = assessment
        context["assessment_history"] = assessment.history.select_related("history_user").order_by("history_date")
        context["can_approve"] = not assessment.is_approved and access.can_approve(user, section.pk)
    return TemplateResponse(request, "assessment/rounds/section.html", context)


def _section_chart(round_, section, figures):
    rows = [(figure.label, charts.figure_value(figure), figure.display,
             None) for figure in figures if figure.kind != indicators.COUNT]
    return charts.bar_chart(f"{section}{round_.year}年度指标", f"{section}{round_.year}年度各项比率指标（0–100%）", rows)


@require_POST
def self_check(request, pk, section_pk):
    round_ = _round(request, pk)
    section = _section(request, round_, section_pk)
    form = SelfCheckForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            report = services.file_self_check(round_, section, request.user, form.cleaned_data["text"],
                                              form.cleaned_data["attachment"])
        except ValidationError as error:
            _show_errors(request, error)
            return _section_page(request, round_, section, self_check_form=form)
        messages.success(request, f"自查报告已报送{'（逾期报送）' if report.is_late else ''}。")
        return redirect("assessment_rounds:section", round_.pk, section.pk)
    return _section_page(request, round_, section, self_check_form=form)


def attachment(request, pk, section_pk):
    round_ = _round(request, pk)
    section = _section(request, round_, section_pk)
    report = get_object_or_404(SelfCheckReport, round=round_, section=section)
    if not report.attachment:
        raise Http404
    response = FileResponse(report.attachment.open("rb"), as_attachment=True,
                            filename=report.attachment_name or report.attachment.name.rsplit("/", 1)[-1])
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
def grade(request, pk, section_pk):
    round_ = _round(request, pk)
    section = _section(request, round_, section_pk)
    _office_only(request)
    form = GradeForm(request.POST)
    if form.is_valid():
        try:
            services.grade_section(round_, section, request.user, form.cleaned_data["grade"],
                                   form.cleaned_data["comment"])
        except ValidationError as error:
            _show_errors(request, error)
            return _section_page(request, round_, section, grade_form=form)
        messages.success(request, f"已评定{section}的考核等次，待分管领导审定。")
        return redirect("assessment_rounds:section", round_.pk, section.pk)
    return _section_page(request, round_, section, grade_form=form)


@require_POST
def approve(request, pk, section_pk):
    round_ = _round(request, pk)
    section = _section(request, round_, section_pk)
    assessment = get_object_or_404(SectionAssessment, round=round_, section=section)
    if not access.can_approve(request.user, section.pk):
        raise PermissionDenied
    try:
        services.approve(assessment, request.user)
    except ValidationError as error:
        _show_errors(request, error)
    else:
        messages.success(request, f"已审定{section}的考核结果，并已通知该科室。")
    return redirect("assessment_rounds:section", round_.pk, section.pk)


def letter(request, pk, section_pk):
    round_ = _round(request, pk)
    section = _section(request, round_, section_pk)
    assessment = get_object_or_404(SectionAssessment, round=round_, section=section, approved_at__isnull=False)
    if not access.sees_result(request.user, assessment):
        raise Http404
    response = HttpResponse(letters.result_letter(assessment), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        True, f"kaohe-{round_.year}-{section.code}.pdf")
    response["Cache-Control"] = "private, no-store"
    return response


def records(request, pk, section_pk, key):
    round_ = _round(request, pk)
    section = _section(request, round_, section_pk)
    compute = indicators.INDICATORS.get(key)
    if compute is None:
        raise Http404
    return TemplateResponse(request, "assessment/rounds/records.html",
                            {"round": round_, "section": section, "figure": compute(section, round_.year)})


def round_charts(request, pk):
    """Per indicator, every section of the round (the office's view)."""
    _office_only(request)
    round_ = get_object_or_404(AssessmentRound, pk=pk)
    sections = list(round_.concerned_sections())
    by_section = {section.pk: {f.key: f for f in indicators.figures(section, round_.year)} for section in sections}
    chart_list = []
    for key, indicator in indicators.INDICATORS.items():
        rows = []
        for section in sections:
            figure = by_section[section.pk][key]
            rows.append((section.name, charts.figure_value(figure), figure.display, None))
        unit = "件" if indicator.kind == indicators.COUNT else "%"
        chart_list.append(charts.bar_chart(f"{indicator.label}（{round_.year}年度，各科室）",
                                           f"{round_.year}年度各科室的{indicator.label}", rows, unit))
    return TemplateResponse(request, "assessment/rounds/charts.html", {"round": round_, "charts": chart_list})


def trend(request, pk, section_pk):
    """A section's indicators over the years of every round up to this one."""
    round_ = _round(request, pk)
    section = _section(request, round_, section_pk)
    years = list(AssessmentRound.objects.filter(year__lte=round_.year).order_by("year").values_list("year", flat=True))
    per_year = {year: {f.key: f for f in indicators.figures(section, year)} for year in years}
    chart_list = []
    for key, indicator in indicators.INDICATORS.items():
        rows = [(f"{year}年", charts.figure_value(per_year[year][key]), per_year[year][key].display, None)
                for year in years]
        unit = "件" if indicator.kind == indicators.COUNT else "%"
        chart_list.append(charts.bar_chart(f"{indicator.label}（{section}，历年）",
                                           f"{section}历年的{indicator.label}", rows, unit))
    return TemplateResponse(request, "assessment/rounds/charts.html",
                            {"round": round_, "section": section, "charts": chart_list, "trend": True})


def export(request, pk):
    """The round's indicators and grades as XLSX (outgoing.tables neutralises formulas)."""
    _office_only(request)
    round_ = get_object_or_404(AssessmentRound, pk=pk)
    grades = {a.section_id: a for a in round_.assessments.all()}
    header = ["科室"] + [indicator.label for indicator in indicators.INDICATORS.values()] + [
        "建议等次", "决定建议等次的指标", "考核等次", "评议意见", "审定时间"]
    rows = []
    for section in round_.concerned_sections():
        figures = indicators.figures(section, round_.year)
        suggested, deciding = grading.suggest(figures)
        assessment = grades.get(section.pk)
        rows.append([section.name] + [figure.display for figure in figures] + [
            Grade(suggested).label, deciding,
            assessment.get_grade_display() if assessment else "", assessment.comment if assessment else "",
            timezone.localtime(assessment.approved_at).strftime("%Y-%m-%d %H:%M")
            if assessment and assessment.approved_at else ""])
    return export_response(f"kaohe-{round_.year}", header, rows, "xlsx", f"{round_.year}年度考核")


def thresholds(request):
    _office_only(request)
    current = GradingThresholds.current()
    form = ThresholdsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "已保存考核等次评定标准。")
        return redirect("assessment_rounds:thresholds")
    history = current.history.select_related("history_user").order_by("history_date") if current.pk else []
    return TemplateResponse(request, "assessment/rounds/thresholds.html", {"form": form, "history": history})
