import pytest

from tests.html_validator import assert_valid_html

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


def test_foundation_pages_are_valid_html(client, taxonomy):
    pages = {}
    for language in LANGUAGES:
        for path in [
            "",
            "accounts/login/",
            "accounts/signup/",
            "accounts/password/reset/",
            "pages/about/",
            "pages/privacy/",
        ]:
            url = f"/{language}/{path}"
            response = client.get(url)
            assert response.status_code == 200, url
            pages[url] = response.content.decode()
    response = client.get("/fi/no-such-page/")
    pages["404"] = response.content.decode()
    assert_valid_html(pages)
