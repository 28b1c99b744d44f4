import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_pages_send_a_strict_content_security_policy(client):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_layout_has_no_inline_scripts_or_styles(client):
    html = client.get("/en/").content.decode()
    assert "<script>" not in html
    assert "style=" not in html
    assert "<style" not in html


def test_post_without_csrf_token_is_a_403_in_the_layout(db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/accounts/login/", {"login": "a@example.org", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "The form has expired" in html
    assert 'class="site-header"' in html


def test_admin_sends_anonymous_staff_to_the_allauth_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    login = client.get(response["Location"], follow=False)
    assert login.status_code in (200, 302)
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_admin_refuses_a_signed_in_non_staff_user(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    response = client.get("/admin/login/")
    assert response.status_code == 403


def test_admin_opens_for_staff_signed_in_through_allauth(client):
    from tests.factories import PASSWORD, SuperuserFactory, totp_code

    user = SuperuserFactory()
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "/accounts/2fa/authenticate/" in response["Location"]
    assert client.get("/admin/").status_code == 302  # not signed in before the code
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code()})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "BALLAD_", "EMAIL_", "SMTP_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "ballad.settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "x7!Qp2#vL9@rT4$wZ8^mN1&bC6*kH3(yJ5)uE0-gF+sD=aW_eR" * 2,
            "DJANGO_ALLOWED_HOSTS": "ballad.example.org",
            "EMAIL_URL": "smtp://mailer:secret@smtp.example.org:587?tls=1",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        }
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BALLAD_"))}
    env.update({"DJANGO_SETTINGS_MODULE": "ballad.settings", "DJANGO_DEBUG": "0"})
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
