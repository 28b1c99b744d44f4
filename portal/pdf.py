"""A tiny PDF writer for demo documents: one A4 page of Helvetica text, no dependency.

Good enough for the demo publications (title, subtitle, a few paragraphs);
not a general PDF library. Text is encoded in WinAnsi (Latin-1 range).
"""

import textwrap


def _escape(text: str) -> str:
    text = text.encode("cp1252", errors="replace").decode("latin-1")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(*, title: str, subtitle: str = "", paragraphs: list[str] = ()) -> bytes:
    """A valid one-page PDF 1.4 with ``title`` in large type and wrapped ``paragraphs``."""
    lines = [("F2", 20, title)]
    if subtitle:
        lines.append(("F1", 12, subtitle))
    lines.append(("F1", 11, ""))
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, width=88) or [""]:
            lines.append(("F1", 11, line))
        lines.append(("F1", 11, ""))

    commands = ["BT", "56 780 Td"]
    for font, size, text in lines:
        commands.append(f"/{font} {size} Tf")
        commands.append(f"({_escape(text)}) Tj")
        commands.append(f"0 -{round(size * 1.45)} Td")
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + _escape(title).encode("latin-1") + b") /Producer (Ballad portal) >>",
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        output += b"%010d 00000 n \n" % offset
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        len(objects),
        xref_at,
    )
    return bytes(output)
