"""The demo's label loader (commons.demo.label), run on projects built here rather than on
the demo dataset: progression for every assessed project, one granted label and one request
awaiting completion, idempotent."""

import pytest

from commons.demo.label import GRANTED_PROJECT, TO_COMPLETE_PROJECT, load_label_demo
from commons.demo.loader import DemoReport
from commons.label.models import LabelAssessment, LabelRequest
from commons.label.selectors import project_progression
from commons.taxonomies import LabelRequestState, ProjectPhase
from tests.factories.pages import ProjectPageFactory

pytestmark = pytest.mark.django_db


def test_demo_label_has_progression_a_granted_label_and_a_request_to_complete(programme):
    assessed = [
        ProjectPageFactory(parent=programme, code=GRANTED_PROJECT, phase=ProjectPhase.COMPLETED),
        ProjectPageFactory(parent=programme, code=TO_COMPLETE_PROJECT),
        ProjectPageFactory(parent=programme, phase=ProjectPhase.DIAGNOSTIC),
    ]
    candidate = ProjectPageFactory(parent=programme, phase=ProjectPhase.APPLICATION)
    draft = ProjectPageFactory(parent=programme, live=False)

    load_label_demo(DemoReport())

    for project in assessed:
        assert len(project_progression(project=project).snapshots) >= 2, project.code
    assert not candidate.label_assessments.exists() and not draft.label_assessments.exists()
    granted = LabelRequest.objects.get(state=LabelRequestState.GRANTED)
    assert granted.project.code == GRANTED_PROJECT and granted.granted_level >= 1
    to_complete = LabelRequest.objects.get(state=LabelRequestState.TO_COMPLETE)
    assert to_complete.project.code == TO_COMPLETE_PROJECT
    assert to_complete.comments.count() >= 1

    before = (LabelAssessment.objects.count(), LabelRequest.objects.count())
    load_label_demo(DemoReport())
    assert (LabelAssessment.objects.count(), LabelRequest.objects.count()) == before
