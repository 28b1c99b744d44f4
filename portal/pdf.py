"""PDFs: ``html_to_pdf`` renders the portal's own HTML with WeasyPrint (full Unicode).

``simple_pdf`` is a tiny writer for test fixtures (one page of Helvetica text, WinAnsi
only); real documents use ``html_to_pdf``.
"""

import functools
import textwrap
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

STATIC_URL_PREFIX = "ballad-static:/"  # base URL of the HTML: relative links are static files


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


def html_to_pdf(html: str, *, stylesheets: tuple[str, ...] = ()) -> bytes:
    """See :func:`_html_to_pdf`; the same HTML is laid out once per process (a few recent
    documents are kept: rendering takes up to a second, and ``load_demo`` and the tests
    render the same reports again and again)."""
    return _html_to_pdf(html, tuple(stylesheets))


@functools.lru_cache(maxsize=16)
def _html_to_pdf(html: str, stylesheets: tuple[str, ...]) -> bytes:
    """A PDF of ``html`` rendered by WeasyPrint (full Unicode through the system's fonts).

    The one way the portal turns a page into a PDF: market profiles, readiness plans and
    reports all call it with HTML from their own templates. ``stylesheets`` are static
    paths (``"css/print.css"``); in the HTML, refer to static files as
    ``{% static %}`` does. Only our own static files and ``data:`` URLs are ever fetched:
    any other URL (a remote image, a ``file:`` path) is refused, so a PDF cannot make the
    server fetch something.
    """
    import weasyprint  # imported here: loading Pango costs ~100 ms, only PDF views need it
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = url.removeprefix(STATIC_URL_PREFIX).removeprefix(settings.STATIC_URL)
            path = path.lstrip("/")
            found = finders.find(path) if path != url.lstrip("/") else None
            if not found:
                raise ValueError(f"PDF rendering fetches only static files, not {url!r}")
            return URLFetcherResponse(url, Path(found).read_bytes())

    fetcher = StaticOnlyFetcher()
    css = [
        weasyprint.CSS(url=STATIC_URL_PREFIX + name, url_fetcher=fetcher) for name in stylesheets
    ]
    document = weasyprint.HTML(string=html, base_url=STATIC_URL_PREFIX, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=css)
