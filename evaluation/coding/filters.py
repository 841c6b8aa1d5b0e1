"""The filters of the coding workspace's answer listing:
`?programme=<id>&form=<id>&question=<key>&project=<id>&wave=<id>&coded=oui|non&q=<text>`.

Each offers only what the person's own answers hold; an unknown or malformed value is dropped
(``LenientFilterSet``), never a 500."""

import django_filters
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField

from commons.filtering import LenientFilterSet
from commons.programmes.models import ProgrammePage, ProjectPage, Wave
from evaluation.coding.forms import IdModelChoiceField
from evaluation.coding.models import Excerpt
from evaluation.coding.selectors import FilterChoices
from evaluation.forms.models import EvaluationForm


class IdChoiceField(IdModelChoiceField, ModelChoiceField):
    """django-filter's choice field, refusing what cannot be an id before any query."""


class IdChoiceFilter(django_filters.ModelChoiceFilter):
    """A model chosen by id; a value that cannot be an id is dropped."""

    field_class = IdChoiceField


CODED = "oui"
NOT_CODED = "non"


class AnswerFilters(LenientFilterSet):
    programme = IdChoiceFilter(
        label=_("Programme"), queryset=ProgrammePage.objects.none(), method="filter_programme"
    )
    form = IdChoiceFilter(
        label=_("Formulaire"), queryset=EvaluationForm.objects.none(), field_name="form"
    )
    question = django_filters.ChoiceFilter(
        label=_("Question"), choices=[], field_name="question_key"
    )
    project = IdChoiceFilter(
        label=_("Projet"), queryset=ProjectPage.objects.none(), field_name="project"
    )
    wave = IdChoiceFilter(
        label=_("Vague"), queryset=Wave.objects.none(), field_name="project__wave"
    )
    coded = django_filters.ChoiceFilter(
        label=_("Codage"),
        choices=[(CODED, _("Réponses codées")), (NOT_CODED, _("Réponses à coder"))],
        method="filter_coded",
    )
    q = django_filters.CharFilter(label=_("Texte contenant"), method="filter_text", max_length=200)

    def __init__(self, data=None, queryset=None, *, choices: FilterChoices, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["programme"].queryset = ProgrammePage.objects.filter(
            pk__in=[programme.pk for programme in choices.programmes]
        )
        self.filters["form"].queryset = EvaluationForm.objects.filter(
            pk__in=[form.pk for form in choices.forms]
        )
        self.filters["question"].extra["choices"] = choices.questions
        self.filters["project"].queryset = ProjectPage.objects.filter(
            pk__in=[project.pk for project in choices.projects]
        )
        self.filters["wave"].queryset = Wave.objects.filter(
            pk__in=[wave.pk for wave in choices.waves]
        )
        self.choices = choices

    def filter_programme(self, queryset, name, value):
        return queryset.filter(project__path__startswith=value.path)

    def filter_coded(self, queryset, name, value):
        has_excerpt = Exists(Excerpt.objects.filter(answer=OuterRef("pk")))
        return queryset.filter(has_excerpt if value == CODED else ~has_excerpt)

    def filter_text(self, queryset, name, value):
        return queryset.filter(text__icontains=value)
