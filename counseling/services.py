"""Business rules of counseling: the one module that changes requests.

Every change writes a ``RequestEvent``; e-mail to the company is queued with
``transaction.on_commit`` (see ``counseling/emails.py``). Views, admin, the
demo loader, commands and tests all call these functions.
"""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from counseling import ratelimit, readiness_selectors, readiness_services, tokens, workflow
from counseling.emails import request_email_queue, staff_digest_queue, staff_email_queue
from counseling.enums import CLOSED_STATUSES, EventAction, RequestStatus
from counseling.models import REFERENCE_PREFIX, CounselingRequest, ReferenceCounter, RequestEvent
from portal.models import PartnerOrganisation

# Personal fields blanked by anonymisation; what remains serves statistics only.
PERSONAL_FIELDS = {
    "company_name": "",
    "company_website": "",
    "service_description": "",
    "question": "",
    "contact_name": "",
    "email": "",
    "phone": "",
    "survey_comment": "",
    "tracking_nonce": "",
    "tracking_token_hash": None,
    "owner": None,
}
TEXT_KEYS = ("text",)  # keys of event data that may hold personal data


WorkflowError = workflow.WorkflowError


class SubmissionLimited(WorkflowError):
    """Too many requests from one IP address or e-mail address: refused, nothing stored."""


SUBMISSION_LIMITED = gettext_lazy(
    "Too many requests were sent from here. Please try again in an hour."
)


class SurveyAlreadyAnswered(WorkflowError):
    """A survey answer sent again (a replayed or double click): refused, nothing changes."""


def _log(counseling_request, action: str, *, actor=None, data: dict | None = None) -> RequestEvent:
    return RequestEvent.objects.create(
        counseling_request=counseling_request,
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        data=data or {},
        created_at=timezone.now(),
    )


def _locked(counseling_request: CounselingRequest) -> CounselingRequest:
    """Lock the row and refresh ``request`` from it, so two changes never interleave."""
    current = CounselingRequest.objects.select_for_update().get(pk=counseling_request.pk)
    for field in ("status", "organisation_id", "counselor_id", "first_reply_at", "anonymised_at"):
        setattr(counseling_request, field, getattr(current, field))
    return counseling_request


