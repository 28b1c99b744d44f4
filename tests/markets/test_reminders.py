"""Monthly review reminders: the owner organisation's editors get their overdue profiles and
stale translations, once a month, through the task worker."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from markets import reminders
from markets.models import MarketProfile, ReviewReminder
from portal import roles
from portal.models import PartnerOrganisation, TranslationState
from portal.translation_state import _content_type, fingerprint
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 2)


@pytest.fixture
def editors(demo):
    laurea = PartnerOrganisation.objects.get(slug="laurea")
    sics = PartnerOrganisation.objects.get(slug="sics")
    return {
        "laurea": [
            StaffFactory(
                email="editor1@laurea.example.org",
                organisation=laurea,
                roles=[roles.PARTNER_EDITOR],
            ),
            StaffFactory(
                email="editor2@laurea.example.org",
                organisation=laurea,
                roles=[roles.PARTNER_EDITOR],
            ),
        ],
        "sics": [
            StaffFactory(
                email="editor@sics.example.org", organisation=sics, roles=[roles.PARTNER_EDITOR]
            )
        ],
        # A counselor of Laurea is no editor: no reminder.
        "counselor": StaffFactory(
            email="counselor@laurea.example.org", organisation=laurea, roles=[roles.COUNSELOR]
        ),
    }


def _profile(key):
    country, sector = key.split("-", 1)
    return MarketProfile.objects.get(country__code=country, sector__slug=sector)


def _make_stale(profile, language="lv"):
    TranslationState.objects.create(
        content_type=_content_type(profile),
        object_id=profile.pk,
        field="regulation",
        language=language,
        source_fingerprint=fingerprint("an older English text"),
    )


def _send(django_capture_on_commit_callbacks, **kwargs):
    with django_capture_on_commit_callbacks(execute=True):
        return reminders.review_reminders_send(today=TODAY, **kwargs)


def test_editors_get_their_overdue_profiles_and_stale_translations_once(
    editors, immediate_tasks, django_capture_on_commit_callbacks
):
    MarketProfile.objects.update(reviewed_on=TODAY)  # everything fresh …
    MarketProfile.objects.filter(pk=_profile("fi-e-health").pk).update(
        reviewed_on=datetime.date(2025, 12, 1)  # … but one, reviewed 12 months ago
    )
    _make_stale(_profile("se-e-learning"), "fi")

    assert _send(django_capture_on_commit_callbacks) == 2

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {
        "editor1@laurea.example.org",
        "editor2@laurea.example.org",
        "editor@sics.example.org",
    }
    laurea = by_recipient["editor1@laurea.example.org"].body
    assert "Finland" in laurea or "Suomi" in laurea
    assert (
        reverse("admin:markets_marketprofile_change", args=[_profile("fi-e-health").pk]) in laurea
    )
    assert (
        reverse("admin:markets_marketprofile_change", args=[_profile("se-e-learning").pk])
        not in laurea
    )
    sics = by_recipient["editor@sics.example.org"].body
    assert (
        reverse("admin:markets_marketprofile_change", args=[_profile("se-e-learning").pk]) in sics
    )
    assert (
        reverse("admin:markets_marketprofile_change", args=[_profile("fi-e-health").pk]) not in sics
    )
    assert "suomi" in sics.lower() or "finska" in sics.lower()  # the stale language, in Swedish
    assert ReviewReminder.objects.get(organisation__slug="laurea").profiles == 1

    # Once a month: a second run the same month sends nothing.
    mail.outbox.clear()
    assert _send(django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


def test_an_organisation_with_nothing_to_review_gets_no_email(
    editors, immediate_tasks, django_capture_on_commit_callbacks
):
    MarketProfile.objects.update(reviewed_on=datetime.date(2026, 6, 1))  # within 11 months

    assert _send(django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


def test_the_reminder_is_written_in_the_organisations_language(
    editors, immediate_tasks, django_capture_on_commit_callbacks
):
    MarketProfile.objects.update(reviewed_on=TODAY)
    MarketProfile.objects.filter(pk=_profile("se-e-health").pk).update(reviewed_on=None)

    _send(django_capture_on_commit_callbacks)

    (message,) = mail.outbox
    assert message.to == ["editor@sics.example.org"]
    assert "Hej" in message.body and "aldrig granskad" in message.body


def test_the_command_queues_the_task_on_the_worker(editors, immediate_tasks):
    MarketProfile.objects.update(reviewed_on=datetime.date(2020, 1, 1))
    call_command("send_review_reminders", stdout=None)
    assert set(ReviewReminder.objects.values_list("organisation__slug", flat=True)) == {
        "laurea",
        "sics",
    }


def test_the_dashboard_lists_profiles_not_reviewed_for_11_months(client, editors):
    MarketProfile.objects.update(reviewed_on=datetime.date(2030, 1, 1))
    MarketProfile.objects.filter(pk=_profile("lv-e-learning").pk).update(
        reviewed_on=datetime.date(2020, 1, 1)
    )
    client.force_login(editors["sics"][0])

    page = client.get(reverse("admin:portal_translationstate_changelist")).content.decode()

    assert "Market profiles not reviewed for 11 months" in page
    assert (
        reverse("admin:markets_marketprofile_change", args=[_profile("lv-e-learning").pk]) in page
    )
    assert (
        reverse("admin:markets_marketprofile_change", args=[_profile("fi-e-health").pk]) not in page
    )
