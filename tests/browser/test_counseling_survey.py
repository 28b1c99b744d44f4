"""The closing survey in a real browser: axe-core in five languages, two clicks without JavaScript."""

import os

import pytest

from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


def _survey_path(language):
    from counseling import emails, services
    from tests.counseling.factories import counselor_of, submit_request

    counselor = counselor_of("ibs")
    counseling_request = submit_request()
    services.request_assign(counseling_request, actor=counselor, counselor=counselor)
    services.request_reply(counseling_request, actor=counselor, text="Here", then_status="answered")
    services.request_set_status(counseling_request, "closed", actor=counselor)
    url = emails.survey_url(counseling_request, language=language)
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_survey_has_no_axe_violations_and_answers_with_two_clicks(page, demo, language):
    page.goto(_survey_path(language))
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page)
    shots = os.environ.get("BALLAD_SCREENSHOTS")
    if shots and language == "lv":
        for width in (375, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=f"{shots}/survey-{width}.png", full_page=True)
    page.locator("button[name=helpfulness][value='4']").click()
    page.locator("button[name=market][value=entered]").click()
    page.wait_for_selector(".survey-done")
    assert page.locator("button[name=helpfulness]").count() == 0
    assert_accessible(page)


def test_survey_works_without_javascript(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(_survey_path("fi"))
    page.locator("button[name=helpfulness][value='5']").click()
    page.locator("button[name=market][value=planned]").click()
    assert page.locator(".survey-done").count() == 2
    context.close()
