"""Public views outside the page tree: library, downloads, recent changes."""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from commons.access.selectors import visible_pages
from commons.engagement.services import record_hit
from commons.programmes.models import ProjectPage
from commons.programmes.selectors import list_public_programmes
from commons.resources.filters import (
    ChangeFilters,
    LibraryFilters,
    kind_choices,
    licence_choices,
    type_choices,
)
from commons.resources.models import ResourcePage
from commons.resources.recent_changes import changed_pages, recent_changes
from commons.resources.selectors import SORTS, library_items, list_library, resource_files
from commons.taxonomies import TargetPublic, Theme

LIBRARY_PAGE_SIZE = 20

CHANGES_PAGE_SIZE = 30


def download(request, resource_id: int, document_id: int):
    """Counts a download of a file of a published resource, then hands over the file."""
    resource = _published_resource(resource_id, user=request.user)
    files = {link.document.pk: link.document for link in resource_files(resource)}
    if document_id not in files:
        raise Http404(_("Ce fichier n'appartient pas à cette ressource."))
    record_hit(request=request, page=resource, document=files[document_id])
    return HttpResponseRedirect(files[document_id].url)


def _published_resource(resource_id: int, user=None) -> ResourcePage:
    return get_object_or_404(visible_pages(user=user, model=ResourcePage), pk=resource_id)


def library(request):
    filters = LibraryFilters(request.GET, request=request)
    paginator = Paginator(list_library(filters=filters), LIBRARY_PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "resources/resource_library.html",
        {
            "page_title": _("Ressources et leçons apprises"),
            "filters": filters,
            "page_obj": page_obj,
            "items": library_items(list(page_obj.object_list)),
            "type_choices": type_choices(),
            "theme_choices": Theme.choices,
            # "Tous publics" would sit next to the empty "Tous les publics" option: one is enough.
            "public_choices": [
                choice for choice in TargetPublic.choices if choice[0] != TargetPublic.ALL
            ],
            "licence_choices": licence_choices(),
            "sort_choices": SORTS.items(),
            "projects": visible_pages(model=ProjectPage).order_by("title").only("title", "code"),
        },
    )


def changes(request):
    filters = ChangeFilters(request.GET, queryset=changed_pages(), request=request)
    page_obj = Paginator(recent_changes(pages=filters.qs), CHANGES_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return TemplateResponse(
        request,
        "resources/recent_changes.html",
        {
            "page_title": _("Modifications récentes"),
            "filters": filters,
            "page_obj": page_obj,
            "kind_choices": kind_choices(),
            "programmes": list_public_programmes(),
            "projects": visible_pages(model=ProjectPage).order_by("title").only("title", "code"),
        },
    )
