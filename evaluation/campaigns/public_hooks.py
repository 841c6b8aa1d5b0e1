"""Admin entries for public questionnaire links: the list where teams create, close and
reopen them, the printable QR code page, and a button on project pages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import HeaderButton

from commons.access.selectors import has_role_for
from commons.ids import IdConverter  # noqa: F401 (registers the <id:…> converter)
from commons.programmes.models import ProjectPage
from evaluation.campaigns import public
from evaluation.campaigns.public_selectors import MANAGING_ACTIONS, can_manage_links


@hooks.register("register_admin_urls")
def register_public_link_urls():
    return [
        path("questionnaires-publics/", public.public_links, name="campaigns_public_links"),
        path(
            "questionnaires-publics/<id:link_id>/ouverture/",
            public.toggle_public_link,
            name="campaigns_public_link_toggle",
        ),
        path(
            "questionnaires-publics/<id:link_id>/qr.svg",
            public.public_link_qr_svg,
            name="campaigns_public_link_qr",
        ),
        path(
            "questionnaires-publics/<id:link_id>/imprimer/",
            public.public_link_print,
            name="campaigns_public_link_print",
        ),
    ]


class PublicLinksMenuItem(MenuItem):
    """Shown to project teams and programme teams (those who manage links somewhere)."""

    def is_shown(self, request):
        return any(has_role_for(request.user, action) for action in MANAGING_ACTIONS)


@hooks.register("register_admin_menu_item")
def register_public_links_menu_item():
    return PublicLinksMenuItem(
        _("Questionnaires publics"),
        reverse("campaigns_public_links"),
        icon_name="link",
        order=280,
    )


@hooks.register("register_page_header_buttons")
def public_links_header_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, ProjectPage) and can_manage_links(user, page):
        yield HeaderButton(
            _("Questionnaires publics"),
            url=f"{reverse('campaigns_public_links')}?projet={page.pk}",
            icon_name="link",
        )
