from django.urls import path

from commons.engagement import views

urlpatterns = [
    path(
        "ressources/<int:resource_id>/avis/",
        views.resource_feedback,
        name="commons_resource_feedback",
    ),
    path(
        "ressources/<int:resource_id>/signaler/",
        views.resource_report,
        name="commons_resource_report",
    ),
]
