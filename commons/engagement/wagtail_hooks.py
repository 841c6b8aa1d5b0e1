from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from commons.access.menu import RoleMenuItem
from commons.access.selectors import Action
from commons.engagement.views import moderation_queue


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return RoleMenuItem(
        Action.MODERATE,
        _("Avis et signalements"),
        reverse("commons_moderation_queue"),
        icon_name="comment",
        order=260,
    )


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("moderation-contributions/", moderation_queue, name="commons_moderation_queue")]
