from wagtail import hooks

from commons.access.selectors import visible_pages
from commons.programmes.models import PROJECT_PAGE_CONTEXT_HOOK
from commons.resources.models import LessonPage, ResourcePage


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
