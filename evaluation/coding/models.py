"""Qualitative evidence: a coding frame and the excerpts of long-text answers it codes.

An excerpt is a passage of one answer (interview notes are the long-text answers of an
« entretien qualitatif » form), with its position in the answer's text so that it can be shown
in context, one or more codes, and optionally the lesson learned it supports.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Code(models.Model):
    """A code of the frame, grouped by theme, managed by the programme team."""

    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="qualitative_codes",
        help_text=_("Vide : code commun à tous les programmes."),
    )
    theme = models.CharField(_("thème"), max_length=100)
    label = models.CharField(_("code"), max_length=100)
    description = models.TextField(_("définition"), blank=True)
    position = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        ordering = ["theme", "position", "label"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "theme", "label"],
                name="qualitative_code_once",
                violation_error_message=_("Ce code existe déjà dans ce thème du programme."),
            ),
            # NULL programmes are distinct in the constraint above: common codes need their own.
            models.UniqueConstraint(
                fields=["theme", "label"],
                condition=Q(programme__isnull=True),
                name="common_qualitative_code_once",
                violation_error_message=_("Ce code commun existe déjà dans ce thème."),
            ),
        ]
        verbose_name = _("code qualitatif")
        verbose_name_plural = _("codes qualitatifs")

    def __str__(self) -> str:
        return f"{self.theme} · {self.label}"


class Excerpt(models.Model):
    """A coded passage of one long-text answer."""

    answer = models.ForeignKey(
        "campaigns.Answer", on_delete=models.CASCADE, related_name="excerpts"
    )
    start = models.PositiveIntegerField(_("début"))
    end = models.PositiveIntegerField(_("fin"))
    text = models.TextField(_("extrait"))
    codes = models.ManyToManyField(Code, verbose_name=_("codes"), related_name="excerpts")
    lesson = models.ForeignKey(
        "resources.LessonPage",
        verbose_name=_("leçon apprise liée"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence_excerpts",
    )
    note = models.TextField(_("note d'analyse"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["answer_id", "start"]
        verbose_name = _("extrait codé")
        verbose_name_plural = _("extraits codés")

    def __str__(self) -> str:
        return self.text[:60]

    def clean(self) -> None:
        if self.end <= self.start:
            raise ValidationError({"end": _("La fin de l'extrait doit suivre son début.")})
        if self.answer_id and self.answer.text[self.start : self.end] != self.text:
            raise ValidationError(
                {"text": _("L'extrait ne correspond pas au texte de la réponse à cet endroit.")}
            )
