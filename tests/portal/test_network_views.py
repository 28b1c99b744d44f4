"""The network pages: organisations, contacts, Living Labs, publications and the home page."""

import html
import re

import pytest

from portal.models import Contact, LivingLab, PartnerOrganisation, Publication, SupportService
from tests.content import load_demo
from tests.factories import (
    ContactFactory,
    LivingLabFactory,
    PageFactory,
    PublicationFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


def _text(response) -> str:
    return html.unescape(response.content.decode())


def _main(response) -> str:
    return _text(response).split("<main", 1)[1].split("</main>", 1)[0]


def _contact_ids(response) -> set[int]:
    return {int(pk) for pk in re.findall(r'id="contact-(\d+)"', response.content.decode())}


def _lab_slugs(response) -> set[str]:
    page = response.content.decode()
    return set(
        re.findall(r'class="card lab-card">\s*<h3><a href="/\w\w/living-labs/([\w-]+)/"', page)
    )


def _public_contacts(**filters) -> set[int]:
    return set(Contact.objects.filter(is_public=True, **filters).values_list("pk", flat=True))


def _published_labs(**filters) -> set[str]:
    return set(
        LivingLab.objects.filter(is_published=True, **filters).values_list("slug", flat=True)
    )


@pytest.fixture
def hidden_contact(network):
    return Contact.objects.get(email="tonu.mets@example.org")


@pytest.fixture
def network(taxonomy):
    """The taxonomy with the network's demo content (portal demo) and the market profiles."""
    load_demo("portal")
    load_demo("markets")
    return taxonomy


# --- Network -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_network_shows_organisations_and_services_in_the_language(client, network, language):
    response = client.get(f"/{language}/network/")

    page = _text(response)
    assert response.status_code == 200
    assert f'<html lang="{language}"' in page
    for organisation in PartnerOrganisation.objects.all():
        assert getattr(organisation, f"description_{language}") in page
        assert f'id="org-{organisation.slug}"' in page
    for service in SupportService.objects.all():
        assert getattr(service, f"name_{language}") in page
        assert getattr(service, f"how_to_get_{language}") in page
    assert 'class="fallback-notice"' not in page


def test_network_lists_each_service_under_its_providers(client, network):
    page = _text(client.get("/en/network/"))
    taf = page.split('id="org-taf"', 1)[1].split("</li>\n  \n", 1)[0]
    assert 'href="#service-partner-search"' in taf
    assert 'href="#service-pilot-support"' not in taf  # Laurea and SICS only


def test_network_hides_unpublished_services_and_inactive_organisations(client, network):
    SupportService.objects.filter(slug="pilot-support").update(is_published=False)
    PartnerOrganisation.objects.filter(slug="taf").update(is_active=False)

    page = _text(client.get("/en/network/"))

    assert "Pilot support" not in page
    assert 'id="org-taf"' not in page
    assert "Technology Development Forum" not in page


# --- Contacts ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_contacts_lists_every_public_contact_in_the_language(client, network, language):
    response = client.get(f"/{language}/contacts/")

    page = _text(response)
    assert response.status_code == 200
    assert f'<html lang="{language}"' in page
    assert _contact_ids(response) == _public_contacts()
    assert len(_contact_ids(response)) == 12
    for contact in Contact.objects.filter(is_public=True):
        assert getattr(contact, f"role_{language}") in page


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("country=fi", {"country__code": "fi"}),
        ("sector=e-learning", {"sectors__slug": "e-learning"}),
        ("expertise=funding", {"expertise__slug": "funding"}),
        ("language=de", {"languages__code": "de"}),
        ("country=se&sector=e-health", {"country__code": "se", "sectors__slug": "e-health"}),
        (
            "country=ee&sector=e-learning&expertise=public-procurement&language=fi",
            {
                "country__code": "ee",
                "sectors__slug": "e-learning",
                "expertise__slug": "public-procurement",
                "languages__code": "fi",
            },
        ),
    ],
)
def test_contacts_filters_return_exactly_the_matching_contacts(client, network, query, filters):
    response = client.get(f"/en/contacts/?{query}")

    expected = _public_contacts(**filters)
    assert expected  # the demo has a match for every case
    assert _contact_ids(response) == expected
    for name, value in (pair.split("=") for pair in query.split("&")):
        assert f'<option value="{value}" selected>' in _text(response), name


