"""Counseling pages in a real browser: axe-core on the form (also with errors), confirmation and
tracking pages in five languages, and the SME's flow from the form to answering a question."""

import pytest

from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


def _fill_form(page):
    page.fill("#id_company_name", "Kuntoon Oy")
    page.select_option("#id_origin_country", "fi")
    page.select_option("#id_company_size", "small")
    page.select_option("#id_sector", "e-learning")
    page.fill("#id_service_description", "Online courses for vocational teachers.")
    page.check("#id_target_countries_0")  # Estonia
    page.check("#id_barriers_2")  # language
    page.fill("#id_question", "How do Estonian vocational schools buy digital courses?")
    page.fill("#id_contact_name", "Mikko Laine")
    page.fill("#id_email", "mikko@kuntoon.example.com")
    page.check("#id_privacy")


@pytest.mark.parametrize("language", LANGUAGES)
def test_request_form_and_its_error_state_have_no_axe_violations(page, demo, language):
    page.goto(f"/{language}/counseling/new/?country=fi&sector=e-health")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("#id_target_countries_1").is_checked()
    assert_accessible(page)
    page.locator("form.request-form button[type=submit]").click()
    page.wait_for_selector(".error-summary")
    assert page.locator(".error-summary li").count() >= 7
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_confirmation_and_tracking_pages_have_no_axe_violations(page, demo, language):
    from counseling import services
    from counseling.models import CounselingRequest
    from tests.counseling.factories import counselor_of

    page.goto(f"/{language}/counseling/new/")
    _fill_form(page)
    page.locator("form.request-form button[type=submit]").click()
    page.wait_for_url(f"**/{language}/counseling/new/sent/")
    request = CounselingRequest.objects.get()
    assert request.reference in page.locator("main").inner_text()
    assert request.form_language == language
    assert_accessible(page)

    counselor = counselor_of("ibs")
    services.request_assign(request, actor=counselor, counselor=counselor)
    services.request_reply(
        request, actor=counselor, text="Which grades?", then_status="waiting_for_sme"
    )
    from counseling.tokens import token_for

    page.goto(f"/{language}/counseling/track/{token_for(request.tracking_nonce)}/")
    assert "Which grades?" in page.locator(".timeline").inner_text()
    assert_accessible(page)
    page.fill("#id_text", "Grades 7 to 9.")
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector(".message--success")
    assert "Grades 7 to 9." in page.locator(".timeline").inner_text()
    request.refresh_from_db()
    assert request.status == "in_progress"
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_about_and_account_pages_have_no_axe_violations(page, demo, live_server, language):
    from django.conf import settings
    from django.test import Client

    from tests.counseling.factories import submit_request
    from tests.factories import UserFactory

    page.goto(f"/{language}/counseling/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator(f"main a[href='/{language}/counseling/new/']").count() >= 1
    assert_accessible(page)

    user = UserFactory(email="owner@example.com")
    request = submit_request(owner=user, email=user.email)
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

    page.goto(f"/{language}/account/requests/")
    assert request.reference in page.locator("main").inner_text()
    assert_accessible(page)
    page.locator(f"main a:has-text('{request.reference}')").first.click()
    page.wait_for_url(f"**/{language}/account/requests/{request.reference}/")
    assert "How do Estonian vocational schools" in page.locator("main").inner_text()
    assert_accessible(page)
    page.goto(f"/{language}/account/delete/")
    assert page.locator("main form").count() == 1
    assert_accessible(page)
    # Without ticking the box: the server's error state (the browser's own check switched off).
    page.locator("main form").evaluate("form => { form.noValidate = true; }")
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector(".error-summary, .errorlist")
    assert_accessible(page)
