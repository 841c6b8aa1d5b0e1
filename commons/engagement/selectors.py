"""Reads of usage counts and feedback, for the pages that show them."""

from dataclasses import dataclass

from django.db.models import Avg, Count, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce

from commons.engagement.models import ResourceFeedback, UsageCount
from commons.taxonomies import FeedbackStatus, UsageKind

# The largest id a page can have: anything above is refused before it reaches the database.
MAX_PAGE_ID = 2**31 - 1
WELL_RATED_MINIMUM = 3.0
WELL_RATED_COUNT = 3


@dataclass(frozen=True)
class RatingSummary:
    average: float | None
    count: int
    comments: list

    @property
    def is_well_rated(self) -> bool:
        return (
            self.average is not None
            and self.count >= WELL_RATED_COUNT
            and self.average >= WELL_RATED_MINIMUM
        )


def usage_totals(*, page) -> dict[str, int]:
    return UsageCount.objects.filter(page_id=page.pk).aggregate(
        views=Coalesce(Sum("count", filter=Q(kind=UsageKind.VIEW)), 0),
        downloads=Coalesce(Sum("count", filter=Q(kind=UsageKind.DOWNLOAD)), 0),
    )


def rating_summary(*, page, comment_limit: int = 10) -> RatingSummary:
    approved = ResourceFeedback.objects.filter(page_id=page.pk, status=FeedbackStatus.APPROVED)
    stats = approved.aggregate(average=Avg("rating"), count=Count("id"))
    comments = list(approved.exclude(comment="")[:comment_limit])
    return RatingSummary(average=stats["average"], count=stats["count"], comments=comments)


def downloads_subquery():
    """Total downloads of the outer page, for sorting a page queryset."""
    return Coalesce(
        Subquery(
            UsageCount.objects.filter(page_id=OuterRef("pk"), kind=UsageKind.DOWNLOAD)
            .values("page_id")
            .annotate(total=Sum("count"))
            .values("total"),
            output_field=IntegerField(),
        ),
        0,
    )


def rating_subquery():
    """Average approved rating of the outer page, for sorting a page queryset."""
    return Subquery(
        ResourceFeedback.objects.filter(page_id=OuterRef("pk"), status=FeedbackStatus.APPROVED)
        .values("page_id")
        .annotate(average=Avg("rating"))
        .values("average")
    )
