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


def test_nul_in_a_posted_choice_is_a_400_and_saves_nothing(client, taxonomy):
    response = client.post("/en/counseling/new/", form_data(sector="e-l\x00earning"))
    assert response.status_code == 400
    assert CounselingRequest.objects.count() == 0


def test_nul_in_a_multipart_field_is_a_400(client, taxonomy):
    data = form_data(question="Why\x00?")
    response = client.post("/en/counseling/new/", data)  # the test client sends multipart
    assert response.status_code == 400
    assert CounselingRequest.objects.count() == 0


def test_plain_unicode_passes(client, taxonomy):
    response = client.get("/en/markets/?sector=e-health&q=%E2%9C%93%20%D7%A9%D7%9C%D7%95%D7%9D")
    assert response.status_code == 200
