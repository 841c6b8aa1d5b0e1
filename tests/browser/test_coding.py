"""In a real browser: the programme team selects a passage of an interview's notes (the script
fills the passage and which occurrence it is), codes it, and sees it marked; a passage not in
the answer is refused beside its field. axe-core at zero and no CSP violation on each state."""

from commons.programmes.models import ProjectPage
from evaluation.coding.models import Excerpt
from tests.browser.conftest import axe_violations, csp_violations, watch_csp
from tests.browser.test_label import log_in
from tests.factories.coding import long_text_answer
from tests.factories.evaluation import CodeFactory

NOTES = (
    "Au début, elle n'osait pas.\n"
    "Après trois ateliers, elle prend rendez-vous seule.\n"
    "Sa fille dit : « elle prend rendez-vous seule, maintenant »."
)
PASSAGE = "elle prend rendez-vous seule"

# Wagtail's messages (« Extrait codé. ») fade and slide in: axe reads their contrast once done.
MESSAGES_SHOWN = """(element) => Promise.all(
    element.getAnimations({subtree: true}).map((animation) => animation.finished))"""
SELECT_SECOND_OCCURRENCE = """(passage) => {
    const text = document.getElementById('texte-reponse');
    const node = text.firstChild;
    const start = node.textContent.lastIndexOf(passage);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + passage.length);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
}"""


def test_programme_team_selects_codes_and_sees_a_passage_marked(page, site):
    project = ProjectPage.objects.get(code="TRANSISTOR-01")
    answer = long_text_answer(project, NOTES)
    code = CodeFactory(programme=project.get_parent().specific, theme="Autonomie", label="Ose")
    console = watch_csp(page)
    log_in(page, site, "equipe-transistor")

    page.goto(f"{site.url}/admin/codage/reponses/{answer.pk}/")
    assert page.get_by_role("heading", name="Coder un passage").is_visible()
    assert axe_violations(page) == []

    page.evaluate(SELECT_SECOND_OCCURRENCE, PASSAGE)
    passage = page.get_by_label("Passage à coder")
    page.wait_for_function(
        "(expected) => document.getElementById('id_passage').value === expected", arg=PASSAGE
    )
    assert page.get_by_label("Occurrence n°").input_value() == "2"
    assert "repris dans ce champ" in page.locator("#selection-statut").inner_text()

    page.get_by_label("Ose").check()
    page.get_by_role("button", name="Coder ce passage").click()
    page.wait_for_url(f"**/admin/codage/reponses/{answer.pk}/#extraits")
    excerpt = Excerpt.objects.get(answer=answer)
    assert excerpt.start == NOTES.rindex(PASSAGE)
    assert list(excerpt.codes.all()) == [code]
    assert page.locator("#texte-reponse mark").inner_text() == PASSAGE
    page.locator(".messages").evaluate(MESSAGES_SHOWN)
    assert axe_violations(page) == []

    passage.fill("elle a trouvé un emploi")
    page.get_by_label("Ose").check()
    page.get_by_role("button", name="Coder ce passage").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").filter(has_text="1 erreur à corriger").is_visible()
    assert passage.input_value() == "elle a trouvé un emploi"
    assert "Ce passage ne figure pas" in page.locator("#id_passage-error").inner_text()
    page.locator(".messages").evaluate(MESSAGES_SHOWN)
    assert axe_violations(page) == []
    assert Excerpt.objects.filter(answer=answer).count() == 1
    assert csp_violations(page, console) == []
