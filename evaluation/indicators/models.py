"""The indicator library and what projects report against it.

Faults of earlier results frameworks this storage is shaped against:
- numbers are decimals, never text (targets, baselines, values, numerators, denominators);
- each indicator states how it adds up **over time** and **across projects**; a « latest
  value » indicator is never summed, and a percentage is recomputed as a ratio of summed
  numerators and denominators, never averaged;
- a value belongs to one period; correcting it is a new update for that period (history kept),
  it never rewrites another period;
- only approved values leave the team: ``IndicatorValue.is_current`` marks, per project
  indicator and period, the approved update in force (maintained by the approval service in
  one transaction), which is what every aggregation reads.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from commons.fields import CodeListField
from commons.publishing.private_files import private_storage

DECIMAL = {"max_digits": 16, "decimal_places": 4}


class Unit(models.TextChoices):
    PEOPLE = "people", _("personnes")
    NUMBER = "number", _("nombre")
    PERCENT = "percent", _("%")
    EURO = "euro", _("€")
    HOURS = "hours", _("heures")


class Nature(models.TextChoices):
    QUANTITATIVE = "quantitative", _("Quantitatif")
    QUALITATIVE = "qualitative", _("Qualitatif")


class Direction(models.TextChoices):
    HIGHER_IS_BETTER = "higher", _("Plus haut, c'est mieux")
    LOWER_IS_BETTER = "lower", _("Plus bas, c'est mieux")


class Scale(models.TextChoices):
    PUBLICS = "publics", _("Publics")
    ORGANISATIONS = "organisations", _("Organisations")
    TERRITORIES = "territoires", _("Territoires")


class OverTime(models.TextChoices):
    SUM = "sum", _("Somme des périodes")
    LATEST = "latest", _("Dernière valeur à la date (jamais additionnée)")
    MAXIMUM = "max", _("Maximum")


class AcrossProjects(models.TextChoices):
    SUM = "sum", _("Somme")
    RATIO_OF_SUMS = "ratio", _("Rapport des sommes (numérateur ÷ dénominateur)")
    AVERAGE = "average", _("Moyenne")
    COUNT_REACHING_TARGET = "count_target", _("Nombre de projets atteignant leur cible")


class Dimension(models.TextChoices):
    GENDER = "gender", _("Genre")
    AGE_BRACKET = "age", _("Tranche d'âge")
    PUBLIC_TYPE = "public", _("Type de public")
    PRIORITY_AREA = "qpv", _("QPV / hors QPV")
    TERRITORY = "territory", _("Territoire")


class PeriodKind(models.TextChoices):
    MONTH = "month", _("Mois")
    QUARTER = "quarter", _("Trimestre")
    SEMESTER = "semester", _("Semestre")
    YEAR = "year", _("Année")


class ValueStatus(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    SUBMITTED = "submitted", _("Soumise")
    APPROVED = "approved", _("Validée")
    RETURNED = "returned", _("Renvoyée")


class ValueSource(models.TextChoices):
    MANUAL = "manual", _("Saisie")
    FORM = "form", _("Réponse à un formulaire")
    USAGE = "usage", _("Statistiques d'usage de la plateforme")
    IMPORT = "import", _("Import")


class Indicator(models.Model):
    """One entry of the library, shared by key: projects link to it, never copy it."""

    code = models.CharField(
        _("code"),
        max_length=60,
        unique=True,
        validators=[
            RegexValidator(
                r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$",
                _("Minuscules, chiffres, tirets et soulignés, par ex. personnes-accompagnees."),
            )
        ],
        help_text=_("Clé stable : les projets, formulaires et exports la référencent."),
    )
    name = models.CharField(_("nom"), max_length=255)
    name_en = models.CharField(_("nom (anglais)"), max_length=255, blank=True)
    definition = models.TextField(_("définition"), blank=True)
    unit = models.CharField(_("unité"), max_length=20, choices=Unit.choices)
    nature = models.CharField(
        _("nature"), max_length=20, choices=Nature.choices, default=Nature.QUANTITATIVE
    )
    direction = models.CharField(
        _("sens"), max_length=10, choices=Direction.choices, default=Direction.HIGHER_IS_BETTER
    )
    scale = models.CharField(_("échelle"), max_length=20, choices=Scale.choices)
    over_time = models.CharField(
        _("agrégation dans le temps"), max_length=10, choices=OverTime.choices
    )
    across_projects = models.CharField(
        _("agrégation entre projets"), max_length=20, choices=AcrossProjects.choices
    )
    dimensions = CodeListField(_("ventilations"), codes=Dimension)
    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme propriétaire"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="own_indicators",
        help_text=_("Vide : bibliothèque commune, utilisable par tous les programmes."),
    )
    shared = models.BooleanField(
        _("partagé"),
        default=True,
        help_text=_("Un indicateur partagé peut être suivi par les projets d'autres programmes."),
    )
    active = models.BooleanField(_("actif"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("indicateur")
        verbose_name_plural = _("indicateurs")

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def clean(self) -> None:
        errors = {}
        if self.across_projects == AcrossProjects.RATIO_OF_SUMS and self.unit != Unit.PERCENT:
            errors["across_projects"] = _(
                "Le rapport des sommes s'applique aux indicateurs en % (numérateur et "
                "dénominateur saisis)."
            )
        if self.unit == Unit.PERCENT and self.across_projects in (
            AcrossProjects.SUM,
            AcrossProjects.AVERAGE,
        ):
            errors["across_projects"] = _(
                "Un pourcentage ne s'additionne ni ne se moyenne entre projets : choisissez le "
                "rapport des sommes ou le nombre de projets atteignant leur cible."
            )
        if self.unit == Unit.PERCENT and self.over_time == OverTime.SUM:
            errors["over_time"] = _("Un pourcentage ne s'additionne pas d'une période à l'autre.")
        if errors:
            raise ValidationError(errors)

    @property
    def needs_ratio(self) -> bool:
        """Values of a percentage are typed as numerator and denominator."""
        return self.unit == Unit.PERCENT


class ProjectIndicator(models.Model):
    """A library indicator followed by one project, with its baseline, target and calendar."""

    project = models.ForeignKey(
        "programmes.ProjectPage",
        verbose_name=_("projet"),
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicateur"),
        to_field="code",
        on_delete=models.PROTECT,
        related_name="project_indicators",
    )
    baseline_value = models.DecimalField(_("valeur de référence"), null=True, blank=True, **DECIMAL)
    baseline_date = models.DateField(_("date de la valeur de référence"), null=True, blank=True)
    target_value = models.DecimalField(_("cible"), null=True, blank=True, **DECIMAL)
    target_date = models.DateField(_("échéance de la cible"), null=True, blank=True)
    period_kind = models.CharField(
        _("périodicité"), max_length=10, choices=PeriodKind.choices, default=PeriodKind.QUARTER
    )
    note = models.TextField(_("précision"), blank=True)

    class Meta:
        ordering = ["project_id", "indicator_id"]
        constraints = [
            models.UniqueConstraint(fields=["project", "indicator"], name="project_indicator_once")
        ]
        verbose_name = _("indicateur du projet")
        verbose_name_plural = _("indicateurs du projet")

    def __str__(self) -> str:
        return f"{self.project} · {self.indicator_id}"

    def clean(self) -> None:
        if self.baseline_date and self.target_date and self.target_date < self.baseline_date:
            raise ValidationError(
                {"target_date": _("L'échéance de la cible précède la date de référence.")}
            )


class IndicatorValue(models.Model):
    """One update of a project indicator for one period. Corrections are new updates."""

    project_indicator = models.ForeignKey(
        ProjectIndicator,
        verbose_name=_("indicateur du projet"),
        on_delete=models.CASCADE,
        related_name="values",
    )
    # Denormalised for the dashboards' GROUP BY (kept equal to project_indicator's).
    project = models.ForeignKey(
        "programmes.ProjectPage", on_delete=models.CASCADE, related_name="indicator_values"
    )
    indicator = models.ForeignKey(
        Indicator, to_field="code", on_delete=models.PROTECT, related_name="values"
    )
    period_start = models.DateField(_("début de période"))
    period_end = models.DateField(_("fin de période"))
    value = models.DecimalField(_("valeur"), null=True, blank=True, **DECIMAL)
    numerator = models.DecimalField(_("numérateur"), null=True, blank=True, **DECIMAL)
    denominator = models.DecimalField(_("dénominateur"), null=True, blank=True, **DECIMAL)
    text_value = models.TextField(_("valeur qualitative"), blank=True)
    status = models.CharField(
        _("état"), max_length=10, choices=ValueStatus.choices, default=ValueStatus.DRAFT
    )
    is_current = models.BooleanField(
        _("valeur en vigueur"),
        default=False,
        help_text=_("La dernière mise à jour validée de cette période : la seule agrégée."),
    )
    source = models.CharField(
        _("source"), max_length=10, choices=ValueSource.choices, default=ValueSource.MANUAL
    )
    source_reference = models.CharField(
        _("référence de la source"),
        max_length=100,
        blank=True,
        help_text=_("Par ex. la réponse au formulaire qui a créé cette valeur."),
    )
    comment = models.TextField(_("commentaire"), blank=True)
    attachment = models.FileField(
        _("justificatif"),
        upload_to="indicator-values/%Y/%m/",
        storage=private_storage,
        blank=True,
    )
    review_note = models.TextField(_("note de l'examen"), blank=True)
    corrects = models.ForeignKey(
        "self",
        verbose_name=_("corrige"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="corrections",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["project_indicator_id", "period_start", "created_at", "pk"]
        indexes = [
            models.Index(
                fields=["indicator", "is_current", "period_end"], name="value_indicator_current"
            ),
            models.Index(fields=["project", "is_current"], name="value_project_current"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["project_indicator", "period_start"],
                condition=Q(is_current=True),
                name="one_current_value_per_period",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="value_period_in_order",
            ),
            models.CheckConstraint(
                condition=Q(is_current=False) | Q(status="approved"),
                name="current_value_is_approved",
            ),
        ]
        verbose_name = _("valeur d'indicateur")
        verbose_name_plural = _("valeurs d'indicateurs")

    def __str__(self) -> str:
        return f"{self.project_indicator} · {self.period_start:%Y-%m-%d}"

    def clean(self) -> None:
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("La fin de période précède son début.")
        if self.denominator is not None and self.denominator <= 0:
            errors["denominator"] = _("Le dénominateur doit être strictement positif.")
        if (
            self.numerator is not None
            and self.denominator is not None
            and self.numerator > self.denominator
        ):
            errors["numerator"] = _("Le numérateur dépasse le dénominateur.")
        if errors:
            raise ValidationError(errors)

    @property
    def effective_value(self) -> Decimal | None:
        """The value a person reads: the ratio in % when typed as numerator/denominator."""
        if self.numerator is not None and self.denominator:
            return self.numerator * 100 / self.denominator
        return self.value


class ValuePart(models.Model):
    """One part of a value broken down along a dimension (women, 18–25, QPV…)."""

    indicator_value = models.ForeignKey(
        IndicatorValue, on_delete=models.CASCADE, related_name="parts"
    )
    dimension = models.CharField(_("ventilation"), max_length=20, choices=Dimension.choices)
    category = models.CharField(_("catégorie"), max_length=60)
    value = models.DecimalField(_("valeur"), **DECIMAL)

    class Meta:
        ordering = ["dimension", "category"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator_value", "dimension", "category"], name="value_part_once"
            )
        ]
        verbose_name = _("part ventilée")
        verbose_name_plural = _("parts ventilées")

    def __str__(self) -> str:
        return f"{self.dimension}={self.category}: {self.value}"
