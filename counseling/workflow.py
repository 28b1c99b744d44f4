"""The counseling workflow in one place: the transition table and every rule derived from it.

``new → assigned → in_progress ⇄ waiting_for_sme → answered → closed``, and
``new|assigned → rejected``. The services enforce these rules; the admin, the
forms and the views ask this module what a request allows, and never repeat it.
Everything here is data plus small functions of a status (no database access).
"""

import datetime

from counseling.enums import OPEN_STATUSES, RequestStatus

S = RequestStatus


class WorkflowError(Exception):
    """A change the workflow does not allow; the message is shown to the person who tried."""


# The workflow of the SPEC, exactly.
TRANSITIONS: dict[str, frozenset[str]] = {
    S.NEW: frozenset({S.ASSIGNED, S.REJECTED}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.REJECTED}),
    S.IN_PROGRESS: frozenset({S.WAITING_FOR_SME, S.ANSWERED}),
    S.WAITING_FOR_SME: frozenset({S.IN_PROGRESS}),
    S.ANSWERED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.REJECTED: frozenset(),
}

# Moves only the portal makes, never a person: a request that waited too long for the
# company is closed (``services.requests_follow_up``).
SYSTEM_TRANSITIONS: dict[str, frozenset[str]] = {S.WAITING_FOR_SME: frozenset({S.CLOSED})}
# The company is reminded, and the request closed, after these many days of waiting
# (``COUNSELING_REMINDER_DAYS``, ``COUNSELING_AUTO_CLOSE_DAYS``).
FOLLOW_UP_STATUS = S.WAITING_FOR_SME

# A counselor may write to the company once someone has taken the request on.
REPLY_STATUSES = frozenset({S.ASSIGNED, S.IN_PROGRESS, S.WAITING_FOR_SME, S.ANSWERED})
# Assigning a counselor: open requests that are not finished yet.
ASSIGN_STATUSES = OPEN_STATUSES - {S.ANSWERED}
# Handing over to another organisation: any open request.
HAND_OVER_STATUSES = OPEN_STATUSES
# The company may answer only while the request waits for it.
SME_ANSWER_STATUSES = frozenset({S.WAITING_FOR_SME})

# Moves the services make on their own, as part of another action.
STATUS_AFTER_ASSIGN = {S.NEW: S.ASSIGNED}  # assigning a new request
STATUS_BEFORE_REPLY = {S.ASSIGNED: S.IN_PROGRESS}  # the first reply starts the work
STATUS_AFTER_SME_ANSWER = S.IN_PROGRESS  # the answer goes back to the counselor

# The company's e-mail for a reply, by the status the reply leaves the request in.
REPLY_EMAIL_KIND = {S.WAITING_FOR_SME: "question"}
DEFAULT_REPLY_EMAIL_KIND = "reply"
# The company's e-mail when a status is reached through a status change.
STATUS_EMAIL_KIND = {S.CLOSED: "closed"}


def can_move(previous: str, new: str) -> bool:
    """Whether the table allows ``previous → new`` (unknown values never move)."""
    return new in TRANSITIONS.get(previous, frozenset())


def allowed_transitions(status: str) -> list[RequestStatus]:
    """The statuses a request in ``status`` may move to, in workflow order."""
    allowed = TRANSITIONS.get(status, frozenset())
    return [choice for choice in RequestStatus if choice in allowed]


def can_reply(status: str, *, anonymised: bool = False) -> bool:
    return status in REPLY_STATUSES and not anonymised


def status_before_reply(status: str) -> str:
    """The status a reply is written in: an assigned request is in progress first."""
    return STATUS_BEFORE_REPLY.get(status, status)


def statuses_after_reply(status: str) -> list[RequestStatus]:
    """Where a reply written in ``status`` may leave the request (besides staying put)."""
    return allowed_transitions(status_before_reply(status))


def can_follow_reply(status: str, then_status: str) -> bool:
    """``then_status`` is empty (keep the status) or a move the table allows after the reply."""
    return not then_status or can_move(status_before_reply(status), then_status)


def reply_email_kind(then_status: str) -> str:
    return REPLY_EMAIL_KIND.get(then_status, DEFAULT_REPLY_EMAIL_KIND)


def can_assign(status: str) -> bool:
    return status in ASSIGN_STATUSES


def can_hand_over(status: str) -> bool:
    return status in HAND_OVER_STATUSES


def can_sme_answer(status: str, *, anonymised: bool = False) -> bool:
    return status in SME_ANSWER_STATUSES and not anonymised


def can_add_note(*, anonymised: bool) -> bool:
    return not anonymised


def may_take_on(*, counselor, organisation_id) -> bool:
    """Staff may be assigned a request of their own organisation or one from the pool."""
    if not counselor.is_staff:
        return False
    return not (
        organisation_id
        and counselor.organisation_id
        and counselor.organisation_id != organisation_id
    )


def staff_actions(counseling_request, *, user) -> dict[str, bool]:
    """What the request's page offers ``user`` (a member of staff in scope)."""
    status = counseling_request.status
    anonymised = counseling_request.is_anonymised
    return {
        "can_change_status": bool(allowed_transitions(status)),
        "can_reply": can_reply(status, anonymised=anonymised),
        "can_add_note": can_add_note(anonymised=anonymised),
        "can_assign_me": can_assign(status) and counseling_request.counselor_id != user.pk,
        "can_hand_over": can_hand_over(status),
    }


# --- Response times -------------------------------------------------------------------

# An organisation answers a new request within this many working days unless its
# ``ResponseTarget`` says otherwise; a request without a first reply after that is overdue.
DEFAULT_RESPONSE_DAYS = 5
WEEKEND = frozenset({5, 6})  # Saturday, Sunday


def add_working_days(moment: datetime.datetime, days: int) -> datetime.datetime:
    """``moment`` moved by ``days`` working days (negative: back); weekends do not count."""
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    while remaining:
        moment += datetime.timedelta(days=step)
        if moment.weekday() not in WEEKEND:
            remaining -= 1
    return moment


def due_at(created_at: datetime.datetime, response_days: int) -> datetime.datetime:
    return add_working_days(created_at, response_days)


def is_overdue(counseling_request, *, response_days: int, now: datetime.datetime) -> bool:
    """Open, not yet replied to, and past its organisation's target response time."""
    return (
        counseling_request.status in OPEN_STATUSES
        and counseling_request.first_reply_at is None
        and due_at(counseling_request.created_at, response_days) < now
    )
