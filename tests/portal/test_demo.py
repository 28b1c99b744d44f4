import pytest
from django.core.management import call_command

from portal.models import Barrier, Country, Page, PartnerOrganisation, Sector, User

pytestmark = pytest.mark.django_db


def _counts():
    return [m.objects.count() for m in (Country, Sector, Barrier, PartnerOrganisation, Page, User)]


def test_load_demo_is_idempotent(settings):
    settings.DEBUG = False
    call_command("load_demo", stdout=None)
    first = _counts()
    call_command("load_demo", stdout=None)
    assert _counts() == first
    assert first[:5] == [4, 2, 8, 4, 3]


def test_load_demo_has_every_text_in_five_languages(settings):
    call_command("load_demo", stdout=None)
    for model, fields in [
        (Country, ["name"]),
        (Sector, ["name", "description"]),
        (Barrier, ["name", "description"]),
        (Page, ["title", "summary", "body"]),
    ]:
        for obj in model.objects.all():
            for field in fields:
                for code in ["en", "et", "fi", "lv", "sv"]:
                    assert getattr(obj, f"{field}_{code}"), f"{obj} lacks {field}_{code}"


def test_load_demo_creates_the_demo_administrator_only_in_debug(settings, capsys):
    settings.DEBUG = False
    call_command("load_demo")
    assert not User.objects.filter(is_superuser=True).exists()
    settings.DEBUG = True
    call_command("load_demo")
    admin = User.objects.get(is_superuser=True)
    assert admin.email == settings.DEMO_ADMIN_EMAIL
    assert "Demo administrator" in capsys.readouterr().out
