import pytest

from portal.markdown import render_markdown


def test_markdown_renders_headings_lists_and_links():
    html = render_markdown("# Title\n\n- one\n- [two](https://example.org)", heading_offset=1)
    assert "<h2>Title</h2>" in html
    assert "<li>one</li>" in html
    assert '<a href="https://example.org" rel="noopener noreferrer">two</a>' in html


def test_markdown_moves_the_highest_heading_to_the_requested_level_without_gaps():
    html = render_markdown("## Section\n\n### Detail", heading_offset=1)
    assert "<h2>Section</h2>" in html
    assert "<h3>Detail</h3>" in html


def test_markdown_escapes_raw_html():
    html = render_markdown('Hi <script>alert(1)</script> <img src=x onerror="alert(1)">')
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;" in html


def test_markdown_drops_javascript_and_data_links():
    html = render_markdown(
        "[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](JaVaScRiPt:x)"
    )
    assert "javascript" not in html.lower()
    assert "data:" not in html


def test_markdown_strips_nul_bytes_and_keeps_unicode():
    html = render_markdown("Tere\x00 \u202eمرحبا 😀")
    assert "\x00" not in html
    assert "مرحبا" in html and "😀" in html


def test_markdown_of_empty_text_is_empty():
    assert render_markdown("") == ""


def test_rendering_is_memoised_per_text_and_offset():
    from portal.markdown import _cached

    text = "## Memo\n\nSame text, rendered once per process."
    first = render_markdown(text, heading_offset=2)
    hits = _cached.cache_info().hits
    again = render_markdown(text, heading_offset=2)
    other_offset = render_markdown(text, heading_offset=1)

    assert again == first and _cached.cache_info().hits == hits + 1
    assert "<h3>Memo</h3>" in first and "<h2>Memo</h2>" in other_offset


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Use `<script>` here.", "<code>&lt;script&gt;</code>"),
        ("`a & b`", "<code>a &amp; b</code>"),
        ("`&lt;`", "<code>&amp;lt;</code>"),
        ("    <b>x</b> & y\n", "<code>&lt;b&gt;x&lt;/b&gt; &amp; y\n</code>"),
    ],
)
def test_inline_and_block_code_is_escaped_once(text, expected):
    assert expected in render_markdown(text)