def test_contacts_filter_exact_names(client, network):
    page = _text(client.get("/en/contacts/?country=se&expertise=data-protection"))
    assert "Karin Lindqvist" in page
    assert "Erik Johansson" not in page and "Sofia Berg" not in page


def test_contacts_combination_without_match_shows_a_helpful_empty_state(client, network):
    response = client.get("/fi/contacts/?country=lv&language=sv")

    assert response.status_code == 200
    assert _contact_ids(response) == set()
    page = _text(response)
    assert 'class="empty-state"' in page
    assert 'href="/fi/contacts/"' in page


@pytest.mark.parametrize(
    "query",
    [
        "country=zz",
        "sector=e-farming",
        "expertise=%3Cscript%3Ealert(1)%3C/script%3E",
        "country=" + "x" * 5000,
        "country=%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9",  # Arabic, right to left
        "sector=%F0%9F%8F%A5",  # emoji
    ],
)
def test_contacts_unknown_filter_value_is_ignored_with_a_notice(client, network, query):
    response = client.get(f"/en/contacts/?{query}")

    assert response.status_code == 200
    page = _text(response)
    assert 'class="filter-notice"' in page
    assert "so it was ignored" in page
    assert _contact_ids(response) == _public_contacts()
    assert "<script>alert" not in response.content.decode().split("<main", 1)[1]
    assert "x" * 41 not in _main(response)  # the notice shortens a 5000-character value


def test_contacts_unknown_value_keeps_the_valid_filters(client, network):
    response = client.get("/en/contacts/?country=fi&language=klingon")

    assert _contact_ids(response) == _public_contacts(country__code="fi")
    page = _text(response)
    assert '<option value="fi" selected>' in page
    assert "Language spoken: “klingon”" in page


# --- Contacts not marked public ------------------------------------------------------------------


def test_hidden_contact_never_appears_on_public_pages(client, network, hidden_contact):
    # Give the hidden contact a lab, so that the lab's page would be a place to leak it.
    lab = LivingLab.objects.get(slug="tartu-e-health-living-lab")
    lab.contact = hidden_contact
    lab.save()
    urls = [
        "/en/",
        "/en/network/",
        "/en/contacts/",
        "/en/contacts/?country=ee",
        "/en/contacts/?country=ee&sector=e-health&expertise=language&language=et",
        "/en/living-labs/",
        f"/en/living-labs/{lab.slug}/",
        "/en/markets/ee/e-health/",
        "/et/markets/ee/e-health/",
        "/sitemap.xml",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        page = _text(response)
        assert hidden_contact.name not in page, url
        assert hidden_contact.email not in page, url
        assert hidden_contact.phone not in page, url
    lab_page = _text(client.get(f"/en/living-labs/{lab.slug}/"))
    assert 'id="contact-title"' not in lab_page


def test_contact_of_inactive_organisation_is_not_listed(client, network):
    PartnerOrganisation.objects.filter(slug="sics").update(is_active=False)
    response = client.get("/en/contacts/")
    assert _contact_ids(response) == _public_contacts(organisation__is_active=True)
    assert "karin.lindqvist@example.org" not in _text(response)


# --- Living Labs -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_living_labs_list_every_published_lab_in_the_language(client, network, language):
    response = client.get(f"/{language}/living-labs/")

    page = _text(response)
    assert response.status_code == 200
    assert f'<html lang="{language}"' in page
    assert _lab_slugs(response) == _published_labs()
    assert len(_lab_slugs(response)) == 11
    for lab in LivingLab.objects.all():
        assert getattr(lab, f"summary_{language}") in page


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("country=lv", {"country__code": "lv"}),
        ("sector=e-health", {"sectors__slug": "e-health"}),
        ("method=simulation", {"methods__slug": "simulation"}),
        ("users=pupils", {"user_groups__slug": "pupils"}),
        ("country=fi&sector=e-health", {"country__code": "fi", "sectors__slug": "e-health"}),
        (
            "country=se&sector=e-health&method=co-creation&users=patients",
            {
                "country__code": "se",
                "sectors__slug": "e-health",
                "methods__slug": "co-creation",
                "user_groups__slug": "patients",
            },
        ),
    ],
)
def test_living_lab_filters_return_exactly_the_matching_labs(client, network, query, filters):
    response = client.get(f"/lv/living-labs/?{query}")

    expected = _published_labs(**filters)
    assert expected
    assert _lab_slugs(response) == expected


