"""Background work of campaigns, on Django's task framework (``django-tasks``; the database
backend in development and production, run by ``manage.py db_worker``; tests run tasks at
once).

Reminders are a task because they send one e-mail per member of each team reminded: a
programme with a hundred projects must not hold the programme team's request while an SMTP
server answers.
"""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_tasks import task

from evaluation.campaigns.models import Campaign, Reminder, Response, ResponseStatus
from evaluation.campaigns.selectors import campaign_projects, team_recipients


def start_of_today() -> datetime.datetime:
    """Midnight today in the site's time zone: « the same day » as the programme team sees it."""
    return timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time.min))


def fill_url(*, campaign: Campaign, project) -> str:
    path = reverse("campaigns_fill", args=[campaign.pk, project.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def reminder_messages(*, campaign: Campaign, project, emails: list[str]) -> list[EmailMessage]:
    """One message per person (nobody sees the others' addresses), in French."""
    with translation.override(settings.LANGUAGE_CODE):
        today = timezone.localdate()
        context = {
            "campaign": campaign,
            "project": project,
            "form_name": campaign.form.name,
            "programme": campaign.programme.title,
            "due_on": date_format(campaign.due_on, "j F Y"),
            "is_late": today > campaign.due_on,
            "url": fill_url(campaign=campaign, project=project),
        }
        subject = _("Formulaire à remplir : %(campaign)s — %(project)s") % {
            "campaign": campaign.name,
            "project": project.title,
        }
        body = render_to_string("campaigns/email/reminder.txt", context)
    return [EmailMessage(subject=subject, body=body, to=[email]) for email in emails]


@task()
def send_campaign_reminders(
    *, campaign_id: int, project_ids: list[int], sent_by_id: int | None = None
) -> int:
    """E-mails the members of each listed project's team that the campaign awaits their
    answer, and records a ``Reminder``. A project is skipped when it is not targeted by the
    campaign, has already submitted, was already reminded today (a reminder per project and
    per day at most, whoever asked) or has nobody with an e-mail address. Returns the number
    of e-mails sent."""
    sent = 0
    with transaction.atomic():
        # one reminder run per campaign at a time: two clicks cannot both pass the daily check
        campaign = (
            Campaign.objects.select_for_update()
            .select_related("form", "programme")
            .filter(pk=campaign_id)
            .first()
        )
        if campaign is None:
            return 0
        projects = campaign_projects(campaign=campaign).filter(pk__in=project_ids)
        submitted = Response.objects.filter(
            campaign=campaign, status=ResponseStatus.SUBMITTED
        ).values("project_id")
        reminded = Reminder.objects.filter(campaign=campaign, sent_at__gte=start_of_today()).values(
            "project_id"
        )
        projects = projects.exclude(pk__in=submitted).exclude(pk__in=reminded)
        connection = get_connection()
        for project in projects:
            emails = sorted(
                set(team_recipients(project_ids=[project.pk]).values_list("email", flat=True))
            )
            if not emails:
                continue
            reminder = Reminder(
                campaign=campaign, project=project, recipients=len(emails), sent_by_id=sent_by_id
            )
            reminder.full_clean()
            sent += (
                connection.send_messages(
                    reminder_messages(campaign=campaign, project=project, emails=emails)
                )
                or 0
            )
            reminder.save()
    return sent
