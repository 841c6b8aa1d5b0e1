"""The « Numérique en Commun[s] » label: the grid (data, with revisions) and each project's
dated self-assessment snapshots, label request and the programme team's review.

The rules (evidence, non-applicable, levels) are enforced in ``clean()`` so that every write
path (admin forms, services, demo) gives the same French message on the same field.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, RevisionMixin

from commons.fields import CodeListField
from commons.publishing.private_files import private_storage
from commons.taxonomies import (
    AssessmentState,
    DeviceKind,
    EvidenceKind,
    LabelCriterionCode,
    LabelLevel,
    LabelRequestState,
    RequirementStatus,
)


class LabelCriterion(RevisionMixin, ClusterableModel):
    """One criterion of the label grid; its requirements are edited inline."""

    code = models.CharField(
        _("critère"), max_length=30, unique=True, choices=LabelCriterionCode.choices
    )
    mandatory = models.BooleanField(
        _("obligatoire"),
        default=True,
        help_text=_("Un critère obligatoire ne peut pas être déclaré non applicable."),
    )
    description = models.TextField(_("description"), blank=True)
    referential = models.CharField(
        _("référentiel"),
        max_length=255,
        blank=True,
        help_text=_("Le référentiel public dont s'inspirent les exigences, par ex. RGAA 4.1."),
    )
    position = models.PositiveSmallIntegerField(_("ordre d'affichage"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("mandatory"), FieldPanel("position")]),
        FieldPanel("description"),
        FieldPanel("referential"),
        InlinePanel("requirements", heading=_("Exigences"), label=_("exigence")),
    ]

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("critère du label")
        verbose_name_plural = _("critères du label")

    def __str__(self) -> str:
        return str(self.label)

    @property
    def label(self) -> str:
        return str(LabelCriterionCode(self.code).label)


class LabelRequirement(Orderable):
    """What a project must show, for one criterion, level and set of device kinds."""

    criterion = ParentalKey(LabelCriterion, on_delete=models.CASCADE, related_name="requirements")
    code = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("Identifiant stable, par ex. accessibility-1-statement."),
    )
    level = models.PositiveSmallIntegerField(
        _("niveau"), choices=LabelLevel.choices, default=LabelLevel.LEVEL_1
    )
    device_kinds = CodeListField(
        _("types de dispositif concernés"),
        codes=DeviceKind,
        help_text=_("Laisser vide si l'exigence concerne tous les types de dispositif."),
    )
    statement = models.TextField(_("exigence"))
    guidance = models.TextField(_("conseils"), blank=True)
    evidence_kind = models.CharField(
        _("preuve attendue"), max_length=10, choices=EvidenceKind.choices, default=EvidenceKind.LINK
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("level"), FieldPanel("evidence_kind")]),
        FieldPanel("device_kinds"),
        FieldPanel("statement"),
        FieldPanel("guidance"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("exigence du label")
        verbose_name_plural = _("exigences du label")

    def __str__(self) -> str:
        return f"{self.code} — {self.statement[:80]}"

    def applies_to(self, device_kind_codes) -> bool:
        """An exigence without device kinds applies to every project."""
        return not self.device_kinds or bool(set(self.device_kinds) & set(device_kind_codes))


class LabelAssessment(models.Model):
    """A dated, versioned self-assessment snapshot of one project; public once published."""

    project = models.ForeignKey(
        "programmes.ProjectPage",
        verbose_name=_("projet"),
        on_delete=models.CASCADE,
        related_name="label_assessments",
    )
    version = models.PositiveIntegerField(_("version"))
    assessed_on = models.DateField(_("date de l'auto-évaluation"))
    state = models.CharField(
        _("état"), max_length=10, choices=AssessmentState.choices, default=AssessmentState.DRAFT
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    published_at = models.DateTimeField(_("publiée le"), null=True, blank=True)

    class Meta:
        ordering = ["project", "version"]
        verbose_name = _("auto-évaluation du label")
        verbose_name_plural = _("auto-évaluations du label")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "version"], name="label_assessment_unique_version"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project} — v{self.version} ({self.assessed_on:%d/%m/%Y})"

    @property
    def is_published(self) -> bool:
        return self.state == AssessmentState.PUBLISHED


def evidence_path(instance: "EvidenceFile", filename: str) -> str:
    """`label/<project id>/<random>/<normalised name>`: never guessed, never overwritten."""
    return f"label/{instance.project_id}/{uuid.uuid4().hex}/{filename}"


class EvidenceFile(models.Model):
    """A label evidence file, on the private storage (never under MEDIA_ROOT).

    Frozen once stored: a new file is a new row; rows no answer references any more are
    removed by ``manage.py cleanup_private_files``. Served only by ``label_evidence``.
    """

    project = models.ForeignKey(
        "programmes.ProjectPage",
        verbose_name=_("projet"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    file = models.FileField(
        _("fichier"), storage=private_storage, upload_to=evidence_path, max_length=255
    )
    name = models.CharField(_("nom du fichier"), max_length=120)
    size = models.PositiveBigIntegerField(_("taille (octets)"))
    content_type = models.CharField(_("type de contenu"), max_length=120)
    sha256 = models.CharField(_("empreinte SHA-256"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("déposé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("déposé le"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("fichier de preuve")
        verbose_name_plural = _("fichiers de preuve")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("An evidence file is frozen: store a new one instead.")
        super().save(*args, **kwargs)


class RequirementAssessment(models.Model):
    """One project's answer to one requirement, within a snapshot.

    The criterion, level and evidence kind are copied from the grid when the snapshot is
    created, so that later edits of the grid never rewrite a published snapshot.
    """

    assessment = models.ForeignKey(
        LabelAssessment,
        verbose_name=_("auto-évaluation"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    requirement = models.ForeignKey(
        LabelRequirement,
        verbose_name=_("exigence"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="answers",
    )
    requirement_code = models.CharField(_("code de l'exigence"), max_length=40)
    criterion_code = models.CharField(
        _("critère"), max_length=30, choices=LabelCriterionCode.choices
    )
    mandatory = models.BooleanField(_("critère obligatoire"), default=True)
    level = models.PositiveSmallIntegerField(_("niveau"), choices=LabelLevel.choices)
    evidence_kind = models.CharField(
        _("preuve attendue"), max_length=10, choices=EvidenceKind.choices
    )
    statement = models.TextField(_("exigence"))
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=RequirementStatus.choices,
        default=RequirementStatus.NOT_STARTED,
    )
    evidence_url = models.URLField(_("lien de preuve"), max_length=500, blank=True)
    evidence_file = models.ForeignKey(
        EvidenceFile,
        verbose_name=_("document de preuve"),
        null=True,
        blank=True,
        # a file still referenced is never deleted; it goes with its project
        on_delete=models.RESTRICT,
        related_name="answers",
    )
    evidence_text = models.TextField(_("preuve rédigée"), blank=True)
    justification = models.TextField(_("justification de non-applicabilité"), blank=True)

    class Meta:
        ordering = ["assessment", "id"]
        verbose_name = _("réponse à une exigence")
        verbose_name_plural = _("réponses aux exigences")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "requirement_code"], name="label_answer_unique_requirement"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.requirement_code}: {self.get_status_display()}"

    EVIDENCE_FIELDS = {
        EvidenceKind.LINK: "evidence_url",
        EvidenceKind.DOCUMENT: "evidence_file",
        EvidenceKind.TEXT: "evidence_text",
    }

    @property
    def evidence_field(self) -> str:
        return self.EVIDENCE_FIELDS[EvidenceKind(self.evidence_kind)]

    def has_evidence(self) -> bool:
        if self.evidence_kind == EvidenceKind.DOCUMENT:
            return self.evidence_file_id is not None
        return bool(getattr(self, self.evidence_field).strip())

    def clean(self):
        super().clean()
        if self.status == RequirementStatus.ACHIEVED and not self.has_evidence():
            messages = {
                EvidenceKind.LINK: _("« Atteint » demande un lien vers la preuve."),
                EvidenceKind.DOCUMENT: _("« Atteint » demande un document de preuve."),
                EvidenceKind.TEXT: _("« Atteint » demande une preuve rédigée."),
            }
            raise ValidationError({self.evidence_field: messages[EvidenceKind(self.evidence_kind)]})
        if self.status == RequirementStatus.NOT_APPLICABLE:
            if self.mandatory:
                raise ValidationError(
                    {
                        "status": _(
                            "Ce critère est obligatoire : ses exigences ne peuvent pas être "
                            "déclarées non applicables."
                        )
                    }
                )
            if not self.justification.strip():
                raise ValidationError(
                    {"justification": _("Expliquez pourquoi cette exigence n'est pas applicable.")}
                )


class LabelRequest(models.Model):
    """A project's request for the label, and the programme team's decision."""

    project = models.OneToOneField(
        "programmes.ProjectPage",
        verbose_name=_("projet"),
        on_delete=models.CASCADE,
        related_name="label_request",
    )
    state = models.CharField(
        _("état de la demande"),
        max_length=20,
        choices=LabelRequestState.choices,
        default=LabelRequestState.NOT_REQUESTED,
    )
    assessment = models.ForeignKey(
        LabelAssessment,
        verbose_name=_("auto-évaluation examinée"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("demandé le"), null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("demandé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("examiné le"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("examiné par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    granted_level = models.PositiveSmallIntegerField(
        _("niveau accordé"), choices=LabelLevel.choices, null=True, blank=True
    )
    decision_comment = models.TextField(_("commentaire de l'équipe programme"), blank=True)

    class Meta:
        verbose_name = _("demande de label")
        verbose_name_plural = _("demandes de label")

    def __str__(self) -> str:
        return f"{self.project} — {self.get_state_display()}"


class LabelReviewComment(models.Model):
    """The programme team's comment on one requirement of the reviewed snapshot."""

    request = models.ForeignKey(
        LabelRequest, verbose_name=_("demande"), on_delete=models.CASCADE, related_name="comments"
    )
    requirement_code = models.CharField(_("code de l'exigence"), max_length=40)
    text = models.TextField(_("commentaire"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("écrit le"), auto_now_add=True)
    resolved = models.BooleanField(_("traité"), default=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("commentaire d'examen")
        verbose_name_plural = _("commentaires d'examen")

    def __str__(self) -> str:
        return f"{self.requirement_code}: {self.text[:60]}"
