"""The blocks a programme team assembles a form from: sections holding questions.

A question's ``key`` is stable across versions: analysis and exports follow keys, never
positions or labels. Validation of a whole form (unique keys, conditions pointing to an
earlier question, choices present for choice questions) lives in ``schema.validate_definition``
so that the admin, the services and the demo loader share it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from evaluation.forms.schema import ConditionOperator, QuestionType
from evaluation.indicators.selectors import indicator_choices as library_choices


def indicator_choices():
    return [("", "---------"), *library_choices()]


class ChoiceOptionBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("clé"), max_length=60)
    label = blocks.CharBlock(label=_("libellé"), max_length=255)

    class Meta:
        icon = "list-ul"
        label = _("option")


class ConditionBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        label=_("question (clé)"),
        required=False,
        max_length=60,
        help_text=_(
            "Afficher cette question seulement selon la réponse à une question précédente."
        ),
    )
    operator = blocks.ChoiceBlock(
        label=_("condition"),
        choices=ConditionOperator.choices,
        required=False,
    )
    value = blocks.CharBlock(label=_("valeur"), required=False, max_length=255)

    class Meta:
        label = _("affichage conditionnel")
        collapsed = True


class QuestionBlock(blocks.StructBlock):
    key = blocks.CharBlock(label=_("clé"), max_length=60)
    label = blocks.CharBlock(label=_("question"), max_length=500)
    type = blocks.ChoiceBlock(label=_("type"), choices=QuestionType.choices)
    required = blocks.BooleanBlock(label=_("obligatoire"), required=False)
    help_text = blocks.CharBlock(label=_("aide"), required=False, max_length=500)
    min_value = blocks.DecimalBlock(label=_("minimum"), required=False)
    max_value = blocks.DecimalBlock(label=_("maximum"), required=False)
    min_length = blocks.IntegerBlock(label=_("longueur minimale"), required=False, min_value=0)
    max_length = blocks.IntegerBlock(label=_("longueur maximale"), required=False, min_value=1)
    choices = blocks.ListBlock(ChoiceOptionBlock(), label=_("options"), default=[])
    low_label = blocks.CharBlock(label=_("libellé du 1 (échelle)"), required=False)
    high_label = blocks.CharBlock(label=_("libellé du 5 (échelle)"), required=False)
    condition = ConditionBlock()
    indicator = blocks.ChoiceBlock(
        label=_("alimente l'indicateur"), choices=indicator_choices, required=False
    )
    personal_data = blocks.BooleanBlock(
        label=_("donnée personnelle"),
        required=False,
        help_text=_("Autorisé seulement si le formulaire déclare la finalité du traitement."),
    )

    class Meta:
        icon = "help"
        label = _("question")


class SectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), max_length=255)
    intro = blocks.TextBlock(label=_("introduction"), required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("questions"))

    class Meta:
        icon = "doc-full"
        label = _("section")
