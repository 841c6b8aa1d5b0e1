"""`/sitemap.xml`: Wagtail's sitemap, its addresses on the request's host."""

from wagtail.contrib.sitemaps import Sitemap

from cms.absolute_urls import on_request_host


class RequestHostSitemap(Sitemap):
    """Wagtail writes each location from the Site's hostname and port (`http://localhost/…`
    with the default Site); the pages listed are those of the request's site, so their
    locations are put on the host the request came to."""

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            url["location"] = on_request_host(url["location"], self.request)
        return urls
