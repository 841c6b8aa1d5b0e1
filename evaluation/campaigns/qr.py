"""QR codes of public questionnaire links, drawn by segno as SVG (a vector: sharp at any
print size, a few kilobytes)."""

import io

import segno

# Error correction level M (15 % of the code may be damaged or dirty) suits a printed sheet
# on a wall; a module of 10 user units and the standard quiet zone of 4 modules.
ERROR_CORRECTION = "m"
MODULE_SIZE = 10
QUIET_ZONE = 4


def qr_svg(url: str, *, title: str) -> bytes:
    """An SVG document of the QR code of `url`, on white (readable on any paper), with a
    `<title>` for screen readers and image viewers."""
    buffer = io.BytesIO()
    segno.make(url, error=ERROR_CORRECTION).save(
        buffer,
        kind="svg",
        scale=MODULE_SIZE,
        border=QUIET_ZONE,
        dark="#000",
        light="#fff",
        title=title,
        xmldecl=True,
    )
    return buffer.getvalue()
