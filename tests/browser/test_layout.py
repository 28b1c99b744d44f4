"""The layout in a real browser: accessibility in five languages, skip link, language switcher."""

import pytest

from tests.browser.axe import assert_accessible
from tests.content import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


@pytest.fixture
def demo(django_db_reset_sequences):
    load_demo("portal")


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/")
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_in_page_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/accounts/login/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("input[type=email]").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_in_error_state_has_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/accounts/login/")
    page.fill("input[type=email]", "nobody@example.org")
    page.fill("input[type=password]", "wrong password")
    page.locator("main form button[type=submit]").first.click()  # not the header search
    page.wait_for_load_state()
    assert page.locator(".errorlist, [role=alert]").count() >= 1
    assert_accessible(page)


@pytest.mark.parametrize("slug", ["about", "privacy", "accessibility"])
def test_static_pages_have_no_axe_violations(page, demo, slug):
    page.goto(f"/fi/pages/{slug}/")
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_not_found_page_has_no_axe_violations(page, demo):
    response = page.goto("/sv/no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "sv"
    assert_accessible(page)


def test_keyboard_user_reaches_main_content_through_skip_link(page, demo):
    page.goto("/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.url.endswith("/en/#main")


def test_keyboard_user_switches_language_to_the_same_page(page, demo):
    page.goto("/en/pages/about/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "fi":
            break
    else:
        pytest.fail("The Finnish link of the language switcher is not reachable by Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/fi/pages/about/")
    assert page.locator("html").get_attribute("lang") == "fi"
    assert page.locator("h1").inner_text() != ""


@pytest.mark.parametrize("path", ["/lv/", "/fi/accounts/signup/", "/et/pages/privacy/"])
def test_pages_fit_a_320_px_phone_without_horizontal_scrolling(page, demo, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_focus_is_visible_on_links(page, demo):
    page.goto("/en/")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_print_stylesheet_hides_navigation(page, demo):
    page.goto("/en/")
    page.emulate_media(media="print")
    assert not page.locator(".main-nav, .language-switcher").first.is_visible()
    assert page.locator("h1").is_visible()
