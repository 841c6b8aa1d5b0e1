"""Public views outside the page tree: library, downloads, feedback, recent changes, feeds."""

from django.contrib import messages
from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from commons.forms import FeedbackForm, ReportForm
from commons.licences import Licence
from commons.models import LessonPage, ProjectPage, RequirementAssessment, ResourcePage
from commons.selectors.programmes import list_public_programmes
from commons.selectors.recent_changes import ChangeFilters, recent_changes
from commons.selectors.resources import (
    LESSON_KIND,
    OPEN_FILTER,
    SORTS,
    LibraryFilters,
    library_items,
    list_library,
    resource_files,
)
from commons.selectors.visibility import public_pages
from commons.services.feedback import RateLimited, submit_feedback, submit_report
from commons.services.usage import record_hit
from commons.taxonomies import AssessmentState, ResourceType, TargetPublic, Theme

LIBRARY_PAGE_SIZE = 20
CHANGES_PAGE_SIZE = 30


def download(request, resource_id: int, document_id: int):
    """Counts a download of a file of a published resource, then hands over the file."""
    resource = _published_resource(resource_id)
    files = {link.document.pk: link.document for link in resource_files(resource)}
    if document_id not in files:
        raise Http404(_("Ce fichier n'appartient pas à cette ressource."))
    record_hit(request=request, page=resource, document=files[document_id])
    return HttpResponseRedirect(files[document_id].url)


def label_evidence(request, answer_id: int):
    """A document proving a requirement of a published self-assessment of a public project."""
    answer = get_object_or_404(
        RequirementAssessment.objects.select_related("evidence_document", "assessment"),
        pk=answer_id,
        assessment__state=AssessmentState.PUBLISHED,
        assessment__project__in=public_pages(ProjectPage),
        evidence_document__isnull=False,
    )
    document = answer.evidence_document
    return FileResponse(document.file.open("rb"), as_attachment=True, filename=document.filename)


def _serve_with_form(request, resource: ResourcePage, **forms):
    """The resource page again, showing the submitted form with its errors and what was typed."""
    response = resource.serve(request)
    response.context_data.update(forms)
    return response


def _public_post(
    request, resource: ResourcePage, *, form, form_name: str, submit, thanks: str, anchor: str
):
    """Validates a public form, drops spam silently, enforces the rate limit, and either
    redirects with thanks or shows the page again with the errors and what was typed."""
    if form.is_valid():
        if not form.is_spam():
            try:
                submit(**form.cleaned_data)
            except RateLimited:
                form.add_error(
                    None,
                    _("Trop d'envois depuis votre connexion : réessayez dans quelques minutes."),
                )
                return _serve_with_form(request, resource, **{form_name: form})
        messages.success(request, thanks)
        return HttpResponseRedirect(f"{resource.url}#{anchor}")
    return _serve_with_form(request, resource, **{form_name: form})


def _published_resource(resource_id: int) -> ResourcePage:
    return get_object_or_404(public_pages(ResourcePage), pk=resource_id)


# Anonymous posts carry no privilege to forge: exempting them from CSRF keeps public pages
# free of any cookie. Spam is stopped by the honeypot and the rate limit.
@csrf_exempt
@require_POST
def resource_feedback(request, resource_id: int):
    resource = _published_resource(resource_id)
    return _public_post(
        request,
        resource,
        form=FeedbackForm(request.POST),
        form_name="feedback_form",
        submit=lambda rating, comment, **_fields: submit_feedback(
            request=request, resource=resource, rating=rating, comment=comment
        ),
        thanks=_("Merci pour votre avis ! Votre commentaire sera publié après relecture."),
        anchor="avis",
    )


@csrf_exempt
@require_POST
def resource_report(request, resource_id: int):
    resource = _published_resource(resource_id)
    return _public_post(
        request,
        resource,
        form=ReportForm(request.POST),
        form_name="report_form",
        submit=lambda reason, details, **_fields: submit_report(
            request=request, resource=resource, reason=reason, details=details
        ),
        thanks=_("Merci : votre signalement a été transmis à l'équipe du programme."),
        anchor="signaler",
    )


def library(request):
    filters = LibraryFilters.from_query(request.GET)
    paginator = Paginator(list_library(filters=filters), LIBRARY_PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "commons/resource_library.html",
        {
            "page_title": _("Ressources et leçons apprises"),
            "filters": filters,
            "page_obj": page_obj,
            "items": library_items(list(page_obj.object_list)),
            "type_choices": [*ResourceType.choices, (LESSON_KIND, _("Leçon apprise"))],
            "theme_choices": Theme.choices,
            "public_choices": TargetPublic.choices,
            "licence_choices": [(OPEN_FILTER, _("Toutes les licences ouvertes")), *Licence.choices],
            "sort_choices": SORTS.items(),
            "projects": public_pages(ProjectPage).order_by("title").only("title", "code"),
        },
    )


def changes(request):
    filters = ChangeFilters.from_query(request.GET)
    page_obj = Paginator(recent_changes(filters=filters), CHANGES_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return TemplateResponse(
        request,
        "commons/recent_changes.html",
        {
            "page_title": _("Modifications récentes"),
            "filters": filters,
            "page_obj": page_obj,
            "kind_choices": [
                ("projet", _("Projets")),
                ("ressource", _("Ressources")),
                ("lecon", _("Leçons apprises")),
            ],
            "programmes": list_public_programmes(),
            "projects": public_pages(ProjectPage).order_by("title").only("title", "code"),
        },
    )


class RecentChangesFeed(Feed):
    feed_type = Atom1Feed
    link = "/modifications-recentes/"

    def title(self):
        return _("Modifications récentes")

    def subtitle(self):
        return _("Projets, ressources et leçons apprises publiés ou mis à jour.")

    def get_object(self, request):
        self.request = request
        return ChangeFilters.from_query(request.GET)

    def items(self, filters):
        return recent_changes(filters=filters, limit=50)

    def item_title(self, change):
        return change.page.title

    def item_description(self, change):
        return change.change_summary or _("Nouvelle version publiée.")

    def item_link(self, change):
        return change.page.get_url(self.request) or "/"

    def item_guid(self, change):
        return f"{change.page.get_full_url(self.request)}#revision-{change.revision_id}"

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
            public_pages(ProjectPage).filter(code=project_code).first() if project_code else None
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
            pages = public_pages(model)
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
