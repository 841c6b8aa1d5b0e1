"""Public questionnaire addresses, in French at the root and in English under /en/ (included
in both by ``cms.urls``). Any token is routed here: one that cannot exist answers the
questionnaire's own friendly 404 (see ``public_selectors.link_for_token``)."""

from django.urls import re_path

from evaluation.campaigns import public

urlpatterns = [
    re_path(
        r"^questionnaires/(?P<token>[^/]{1,100})/$",
        public.questionnaire,
        name="campaigns_public_questionnaire",
    ),
    re_path(
        r"^questionnaires/(?P<token>[^/]{1,100})/merci/$",
        public.questionnaire_thanks,
        name="campaigns_public_thanks",
    ),
]
