"""What the public does with pages: usage counts, feedback, reports. No personal data.

Attached to any page (resources today), so that this app knows nothing of the pages above it.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from commons.taxonomies import FeedbackStatus, ReportReason, ReportStatus, UsageKind


class UsageCount(models.Model):
    """Views of a page or downloads of one of its documents, per day; nothing about who."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=UsageKind.choices)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("compteur d'usage")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "document", "kind", "day"],
                condition=Q(document__isnull=False),
                name="usage_unique_per_document_day",
            ),
            models.UniqueConstraint(
                fields=["page", "kind", "day"],
                condition=Q(document__isnull=True),
                name="usage_unique_per_page_day",
            ),
        ]
        indexes = [models.Index(fields=["page", "kind"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.day} · {self.count}"


class ResourceFeedback(models.Model):
    """« Cette ressource vous a-t-elle été utile ? » — public only once approved."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback")
    rating = models.PositiveSmallIntegerField(
        _("note"),
        choices=[(1, _("Pas utile")), (2, _("Peu utile")), (3, _("Utile")), (4, _("Très utile"))],
    )
    comment = models.TextField(_("commentaire"), max_length=1000, blank=True)
    status = models.CharField(
        _("statut"), max_length=10, choices=FeedbackStatus.choices, default=FeedbackStatus.PENDING
    )
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True)
    moderated_at = models.DateTimeField(_("modéré le"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("avis")
        verbose_name_plural = _("avis")
        indexes = [models.Index(fields=["page", "status"])]

    def __str__(self) -> str:
        return f"{self.get_rating_display()} · {self.created_at:%Y-%m-%d}"


class ResourceReport(models.Model):
    """A signalement sent to the programme team's moderation queue."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(_("motif"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("précisions"), max_length=1000, blank=True)
    status = models.CharField(
        _("statut"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("traité le"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("signalement")
        verbose_name_plural = _("signalements")

    def __str__(self) -> str:
        return f"{self.get_reason_display()} · {self.created_at:%Y-%m-%d}"
