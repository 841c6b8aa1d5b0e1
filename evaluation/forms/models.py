"""Evaluation forms: an editable definition, and immutable published versions.

Form builders lost or shifted old answers when a form changed. Here the programme team edits
``EvaluationForm.definition`` freely; publishing freezes it into a new ``FormVersion`` (JSON,
never updated, never deleted while a response points to it). Every response keeps its
version, so it renders as it was answered; analysis across versions follows question keys.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import PreviewableMixin

from evaluation.forms.blocks import SectionBlock
from evaluation.forms.responding import ResponseForm
from evaluation.forms.schema import Moment, freeze


class EvaluationForm(PreviewableMixin, models.Model):
    """A form as the programme team edits it; respondents only ever see a published version.

    The admin previews the definition being edited (unsaved) as a respondent would see it."""

    name = models.CharField(_("nom"), max_length=255)
    moment = models.CharField(_("moment"), max_length=20, choices=Moment.choices)
    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="evaluation_forms",
        help_text=_("Vide : formulaire commun à tous les programmes."),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    data_notice = models.TextField(
        _("information sur l'utilisation des données"),
        blank=True,
        help_text=_(
            "Affichée avant un questionnaire public : qui lit les réponses, pourquoi, "
            "combien de temps elles sont gardées."
        ),
    )
    personal_data_purpose = models.TextField(
        _("finalité du recueil de données personnelles"),
        blank=True,
        help_text=_("Obligatoire pour poser une question marquée « donnée personnelle »."),
    )
    definition = StreamField(
        [("section", SectionBlock())], verbose_name=_("sections et questions"), blank=True
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("formulaire d'évaluation")
        verbose_name_plural = _("formulaires d'évaluation")

    def __str__(self) -> str:
        return self.name

    @property
    def latest_version(self) -> "FormVersion | None":
        return self.versions.order_by("-number").first()

    @property
    def preview_modes(self):
        return [("", _("Comme la personne qui répond le verra"))]

    def get_preview_template(self, request, mode_name):
        return "evaluation_forms/preview.html"

    def get_preview_context(self, request, mode_name):
        version = FormVersion(
            form=self,
            number=0,
            name=self.name,
            moment=self.moment,
            introduction=self.introduction,
            data_notice=self.data_notice,
            personal_data_purpose=self.personal_data_purpose,
            schema=freeze(self),
        )
        return {
            **super().get_preview_context(request, mode_name),
            "version": version,
            "form": ResponseForm(version=version),
        }


class FormVersion(models.Model):
    """A published, frozen version of a form (see ``schema`` for the JSON shape)."""

    form = models.ForeignKey(EvaluationForm, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    name = models.CharField(_("nom"), max_length=255)
    moment = models.CharField(_("moment"), max_length=20, choices=Moment.choices)
    introduction = models.TextField(_("introduction"), blank=True)
    data_notice = models.TextField(_("information sur l'utilisation des données"), blank=True)
    personal_data_purpose = models.TextField(_("finalité"), blank=True)
    schema = models.JSONField(_("questions"))
    published_at = models.DateTimeField(_("publiée le"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["form_id", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["form", "number"], name="form_version_number_once")
        ]
        verbose_name = _("version publiée")
        verbose_name_plural = _("versions publiées")

    def __str__(self) -> str:
        return f"{self.name} — v{self.number}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValidationError(
                _("Une version publiée ne se modifie pas : modifiez le formulaire et publiez.")
            )
        super().save(*args, **kwargs)

    def questions(self) -> list[dict]:
        """Every question of the version, in order, sections flattened."""
        return [
            question
            for section in self.schema.get("sections", [])
            for question in section.get("questions", [])
        ]
