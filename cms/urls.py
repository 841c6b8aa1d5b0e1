from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.sitemaps import SITEMAPS
from cms.views import theme_css

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("theme.css", theme_css, name="commons_theme_css"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
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
    path("", include("commons.resources.urls")),
    path("", include("commons.engagement.urls")),
    path("", include("commons.label.urls")),
    path("", include("evaluation.campaigns.public_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
