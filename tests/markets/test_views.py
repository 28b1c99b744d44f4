import html

import pytest
from django.test.utils import override_settings

from markets.models import MarketProfile, ProfileStatus
from portal import related
from portal.related import RelatedSection
from tests.factories import ContactFactory, StaffFactory, SuperuserFactory
from tests.markets.factories import (
    BarrierAssessmentFactory,
    KeyFactFactory,
    MarketProfileFactory,
    add_profiles,
    old_date,
)
from tests.utils import assert_flat_queries

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


def _text(response) -> str:
    return html.unescape(response.content.decode())


# --- The list --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_list_shows_every_profile_in_the_language(client, demo, language):
    response = client.get(f"/{language}/markets/")

    assert response.status_code == 200
    page = _text(response)
    assert f'<html lang="{language}"' in page
    for profile in MarketProfile.objects.with_taxonomy():
        assert getattr(profile, f"summary_{language}") in page
        assert profile.get_absolute_url().replace("/en/", f"/{language}/") in page
    assert page.count('class="card market-card"') == 8


def test_list_filters_by_country_and_sector(client, demo):
    response = client.get("/sv/markets/?country=fi&sector=e-health")

    page = _text(response)
    assert response.status_code == 200
    assert page.count('class="card market-card"') == 1
    assert "/sv/markets/fi/e-health/" in page
    assert '<option value="fi" selected>' in page


def test_list_marks_out_of_date_profiles(client, demo):
    MarketProfile.objects.filter(country__code="lv", sector__slug="e-learning").update(
        reviewed_on=old_date()
    )
    MarketProfile.objects.exclude(country__code="lv", sector__slug="e-learning").update(
        reviewed_on=old_date(0)
    )

    page = _text(client.get("/en/markets/"))

    assert page.count("badge--warn") == 1


@pytest.mark.parametrize("query", ["country=zz", "sector=e-farming", "country=%3Cscript%3E"])
def test_list_with_unknown_filter_answers_400_with_a_message(client, demo, query):
    response = client.get(f"/en/markets/?{query}")

    assert response.status_code == 400
    page = _text(response)
    assert 'class="error-summary"' in page
    assert "from the list" in page
    assert "<script>" not in page.split("<main", 1)[1]


def test_list_hides_drafts(client, demo):
    MarketProfile.objects.filter(country__code="fi", sector__slug="e-health").update(
        status=ProfileStatus.DRAFT
    )
    page = _text(client.get("/en/markets/"))
    assert page.count('class="card market-card"') == 7
    assert "/en/markets/fi/e-health/" not in page


# --- The profile -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_profile_shows_the_language_own_content(client, demo, language):
    profile = MarketProfile.objects.get(country__code="fi", sector__slug="e-health")

    response = client.get(f"/{language}/markets/fi/e-health/")

    assert response.status_code == 200
    page = _text(response)
    assert f'<html lang="{language}"' in page
    assert getattr(profile, f"summary_{language}") in page
    assert 'class="fallback-notice"' not in page
    assert page.count("<h1") == 1
    assert page.count('class="severity-cell"') == 8  # eight barriers
    assert "https://ec.europa.eu/eurostat/databrowser/view/tps00001/default/table" in page
    assert 'href="#section-regulation"' in page and 'id="section-regulation"' in page


def test_profile_regulation_section_in_swedish(client, demo):
    page = _text(client.get("/sv/markets/fi/e-health/"))
    assert "Findata" in page
    assert "lagen om sekundär användning" in page.lower()


def test_profile_marks_english_fallback(client, taxonomy):
    profile = MarketProfileFactory(
        country=taxonomy["countries"]["lv"],
        sector=taxonomy["sectors"]["e-health"],
        summary_lv="Latviešu kopsavilkums.",
    )

    page = _text(client.get("/lv/markets/lv/e-health/"))

    assert "Latviešu kopsavilkums." in page
    assert 'class="fallback-notice"' in page
    assert '<div lang="en"><p>The <strong>overview</strong> in English.</p></div>' in page
    assert '<p class="lead">Latviešu kopsavilkums.</p>' in page
    assert profile.overview_en


