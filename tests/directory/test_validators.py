import pytest
from django.core.exceptions import ValidationError

from commons.directory.models import Organisation, Territory
from commons.validators import validate_insee_code, validate_siren
from tests.factories.directory import (
    DepartmentFactory,
    EpciFactory,
    RegionFactory,
    TerritoryFactory,
)


@pytest.mark.parametrize("siren", ["732829320", "552100554", "200069110", "356000000"])
def test_valid_sirens_pass(siren):
    validate_siren(siren)


@pytest.mark.parametrize(
    ("siren", "message"),
    [
        ("732829321", "clé de contrôle"),
        ("12345678", "exactement 9 chiffres"),
        ("1234567890", "exactement 9 chiffres"),
        ("73282932A", "exactement 9 chiffres"),
    ],
)
def test_invalid_sirens_get_a_specific_message(siren, message):
    with pytest.raises(ValidationError) as error:
        validate_siren(siren)
    assert message in str(error.value)


@pytest.mark.django_db
def test_organisation_form_validation_reports_the_siren_field():
    organisation = Organisation(
        name="Asso test", slug="asso-test", kind="association", siren="111111111"
    )
    with pytest.raises(ValidationError) as error:
        organisation.full_clean()
    assert "siren" in error.value.message_dict


@pytest.mark.parametrize(
    ("code", "level", "valid"),
    [
        ("33063", "commune", True),
        ("2A004", "commune", True),
        ("3306", "commune", False),
        ("243300316", "epci", True),
        ("24330031", "epci", False),
        ("974", "department", True),
        ("2B", "department", True),
        ("75", "region", True),
        ("075", "region", False),
    ],
)
def test_insee_codes_by_level(code, level, valid):
    if valid:
        validate_insee_code(code=code, level=level)
    else:
        with pytest.raises(ValidationError):
            validate_insee_code(code=code, level=level)


@pytest.mark.django_db
def test_territory_parent_must_be_of_a_higher_level():
    commune = TerritoryFactory()
    region = Territory(name="Région test", level="region", insee_code="99", parent=commune)
    with pytest.raises(ValidationError) as error:
        region.full_clean()
    assert "parent" in error.value.message_dict


@pytest.mark.django_db
def test_each_level_may_sit_under_a_higher_one():
    region = RegionFactory()
    department = DepartmentFactory(parent=region)
    epci = EpciFactory(parent=department)
    commune = TerritoryFactory(parent=epci)
    for territory in (region, department, epci, commune):
        territory.full_clean()
    assert len({region.insee_code, department.insee_code, epci.insee_code, commune.insee_code}) == 4