def test_living_labs_finland_e_health_are_exactly_three(client, network):
    response = client.get("/lv/living-labs/?country=fi&sector=e-health")
    assert _lab_slugs(response) == {
        "laurea-living-labs",
        "forum-virium-helsinki",
        "ouluhealth-labs",
    }


def test_living_labs_combination_without_match_shows_a_helpful_empty_state(client, network):
    response = client.get("/en/living-labs/?country=lv&users=pupils")

    assert _lab_slugs(response) == set()
    page = _text(response)
    assert 'class="empty-state"' in page
    assert "Show all Living Labs" in page


@pytest.mark.parametrize(
    "query", ["method=telepathy", "users=nobody", "country=" + "ä" * 3000, "sector=%E2%80%AEhe"]
)
def test_living_labs_unknown_filter_value_is_ignored_with_a_notice(client, network, query):
    response = client.get(f"/en/living-labs/?{query}")

    assert response.status_code == 200
    assert 'class="filter-notice"' in response.content.decode()
    assert _lab_slugs(response) == _published_labs()


def test_unpublished_lab_is_invisible_to_the_public(client, network):
    LivingLab.objects.filter(slug="botnia-living-lab").update(is_published=False)

    assert "botnia-living-lab" not in _text(client.get("/en/living-labs/"))
    assert "Botnia" not in _text(client.get("/en/living-labs/?country=se"))
    assert client.get("/en/living-labs/botnia-living-lab/").status_code == 404
    assert "botnia-living-lab" not in _text(client.get("/en/markets/se/e-health/"))
    assert "botnia-living-lab" not in _text(client.get("/en/"))
    assert "botnia-living-lab" not in client.get("/sitemap.xml").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_living_lab_page_shows_methods_and_user_groups_in_the_language(client, network, language):
    lab = LivingLab.objects.get(slug="laurea-living-labs")

    response = client.get(f"/{language}/living-labs/laurea-living-labs/")

    page = _text(response)
    assert response.status_code == 200
    assert f'<html lang="{language}"' in page
    for method in lab.methods.all():
        assert f"<li>{getattr(method, f'name_{language}')}</li>" in page
    for group in lab.user_groups.all():
        assert f"<li>{getattr(group, f'name_{language}')}</li>" in page
    assert getattr(lab, f"ethics_support_{language}") in page
    assert "anna.virtanen@example.org" in page
    assert 'class="fallback-notice"' not in page


def test_living_lab_page_links_to_market_profiles_of_its_country(client, network):
    page = _text(client.get("/lv/living-labs/ouluhealth-labs/"))  # e-health only
    related = page.split('class="related-area"', 1)[1]
    assert 'href="/lv/markets/fi/e-health/"' in related
    assert 'href="/lv/markets/fi/e-learning/"' not in related

    page = _text(client.get("/lv/living-labs/laurea-living-labs/"))  # both sectors
    related = page.split('class="related-area"', 1)[1]
    assert 'href="/lv/markets/fi/e-health/"' in related
    assert 'href="/lv/markets/fi/e-learning/"' in related


def test_living_lab_page_marks_english_fallback(client, network):
    LivingLab.objects.filter(slug="vidzeme-living-lab").update(description_fi="")

    page = _text(client.get("/fi/living-labs/vidzeme-living-lab/"))

    assert 'class="fallback-notice"' in page
    assert '<div class="prose" lang="en"><p>Long distances' in page


