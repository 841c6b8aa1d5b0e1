"""`/sitemap.xml`: the pages anyone may read, as ``commons.access.selectors`` decides.

The sitemap is the same for everyone (crawlers are anonymous): live pages under the site's
root without any view restriction; drafts and unpublished revisions never appear.
"""

from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from commons.access.selectors import visible_pages


class Sitemap(WagtailSitemap):
    def items(self):
        return (
            visible_pages(model=Page)
            .descendant_of(self.get_wagtail_site().root_page, inclusive=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


SITEMAPS = {"pages": Sitemap}
