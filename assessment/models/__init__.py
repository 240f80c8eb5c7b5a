from .incidents import Incident, IncidentKind

__all__ = ["Incident", "IncidentKind"]
