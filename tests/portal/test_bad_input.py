"""NUL and invalid UTF-8 stop at one middleware with a translated 400 (portal/middleware.py)."""

import pytest

from counseling.models import CounselingRequest
from tests.counseling.factories import form_data
from tests.factories import SuperuserFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/en/counseling/new/?country=a%00b",
        "/en/counseling/new/?sector=a%00b",
        "/fi/markets/a%00b/e-health/",
        "/en/markets/?sector=%00",
        "/en/network/contacts/?country=%00",
        "/en/?q=%ff%fe",
        "/sv/pilots/?country=%C3%28",
        "/en/pilots/?origin=fi%00",
        "/en/pilots/a%00b/",
        "/en/markets/compare/?m=fi-e-health&m=fi-e-health%00",
        "/en/counseling/track/%00%00%00/",
        "/en/contacts/?language=%00fi",
        "/en/living-labs/?users=%00",
        "/en/%00/",
    ],
)
def test_nul_or_invalid_utf8_in_the_address_is_a_translated_400(client, taxonomy, url):
    response = client.get(url)
    assert response.status_code == 400
    language = url.split("/")[1]
    assert f'<html lang="{language}"' in response.content.decode()


def test_the_400_is_in_the_visitors_language(client, db):
    response = client.get("/lv/markets/a%00b/e-health/")
    assert response.status_code == 400
    assert "Nederīgs pieprasījums" in response.content.decode()


def test_nul_in_a_signed_in_smes_request_reference_is_a_400(client, db):
    client.force_login(UserFactory())
    response = client.get("/en/account/requests/a%00b/")
    assert response.status_code == 400


def test_nul_in_an_admin_filter_is_a_400(client, db):
    client.force_login(SuperuserFactory())
    response = client.get("/admin/counseling/counselingrequest/?status__exact=%00")
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"sector": "e-l\x00earning"}, "sector"),
        ({"origin_country": "f\x00i"}, "origin_country"),
        ({"target_countries": ["ee", "f\x00i"]}, "target_countries"),
        ({"barriers": ["\x00"]}, "barriers"),
        ({"question": "Why\x00?"}, "question"),
    ],
)
def test_nul_in_a_posted_field_is_a_field_error_and_saves_nothing(
    client, taxonomy, overrides, field
):
    """Forms answer field by field; a NUL never reaches a model choice field's lookup."""
    response = client.post("/en/counseling/new/", form_data(**overrides))
    assert response.status_code == 422
    assert field in response.context["form"].errors
    assert CounselingRequest.objects.count() == 0


def test_plain_unicode_passes(client, taxonomy):
    response = client.get("/en/markets/?sector=e-health&q=%E2%9C%93%20%D7%A9%D7%9C%D7%95%D7%9D")
    assert response.status_code == 200
