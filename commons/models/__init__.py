from commons.models.engagement import ResourceFeedback, ResourceReport, UsageCount
from commons.models.label import (
    LabelAssessment,
    LabelCriterion,
    LabelRequest,
    LabelRequirement,
    LabelReviewComment,
    RequirementAssessment,
)
from commons.models.lessons import LessonPage, LessonTag
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
from commons.models.resources import ResourcePage, ResourceTag
from commons.models.terms import (
    TERM_MODELS,
    ChallengeTerm,
    DeviceKindTerm,
    ResourceTypeTerm,
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
    "LessonPage",
    "LessonTag",
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
    "ResourceFeedback",
    "ResourcePage",
    "ResourceReport",
    "ResourceTag",
    "ResourceTypeTerm",
    "TargetPublicTerm",
    "Territory",
    "ThemeTerm",
    "UsageCount",
    "Wave",
]
