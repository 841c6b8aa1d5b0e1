"""Campaigns, public questionnaire links, responses and their typed answer rows.

A response keeps two things: a JSON snapshot of what was answered (``Response.data``, keyed
by question key, as the person typed it) and, once submitted, one typed row per answer
(``Answer``: number, text, choice or date, with the form, version, project and campaign copied
onto the row) so that the dashboards group and count in SQL without reading JSON. A multiple
choice gives one row per chosen option.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

DECIMAL = {"max_digits": 16, "decimal_places": 4}


def new_token() -> str:
    return secrets.token_urlsafe(12)


class Campaign(models.Model):
    """A form sent to a set of projects of a programme for a period."""

    name = models.CharField(_("nom"), max_length=255)
    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        related_name="campaigns",
    )
    form = models.ForeignKey(
        "evaluation_forms.EvaluationForm",
        verbose_name=_("formulaire"),
        on_delete=models.PROTECT,
        related_name="campaigns",
    )
    wave = models.ForeignKey(
        "programmes.Wave",
        verbose_name=_("vague"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="campaigns",
        help_text=_("Vide : tous les projets lauréats du programme, ou la sélection ci-dessous."),
    )
    projects = models.ManyToManyField(
        "programmes.ProjectPage",
        verbose_name=_("sélection de projets"),
        blank=True,
        related_name="campaigns",
    )
    period_start = models.DateField(
        _("début de la période évaluée"),
        help_text=_("Les réponses liées à un indicateur alimentent cette période."),
    )
    period_end = models.DateField(_("fin de la période évaluée"))
    opens_on = models.DateField(_("ouverture"))
    due_on = models.DateField(_("date limite"))
    message = models.TextField(_("message aux équipes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-opens_on", "name"]
        verbose_name = _("campagne")
        verbose_name_plural = _("campagnes")

    def __str__(self) -> str:
        return self.name


class PublicLink(models.Model):
    """A shareable link (and QR code) to answer a form about a project, without an account."""

    project = models.ForeignKey(
        "programmes.ProjectPage",
        verbose_name=_("projet"),
        on_delete=models.CASCADE,
        related_name="public_links",
    )
    form = models.ForeignKey(
        "evaluation_forms.EvaluationForm",
        verbose_name=_("formulaire"),
        on_delete=models.PROTECT,
        related_name="public_links",
    )
    token = models.CharField(max_length=32, unique=True, default=new_token, editable=False)
    active = models.BooleanField(_("ouvert aux réponses"), default=True)
    closes_on = models.DateField(_("fermeture"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["project", "form"], name="public_link_once")]
        verbose_name = _("questionnaire public")
        verbose_name_plural = _("questionnaires publics")

    def __str__(self) -> str:
        return f"{self.form} · {self.project}"


class ResponseStatus(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    SUBMITTED = "submitted", _("Envoyée")


class Response(models.Model):
    """One person's (or one team's) answers to one version of a form."""

    form_version = models.ForeignKey(
        "evaluation_forms.FormVersion", on_delete=models.PROTECT, related_name="responses"
    )
    form = models.ForeignKey(
        "evaluation_forms.EvaluationForm", on_delete=models.PROTECT, related_name="responses"
    )
    project = models.ForeignKey(
        "programmes.ProjectPage", on_delete=models.CASCADE, related_name="evaluation_responses"
    )
    campaign = models.ForeignKey(
        Campaign, null=True, blank=True, on_delete=models.PROTECT, related_name="responses"
    )
    public_link = models.ForeignKey(
        PublicLink, null=True, blank=True, on_delete=models.SET_NULL, related_name="responses"
    )
    status = models.CharField(
        _("état"), max_length=10, choices=ResponseStatus.choices, default=ResponseStatus.DRAFT
    )
    data = models.JSONField(_("réponses"), default=dict)
    is_late = models.BooleanField(_("en retard"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "project"],
                condition=Q(campaign__isnull=False),
                name="one_response_per_campaign_project",
            )
        ]
        indexes = [models.Index(fields=["form", "status"], name="response_form_status")]
        verbose_name = _("réponse")
        verbose_name_plural = _("réponses")

    def __str__(self) -> str:
        return f"{self.form_version} · {self.project}"


class Answer(models.Model):
    """One typed answer of a submitted response (one row per option of a multiple choice)."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    form = models.ForeignKey("evaluation_forms.EvaluationForm", on_delete=models.CASCADE)
    form_version = models.ForeignKey("evaluation_forms.FormVersion", on_delete=models.CASCADE)
    project = models.ForeignKey("programmes.ProjectPage", on_delete=models.CASCADE)
    campaign = models.ForeignKey(Campaign, null=True, blank=True, on_delete=models.CASCADE)
    question_key = models.CharField(max_length=60)
    number = models.DecimalField(null=True, blank=True, **DECIMAL)
    text = models.TextField(blank=True)
    choice = models.CharField(max_length=60, blank=True)
    date = models.DateField(null=True, blank=True)
    submitted_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["form", "question_key", "choice"], name="answer_form_key_choice"),
            models.Index(fields=["project", "question_key"], name="answer_project_key"),
            models.Index(fields=["campaign", "question_key"], name="answer_campaign_key"),
        ]
        verbose_name = _("réponse à une question")
        verbose_name_plural = _("réponses aux questions")

    def __str__(self) -> str:
        return f"{self.question_key} · {self.number or self.choice or self.date or self.text[:40]}"


class Reminder(models.Model):
    """A reminder e-mail sent to a project team about a campaign (who was reminded, when)."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="reminders")
    project = models.ForeignKey("programmes.ProjectPage", on_delete=models.CASCADE)
    recipients = models.PositiveIntegerField(_("destinataires"))
    sent_at = models.DateTimeField(auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("relance")
        verbose_name_plural = _("relances")

    def __str__(self) -> str:
        return f"{self.campaign} · {self.project} · {self.sent_at:%Y-%m-%d}"
