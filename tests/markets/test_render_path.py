"""The rendering path of the profile page: Markdown rendered once, only the language's columns."""

import pytest
from django.core.cache import caches

import portal.markdown
from tests.markets.factories import MarketProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def markdown_calls(monkeypatch):
    """The texts Markdown really rendered; each test starts as a fresh process would."""
    portal.markdown._cached.cache_clear()
    calls = []
    real = portal.markdown.md.markdown

    def counting(text, **kwargs):
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(portal.markdown.md, "markdown", counting)
    yield calls
    portal.markdown._cached.cache_clear()


def _renders_of(calls, marker):
    return sum(marker in text for text in calls)


def test_a_translated_markdown_field_is_rendered_once_per_content_version(
    client, taxonomy, markdown_calls
):
    profile = MarketProfileFactory(
        country=taxonomy["countries"]["fi"],
        sector=taxonomy["sectors"]["e-health"],
        overview_fi="Suomeksi: **markkina** ensimmäinen versio.",
    )
    url = "/fi/markets/fi/e-health/"
    markdown_calls.clear()  # the search index renders the text on save, for its plain text

    first = client.get(url)
    portal.markdown._cached.cache_clear()  # another worker process: only the shared cache is common
    second = client.get(url)

    assert first.status_code == second.status_code == 200
    assert "<strong>markkina</strong> ensimmäinen versio." in second.content.decode()
    assert _renders_of(markdown_calls, "ensimmäinen versio") == 1

    profile.overview_fi = "Suomeksi: **markkina** toinen versio."
    profile.save()
    markdown_calls.clear()
    portal.markdown._cached.cache_clear()
    third = client.get(url)
    client.get(url)

    page = third.content.decode()
    assert "toinen versio" in page and "ensimmäinen versio" not in page
    assert _renders_of(markdown_calls, "toinen versio") == 1


def test_the_same_text_in_another_language_is_not_rendered_again(client, taxonomy, markdown_calls):
    MarketProfileFactory(
        country=taxonomy["countries"]["fi"],
        sector=taxonomy["sectors"]["e-health"],
        overview_en="Only in English, shown as the fallback.",
    )
    markdown_calls.clear()

    for language in ("en", "fi", "sv"):
        assert client.get(f"/{language}/markets/fi/e-health/").status_code == 200

    assert _renders_of(markdown_calls, "Only in English") == 1


def test_a_renderer_change_never_serves_html_of_the_old_renderer():
    text = "A *text*."
    old_key = portal.markdown.cache_key(text, 2)
    caches["pages"].set(old_key.replace(portal.markdown._FINGERPRINT, "0ld"), "<p>stale</p>")

    assert portal.markdown.render_markdown(text, heading_offset=2) == "<p>A <em>text</em>.</p>"
    assert portal.markdown._FINGERPRINT in old_key
