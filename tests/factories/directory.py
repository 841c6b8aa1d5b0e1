import factory
from factory.django import DjangoModelFactory

from commons.directory.models import Organisation, Territory
from commons.taxonomies import OrganisationKind, TerritoryLevel


class TerritoryFactory(DjangoModelFactory):
    """A commune with a priority neighbourhood (QPV); the subclasses give the other levels,
    each with codes valid for its level and distinct from the others'."""

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


class EpciFactory(TerritoryFactory):
    name = factory.Sequence(lambda n: f"Communauté de communes {n}")
    level = TerritoryLevel.EPCI
    insee_code = factory.Sequence(lambda n: f"{200000000 + n % 1000:09d}")
    includes_qpv = False


class DepartmentFactory(TerritoryFactory):
    name = factory.Sequence(lambda n: f"Département {n}")
    level = TerritoryLevel.DEPARTMENT
    insee_code = factory.Sequence(lambda n: f"{10 + n % 40:02d}")  # regions use 50-99
    includes_qpv = False


class RegionFactory(TerritoryFactory):
    name = factory.Sequence(lambda n: f"Région {n}")
    level = TerritoryLevel.REGION
    insee_code = factory.Sequence(lambda n: f"{50 + n % 50:02d}")
    includes_qpv = False