@pytest.mark.parametrize(
    "url", ["/en/living-labs/no-such-lab/", "/en/living-labs/%E2%9C%93/", "/en/living-labs/a..b/"]
)
def test_living_lab_unknown_slug_is_404(client, network, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.templates[0].name == "404.html"


def test_market_profile_shows_contacts_and_labs_of_its_country_and_sector(client, network):
    page = _text(client.get("/lv/markets/fi/e-health/"))
    related = page.split('class="related-area"', 1)[1]

    assert 'href="/lv/living-labs/ouluhealth-labs/"' in related
    assert "Anna Virtanen" in related and "Sanna Korhonen" in related
    assert "Mikko Lehtonen" not in related  # e-learning only
    assert "Kadri Tamm" not in related  # Estonia
    assert 'href="/lv/contacts/?country=fi&sector=e-health"' in related


# --- Publications ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_publications_grouped_by_kind_with_file_type_and_size(client, network, language):
    response = client.get(f"/{language}/publications/")

    page = _text(response)
    assert response.status_code == 200
    for publication in Publication.objects.all():
        assert getattr(publication, f"title_{language}") in page
        assert publication.get_download_url().replace("/en/", f"/{language}/") in page
    assert page.count('id="kind-') == 3
    assert page.index('id="kind-report"') < page.index('id="kind-handbook"')
    assert re.search(r'<span class="badge">PDF, \d+(?:[.,]\d)?\xa0\w+</span>', page)


def test_publication_download_serves_the_pdf(client, network):
    publication = Publication.objects.get(slug="sme-needs-analysis")

    response = client.get("/fi/publications/sme-needs-analysis/download/")

    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF-")
    assert len(body) == publication.file_size
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="sme-needs-analysis.pdf"'


def test_unpublished_publication_is_invisible(client, network):
    Publication.objects.filter(slug="project-handbook").update(is_published=False)

    page = _text(client.get("/en/publications/"))

    assert "project-handbook" not in page
    assert 'id="kind-handbook"' not in page
    assert client.get("/en/publications/project-handbook/download/").status_code == 404
    assert client.get("/en/publications/no-such/download/").status_code == 404


def test_publication_with_missing_file_is_404_not_500(client, network):
    publication = Publication.objects.get(slug="sme-needs-analysis")
    publication.file.storage.delete(publication.file.name)

    assert client.get("/en/publications/sme-needs-analysis/download/").status_code == 404


# --- Home and pages ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_has_market_grid_services_labs_and_contacts(client, network, language):
    response = client.get(f"/{language}/")

    page = _main(response)
    assert response.status_code == 200
    for code in ("ee", "fi", "lv", "se"):
        for sector in ("e-health", "e-learning"):
            assert f'href="/{language}/markets/{code}/{sector}/"' in page
    for service in SupportService.objects.all():
        assert getattr(service, f"name_{language}") in page
    assert page.count(f'href="/{language}/living-labs/') >= 5  # four labs and the list
    assert f'href="/{language}/contacts/"' in page


def test_home_links_into_counseling_only_when_it_exists(client, network):
    from django.urls import NoReverseMatch, reverse

    page = _main(client.get("/en/"))
    try:
        about = reverse("counseling:about")
    except NoReverseMatch:
        assert 'id="counseling-title"' not in page
    else:
        assert f'href="{about}"' in page


def test_home_without_market_profiles_hides_the_grid(client, taxonomy):
    page = _main(client.get("/en/"))
    assert 'id="markets-title"' not in page
    assert 'id="how-title"' in page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", ["about", "privacy", "accessibility"])
def test_pages_in_every_language(client, network, language, slug):
    from portal.models import Page

    page_obj = Page.objects.get(slug=slug)
    response = client.get(f"/{language}/pages/{slug}/")

    assert response.status_code == 200
    page = _text(response)
    assert f"<h1>{getattr(page_obj, f'title_{language}')}</h1>" in page
    assert 'class="fallback-notice"' not in page


def test_unpublished_page_is_404(client, taxonomy):
    PageFactory(slug="draft", is_published=False)
    assert client.get("/en/pages/draft/").status_code == 404


# --- Query counts at 10 and 100 records ----------------------------------------------------------


def _grow_to(count: int, *, taxonomy):
    """Add network records until there are ``count`` of contacts, labs and publications."""
    from tests.factories import LanguageFactory, SupportServiceFactory

    sectors = list(taxonomy["sectors"].values())
    barriers = list(taxonomy["barriers"].values())
    countries = list(taxonomy["countries"].values())
    organisations = list(PartnerOrganisation.objects.all())
    english = LanguageFactory(code="en")

    def grow():
        for index in range(Contact.objects.count(), count):
            ContactFactory(
                organisation=organisations[index % len(organisations)],
                country=countries[index % len(countries)],
                sectors=sectors,
                expertise=barriers[:3],
                languages=[english],
            )
        for index in range(LivingLab.objects.count(), count):
            LivingLabFactory(
                country=countries[index % len(countries)], sectors=sectors, test_languages=[english]
            )
        for _index in range(Publication.objects.count(), count):
            PublicationFactory(language=english)
        for _index in range(SupportService.objects.count(), count // 5):
            SupportServiceFactory(organisations=organisations)

    return grow


@pytest.mark.parametrize(
    ("url", "limit"),
    [
        ("/en/", 10),
        ("/en/network/", 6),
        ("/en/contacts/", 9),
        ("/en/contacts/?country=fi&sector=e-health&expertise=regulation&language=en", 9),
        ("/en/contacts/?country=zz", 9),
        # + 1 query: the map's labs (of every page of the list).
        ("/en/living-labs/", 10),
        ("/en/living-labs/?country=fi&sector=e-health&method=usability-testing", 10),
        ("/en/living-labs/{lab}/", 9),
        ("/en/publications/", 3),
    ],
)
def test_query_count_is_flat_from_10_to_100_records(client, taxonomy, url, limit):
    from tests.utils import assert_flat_queries

    Contact.objects.all().delete()
    LivingLab.objects.all().delete()
    Publication.objects.all().delete()
    _grow_to(10, taxonomy=taxonomy)()
    assert Contact.objects.count() == LivingLab.objects.count() == Publication.objects.count() == 10
    lab = LivingLab.objects.order_by("pk").first()
    lab.contact = Contact.objects.order_by("pk").first()
    lab.save()

    count = assert_flat_queries(client, url.format(lab=lab.slug), _grow_to(100, taxonomy=taxonomy))

    assert (
        Contact.objects.count() == LivingLab.objects.count() == Publication.objects.count() == 100
    )
    assert count <= limit


def test_sitemap_lists_network_pages_and_published_labs_in_every_language(client, network):
    LivingLab.objects.filter(slug="kista-learning-lab").update(is_published=False)

    xml = client.get("/sitemap.xml").content.decode()

    for language in LANGUAGES:
        for path in ("network/", "contacts/", "living-labs/", "publications/", "pages/privacy/"):
            assert f"http://testserver/{language}/{path}</loc>" in xml
        assert f"http://testserver/{language}/living-labs/botnia-living-lab/</loc>" in xml
    assert "kista-learning-lab" not in xml


def test_home_highlights_one_lab_and_one_contact_per_country(client, network):
    response = client.get("/en/")

    labs = response.context["labs"]
    contacts = response.context["contacts"]
    assert [lab.country.code for lab in labs] == ["ee", "fi", "lv", "se"]
    assert [contact.country.code for contact in contacts] == ["ee", "fi", "lv", "se"]
    assert all(contact.is_public for contact in contacts)


def test_home_highlights_pick_the_first_by_name_of_each_country_in_one_query(
    client, network, django_assert_num_queries
):
    from portal import selectors

    finland = network["countries"]["fi"]
    taf = PartnerOrganisation.objects.get(slug="taf")
    ContactFactory(name="Aaaa First", organisation=taf, country=finland)
    ContactFactory(name="Aaa Hidden", organisation=taf, country=finland, is_public=False)
    LivingLabFactory(name_en="Aaaa Lab", country=finland)
    LivingLabFactory(name_en="Aaa Draft Lab", country=finland, is_published=False)

    with django_assert_num_queries(2):
        contacts = selectors.contact_highlights(limit=4)
        labs = selectors.living_lab_highlights(limit=4)

    assert [contact.country.code for contact in contacts] == ["ee", "fi", "lv", "se"]
    assert contacts[1].name == "Aaaa First"
    assert [lab.country.code for lab in labs] == ["ee", "fi", "lv", "se"]
    assert labs[1].name_en == "Aaaa Lab"
    assert len(selectors.living_lab_highlights(limit=2)) == 2


def test_home_picks_a_market_by_country_card_and_shows_the_ways_in(client, network):
    page = _main(client.get("/fi/"))

    picker = page.split('<ul class="market-picker">', 1)[1].split("</ul>\n  <p>", 1)[0]
    assert picker.count('<li class="market-picker__country">') == 4
    assert picker.index("<h3>Viro</h3>") < picker.index('href="/fi/markets/ee/e-health/"')
    ways = page.split('<ol class="ways-in__list">', 1)[1].split("</ol>", 1)[0]
    assert 'href="/fi/markets/"' in ways
    assert "Lue markkinaprofiili" in ways
