from django.db.models import QuerySet

from commons.models import ProgrammePage
from commons.selectors.visibility import public_pages


def list_public_programmes() -> QuerySet[ProgrammePage]:
    return public_pages(ProgrammePage).order_by("-start_date", "title")
