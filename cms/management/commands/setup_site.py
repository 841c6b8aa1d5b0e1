from django.core.management.base import BaseCommand

from cms.services.site import ensure_site_structure


class Command(BaseCommand):
    help = "Crée la page d'accueil, les rubriques et les rôles globaux (idempotent)."

    def handle(self, *args, **options):
        home = ensure_site_structure()
        self.stdout.write(self.style.SUCCESS(f"Site prêt : page d'accueil « {home.title} »."))
