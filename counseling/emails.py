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
from django.utils import translation
from django.utils.translation import gettext

from counseling import tokens
from portal.emails import email_enqueue, email_message_to_dict

logger = logging.getLogger(__name__)

KINDS = ("confirmation", "reply", "closed")


OUTCOME_HANDLER = "counseling.request_email"  # registered in CounselingConfig.ready()


def tracking_url(request, *, language: str | None = None) -> str:
    with translation.override(language or request.preferred_language):
        path = reverse(
            "counseling:track", kwargs={"token": tokens.token_for(request.tracking_nonce)}
        )
    return settings.SITE_URL.rstrip("/") + path


def _subject(kind: str, reference: str) -> str:
    subjects = {
        "confirmation": gettext("We received your counseling request %(reference)s"),
        "reply": gettext("A reply to your counseling request %(reference)s"),
        "closed": gettext("Your counseling request %(reference)s is closed"),
    }
    return subjects[kind] % {"reference": reference}


def request_email_message(request, *, kind: str, text: str = "") -> dict:
    """The message dict of ``kind`` for ``request``, in the company's preferred language."""
    if kind not in KINDS:
        raise ValueError(f"Unknown e-mail kind {kind!r}")
    language = request.preferred_language
    with translation.override(language):
        context = {
            "request": request,
            "text": text,
            "tracking_url": tracking_url(request, language=language),
            "site_name": settings.SITE_NAME,
            "site_url": settings.SITE_URL.rstrip("/"),
        }
        body = render_to_string(f"counseling/email/{kind}.txt", context)
        subject = _subject(kind, request.reference)
    email = EmailMultiAlternatives(
        subject=f"[{settings.SITE_NAME}] {subject}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[request.email],
        headers={"Content-Language": language, "Auto-Submitted": "auto-generated"},
    )
    message = email_message_to_dict(email)
    message["notify"] = {
        "handler": OUTCOME_HANDLER,
        "context": {"request_id": request.pk, "kind": kind},
    }
    return message


def request_email_queue(request, *, kind: str, text: str = "") -> None:
    """Queue the e-mail once the surrounding transaction commits (never if it rolls back)."""
    if not request.email or request.is_anonymised:
        return
    message = request_email_message(request, kind=kind, text=text)
    transaction.on_commit(partial(email_enqueue, message=message))
    if settings.DEBUG and kind == "confirmation":
        # The console mail backend prints bodies quoted-printable, which breaks long links.
        logger.info(
            "Tracking link of %s (DEBUG only): %s", request.reference, tracking_url(request)
        )


# --- Staff notifications -------------------------------------------------------------

STAFF_KINDS = ("staff_new", "staff_answer")
# A counselor reads the language of their organisation's country; English otherwise.
COUNTRY_LANGUAGES = {"ee": "et", "fi": "fi", "lv": "lv", "se": "sv"}


def staff_language(user) -> str:
    organisation = getattr(user, "organisation", None)
    code = organisation.country.code if organisation is not None else ""
    return COUNTRY_LANGUAGES.get(code, settings.LANGUAGE_CODE)


def staff_email_queue(request, *, kind: str, recipients) -> None:
    """Tell counselors about a new request or a company's answer; no personal data in the mail."""
    if kind not in STAFF_KINDS:
        raise ValueError(f"Unknown staff e-mail kind {kind!r}")
    admin_url = settings.SITE_URL.rstrip("/") + reverse(
        "admin:counseling_counselingrequest_change", args=[request.pk]
    )
    for user in recipients:
        if not user.email:
            continue
        language = staff_language(user)
        with translation.override(language):
            body = render_to_string(
                f"counseling/email/{kind}.txt",
                {"request": request, "admin_url": admin_url, "site_name": settings.SITE_NAME},
            )
            if kind == "staff_new":
                subject = gettext("New counseling request %(reference)s") % {
                    "reference": request.reference
                }
            else:
                subject = gettext("The company answered on %(reference)s") % {
                    "reference": request.reference
                }
        email = EmailMultiAlternatives(
            subject=f"[{settings.SITE_NAME}] {subject}",
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
            headers={"Content-Language": language, "Auto-Submitted": "auto-generated"},
        )
        message = email_message_to_dict(email)
        message["notify"] = {
            "handler": OUTCOME_HANDLER,
            "context": {"request_id": request.pk, "kind": kind},
        }
        transaction.on_commit(partial(email_enqueue, message=message))
