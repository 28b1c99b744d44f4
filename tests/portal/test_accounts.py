"""Accounts with allauth: sign-up with mandatory e-mail verification, sign-in, rate limits, 2FA."""

import re
import smtplib

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

from portal.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_tasks")]


def _verification_link(message) -> str:
    match = re.search(r"https?://testserver(/\w\w/accounts/confirm-email/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_sign_up_requires_e_mail_verification_before_sign_in(client):
    response = client.post(
        "/fi/accounts/signup/",
        {"email": "Founder@Example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/fi/accounts/confirm-email/"
    user = User.objects.get(email="founder@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["founder@example.org"]

    # Not verified yet: signing in leads back to the verification notice.
    client.logout()
    response = client.post(
        "/fi/accounts/login/", {"login": "founder@example.org", "password": PASSWORD}
    )
    assert response["Location"] == "/fi/accounts/confirm-email/"

    link = _verification_link(mail.outbox[-1])
    response = client.post(link)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified


def test_verification_e_mail_is_in_the_visitors_language(client):
    client.post(
        "/sv/accounts/signup/",
        {"email": "kund@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert "/sv/accounts/confirm-email/" in mail.outbox[0].body
    assert "e-post" in mail.outbox[0].body.lower() or "bekräfta" in mail.outbox[0].body.lower()


def test_sign_up_with_a_taken_address_does_not_create_a_second_account(client):
    UserFactory(email="taken@example.org")
    client.post(
        "/en/accounts/signup/",
        {"email": "TAKEN@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert User.objects.filter(email__iexact="taken@example.org").count() == 1


@pytest.mark.parametrize(
    "email",
    [
        "",
        "not-an-address",
        "a@b",
        "x" * 300 + "@example.org",
        "evil@example.org\r\nBcc: x@y.z",
        "\x00@example.org",
    ],
)
def test_sign_up_rejects_bad_addresses_without_creating_anything(client, email):
    response = client.post(
        "/en/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 200
    assert (
        'aria-invalid="true"' in response.content.decode()
        or "errorlist" in response.content.decode()
    )
    assert User.objects.count() == 0
    assert mail.outbox == []


def test_sign_in_by_e_mail_and_sign_out(client):
    user = UserFactory()
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/en/").context["user"] == user
    client.post("/en/accounts/logout/")
    assert not client.get("/en/").context["user"].is_authenticated


def test_sign_in_is_rate_limited_and_says_so_in_the_visitors_language(client):
    user = UserFactory()
    for _ in range(5):
        client.post("/fi/accounts/login/", {"login": user.email, "password": "wrong"})
    response = client.post("/fi/accounts/login/", {"login": user.email, "password": PASSWORD})
    html = response.content.decode()
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session
    assert "liian monta" in html.lower() or "liikaa" in html.lower()


def test_password_reset_sends_a_link(client):
    user = UserFactory()
    response = client.post("/et/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/et/accounts/password/reset/key/" in mail.outbox[0].body


@pytest.mark.parametrize(
    "path",
    ["/en/accounts/email/", "/en/accounts/password/change/", "/en/accounts/2fa/"],
)
def test_account_pages_use_the_site_layout(client, path):
    client.force_login(UserFactory())
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html
    assert 'class="account-menu"' in html
    assert 'class="site-header"' in html


def test_two_factor_totp_can_be_activated(client):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    user = UserFactory()
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    # Turning on two-factor asks for the password again (allauth's reauthentication).
    assert client.get("/en/accounts/2fa/totp/activate/").status_code == 302
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.get("/en/accounts/2fa/totp/activate/")
    assert response.status_code == 200
    secret = response.context["form"].secret
    code = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))
    response = client.post("/en/accounts/2fa/totp/activate/", {"code": code})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class FlakyMailServer(LocmemBackend):
    """The mail server: down for the first two messages, then up."""

    calls = 0

    def send_messages(self, messages):
        type(self).calls += 1
        if type(self).calls <= 2:
            raise smtplib.SMTPServerDisconnected("mail server down")
        return super().send_messages(messages)


def test_sign_up_survives_a_failing_mail_server_and_the_mail_is_retried(client, settings):
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.FlakyMailServer"}}
    FlakyMailServer.calls = 0
    response = client.post(
        "/en/accounts/signup/",
        {"email": "patient@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert User.objects.filter(email="patient@example.org").exists()
    assert FlakyMailServer.calls == 3
    assert [m.to for m in mail.outbox] == [["patient@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_sign_up_mail_waits_in_the_database_queue_for_the_worker(client, settings):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.post(
        "/en/accounts/signup/",
        {"email": "queued@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert mail.outbox == []
    assert DBTaskResult.objects.count() == 1
    call_command("db_worker", "--batch", "--no-reload", verbosity=0)
    assert [m.to for m in mail.outbox] == [["queued@example.org"]]
