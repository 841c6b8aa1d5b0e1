"""The licences a resource may carry: code, name, URL and whether it is open."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Licence(models.TextChoices):
    ETALAB_2 = "etalab-2.0", _("Licence Ouverte / Etalab 2.0")
    CC_BY_4 = "cc-by-4.0", _("CC BY 4.0")
    CC_BY_SA_4 = "cc-by-sa-4.0", _("CC BY-SA 4.0")
    CC0 = "cc0-1.0", _("CC0 1.0 (domaine public)")
    ODBL = "odbl-1.0", _("ODbL 1.0")
    EUPL = "eupl-1.2", _("EUPL 1.2")
    AGPL_3 = "agpl-3.0", _("GNU AGPL 3.0")
    GPL_3 = "gpl-3.0", _("GNU GPL 3.0")
    MIT = "mit", _("MIT")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("Tous droits réservés")


@dataclass(frozen=True)
class LicenceInfo:
    url: str
    is_open: bool = True


LICENCE_INFO: dict[str, LicenceInfo] = {
    Licence.ETALAB_2: LicenceInfo("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
    Licence.CC_BY_4: LicenceInfo("https://creativecommons.org/licenses/by/4.0/deed.fr"),
    Licence.CC_BY_SA_4: LicenceInfo("https://creativecommons.org/licenses/by-sa/4.0/deed.fr"),
    Licence.CC0: LicenceInfo("https://creativecommons.org/publicdomain/zero/1.0/deed.fr"),
    Licence.ODBL: LicenceInfo("https://opendatacommons.org/licenses/odbl/1-0/"),
    Licence.EUPL: LicenceInfo(
        "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"
    ),
    Licence.AGPL_3: LicenceInfo("https://www.gnu.org/licenses/agpl-3.0.html"),
    Licence.GPL_3: LicenceInfo("https://www.gnu.org/licenses/gpl-3.0.html"),
    Licence.MIT: LicenceInfo("https://opensource.org/license/mit"),
    Licence.ALL_RIGHTS_RESERVED: LicenceInfo("", is_open=False),
}

OPEN_LICENCES = tuple(code for code, info in LICENCE_INFO.items() if info.is_open)
