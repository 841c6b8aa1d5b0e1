from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import HeaderButton

from commons.access.menu import RoleMenuItem
from commons.access.selectors import Action, can
from commons.ids import IdConverter  # noqa: F401 (registers the <id:…> converter)
from commons.programmes.models import ProgrammePage
from commons.programmes.views import eligibility_index, programme_eligibility_view


@hooks.register("register_admin_urls")
def register_eligibility_urls():
    return [
        path("eligibilite/", eligibility_index, name="commons_eligibility_index"),
        path(
            "eligibilite/<id:programme_id>/",
            programme_eligibility_view,
            name="commons_programme_eligibility",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_eligibility_menu_item():
    return RoleMenuItem(
        Action.MANAGE,
        _("Éligibilité"),
        reverse("commons_eligibility_index"),
        icon_name="tasks",
        order=250,
    )


@hooks.register("register_page_header_buttons")
def eligibility_header_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, ProgrammePage) and can(user, Action.MANAGE, page):
        yield HeaderButton(
            _("Vérifier l'éligibilité"),
            url=reverse("commons_programme_eligibility", args=[page.pk]),
            icon_name="tasks",
        )
