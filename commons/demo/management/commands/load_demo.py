import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from commons.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD, load_demo
from commons.demo.scale import generate_scaled_projects


class Command(BaseCommand):
    help = (
        "Charge les données de démonstration (idempotent : ajoute ce qui manque, "
        "n'écrase rien). --scale N ajoute N fois plus de projets générés, pour les mesures."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=0, help="Facteur de volume (ex. 30).")
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Autorise le chargement quand DEBUG est désactivé (comptes de démonstration !).",
        )
        parser.add_argument(
            "--no-accounts", action="store_true", help="Ne crée pas les comptes de démonstration."
        )

    def handle(self, *args, scale: int, allow_production: bool, no_accounts: bool, **options):
        if not settings.DEBUG and not allow_production and not no_accounts:
            raise CommandError(
                "DEBUG est désactivé : les comptes de démonstration ont un mot de passe public. "
                "Relancez avec --no-accounts, ou --allow-production si c'est voulu."
            )
        started = time.perf_counter()
        report = load_demo(with_accounts=not no_accounts)
        created = ", ".join(f"{count} {kind}" for kind, count in report.created.items())
        self.stdout.write(
            f"Démo : {created or 'déjà à jour'} ({time.perf_counter() - started:.1f} s)."
        )
        if scale > 1:
            started = time.perf_counter()
            count = generate_scaled_projects(scale=scale)
            self.stdout.write(
                f"Volume ×{scale} : {count} projets générés en {time.perf_counter() - started:.1f} s."
            )
        if not no_accounts:
            accounts = ", ".join(f"{a.username} ({a.role})" for a in DEMO_ACCOUNTS)
            self.stdout.write(
                f"Comptes de démonstration, mot de passe « {DEMO_PASSWORD} » : {accounts}."
            )
