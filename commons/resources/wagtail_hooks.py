from django.http import Http404
from django.utils.translation import gettext as _
from wagtail import hooks

from commons.access.selectors import can_read_document, visible_pages
from commons.programmes.models import PROJECT_PAGE_CONTEXT_HOOK
from commons.resources.models import LessonPage, ResourcePage
from commons.resources.selectors import pages_using_document


@hooks.register(PROJECT_PAGE_CONTEXT_HOOK)
def project_resources_and_lessons(*, project, request) -> dict:
    """A project page lists its published resources and lessons (two queries)."""
    return {
        "resources": list(
            visible_pages(user=request.user, model=ResourcePage).child_of(project).order_by("title")
        ),
        "lessons": list(
            visible_pages(user=request.user, model=LessonPage).child_of(project).order_by("title")
        ),
    }


@hooks.register("before_serve_document")
def serve_documents_to_their_readers(document, request):
    """`/documents/<id>/<name>` (and so `/telecharger/…`, which redirects there): a file of a
    visible live resource is public; a file only used by a draft (or by unpublished changes)
    reaches only those who may edit that resource. Not found for everyone else, so that a
    draft's file does not even show it exists."""
    live_page_ids, page_ids = pages_using_document(document)
    if not can_read_document(
        user=request.user, document=document, live_page_ids=live_page_ids, page_ids=page_ids
    ):
        raise Http404(_("Ce document n'existe pas ou n'est pas public."))
