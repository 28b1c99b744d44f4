"""Uploaded documents are checked by what they contain, not only by what they are called.

A publication may be a PDF, DOCX, ODT or XLSX file of at most 20 MB. The
extension must name the type the content really is: a renamed executable, an
HTML page called ``report.pdf`` or a spreadsheet called ``.docx`` is refused
with a message in the editor's language.
"""

import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
ALLOWED_EXTENSIONS = ("pdf", "docx", "odt", "xlsx")

_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def detect_document_type(file) -> str | None:
    """``"pdf"``, ``"docx"``, ``"odt"`` or ``"xlsx"`` from the content of ``file``; else ``None``.

    Reads the PDF header, or the ZIP directory of an office document (no member is
    extracted except the few bytes of an OpenDocument ``mimetype`` entry).
    """
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        head = file.read(8)
        if head.startswith(b"%PDF-"):
            return "pdf"
        if not head.startswith(b"PK\x03\x04"):
            return None
        file.seek(0)
        try:
            with zipfile.ZipFile(file) as archive:
                names = set(archive.namelist())
                if "mimetype" in names:
                    with archive.open("mimetype") as member:
                        if member.read(len(_ODT_MIMETYPE) + 1).strip() == _ODT_MIMETYPE:
                            return "odt"
                    return None
                if "[Content_Types].xml" in names and "word/document.xml" in names:
                    return "docx"
                if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
                    return "xlsx"
        except (zipfile.BadZipFile, OSError, EOFError, KeyError):
            return None
        return None
    finally:
        file.seek(position)


def extension_of(name: str) -> str:
    return PurePath(name or "").suffix.lower().lstrip(".")


def validate_document(file) -> None:
    """The model field validator: size, allowed extension, and content matching the extension."""
    if getattr(file, "_committed", False):
        # A stored file the form did not replace: it was checked when it was uploaded.
        return
    size = getattr(file, "size", None) or 0
    if size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            _("The file is %(size)s MB; the limit is 20 MB."),
            code="too_large",
            params={"size": f"{size / 1024 / 1024:.1f}"},
        )
    extension = extension_of(getattr(file, "name", ""))
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            _("Upload a PDF, DOCX, ODT or XLSX file."),
            code="extension",
        )
    detected = detect_document_type(file)
    if detected != extension:
        raise ValidationError(
            _("The file is called .%(extension)s but its content is not a %(type)s document."),
            code="content_mismatch",
            params={"extension": extension, "type": extension.upper()},
        )
