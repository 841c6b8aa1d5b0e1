"""What the public may see: the one place every public channel asks."""

from django.db.models import QuerySet
from wagtail.models import Page


def public_pages(page_model: type[Page]) -> QuerySet:
    """Published pages without a view restriction; drafts and private pages never leave."""
    return page_model.objects.live().public()
