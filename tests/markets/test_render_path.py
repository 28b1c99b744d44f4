"""The rendering path of the profile page: Markdown rendered once, only the language's columns."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

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


def _profile_select(queries) -> str:
    return next(
        q["sql"]
        for q in queries
        if '"markets_marketprofile"."overview_' in q["sql"].split("FROM")[0]
    )


def test_the_finnish_profile_page_selects_only_finnish_and_english_columns(client, taxonomy):
    MarketProfileFactory(
        country=taxonomy["countries"]["fi"],
        sector=taxonomy["sectors"]["e-health"],
        overview_fi="Katsaus suomeksi.",
        overview_sv="Översikt på svenska.",
        regulation_en="## Laws\\n\\nOnly in English.",
    )

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fi/markets/fi/e-health/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Katsaus suomeksi." in page and "Översikt" not in page
    assert "Only in English." in page  # the English fallback of an empty Finnish section
    select = _profile_select(queries.captured_queries).split("FROM")[0]
    assert '"overview_fi"' in select and '"overview_en"' in select
    for other in ("sv", "et", "lv"):
        assert f'"overview_{other}"' not in select
        assert f'"summary_{other}"' not in select
    assert '"markets_marketprofile"."overview",' not in select  # not the untranslated original
    everything = " ".join(q["sql"] for q in queries.captured_queries)
    assert "note_sv" not in everything and "label_sv" not in everything


def test_the_list_selects_no_markdown_sections_and_no_owner(client, taxonomy):
    MarketProfileFactory(
        country=taxonomy["countries"]["fi"],
        sector=taxonomy["sectors"]["e-health"],
        summary_fi="Tiivistelmä suomeksi.",
    )

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fi/markets/")

    assert response.status_code == 200
    assert "Tiivistelmä suomeksi." in response.content.decode()
    select = next(q["sql"] for q in queries.captured_queries if '"summary_fi"' in q["sql"]).split(
        "FROM"
    )[0]
    assert "overview" not in select and "regulation" not in select and "summary_sv" not in select
    assert "portal_partnerorganisation" not in select
