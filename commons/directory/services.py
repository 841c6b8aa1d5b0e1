from commons.directory.models import TERM_MODELS


def sync_taxonomy_terms() -> None:
    """Makes each term table hold exactly its TextChoices codes (they are seeded by migration
    too; this restores them after a flush, e.g. in transactional tests)."""
    for model in TERM_MODELS:
        for position, code in enumerate(model.codes.values):
            model.objects.update_or_create(code=code, defaults={"position": position})
