from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationFormsConfig(AppConfig):
    name = "evaluation.forms"
    label = "evaluation_forms"
    verbose_name = _("Formulaires d'évaluation")
