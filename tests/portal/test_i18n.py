"""Language prefixes, the root redirect, the switcher, hreflang and translated error pages."""

import re

import pytest

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


def test_root_redirects_to_english_without_preferences(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_redirects_by_accept_language(client):
    response = client.get("/", headers={"accept-language": "sv-SE,sv;q=0.9,en;q=0.5"})
    assert response["Location"] == "/sv/"


def test_root_redirect_prefers_cookie_over_accept_language(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "lv"
    response = client.get("/", headers={"accept-language": "fi"})
    assert response["Location"] == "/lv/"


@pytest.mark.parametrize(
    "header",
    ["", "x" * 5000, "fi;q=abc", ";;;,,,", "\u202eetfi", "zz-ZZ", "*"],
)
def test_root_redirect_survives_malformed_accept_language(client, header):
    response = client.get("/", headers={"accept-language": header})
    assert response.status_code == 302
    assert re.fullmatch(r"/(en|et|fi|lv|sv)/", response["Location"])


def test_visiting_a_language_remembers_it_for_the_root(client, settings):
    client.get("/fi/")
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fi"
    assert client.get("/")["Location"] == "/fi/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_has_lang_and_hreflang_for_every_language(client, language):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    for code in LANGUAGES:
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/">' in html


def test_language_switcher_links_to_the_same_page_named_in_each_language(client, taxonomy):
    html = client.get("/en/pages/about/?ref=1").content.decode()
    for code, name in [("et", "Eesti"), ("fi", "Suomi"), ("lv", "Latviešu"), ("sv", "Svenska")]:
        assert (
            f'<a href="/{code}/pages/about/?ref=1" hreflang="{code}" lang="{code}">{name}</a>'
            in html
        )


def test_finnish_home_page_is_in_finnish(client):
    html = client.get("/fi/").content.decode()
    assert "Siirry pääsisältöön" in html  # the skip link


def test_unknown_language_prefix_is_a_translated_404(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fi"
    response = client.get("/xx/markets/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fi"' in html
    assert "Sivua ei löytynyt" in html
    assert 'class="site-header"' in html  # in the layout


def test_overlong_url_is_a_404_in_the_layout(client):
    response = client.get("/en/" + "a" * 8000 + "/")
    assert response.status_code == 404
    assert 'class="site-header"' in response.content.decode()


@pytest.mark.parametrize("path", ["/en/\u202e\u0645\u0631\u062d\u0628\u0627/", "/en/😀/"])
def test_odd_characters_in_url_are_a_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("slug", ["about", "privacy", "accessibility"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_static_pages_render_in_every_language(client, taxonomy, slug, language):
    from portal.models import Page

    page = Page.objects.get(slug=slug)
    response = client.get(f"/{language}/pages/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert getattr(page, f"title_{language}") in html
    assert "fallback-notice" not in html


def test_static_page_falls_back_to_english_and_says_so(client, db):
    from tests.factories import PageFactory

    PageFactory(slug="only-english", title_en="Only English", body_en="## Hello\n\nEnglish body.")
    html = client.get("/et/pages/only-english/").content.decode()
    assert "Only English" in html
    assert "fallback-notice" in html
    assert '<div lang="en"><h2>Hello</h2>' in html


def test_unpublished_or_unknown_page_is_404(client, db):
    from tests.factories import PageFactory

    PageFactory(slug="draft", is_published=False)
    assert client.get("/en/pages/draft/").status_code == 404
    assert client.get("/en/pages/nope/").status_code == 404
