"""Every upload is checked here, with the rules of its use.

One rule set per use (``UPLOAD_RULES``): the extensions allowed, the size limit (a setting,
in megabytes, read at each check so that it can be changed per environment), and for every
file the same checks, in this order, each with its own French message naming the rule:

1. SVG and HTML (and their cousins) are always refused: a browser would run their scripts;
2. the extension must be one of the use's;
3. the size must be within the use's limit (checked before anything is read);
4. the content, sniffed from its first bytes (magic numbers, ``filetype``), must match the
   extension — an HTML page renamed ``.pdf`` fails here; plain-text formats (txt, csv) must
   decode as UTF-8, contain no NUL byte and not start with HTML, SVG or XML markup.

The file name is then normalised: slugified stem (ASCII, at most ``MAX_STEM_LENGTH``
characters), lower-case extension. ``CheckedFileField(use=…)`` is the form field; it
returns the uploaded file renamed, with ``content_type`` and ``sha256`` attributes set from
what was checked. ``check_upload(file, use=…)`` is the same check for code outside a form.

Kernel module: Django and ``filetype`` only, no domain import.
"""

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import PurePath

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.functional import lazy
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

MAX_STEM_LENGTH = 80
SNIFF_BYTES = 8192
CHUNK_SIZE = 64 * 1024

# Never accepted, whatever the use: their scripts would run in a browser.
ACTIVE_EXTENSIONS = frozenset(
    {"svg", "svgz", "html", "htm", "xhtml", "xht", "shtml", "xml", "xsl", "xslt", "js", "mjs"}
)
TEXT_EXTENSIONS = frozenset({"txt", "csv"})
MARKUP_STARTS = (b"<!doctype", b"<html", b"<svg", b"<?xml", b"<head", b"<body", b"<script")

OFFICE_ZIPS = frozenset({"docx", "xlsx", "pptx", "odt", "ods", "odp"})
# What ``filetype`` may recognise for each extension (office files are zip archives: a
# minimal one may be recognised as a plain zip).
SNIFFED_KINDS: dict[str, frozenset[str]] = {
    "pdf": frozenset({"pdf"}),
    "png": frozenset({"png"}),
    "jpg": frozenset({"jpg"}),
    "jpeg": frozenset({"jpg"}),
    "zip": frozenset({"zip"}) | OFFICE_ZIPS,
    **{extension: frozenset({extension, "zip"}) for extension in OFFICE_ZIPS},
}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "txt": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "zip": "application/zip",
}


@dataclass(frozen=True)
class UploadRule:
    """What one use accepts; the size limit is the setting `max_mb_setting` (megabytes)."""

    use: str
    extensions: tuple[str, ...]
    max_mb_setting: str
    default_max_mb: float

    @property
    def max_bytes(self) -> int:
        return int(float(getattr(settings, self.max_mb_setting, self.default_max_mb)) * 1024**2)


EVIDENCE = "evidence"
UPLOAD_RULES: dict[str, UploadRule] = {
    EVIDENCE: UploadRule(
        use=EVIDENCE,
        extensions=(
            "pdf",
            "png",
            "jpg",
            "jpeg",
            "odt",
            "ods",
            "odp",
            "docx",
            "xlsx",
            "pptx",
            "txt",
            "csv",
            "zip",
        ),
        max_mb_setting="EVIDENCE_MAX_UPLOAD_MB",
        default_max_mb=10,
    ),
}


def normalised_name(name: str) -> str:
    """`Rapport d'activité 2024.PDF` → `rapport-dactivite-2024.pdf`."""
    path = PurePath(PurePath(name or "").name)
    extension = path.suffix.lower().lstrip(".")
    stem = slugify(path.stem)[:MAX_STEM_LENGTH].strip("-_") or "fichier"
    return f"{stem}.{extension}" if extension else stem


def _extension(name: str) -> str:
    return PurePath(name or "").suffix.lower().lstrip(".")


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f}".rstrip("0").rstrip(".")


def _read_head(file) -> bytes:
    file.seek(0)
    head = file.read(SNIFF_BYTES)
    file.seek(0)
    return head


