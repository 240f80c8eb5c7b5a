"""Demo items under review, one waiting at each step of the chain, and drafts near or past their
20-working-day deadline, so that every demo user finds work on the dashboard."""

from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from django.utils import timezone

from disclosure_pages.models import CategoryPage, DisclosureItemPage
from workdays.official_calendar import WorkingDayCalendar

from .content import ORG, paragraphs

# title, how many of the four steps have approved it (None: a draft not yet submitted),
# working days since it came into being, a sentence of its body
EXAMPLES = [
    ("关于政务数据共享平台上半年运行情况的通报", 0, 2, "现将平台运行情况通报如下。"),
    ("关于开展公共数据开放专项检查的通知", 1, 4, "请各科室于本月底前完成自查。"),
    ("算力网络一期工程联调测试情况说明", 2, 6,
     "测试期间如有问题，请联系项目负责人张工，联系电话：13912345678。"),  # a finding for step 3
    ("关于调整电子政务外网运维服务时间的公告", 3, 8, "调整后的服务时间自下月起执行。"),
    ("数据安全管理制度执行情况自查报告", None, 17, "自查工作已按要求完成。"),
    ("大数据中心机房巡检情况通报", None, 25, "巡检发现的问题已全部整改。"),
]


def build_review_examples(home, section, team):
    """``team``: the section's drafter, head, confidentiality reviewer and leader, in step order."""
    parent = CategoryPage.objects.descendant_of(home).get(title="通知公告")
    calendar = WorkingDayCalendar()
    today = timezone.localdate()
    # The console mail backend would bury the printed log-ins under a dozen assignment e-mails.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for index, (title, approved_steps, age, sentence) in enumerate(EXAMPLES, start=1):
            created = calendar.add_working_days(today, -age)
            item = DisclosureItemPage(
                live=False, title=title, slug=f"review-demo-{index}", publisher=section, creation_date=created,
                summary=f"{title}。",
                body=paragraphs(sentence, f"{ORG}　{created.year}年{created.month}月{created.day}日"),
            )
            parent.add_child(instance=item)
            item.save_revision(user=team[0])
            if approved_steps is None:
                continue
            item.get_workflow().start(item, team[0])
            for user in team[:approved_steps]:
                current = DisclosureItemPage.objects.get(pk=item.pk)
                current.current_workflow_task.on_action(
                    current.current_workflow_task_state, user, "approve",
                    decision="proactive", grounds=[], comment="同意主动公开。",
                )


def review_team():
    """The demo users who run the chain for 大数据发展科 (see ``people.USERS``)."""
    by_name = {user.username: user for user in get_user_model().objects.filter(
        username__in=["drafter", "head", "reviewer", "leader"])}
    return [by_name[name] for name in ("drafter", "head", "reviewer", "leader")]
