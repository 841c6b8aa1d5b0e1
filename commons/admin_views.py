"""Admin views for the programme team; the rules themselves live in selectors.eligibility."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from commons.models import ProgrammePage
from commons.selectors.eligibility import programme_eligibility


def _programmes_managed_by(user):
    return [
        programme
        for programme in ProgrammePage.objects.order_by("title")
        if programme.permissions_for_user(user).can_edit()
    ]


def eligibility_index(request):
    programmes = _programmes_managed_by(request.user)
    if not programmes:
        raise PermissionDenied
    return render(
        request,
        "commons/admin/eligibility_index.html",
        {"programmes": programmes, "page_title": _("Éligibilité des projets")},
    )


def programme_eligibility_view(request, programme_id: int):
    programme = get_object_or_404(ProgrammePage, pk=programme_id)
    if not programme.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    reports = programme_eligibility(programme=programme)
    return render(
        request,
        "commons/admin/programme_eligibility.html",
        {
            "programme": programme,
            "reports": reports,
            "eligible_count": sum(report.is_eligible for report in reports),
            "page_title": _("Éligibilité · %(title)s") % {"title": programme.title},
        },
    )
