import pytest
from django.test import RequestFactory
from django.utils import translation

from portal import views

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Something went wrong"), ("fi", "Jokin meni vikaan"), ("sv", "Något gick fel")],
)
def test_server_error_page_is_translated_and_in_the_layout(language, heading):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        response = views.server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}"' in html
    assert heading in html
    assert 'class="site-header"' in html


def test_server_error_page_does_not_touch_the_database(django_assert_num_queries):
    request = RequestFactory().get("/en/")
    with django_assert_num_queries(0):
        views.server_error(request)


def test_bad_request_page_is_a_400_in_the_layout():
    request = RequestFactory().get("/en/")
    request.user = None
    with translation.override("lv"):
        response = views.bad_request(request)
    assert response.status_code == 400
    assert "Nederīgs pieprasījums" in response.content.decode()


def test_disallowed_host_is_a_400_in_the_layout():
    from django.test import Client

    client = Client(raise_request_exception=False)
    response = client.get("/en/", headers={"host": "evil.example.com"})
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


def test_permission_denied_page_shows_the_reason(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    response = client.get("/admin/login/")
    assert response.status_code == 403
    assert "no access to the administration" in response.content.decode()
