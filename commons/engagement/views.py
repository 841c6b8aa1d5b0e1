"""Public feedback and report posts, and their moderation queue in the admin."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from commons.access.selectors import Action, has_role_for, pages_where, visible_pages
from commons.clients import is_same_origin
from commons.engagement.forms import (
    THANKS_FEEDBACK,
    THANKS_REPORT,
    FeedbackForm,
    ReportForm,
    thanks_url,
)
from commons.engagement.models import ResourceFeedback, ResourceReport
from commons.engagement.selectors import MAX_PAGE_ID
from commons.engagement.services import (
    RateLimited,
    close_report,
    moderate_feedback,
    submit_feedback,
    submit_report,
)
from commons.ids import parse_id
from commons.taxonomies import (
    FeedbackStatus,
    ReportStatus,
)


def _serve_with_form(request, resource: Page, *, status: int = 200, **forms):
    """The resource page again, showing the submitted form with its errors and what was typed."""
    response = resource.serve(request)
    response.context_data.update(forms)
    response.status_code = status
    return response


def _public_post(request, resource: Page, *, form, form_name: str, submit, thanks: str):
    """Refuses posts from other sites, validates a public form, drops spam silently, enforces
    the rate limit, and either redirects to the page with its thanks (`?merci=…`, no cookie)
    or shows the page again with the errors and what was typed."""
    if not is_same_origin(request):
        form.is_valid()  # keeps what was typed on the page shown again
        form.add_error(
            None,
            _(
                "Envoi refusé : il ne provient pas d'une page de ce site. "
                "Rechargez la page et envoyez à nouveau le formulaire."
            ),
        )
        return _serve_with_form(request, resource, status=403, **{form_name: form})
    if form.is_valid():
        if not form.is_spam():
            try:
                submit(**form.cleaned_data)
            except RateLimited:
                form.add_error(
                    None,
                    _("Trop d'envois depuis votre connexion : réessayez dans quelques minutes."),
                )
                return _serve_with_form(request, resource, **{form_name: form})
        return HttpResponseRedirect(thanks_url(resource.url, thanks))
    return _serve_with_form(request, resource, **{form_name: form})


# Anonymous posts carry no privilege to forge: exempting them from CSRF keeps public pages
# free of any cookie. Posts from other sites are refused (Origin, or Referer); spam is stopped
# by the honeypot and the rate limit.
@csrf_exempt
@require_POST
def resource_feedback(request, resource_id: int):
    resource = _published_resource(resource_id)
    return _public_post(
        request,
        resource,
        form=FeedbackForm(request.POST),
        form_name="feedback_form",
        submit=lambda rating, comment, **_fields: submit_feedback(
            request=request, resource=resource, rating=rating, comment=comment
        ),
        thanks=THANKS_FEEDBACK,
    )


@csrf_exempt
@require_POST
def resource_report(request, resource_id: int):
    resource = _published_resource(resource_id)
    return _public_post(
        request,
        resource,
        form=ReportForm(request.POST),
        form_name="report_form",
        submit=lambda reason, details, **_fields: submit_report(
            request=request, resource=resource, reason=reason, details=details
        ),
        thanks=THANKS_REPORT,
    )


def _published_resource(resource_id: int):
    """The live, public page that takes feedback, or 404 (any id, even out of range)."""
    page = (
        visible_pages(model=Page).filter(pk=resource_id).specific().first()
        if resource_id <= MAX_PAGE_ID
        else None
    )
    if page is None or not getattr(page, "accepts_feedback", False):
        raise Http404(_("Ressource introuvable."))
    return page


def moderation_queue(request):
    """Pending feedback and open reports of the user's programmes, with their actions."""
    if not has_role_for(request.user, Action.MODERATE):
        raise PermissionDenied
    resources = pages_where(user=request.user, action=Action.MODERATE)
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action in {"approve", "reject"}:
            feedback = get_object_or_404(
                ResourceFeedback, pk=parse_id(request.POST.get("feedback")), page__in=resources
            )
            moderate_feedback(user=request.user, feedback=feedback, approve=action == "approve")
            messages.success(request, _("Avis modéré."))
        elif action in {"resolve", "dismiss"}:
            report = get_object_or_404(
                ResourceReport, pk=parse_id(request.POST.get("report")), page__in=resources
            )
            close_report(user=request.user, report=report, resolved=action == "resolve")
            messages.success(request, _("Signalement traité."))
        return redirect("commons_moderation_queue")
    return render(
        request,
        "engagement/moderation_queue.html",
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
