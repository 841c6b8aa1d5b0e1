from commons.models.label import (
    LabelAssessment,
    LabelCriterion,
    LabelRequest,
    LabelRequirement,
    LabelReviewComment,
    RequirementAssessment,
)
from commons.models.organisations import Organisation
from commons.models.programmes import ProgrammeIndexPage, ProgrammePage, Wave
from commons.models.projects import (
    AccompanimentNeed,
    ProjectIndexPage,
    ProjectMilestone,
    ProjectObjective,
    ProjectPage,
    ProjectPartner,
    ProjectWorkstream,
)
from commons.models.terms import (
    TERM_MODELS,
    ChallengeTerm,
    DeviceKindTerm,
    TargetPublicTerm,
    ThemeTerm,
)
from commons.models.territories import Territory

__all__ = [
    "TERM_MODELS",
    "AccompanimentNeed",
    "ChallengeTerm",
    "DeviceKindTerm",
    "LabelAssessment",
    "LabelCriterion",
    "LabelRequest",
    "LabelRequirement",
    "LabelReviewComment",
    "Organisation",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "ProjectIndexPage",
    "ProjectMilestone",
    "ProjectObjective",
    "ProjectPage",
    "ProjectPartner",
    "ProjectWorkstream",
    "RequirementAssessment",
    "TargetPublicTerm",
    "Territory",
    "ThemeTerm",
    "Wave",
]
