"""The readiness pages as documents: the PDF (Latvian letters), valid HTML, and a fixed number
of queries whatever the amount of content."""

import io

import pypdf
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.counseling.readiness_helpers import complete_check, load_questions, profile_data
from tests.factories import ContactFactory, LivingLabFactory, PartnerOrganisationFactory
from tests.html_validator import assert_valid_html
from tests.pilots.factories import PilotCaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def readiness(demo):
    load_questions()
    return demo


def test_plan_pdf_prints_the_latvian_company_name_and_the_plan(client, readiness):
    url = complete_check(client, language="lv")["Location"]
    response = client.get(url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="ballad-readiness-plan-'
    )
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Mācību Rīks SIA" in text
    assert "Zviedrija" in text  # Sweden, in Latvian
    assert "Lokalizācija un valoda" in text
    assert "Ask a counselor" not in text and "Jautājiet konsultantam" not in text


def test_readiness_pages_are_valid_html(client, readiness):
    pages = {}
    for language in ("en", "lv"):
        pages[f"{language} step 1"] = client.get(f"/{language}/readiness/").content.decode()
        pages[f"{language} step 1 errors"] = client.post(
            f"/{language}/readiness/", {}
        ).content.decode()
        client.post(f"/{language}/readiness/", profile_data())
        pages[f"{language} step 2"] = client.get(f"/{language}/readiness/step/2/").content.decode()
        pages[f"{language} step 2 errors"] = client.post(
            f"/{language}/readiness/step/2/", {"go": "next"}
        ).content.decode()
        url = complete_check(client, language=language)["Location"]
        pages[f"{language} plan"] = client.get(url).content.decode()
    pages["not found"] = client.get("/en/readiness/plan/nope/").content.decode()
    assert_valid_html(pages)


def _add_content(readiness, count):
    countries, sectors, barriers = (
        readiness["countries"],
        readiness["sectors"],
        readiness["barriers"],
    )
    for number in range(count):
        organisation = PartnerOrganisationFactory(country=countries["se"])
        ContactFactory(
            organisation=organisation,
            sectors=[sectors["e-learning"]],
            expertise=[barriers["public-procurement"], barriers["language"]],
        )
        LivingLabFactory(country=countries["se"], sectors=[sectors["e-learning"]])
        PilotCaseFactory(
            slug=f"extra-{count}-{number}",
            origin_country=countries["lv"],
            sector=sectors["e-learning"],
            targets=["se"],
        )


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_readiness_pages_run_a_fixed_number_of_queries(client, readiness):
    url = complete_check(client)["Location"]
    client.post("/en/readiness/", profile_data())
    _add_content(readiness, 1)
    small = [
        _queries(client, "/en/readiness/"),
        _queries(client, "/en/readiness/step/2/"),
        _queries(client, url),
    ]
    _add_content(readiness, 10)
    large = [
        _queries(client, "/en/readiness/"),
        _queries(client, "/en/readiness/step/2/"),
        _queries(client, url),
    ]
    assert small == large
