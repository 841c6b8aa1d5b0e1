"""Admin views for programme teams: eligibility checklist, moderation of public feedback."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from commons.models import ProgrammePage, ResourceFeedback, ResourcePage, ResourceReport
from commons.selectors.eligibility import programme_eligibility
from commons.services.feedback import close_report, moderate_feedback
from commons.taxonomies import FeedbackStatus, ReportStatus


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


def _moderated_resources(user):
    """Resources whose feedback and reports this user moderates: those they may publish."""
    resources = ResourcePage.objects.all()
    if user.is_superuser:
        return resources
    programmes = [
        p for p in ProgrammePage.objects.all() if p.permissions_for_user(user).can_publish()
    ]
    if not programmes:
        return resources.none()
    query = resources.none()
    for programme in programmes:
        query = query | resources.descendant_of(programme)
    return query


def moderation_queue(request):
    """Pending feedback and open reports of the user's programmes, with their actions."""
    resources = _moderated_resources(request.user)
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action in {"approve", "reject"}:
            feedback = get_object_or_404(
                ResourceFeedback, pk=request.POST.get("feedback"), page__in=resources
            )
            moderate_feedback(user=request.user, feedback=feedback, approve=action == "approve")
            messages.success(request, _("Avis modéré."))
        elif action in {"resolve", "dismiss"}:
            report = get_object_or_404(
                ResourceReport, pk=request.POST.get("report"), page__in=resources
            )
            close_report(user=request.user, report=report, resolved=action == "resolve")
            messages.success(request, _("Signalement traité."))
        return redirect("commons_moderation_queue")
    return render(
        request,
        "commons/admin/moderation_queue.html",
        {
            "page_title": _("Avis et signalements à modérer"),
            "feedback": ResourceFeedback.objects.filter(
                page__in=resources, status=FeedbackStatus.PENDING
            ).select_related("page"),
            "reports": ResourceReport.objects.filter(
                page__in=resources, status=ReportStatus.OPEN
            ).select_related("page"),
        },
    )
