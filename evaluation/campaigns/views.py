"""Admin views of campaigns: a team fills its project's form; the programme team follows
completion, reminds, and reads responses; programme team and funders read aggregates.

Thin: who may do what is asked of ``commons.access``, reads are selectors, writes services
(and the reminder task)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from commons.access.selectors import Action, can, has_role_for
from commons.ids import parse_id
from commons.interop.exporter import csv_response
from commons.programmes.models import ProjectPage
from evaluation.campaigns import selectors, services
from evaluation.campaigns.models import Campaign, ResponseStatus
from evaluation.campaigns.tasks import send_campaign_reminders
from evaluation.forms.responding import ResponseForm


def _campaign(campaign_id: int) -> Campaign:
    return get_object_or_404(Campaign.objects.select_related("form", "programme"), pk=campaign_id)


def _error_text(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return " ".join(text for texts in error.message_dict.values() for text in texts)
    return " ".join(error.messages)


# --------------------------------------------------------------------------- team side
def fill_view(request, campaign_id: int, project_id: int):
    """The project team answers (draft, resume, submit); once submitted, everyone allowed reads
    the response as it was answered. The programme team reads submitted responses only; a
    funder or another team is refused, and a project the campaign does not target is a 404."""
    campaign = _campaign(campaign_id)
    project = get_object_or_404(ProjectPage, pk=project_id)
    user = request.user
    fills = can(user, Action.EVALUATE, project) and not user.is_superuser
    reads = can(user, Action.RUN_EVALUATION, campaign.programme)
    if not (fills or reads):
        raise PermissionDenied
    if not selectors.targets(campaign=campaign, project=project):
        raise Http404
    response = selectors.campaign_response(campaign=campaign, project=project)
    submitted = response is not None and response.status == ResponseStatus.SUBMITTED
    today = timezone.localdate()
    context = {
        "campaign": campaign,
        "project": project,
        "response": response,
        "is_late": today > campaign.due_on,
        "back": (
            (reverse("wagtailadmin_home"), _("Retour au tableau de bord"))
            if fills
            else (
                reverse("campaigns_completion", args=[campaign.pk]),
                _("Retour au suivi de la campagne"),
            )
        ),
        "page_title": _("%(campaign)s · %(project)s")
        % {"campaign": campaign.name, "project": project.title},
    }
    if submitted or not fills or campaign.opens_on > today:
        if request.method == "POST":
            raise PermissionDenied
        context["version"] = response.form_version if submitted else None
        context["submitted"] = submitted
        context["not_open"] = campaign.opens_on > today
        return render(request, "campaigns/response_read.html", context)

    version = response.form_version if response else campaign.form.latest_version
    if version is None:
        raise Http404
    submitting = "submit" in request.POST
    if request.method == "POST":
        form = ResponseForm(version=version, data=request.POST, draft=not submitting)
        if form.is_valid():
            try:
                saved = _save(
                    campaign=campaign,
                    project=project,
                    response=response,
                    answers=form.answers(),
                    submitting=submitting,
                    user=user,
                )
            except ValidationError as error:
                messages.error(request, _error_text(error))
            else:
                if submitting:
                    text = _("Réponse envoyée. Merci !")
                    if saved.is_late:
                        text = _(
                            "Réponse envoyée après la date limite : elle est marquée en retard."
                        )
                    messages.success(request, text)
                else:
                    messages.success(
                        request,
                        _("Brouillon enregistré : vous pourrez reprendre plus tard."),
                    )
                return redirect("campaigns_fill", campaign.pk, project.pk)
        else:
            messages.error(
                request,
                _(
                    "Réponse non envoyée : corrigez les erreurs signalées, vos réponses sont conservées."
                )
                if submitting
                else _(
                    "Brouillon non enregistré : corrigez les erreurs signalées, vos réponses "
                    "sont conservées."
                ),
            )
    else:
        form = ResponseForm(version=version, initial=response.data if response else None)
    context.update({"form": form, "version": version})
    return render(request, "campaigns/fill.html", context)


def _save(*, campaign, project, response, answers, submitting: bool, user):
    if response is None:
        response = services.start_or_resume(campaign=campaign, project=project, user=user)
    if submitting:
        services.submit(response=response, answers=answers, user=user)
    else:
        services.save_draft(response=response, answers=answers, user=user)
    response.refresh_from_db()
    return response


# --------------------------------------------------------------------------- programme team
def _run(request, campaign_id: int) -> Campaign:
    campaign = _campaign(campaign_id)
    if not can(request.user, Action.RUN_EVALUATION, campaign.programme):
        raise PermissionDenied
    return campaign


def completion_view(request, campaign_id: int):
    campaign = _run(request, campaign_id)
    return render(
        request,
        "campaigns/completion.html",
        {
            "campaign": campaign,
            "completion": selectors.completion(campaign=campaign),
            "is_late": timezone.localdate() > campaign.due_on,
            "page_title": _("Suivi · %(campaign)s") % {"campaign": campaign.name},
        },
    )


@require_POST
def remind_view(request, campaign_id: int):
    """Queues reminders for the ticked projects (or every incomplete one): only those not
    submitted, not reminded today and with someone to write to are sent."""
    campaign = _run(request, campaign_id)
    remindable = [row.project.pk for row in selectors.completion(campaign=campaign).remindable]
    if request.POST.get("all"):
        chosen = remindable
    else:
        posted = {pk for pk in map(parse_id, request.POST.getlist("project")) if pk}
        if not posted:
            messages.error(
                request,
                _("Cochez au moins un projet à relancer, ou choisissez « Relancer tous »."),
            )
            return redirect("campaigns_completion", campaign.pk)
        chosen = [pk for pk in remindable if pk in posted]
    if not chosen:
        messages.warning(
            request,
            _(
                "Aucune relance envoyée : les projets choisis ont déjà répondu, ont déjà été "
                "relancés aujourd'hui ou n'ont personne à qui écrire."
            ),
        )
        return redirect("campaigns_completion", campaign.pk)
    send_campaign_reminders.enqueue(
        campaign_id=campaign.pk, project_ids=chosen, sent_by_id=request.user.pk
    )
    messages.success(
        request,
        ngettext(
            "Relance en cours d'envoi pour %(count)d projet.",
            "Relance en cours d'envoi pour %(count)d projets.",
            len(chosen),
        )
        % {"count": len(chosen)},
    )
    return redirect("campaigns_completion", campaign.pk)


# --------------------------------------------------------------------------- results
def _read_results(request, campaign_id: int) -> Campaign:
    campaign = _campaign(campaign_id)
    if not can(request.user, Action.VIEW_DASHBOARDS, campaign.programme):
        raise PermissionDenied
    return campaign


def results_index(request):
    if not has_role_for(request.user, Action.VIEW_DASHBOARDS):
        raise PermissionDenied
    campaigns = selectors.readable_campaigns(user=request.user).select_related("programme", "form")
    return render(
        request,
        "campaigns/results_index.html",
        {"campaigns": campaigns, "page_title": _("Résultats des campagnes")},
    )


def results_view(request, campaign_id: int):
    """Aggregates for whoever reads the programme's dashboards; the programme team also gets
    the list of individual responses (a funder never does)."""
    campaign = _read_results(request, campaign_id)
    runs = can(request.user, Action.RUN_EVALUATION, campaign.programme)
    return render(
        request,
        "campaigns/results.html",
        {
            "campaign": campaign,
            "results": selectors.campaign_results(campaign=campaign),
            "responses": selectors.submitted_responses(campaign=campaign) if runs else None,
            "page_title": _("Résultats · %(campaign)s") % {"campaign": campaign.name},
        },
    )


def results_csv(request, campaign_id: int):
    campaign = _read_results(request, campaign_id)
    results = selectors.campaign_results(campaign=campaign)
    header = [
        _("clé"),
        _("question"),
        _("type"),
        _("réponses"),
        _("option"),
        _("nombre"),
        _("moyenne"),
        _("minimum"),
        _("maximum"),
    ]
    rows = []
    for question in results.questions:
        base = [question.key, question.label, question.type_label, question.answered]
        rows.extend([*base, option.label, option.count, "", "", ""] for option in question.options)
        if question.is_numeric or not question.options:
            rows.append([*base, "", "", question.mean, question.minimum, question.maximum])
    return csv_response(f"campagne-{campaign.pk}-resultats.csv", header, rows)
