"""Writes on responses: starting or resuming a campaign response, saving a draft, submitting
(typed answer rows and indicator values in one transaction), answering a public link.

These services do **not** check who is asking: the views do (``commons.access.selectors``:
``Action.EVALUATE`` on the project for a campaign response; a public link is anonymous by
design). They take the answers already validated by ``evaluation.forms.responding
.ResponseForm`` (``answers()``: JSON values keyed by question key) and keep only the
questions of the response's own version that are shown for those answers.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from evaluation.campaigns.models import Answer, Campaign, PublicLink, Response, ResponseStatus
from evaluation.forms.responding import visible_keys
from evaluation.forms.schema import is_empty, questions_of, typed_rows
from evaluation.indicators.periods import period_containing
from evaluation.indicators.services import record_value_from_answer


def _latest_version(form):
    version = form.latest_version
    if version is None:
        raise ValidationError(
            gettext("Le formulaire « %(form)s » n'a pas encore de version publiée.")
            % {"form": form}
        )
    return version


def start_or_resume(*, campaign: Campaign, project, user) -> Response:
    """The project's single response to the campaign: the existing one (draft or submitted),
    or a new draft on the latest published version of the campaign's form. A draft keeps
    the version it was started on, even if the form is published again meanwhile."""
    existing = Response.objects.filter(campaign=campaign, project=project).first()
    if existing is not None:
        return existing
    version = _latest_version(campaign.form)
    response = Response(
        form_version=version,
        form=campaign.form,
        project=project,
        campaign=campaign,
        status=ResponseStatus.DRAFT,
        updated_by=user,
    )
    # An empty snapshot is what a new draft holds; the one-per-project rule is the database's.
    response.full_clean(exclude=["data"], validate_constraints=False)
    try:
        with transaction.atomic():
            response.save()
    except IntegrityError:
        # The same team opened the form twice at once: one response only.
        return Response.objects.get(campaign=campaign, project=project)
    return response


def _refuse_submitted(response: Response) -> None:
    if response.status == ResponseStatus.SUBMITTED:
        raise ValidationError(
            gettext("Cette réponse a déjà été envoyée : elle ne peut plus être modifiée.")
        )


def _kept(response: Response, answers: dict) -> dict:
    """Only the questions of the response's version that show for these answers."""
    shown = visible_keys(version=response.form_version, answers=answers)
    return {key: value for key, value in answers.items() if key in shown and not is_empty(value)}


@transaction.atomic
def save_draft(*, response: Response, answers: dict, user) -> Response:
    """Keeps what was typed as the response's JSON snapshot; nothing is counted yet."""
    response = Response.objects.select_for_update().get(pk=response.pk)
    _refuse_submitted(response)
    response.data = _kept(response, answers)
    response.updated_by = user
    response.save(update_fields=["data", "updated_by", "updated_at"])
    return response


def source_reference(response: Response) -> str:
    """How an indicator value names the response it came from."""
    return (
        gettext("Réponse n° %(number)s au formulaire « %(form)s » (v%(version)s)")
        % {
            "number": response.pk,
            "form": response.form_version.name,
            "version": response.form_version.number,
        }
    )[:100]


@transaction.atomic
def submit(*, response: Response, answers: dict, user=None) -> Response:
    """Sends the response, once and for all, in one transaction: the snapshot, one typed
    ``Answer`` row per answer (one per chosen option of a multiple choice), and for each
    question bound to an indicator the project's *submitted* value for the campaign's period
    (for a public link: the quarter of the submission) — the team never types it twice.
    A response sent after the campaign's deadline is accepted and marked late."""
    response = (
        Response.objects.select_for_update(of=("self",))
        .select_related("form_version", "campaign", "project")
        .get(pk=response.pk)
    )
    _refuse_submitted(response)
    now = timezone.now()
    response.data = _kept(response, answers)
    response.status = ResponseStatus.SUBMITTED
    response.submitted_at = now
    response.updated_by = user
    campaign = response.campaign
    response.is_late = bool(campaign and timezone.localdate(now) > campaign.due_on)
    response.save()

    questions = {
        question["key"]: question for question in questions_of(response.form_version.schema)
    }
    rows = []
    for key, value in response.data.items():
        for fields in typed_rows(questions[key], value):
            rows.append(
                Answer(
                    response=response,
                    form_id=response.form_id,
                    form_version_id=response.form_version_id,
                    project_id=response.project_id,
                    campaign=campaign,
                    question_key=key,
                    submitted_at=now,
                    **fields,
                )
            )
    Answer.objects.bulk_create(rows)

    if campaign is not None:
        period_start, period_end = campaign.period_start, campaign.period_end
    else:
        period_start, period_end = period_containing(timezone.localdate(now))
    for key, value in response.data.items():
        indicator_code = questions[key].get("indicator")
        if indicator_code:
            record_value_from_answer(
                project=response.project,
                indicator_code=indicator_code,
                period_start=period_start,
                period_end=period_end,
                value=Decimal(str(value)),
                source_reference=source_reference(response),
                user=user,
            )
    return response


def submit_public(*, public_link: PublicLink, answers: dict) -> Response:
    """An anonymous answer through a public link: created and sent at once, on the latest
    published version of the link's form. Refused when the link is closed."""
    if not public_link.active or (
        public_link.closes_on is not None and timezone.localdate() > public_link.closes_on
    ):
        raise ValidationError(gettext("Ce questionnaire n'accepte plus de réponses."))
    with transaction.atomic():
        version = _latest_version(public_link.form)
        response = Response.objects.create(
            form_version=version,
            form_id=public_link.form_id,
            project_id=public_link.project_id,
            public_link=public_link,
            status=ResponseStatus.DRAFT,
        )
        return submit(response=response, answers=answers)
