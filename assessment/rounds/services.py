"""A round's life (考核评议制度 第九、十条, 第七条): every change goes through these functions, which check
the rule and the person, keep the history (simple-history on the records) and send the mail.

Errors are ``ValidationError`` with a Chinese message the views show as they are."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from outgoing.mail import send_after_commit

from .. import indicators
from ..models import AssessmentRound, AssessmentScope, RoundState, SectionAssessment, SelfCheckReport
from . import access, grading


def check_sections(scope, sections):
    """第九条: a key-point assessment names the sections it concerns."""
    if scope == AssessmentScope.KEY and not sections:
        raise ValidationError({"sections": "重点考核须至少选择一个被考核科室。"})


def people_of(sections):
    """The active people holding any role in ``sections``."""
    return get_user_model().objects.filter(is_active=True, section_memberships__section__in=sections).distinct()


def _admin_url(name, *args):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def _emails(users):
    return [user.email for user in users]


@transaction.atomic
def issue_notice(round_, user):
    """第十条（一）: the notice goes to each concerned section's people; self-checks open."""
    round_ = AssessmentRound.objects.select_for_update().get(pk=round_.pk)
    if not access.manages(user):
        raise PermissionDenied
    if round_.state != RoundState.DRAFT:
        raise ValidationError("考核通知已经发出，不能重复发出。")
    check_sections(round_.scope, list(round_.sections.all()))
    round_.issued_at = timezone.now()
    round_.full_clean()
    round_.state = RoundState.ISSUED
    round_.issued_by = user
    round_.save()
    sections = round_.concerned_sections()
    body = (f"{round_.notice}\n\n考核方式：{round_.get_scope_display()}\n"
            f"自查报告请于{round_.self_check_due:%Y年%m月%d日}前在政府信息公开管理系统中报送：{_admin_url('assessment_rounds:round', round_.pk)}")
    return send_after_commit(f"关于开展{round_.year}年度政务公开考核评议的通知", body, _emails(people_of(sections)),
                             about=str(round_))


def _concerns(round_, section):
    if not round_.concerned_sections().filter(pk=section.pk).exists():
        raise ValidationError(f"{section}不在本次考核范围内。")


@transaction.atomic
def file_self_check(round_, section, user, text, attachment=None):
    """第十条（三）: the section head files the report, and corrects it until grading starts."""
    if not access.can_file_self_check(user, section.pk):
        raise PermissionDenied
    round_ = AssessmentRound.objects.select_for_update().get(pk=round_.pk)
    _concerns(round_, section)
    if not round_.self_checks_open:
        raise ValidationError("考核评议已经开始（或考核通知尚未发出），自查报告不能再报送或修改。")
    if not (text or "").strip():
        raise ValidationError({"text": "请填写自查报告。"})
    report = SelfCheckReport.objects.filter(round=round_, section=section).first() or SelfCheckReport(
        round=round_, section=section, filed_by=user)
    report.text = text.strip()
    if attachment is not None:
        report.attachment = attachment
        report.attachment_name = attachment.name[:200]
    report._change_reason = "报送自查报告" if report.pk is None else "修改自查报告"
    report.save()
    return report


@transaction.atomic
def start_grading(round_, user):
    """第十条（四）: the office starts grading; the self-checks are then closed."""
    if not access.manages(user):
        raise PermissionDenied
    round_ = AssessmentRound.objects.select_for_update().get(pk=round_.pk)
    if round_.state != RoundState.ISSUED:
        raise ValidationError("只有已发出通知、处于自查阶段的考核才能开始考核评议。")
    round_.state = RoundState.GRADING
    round_.grading_started_at = timezone.now()
    round_.save()
    return round_


@transaction.atomic
def grade_section(round_, section, user, grade, comment):
    """第七条: the office sets the grade and the comment; the indicators, the suggested grade and the
    indicator deciding it are kept as they were at grading. An approved grade is final."""
    if not access.manages(user):
        raise PermissionDenied
    round_ = AssessmentRound.objects.select_for_update().get(pk=round_.pk)
    _concerns(round_, section)
    if round_.state != RoundState.GRADING:
        raise ValidationError("只有处于考核评议阶段的考核才能评定等次。")
    if not (comment or "").strip():
        raise ValidationError({"comment": "请填写评议意见。"})
    assessment = SectionAssessment.objects.filter(round=round_, section=section).first()
    if assessment is not None and assessment.is_approved:
        raise ValidationError("考核结果已经分管领导审定，不能再修改。")
    figures = indicators.figures(section, round_.year)
    suggested, deciding = grading.suggest(figures)
    assessment = assessment or SectionAssessment(round=round_, section=section)
    assessment.grade, assessment.comment = grade, comment.strip()
    assessment.indicators = {figure.key: figure.snapshot() for figure in figures}
    assessment.suggested_grade, assessment.deciding_indicator = suggested, deciding[:200]
    assessment.graded_by, assessment.graded_at = user, timezone.now()
    assessment.full_clean()
    assessment._change_reason = "评定等次"
    assessment.save()
    return assessment


@transaction.atomic
def approve(assessment, user):
    """第七条: the leader in charge of the section approves; the section's people are told, with the
    result letter; the round is complete once every concerned section's grade is approved."""
    if not access.can_approve(user, assessment.section_id):
        raise PermissionDenied
    assessment = SectionAssessment.objects.select_for_update().select_related("round", "section").get(
        pk=assessment.pk)
    if assessment.is_approved:
        raise ValidationError("考核结果已经审定。")
    assessment.approved_by, assessment.approved_at = user, timezone.now()
    assessment._change_reason = "分管领导审定"
    assessment.save()
    round_ = assessment.round
    letter = _admin_url("assessment_rounds:letter", round_.pk, assessment.section_id)
    send_after_commit(
        f"{round_.year}年度政务公开考核评议结果",
        f"{assessment.section}：\n{round_.year}年度政务公开考核评议结果为「{assessment.get_grade_display()}」。\n"
        f"评议意见：{assessment.comment}\n结果通知书（PDF）：{letter}",
        _emails(people_of([assessment.section])), about=str(assessment),
    )
    concerned = round_.concerned_sections().count()
    if round_.assessments.filter(approved_at__isnull=False).count() >= concerned:
        round_.state = RoundState.CLOSED
        round_.save()
    return assessment
