import factory
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from commons.access.services import add_member, ensure_funder_team

PASSWORD = "mot-de-passe-de-test"


class UserFactory(DjangoModelFactory):
    """A person; `teams=[…]` makes them a member of those teams (through the role service)."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"personne-{n}")
    first_name = factory.Sequence(lambda n: f"Personne {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def teams(self, create, teams, **kwargs):
        self.save()
        for team in teams or ():
            add_member(team=team, user=self)


def funder(organisation, *, sees_all_programmes: bool = False, **fields):
    """A person in the funder team of `organisation`."""
    team = ensure_funder_team(organisation=organisation, sees_all_programmes=sees_all_programmes)
    return UserFactory(teams=[team], **fields)
