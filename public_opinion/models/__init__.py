from .cases import CaseReport, OpinionCase, OverdueNotice, PatrolLog
from .choices import (
    Kind,
    Outcome,
    Recipient,
    ReportMethod,
    ResponseChannel,
    Severity,
    Source,
    State,
)
from .pages import ResponseIndexPage, ResponsePage

__all__ = [
    "CaseReport",
    "Kind",
    "OpinionCase",
    "Outcome",
    "OverdueNotice",
    "PatrolLog",
    "Recipient",
    "ReportMethod",
    "ResponseChannel",
    "ResponseIndexPage",
    "ResponsePage",
    "Severity",
    "Source",
    "State",
]
