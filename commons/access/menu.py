from wagtail.admin.menu import MenuItem

from commons.access.selectors import has_role_for


class RoleMenuItem(MenuItem):
    """An admin menu entry shown to whoever may do `action` somewhere."""

    def __init__(self, action: str, *args, **kwargs):
        self.action = action
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return has_role_for(request.user, self.action)
