"""Who may do what with evaluation forms in Wagtail's admin: the snippet views ask this
policy, which asks ``evaluation.forms.selectors`` (so ``commons.access`` decides)."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from commons.access.models import Role
from commons.access.selectors import ROLE_ACTIONS, Action, has_role_for
from evaluation.forms.selectors import editable_forms, in_use, may_edit_form


class EvaluationFormPermissionPolicy(BasePermissionPolicy):
    """Programme teams build the forms of their programmes; superusers every form. A form
    that was published, or that a campaign or public link uses, is never deleted (its
    versions and answers stay readable)."""

    def user_has_permission(self, user, action):
        return bool(user.is_active and has_role_for(user, Action.RUN_EVALUATION))

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def user_has_permission_for_instance(self, user, action, instance):
        if not may_edit_form(user=user, form=instance):
            return False
        return action != "delete" or not in_use(instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return editable_forms(user=user)

    def users_with_any_permission(self, actions):
        roles = [
            role for role in Role.values if Action.RUN_EVALUATION in ROLE_ACTIONS.get(role, ())
        ]
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | Q(groups__team__role__in=roles))
            .distinct()
        )
