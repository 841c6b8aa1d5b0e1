"""Every upload is checked in one place (commons.publishing.uploads): extension per use,
content sniffed to match, size limit, SVG and HTML refused, names normalised; each error
names the rule that failed, in French."""

import io
import zipfile

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from PIL import Image

from commons.publishing.uploads import (
    EVIDENCE,
    CheckedFileField,
    UploadValidator,
    check_upload,
    normalised_name,
)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>'


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def refused(name: str, content: bytes, use: str = EVIDENCE) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        check_upload(SimpleUploadedFile(name, content), use=use)
    return raised.value


def message(error: ValidationError) -> str:
    return " ".join(error.messages)


# --------------------------------------------------------------------------- refused
def test_svg_is_refused_and_the_message_names_the_rule():
    error = refused("evil.svg", SVG)
    assert error.code == "active_content"
    assert "SVG, HTML et XML ne sont pas acceptés" in message(error)
    assert "pdf, png" in message(error), "the accepted formats are listed"


def test_html_is_refused_and_the_message_names_the_rule():
    error = refused("evil.html", HTML)
    assert error.code == "active_content"
    assert "Type de fichier refusé" in message(error)


def test_html_renamed_pdf_is_caught_by_sniffing():
    error = refused("evil.pdf", HTML)
    assert error.code == "content"
    assert "ne correspond pas à son extension « .pdf »" in message(error)


def test_an_extension_outside_the_use_is_refused():
    error = refused("outil.exe", b"MZ\x90\x00")
    assert error.code == "extension"
    assert "Extension « .exe » non acceptée" in message(error)
    assert refused("sans-extension", PDF).code == "extension"


def test_a_50_mb_file_is_refused_before_being_read(tmp_path):
    upload = TemporaryUploadedFile("rapport.pdf", "application/pdf", 0, None)
    upload.write(PDF)
    upload.truncate(50 * 1024 * 1024)  # sparse: 50 MB on disk without writing them
    upload.size = 50 * 1024 * 1024
    with pytest.raises(ValidationError) as raised:
        check_upload(upload, use=EVIDENCE)
    assert raised.value.code == "size"
    assert message(raised.value) == (
        "Fichier trop lourd : 50 Mo pour une taille maximale de 10 Mo."
    )
    upload.close()


def test_the_size_limit_is_a_setting(settings):
    settings.EVIDENCE_MAX_UPLOAD_MB = 0.00005  # about 52 bytes
    assert refused("rapport.pdf", PDF).code == "size"
    settings.EVIDENCE_MAX_UPLOAD_MB = 1
    check_upload(SimpleUploadedFile("rapport.pdf", PDF), use=EVIDENCE)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", b"texte\x00binaire"),
        ("notes.txt", "Déclaration".encode("latin-1")),
        ("notes.txt", HTML),
        ("table.csv", b"\xef\xbb\xbf<svg onload=alert(1)>"),
        ("image.png", PDF),
        ("tableur.xlsx", PDF),
        ("archive.zip", HTML),
    ],
)
def test_content_that_does_not_match_its_extension_is_refused(name, content):
    error = refused(name, content)
    assert error.code == "content"
    assert "ne correspond pas à son extension" in message(error)


# --------------------------------------------------------------------------- accepted
@pytest.mark.parametrize(
    ("name", "content", "content_type", "stored_name"),
    [
        ("Rapport d'activité.PDF", PDF, "application/pdf", "rapport-dactivite.pdf"),
        ("Capture écran.png", None, "image/png", "capture-ecran.png"),
        ("Registre.docx", None, "application/vnd.openxmlformats", "registre.docx"),
        ("données.csv", "nom;valeur\nété;2\n".encode(), "text/csv", "donnees.csv"),
        ("notes.txt", "Procédure écrite.\n".encode(), "text/plain", "notes.txt"),
    ],
)
def test_valid_files_are_accepted_renamed_and_fingerprinted(
    name, content, content_type, stored_name
):
    if content is None:
        content = png_bytes() if name.endswith(".png") else docx_bytes()
    checked = check_upload(SimpleUploadedFile(name, content), use=EVIDENCE)
    assert checked.name == stored_name
    assert checked.content_type.startswith(content_type)
    assert len(checked.sha256) == 64
    assert checked.read() == content, "the file is rewound"


def test_names_are_normalised():
    assert normalised_name("../../etc/Mot de passe.TXT") == "mot-de-passe.txt"
    assert normalised_name("!!!.pdf") == "fichier.pdf"
    assert normalised_name("evil.html.pdf") == "evilhtml.pdf"
    long = normalised_name("a" * 300 + ".pdf")
    assert long == "a" * 80 + ".pdf"


# --------------------------------------------------------------------------- the form field
class EvidenceForm(forms.Form):
    title = forms.CharField()
    evidence = CheckedFileField(use=EVIDENCE, required=False)


def test_the_form_field_puts_the_rule_on_the_field_and_keeps_the_rest():
    form = EvidenceForm({"title": "Mon titre"}, {"evidence": SimpleUploadedFile("evil.pdf", HTML)})
    assert not form.is_valid()
    assert list(form.errors) == ["evidence"]
    assert "ne correspond pas à son extension « .pdf »" in form.errors["evidence"][0]
    assert form["title"].value() == "Mon titre"


def test_the_form_field_says_its_rules_and_accepts_a_valid_file(settings):
    settings.EVIDENCE_MAX_UPLOAD_MB = 4
    field = EvidenceForm().fields["evidence"]
    assert "pdf, png, jpg" in str(field.help_text) and "4 Mo au plus" in str(field.help_text)
    assert ".pdf" in field.widget.attrs["accept"]
    form = EvidenceForm({"title": "t"}, {"evidence": SimpleUploadedFile("Preuve.PDF", PDF)})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["evidence"].name == "preuve.pdf"


def test_the_validator_is_reusable_and_knows_its_uses():
    assert UploadValidator(EVIDENCE) == UploadValidator(EVIDENCE)
    with pytest.raises(ValueError):
        UploadValidator("inconnu")
