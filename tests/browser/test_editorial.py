"""The editor's desk in a browser: the change form and the translation view under axe-core."""

import os

import pytest

from tests.browser.conftest import assert_accessible

SHOTS = os.environ.get("BALLAD_SCREENSHOTS")  # a folder: save screenshots there to look at


def _shot(page, name, **kwargs):
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", **kwargs)


def _sign_in(page, live_server, user):
    from django.conf import settings
    from django.test import Client

    page.set_default_timeout(60_000)  # the admin's change form is heavy on a busy machine
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


@pytest.fixture
def latvian_editor(demo):
    from portal import roles
    from portal.models import PartnerOrganisation
    from tests.factories import StaffFactory

    return StaffFactory(
        roles=[roles.PARTNER_EDITOR], organisation=PartnerOrganisation.objects.get(slug="taf")
    )


def test_change_form_and_translation_view_have_no_axe_violations(page, live_server, latvian_editor):
    from markets.models import MarketProfile

    profile = MarketProfile.objects.get(country__code="lv", sector__slug="e-learning")
    _sign_in(page, live_server, latvian_editor)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/admin/markets/marketprofile/")
    _shot(page, "changelist-1280")
    for column in ("reviewed_on", "out_of_date", "languages_complete"):
        box = page.locator(f"th.column-{column}").bounding_box()
        assert box is not None and box["x"] + box["width"] <= 1280, column  # no sideways scroll
    assert_accessible(page)

    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"/admin/markets/marketprofile/{profile.pk}/change/")
        assert page.locator("button[name='_markdown_preview']").count() == 45
        page.wait_for_selector("body[data-editorial-ready]", state="attached")
        latvian_summary_tab = page.locator("a[data-href='#tab_id_summary_lv']")
        assert "editorial-tab-empty" not in (latvian_summary_tab.get_attribute("class") or "")
        _shot(page, f"change-{width}")
        assert_accessible(page)
        latvian_summary_tab.click()
        page.fill("#id_summary_lv", "")
        assert "editorial-tab-empty" in latvian_summary_tab.get_attribute("class")
        assert "(empty)" in latvian_summary_tab.inner_text().lower()

        page.goto(f"/admin/markets/marketprofile/{profile.pk}/translate/et/")
        assert page.locator(".translate__row").count() == 10  # summary and nine sections
        _shot(page, f"translate-{width}", full_page=width == 1280)
        assert_accessible(page)


def test_preview_button_opens_the_rendered_text_in_a_new_tab(page, live_server, latvian_editor):
    from markets.models import MarketProfile

    profile = MarketProfile.objects.get(country__code="lv", sector__slug="e-learning")
    _sign_in(page, live_server, latvian_editor)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"/admin/markets/marketprofile/{profile.pk}/translate/et/")
    page.fill("#id_regulation_et", "# Seadused\n\n**Uus** tekst.")

    with page.context.expect_page() as new_tab:
        page.locator("button[value='regulation_et']").click()
    preview = new_tab.value
    preview.wait_for_load_state()

    assert preview.locator(".editorial-preview strong").inner_text() == "Uus"
    assert preview.locator(".editorial-preview h3").inner_text() == "Seadused"
    _shot(preview, "preview-1280")
    assert_accessible(preview)