@pytest.mark.parametrize(
    "url", ["/en/markets/xx/e-health/", "/en/markets/fi/e-farming/", "/en/markets/FI/e-health/"]
)
def test_profile_unknown_country_or_sector_is_404(client, demo, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.templates[0].name == "404.html"


def test_profile_draft_is_404_for_the_public_and_for_staff_without_permission(client, demo):
    MarketProfile.objects.filter(country__code="se", sector__slug="e-health").update(
        status=ProfileStatus.DRAFT
    )
    assert client.get("/en/markets/se/e-health/").status_code == 404
    client.force_login(StaffFactory())
    assert client.get("/en/markets/se/e-health/").status_code == 404


def test_profile_draft_is_previewed_by_the_owners_editors(client, demo):
    from portal import roles

    MarketProfile.objects.filter(country__code="se", sector__slug="e-health").update(
        status=ProfileStatus.DRAFT
    )
    owner = MarketProfile.objects.get(country__code="se", sector__slug="e-health").owner
    client.force_login(StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=owner))

    response = client.get("/en/markets/se/e-health/")

    assert response.status_code == 200
    page = _text(response)
    assert 'class="draft-notice"' in page
    assert '<meta name="robots" content="noindex">' in page
    assert response["Cache-Control"] == "private, no-store"


def test_profile_sanitises_editor_markdown(client, taxonomy):
    MarketProfileFactory(
        country=taxonomy["countries"]["ee"],
        sector=taxonomy["sectors"]["e-health"],
        overview_en=(
            "<script>alert('x')</script>\n\n[click](javascript:alert(1))\n\n"
            '<img src=x onerror="alert(2)">\n\n# Heading'
        ),
    )

    page = client.get("/en/markets/ee/e-health/").content.decode()
    main = page.split("<main", 1)[1]

    assert "<script>alert" not in main
    assert "javascript:" not in main
    assert "<img" not in main
    assert "&lt;script&gt;" in main
    assert "<h3>Heading</h3>" in main  # shifted under the section's <h2>


def test_profile_call_to_action_uses_counseling_link_when_it_exists(client, demo):
    page = _text(client.get("/en/markets/fi/e-health/"))
    from django.urls import NoReverseMatch, reverse

    try:
        new_url = reverse("counseling:new")
    except NoReverseMatch:
        assert "counseling/new/" not in page
    else:
        assert f'href="{new_url}?country=fi&sector=e-health"' in page
    assert 'id="cta-title"' in page


def test_profile_renders_related_sections_of_other_apps(client, demo):
    seen = []

    def provider(query):
        seen.append(query)
        return RelatedSection("contacts", "People", "markets/related_profiles.html", items=[])

    def filled(query):
        profile = MarketProfile.objects.get(country__code="ee", sector__slug="e-health")
        return RelatedSection("test_extra", "Extra", "markets/related_profiles.html", [profile])

    related.register("test_contacts", provider=provider, order=99)
    related.register("test_extra", provider=filled, order=98)
    try:
        page = _text(client.get("/en/markets/fi/e-health/"))
    finally:
        related._providers.pop("test_contacts")
        related._providers.pop("test_extra")

    assert seen[0].country_codes == ("fi",)
    assert seen[0].sector_slug == "e-health"
    assert "market_profiles" in seen[0].exclude
    assert 'aria-labelledby="related-test_extra"' in page


# --- The comparison --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_compare_three_markets_in_the_language(client, demo, language):
    response = client.get(f"/{language}/markets/compare/?m=fi-e-health&m=ee-e-health&m=lv-e-health")

    assert response.status_code == 200
    page = _text(response)
    for code in ("fi", "ee", "lv"):
        profile = MarketProfile.objects.get(country__code=code, sector__slug="e-health")
        assert getattr(profile, f"summary_{language}") in page
    assert page.count('role="img"') == 4  # population, internet, e-government, health spending
    assert page.count("<title id=") == 4 and page.count("<desc id=") == 4
    assert 'aria-labelledby="chart-population-title chart-population-desc"' in page
    assert page.count('class="heat heat--') == 8 * 3
    assert 'id="fact-official-languages"' in page
    assert page.count('type="checkbox" name="m"') == 8
    assert page.count(" checked>") == 3


def test_compare_keeps_the_order_of_the_url(client, demo):
    page = _text(client.get("/en/markets/compare/?m=se-e-learning&m=fi-e-learning"))
    assert page.index("/en/markets/se/e-learning/") < page.index("/en/markets/fi/e-learning/")
    assert 'id="fact-schools"' in page


