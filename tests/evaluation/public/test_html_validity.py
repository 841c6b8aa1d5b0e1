"""The public questionnaire's pages and the printable QR page are valid HTML (RGAA 8.2), as
the W3C Nu HTML Checker says (skipped without Java or vnu.jar, as tests/publishing's)."""

from pathlib import Path

import pytest

from tests.factories.public_questionnaires import public_link, valid_answers
from tests.publishing.test_html_validity import run_vnu, vnu  # noqa: F401 (fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.html_validator]
SAME_ORIGIN = "http://testserver"


def test_questionnaire_pages_are_valid_html(vnu, client, link, project, project_member, tmp_path):  # noqa: F811
    closed = public_link(project=project, active=False)
    address = f"/questionnaires/{link.token}/"
    responses = {
        "questionnaire": client.get(address),
        "questionnaire-en": client.get(f"/en{address}"),
        "questionnaire-errors": client.post(
            address, valid_answers(q_utilite=""), HTTP_ORIGIN=SAME_ORIGIN
        ),
        "thanks": client.get(f"{address}merci/"),
        "closed": client.get(f"/questionnaires/{closed.token}/"),
        "unknown": client.get("/questionnaires/inconnu/"),
    }
    client.force_login(project_member)
    responses["print"] = client.get(f"/admin/questionnaires-publics/{link.pk}/imprimer/")
    files = []
    for name, response in responses.items():
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(file)
    errors = run_vnu(vnu, files)
    report = [
        f"{Path(error.get('url', '?')).name}:{error.get('lastLine', '?')}: {error['message']}"
        for error in errors
    ]
    assert not errors, "\n".join(report)
