"""« Organisations autrices » in the resource editor: labelled checkboxes with a help text
saying what they mean, whose choice a team member saves, over HTTP."""

import pytest

from tests.factories.directory import OrganisationFactory
from tests.resources.test_moderation import edit_data, edit_url

pytestmark = pytest.mark.django_db

HELP = "la page publique les cite comme autrices"


def test_author_organisations_are_checkboxes_with_help(client, resource, author):
    organisation = OrganisationFactory(name="Association Cap Droits")
    client.force_login(author)

    html = client.get(edit_url(resource)).content.decode()

    assert f'type="checkbox" name="organisations" value="{organisation.pk}"' in html
    assert "Association Cap Droits" in html
    assert HELP in html
    assert "commons-choice-list" in html
    assert '<select name="organisations"' not in html


def test_team_member_saves_the_author_organisations(client, resource, author):
    organisation = OrganisationFactory(name="Association Cap Droits")
    client.force_login(author)

    response = client.post(edit_url(resource), edit_data(resource, organisations=[organisation.pk]))

    assert response.status_code == 302, response.content[:2000]
    resource.refresh_from_db()
    draft = resource.get_latest_revision_as_object()
    assert list(draft.organisations.all()) == [organisation]
