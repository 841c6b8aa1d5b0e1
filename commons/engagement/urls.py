from django.urls import path

from commons.engagement import views
from commons.ids import IdConverter  # noqa: F401 (registers the <id:…> converter)

urlpatterns = [
    path(
        "ressources/<id:resource_id>/avis/",
        views.resource_feedback,
        name="commons_resource_feedback",
    ),
    path(
        "ressources/<id:resource_id>/signaler/",
        views.resource_report,
        name="commons_resource_report",
    ),
]
