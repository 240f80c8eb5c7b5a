"""The four Wagtail Task types of the review chain (保密审查 第六条).

Each task routes to the people of the page's owning section (step 3: the general office), asks
for an opinion with every approval, and hands the action itself to ``moderation.review_actions``.
"""

from wagtail.models import Task

from .opinions import ReviewOpinion, ReviewStep


class AbstractReviewTask(Task):
    step = None
    approve_label = "同意"

    class Meta:
        abstract = True

    # -- routing ----------------------------------------------------------------------------

    def reviewers_for(self, page):
        from ..people import reviewers

        return reviewers(page, self.step)

    def may_act(self, page, user):
        """Holds this step's role for the page, and has not yet given another opinion on the
        current submission (separation of duties, 保密审查 第六条)."""
        from ..people import holds_step

        if not holds_step(user, page, self.step):
            return False
        workflow_state = page.current_workflow_state
        if workflow_state is None:
            return True
        return not ReviewOpinion.objects.filter(submission=workflow_state, reviewer=user).exists()

    def user_can_access_editor(self, obj, user):
        return self.may_act(obj, user)

    def locked_for_user(self, obj, user):
        # While under review only the people of the current step may change the page.
        return not self.may_act(obj, user)

    def user_can_lock(self, obj, user):
        return self.may_act(obj, user)

    def get_actions(self, obj, user):
        if not self.may_act(obj, user):
            return []
        actions = [("reject", "退回修改", True)]
        if not self.approval_blockers(obj):
            actions.append(("approve", self.approve_label, True))
        return actions

    def approval_blockers(self, page):
        """Reasons why nobody may approve this step now (empty list: approval possible)."""
        return []

    def get_form_for_action(self, action):
        from ..forms import OpinionForm, RejectionForm

        return OpinionForm if action == "approve" else RejectionForm

    def on_action(self, task_state, user, action_name, **kwargs):
        """Wagtail's workflow buttons (dashboard modal, editor status menu) act here; the person is
        told what happened. Returns None: Wagtail takes a return value for the URL to go to."""
        from ..review_actions import act_on_task, current_request

        acted = act_on_task(self, task_state, user, action_name, kwargs)
        if request := current_request():
            acted.tell(request, task_state.workflow_state.content_object, self)
        return None

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        from ..notifications import notify_assignment

        notify_assignment(task_state, self)
        return task_state

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from ..moderating import task_states_waiting_for

        return task_states_waiting_for(user, self)


class DrafterOpinionTask(AbstractReviewTask):
    """（一）起草科室工作人员提出是否公开的初步意见."""

    step = ReviewStep.DRAFTER_OPINION
    approve_label = "提出初步意见并送审"

    class Meta:
        verbose_name = "起草人初步意见"
        verbose_name_plural = "起草人初步意见"

    @classmethod
    def get_description(cls):
        return "起草科室工作人员提出是否公开的初步意见（保密审查 第六条（一））"

    def approval_blockers(self, page):
        from ..interpretations import plan_blockers

        return plan_blockers(page)


class SectionHeadReviewTask(AbstractReviewTask):
    """（二）科室负责人提出是否公开的审查意见."""

    step = ReviewStep.SECTION_HEAD_REVIEW

    class Meta:
        verbose_name = "科室负责人审查"
        verbose_name_plural = "科室负责人审查"

    @classmethod
    def get_description(cls):
        return "信息产生科室的负责人提出审查意见（保密审查 第六条（二））"


class ConfidentialityReviewTask(AbstractReviewTask):
    """（三）办公室保密审查；also checks authenticity, completeness, timeliness (主动公开 第五条)."""

    step = ReviewStep.CONFIDENTIALITY_REVIEW

    class Meta:
        verbose_name = "办公室保密审查"
        verbose_name_plural = "办公室保密审查"

    @classmethod
    def get_description(cls):
        return "办公室保密审查，并审定内容的真实性、完整性、及时性（保密审查 第六条（三）、主动公开 第五条）"

    def approval_blockers(self, page):
        from ..escalation import pending_escalation
        from ..scan import unresolved_findings

        blockers = []
        workflow_state = page.current_workflow_state
        if workflow_state is None:
            return blockers
        count = unresolved_findings(workflow_state).count()
        if count:
            blockers.append(
                f"尚有 {count} 项敏感信息提示未处理：请在下方“敏感信息提示”中逐项填写理由并确认，"
                f"或退回起草人删除后重新送审。全部处理后才会出现“{self.approve_label}”按钮。"
            )
        escalation = pending_escalation(workflow_state)
        if escalation:
            blockers.append(
                f"密级待{escalation.referred_to}确定（保密审查 第七条）：收到确定结果后，请在下方“密级确定”中"
                f"记录，之后才会出现“{self.approve_label}”按钮。"
            )
        return blockers

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        from ..scan import scan_submission

        scan_submission(workflow_state, task_state.revision)
        return task_state


class LeaderApprovalTask(AbstractReviewTask):
    """（四）单位分管领导审查批准. Only this approval publishes (协调机制 第五条)."""

    step = ReviewStep.LEADER_APPROVAL
    approve_label = "审批同意"

    class Meta:
        verbose_name = "分管领导审批"
        verbose_name_plural = "分管领导审批"

    @classmethod
    def get_description(cls):
        return "分管领导审查批准，批准后方可发布（保密审查 第六条（四）、协调机制 第五条）"

    def approval_blockers(self, page):
        from ..interpretations import leader_blockers

        return leader_blockers(page)


REVIEW_TASK_TYPES = [DrafterOpinionTask, SectionHeadReviewTask, ConfidentialityReviewTask, LeaderApprovalTask]
