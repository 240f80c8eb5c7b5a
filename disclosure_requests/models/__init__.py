from .applicant import Applicant
from .attachment import RequestAttachment
from .challenge import LegalChallenge
from .choices import (
    AccessAction,
    AccessRoute,
    AnswerKind,
    ApplicantType,
    ChallengeKind,
    ChallengeResult,
    Channel,
    ConsultationKind,
    ConsultationReply,
    EventKind,
    FeeBasis,
    FeeStatus,
    IdDocumentType,
    LetterKind,
    NationalOutcome,
    OrganisationKind,
    ProvisionForm,
    State,
)
from .consultation import Consultation
from .event import AccessLogEntry, RequestEvent
from .fee import FeeNotice
from .letter import Letter
from .release import ReleasedFile, ReleaseOpinion, ReleaseProposal
from .request import DisclosureRequest

__all__ = [
    "AccessAction",
    "AccessLogEntry",
    "AccessRoute",
    "AnswerKind",
    "Applicant",
    "ApplicantType",
    "ChallengeKind",
    "ChallengeResult",
    "Channel",
    "Consultation",
    "ConsultationKind",
    "ConsultationReply",
    "DisclosureRequest",
    "EventKind",
    "FeeBasis",
    "FeeNotice",
    "FeeStatus",
    "IdDocumentType",
    "LegalChallenge",
    "Letter",
    "LetterKind",
    "NationalOutcome",
    "OrganisationKind",
    "ProvisionForm",
    "RequestAttachment",
    "ReleaseOpinion",
    "ReleaseProposal",
    "ReleasedFile",
    "RequestEvent",
    "State",
]
