"""Monthly review reminders: each partner organisation's editors get one e-mail a month
listing their market profiles not reviewed for ``REMINDER_MONTHS`` months and their stale
translations. Sent by ``review_reminders_task`` on the task worker; ``manage.py
send_review_reminders`` queues it (run it from cron or a systemd timer, daily or monthly:
a second run in the same month sends nothing)."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from markets.models import REMINDER_MONTHS, MarketProfile, ReviewReminder
from portal import roles, translation_state
from portal.emails import email_enqueue
from portal.models import PartnerOrganisation

# The e-mail is written in the language of the organisation's country.
COUNTRY_LANGUAGES = {"ee": "et", "fi": "fi", "lv": "lv", "se": "sv"}


def profiles_due_for_review(*, organisation=None, today: datetime.date | None = None):
    profiles = MarketProfile.objects.due_for_review(today).with_taxonomy().ordered()
    return profiles.filter(owner=organisation) if organisation is not None else profiles


def organisation_editors(organisation) -> list:
    return list(
        get_user_model()
        .objects.filter(
            organisation=organisation,
            is_active=True,
            is_staff=True,
            groups__name=roles.PARTNER_EDITOR,
        )
        .exclude(email="")
        .order_by("email")
        .distinct()
    )


def _admin_url(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def review_reminders_send(*, today: datetime.date | None = None) -> int:
    """Send this month's reminder to every organisation that has something to review and
    has not had one this month; returns how many organisations were reminded."""
    today = today or timezone.localdate()
    month = today.replace(day=1)
    reminded = 0
    for organisation in PartnerOrganisation.objects.select_related("country").order_by("slug"):
        if ReviewReminder.objects.filter(organisation=organisation, month=month).exists():
            continue
        editors = organisation_editors(organisation)
        profiles = list(profiles_due_for_review(organisation=organisation, today=today))
        stale = translation_state.stale_for_organisation(organisation)
        if not editors or not (profiles or stale):
            continue
        try:
            with transaction.atomic():
                ReviewReminder.objects.create(
                    organisation=organisation,
                    month=month,
                    profiles=len(profiles),
                    stale_translations=len(stale),
                    recipients=len(editors),
                )
                message = _message(organisation, profiles, stale)
                for editor in editors:  # one e-mail each: colleagues' addresses stay private
                    transaction.on_commit(
                        lambda message=message, to=editor.email: email_enqueue(
                            message={**message, "to": [to]}
                        )
                    )
        except IntegrityError:  # another worker sent it meanwhile
            continue
        reminded += 1
    return reminded


def _message(organisation, profiles, stale) -> dict:
    language = COUNTRY_LANGUAGES.get(organisation.country.code, settings.LANGUAGE_CODE)
    with translation.override(language):
        context = {
            "organisation": organisation,
            "months": REMINDER_MONTHS,
            "profiles": [
                (
                    profile,
                    _admin_url(reverse("admin:markets_marketprofile_change", args=[profile.pk])),
                )
                for profile in profiles
            ],
            "stale": [
                (
                    obj,
                    translation_state_language_name(language_code),
                    _admin_url(
                        reverse(
                            f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change",
                            args=[obj.pk],
                        )
                    ),
                )
                for obj, language_code in stale
            ],
            "dashboard_url": _admin_url(reverse("admin:portal_translationstate_changelist")),
        }
        subject = render_to_string("markets/email/review_reminder_subject.txt", context).strip()
        body = render_to_string("markets/email/review_reminder.txt", context)
    return {
        "subject": subject,
        "body": body,
        "from_email": settings.DEFAULT_FROM_EMAIL,
        "to": [],
    }


def translation_state_language_name(code: str) -> str:
    return str(translation.get_language_info(code)["name_translated"])


@task
def review_reminders_task() -> int:
    """The monthly reminders, on the worker (queued by ``manage.py send_review_reminders``)."""
    return review_reminders_send()
