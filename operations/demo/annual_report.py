"""Demo annual report (条例 第四十九、五十条): the last full year's report, its tables computed from the
demo records (whatever records the other demo modules have made), written by the office and published
through the four-step chain, which freezes its figures."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from assessment.annual_report.publishing import generate_page
from assessment.models import AnnualReport, ExternalFigures
from disclosure_pages.models import AnnualReportPage

NARRATIVE = {
    "overview_proactive": "{year}年，本局围绕数据资源整合共享、算力基础设施建设等重点工作，通过门户网站政府信息公开专栏"
                          "主动公开政府信息，及时更新机构职能、政策文件、规划计划和财政预决算等信息，同步发布政策解读。",
    "overview_requests": "本局依法受理政府信息公开申请，严格按照《中华人民共和国政府信息公开条例》规定的期限答复，"
                         "对不予公开的说明理由和依据，并告知救济途径。",
    "overview_information_management": "落实公文公开属性源头认定，信息发布前严格执行起草人、科室负责人、办公室保密审查、"
                                       "分管领导四步保密审查，动态调整政府信息公开目录。",
    "overview_platforms": "门户网站政府信息公开专栏按照“指南、制度、目录、年报”规范设置，提供站内检索、关怀版和"
                          "移动端浏览。",
    "overview_supervision": "将政务公开工作纳入科室年度考核，开展政务公开考核评议，接受社会监督。",
    "problems": "存在的主要问题：部分政策解读形式较为单一，主动公开时效仍有提升空间。\n"
                "改进情况：下一步将丰富图解、问答等解读形式，压实各科室公开时限责任。",
    "other_matters": "本年度无其他需要报告的事项。",
}


def build_annual_report(office_user, team):
    """``office_user`` writes the report; ``team``: drafter, head, reviewer and leader of the office's
    chain, in step order. Does nothing when the year's report page exists."""
    year = timezone.localdate().year - 1
    if AnnualReportPage.objects.filter(year=year).exists():
        return
    ExternalFigures.objects.get_or_create(year=year, defaults={
        "licensing_decisions": 36, "penalty_decisions": 2, "enforcement_decisions": 0,
        "fees_collected": Decimal("0")})
    report, _ = AnnualReport.objects.get_or_create(
        year=year, defaults={name: text.format(year=year) for name, text in NARRATIVE.items()})
    page = generate_page(report, office_user)
    page.get_workflow().start(page, team[0])
    for user in team:
        current = AnnualReportPage.objects.get(pk=page.pk)
        current.current_workflow_task.on_action(
            current.current_workflow_task_state, user, "approve", decision="proactive", grounds=[],
            comment="同意公开。")


def office_team():
    """The demo users of the office's chain: 办公室 staff, its head, the reviewer and the leader."""
    users = {user.username: user for user in get_user_model().objects.filter(
        username__in=["office", "officehead", "reviewer", "leader"])}
    return users["office"], [users[name] for name in ("office", "officehead", "reviewer", "leader")]
