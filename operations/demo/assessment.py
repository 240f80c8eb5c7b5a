"""Demo yearly assessment (考核评议制度): a completed key-point round for the last full year, concerning
大数据发展科 and 信息化建设科, with their self-check reports and grades approved by the leader in charge.
The grades are the ones the system suggests from the demo's records; the figures are those of the demo."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from assessment import indicators
from assessment.models import (
    AssessmentRound,
    AssessmentScope,
    GradingThresholds,
    RoundState,
    SectionAssessment,
    SelfCheckReport,
)
from assessment.rounds.grading import suggest

SELF_CHECK = (
    "一、基本情况\n本科室严格落实《政务公开考核评议制度》，对照第五条逐项自查：工作职责和管理权限已在目录"
    "“机构设置及职能”栏目公开；重大决策和重要事项按规定公开并同步解读；依申请公开按时答复。\n"
    "二、存在的问题\n个别信息公开时间接近20个工作日时限，政策解读形式较单一。\n"
    "三、整改措施\n建立公开时限提醒台账，丰富图解、问答等解读形式。"
)
COMMENTS = {
    "excellent": "各项指标均达到优秀标准，公开及时、解读到位。",
    "good": "总体符合要求，个别指标未达优秀标准，请对照指标明细整改。",
    "basic": "部分指标偏低，请在下一年度重点整改并报送整改情况。",
    "failed": "多项指标未达要求，请限期整改并报送整改报告。",
}


def _at(day, hour):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def build_assessment_round(sections):
    year = timezone.localdate().year - 1
    if AssessmentRound.objects.filter(year=year).exists():
        return
    if not GradingThresholds.objects.exists():
        GradingThresholds.objects.create()
    users = {u.username: u for u in get_user_model().objects.filter(username__in=["office", "leader", "head", "head2"])}
    concerned = [(sections["dsj"], users["head"]), (sections["xxh"], users["head2"])]
    issued_on = datetime.date(year + 1, 1, 5)
    round_ = AssessmentRound.objects.create(
        year=year, scope=AssessmentScope.KEY, self_check_due=issued_on + datetime.timedelta(days=15),
        notice=f"各科室：根据《政务公开考核评议制度》，现开展{year}年度政务公开重点考核，请对照第五条自查并报送自查报告。",
        state=RoundState.CLOSED, issued_at=_at(issued_on, 9), issued_by=users["office"],
        grading_started_at=_at(issued_on + datetime.timedelta(days=16), 9),
    )
    round_.sections.set([section for section, _head in concerned])
    for number, (section, head) in enumerate(concerned):
        SelfCheckReport.objects.create(round=round_, section=section, text=SELF_CHECK, filed_by=head,
                                       filed_at=_at(issued_on + datetime.timedelta(days=8 + number), 15))
        figures = indicators.figures(section, year)
        grade, deciding = suggest(figures)
        SectionAssessment.objects.create(
            round=round_, section=section, grade=grade, comment=COMMENTS[grade],
            indicators={figure.key: figure.snapshot() for figure in figures}, suggested_grade=grade,
            deciding_indicator=deciding[:200], graded_by=users["office"],
            graded_at=_at(issued_on + datetime.timedelta(days=20), 10), approved_by=users["leader"],
            approved_at=_at(issued_on + datetime.timedelta(days=22), 16),
        )
