import factory
from factory.django import DjangoModelFactory

from commons.directory.models import Organisation, Territory
from commons.taxonomies import OrganisationKind, TerritoryLevel


class TerritoryFactory(DjangoModelFactory):
    class Meta:
        model = Territory
        django_get_or_create = ("insee_code",)

    name = factory.Sequence(lambda n: f"Commune {n}")
    level = TerritoryLevel.COMMUNE
    insee_code = factory.Sequence(lambda n: f"{73000 + n % 1000:05d}")
    includes_qpv = True


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Association {n}")
    slug = factory.Sequence(lambda n: f"association-{n}")
    kind = OrganisationKind.ASSOCIATION
