"""Atom and RSS feeds of new resources and lessons, and of recent changes."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from commons.access.selectors import visible_pages
from commons.licences import Licence
from commons.programmes.models import ProjectPage
from commons.publishing.absolute_urls import page_absolute_url
from commons.resources.filters import ChangeFilters
from commons.resources.models import LessonPage, ResourcePage
from commons.resources.recent_changes import changed_pages, recent_changes
from commons.taxonomies import Theme


class RecentChangesFeed(Feed):
    feed_type = Atom1Feed
    link = "/modifications-recentes/"

    def title(self):
        return _("Modifications récentes")

    def subtitle(self):
        return _("Projets, ressources et leçons apprises publiés ou mis à jour.")

    def get_object(self, request):
        self.request = request
        return ChangeFilters(request.GET, queryset=changed_pages(), request=request)

    def items(self, filters):
        return recent_changes(pages=filters.qs, limit=50)

    def item_title(self, change):
        return change.page.title

    def item_description(self, change):
        return change.change_summary or _("Nouvelle version publiée.")

    def item_link(self, change):
        return change.page.get_url(self.request) or "/"

    def item_guid(self, change):
        return f"{page_absolute_url(change.page, self.request)}#revision-{change.revision_id}"

    item_guid_is_permalink = False

    def item_updateddate(self, change):
        return change.published_at

    def item_author_name(self, change):
        return change.author


class NewContentFeed(Feed):
    """New resources and lessons: all, or per project (?projet=CODE) or theme (?theme=code)."""

    link = "/ressources/"

    def get_object(self, request):
        self.request = request
        project_code, theme = request.GET.get("projet", ""), request.GET.get("theme", "")
        project = (
            visible_pages(model=ProjectPage).filter(code=project_code).first()
            if project_code.isprintable()
            else None
        )
        if project_code and project is None:
            raise Http404(_("Projet inconnu."))
        if theme and theme not in Theme.values:
            raise Http404(_("Thématique inconnue."))
        return {"project": project, "theme": theme}

    def title(self, scope):
        if scope["project"]:
            return _("Nouvelles ressources et leçons : %(title)s") % {
                "title": scope["project"].title
            }
        if scope["theme"]:
            return _("Nouvelles ressources et leçons : %(theme)s") % {
                "theme": Theme(scope["theme"]).label
            }
        return _("Nouvelles ressources et leçons apprises")

    def description(self, scope):
        return _(
            "Les dernières ressources et leçons apprises publiées, sous licence ouverte ou non."
        )

    def items(self, scope):
        items = []
        for model in (ResourcePage, LessonPage):
            pages = visible_pages(model=model)
            if scope["project"]:
                pages = pages.descendant_of(scope["project"])
            if scope["theme"]:
                pages = pages.filter(themes__code=scope["theme"])
            items.extend(pages.order_by("-first_published_at")[:30])
        return sorted(items, key=lambda page: page.first_published_at, reverse=True)[:30]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.summary

    def item_link(self, page):
        return page.get_url(self.request)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_categories(self, page):
        return [str(Licence(page.licence).label)]


class NewContentAtomFeed(NewContentFeed):
    feed_type = Atom1Feed

    def subtitle(self, scope):
        return self.description(scope)


class NewContentRssFeed(NewContentFeed):
    feed_type = Rss201rev2Feed
