"""Public history: only revisions that were published, never drafts."""

import difflib
import re
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.fields import StreamValue
from wagtail.models import PageLogEntry

PUBLISH_ACTION = "wagtail.publish"


class UnknownRevision(Exception):
    """Not a published revision of this page."""


@dataclass(frozen=True)
class PublishedRevision:
    """A published version; its author wrote it (the publisher may be a moderator)."""

    revision_id: int
    published_at: object
    author: str
    change_summary: str


def author_display_name(user) -> str:
    """A first name and an initial, never a username or an e-mail address."""
    if user is None:
        return _("Équipe de la plateforme")
    first, last = (user.first_name or "").strip(), (user.last_name or "").strip()
    if first:
        return f"{first} {last[:1]}." if last else first
    return _("Contributeur ou contributrice")


def _publish_entries(page) -> QuerySet:
    return (
        PageLogEntry.objects.filter(page_id=page.pk, action=PUBLISH_ACTION, revision__isnull=False)
        .select_related("revision__user", "user")
        .order_by("-timestamp", "-pk")
    )


def published_revisions(*, page) -> list[PublishedRevision]:
    seen, revisions = set(), []
    for entry in _publish_entries(page):
        if entry.revision_id in seen:
            continue
        seen.add(entry.revision_id)
        revisions.append(
            PublishedRevision(
                revision_id=entry.revision_id,
                published_at=entry.timestamp,
                author=author_display_name(entry.revision.user or entry.user),
                change_summary=(entry.revision.content or {}).get("change_summary", ""),
            )
        )
    return revisions


@dataclass(frozen=True)
class DiffSegment:
    operation: str  # "equal", "insert" or "delete"
    text: str


@dataclass(frozen=True)
class FieldDiff:
    label: str
    changed: bool
    segments: list[DiffSegment]


@dataclass(frozen=True)
class RevisionComparison:
    older: PublishedRevision
    newer: PublishedRevision
    fields: list[FieldDiff]

    @property
    def changed_fields(self) -> list[FieldDiff]:
        return [field for field in self.fields if field.changed]


def _block_texts(field, value: StreamValue) -> list[str]:
    """One text per block, so that a block left unchanged compares equal to itself."""
    texts = []
    for block in value:
        content = block.block.get_searchable_content(block.value)
        texts.append(" ".join(strip_tags(str(part)) for part in content if part))
    return texts


def _field_text(page, name: str) -> str:
    value = getattr(page, name)
    field = page._meta.get_field(name)
    if field.choices:
        return str(getattr(page, f"get_{name}_display")())
    if isinstance(value, StreamValue):
        return "\n".join(_block_texts(field, value))
    return strip_tags(str(value or ""))


def _tokens(text: str) -> list[str]:
    return re.findall(r"\S+\s*", text)


def word_diff(old: str, new: str) -> list[DiffSegment]:
    """Word by word; words are compared without the spaces or line breaks that follow them
    (a block that moves to the end of the field is not a change of its last word)."""
    old_words, new_words = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(
        a=[word.strip() for word in old_words],
        b=[word.strip() for word in new_words],
        autojunk=False,
    )
    segments = []
    for operation, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if operation == "equal":
            segments.append(DiffSegment("equal", "".join(new_words[b_start:b_end])))
            continue
        if a_end > a_start:
            segments.append(DiffSegment("delete", "".join(old_words[a_start:a_end])))
        if b_end > b_start:
            segments.append(DiffSegment("insert", "".join(new_words[b_start:b_end])))
    return segments


def compare_published_revisions(*, page, older_id: str, newer_id: str) -> RevisionComparison:
    published = {revision.revision_id: revision for revision in published_revisions(page=page)}
    try:
        older, newer = published[int(older_id)], published[int(newer_id)]
    except (KeyError, ValueError) as error:
        raise UnknownRevision(_("Cette version n'a pas été publiée.")) from error
    if older.published_at > newer.published_at:
        older, newer = newer, older
    revisions = {
        entry.revision_id: entry.revision
        for entry in _publish_entries(page).filter(
            revision_id__in=[older.revision_id, newer.revision_id]
        )
    }
    old_page = revisions[older.revision_id].as_object()
    new_page = revisions[newer.revision_id].as_object()
    fields = []
    for name, label in page.history_fields:
        old_text, new_text = _field_text(old_page, name), _field_text(new_page, name)
        fields.append(
            FieldDiff(
                label=str(label),
                changed=old_text != new_text,
                segments=word_diff(old_text, new_text),
            )
        )
    return RevisionComparison(older=older, newer=newer, fields=fields)
