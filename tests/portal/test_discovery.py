"""Findable from outside: meta description, canonical URL, Open Graph, JSON-LD, the sitemap
with alternates and lastmod, and the Atom feed of each language."""

import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from markets.models import MarketProfile, ProfileStatus
from pilots.models import PilotCase
from tests.factories import CountryFactory, LivingLabFactory, PageFactory, SectorFactory
from tests.markets.factories import MarketProfileFactory
from tests.pilots.factories import PilotCaseFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "fi", "lv", "sv"]
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def content(taxonomy):
    country, sector = taxonomy["countries"]["se"], taxonomy["sectors"]["e-health"]
    profile = MarketProfileFactory(
        country=country,
        sector=sector,
        **{f"summary_{lang}": f"Summary of Sweden in {lang}." for lang in LANGUAGES},
    )
    pilot = PilotCaseFactory(
        slug="pilot-one", **{f"title_{lang}": f"Pilot {lang}" for lang in LANGUAGES}
    )
    lab = LivingLabFactory(slug="lab-one", country=country, sectors=[sector])
    return {"profile": profile, "pilot": pilot, "lab": lab}


def _xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 - the portal's own output


def _json_ld(page: str) -> list:
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_head_has_canonical_open_graph_and_feed(client, content, language):
    page = client.get(f"/{language}/markets/se/e-health/").content.decode()

    url = f"http://testserver/{language}/markets/se/e-health/"
    assert f'<link rel="canonical" href="{url}">' in page
    assert f'<meta property="og:url" content="{url}">' in page
    assert f'<meta name="description" content="Summary of Sweden in {language}.">' in page
    assert f'<meta property="og:description" content="Summary of Sweden in {language}.">' in page
    assert '<meta property="og:title" content="' in page
    locales = re.findall(r'<meta property="og:locale:alternate" content="(\w+)">', page)
    own = re.search(r'<meta property="og:locale" content="(\w+)">', page).group(1)
    assert own.startswith(language)
    assert len(locales) == 4 and own not in locales
    assert f'type="application/atom+xml" href="/{language}/feed/"' in page


def test_canonical_drops_filters_but_keeps_the_page(client, content):
    page = client.get("/en/living-labs/?country=se&page=1").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/living-labs/">' in page
    page = client.get("/en/pilots/?page=2&origin=fi").content.decode()
    assert "http://testserver/en/pilots/?page=2" in page


@pytest.mark.parametrize(
    ("path", "last"),
    [
        ("/fi/markets/se/e-health/", "http://testserver/fi/markets/se/e-health/"),
        ("/fi/pilots/pilot-one/", "http://testserver/fi/pilots/pilot-one/"),
        ("/fi/living-labs/lab-one/", "http://testserver/fi/living-labs/lab-one/"),
        ("/fi/pages/about/", "http://testserver/fi/pages/about/"),
    ],
)
def test_detail_pages_have_a_breadcrumb_list(client, content, path, last):
    (breadcrumbs,) = _json_ld(client.get(path).content.decode())

    assert breadcrumbs["@type"] == "BreadcrumbList"
    items = breadcrumbs["itemListElement"]
    assert items[0]["item"] == "http://testserver/fi/"
    assert items[-1]["item"] == last
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert all(item["name"] for item in items)


def test_network_page_describes_each_partner_as_an_organization(client, content):
    from tests.factories import PartnerOrganisationFactory

    PartnerOrganisationFactory(name_en="Partner </script><b>", website="https://partner.example")

    page = client.get("/en/network/").content.decode()

    (organisations,) = _json_ld(page)
    names = {item["name"] for item in organisations}
    assert "Partner </script><b>" in names
    assert all(item["@type"] == "Organization" for item in organisations)
    assert "</script><b>" not in page.split("application/ld+json", 1)[1].split("</script>", 1)[0]


def test_sitemap_lists_every_public_page_in_five_languages_with_lastmod(client, content):
    PageFactory(slug="about")
    MarketProfileFactory(
        country=CountryFactory(code="lv"),
        sector=SectorFactory(slug="e-health"),
        status=ProfileStatus.DRAFT,
    )

    root = _xml(client.get("/sitemap.xml").content)

    urls = root.findall(f"{SITEMAP}url")
    locations = [url.find(f"{SITEMAP}loc").text for url in urls]
    for language in LANGUAGES:
        assert f"http://testserver/{language}/markets/se/e-health/" in locations
        assert f"http://testserver/{language}/pilots/pilot-one/" in locations
        assert f"http://testserver/{language}/living-labs/lab-one/" in locations
    assert not any("/markets/lv/e-health/" in location for location in locations)
    for url in urls:
        assert url.find(f"{SITEMAP}lastmod") is not None, url.find(f"{SITEMAP}loc").text
        alternates = url.findall(f"{XHTML}link")
        assert {link.get("hreflang") for link in alternates} == {*LANGUAGES, "x-default"}
    for location in locations:
        response = client.get(urlsplit(location).path)
        assert response.status_code == 200, location


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_parses_as_atom_in_every_language(client, content, language):
    response = client.get(f"/{language}/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = _xml(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    for child in ("title", "id", "updated"):
        assert root.find(f"{ATOM}{child}") is not None
    entries = root.findall(f"{ATOM}entry")
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert f"http://testserver/{language}/markets/se/e-health/" in links
    assert f"http://testserver/{language}/pilots/pilot-one/" in links
    for entry in entries:
        assert entry.find(f"{ATOM}id").text.startswith("tag:")
        assert entry.find(f"{ATOM}updated") is not None
        assert entry.find(f"{ATOM}title").text


def test_feed_leaves_out_drafts_and_puts_the_latest_change_first(client, content):
    PilotCase.objects.filter(pk=content["pilot"].pk).update(is_published=False)
    pilot = PilotCase.objects.get(pk=content["pilot"].pk)
    pilot.save()
    profile = MarketProfile.objects.get(pk=content["profile"].pk)
    profile.summary_en = "Changed just now."
    profile.save()

    root = _xml(client.get("/en/feed/").content)

    links = [entry.find(f"{ATOM}link").get("href") for entry in root.findall(f"{ATOM}entry")]
    assert links[0] == "http://testserver/en/markets/se/e-health/"
    assert not any("/pilots/pilot-one/" in link for link in links)
