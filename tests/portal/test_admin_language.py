"""The admin speaks the staff member's language: their account's preference, set on the
account page or by the admin header's switcher."""

import pytest
from django.conf import settings

from portal.models import User
from tests.factories import StaffFactory, UserFactory
from tests.html_validator import assert_valid_html

pytestmark = pytest.mark.django_db


def _admin_index(client, **headers):
    response = client.get("/admin/", headers=headers)
    assert response.status_code == 200
    return response.content.decode()


def test_staff_with_finnish_preference_sees_the_admin_index_in_finnish(client, taxonomy):
    client.force_login(StaffFactory(language="fi"))
    page = _admin_index(client, accept_language="sv")
    assert '<html lang="fi"' in page
    assert "Kirjaudu ulos" in page  # Django admin's "Log out"
    assert "Logga ut" not in page


def test_staff_without_preference_keeps_the_browser_language(client, taxonomy):
    client.force_login(StaffFactory(language=""))
    page = _admin_index(client, accept_language="sv")
    assert '<html lang="sv"' in page and "Logga ut" in page


def test_admin_header_has_a_language_switcher(client, taxonomy):
    client.force_login(StaffFactory(language="lv"))
    page = _admin_index(client)
    assert '<form class="admin-language" method="post" action="/admin/language/">' in page
    assert '<option value="lv" lang="lv" selected>latviešu</option>' in page
    assert 'name="next" value="/admin/"' in page


def test_admin_language_switcher_stores_the_preference(client, taxonomy):
    staff = StaffFactory(language="")
    client.force_login(staff)
    response = client.post(
        "/admin/language/", {"language": "lv", "next": "/admin/portal/livinglab/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/portal/livinglab/"
    staff.refresh_from_db()
    assert staff.language == "lv"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "lv"
    page = _admin_index(client, accept_language="fi")
    assert '<html lang="lv"' in page and "Atslēgties" in page


def test_admin_language_switcher_refuses_an_unknown_language_and_a_get(client, taxonomy):
    staff = StaffFactory(language="fi")
    client.force_login(staff)
    assert client.post("/admin/language/", {"language": "xx"}).status_code == 400
    assert client.post("/admin/language/", {}).status_code == 400
    assert client.get("/admin/language/?language=sv").status_code == 405
    staff.refresh_from_db()
    assert staff.language == "fi"


def test_admin_language_switcher_goes_back_only_to_the_admin(client, taxonomy):
    client.force_login(StaffFactory())
    for next_url in ["https://evil.example/admin/", "//evil.example/", "/en/", ""]:
        response = client.post("/admin/language/", {"language": "sv", "next": next_url})
        assert response["Location"] == "/admin/", next_url


def test_admin_language_switcher_for_a_visitor_only_sets_the_cookie(client, taxonomy):
    response = client.post("/admin/language/", {"language": "et", "next": "/admin/login/"})
    assert response["Location"] == "/admin/login/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "et"
    assert not User.objects.exclude(language="").exists()


def test_account_language_page_stores_the_preference_for_the_admin(client, taxonomy):
    staff = StaffFactory(language="")
    client.force_login(staff)
    page = client.get("/en/account/language/")
    assert page.status_code == 200
    assert 'aria-current="page">Language</a>' in page.content.decode()
    assert_valid_html({"/en/account/language/": page.content.decode()})

    response = client.post("/en/account/language/", {"language": "fi"})

    assert response.status_code == 302
    assert response["Location"] == "/fi/account/language/"
    staff.refresh_from_db()
    assert staff.language == "fi"
    followed = client.get(response["Location"]).content.decode()
    assert "Kielesi on tallennettu." in followed
    assert "Kirjaudu ulos" in _admin_index(client, accept_language="en")


def test_account_language_page_refuses_an_unknown_language(client, taxonomy):
    user = UserFactory(language="sv")
    client.force_login(user)
    response = client.post("/en/account/language/", {"language": "xx"})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    user.refresh_from_db()
    assert user.language == "sv"


def test_account_language_page_can_clear_the_preference(client, taxonomy):
    user = UserFactory(language="sv")
    client.force_login(user)
    response = client.post("/en/account/language/", {"language": ""})
    assert response["Location"] == "/en/account/language/"
    user.refresh_from_db()
    assert user.language == ""


def test_account_language_page_needs_a_signed_in_user(client, taxonomy):
    response = client.get("/en/account/language/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
