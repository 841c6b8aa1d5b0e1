"""In a real browser: conditional questions hide and show live as the person answers (the
script is a convenience; the server decides), with no CSP violation and no axe violation in
the questions."""

import pytest

from evaluation.forms.schema import QuestionType
from evaluation.forms.services import publish
from tests.browser.conftest import (  # noqa: F401 (fixtures)
    AXE_SCRIPT,
    AXE_SOURCE_WRAPPER,
    browser,
    csp_violations,
    page,
    site,
    watch_csp,
)
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.evaluation_forms import block_question, block_section, editable_form

pytestmark = pytest.mark.browser


def questions_axe_violations(tab) -> list[dict]:
    tab.evaluate(AXE_SOURCE_WRAPPER % AXE_SCRIPT.read_text())
    result = tab.evaluate(
        """async () => await axe.run({include: ['.response-fields']}, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })"""
    )
    return [(violation["id"], violation["help"]) for violation in result["violations"]]


def test_conditional_questions_follow_the_answers_live(page, site):  # noqa: F811
    admin = UserFactory(username="admin-formulaires", is_superuser=True, is_staff=True)
    form = editable_form(
        block_section(
            "Votre venue",
            block_question("venu", QuestionType.YES_NO, label="Êtes-vous venu ?"),
            block_question(
                "atelier",
                QuestionType.SINGLE_CHOICE,
                label="Quel atelier ?",
                choices=["bureautique", "demarches"],
                condition=("venu", "equals", "oui"),
            ),
            block_question(
                "demarche",
                label="Quelle démarche ?",
                condition=("atelier", "equals", "demarches"),
            ),
        )
    )
    publish(form=form, user=admin)
    console = watch_csp(page)
    page.goto(site.url + "/admin/login/")
    page.fill("#id_username", admin.username)
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.wait_for_url("**/admin/")

    page.goto(f"{site.url}/admin/formulaires-evaluation/{form.pk}/versions/1/")
    came = page.locator("[data-question='apercu-q_venu']")
    workshop = page.locator("[data-question='apercu-q_atelier']")
    procedure = page.locator("[data-question='apercu-q_demarche']")

    assert came.is_visible()
    assert workshop.is_hidden() and procedure.is_hidden()
    assert page.locator(".condition-note").first.is_hidden()

    came.get_by_label("Oui").check()
    assert workshop.is_visible() and procedure.is_hidden()
    workshop.get_by_label("Demarches").check()
    assert procedure.is_visible()
    came.get_by_label("Non").check()
    assert workshop.is_hidden() and procedure.is_hidden(), "hidden with its source"

    assert questions_axe_violations(page) == []
    assert csp_violations(page, console) == []
