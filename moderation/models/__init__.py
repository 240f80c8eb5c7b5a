from .escalations import Escalation, EscalationDecision
from .findings import FindingKind, SensitiveFinding
from .migrated import MigratedPublication
from .opinions import Outcome, ReviewOpinion, ReviewStep, WithholdingGround
from .tasks import (
    REVIEW_TASK_TYPES,
    ConfidentialityReviewTask,
    DrafterOpinionTask,
    LeaderApprovalTask,
    SectionHeadReviewTask,
)

__all__ = [
    "REVIEW_TASK_TYPES",
    "ConfidentialityReviewTask",
    "DrafterOpinionTask",
    "Escalation",
    "EscalationDecision",
    "FindingKind",
    "LeaderApprovalTask",
    "MigratedPublication",
    "Outcome",
    "ReviewOpinion",
    "ReviewStep",
    "SectionHeadReviewTask",
    "SensitiveFinding",
    "WithholdingGround",
]
