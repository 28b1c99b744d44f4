"""Staff need TOTP before the admin opens (portal/two_factor.py)."""

import time

import pytest
import time_machine
from allauth.mfa.models import Authenticator

from portal import two_factor
from tests.factories import PASSWORD, StaffFactory, SuperuserFactory, totp_code

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [StaffFactory, SuperuserFactory])
def test_staff_without_totp_are_sent_to_set_it_up(client, factory):
    user = factory(second_factor=False)
    client.force_login(user)

    for path in ("/admin/", "/admin/counseling/counselingrequest/", "/admin/portal/user/"):
        response = client.get(path, follow=True)
        # allauth asks for the password again before two-factor settings change.
        assert "2fa%2Ftotp%2Factivate" in response.redirect_chain[-1][0]
        assert "Set up two-factor authentication" in response.content.decode()


def test_the_message_is_translated(client, settings):
    client.force_login(StaffFactory(second_factor=False))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fi"
    response = client.get("/admin/", follow=True)
    assert "kaksivaiheinen tunnistautuminen" in response.content.decode()


def test_staff_with_totp_open_the_admin(client):
    client.force_login(SuperuserFactory())
    assert client.get("/admin/").status_code == 200


def test_password_alone_does_not_open_the_admin(client):
    user = SuperuserFactory()
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_setting_up_totp_then_opens_the_admin(client):
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    user = StaffFactory(second_factor=False)
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert (
        client.get("/admin/", follow=True)
        .redirect_chain[-1][0]
        .startswith("/en/accounts/reauthenticate/")
    )
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.get("/en/accounts/2fa/totp/activate/")
    secret = response.context["form"].secret
    # The clock stands still: a code made at the end of a 30 s step stays valid for the post.
    with time_machine.travel(time.time(), tick=False):
        code = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))
        client.post("/en/accounts/2fa/totp/activate/", {"code": code})

    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200


def test_non_staff_still_get_a_403(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    assert client.get("/admin/login/").status_code == 403


def test_demo_secret_is_refused_outside_debug(settings):
    settings.DEBUG = False
    with pytest.raises(RuntimeError):
        two_factor.demo_totp_ensure(StaffFactory(second_factor=False))


def test_demo_staff_get_the_documented_secret_in_debug(settings, client):
    settings.DEBUG = True
    user = StaffFactory(second_factor=False)
    two_factor.demo_totp_ensure(user)
    two_factor.demo_totp_ensure(user)  # idempotent

    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).count() == 1
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(two_factor.DEMO_TOTP_SECRET)})
    assert client.get("/admin/").status_code == 200
