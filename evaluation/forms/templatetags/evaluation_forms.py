"""Template tags to read a response as it was answered."""

from django import template

from evaluation.forms.responding import answered_sections as sections_of

register = template.Library()


@register.simple_tag
def answered_sections(response) -> list[dict]:
    """The sections of the response's own version, each question with its answer."""
    return sections_of(version=response.form_version, data=response.data or {})
