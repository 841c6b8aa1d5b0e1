from django.urls import path

from commons.ids import IdConverter  # noqa: F401 (registers the <id:…> converter)
from commons.label import views

urlpatterns = [
    path("label/preuves/<id:answer_id>/", views.label_evidence, name="commons_label_evidence"),
]
