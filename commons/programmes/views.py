"""Admin views for programme teams: the eligibility checklist."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from commons.access.selectors import Action, can, pages_where
from commons.programmes.eligibility import programme_eligibility
from commons.programmes.models import ProgrammePage


def _programmes_managed_by(user):
    return list(pages_where(user=user, action=Action.MANAGE, model=ProgrammePage).order_by("title"))


def eligibility_index(request):
    programmes = _programmes_managed_by(request.user)
    if not programmes:
        raise PermissionDenied
    return render(
        request,
        "programmes/eligibility_index.html",
        {"programmes": programmes, "page_title": _("Éligibilité des projets")},
    )


def programme_eligibility_view(request, programme_id: int):
    programme = get_object_or_404(ProgrammePage, pk=programme_id)
    if not can(request.user, Action.MANAGE, programme):
        raise PermissionDenied
    reports = programme_eligibility(programme=programme)
    return render(
        request,
        "programmes/programme_eligibility.html",
        {
            "programme": programme,
            "reports": reports,
            "eligible_count": sum(report.is_eligible for report in reports),
            "page_title": _("Éligibilité · %(title)s") % {"title": programme.title},
        },
    )