def _is_utf8_text(file) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    file.seek(0)
    try:
        for chunk in file.chunks(CHUNK_SIZE) if hasattr(file, "chunks") else iter(file.read, b""):
            if b"\x00" in chunk:
                return False
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        file.seek(0)
    return True


def _looks_like_markup(head: bytes) -> bool:
    start = head.removeprefix(codecs.BOM_UTF8).lstrip().lower()
    return start.startswith(MARKUP_STARTS)


def _sha256(file) -> str:
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in file.chunks(CHUNK_SIZE) if hasattr(file, "chunks") else iter(file.read, b""):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def check_upload(file, *, use: str):
    """Checks `file` against the rules of `use`; raises a ``ValidationError`` naming the rule
    that failed. Returns the file renamed, with ``content_type`` and ``sha256`` set."""
    rule = UPLOAD_RULES[use]
    extension = _extension(file.name)
    allowed = ", ".join(rule.extensions)
    if extension in ACTIVE_EXTENSIONS:
        raise ValidationError(
            _(
                "Type de fichier refusé : les fichiers SVG, HTML et XML ne sont pas acceptés "
                "(ils peuvent contenir du code). Formats acceptés : %(allowed)s."
            ),
            code="active_content",
            params={"allowed": allowed},
        )
    if extension not in rule.extensions:
        raise ValidationError(
            _("Extension « %(extension)s » non acceptée. Formats acceptés : %(allowed)s."),
            code="extension",
            params={"extension": f".{extension}" if extension else "—", "allowed": allowed},
        )
    if file.size is None or file.size > rule.max_bytes:
        raise ValidationError(
            _("Fichier trop lourd : %(size)s Mo pour une taille maximale de %(max)s Mo."),
            code="size",
            params={"size": _megabytes(file.size or 0), "max": _megabytes(rule.max_bytes)},
        )
    head = _read_head(file)
    if extension in TEXT_EXTENSIONS:
        if _looks_like_markup(head) or not _is_utf8_text(file):
            raise ValidationError(
                _(
                    "Le contenu du fichier ne correspond pas à son extension « .%(extension)s » : "
                    "un fichier texte doit être du texte brut en UTF-8 (ni HTML ni SVG)."
                ),
                code="content",
                params={"extension": extension},
            )
    else:
        kind = filetype.guess(head)
        if kind is None or kind.extension not in SNIFFED_KINDS[extension]:
            raise ValidationError(
                _(
                    "Le contenu du fichier ne correspond pas à son extension « .%(extension)s » "
                    "(contenu reconnu : %(found)s)."
                ),
                code="content",
                params={"extension": extension, "found": kind.mime if kind else _("inconnu")},
            )
    file.name = normalised_name(file.name)
    file.content_type = CONTENT_TYPES[extension]
    file.sha256 = _sha256(file)
    return file


@deconstructible
class UploadValidator:
    """``validators=[UploadValidator("evidence")]`` on a form or model file field."""

    def __init__(self, use: str):
        if use not in UPLOAD_RULES:
            raise ValueError(f"Unknown upload use: {use}")
        self.use = use

    def __call__(self, file) -> None:
        check_upload(file, use=self.use)

    def __eq__(self, other) -> bool:
        return isinstance(other, UploadValidator) and other.use == self.use


def _help_text(use: str) -> str:
    rule = UPLOAD_RULES[use]
    return _("Formats acceptés : %(allowed)s ; %(max)s Mo au plus.") % {
        "allowed": ", ".join(rule.extensions),
        "max": _megabytes(rule.max_bytes),
    }


upload_help_text = lazy(_help_text, str)
"""The rules of `use` in one French sentence, evaluated when shown (language, settings)."""


class CheckedFileField(forms.FileField):
    """A file field checked by the rules of `use`; its help text says them."""

    def __init__(self, *, use: str, **kwargs):
        self.use = use
        rule = UPLOAD_RULES[use]
        kwargs.setdefault("help_text", upload_help_text(use))
        super().__init__(**kwargs)
        self.validators.append(UploadValidator(use))
        self.widget.attrs.setdefault("accept", ",".join(f".{e}" for e in rule.extensions))
