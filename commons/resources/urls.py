from django.urls import path

from commons.ids import IdConverter  # noqa: F401 (registers the <id:…> converter)
from commons.resources import feeds, views

urlpatterns = [
    path("ressources/", views.library, name="commons_library"),
    path("ressources/flux.atom", feeds.NewContentAtomFeed(), name="commons_feed_atom"),
    path("ressources/flux.rss", feeds.NewContentRssFeed(), name="commons_feed_rss"),
    path(
        "telecharger/<id:resource_id>/<id:document_id>/",
        views.download,
        name="commons_download",
    ),
    path("modifications-recentes/", views.changes, name="commons_recent_changes"),
    path(
        "modifications-recentes/flux.atom",
        feeds.RecentChangesFeed(),
        name="commons_recent_changes_feed",
    ),
]
