"""A market profile as a PDF: the page's sections through portal.pdf, in the page's language."""

import io

import pypdf
import pytest

from markets.models import MarketProfile, ProfileStatus
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db


def _pdf_text(response) -> str:
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_profile_pdf_prints_the_latvian_profile_with_its_letters(client, demo):
    profile = MarketProfile.objects.get(country__code="se", sector__slug="e-health")

    response = client.get("/lv/markets/se/e-health/pdf/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="ballad-se-e-health-lv.pdf"' in response["Content-Disposition"]
    text = " ".join(_pdf_text(response).split())
    assert "Zviedrija" in text
    assert "Galvenie fakti" in text and "Pārskats" in text  # "Key facts", "Overview"
    opening = " ".join(profile.summary_lv.split()[:6])
    assert any(letter in opening for letter in "āēīūčšžņļķģ")
    assert opening in text


def test_profile_page_links_its_pdf_and_shows_its_address(client, demo):
    page = client.get("/lv/markets/se/e-health/").content.decode()

    assert 'href="/lv/markets/se/e-health/pdf/"' in page
    assert 'value="http://testserver/lv/markets/se/e-health/"' in page
    assert "js/page-tools" in page and "<script>" not in page


@pytest.mark.parametrize("url", ["/en/markets/xx/e-health/pdf/", "/en/markets/fi/e-farm/pdf/"])
def test_profile_pdf_of_an_unknown_market_is_404(client, demo, url):
    assert client.get(url).status_code == 404


def test_profile_pdf_of_a_draft_is_404_for_the_public(client, demo):
    MarketProfile.objects.filter(country__code="se", sector__slug="e-health").update(
        status=ProfileStatus.DRAFT
    )
    assert client.get("/en/markets/se/e-health/pdf/").status_code == 404
    client.force_login(StaffFactory())
    assert client.get("/en/markets/se/e-health/pdf/").status_code == 404


def test_profile_pdf_answers_post_with_405(client, demo):
    assert client.post("/en/markets/se/e-health/pdf/").status_code == 405
