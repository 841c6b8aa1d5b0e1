from django.utils.translation import gettext_lazy as _

from commons.access.selectors import Action, can
from commons.publishing.forms import CommonsPageForm

# What the programme decides about a project: its team sees them, only the programme team
# (or a superuser) changes them.
PROGRAMME_DECIDES = ("code", "phase", "funding_granted")


class ProjectPageForm(CommonsPageForm):
    """Offers only the waves of the project's own programme; the code, phase and granted
    amount are read-only for whoever does not manage that programme (a disabled field keeps
    its initial value whatever is posted)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        programme = self.parent_page.specific if self.parent_page else None
        if programme is not None and not can(self.for_user, Action.MANAGE, programme):
            for name in PROGRAMME_DECIDES:
                if name in self.fields:
                    field = self.fields[name]
                    field.disabled = True
                    field.help_text = _("Fixé par l'équipe du programme.")
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
