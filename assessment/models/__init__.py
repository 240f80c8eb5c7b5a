from .incidents import Incident, IncidentKind
from .reports import AnnualReport, ExternalFigures
from .rounds import (
    AssessmentRound,
    AssessmentScope,
    Grade,
    GradingThresholds,
    RoundState,
    SectionAssessment,
    SelfCheckReport,
)

__all__ = [
    "AnnualReport",
    "AssessmentRound",
    "AssessmentScope",
    "ExternalFigures",
    "Grade",
    "GradingThresholds",
    "Incident",
    "IncidentKind",
    "RoundState",
    "SectionAssessment",
    "SelfCheckReport",
]
