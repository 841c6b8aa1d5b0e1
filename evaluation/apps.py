from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    """Indicators, forms, campaigns, responses and dashboards (see ROADMAP)."""

    name = "evaluation"
    verbose_name = _("Évaluation")
