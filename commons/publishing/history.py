from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class PublicHistoryMixin(RoutablePageMixin):
    """`historique/`: the published revisions of a page and a diff between any two of them."""

    # (field name, label) compared between revisions, in the order shown.
    history_fields: tuple[tuple[str, str], ...] = ()

    @path("historique/", name="history")
    def history_view(self, request):
        from commons.publishing.selectors import published_revisions

        return TemplateResponse(
            request,
            "publishing/history.html",
            {
                "page": self,
                "revisions": published_revisions(page=self),
                "page_title": _("Historique : %(title)s") % {"title": self.title},
            },
        )

    @path("historique/comparer/", name="history_diff")
    def history_diff_view(self, request):
        from commons.publishing.selectors import UnknownRevision, compare_published_revisions

        try:
            comparison = compare_published_revisions(
                page=self,
                older_id=request.GET.get("de", ""),
                newer_id=request.GET.get("a", ""),
            )
        except UnknownRevision as error:
            raise Http404(str(error)) from error
        return TemplateResponse(
            request,
            "publishing/history_diff.html",
            {
                "page": self,
                "comparison": comparison,
                "page_title": _("Modifications : %(title)s") % {"title": self.title},
            },
        )


class DraftHidesSubtreeMixin:
    """A page that is not live hides its whole subtree from public routing: Wagtail would
    otherwise serve a live resource under a draft project, whose breadcrumb shows the draft."""

    def route(self, request, path_components):
        if path_components and not self.live:
            raise Http404
        return super().route(request, path_components)
