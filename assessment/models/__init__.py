from .incidents import Incident, IncidentKind
from .reports import AnnualReport, ExternalFigures

__all__ = ["Incident", "IncidentKind"]
# The annual report (rep)
__all__ += ["AnnualReport", "ExternalFigures"]
