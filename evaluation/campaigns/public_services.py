"""Writes for public questionnaire links: creating one for a project and a form, closing and
reopening it. Answers themselves are recorded by ``services.submit_public``."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from commons.programmes.models import ProjectPage
from evaluation.campaigns.models import PublicLink
from evaluation.campaigns.public_selectors import (
    can_manage_links,
    eligible_forms,
    lacks_personal_data_purpose,
)
from evaluation.forms.models import EvaluationForm


def _require_manager(user, project: ProjectPage) -> None:
    if not can_manage_links(user, project):
        raise PermissionDenied


def _check_personal_data(form: EvaluationForm) -> None:
    """No public link opens a form that asks for personal data without saying why."""
    version = form.latest_version
    if version is not None and lacks_personal_data_purpose(version):
        raise ValidationError(
            {
                "form": _(
                    "Ce formulaire pose une question marquée « donnée personnelle » sans "
                    "en déclarer la finalité : ajoutez la finalité au formulaire et publiez "
                    "une nouvelle version avant d'ouvrir un lien public."
                )
            }
        )


@transaction.atomic
def create_public_link(
    *,
    user,
    project: ProjectPage,
    form: EvaluationForm,
    closes_on: datetime.date | None = None,
) -> PublicLink:
    _require_manager(user, project)
    if not eligible_forms(project=project).filter(pk=form.pk).exists():
        raise ValidationError(
            {
                "form": _(
                    "Ce formulaire ne peut pas être ouvert au public pour ce projet : "
                    "choisissez un questionnaire bénéficiaires ou un formulaire publié "
                    "de son programme."
                )
            }
        )
    _check_personal_data(form)
    if closes_on is not None and closes_on < timezone.localdate():
        raise ValidationError(
            {"closes_on": _("La date de fermeture est passée : choisissez une date à venir.")}
        )
    if PublicLink.objects.filter(project=project, form=form).exists():
        raise ValidationError(
            {
                "form": _(
                    "Ce projet a déjà un lien public pour ce formulaire : "
                    "rouvrez-le dans la liste plutôt que d'en créer un autre."
                )
            }
        )
    link = PublicLink(project=project, form=form, closes_on=closes_on)
    link.full_clean()
    link.save()
    return link


@transaction.atomic
def set_link_open(*, user, link: PublicLink, is_open: bool) -> PublicLink:
    """Closes a link, or reopens it (clearing a closing date already past, and checking the
    form again: it may have been republished since)."""
    link = (
        PublicLink.objects.select_for_update(of=("self",))
        .select_related("project", "form")
        .get(pk=link.pk)
    )
    _require_manager(user, link.project)
    if is_open:
        _check_personal_data(link.form)
        if link.closes_on is not None and link.closes_on < timezone.localdate():
            link.closes_on = None
    link.active = is_open
    link.full_clean()
    link.save(update_fields=["active", "closes_on"])
    return link