def test_compare_without_query_shows_the_empty_form(client, demo):
    response = client.get("/en/markets/compare/")
    assert response.status_code == 200
    page = _text(response)
    assert 'class="error-summary"' not in page
    assert page.count('type="checkbox" name="m"') == 8


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("m=", "at least two"),
        ("other=1", "at least two"),
        ("m=fi-e-health", "at least two"),
        (
            "m=fi-e-health&m=se-e-health&m=ee-e-health&m=lv-e-health&m=fi-e-learning",
            "at most four",
        ),
        ("m=fi-e-health&m=fi-e-health", "more than once"),
        ("m=fi-e-health&m=dk-e-health", "no published market profile"),
        ("m=fi-e-health&m=%3Cscript%3Ealert(1)%3C/script%3E", "is not a market key"),
        ("m=fi-e-health&m=" + "a" * 500, "is not a market key"),
    ],
)
def test_compare_bad_input_answers_400_with_a_message(client, demo, query, message):
    response = client.get(f"/en/markets/compare/?{query}")

    assert response.status_code == 400
    page = response.content.decode()
    assert 'class="error-summary"' in page
    assert message in html.unescape(page)
    assert "<script>alert" not in page
    assert "\x00" not in page
    assert page.count('type="checkbox" name="m"') == 8


def test_compare_draft_profile_is_unknown(client, demo):
    MarketProfile.objects.filter(country__code="fi", sector__slug="e-health").update(
        status=ProfileStatus.DRAFT
    )
    response = client.get("/en/markets/compare/?m=fi-e-health&m=se-e-health")
    assert response.status_code == 400
    assert "no published market profile" in html.unescape(response.content.decode())


def test_compare_chart_only_for_facts_every_market_has(client, taxonomy):
    fi = MarketProfileFactory(
        country=taxonomy["countries"]["fi"], sector=taxonomy["sectors"]["e-health"]
    )
    se = MarketProfileFactory(
        country=taxonomy["countries"]["se"], sector=taxonomy["sectors"]["e-health"]
    )
    KeyFactFactory(profile=fi, key="population", value="5.6")
    KeyFactFactory(profile=se, key="population", value="10.55")
    KeyFactFactory(profile=fi, key="only-here", label_en="Only Finland", value="1")
    BarrierAssessmentFactory(profile=fi, barrier=taxonomy["barriers"]["language"], severity=5)

    page = _text(client.get("/en/markets/compare/?m=fi-e-health&m=se-e-health"))

    assert page.count('role="img"') == 1
    assert "Only Finland" in page and "no data" in page
    assert "5 of 5 – Very high" in page
    assert "not assessed" in page


# --- Queries stay flat ------------------------------------------------------------------------


def _grow():
    add_profiles(36)  # 8 + 72 = 80 profiles


def test_list_queries_do_not_grow_with_content(client, demo):
    assert_flat_queries(client, "/en/markets/", _grow)
    assert MarketProfile.objects.count() == 80


def test_filtered_list_queries_do_not_grow_with_content(client, demo):
    assert_flat_queries(client, "/en/markets/?sector=e-health", _grow)


def test_profile_queries_do_not_grow_with_content(client, demo):
    count = assert_flat_queries(client, "/en/markets/fi/e-health/", _grow)
    assert count <= 10


def test_compare_queries_do_not_grow_with_content(client, demo):
    count = assert_flat_queries(
        client, "/en/markets/compare/?m=fi-e-health&m=ee-e-health&m=lv-e-health", _grow
    )
    assert count <= 10


def test_compare_error_queries_do_not_grow_with_content(client, demo):
    assert_flat_queries(client, "/en/markets/compare/?m=fi-e-health", _grow, status=400)


# --- Sitemap ---------------------------------------------------------------------------------


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_sitemap_lists_published_profiles_in_every_language(client, demo):
    MarketProfile.objects.filter(country__code="lv", sector__slug="e-learning").update(
        status=ProfileStatus.DRAFT
    )
    page = client.get("/sitemap.xml").content.decode()
    for language in LANGUAGES:
        assert f"/{language}/markets/fi/e-health/" in page
        assert f"/{language}/markets/" in page
    assert "/markets/lv/e-learning/" not in page


def test_superuser_can_preview_draft(client, demo):
    MarketProfile.objects.filter(country__code="fi", sector__slug="e-learning").update(
        status=ProfileStatus.DRAFT
    )
    client.force_login(SuperuserFactory())
    assert client.get("/fi/markets/fi/e-learning/").status_code == 200


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Market comparison"),
        ("et", "Turgude võrdlus"),
        ("fi", "Markkinoiden vertailu"),
        ("lv", "Tirgu salīdzinājums"),
        ("sv", "Marknadsjämförelse"),
    ],
)
def test_compare_interface_is_translated(client, demo, language, heading):
    page = _text(client.get(f"/{language}/markets/compare/?m=fi-e-health&m=se-e-health"))
    assert f"<h1>{heading}</h1>" in page


