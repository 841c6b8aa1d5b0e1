"""STAND-INS: the two evaluation writes of the demo that have no service.

The evaluation demo writes through the evaluation services. A programme's own library
indicator and a campaign have none: a programme team creates them in the admin, where a
``ModelViewSet`` form (``IndicatorAdminForm``, ``CampaignAdminForm``, which need a person
to scope their choices) saves the model. Here the row is written as those forms save it,
validated (``full_clean``) in one transaction, with the ORM. Replace each function by the
service if one is added. Nothing outside ``commons.demo`` imports this module.
"""

from django.db import transaction

from evaluation.campaigns.models import Campaign
from evaluation.indicators.models import Indicator


@transaction.atomic
def add_library_indicator(*, programme, user, **fields) -> Indicator:
    indicator = Indicator(programme=programme, **fields)
    indicator.full_clean()
    indicator.save()
    return indicator


@transaction.atomic
def create_campaign(*, projects, user, **fields) -> Campaign:
    campaign = Campaign(**fields)
    campaign.full_clean()
    campaign.save()
    campaign.projects.set(projects)
    return campaign
