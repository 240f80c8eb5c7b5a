"""Who sees what of the assessment (考核评议制度; 保密审查 第三条 谁主管、谁负责).

- the general office (which runs the assessment) and the disclosure administrators: everything;
- a section's people (any role in it): their own section's page of an issued round, its self-check
  and its indicators; the grade only once the leader in charge has approved it;
- the section head files the self-check (第十条（三）: the section answers for its report, and the
  head for the section);
- the section's leader in charge (分管领导) approves the grade (第七条), and sees the grade to approve;
- nobody sees another section's assessment.
"""

from organisation.models import Role
from organisation.people import holds, is_disclosure_admin, is_office_staff, roles_of

from ..models import RoundState


def manages(user):
    """The office runs the rounds: creates them, issues notices, grades."""
    return is_disclosure_admin(user) or is_office_staff(user)


def member_sections(user):
    return roles_of(user)["sections"]


def sees_section(user, round_, section_id):
    if manages(user):
        return True
    return round_.state != RoundState.DRAFT and section_id in member_sections(user)


def can_file_self_check(user, section_id):
    return holds(user, Role.SECTION_HEAD, section_id)


def can_approve(user, section_id):
    return holds(user, Role.LEADER_IN_CHARGE, section_id)


def sees_grading(user, section_id):
    """The grade before approval: the office, and the leader in charge who approves it."""
    return manages(user) or can_approve(user, section_id)


def sees_result(user, assessment):
    if assessment is None:
        return False
    if sees_grading(user, assessment.section_id):
        return True
    return assessment.is_approved and assessment.section_id in member_sections(user)


def visible_rounds(queryset, user):
    if manages(user):
        return queryset
    return queryset.exclude(state=RoundState.DRAFT)


def visible_sections(user, round_):
    """The round's sections whose page ``user`` may open, in the sections' order."""
    return [section for section in round_.concerned_sections() if sees_section(user, round_, section.pk)]