def test_list_and_compare_mark_english_fallback(client, taxonomy):
    countries, sectors = taxonomy["countries"], taxonomy["sectors"]
    MarketProfileFactory(
        country=countries["fi"], sector=sectors["e-health"], summary_fi="Suomeksi."
    )
    MarketProfileFactory(country=countries["se"], sector=sectors["e-health"])

    listing = _text(client.get("/fi/markets/"))
    comparison = _text(client.get("/fi/markets/compare/?m=fi-e-health&m=se-e-health"))

    assert "<p>Suomeksi.</p>" in listing
    assert '<p lang="en">English summary of se-e-health.</p>' in listing
    assert 'class="fallback-notice"' in comparison
    assert '<p lang="en">English summary of se-e-health.</p>' in comparison
    assert "<p>Suomeksi.</p>" in comparison


def test_compare_with_hundreds_of_keys_gives_one_message(client, demo):
    query = "&".join(f"m=k{index}-e-health" for index in range(300))
    response = client.get(f"/en/markets/compare/?{query}")
    assert response.status_code == 400
    page = _text(response)
    assert page.count("<li>Choose at most four markets to compare; you chose 300.</li>") == 1
    assert "is not a market key" not in page


def test_profile_lists_contacts_who_know_its_severe_barriers_first(client, taxonomy):
    finland, health = taxonomy["countries"]["fi"], taxonomy["sectors"]["e-health"]
    regulation, language = taxonomy["barriers"]["regulation"], taxonomy["barriers"]["language"]
    profile = MarketProfileFactory(country=finland, sector=health)
    BarrierAssessmentFactory(profile=profile, barrier=regulation, severity=5)
    BarrierAssessmentFactory(profile=profile, barrier=language, severity=2)
    ContactFactory(name="Aino Generalist", country=finland, sectors=[health])
    ContactFactory(name="Aaro Linguist", country=finland, sectors=[health], expertise=[language])
    ContactFactory(
        name="Ville Regulation", country=finland, sectors=[health], expertise=[regulation]
    )

    page = client.get("/en/markets/fi/e-health/").content.decode()
    contacts = page.split('id="related-contacts"', 1)[1].split("</section>", 1)[0]

    # The severe barrier's expert first; the rest by name (a mild barrier does not count).
    assert (
        contacts.index("Ville Regulation")
        < contacts.index("Aaro Linguist")
        < contacts.index("Aino Generalist")
    )


def test_compare_charts_have_an_axis_value_labels_and_units(client, demo):
    page = _text(client.get("/en/markets/compare/?m=fi-e-health&m=se-e-health&m=lv-e-health"))

    chart = page.split('<figure class="chart">', 2)[1].split("</figure>", 1)[0]
    assert 'viewBox="0 0 300 ' in chart  # drawn narrow: its text stays legible at 320 px
    assert chart.count('class="bar-chart__axis"') == 5  # two axis lines and three ticks
    assert chart.count('class="bar-chart__tick"') == 3
    assert '<text x="4" y="' in chart and ">0</text>" in chart
    assert chart.count('class="bar-chart__value"') == 3
    assert "million" in chart.split("</figcaption>", 1)[0]  # the unit in the caption


def test_compare_summaries_are_one_paragraph_with_a_link_to_the_full_section(client, demo):
    page = _text(client.get("/fi/markets/compare/?m=fi-e-health&m=se-e-health"))

    summaries = page.split('id="sections-title"', 1)[1].split('id="choose-title"', 1)[0]
    assert summaries.count('<li class="compare-card">') % 2 == 0
    assert 'href="/fi/markets/se/e-health/#section-regulation"' in summaries
    assert "Lue koko osio: Ruotsi" in summaries
    assert "<table" not in summaries


def test_profile_dates_on_english_pages_are_european(client, demo):
    import datetime
    import re

    MarketProfile.objects.filter(country__code="se", sector__slug="e-health").update(
        reviewed_on=datetime.date(2026, 2, 12)
    )

    english = _text(client.get("/en/markets/se/e-health/"))
    finnish = _text(client.get("/fi/markets/se/e-health/"))

    assert "Reviewed on 12 Feb 2026" in english
    assert not re.search(r"Feb\.? 12, 2026|02/12/2026", english)
    assert "12. helmikuuta 2026" in finnish
