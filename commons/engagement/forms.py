from django import forms
from django.utils.translation import gettext_lazy as _

from commons.taxonomies import ReportReason

# After a public post, the page says thanks through its address (`?merci=avis#avis-merci`), not
# through a message stored in a cookie: public pages set no cookie.
THANKS_PARAMETER = "merci"
THANKS_FEEDBACK = "avis"
THANKS_REPORT = "signalement"
# The fragment names the thanks message itself, next to its form, so it is in view.
THANKS_ANCHORS = {THANKS_FEEDBACK: "avis-merci", THANKS_REPORT: "signaler-merci"}
THANKS_MESSAGES = {
    THANKS_FEEDBACK: _("Merci pour votre avis ! Votre commentaire sera publié après relecture."),
    THANKS_REPORT: _("Merci : votre signalement a été transmis à l'équipe du programme."),
}


def thanks_url(page_url: str, thanks: str) -> str:
    return f"{page_url}?{THANKS_PARAMETER}={thanks}#{THANKS_ANCHORS[thanks]}"


def thanks_for(request) -> dict | None:
    """The thanks to show on the page the visitor was sent back to, if any: which form
    (`avis` or `signalement`) and its message. Anything else in the parameter is ignored."""
    thanks = request.GET.get(THANKS_PARAMETER, "") if request is not None else ""
    if thanks not in THANKS_MESSAGES:
        return None
    return {"form": thanks, "message": THANKS_MESSAGES[thanks]}


class HoneypotMixin(forms.Form):
    """A field that people leave empty and spam robots fill in.

    Several of these forms share a page (a resource's feedback and report forms): each names
    its ids after itself (`id_avis-website`, `id_signalement-website`) so that no id is
    repeated; field names, what is posted, stay the same."""

    id_prefix = "public"

    website = forms.CharField(
        label=_("Laissez ce champ vide"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"id_{self.id_prefix}-%s")
        super().__init__(*args, **kwargs)

    def is_spam(self) -> bool:
        return bool(self.data.get("website"))


class FeedbackForm(HoneypotMixin):
    id_prefix = "avis"

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
    id_prefix = "signalement"

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
