from .incidents import Incident, IncidentKind

# -- assessment rounds (考核评议制度) --
from .rounds import (
    AssessmentRound,
    AssessmentScope,
    Grade,
    GradingThresholds,
    RoundState,
    SectionAssessment,
    SelfCheckReport,
)

__all__ = ["Incident", "IncidentKind"]
__all__ += ["AssessmentRound", "AssessmentScope", "Grade", "GradingThresholds", "RoundState", "SectionAssessment",
            "SelfCheckReport"]
