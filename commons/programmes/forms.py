from django.utils.translation import gettext_lazy as _

from commons.publishing.forms import CommonsPageForm


class ProjectPageForm(CommonsPageForm):
    """Offers only the waves of the project's own programme."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        programme = self.parent_page.specific if self.parent_page else None
        if "wave" in self.fields and programme is not None:
            self.fields["wave"].queryset = self.fields["wave"].queryset.filter(
                programme_id=programme.pk
            )
            self.fields["wave"].help_text = _("Vagues du programme « %(title)s ».") % {
                "title": programme.title
            }


class ProgrammePageForm(CommonsPageForm):
    """Only the programme's own projects can be made trusted."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "trusted_projects" in self.fields:
            projects = self.fields["trusted_projects"].queryset
            self.fields["trusted_projects"].queryset = (
                projects.child_of(self.instance) if self.instance.pk else projects.none()
            )
