from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from commons import public_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages and public views in French at the root and in English under /en/.
urlpatterns += i18n_patterns(
    path("ressources/", public_views.library, name="commons_library"),
    path("ressources/flux.atom", public_views.NewContentAtomFeed(), name="commons_feed_atom"),
    path("ressources/flux.rss", public_views.NewContentRssFeed(), name="commons_feed_rss"),
    path(
        "telecharger/<int:resource_id>/<int:document_id>/",
        public_views.download,
        name="commons_download",
    ),
    path(
        "ressources/<int:resource_id>/avis/",
        public_views.resource_feedback,
        name="commons_resource_feedback",
    ),
    path(
        "ressources/<int:resource_id>/signaler/",
        public_views.resource_report,
        name="commons_resource_report",
    ),
    path(
        "label/preuves/<int:answer_id>/",
        public_views.label_evidence,
        name="commons_label_evidence",
    ),
    path("modifications-recentes/", public_views.changes, name="commons_recent_changes"),
    path(
        "modifications-recentes/flux.atom",
        public_views.RecentChangesFeed(),
        name="commons_recent_changes_feed",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
