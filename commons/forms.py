from django.utils.translation import gettext_lazy as _

from cms.forms import CommonsPageForm


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
