"""What the browser sends to Wagtail's admin, for tests that drive it over HTTP."""

from django.urls import reverse

INLINE_RELATIONS = ("partners", "objectives", "milestones", "workstreams", "accompaniment_needs")


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def project_edit_data(page, **changes) -> dict:
    """The project edit form as the browser sends it, with the page's current values."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "code": page.code,
        "summary": page.summary,
        "context": '{"blocks": [], "entityMap": {}}',
        "phase": page.phase,
        "maturity": page.maturity,
        "lead_organisation": page.lead_organisation_id or "",
    }
    for relation in INLINE_RELATIONS:
        data.update(
            {
                f"{relation}-TOTAL_FORMS": 0,
                f"{relation}-INITIAL_FORMS": 0,
                f"{relation}-MIN_NUM_FORMS": 0,
                f"{relation}-MAX_NUM_FORMS": 1000,
            }
        )
    data.update(changes)
    return data
