"""Roles as data: who belongs to which team, and what each team works on.

A team is a Django group (so that Wagtail's page permissions and the users admin keep
working) with a meaning the platform reads: its role and its scope. Nothing is inferred from a
group's name.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    PROJECT_TEAM = "project_team", _("équipe projet")
    PROGRAMME_TEAM = "programme_team", _("équipe programme")
    FUNDER = "funder", _("financeur")


PAGE_ROLES = (Role.PROJECT_TEAM, Role.PROGRAMME_TEAM)


class Team(models.Model):
    """The members of `group` hold `role`: on `page` and its subtree for project and programme
    teams; on the programmes `organisation` funds (or on all of them) for funders."""

    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices)
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("groupe"), on_delete=models.CASCADE, related_name="team"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="teams",
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="funder_teams",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="team",
        help_text=_("Les documents et images de l'équipe : elle ne choisit que ceux-là."),
    )
    sees_all_programmes = models.BooleanField(
        _("voit tous les programmes"),
        default=False,
        help_text=_("Pour un financeur national : tous les programmes, pas seulement les siens."),
    )

    class Meta:
        verbose_name = _("équipe")
        verbose_name_plural = _("équipes")
        constraints = [
            models.UniqueConstraint(
                fields=["role", "page"], condition=Q(page__isnull=False), name="team_one_per_page"
            ),
            models.UniqueConstraint(
                fields=["organisation"],
                condition=Q(role="funder"),
                name="team_one_funder_team_per_organisation",
            ),
        ]

    def __str__(self) -> str:
        return self.group.name

    def clean(self) -> None:
        if self.role in PAGE_ROLES and self.page_id is None:
            raise ValidationError({"page": _("Une équipe projet ou programme a sa page.")})
        if self.role == Role.FUNDER and self.organisation_id is None:
            raise ValidationError(
                {"organisation": _("Un financeur appartient à une organisation.")}
            )


class Funding(models.Model):
    """An organisation funds a programme: copied from each saved programme's funders, so that
    a funder's scope is known here without reading programme pages."""

    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="fundings"
    )
    programme = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="fundings"
    )

    class Meta:
        verbose_name = _("financement")
        verbose_name_plural = _("financements")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "programme"], name="funding_unique_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} → {self.programme_id}"
