import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from commons.engagement.models import ResourceFeedback, ResourceReport, UsageCount
from commons.taxonomies import FeedbackStatus, ReportReason, UsageKind


class FeedbackFactory(DjangoModelFactory):
    """An opinion on a resource, approved unless `status=` says otherwise."""

    class Meta:
        model = ResourceFeedback

    rating = 3
    comment = factory.Sequence(lambda n: f"Avis {n}")
    status = FeedbackStatus.APPROVED


class ReportFactory(DjangoModelFactory):
    class Meta:
        model = ResourceReport

    reason = ReportReason.OUTDATED
    details = factory.Sequence(lambda n: f"Signalement {n}")


class UsageCountFactory(DjangoModelFactory):
    """A day's count of views (or, with `document=`, of downloads) of a page."""

    class Meta:
        model = UsageCount

    kind = factory.LazyAttribute(lambda o: UsageKind.DOWNLOAD if o.document else UsageKind.VIEW)
    document = None
    day = factory.LazyFunction(timezone.localdate)
    count = 1
