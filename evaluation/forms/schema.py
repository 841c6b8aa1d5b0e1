"""The frozen shape of a published form version, and the vocabulary of questions.

A published version stores its questions as plain JSON (``FormVersion.schema``)::

    {"sections": [{"title": str, "intro": str, "questions": [
        {"key": str, "label": str, "type": QuestionType, "required": bool, "help_text": str,
         "min_value": str | None, "max_value": str | None,   # decimals as strings
         "min_length": int | None, "max_length": int | None,
         "choices": [{"value": str, "label": str}],           # choice questions
         "low_label": str, "high_label": str,                 # scale 1–5
         "condition": {"question": str, "operator": ConditionOperator, "value": str} | None,
         "indicator": str | None,                             # library code it feeds
         "personal_data": bool}]}]}

Nothing reads the editable StreamField of a form to answer or analyse it: only this JSON,
which never changes once published.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    SHORT_TEXT = "short_text", _("Texte court")
    LONG_TEXT = "long_text", _("Texte long")
    INTEGER = "integer", _("Nombre entier")
    DECIMAL = "decimal", _("Nombre décimal")
    SINGLE_CHOICE = "single_choice", _("Choix unique")
    MULTIPLE_CHOICE = "multiple_choice", _("Choix multiple")
    SCALE = "scale", _("Échelle de 1 à 5")
    YES_NO = "yes_no", _("Oui / non")
    DATE = "date", _("Date")


NUMERIC_TYPES = frozenset({QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.SCALE})
CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})


class ConditionOperator(models.TextChoices):
    EQUALS = "equals", _("la réponse est égale à")
    DIFFERS = "differs", _("la réponse est différente de")
    ANSWERED = "answered", _("la question a une réponse")


class Moment(models.TextChoices):
    IN_ITINERE = "in_itinere", _("Auto-évaluation in itinere")
    EX_POST = "ex_post", _("Bilan ex-post")
    BENEFICIARIES = "beneficiaries", _("Questionnaire bénéficiaires / public")
    INTERVIEW = "interview", _("Entretien qualitatif")
