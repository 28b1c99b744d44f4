import io

import pypdf
import pytest

from portal.pdf import html_to_pdf


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_html_to_pdf_prints_latvian_and_estonian_letters():
    pdf = html_to_pdf("<h1>Rīga: ā ē ģ ķ ļ ņ š ž</h1><p>Tallinn: õ ä ö ü š ž</p>")

    text = _text(pdf)
    assert pdf.startswith(b"%PDF-")
    for letter in "āēģķļņšžõäöü":
        assert letter in text


def test_html_to_pdf_uses_static_stylesheets():
    pdf = html_to_pdf("<p>Styled</p>", stylesheets=("css/print.css",))

    assert "Styled" in _text(pdf)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/x.png", "file:///etc/passwd", "/static/../../etc/passwd"]
)
def test_html_to_pdf_fetches_nothing_but_static_files(url, monkeypatch):
    fetched = []
    import weasyprint.urls

    original = weasyprint.urls.URLFetcher.fetch
    monkeypatch.setattr(
        weasyprint.urls.URLFetcher,
        "fetch",
        lambda self, u, h=None: fetched.append(u) or original(self, u, h),
    )

    pdf = html_to_pdf(f'<p>Text</p><img src="{url}"><link rel="stylesheet" href="{url}">')

    assert "Text" in _text(pdf)
    assert fetched == []
