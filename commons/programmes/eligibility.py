"""Checks a project against its programme's eligibility rules (commons.blocks)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from commons.programmes.models import ProgrammePage, ProjectPage
from commons.taxonomies import OrganisationKind


@dataclass(frozen=True)
class RuleResult:
    label: str
    passed: bool
    reason: str = ""


@dataclass(frozen=True)
class EligibilityReport:
    project: ProjectPage
    results: list[RuleResult]

    @property
    def is_eligible(self) -> bool:
        return all(result.passed for result in self.results)

    @property
    def failures(self) -> list[RuleResult]:
        return [result for result in self.results if not result.passed]


def _euros(amount: int) -> str:
    return f"{number_format(amount, force_grouping=True)} €"


def _lead_kind(project: ProjectPage, value) -> str:
    allowed = list(value["allowed_kinds"])
    lead = project.lead_organisation
    if lead is None:
        return _("Aucune structure porteuse n'est renseignée.")
    if lead.kind not in allowed:
        return _(
            "La structure porteuse « %(name)s » est de type %(kind)s ; types acceptés : %(allowed)s."
        ) % {
            "name": lead.name,
            "kind": OrganisationKind(lead.kind).label,
            "allowed": ", ".join(str(OrganisationKind(kind).label) for kind in allowed),
        }
    return ""


def _priority_neighbourhoods(project: ProjectPage, value) -> str:
    if not any(territory.is_priority_area for territory in project.territories.all()):
        return _(
            "Aucun territoire du projet ne comprend de quartier prioritaire (QPV) ou de veille active (QVA)."
        )
    return ""


def _theme_count(project: ProjectPage, value) -> str:
    count = len(project.themes.all())
    minimum, maximum = value["minimum"], value["maximum"]
    if not minimum <= count <= maximum:
        if minimum == maximum:
            return _(
                "Le projet doit relever d'exactement %(expected)d thématique(s) ; il en compte %(count)d."
            ) % {
                "expected": minimum,
                "count": count,
            }
        return _(
            "Le projet doit relever de %(minimum)d à %(maximum)d thématiques ; il en compte %(count)d."
        ) % {
            "minimum": minimum,
            "maximum": maximum,
            "count": count,
        }
    return ""


def _documentation_commitment(project: ProjectPage, value) -> str:
    if not project.commits_to_document_and_evaluate:
        return _("Le projet ne s'est pas engagé à contribuer à la documentation et à l'évaluation.")
    return ""


def _consortium(project: ProjectPage, value) -> str:
    count = len(project.partners.all())
    if count < value["minimum_partners"]:
        return _(
            "Le consortium doit compter au moins %(minimum)d partenaire(s) ; il en compte %(count)d."
        ) % {
            "minimum": value["minimum_partners"],
            "count": count,
        }
    return ""


def _grant_range(project: ProjectPage, value) -> str:
    amount = project.funding_requested
    bounds = {"minimum": _euros(value["minimum"]), "maximum": _euros(value["maximum"])}
    if amount is None:
        return (
            _("Le montant demandé n'est pas renseigné (attendu entre %(minimum)s et %(maximum)s).")
            % bounds
        )
    if not value["minimum"] <= amount <= value["maximum"]:
        return _(
            "Le montant demandé (%(amount)s) sort de la fourchette de %(minimum)s à %(maximum)s."
        ) % {
            "amount": _euros(amount),
            **bounds,
        }
    return ""


def _device_kind_required(project: ProjectPage, value) -> str:
    if not project.device_kinds.all():
        return _("Aucun type de dispositif (numérique, tangible, ingénierie) n'est renseigné.")
    return ""


def _challenge_required(project: ProjectPage, value) -> str:
    if not project.challenges.all():
        return _("Le projet ne répond à aucun des cinq défis.")
    return ""


RULE_CHECKS: dict[str, Callable[[ProjectPage, object], str]] = {
    "lead_kind": _lead_kind,
    "targets_priority_neighbourhoods": _priority_neighbourhoods,
    "theme_count": _theme_count,
    "documentation_commitment": _documentation_commitment,
    "consortium": _consortium,
    "grant_range": _grant_range,
    "device_kind_required": _device_kind_required,
    "challenge_required": _challenge_required,
}


def check_eligibility(
    *, project: ProjectPage, programme: ProgrammePage | None = None
) -> EligibilityReport:
    """One result per rule of the programme, each failure with the reason a person can act on."""
    programme = programme or project.get_parent().specific
    results = []
    for rule in programme.eligibility_rules:
        reason = RULE_CHECKS[rule.block_type](project, rule.value)
        results.append(RuleResult(label=str(rule.block.label), passed=not reason, reason=reason))
    return EligibilityReport(project=project, results=results)


def programme_eligibility(*, programme: ProgrammePage) -> list[EligibilityReport]:
    """The checklist of every project (drafts included) of a programme, for its team."""
    projects = (
        ProjectPage.objects.child_of(programme)
        .select_related("lead_organisation")
        .prefetch_related("territories", "themes", "partners", "device_kinds", "challenges")
        .order_by("title")
    )
    return [check_eligibility(project=project, programme=programme) for project in projects]
