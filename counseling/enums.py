"""The states of a counseling request and the keys of its activity log, used everywhere alike."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RequestStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("request status", "New")
    ASSIGNED = "assigned", pgettext_lazy("request status", "Assigned")
    IN_PROGRESS = "in_progress", pgettext_lazy("request status", "In progress")
    WAITING_FOR_SME = "waiting_for_sme", pgettext_lazy("request status", "Waiting for your answer")
    ANSWERED = "answered", pgettext_lazy("request status", "Answered")
    CLOSED = "closed", pgettext_lazy("request status", "Closed")
    REJECTED = "rejected", pgettext_lazy("request status", "Rejected")

    @classmethod
    def open_values(cls) -> tuple[str, ...]:
        return tuple(status.value for status in OPEN_STATUSES)

    @classmethod
    def closed_values(cls) -> tuple[str, ...]:
        return tuple(status.value for status in CLOSED_STATUSES)


OPEN_STATUSES = frozenset(
    {
        RequestStatus.NEW,
        RequestStatus.ASSIGNED,
        RequestStatus.IN_PROGRESS,
        RequestStatus.WAITING_FOR_SME,
        RequestStatus.ANSWERED,
    }
)
CLOSED_STATUSES = frozenset({RequestStatus.CLOSED, RequestStatus.REJECTED})

# The workflow of the SPEC, exactly: new → assigned → in_progress ⇄ waiting_for_sme →
# answered → closed, and new|assigned → rejected.
TRANSITIONS: dict[str, frozenset[str]] = {
    RequestStatus.NEW: frozenset({RequestStatus.ASSIGNED, RequestStatus.REJECTED}),
    RequestStatus.ASSIGNED: frozenset({RequestStatus.IN_PROGRESS, RequestStatus.REJECTED}),
    RequestStatus.IN_PROGRESS: frozenset({RequestStatus.WAITING_FOR_SME, RequestStatus.ANSWERED}),
    RequestStatus.WAITING_FOR_SME: frozenset({RequestStatus.IN_PROGRESS}),
    RequestStatus.ANSWERED: frozenset({RequestStatus.CLOSED}),
    RequestStatus.CLOSED: frozenset(),
    RequestStatus.REJECTED: frozenset(),
}


def allowed_transitions(status: str) -> list[RequestStatus]:
    """The statuses a request in ``status`` may move to, in workflow order."""
    allowed = TRANSITIONS.get(status, frozenset())
    return [choice for choice in RequestStatus if choice in allowed]


class CompanySize(models.TextChoices):
    MICRO = "micro", _("1–9 people")  # noqa: RUF001
    SMALL = "small", _("10–49 people")  # noqa: RUF001
    MEDIUM = "medium", _("50–249 people")  # noqa: RUF001
    LARGE = "large", _("250 people or more")


class EventAction(models.TextChoices):
    """Stable keys of the activity log; the human text is looked up when the log is shown."""

    SUBMITTED = "submitted", _("Request submitted")
    ROUTED = "routed", _("Routed to an organisation")
    STATUS_CHANGED = "status_changed", _("Status changed")
    ASSIGNED = "assigned", _("Counselor assigned")
    HANDED_OVER = "handed_over", _("Handed over to another organisation")
    NOTE = "note", _("Internal note")
    REPLY = "reply", _("Reply sent to the company")
    SME_ANSWER = "sme_answer", _("Answer from the company")
    ATTACHED = "attached", _("Attached to an account")
    EMAIL_SENT = "email_sent", _("E-mail sent")
    EMAIL_FAILED = "email_failed", _("E-mail failed")
    ANONYMISED = "anonymised", _("Personal data removed")


# Log entries the company sees on its tracking page.
# Status changes show without their note: the note is internal.
PUBLIC_ACTIONS = frozenset(
    {
        EventAction.SUBMITTED,
        EventAction.STATUS_CHANGED,
        EventAction.REPLY,
        EventAction.SME_ANSWER,
    }
)
