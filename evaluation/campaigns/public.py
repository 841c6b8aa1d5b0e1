"""Public questionnaires: the page anyone answers from a shared link or a QR code, and the
admin views where teams open, close and print their links.

The public page sets no cookie at all (no session, no CSRF cookie): a post is accepted only
from the site's own pages (Origin, or Referer), a honeypot field catches robots, and each
client address has a budget of answers per window (a salted daily hash in the shared cache,
never stored). After an answer, the browser is sent to a thank-you address (post, redirect,
get), so reloading never answers twice.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from commons.clients import is_same_origin
from commons.engagement.forms import HoneypotMixin
from commons.engagement.services import RateLimited, check_rate
from commons.ids import IdModelChoiceField, parse_id
from commons.publishing.absolute_urls import absolute_url
from evaluation.campaigns import public_selectors as selectors
from evaluation.campaigns import public_services as services
from evaluation.campaigns.public_selectors import LinkState
from evaluation.campaigns.qr import qr_svg
from evaluation.campaigns.services import submit_public
from evaluation.forms.responding import ResponseForm

# Each client address may send this many answers per window, all questionnaires together;
# a budget of its own, apart from feedback and reports. A workshop on one shared connection
# may send 10 answers in 10 minutes.
RATE_PURPOSE = "public-questionnaires"
ANSWERS_PER_WINDOW = 10
WINDOW_SECONDS = 10 * 60

UNAVAILABLE = {
    # state: (HTTP status, title, explanation)
    None: (
        404,
        gettext_lazy("Questionnaire introuvable"),
        gettext_lazy(
            "Cette adresse ne correspond à aucun questionnaire. Vérifiez le lien ou le code "
            "QR qui vous a été donné."
        ),
    ),
    LinkState.CLOSED: (
        410,
        gettext_lazy("Ce questionnaire est fermé"),
        gettext_lazy(
            "L'équipe du projet ne recueille plus de réponses à ce questionnaire. "
            "Merci de votre intérêt."
        ),
    ),
    LinkState.NOT_PUBLISHED: (
        404,
        gettext_lazy("Ce questionnaire n'est pas encore ouvert"),
        gettext_lazy("Ses questions ne sont pas encore publiées : revenez un peu plus tard."),
    ),
    LinkState.PERSONAL_DATA_WITHOUT_PURPOSE: (
        404,
        gettext_lazy("Ce questionnaire n'est pas disponible"),
        gettext_lazy(
            "Il pose des questions sur des données personnelles sans dire à quoi elles "
            "servent : il ne peut pas être ouvert au public tant que ce n'est pas précisé."
        ),
    ),
}


STATE_LABELS = {
    LinkState.OPEN: gettext_lazy("Ouvert"),
    LinkState.CLOSED: gettext_lazy("Fermé"),
    LinkState.NOT_PUBLISHED: gettext_lazy("En attente : formulaire pas encore publié"),
    LinkState.PERSONAL_DATA_WITHOUT_PURPOSE: gettext_lazy(
        "Bloqué : données personnelles demandées sans finalité déclarée"
    ),
}


class QuestionnaireHoneypot(HoneypotMixin):
    """The field robots fill in (question fields are named ``q_<key>``: no clash)."""

    id_prefix = "questionnaire"


def _unavailable(request, state: LinkState | None, link=None) -> HttpResponse:
    status, title, explanation = UNAVAILABLE[state]
    return render(
        request,
        "campaigns/public/unavailable.html",
        {"title": title, "explanation": explanation, "link": link},
        status=status,
    )


def _render_questionnaire(request, *, link, version, form, status: int = 200) -> HttpResponse:
    return render(
        request,
        "campaigns/public/questionnaire.html",
        {
            "link": link,
            "project": link.project,
            "version": version,
            "form": form,
            "honeypot": QuestionnaireHoneypot(),
            "asks_personal_data": bool(selectors.personal_data_questions(version)),
        },
        status=status,
    )


# Anonymous answers carry no privilege to forge: exempting them from CSRF keeps the page free
# of any cookie. Posts from other sites are refused; robots are stopped by the honeypot and
# the rate limit.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def questionnaire(request, token: str):
    link = selectors.link_for_token(token)
    if link is None:
        return _unavailable(request, None)
    version = selectors.served_version(link)
    state = selectors.link_state(link, version)
    if state != LinkState.OPEN:
        return _unavailable(request, state, link)
    if request.method != "POST":
        form = ResponseForm(version=version)
        return _render_questionnaire(request, link=link, version=version, form=form)

    form = ResponseForm(version=version, data=request.POST)
    if not is_same_origin(request):
        form.is_valid()  # keeps what was typed on the page shown again
        form.add_error(
            None,
            _(
                "Envoi refusé : il ne provient pas d'une page de ce site. "
                "Rechargez la page et envoyez à nouveau vos réponses."
            ),
        )
        return _render_questionnaire(request, link=link, version=version, form=form, status=403)
    thanks = HttpResponseRedirect(reverse("campaigns_public_thanks", args=[link.token]))
    if QuestionnaireHoneypot(request.POST).is_spam():
        return thanks  # a robot: nothing stored, nothing said
    if not form.is_valid():
        return _render_questionnaire(request, link=link, version=version, form=form)
    try:
        check_rate(
            request, purpose=RATE_PURPOSE, limit=ANSWERS_PER_WINDOW, window_seconds=WINDOW_SECONDS
        )
    except RateLimited:
        form.add_error(
            None,
            _(
                "Trop de réponses envoyées depuis votre connexion : vos réponses n'ont pas été "
                "enregistrées. Réessayez dans une dizaine de minutes, sans fermer cette page."
            ),
        )
        limited = _render_questionnaire(request, link=link, version=version, form=form, status=429)
        limited["Retry-After"] = str(WINDOW_SECONDS)
        return limited
    try:
        submit_public(public_link=link, answers=form.answers())
    except ValidationError as error:
        for message in error.messages:
            form.add_error(None, message)
        return _render_questionnaire(request, link=link, version=version, form=form)
    return thanks


@require_safe
def questionnaire_thanks(request, token: str):
    link = selectors.link_for_token(token)
    if link is None:
        return _unavailable(request, None)
    return render(request, "campaigns/public/thanks.html", {"link": link, "project": link.project})


# --------------------------------------------------------------------------- admin
class PublicLinkForm(forms.Form):
    """A new link: which project and which form (the pair is checked by the service)."""

    project = IdModelChoiceField(
        label=gettext_lazy("Projet"),
        queryset=None,
        error_messages={
            "required": gettext_lazy("Choisissez le projet."),
            "invalid_choice": gettext_lazy("Choisissez un de vos projets dans la liste."),
        },
    )
    form = IdModelChoiceField(
        label=gettext_lazy("Formulaire"),
        queryset=None,
        help_text=gettext_lazy(
            "Un questionnaire bénéficiaires / public, ou un formulaire publié, du programme "
            "du projet ou commun à tous les programmes."
        ),
        error_messages={
            "required": gettext_lazy("Choisissez le formulaire."),
            "invalid_choice": gettext_lazy("Choisissez un formulaire de la liste."),
        },
    )
    closes_on = forms.DateField(
        label=gettext_lazy("Fermeture (facultatif)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        help_text=gettext_lazy("Le questionnaire ne reçoit plus de réponses après cette date."),
        error_messages={
            "invalid": gettext_lazy("Saisissez une date au format JJ/MM/AAAA, par ex. 30/06/2026.")
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = selectors.managed_projects(user=user)
        self.fields["form"].queryset = selectors.eligible_forms_for(user=user)
        for name, field in self.fields.items():
            described = []
            if field.help_text:
                described.append(f"id_{name}_helptext")
            if self.is_bound and self.errors.get(name):
                described.append(f"id_{name}-error")
            if described:
                field.widget.attrs["aria-describedby"] = " ".join(described)


def _public_url(request, link) -> str:
    """The link's public address, the one the QR code holds: in French (the default
    language, without prefix), on the host the team works on."""
    with override("fr"):
        path = reverse("campaigns_public_questionnaire", args=[link.token])
    return absolute_url(path, request)


def _project_filter(request):
    """The project chosen by `?projet=<id>` (from its page's button), if it is one of the
    person's; anything else shows every link."""
    project_id = parse_id(request.GET.get("projet"))
    if project_id is None:
        return None
    return selectors.managed_projects(user=request.user).filter(pk=project_id).first()


def _links_page(request, form: PublicLinkForm, *, project=None) -> HttpResponse:
    links = list(selectors.managed_links(user=request.user, project=project))
    for link in links:
        link.public_url = _public_url(request, link)
        link.state = selectors.link_state(link, selectors.served_version(link))
        link.state_label = STATE_LABELS[link.state]
    return render(
        request,
        "campaigns/public/admin_links.html",
        {
            "page_title": _("Questionnaires publics"),
            "links": links,
            "project": project,
            "form": form,
        },
    )


def public_links(request):
    """The person's public links (scoped to their projects) and the form creating one."""
    if not selectors.managed_projects(user=request.user).exists():
        raise PermissionDenied
    project = _project_filter(request)
    if request.method != "POST":
        initial = {"project": project} if project else {}
        form = PublicLinkForm(user=request.user, initial=initial)
        return _links_page(request, form, project=project)
    form = PublicLinkForm(request.POST, user=request.user)
    if form.is_valid():
        try:
            link = services.create_public_link(
                user=request.user,
                project=form.cleaned_data["project"],
                form=form.cleaned_data["form"],
                closes_on=form.cleaned_data["closes_on"],
            )
        except ValidationError as error:
            for field, field_messages in error.message_dict.items():
                for message in field_messages:
                    form.add_error(field if field in form.fields else None, message)
        else:
            messages.success(
                request,
                _("Lien public créé pour « %(form)s » (%(project)s).")
                % {"form": link.form, "project": link.project.title},
            )
            return redirect("campaigns_public_links")
    return _links_page(request, form, project=project)


def _managed_link_or_404(request, link_id: int):
    link = selectors.managed_link(user=request.user, link_id=link_id)
    if link is None:
        raise Http404(_("Questionnaire public introuvable."))
    return link


@require_POST
def toggle_public_link(request, link_id: int):
    link = _managed_link_or_404(request, link_id)
    is_open = request.POST.get("open") == "1"
    try:
        link = services.set_link_open(user=request.user, link=link, is_open=is_open)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        template = (
            _("« %(form)s » (%(project)s) est ouvert aux réponses.")
            if is_open
            else _("« %(form)s » (%(project)s) est fermé : il ne reçoit plus de réponses.")
        )
        messages.success(request, template % {"form": link.form, "project": link.project.title})
    return redirect("campaigns_public_links")


@require_safe
def public_link_qr_svg(request, link_id: int):
    link = _managed_link_or_404(request, link_id)
    url = _public_url(request, link)
    svg = qr_svg(url, title=_("Code QR du questionnaire : %(url)s") % {"url": url})
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Content-Disposition"] = f'inline; filename="questionnaire-{link.pk}.svg"'
    return response


@require_safe
def public_link_print(request, link_id: int):
    link = _managed_link_or_404(request, link_id)
    return render(
        request,
        "campaigns/public/print.html",
        {"link": link, "project": link.project, "public_url": _public_url(request, link)},
    )
