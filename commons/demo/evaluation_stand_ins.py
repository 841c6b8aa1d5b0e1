"""STAND-INS, deleted one by one as the evaluation services land on this branch.

The evaluation demo writes through the evaluation services. Two writes have no service yet:
adding a programme's own indicator to the library, and creating a campaign. Until they
exist, the function here writes the row as those services will (validated, in one
transaction), with the ORM. Nothing outside ``commons.demo`` imports this module.
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
