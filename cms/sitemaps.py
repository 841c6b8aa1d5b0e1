"""`/sitemap.xml`: the pages anyone may read, as ``commons.access.selectors`` decides, at
addresses on the host the request came to.

The sitemap is the same for everyone (crawlers are anonymous): live pages under the site's
root without any view restriction; drafts and unpublished revisions never appear.
"""

from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from commons.access.selectors import visible_pages
from commons.publishing.absolute_urls import on_request_host


class Sitemap(WagtailSitemap):
    def items(self):
        return (
            visible_pages(model=Page)
            .descendant_of(self.get_wagtail_site().root_page, inclusive=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def get_urls(self, page=1, site=None, protocol=None):
        """Wagtail writes each location from the Site's hostname and port (`http://localhost/…`
        with the default Site): put them on the host the request came to."""
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            url["location"] = on_request_host(url["location"], self.request)
        return urls


SITEMAPS = {"pages": Sitemap}
