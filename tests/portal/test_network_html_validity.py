import pytest

from tests.content import load_demo
from tests.html_validator import assert_valid_html

pytestmark = pytest.mark.django_db


def test_network_pages_are_valid_html(client, network):
    load_demo("markets")
    pages = {}
    for language in ["en", "et", "lv"]:
        for path in [
            "",
            "network/",
            "contacts/",
            "contacts/?country=fi&sector=e-health",
            "contacts/?country=lv&language=sv",
            "contacts/?country=zz",
            "living-labs/",
            "living-labs/?country=fi&sector=e-health&method=zz",
            "living-labs/?country=lv&users=pupils",
            "living-labs/laurea-living-labs/",
            "living-labs/tartu-e-health-living-lab/",
            "publications/",
            "pages/accessibility/",
            "markets/fi/e-health/",
        ]:
            url = f"/{language}/{path}"
            response = client.get(url)
            assert response.status_code == 200, url
            pages[url] = response.content.decode()
    assert_valid_html(pages)
