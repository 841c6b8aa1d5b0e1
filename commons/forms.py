from django import forms
from django.utils.translation import gettext_lazy as _

from cms.forms import CommonsPageForm
from commons.taxonomies import ReportReason


class ProjectPageForm(CommonsPageForm):
    """Offers only the waves of the project's own programme."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        programme = self.parent_page.specific if self.parent_page else None
        if "wave" in self.fields and programme is not None:
            self.fields["wave"].queryset = self.fields["wave"].queryset.filter(
                programme_id=programme.pk
            )
            self.fields["wave"].help_text = _("Vagues du programme « %(title)s ».") % {
                "title": programme.title
            }


class ProgrammePageForm(CommonsPageForm):
    """Only the programme's own projects can be made trusted."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "trusted_projects" in self.fields:
            projects = self.fields["trusted_projects"].queryset
            self.fields["trusted_projects"].queryset = (
                projects.child_of(self.instance) if self.instance.pk else projects.none()
            )


PUBLISHING_ACTIONS = ("action-publish", "action-submit")


class CommonsContentPageForm(CommonsPageForm):
    """Drafts may be incomplete; publishing or submitting for publication may not.

    The change summary starts empty on every edit, so that each revision carries its own.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "change_summary" in self.fields:
            self.initial["change_summary"] = ""

    def clean(self):
        from commons.selectors.publication import publication_errors

        cleaned_data = super().clean()
        if any(action in self.data for action in PUBLISHING_ACTIONS):
            errors = publication_errors(
                summary=cleaned_data.get("summary", ""),
                licence=cleaned_data.get("licence", ""),
                themes=cleaned_data.get("themes"),
                resource_types=cleaned_data.get("resource_types")
                if "resource_types" in self.fields
                else None,
            )
            for field, message in errors.items():
                if field not in self.errors:
                    self.add_error(field, message)
        return cleaned_data


class HoneypotMixin(forms.Form):
    """A field that people leave empty and spam robots fill in."""

    website = forms.CharField(
        label=_("Laissez ce champ vide"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get("website"))


class FeedbackForm(HoneypotMixin):
    rating = forms.TypedChoiceField(
        label=_("Cette ressource vous a-t-elle été utile ?"),
        choices=[(4, _("Très utile")), (3, _("Utile")), (2, _("Peu utile")), (1, _("Pas utile"))],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choisissez une réponse, de « Très utile » à « Pas utile ».")
        },
    )
    comment = forms.CharField(
        label=_("Commentaire (facultatif)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Publié après relecture par l'équipe du programme. 1000 caractères au plus."),
    )


class ReportForm(HoneypotMixin):
    reason = forms.ChoiceField(
        label=_("Motif du signalement"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choisissez le motif du signalement.")},
    )
    details = forms.CharField(
        label=_("Précisions (facultatif)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
