"""Account e-mail (sign-up verification, password reset, …) sent by the background worker.

The web request only stores a task row in the same database transaction (a
transactional outbox: if the request fails, no mail goes out); the
``db_worker`` sends it and retries with back-off while the mail server is
down, so a broken mail server never turns a sign-up into an error page.
"""

import logging
import smtplib
from collections.abc import Callable
from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
BACKOFF_SECONDS = (30, 120, 600, 1800, 7200)  # then give up and log an error


def retry_delay(attempt: int) -> timedelta:
    return timedelta(seconds=BACKOFF_SECONDS[min(attempt - 1, len(BACKOFF_SECONDS) - 1)])


@task
def send_email_task(*, message: dict, attempt: int = 1) -> str:
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        headers=message.get("headers") or {},
    )
    for content, mimetype in message.get("alternatives", []):
        email.attach_alternative(content, mimetype)
    try:
        email.send()
    except (smtplib.SMTPException, OSError) as error:
        if attempt >= MAX_ATTEMPTS:
            logger.error(
                "Giving up on e-mail to %s after %d attempts: %s", message["to"], attempt, error
            )
            _notify(message, sent=False, attempt=attempt, error=error, will_retry=False)
            raise
        logger.warning(
            "E-mail to %s failed (attempt %d), retrying: %s", message["to"], attempt, error
        )
        _notify(message, sent=False, attempt=attempt, error=error, will_retry=True)
        email_enqueue(message=message, attempt=attempt + 1)
        return "retrying"
    _notify(message, sent=True, attempt=attempt)
    return "sent"


_outcome_handlers: dict[str, Callable[..., None]] = {}


def register_outcome_handler(key: str, handler: Callable[..., None]) -> None:
    """Let messages name ``handler`` by ``key`` (apps call this in ``AppConfig.ready()``).

    Queued messages name handlers by key, never by import path: a task row from the
    database can only reach functions an app registered.
    """
    _outcome_handlers[key] = handler


def _notify(message: dict, *, sent: bool, attempt: int, error=None, will_retry=False) -> None:
    """Tell the sender how it went: ``message["notify"]`` names a handler and its context.

    ``{"handler": "<registered key>", "context": {...}}``; the handler is called
    with ``context=…, sent=…, attempt=…, error=…, will_retry=…`` (e.g. to log it).
    """
    notify = message.get("notify")
    if not notify:
        return
    try:
        _outcome_handlers[notify["handler"]](
            context=notify.get("context") or {},
            sent=sent,
            attempt=attempt,
            error=error,
            will_retry=will_retry,
        )
    except Exception:  # the mail went (or not) either way; never retry because of the log
        logger.exception("E-mail outcome handler %s failed", notify.get("handler"))


def email_enqueue(*, message: dict, attempt: int = 1) -> None:
    """Queue ``message`` (subject, body, from_email, to, headers, alternatives) for the worker."""
    queued = send_email_task
    if attempt > 1 and queued.get_backend().supports_defer:
        queued = queued.using(run_after=timezone.now() + retry_delay(attempt - 1))
    queued.enqueue(message=message, attempt=attempt)


def email_message_to_dict(email: EmailMultiAlternatives) -> dict:
    return {
        "subject": str(email.subject),
        "body": str(email.body),
        "from_email": email.from_email,
        "to": list(email.to),
        "headers": {str(key): str(value) for key, value in (email.extra_headers or {}).items()},
        "alternatives": [
            (str(alternative.content), alternative.mimetype)
            for alternative in getattr(email, "alternatives", [])
        ],
    }
