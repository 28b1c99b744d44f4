"""The company's e-mails: rendered in its preferred language, queued after the transaction commits.

Sending, retries and back-off are ``portal.emails``; its outcome comes back to
``counseling.services.request_email_outcome``, which writes it to the log.
"""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from counseling import tokens
from portal.emails import email_enqueue, email_message_to_dict, message_id_once

logger = logging.getLogger(__name__)

KINDS = ("confirmation", "reply", "question", "closed", "reminder", "auto_closed")


OUTCOME_HANDLER = "counseling.request_email"  # registered in CounselingConfig.ready()


def tracking_url(counseling_request, *, language: str | None = None) -> str:
    with translation.override(language or counseling_request.preferred_language):
        path = reverse(
            "counseling:track",
            kwargs={"token": tokens.token_for(counseling_request.tracking_nonce)},
        )
    return settings.SITE_URL.rstrip("/") + path


def survey_url(counseling_request, *, language: str | None = None) -> str:
    with translation.override(language or counseling_request.preferred_language):
        path = reverse(
            "counseling:survey",
            kwargs={
                "reference": counseling_request.reference,
                "token": tokens.token_for(
                    counseling_request.tracking_nonce, salt=tokens.SURVEY_SALT
                ),
            },
        )
    return settings.SITE_URL.rstrip("/") + path


def _subject(kind: str, reference: str) -> str:
    subjects = {
        "confirmation": gettext("We received your counseling request %(reference)s"),
        "reply": gettext("A reply to your counseling request %(reference)s"),
        "question": gettext("Your answer is needed: counseling request %(reference)s"),
        "closed": gettext("Your counseling request %(reference)s is closed"),
        "reminder": gettext("Reminder: your answer is needed on %(reference)s"),
        "auto_closed": gettext(
            "Your counseling request %(reference)s was closed without an answer"
        ),
    }
    return subjects[kind] % {"reference": reference}


def _message(counseling_request, *, kind: str, to: str, language: str, subject: str, body: str):
    """One message dict for the e-mail task, carrying the outcome handler and its context."""
    email = EmailMultiAlternatives(
        subject=f"[{settings.SITE_NAME}] {subject}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={"Content-Language": language, "Auto-Submitted": "auto-generated"},
    )
    message = email_message_to_dict(email)
    message["notify"] = {
        "handler": OUTCOME_HANDLER,
        "context": {"request_id": counseling_request.pk, "kind": kind},
    }
    return message


def request_email_message(counseling_request, *, kind: str, text: str = "") -> dict:
    """The message dict of ``kind`` for the request, in the company's preferred language."""
    if kind not in KINDS:
        raise ValueError(f"Unknown e-mail kind {kind!r}")
    language = counseling_request.preferred_language
    with translation.override(language):
        url = tracking_url(counseling_request, language=language)
        context = {
            "counseling_request": counseling_request,
            "text": text,
            "tracking_url": url,
            "answer_url": f"{url}#answer",
            "survey_url": survey_url(counseling_request, language=language),
            "close_days": settings.COUNSELING_AUTO_CLOSE_DAYS,
            "site_name": settings.SITE_NAME,
            "site_url": settings.SITE_URL.rstrip("/"),
        }
        body = render_to_string(f"counseling/email/{kind}.txt", context)
        subject = _subject(kind, counseling_request.reference)
    return _message(
        counseling_request,
        kind=kind,
        to=counseling_request.email,
        language=language,
        subject=subject,
        body=body,
    )


def request_email_queue(counseling_request, *, kind: str, text: str = "") -> None:
    """Queue the e-mail once the surrounding transaction commits (never if it rolls back)."""
    if not counseling_request.email or counseling_request.is_anonymised:
        return
    message = request_email_message(counseling_request, kind=kind, text=text)
    transaction.on_commit(partial(email_enqueue, message=message))
    if settings.DEBUG and kind == "confirmation":
        # The console mail backend prints bodies quoted-printable, which breaks long links.
        logger.info(
            "Tracking link of %s (DEBUG only): %s",
            counseling_request.reference,
            tracking_url(counseling_request),
        )


# --- Staff notifications -------------------------------------------------------------

STAFF_KINDS = ("staff_new", "staff_answer")
# A counselor reads the language of their organisation's country; English otherwise.
COUNTRY_LANGUAGES = {"ee": "et", "fi": "fi", "lv": "lv", "se": "sv"}


def staff_language(user) -> str:
    organisation = getattr(user, "organisation", None)
    code = organisation.country.code if organisation is not None else ""
    return COUNTRY_LANGUAGES.get(code, settings.LANGUAGE_CODE)


def staff_email_queue(counseling_request, *, kind: str, recipients) -> None:
    """Tell counselors about a new request or a company's answer; no personal data in the mail."""
    if kind not in STAFF_KINDS:
        raise ValueError(f"Unknown staff e-mail kind {kind!r}")
    admin_url = settings.SITE_URL.rstrip("/") + reverse(
        "admin:counseling_counselingrequest_change", args=[counseling_request.pk]
    )
    for user in recipients:
        if not user.email:
            continue
        language = staff_language(user)
        with translation.override(language):
            body = render_to_string(
                f"counseling/email/{kind}.txt",
                {
                    "counseling_request": counseling_request,
                    "admin_url": admin_url,
                    "site_name": settings.SITE_NAME,
                },
            )
            if kind == "staff_new":
                subject = gettext("New counseling request %(reference)s") % {
                    "reference": counseling_request.reference
                }
            else:
                subject = gettext("The company answered on %(reference)s") % {
                    "reference": counseling_request.reference
                }
        message = _message(
            counseling_request,
            kind=kind,
            to=user.email,
            language=language,
            subject=subject,
            body=body,
        )
        transaction.on_commit(partial(email_enqueue, message=message))


def staff_digest_queue(organisation, *, new: list, overdue: list, recipients, day=None) -> int:
    """The daily digest of an organisation's new and overdue requests, to each counselor.

    One per counselor and ``day`` (today by default): its Message-ID names
    them, so a daily run repeated after a crash sends no second digest.
    """
    day = day or timezone.localdate()
    base = settings.SITE_URL.rstrip("/")
    changelist = reverse("admin:counseling_counselingrequest_changelist")
    sent = 0
    for user in recipients:
        if not user.email:
            continue
        language = staff_language(user)
        with translation.override(language):
            body = render_to_string(
                "counseling/email/staff_digest.txt",
                {
                    "organisation": organisation,
                    "new": new,
                    "overdue": overdue,
                    "queue_url": f"{base}{changelist}?queue=open",
                    "overdue_url": f"{base}{changelist}?queue=open&overdue=yes",
                    "site_name": settings.SITE_NAME,
                },
            )
            subject = gettext("Counseling digest: %(new)d new, %(overdue)d overdue") % {
                "new": len(new),
                "overdue": len(overdue),
            }
        email = EmailMultiAlternatives(
            subject=f"[{settings.SITE_NAME}] {subject}",
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
            headers={
                "Content-Language": language,
                "Auto-Submitted": "auto-generated",
                "Message-ID": message_id_once(
                    "digest",
                    organisation.pk,
                    user.pk,
                    day.isoformat(),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                ),
            },
        )
        transaction.on_commit(partial(email_enqueue, message=email_message_to_dict(email)))
        sent += 1
    return sent
