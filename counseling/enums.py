"""The states of a counseling request and the keys of its activity log, used everywhere alike."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RequestStatus(models.TextChoices):
    """The choices' labels are the staff's words; ``sme_label`` is what the company reads."""

    NEW = "new", pgettext_lazy("request status, staff", "New")
    ASSIGNED = "assigned", pgettext_lazy("request status, staff", "Assigned")
    IN_PROGRESS = "in_progress", pgettext_lazy("request status, staff", "In progress")
    WAITING_FOR_SME = (
        "waiting_for_sme",
        pgettext_lazy("request status, staff", "Waiting for the SME"),
    )
    ANSWERED = "answered", pgettext_lazy("request status, staff", "Answered")
    CLOSED = "closed", pgettext_lazy("request status, staff", "Closed")
    REJECTED = "rejected", pgettext_lazy("request status, staff", "Rejected")

    @property
    def staff_label(self):
        return self.label

    @property
    def sme_label(self):
        return SME_LABELS[self.value]

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

# What the company reads on its pages and in its e-mails.
SME_LABELS = {
    RequestStatus.NEW: pgettext_lazy("request status, SME", "Received"),
    RequestStatus.ASSIGNED: pgettext_lazy("request status, SME", "With a counselor"),
    RequestStatus.IN_PROGRESS: pgettext_lazy("request status, SME", "In progress"),
    RequestStatus.WAITING_FOR_SME: pgettext_lazy("request status, SME", "Waiting for your answer"),
    RequestStatus.ANSWERED: pgettext_lazy("request status, SME", "Answered"),
    RequestStatus.CLOSED: pgettext_lazy("request status, SME", "Closed"),
    RequestStatus.REJECTED: pgettext_lazy("request status, SME", "Not taken on"),
}


class CompanySize(models.TextChoices):
    MICRO = "micro", _("1–9 people")  # noqa: RUF001
    SMALL = "small", _("10–49 people")  # noqa: RUF001
    MEDIUM = "medium", _("50–249 people")  # noqa: RUF001
    LARGE = "large", _("250 people or more")


class MarketEntry(models.TextChoices):
    """The survey's second question: did the company enter the market?"""

    ENTERED = "entered", _("Yes, we entered the market")
    PLANNED = "planned", _("Not yet, but we plan to")
    NO = "no", _("No")


HELPFULNESS_CHOICES = [(value, str(value)) for value in range(1, 6)]


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
    REMINDED = "reminded", _("Reminder sent to the company")
    AUTO_CLOSED = "auto_closed", _("Closed for want of an answer")
    SURVEY_ANSWERED = "survey_answered", _("Feedback survey answered")


# Log entries the company sees on its tracking page.
# Status changes show without their note: the note is internal.
PUBLIC_ACTIONS = frozenset(
    {
        EventAction.SUBMITTED,
        EventAction.STATUS_CHANGED,
        EventAction.REPLY,
        EventAction.SME_ANSWER,
        EventAction.REMINDED,
        EventAction.AUTO_CLOSED,
    }
)
