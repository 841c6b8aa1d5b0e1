from commons.publishing.forms import CommonsPageForm

PUBLISHING_ACTIONS = ("action-publish", "action-submit")


class CommonsContentPageForm(CommonsPageForm):
    """Drafts may be incomplete; publishing or submitting for publication may not (the
    change summary starts empty on every edit: `CommonsPageForm`)."""

    def clean(self):
        from commons.resources.publication import publication_errors

        cleaned_data = super().clean()
        if any(action in self.data for action in PUBLISHING_ACTIONS):
            errors = publication_errors(
                summary=cleaned_data.get("summary", ""),
                licence=cleaned_data.get("licence", ""),
                themes=cleaned_data.get("themes"),
                resource_types=cleaned_data.get("resource_types")
                if "resource_types" in self.fields
                else None,
            )
            for field, message in errors.items():
                if field not in self.errors:
                    self.add_error(field, message)
        return cleaned_data
