from django.urls import path

from commons.label import views

urlpatterns = [
    path("label/preuves/<int:answer_id>/", views.label_evidence, name="commons_label_evidence"),
]
