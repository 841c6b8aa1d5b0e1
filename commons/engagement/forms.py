from django import forms
from django.utils.translation import gettext_lazy as _

from commons.taxonomies import ReportReason


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
