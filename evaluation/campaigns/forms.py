"""The campaign as the programme team sets it up in the admin."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from commons.access.selectors import Action, pages_where
from commons.ids import IdModelChoiceField, IdModelMultipleChoiceField
from commons.programmes.models import ProjectPage, Wave
from evaluation.campaigns.models import Campaign
from evaluation.campaigns.selectors import (
    campaign_form_choices,
    laureate_projects,
    runnable_programmes,
)


class CampaignAdminForm(WagtailAdminModelForm):
    """Everything offered is scoped to the programmes the person runs: their forms and the
    common ones with a published version, their waves, their projects. What is posted is
    checked against the chosen programme (a wave or a project of another one is refused)."""

    class Meta:
        model = Campaign
        fields = [
            "name",
            "programme",
            "form",
            "wave",
            "projects",
            "period_start",
            "period_end",
            "opens_on",
            "due_on",
            "message",
        ]
        widgets = {
            "programme": forms.Select,
            "form": forms.Select,
            "wave": forms.Select,
            "projects": forms.CheckboxSelectMultiple,
        }
        # ids checked before any query: a forged huge page id would overflow (a 500)
        field_classes = {
            "programme": IdModelChoiceField,
            "form": IdModelChoiceField,
            "wave": IdModelChoiceField,
            "projects": IdModelMultipleChoiceField,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        programmes = runnable_programmes(user=user).order_by("title")
        self.fields["programme"].queryset = programmes
        self.fields["form"].queryset = campaign_form_choices(programmes=programmes)
        self.fields["form"].help_text = _(
            "Les formulaires de vos programmes et les formulaires communs ayant une version "
            "publiée. Les équipes répondent à la dernière version publiée."
        )
        self.fields["wave"].queryset = Wave.objects.filter(
            programme__in=programmes.values("pk")
        ).select_related("programme")
        self.fields["projects"].queryset = pages_where(
            user=user, action=Action.RUN_EVALUATION, model=ProjectPage
        ).order_by("title")
        self.fields["projects"].help_text = _(
            "Cochez des projets pour n'envoyer le formulaire qu'à eux. Sans sélection : les "
            "projets lauréats de la vague choisie, sinon tous les projets lauréats du programme."
        )

    def clean(self):
        cleaned = super().clean()
        programme = cleaned.get("programme")
        form = cleaned.get("form")
        wave = cleaned.get("wave")
        projects = cleaned.get("projects")
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        opens_on, due_on = cleaned.get("opens_on"), cleaned.get("due_on")
        if start and end and end <= start:
            self.add_error(
                "period_end", _("La fin de la période évaluée doit être après son début.")
            )
        if opens_on and due_on and due_on <= opens_on:
            self.add_error("due_on", _("La date limite doit être après la date d'ouverture."))
        if self.instance.pk and self.instance.responses.exists():
            if form and form.pk != self.instance.form_id:
                self.add_error(
                    "form",
                    _(
                        "Des équipes ont déjà répondu : le formulaire de la campagne ne change plus."
                    ),
                )
            if programme and programme.pk != self.instance.programme_id:
                self.add_error(
                    "programme",
                    _("Des équipes ont déjà répondu : le programme de la campagne ne change plus."),
                )
        if programme is None:
            return cleaned
        if form and form.programme_id not in (None, programme.pk):
            self.add_error(
                "form",
                _("Ce formulaire appartient à un autre programme que « %(programme)s ».")
                % {"programme": programme.title},
            )
        if wave and wave.programme_id != programme.pk:
            self.add_error(
                "wave",
                _("Cette vague appartient à un autre programme que « %(programme)s ».")
                % {"programme": programme.title},
            )
        if projects:
            outside = [p.title for p in projects if not p.path.startswith(programme.path)]
            if outside:
                self.add_error(
                    "projects",
                    _(
                        "Ces projets n'appartiennent pas au programme « %(programme)s » : %(titles)s."
                    )
                    % {"programme": programme.title, "titles": ", ".join(sorted(outside))},
                )
        elif not self.errors:
            targeted = laureate_projects().descendant_of(programme)
            if wave:
                targeted = targeted.filter(wave=wave)
            if not targeted.exists():
                message = (
                    _("Cette vague n'a aucun projet lauréat : cochez des projets.")
                    if wave
                    else _("Ce programme n'a aucun projet lauréat : cochez des projets.")
                )
                self.add_error("wave" if wave else "projects", message)
        return cleaned
