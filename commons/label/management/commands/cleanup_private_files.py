"""``manage.py cleanup_private_files [--delete]``: the private files no answer references any
more (a draft's replaced or deleted evidence), and stored files without a record (an upload
interrupted by a crash). Lists them by default; deletes them with ``--delete``.

Files of published snapshots are always referenced, so never touched. A stored file without
a record is left alone for ``--grace-minutes`` (60 by default): its upload may still be in
progress.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from commons.label.models import EvidenceFile
from commons.publishing.private_files import private_storage

EVIDENCE_ROOT = "label"


def _stored_names(storage, directory: str):
    if not storage.exists(directory):
        return
    directories, files = storage.listdir(directory)
    for name in files:
        yield f"{directory}/{name}"
    for name in directories:
        yield from _stored_names(storage, f"{directory}/{name}")


class Command(BaseCommand):
    help = "Lists (or deletes with --delete) the private files no answer references any more."

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="delete them (default: list)")
        parser.add_argument("--grace-minutes", type=int, default=60)

    def handle(self, *args, delete: bool, grace_minutes: int, **options):
        storage = private_storage()
        verb = "deleted" if delete else "would delete"
        count = 0
        unreferenced = EvidenceFile.objects.filter(answers__isnull=True).order_by("pk")
        for evidence in unreferenced:
            self.stdout.write(f"{verb}: {evidence.file.name} ({evidence.name})")
            count += 1
            if delete:
                with transaction.atomic():
                    name = evidence.file.name
                    evidence.delete()
                    storage.delete(name)
        known = set(EvidenceFile.objects.values_list("file", flat=True))
        older_than = timezone.now() - timedelta(minutes=grace_minutes)
        for name in _stored_names(storage, EVIDENCE_ROOT):
            if name in known or storage.get_modified_time(name) > older_than:
                continue
            self.stdout.write(f"{verb}: {name} (no record)")
            count += 1
            if delete:
                storage.delete(name)
        self.stdout.write(f"{count} file(s) {verb.split()[-1] if not delete else 'deleted'}.")
