"""Account e-mail (sign-up verification, password reset, …) sent by the background worker.

The web request only stores a task row in the same database transaction (a
transactional outbox: if the request fails, no mail goes out); the
``task_worker`` sends it and retries with back-off while the mail server is
down, so a broken mail server never turns a sign-up into an error page.

Each message gets its Message-ID when it is queued; the worker sends it at most
once per Message-ID (``EmailDelivery``: the row is locked while the mail server
is talked to and marked sent in the same transaction), so a task run again
after its worker died (``portal.task_recovery``) sends nothing twice.
"""

import hashlib
import json
import logging
import smtplib
from collections.abc import Callable
from datetime import timedelta
from email.utils import parseaddr

from django.core.mail import DNS_NAME, EmailMultiAlternatives, mailers, make_msgid
from django.db import OperationalError, connection, transaction
from django.tasks import task
from django.utils import timezone

from portal.models import EmailDelivery

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
BACKOFF_SECONDS = (30, 120, 600, 1800, 7200)  # then give up and log an error
BUSY_SECONDS = 30  # another worker holds the message: look again after this
# A delivery row must outlive every task that may carry its Message-ID: the retries
# (under three hours), a re-run after a crash, a daily job run twice (one day).
DELIVERY_KEEP = timedelta(days=30)


class DeliveryBusy(Exception):
    """Another worker is handing this very message to the mail server right now."""


def retry_delay(attempt: int) -> timedelta:
    return timedelta(seconds=BACKOFF_SECONDS[min(attempt - 1, len(BACKOFF_SECONDS) - 1)])


@task
def send_email_task(*, message: dict, attempt: int = 1) -> str:
    message_id = message_id_of(message)
    # Any retry queued below carries this id, also for a message queued without one.
    headers = {**_headers_without_message_id(message), "Message-ID": message_id}
    message = {**message, "headers": headers}
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        headers=headers,
    )
    for content, mimetype in message.get("alternatives", []):
        email.attach_alternative(content, mimetype)
    try:
        sent_now = email_send_once(email, message_id=message_id)
    except DeliveryBusy:
        logger.warning("E-mail %s is being sent by another worker; looking again later", message_id)
        email_enqueue(message=message, attempt=attempt, delay=timedelta(seconds=BUSY_SECONDS))
        return "busy"
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
    if not sent_now:
        logger.info("E-mail %s had been sent already; not sending it again", message_id)
        return "already sent"
    _notify(message, sent=True, attempt=attempt)
    return "sent"


def email_send_once(email: EmailMultiAlternatives, *, message_id: str) -> bool:
    """Hand ``email`` to the mail server unless ``message_id`` went already; ``True`` if sent now.

    PostgreSQL: the ``EmailDelivery`` row stays locked from before the SMTP
    conversation until ``sent_at`` is committed, right after the server's
    ``250``; the connection is closed (``QUIT``) only after the commit. A worker
    that dies before the commit takes its transaction (and lock) with it, so the
    message counts as unsent and the next run sends it; one that dies after it
    left a sent row, and the next run sends nothing. A second worker meeting the
    lock does not wait (``DeliveryBusy``). The one gap left is a death between
    the server's ``250`` and the commit (a few milliseconds): that message may
    go twice, with the same Message-ID (receivers can fold it).
    """
    EmailDelivery.objects.get_or_create(message_id=message_id)
    mailer = mailers.default
    try:
        if not connection.features.has_select_for_update:
            # SQLite (development): one writer at a time; never hold it during SMTP.
            if EmailDelivery.objects.filter(message_id=message_id, sent_at__isnull=False).exists():
                return False
            mailer.send_messages([email])
            EmailDelivery.objects.filter(message_id=message_id).update(sent_at=timezone.now())
            return True
        with transaction.atomic():
            try:
                delivery = EmailDelivery.objects.select_for_update(nowait=True).get(
                    message_id=message_id
                )
            except OperationalError as error:
                raise DeliveryBusy(message_id) from error
            if delivery.sent_at is not None:
                return False
            mailer.open()  # so that send_messages() leaves the connection open until we commit
            mailer.send_messages([email])
            delivery.sent_at = timezone.now()
            delivery.save(update_fields=["sent_at"])
        return True
    finally:
        try:
            mailer.close()
        except (smtplib.SMTPException, OSError) as error:  # the message went (or not) already
            logger.warning("Closing the mail server connection failed: %s", error)


def email_deliveries_prune(*, older_than: timedelta = DELIVERY_KEEP) -> int:
    """Forget deliveries no queued task can still be about (the worker does this hourly)."""
    deleted, _ = EmailDelivery.objects.filter(created_at__lt=timezone.now() - older_than).delete()
    return deleted


def message_id_of(message: dict) -> str:
    """The Message-ID ``email_enqueue`` gave ``message`` (one derived from its content if none)."""
    for key, value in (message.get("headers") or {}).items():
        if key.lower() == "message-id":
            return value
    # Queued before Message-IDs were given at enqueue time: the same content, the same id.
    digest = hashlib.sha256(json.dumps(message, sort_keys=True).encode()).hexdigest()[:32]
    return f"<{digest}@{_message_id_domain(message)}>"


def message_id_once(*parts: object, from_email: str) -> str:
    """A Message-ID fixed by ``parts`` (a digest's organisation, counselor and day, say).

    For a mail that must go once per period whoever queues it: queued twice (a
    daily job run again after its worker died), it is still sent once.
    """
    key = ".".join(str(part) for part in parts)
    return f"<{key}@{_message_id_domain({'from_email': from_email})}>"


def _message_id_domain(message: dict) -> str:
    address = parseaddr(message.get("from_email") or "")[1]
    return address.rpartition("@")[2] or DNS_NAME.get_fqdn()


def _headers_without_message_id(message: dict) -> dict:
    headers = message.get("headers") or {}
    return {key: value for key, value in headers.items() if key.lower() != "message-id"}


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


def email_enqueue(*, message: dict, attempt: int = 1, delay: timedelta | None = None) -> None:
    """Queue ``message`` (subject, body, from_email, to, headers, alternatives) for the worker.

    The message gets its Message-ID here, once: every later attempt (a retry, a
    run again after a dead worker) carries the same one.
    """
    headers = message.get("headers") or {}
    if not any(key.lower() == "message-id" for key in headers):
        message_id = make_msgid(domain=_message_id_domain(message))
        message = {**message, "headers": {**headers, "Message-ID": message_id}}
    if delay is None and attempt > 1:
        delay = retry_delay(attempt - 1)
    queued = send_email_task
    if delay is not None and queued.get_backend().supports_defer:
        queued = queued.using(run_after=timezone.now() + delay)
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