def reference_next(*, year: int) -> str:
    """``BAL-<year>-<number>``; the year's counter row is locked, so parallel calls never collide."""
    ReferenceCounter.objects.bulk_create([ReferenceCounter(year=year)], ignore_conflicts=True)
    counter = ReferenceCounter.objects.select_for_update().get(year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"{REFERENCE_PREFIX}-{year}-{counter.last_number:05d}"


def counselors_of(organisation) -> list:
    """Active staff of ``organisation`` who hold the counselor role."""
    from portal import roles

    return list(
        get_user_model()
        .objects.filter(
            organisation=organisation, is_active=True, is_staff=True, groups__name=roles.COUNSELOR
        )
        .select_related("organisation__country")
        .distinct()
    )


def ranked_targets(target_countries: Iterable, *, first_choice=None) -> list:
    """The company's markets in its order, ``first_choice`` first, each once."""
    ranked = [first_choice] if first_choice is not None else []
    for country in target_countries:
        if all(country.pk != chosen.pk for chosen in ranked):
            ranked.append(country)
    return ranked


def organisation_for(country) -> PartnerOrganisation | None:
    """The active partner organisation that answers requests for ``country``."""
    return PartnerOrganisation.objects.active().filter(answers_for=country).order_by("pk").first()


@transaction.atomic
def request_submit(
    *,
    company_name: str,
    origin_country,
    company_size: str,
    sector,
    service_description: str,
    target_countries: Iterable,
    first_choice=None,
    question: str,
    preferred_language: str,
    contact_name: str,
    email: str,
    form_language: str,
    barriers: Iterable = (),
    company_website: str = "",
    phone: str = "",
    owner=None,
    readiness_summary: dict | None = None,
    now: datetime.datetime | None = None,
) -> CounselingRequest:
    """Store a new request, route it and queue the confirmation e-mail.

    The returned request carries ``tracking_token`` (not stored) for the confirmation.
    """
    now = now or timezone.now()
    targets = ranked_targets(target_countries, first_choice=first_choice)
    if not targets:
        raise WorkflowError(_("Choose at least one target country."))
    owner = owner if owner is not None and owner.is_authenticated else None
    if owner is not None and not email_belongs_to(user=owner, email=email):
        # The confirmation carries the tracking link: never to someone else's address.
        raise WorkflowError(OWN_ADDRESS_REQUIRED)
    nonce = tokens.new_nonce()
    token = tokens.token_for(nonce)
    counseling_request = CounselingRequest.objects.create(
        reference=reference_next(year=timezone.localtime(now).year),
        tracking_nonce=nonce,
        tracking_token_hash=tokens.token_hash(token),
        company_name=company_name,
        company_website=company_website,
        origin_country=origin_country,
        company_size=company_size,
        sector=sector,
        service_description=service_description,
        question=question,
        preferred_language=preferred_language,
        contact_name=contact_name,
        email=email.strip().lower(),
        phone=phone,
        readiness_summary=readiness_summary or {},
        consent_at=now,
        privacy_notice_version=settings.PRIVACY_NOTICE_VERSION,
        form_language=form_language,
        first_choice=targets[0],
        owner=owner,
        created_at=now,
    )
    counseling_request.target_countries.set(targets)
    counseling_request.barriers.set(list(barriers))
    _log(
        counseling_request,
        EventAction.SUBMITTED,
        actor=owner,
        data={
            "reference": counseling_request.reference,
            "targets": [country.code for country in targets],
        },
    )
    organisation = organisation_for(targets[0])
    if organisation is not None:
        counseling_request.organisation = organisation
        counseling_request.save(update_fields=["organisation", "updated_at"])
        _log(
            counseling_request,
            EventAction.ROUTED,
            data={
                "organisation": organisation.pk,
                "name": str(organisation),
                "country": targets[0].code,
            },
        )
    request_email_queue(counseling_request, kind="confirmation")
    if organisation is not None:
        staff_email_queue(
            counseling_request, kind="staff_new", recipients=counselors_of(organisation)
        )
    counseling_request.tracking_token = token
    return counseling_request


def request_send(*, client_ip: str, **fields) -> CounselingRequest:
    """The request form's one step: count the submission against the limits of the IP and
    the e-mail address (before any work, see ``counseling/ratelimit.py``), then store, route
    and e-mail it with :func:`request_submit` (``fields`` are its keyword arguments).

    Raises :class:`SubmissionLimited` over a limit and :class:`WorkflowError` for a request
    the rules refuse; nothing is stored then.
    """
    if not ratelimit.submission_consume(email=fields.get("email", ""), ip=client_ip):
        raise SubmissionLimited(SUBMISSION_LIMITED)
    return request_submit(**fields)


@transaction.atomic
def request_set_status(
    counseling_request: CounselingRequest, new_status: str, *, actor, note: str = ""
):
    """Move the request to ``new_status`` if the workflow allows it; log it; e-mail if due."""
    if new_status not in RequestStatus.values:
        raise WorkflowError(_("Unknown status."))
    _locked(counseling_request)
    previous = counseling_request.status
    if not workflow.can_move(previous, new_status):
        raise WorkflowError(
            _("A request that is “%(previous)s” cannot become “%(new)s”.")
            % {
                "previous": RequestStatus(previous).staff_label,
                "new": RequestStatus(new_status).staff_label,
            }
        )
    counseling_request.status = new_status
    counseling_request.status_changed_at = timezone.now()
    fields = ["status", "status_changed_at", "updated_at"]
    if new_status in CLOSED_STATUSES:
        counseling_request.closed_at = timezone.now()
        fields.append("closed_at")
    counseling_request.save(update_fields=fields)
    data = {"previous": previous, "new": new_status}
    if note:
        data["text"] = note
    _log(counseling_request, EventAction.STATUS_CHANGED, actor=actor, data=data)
    kind = workflow.STATUS_EMAIL_KIND.get(new_status)
    if kind:
        request_email_queue(counseling_request, kind=kind)
    return counseling_request


@transaction.atomic
def request_assign(counseling_request: CounselingRequest, *, actor, counselor):
    """Give the request to ``counselor`` (of its organisation); a new request becomes assigned."""
    _locked(counseling_request)
    if not workflow.can_assign(counseling_request.status):
        raise WorkflowError(_("Only an open request can be assigned."))
    if not counselor.is_staff:
        raise WorkflowError(_("Only staff can be assigned a request."))
    if not workflow.may_take_on(
        counselor=counselor, organisation_id=counseling_request.organisation_id
    ):
        raise WorkflowError(_("This request belongs to another organisation: hand it over first."))
    counseling_request.counselor = counselor
    fields = ["counselor", "updated_at"]
    if counseling_request.organisation_id is None and counselor.organisation_id:
        counseling_request.organisation_id = counselor.organisation_id
        fields.append("organisation")
    counseling_request.save(update_fields=fields)
    _log(
        counseling_request,
        EventAction.ASSIGNED,
        actor=actor,
        data={"counselor": counselor.pk, "name": str(counselor)},
    )
    then = workflow.STATUS_AFTER_ASSIGN.get(counseling_request.status)
    if then:
        request_set_status(counseling_request, then, actor=actor)
    return counseling_request


@transaction.atomic
def request_hand_over(counseling_request: CounselingRequest, *, actor, organisation, reason: str):
    """Pass the request to another partner organisation, with the reason, unassigning it."""
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(_("Give a reason for the hand-over."))
    _locked(counseling_request)
    if not workflow.can_hand_over(counseling_request.status):
        raise WorkflowError(_("A closed request cannot be handed over."))
    if organisation.pk == counseling_request.organisation_id:
        raise WorkflowError(_("The request is already with this organisation."))
    previous = counseling_request.organisation
    counseling_request.organisation = organisation
    counseling_request.counselor = None
    counseling_request.save(update_fields=["organisation", "counselor", "updated_at"])
    _log(
        counseling_request,
        EventAction.HANDED_OVER,
        actor=actor,
        data={
            "previous": previous.pk if previous else None,
            "previous_name": str(previous) if previous else "",
            "new": organisation.pk,
            "new_name": str(organisation),
            "text": reason,
        },
    )
    return counseling_request


@transaction.atomic
def request_add_note(counseling_request: CounselingRequest, *, actor, text: str) -> RequestEvent:
    """An internal note, seen by staff only."""
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Write the note first."))
    if not workflow.can_add_note(anonymised=counseling_request.is_anonymised):
        raise WorkflowError(_("This request has been anonymised."))
    return _log(counseling_request, EventAction.NOTE, actor=actor, data={"text": text})


@transaction.atomic
def request_reply(
    counseling_request: CounselingRequest, *, actor, text: str, then_status: str = ""
):
    """Send ``text`` to the company (e-mail + tracking page); optionally move on afterwards."""
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Write the reply first."))
    _locked(counseling_request)
    if counseling_request.is_anonymised:
        raise WorkflowError(_("This request has been anonymised."))
    if not workflow.can_reply(counseling_request.status):
        raise WorkflowError(_("Assign the request before replying."))
    if not workflow.can_follow_reply(counseling_request.status, then_status):
        raise WorkflowError(_("That status cannot follow this reply."))
    start = workflow.status_before_reply(counseling_request.status)
    if start != counseling_request.status:
        request_set_status(counseling_request, start, actor=actor)
    event = _log(
        counseling_request,
        EventAction.REPLY,
        actor=actor,
        data={"text": text, **({"then": then_status} if then_status else {})},
    )
    if counseling_request.first_reply_at is None:
        counseling_request.first_reply_at = event.created_at
        counseling_request.save(update_fields=["first_reply_at", "updated_at"])
    request_email_queue(counseling_request, kind=workflow.reply_email_kind(then_status), text=text)
    if then_status:
        request_set_status(counseling_request, then_status, actor=actor)
    return event


@transaction.atomic
def request_sme_answer(
    counseling_request: CounselingRequest, *, text: str, actor=None
) -> RequestEvent:
    """The company answers a question; the request goes back to the counselor."""
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Write your answer first."))
    _locked(counseling_request)
    if not workflow.can_sme_answer(
        counseling_request.status, anonymised=counseling_request.is_anonymised
    ):
        raise WorkflowError(_("This request is not waiting for your answer."))
    event = _log(counseling_request, EventAction.SME_ANSWER, actor=actor, data={"text": text})
    request_set_status(counseling_request, workflow.STATUS_AFTER_SME_ANSWER, actor=actor)
    if counseling_request.counselor_id:
        counselor = (
            get_user_model()
            .objects.select_related("organisation__country")
            .get(pk=counseling_request.counselor_id)
        )
        staff_email_queue(counseling_request, kind="staff_answer", recipients=[counselor])
    return event


# --- Follow-up: reminders and closing for want of an answer ------------------------------


def _waiting_since():
    return Coalesce("status_changed_at", "created_at")


@transaction.atomic
def requests_follow_up(
    *,
    now: datetime.datetime | None = None,
    reminder_days: int | None = None,
    close_days: int | None = None,
) -> dict[str, int]:
    """Remind companies that let a request wait ``reminder_days``; close it after ``close_days``.

    Each reminder and each closing is an entry of the log and an e-mail in the
    company's language; a request is reminded once per wait.
    """
    now = now or timezone.now()
    reminder_days = settings.COUNSELING_REMINDER_DAYS if reminder_days is None else reminder_days
    close_days = settings.COUNSELING_AUTO_CLOSE_DAYS if close_days is None else close_days
    waiting = (
        CounselingRequest.objects.filter(
            status=workflow.FOLLOW_UP_STATUS, anonymised_at__isnull=True
        )
        .annotate(waiting_since=_waiting_since())
        .select_for_update(of=("self",))
    )
    closed = 0
    for counseling_request in waiting.filter(
        waiting_since__lte=now - datetime.timedelta(days=close_days)
    ):
        request_auto_close(counseling_request, now=now)
        closed += 1
    reminded = 0
    already = RequestEvent.objects.filter(
        counseling_request=OuterRef("pk"),
        action=EventAction.REMINDED,
        created_at__gte=OuterRef("waiting_since"),
    )
    due = waiting.filter(
        status=workflow.FOLLOW_UP_STATUS,
        waiting_since__lte=now - datetime.timedelta(days=reminder_days),
    ).exclude(Exists(already))
    for counseling_request in due:
        _log(counseling_request, EventAction.REMINDED, data={"days": reminder_days})
        request_email_queue(counseling_request, kind="reminder")
        reminded += 1
    return {"reminded": reminded, "closed": closed}


def digests_send(*, now: datetime.datetime | None = None) -> int:
    """E-mail each active organisation's counselors its new and overdue requests; skip quiet ones."""
    from counseling import selectors

    now = now or timezone.now()
    overdue_q = selectors.overdue_condition(now=now)
    sent = 0
    for organisation in PartnerOrganisation.objects.active().order_by("pk"):
        scope = CounselingRequest.objects.filter(organisation=organisation).only(
            "pk", "reference", "created_at"
        )
        new = list(scope.filter(status=RequestStatus.NEW).order_by("created_at"))
        overdue = list(scope.filter(overdue_q).order_by("created_at"))
        if not new and not overdue:
            continue
        recipients = counselors_of(organisation)
        sent += staff_digest_queue(
            organisation,
            new=new,
            overdue=overdue,
            recipients=recipients,
            day=timezone.localdate(now),
        )
    return sent


def request_auto_close(counseling_request: CounselingRequest, *, now=None) -> CounselingRequest:
    """Close a request that waited too long for the company (a move only the portal makes)."""
    now = now or timezone.now()
    previous = counseling_request.status
    if RequestStatus.CLOSED not in workflow.SYSTEM_TRANSITIONS.get(previous, frozenset()):
        raise WorkflowError(_("Only a request waiting for the company closes on its own."))
    counseling_request.status = RequestStatus.CLOSED
    counseling_request.status_changed_at = now
    counseling_request.closed_at = now
    counseling_request.save(
        update_fields=["status", "status_changed_at", "closed_at", "updated_at"]
    )
    _log(
        counseling_request,
        EventAction.AUTO_CLOSED,
        data={"previous": previous, "new": RequestStatus.CLOSED},
    )
    request_email_queue(counseling_request, kind="auto_closed")
    return counseling_request


# --- The outcome survey -------------------------------------------------------------------

SURVEY_QUESTIONS = ("helpfulness", "market", "comment")


@transaction.atomic
def request_survey_answer(counseling_request: CounselingRequest, *, question: str, value):
    """Store one answer of the closing survey; each question is answered once, never changed."""
    if question not in SURVEY_QUESTIONS:
        raise WorkflowError(_("Unknown question."))
    current = CounselingRequest.objects.select_for_update().get(pk=counseling_request.pk)
    if current.status != RequestStatus.CLOSED or current.is_anonymised:
        raise WorkflowError(_("This survey is closed."))
    field = f"survey_{question}"
    if getattr(current, field) not in (None, ""):
        raise SurveyAlreadyAnswered(_("You have already answered this question. Thank you!"))
    setattr(current, field, value)
    fields = [field, "updated_at"]
    if current.survey_answered_at is None:
        current.survey_answered_at = timezone.now()
        fields.append("survey_answered_at")
    current.save(update_fields=fields)
    _log(current, EventAction.SURVEY_ANSWERED, data={"question": question})
    return current


def request_email_outcome(*, context: dict, sent: bool, attempt: int, error=None, will_retry=False):
    """Called by the e-mail task: log "email_sent" or "email_failed" (no address, no content)."""
    counseling_request = CounselingRequest.objects.filter(pk=context.get("request_id")).first()
    if counseling_request is None:
        return
    data = {"kind": context.get("kind", ""), "attempt": attempt}
    if not sent:
        data.update({"error": type(error).__name__ if error else "", "will_retry": will_retry})
    _log(
        counseling_request, EventAction.EMAIL_SENT if sent else EventAction.EMAIL_FAILED, data=data
    )


# --- Accounts -------------------------------------------------------------------------


def _verified_emails(user) -> list[str]:
    from allauth.account.models import EmailAddress

    return [
        address.lower()
        for address in EmailAddress.objects.filter(user=user, verified=True).values_list(
            "email", flat=True
        )
    ]


OWN_ADDRESS_REQUIRED = gettext_lazy(
    "Use one of your account's verified e-mail addresses, or sign out to send the request "
    "from another address."
)


def email_belongs_to(*, user, email: str) -> bool:
    """Whether ``email`` is one of ``user``'s verified addresses."""
    return email.strip().lower() in _verified_emails(user)


@transaction.atomic
def requests_attach_to_user(*, user) -> int:
    """Give ``user`` the requests sent earlier, without an account, from a verified address."""
    emails = _verified_emails(user)
    if not emails:
        return 0
    attached = 0
    for counseling_request in CounselingRequest.objects.select_for_update().filter(
        owner__isnull=True, email__in=emails, anonymised_at__isnull=True
    ):
        counseling_request.owner = user
        counseling_request.save(update_fields=["owner", "updated_at"])
        _log(counseling_request, EventAction.ATTACHED, actor=user)
        attached += 1
    return attached


# --- Privacy --------------------------------------------------------------------------


def request_anonymise(
    counseling_request: CounselingRequest, *, actor=None, reason: str = ""
) -> None:
    """Blank the personal fields and the texts of the log; keep what statistics need."""
    if counseling_request.is_anonymised:
        return
    now = timezone.now()
    CounselingRequest.objects.filter(pk=counseling_request.pk).update(
        **PERSONAL_FIELDS, anonymised_at=now, updated_at=now
    )
    for event in RequestEvent.objects.filter(counseling_request=counseling_request):
        if any(key in event.data for key in TEXT_KEYS):
            data = {key: value for key, value in event.data.items() if key not in TEXT_KEYS}
            RequestEvent.objects.filter(pk=event.pk).update(data=data)
    RequestEvent.objects.filter(counseling_request=counseling_request, actor__isnull=False).exclude(
        actor__is_staff=True
    ).update(actor=None)
    _log(
        counseling_request,
        EventAction.ANONYMISED,
        actor=actor,
        data={"reason": reason} if reason else {},
    )
    counseling_request.refresh_from_db()


@transaction.atomic
def requests_anonymise_expired(
    *, retention_days: int | None = None, now: datetime.datetime | None = None
) -> int:
    """Anonymise closed and rejected requests closed more than ``retention_days`` ago."""
    retention_days = (
        settings.COUNSELING_RETENTION_DAYS if retention_days is None else retention_days
    )
    cutoff = (now or timezone.now()) - datetime.timedelta(days=retention_days)
    expired = CounselingRequest.objects.closed().filter(
        anonymised_at__isnull=True, closed_at__lt=cutoff
    )
    count = 0
    for counseling_request in expired.select_for_update():
        request_anonymise(counseling_request, reason="retention")
        count += 1
    return count


def request_export(
    counseling_request: CounselingRequest, *, include_internal: bool = False
) -> dict:
    """A request as plain data, for the data subject (public log) or staff (full log)."""
    events = [
        {
            "time": event.created_at.isoformat(),
            "action": event.action,
            **({"text": event.text} if event.text else {}),
        }
        for event in counseling_request.events.all()
        if include_internal or event.action in {"submitted", "reply", "sme_answer"}
    ]
    return {
        "reference": counseling_request.reference,
        "status": counseling_request.status,
        "submitted": counseling_request.created_at.isoformat(),
        "company_name": counseling_request.company_name,
        "company_website": counseling_request.company_website,
        "origin_country": counseling_request.origin_country.code,
        "company_size": counseling_request.company_size,
        "sector": counseling_request.sector.slug,
        "service_description": counseling_request.service_description,
        "target_countries": [country.code for country in counseling_request.target_countries.all()],
        "barriers": [barrier.slug for barrier in counseling_request.barriers.all()],
        "question": counseling_request.question,
        "readiness_summary": counseling_request.readiness_summary,
        "preferred_language": counseling_request.preferred_language,
        "contact_name": counseling_request.contact_name,
        "email": counseling_request.email,
        "phone": counseling_request.phone,
        "consent": {
            "time": counseling_request.consent_at.isoformat(),
            "privacy_notice_version": counseling_request.privacy_notice_version,
            "form_language": counseling_request.form_language,
        },
        "events": events,
    }


def user_data_export(*, user) -> dict:
    """Everything the portal keeps about a signed-in visitor: the account and its requests."""
    requests = (
        CounselingRequest.objects.filter(owner=user)
        .with_details()
        .prefetch_related("events")
        .order_by("created_at")
    )
    return {
        "account": {
            "email": user.email,
            "name": user.name,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_addresses": _verified_emails(user),
        },
        "counseling_requests": [
            request_export(counseling_request) for counseling_request in requests
        ],
        "readiness_results": [
            readiness_services.result_export(result)
            for result in readiness_selectors.results_of_user(user)
        ],
    }


@transaction.atomic
def user_delete(*, user) -> int:
    """Delete a visitor's account; its requests stay for statistics, anonymised; its
    readiness results go with it (deleted with the account)."""
    owned = list(CounselingRequest.objects.select_for_update().filter(owner=user))
    for counseling_request in owned:
        request_anonymise(counseling_request, reason="account_deleted")
    user.delete()
    return len(owned)


def requests_for_email(queryset, *, email: str):
    return queryset.filter(email__iexact=(email or "").strip())


@transaction.atomic
def email_data_erase(queryset, *, email: str, actor) -> int:
    """Anonymise the requests of ``email`` within ``queryset`` (the staff member's scope)."""
    requests = list(requests_for_email(queryset, email=email).select_for_update(of=("self",)))
    for counseling_request in requests:
        request_anonymise(counseling_request, actor=actor, reason="erasure")
    return len(requests)
