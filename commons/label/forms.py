"""Forms of the label's admin views: they parse input; the rules live in the models/services."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from commons.label.models import RequirementAssessment
from commons.label.services import REVIEW_DECISIONS, AnswerInput
from commons.publishing.uploads import EVIDENCE, CheckedFileField, upload_help_text
from commons.taxonomies import EvidenceKind, RequirementStatus


class AccessibleErrorsMixin:
    """Links each field to its error message (aria-describedby) for screen readers."""

    def link_errors(self) -> None:
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described = [f"{bound.auto_id}-error"]
            if self.fields[name].help_text:
                described.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)
            self.fields[name].widget.attrs["aria-invalid"] = "true"


class AnswerForm(AccessibleErrorsMixin, forms.Form):
    """One requirement of a draft snapshot: status, the expected evidence, justification."""

    status = forms.ChoiceField(label=_("Statut"), choices=RequirementStatus.choices)
    evidence_url = forms.URLField(
        label=_("Lien vers la preuve"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("Adresse complète, par ex. https://exemple.org/declaration"),
    )
    evidence_file = CheckedFileField(
        use=EVIDENCE,
        label=_("Document de preuve"),
        required=False,
        help_text=format_lazy(
            "{} {}", upload_help_text(EVIDENCE), _("Remplace le document actuel.")
        ),
    )
    evidence_text = forms.CharField(
        label=_("Preuve rédigée"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    justification = forms.CharField(
        label=_("Justification si non applicable"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, answer: RequirementAssessment, **kwargs):
        self.answer = answer
        kwargs.setdefault("prefix", f"answer-{answer.pk}")
        kwargs.setdefault(
            "initial",
            {
                "status": answer.status,
                "evidence_url": answer.evidence_url,
                "evidence_text": answer.evidence_text,
                "justification": answer.justification,
            },
        )
        super().__init__(*args, **kwargs)
        kind = answer.evidence_kind
        for field_kind, name in (
            (EvidenceKind.LINK, "evidence_url"),
            (EvidenceKind.DOCUMENT, "evidence_file"),
            (EvidenceKind.TEXT, "evidence_text"),
        ):
            if kind != field_kind:
                del self.fields[name]
        if answer.mandatory:
            self.fields["status"].help_text = _(
                "Critère obligatoire : « Non applicable » n'est pas accepté."
            )
            del self.fields["justification"]

    def to_input(self) -> AnswerInput:
        data = self.cleaned_data
        return AnswerInput(
            status=data["status"],
            evidence_url=data.get("evidence_url", "") or "",
            evidence_text=data.get("evidence_text", "") or "",
            justification=data.get("justification", "") or "",
            evidence_file=data.get("evidence_file") or None,
        )

    def add_model_errors(self, error: ValidationError) -> None:
        """Puts the model's messages on the form field they concern."""
        for field, messages in error.message_dict.items():
            self.add_error(field if field in self.fields else None, messages)


class PublishForm(forms.Form):
    assessed_on = forms.DateField(
        label=_("Date de l'auto-évaluation"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class ReviewForm(AccessibleErrorsMixin, forms.Form):
    """The programme team's decision and its comments, one optional comment per requirement."""

    decision = forms.ChoiceField(
        label=_("Décision"),
        choices=[(state.value, state.label) for state in REVIEW_DECISIONS],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Commentaire général à l'équipe projet"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(
        self,
        *args,
        requirement_codes: list[str],
        statements: dict[str, str] | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.requirement_codes = requirement_codes
        statements = statements or {}
        for code in requirement_codes:
            statement = statements.get(code, code)
            if len(statement) > 80:
                statement = statement[:79] + "…"
            self.fields[f"comment_{code}"] = forms.CharField(
                label=_("Commentaire sur l'exigence « %(statement)s »") % {"statement": statement},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def requirement_comments(self) -> dict[str, str]:
        return {
            code: self.cleaned_data.get(f"comment_{code}", "") for code in self.requirement_codes
        }

    def comment_field(self, code: str):
        return self[f"comment_{code}"]
