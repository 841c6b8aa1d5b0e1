"""Admin: evaluation forms built by programme teams (sections and questions, preview as the
respondent sees it, publication of immutable versions and a read-only view of each)."""

from django.core.exceptions import PermissionDenied
from django.db.models import Max
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views

from commons.ids import IdConverter, parse_id  # noqa: F401 (registers the <id:…> converter)
from evaluation.forms import views
from evaluation.forms.admin_forms import EvaluationFormAdminForm
from evaluation.forms.models import EvaluationForm
from evaluation.forms.permissions import EvaluationFormPermissionPolicy
from evaluation.forms.selectors import editable_forms

register_permission_policy(EvaluationForm, EvaluationFormPermissionPolicy(EvaluationForm))


class InstancePermissionMixin:
    """Wagtail's generic views check the model-wide permission only: each form is checked
    against the policy here (another programme's form is 403, never editable)."""

    instance_permission = "change"

    def get_object(self, *args, **kwargs):
        form = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.instance_permission, form
        ):
            raise PermissionDenied
        return form


def versions_url(form) -> str:
    return reverse(views.VERSIONS_URL_NAME, kwargs={"form_id": form.pk})


class EditView(InstancePermissionMixin, snippet_views.EditView):
    @property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(
                _("Versions publiées"), url=versions_url(self.object), icon_name="list-ul"
            ),
        ]


class DeleteView(InstancePermissionMixin, snippet_views.DeleteView):
    instance_permission = "delete"


class UsageView(InstancePermissionMixin, snippet_views.UsageView):
    pass


class HistoryView(InstancePermissionMixin, snippet_views.HistoryView):
    pass


class IndexView(snippet_views.IndexView):
    def get_list_buttons(self, instance):
        return [
            *super().get_list_buttons(instance),
            ListingButton(_("Versions publiées"), url=versions_url(instance), icon_name="list-ul"),
        ]


# Wagtail's snippet chooser opens to anyone who may use the admin, and would list and return
# every programme's forms: it offers only the forms the person builds.
class ChooseView(chooser_views.ChooseView):
    def get_object_list(self):
        return editable_forms(user=self.request.user)


class ChooseResultsView(chooser_views.ChooseResultsView):
    def get_object_list(self):
        return editable_forms(user=self.request.user)


class ChosenView(chooser_views.SnippetChosenView):
    def get_object(self, pk):
        # what is not an id is none of them (a 404), never a query error
        return editable_forms(user=self.request.user).get(pk=parse_id(pk))


class ChosenMultipleView(chooser_views.SnippetChosenMultipleView):
    def get_objects(self, pks):
        ids = [pk for pk in map(parse_id, pks) if pk is not None]
        return editable_forms(user=self.request.user).filter(pk__in=ids)


class CreateView(chooser_views.SnippetCreateView):
    """Forms are built in their own editor, never from the chooser (which has no creation
    form: a post there would fail)."""

    def can_create(self):
        return False


class EvaluationFormChooserViewSet(chooser_views.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView


def latest_version_label(form) -> str:
    number = form.latest_version_number
    return gettext("v%(number)s") % {"number": number} if number else gettext("aucune")


class EvaluationFormViewSet(snippet_views.SnippetViewSet):
    model = EvaluationForm
    icon = "doc-full"
    menu_label = _("Formulaires d'évaluation")
    menu_name = "evaluation-forms"
    add_to_admin_menu = True
    menu_order = 270
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = IndexView
    edit_view_class = EditView
    delete_view_class = DeleteView
    usage_view_class = UsageView
    history_view_class = HistoryView
    chooser_viewset_class = EvaluationFormChooserViewSet
    list_display = [
        "name",
        "programme",
        "moment",
        Column("latest_version", label=_("dernière version"), accessor=latest_version_label),
        "updated_at",
    ]
    list_filter = ["moment"]
    search_fields = ["name"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("moment"),
            FieldPanel("programme"),
            FieldPanel("introduction"),
            MultiFieldPanel(
                [FieldPanel("data_notice"), FieldPanel("personal_data_purpose")],
                heading=_("Données des personnes qui répondent"),
            ),
            FieldPanel("definition"),
        ],
        base_form_class=EvaluationFormAdminForm,
    )

    def get_queryset(self, request):
        """A programme team lists the forms of its programmes only."""
        return (
            editable_forms(user=request.user)
            .select_related("programme")
            .annotate(latest_version_number=Max("versions__number"))
        )


register_snippet(EvaluationFormViewSet)


@hooks.register("register_admin_urls")
def register_version_urls():
    return [
        path(
            "formulaires-evaluation/<id:form_id>/versions/",
            views.versions_view,
            name=views.VERSIONS_URL_NAME,
        ),
        path(
            "formulaires-evaluation/<id:form_id>/versions/<int:number>/",
            views.version_view,
            name="evaluation_forms_version",
        ),
    ]
