"""Evaluation: what projects measure and what people answer.

Four apps, one direction of imports (each only imports the ones after it):
- ``evaluation.coding``: qualitative codes applied to long-text answers, excerpt by excerpt;
- ``evaluation.campaigns``: campaigns, public questionnaire links, responses and their typed
  answer rows (the dashboards' GROUP BY source);
- ``evaluation.forms``: evaluation forms built in the admin and their immutable published
  versions;
- ``evaluation.indicators``: the indicator library with its aggregation rules, project
  indicators, and the values teams report (draft → submitted → approved).
"""
