"""The readiness check in a real browser: axe-core on every step (also with errors) and on the
plan in five languages, and the journey from the check to a counselor in two languages."""

import os

import pytest

from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "et", "fi", "lv", "sv"]
SCREENSHOTS = os.environ.get("BALLAD_SCREENSHOTS")  # a folder: save what the tests saw


@pytest.fixture
def readiness_demo(demo):
    from tests.content import load_demo, load_reference

    load_demo("pilots")
    load_reference("counseling")


def _shot(page, name):
    if SCREENSHOTS:
        for width in (375, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=f"{SCREENSHOTS}/{name}-{width}.png", full_page=True)


def _fill_profile(page):
    page.fill("#id_company_name", "Mācību Rīks SIA")
    page.select_option("#id_sector", "e-learning")
    page.select_option("#id_origin_country", "lv")
    page.select_option("#id_first_target", "se")
    page.check("input[name=other_targets][value=fi]")
    page.check("input[name=user_groups][value=pupils]")
    page.check("input[name=methods][value=usability-testing]")


def _answer_all(page, index=0):
    for group in page.locator("fieldset:has(input[type=radio])").all():
        group.locator("input[type=radio]").nth(index).check()


def _no_wider_than_screen(page):
    page.set_viewport_size({"width": 320, "height": 800})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"page is {width}px wide at 320px"
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.parametrize("language", LANGUAGES)
def test_readiness_steps_and_plan_have_no_axe_violations(page, readiness_demo, language):
    page.goto(f"/{language}/readiness/")
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page)
    page.locator("form.readiness-form button[type=submit]").click()
    page.wait_for_selector(".error-summary")
    assert_accessible(page)
    _shot(page, f"readiness-1-errors-{language}")
    _fill_profile(page)
    page.locator("form.readiness-form button[type=submit]").click()
    page.wait_for_url(f"**/{language}/readiness/step/2/")
    assert_accessible(page)
    _shot(page, f"readiness-2-{language}")
    page.locator("button[value=next]").click()
    page.wait_for_selector(".error-summary")
    assert_accessible(page)
    _answer_all(page, 1)
    page.locator("button[value=next]").click()
    page.wait_for_url(f"**/{language}/readiness/step/3/")
    assert_accessible(page)
    _answer_all(page, 0)
    page.locator("button[value=next]").click()
    page.wait_for_url(f"**/{language}/readiness/plan/**")
    assert (
        page.locator("h1").inner_text().endswith("Mācību Rīks SIA")
        or "Mācību Rīks SIA" in page.locator("h1").inner_text()
    )
    assert_accessible(page)
    _no_wider_than_screen(page)
    _shot(page, f"readiness-plan-{language}")


JOURNEY = {
    # language: (button to the counselor, a Swedish lab for pupils, procurement in that language)
    "sv": ("Fråga en rådgivare om planen", "Kista Learning Lab", "Offentlig upphandling"),
    "lv": ("Jautājiet konsultantam par šo plānu", "Kista Learning Lab", "Publiskie iepirkumi"),
}


@pytest.mark.parametrize("language", sorted(JOURNEY))
def test_readiness_journey_from_the_check_to_the_counselor(page, readiness_demo, language):
    import io
    from pathlib import Path

    import pypdf
    from django.test import Client
    from django.urls import reverse

    from counseling.models import CounselingRequest
    from tests.factories import SuperuserFactory

    button, lab, procurement = JOURNEY[language]
    page.goto(f"/{language}/readiness/")
    _fill_profile(page)
    page.locator("form.readiness-form button[type=submit]").click()
    page.wait_for_url("**/readiness/step/2/")
    _answer_all(page, 1)
    page.locator("button[value=back]").click()  # going back keeps the answers
    page.wait_for_url(f"**/{language}/readiness/")
    assert page.locator("#id_company_name").input_value() == "Mācību Rīks SIA"
    page.locator("form.readiness-form button[type=submit]").click()
    page.wait_for_url("**/readiness/step/2/")
    assert page.locator("input[type=radio]:checked").count() > 0
    page.locator("button[value=next]").click()
    page.wait_for_url("**/readiness/step/3/")
    _answer_all(page, 0)
    page.locator("button[value=next]").click()
    page.wait_for_url("**/readiness/plan/**")

    # The plan names a Swedish Living Lab for pupils and a contact who knows procurement.
    suggestions = page.locator(".suggestions").inner_text()
    assert lab in suggestions
    assert procurement in suggestions

    with page.expect_download() as download:
        page.locator("a[href$='/pdf/']").click()
    pdf = pypdf.PdfReader(io.BytesIO(Path(download.value.path()).read_bytes()))
    text = "".join(pdf_page.extract_text() for pdf_page in pdf.pages)
    assert "Mācību Rīks SIA" in text
    assert lab in text

    page.get_by_role("link", name=button).click()
    page.wait_for_url("**/counseling/new/?readiness=**")
    assert page.locator("#id_company_name").input_value() == "Mācību Rīks SIA"
    assert page.locator("#id_sector").input_value() == "e-learning"
    assert page.locator("#id_origin_country").input_value() == "lv"
    assert page.locator("input[name=target_countries][value=se]").is_checked()
    assert page.locator("input[name=target_countries][value=fi]").is_checked()
    assert page.locator("input[name=barriers]:checked").count() == 3
    assert_accessible(page)
    page.select_option("#id_company_size", "micro")
    page.fill("#id_service_description", "Mācību platforma skolēniem, kas palīdz apgūt matemātiku.")
    page.fill("#id_contact_name", "Anna Bērziņa")
    page.fill("#id_email", f"anna-{language}@macibu.example.lv")
    page.check("#id_privacy")
    page.locator("form.request-form button[type=submit]").click()
    page.wait_for_url("**/counseling/new/sent/")

    counseling_request = CounselingRequest.objects.get()
    assert counseling_request.readiness_summary["targets"] == ["se", "fi"]
    staff = Client()
    staff.force_login(SuperuserFactory())
    url = reverse("admin:counseling_counselingrequest_change", args=[counseling_request.pk])
    html = staff.get(url, HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Företaget bifogade sin beredskapsplan." in html
    assert "Lokalisering och språk" in html
