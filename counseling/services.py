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
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from counseling import readiness_selectors, readiness_services, tokens
from counseling.emails import request_email_queue, staff_email_queue
from counseling.enums import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    TRANSITIONS,
    EventAction,
    RequestStatus,
)
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
    "tracking_nonce": "",
    "tracking_token_hash": None,
    "owner": None,
}
TEXT_KEYS = ("text",)  # keys of event data that may hold personal data


class WorkflowError(Exception):
    """A change the workflow does not allow; the message is shown to the person who tried."""


def _log(request, action: str, *, actor=None, data: dict | None = None) -> RequestEvent:
    return RequestEvent.objects.create(
        request=request,
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        data=data or {},
        created_at=timezone.now(),
    )


def _locked(request: CounselingRequest) -> CounselingRequest:
    """Lock the row and refresh ``request`` from it, so two changes never interleave."""
    current = CounselingRequest.objects.select_for_update().get(pk=request.pk)
    for field in ("status", "organisation_id", "counselor_id", "first_reply_at", "anonymised_at"):
        setattr(request, field, getattr(current, field))
    return request


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
    targets = sorted(target_countries, key=lambda country: (country.position, country.code))
    if not targets:
        raise WorkflowError(_("Choose at least one target country."))
    owner = owner if owner is not None and owner.is_authenticated else None
    if owner is not None and not email_belongs_to(user=owner, email=email):
        # The confirmation carries the tracking link: never to someone else's address.
        raise WorkflowError(OWN_ADDRESS_REQUIRED)
    nonce = tokens.new_nonce()
    token = tokens.token_for(nonce)
    request = CounselingRequest.objects.create(
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
        owner=owner,
        created_at=now,
    )
    request.target_countries.set(targets)
    request.barriers.set(list(barriers))
    _log(request, EventAction.SUBMITTED, actor=owner, data={"reference": request.reference})
    organisation = organisation_for(targets[0])
    if organisation is not None:
        request.organisation = organisation
        request.save(update_fields=["organisation", "updated_at"])
        _log(
            request,
            EventAction.ROUTED,
            data={
                "organisation": organisation.pk,
                "name": str(organisation),
                "country": targets[0].code,
            },
        )
    request_email_queue(request, kind="confirmation")
    if organisation is not None:
        staff_email_queue(request, kind="staff_new", recipients=counselors_of(organisation))
    request.tracking_token = token
    return request


@transaction.atomic
def request_set_status(request: CounselingRequest, new_status: str, *, actor, note: str = ""):
    """Move ``request`` to ``new_status`` if the workflow allows it; log it; e-mail on closing."""
    if new_status not in RequestStatus.values:
        raise WorkflowError(_("Unknown status."))
    _locked(request)
    previous = request.status
    if new_status not in TRANSITIONS.get(previous, frozenset()):
        raise WorkflowError(
            _("A request that is “%(previous)s” cannot become “%(new)s”.")
            % {
                "previous": RequestStatus(previous).label,
                "new": RequestStatus(new_status).label,
            }
        )
    request.status = new_status
    fields = ["status", "updated_at"]
    if new_status in CLOSED_STATUSES:
        request.closed_at = timezone.now()
        fields.append("closed_at")
    request.save(update_fields=fields)
    data = {"previous": previous, "new": new_status}
    if note:
        data["text"] = note
    _log(request, EventAction.STATUS_CHANGED, actor=actor, data=data)
    if new_status == RequestStatus.CLOSED:
        request_email_queue(request, kind="closed")
    return request


@transaction.atomic
def request_assign(request: CounselingRequest, *, actor, counselor):
    """Give ``request`` to ``counselor`` (of its organisation); a new request becomes assigned."""
    _locked(request)
    if request.status not in OPEN_STATUSES or request.status == RequestStatus.ANSWERED:
        raise WorkflowError(_("Only an open request can be assigned."))
    if not counselor.is_staff:
        raise WorkflowError(_("Only staff can be assigned a request."))
    if (
        request.organisation_id
        and counselor.organisation_id
        and counselor.organisation_id != request.organisation_id
    ):
        raise WorkflowError(_("This request belongs to another organisation: hand it over first."))
    request.counselor = counselor
    fields = ["counselor", "updated_at"]
    if request.organisation_id is None and counselor.organisation_id:
        request.organisation_id = counselor.organisation_id
        fields.append("organisation")
    request.save(update_fields=fields)
    _log(
        request,
        EventAction.ASSIGNED,
        actor=actor,
        data={"counselor": counselor.pk, "name": str(counselor)},
    )
    if request.status == RequestStatus.NEW:
        request_set_status(request, RequestStatus.ASSIGNED, actor=actor)
    return request


@transaction.atomic
def request_hand_over(request: CounselingRequest, *, actor, organisation, reason: str):
    """Pass ``request`` to another partner organisation, with the reason, unassigning it."""
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(_("Give a reason for the hand-over."))
    _locked(request)
    if request.status not in OPEN_STATUSES:
        raise WorkflowError(_("A closed request cannot be handed over."))
    if organisation.pk == request.organisation_id:
        raise WorkflowError(_("The request is already with this organisation."))
    previous = request.organisation
    request.organisation = organisation
    request.counselor = None
    request.save(update_fields=["organisation", "counselor", "updated_at"])
    _log(
        request,
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
    return request


@transaction.atomic
def request_add_note(request: CounselingRequest, *, actor, text: str) -> RequestEvent:
    """An internal note, seen by staff only."""
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Write the note first."))
    if request.is_anonymised:
        raise WorkflowError(_("This request has been anonymised."))
    return _log(request, EventAction.NOTE, actor=actor, data={"text": text})


@transaction.atomic
def request_reply(request: CounselingRequest, *, actor, text: str, then_status: str = ""):
    """Send ``text`` to the company (e-mail + tracking page); optionally move on afterwards."""
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Write the reply first."))
    _locked(request)
    if request.status in CLOSED_STATUSES or request.status == RequestStatus.NEW:
        raise WorkflowError(_("Assign the request before replying."))
    if request.is_anonymised:
        raise WorkflowError(_("This request has been anonymised."))
    if request.status == RequestStatus.ASSIGNED:
        request_set_status(request, RequestStatus.IN_PROGRESS, actor=actor)
    if then_status and then_status not in TRANSITIONS.get(request.status, frozenset()):
        raise WorkflowError(_("That status cannot follow this reply."))
    event = _log(request, EventAction.REPLY, actor=actor, data={"text": text})
    if request.first_reply_at is None:
        request.first_reply_at = event.created_at
        request.save(update_fields=["first_reply_at", "updated_at"])
    request_email_queue(request, kind="reply", text=text)
    if then_status:
        request_set_status(request, then_status, actor=actor)
    return event


@transaction.atomic
def request_sme_answer(request: CounselingRequest, *, text: str, actor=None) -> RequestEvent:
    """The company answers a question; the request goes back to the counselor."""
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Write your answer first."))
    _locked(request)
    if request.status != RequestStatus.WAITING_FOR_SME:
        raise WorkflowError(_("This request is not waiting for your answer."))
    event = _log(request, EventAction.SME_ANSWER, actor=actor, data={"text": text})
    request_set_status(request, RequestStatus.IN_PROGRESS, actor=actor)
    if request.counselor_id:
        counselor = (
            get_user_model()
            .objects.select_related("organisation__country")
            .get(pk=request.counselor_id)
        )
        staff_email_queue(request, kind="staff_answer", recipients=[counselor])
    return event


def request_email_outcome(*, context: dict, sent: bool, attempt: int, error=None, will_retry=False):
    """Called by the e-mail task: log "email_sent" or "email_failed" (no address, no content)."""
    request = CounselingRequest.objects.filter(pk=context.get("request_id")).first()
    if request is None:
        return
    data = {"kind": context.get("kind", ""), "attempt": attempt}
    if not sent:
        data.update({"error": type(error).__name__ if error else "", "will_retry": will_retry})
    _log(request, EventAction.EMAIL_SENT if sent else EventAction.EMAIL_FAILED, data=data)


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
    for request in CounselingRequest.objects.select_for_update().filter(
        owner__isnull=True, email__in=emails, anonymised_at__isnull=True
    ):
        request.owner = user
        request.save(update_fields=["owner", "updated_at"])
        _log(request, EventAction.ATTACHED, actor=user)
        attached += 1
    return attached


# --- Privacy --------------------------------------------------------------------------


def request_anonymise(request: CounselingRequest, *, actor=None, reason: str = "") -> None:
    """Blank the personal fields and the texts of the log; keep what statistics need."""
    if request.is_anonymised:
        return
    now = timezone.now()
    CounselingRequest.objects.filter(pk=request.pk).update(
        **PERSONAL_FIELDS, anonymised_at=now, updated_at=now
    )
    for event in RequestEvent.objects.filter(request=request):
        if any(key in event.data for key in TEXT_KEYS):
            data = {key: value for key, value in event.data.items() if key not in TEXT_KEYS}
            RequestEvent.objects.filter(pk=event.pk).update(data=data)
    RequestEvent.objects.filter(request=request, actor__isnull=False).exclude(
        actor__is_staff=True
    ).update(actor=None)
    _log(request, EventAction.ANONYMISED, actor=actor, data={"reason": reason} if reason else {})
    request.refresh_from_db()


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
    for request in expired.select_for_update():
        request_anonymise(request, reason="retention")
        count += 1
    return count


def request_export(request: CounselingRequest, *, include_internal: bool = False) -> dict:
    """A request as plain data, for the data subject (public log) or staff (full log)."""
    events = [
        {
            "time": event.created_at.isoformat(),
            "action": event.action,
            **({"text": event.text} if event.text else {}),
        }
        for event in request.events.all()
        if include_internal or event.action in {"submitted", "reply", "sme_answer"}
    ]
    return {
        "reference": request.reference,
        "status": request.status,
        "submitted": request.created_at.isoformat(),
        "company_name": request.company_name,
        "company_website": request.company_website,
        "origin_country": request.origin_country.code,
        "company_size": request.company_size,
        "sector": request.sector.slug,
        "service_description": request.service_description,
        "target_countries": [country.code for country in request.target_countries.all()],
        "barriers": [barrier.slug for barrier in request.barriers.all()],
        "question": request.question,
        "readiness_summary": request.readiness_summary,
        "preferred_language": request.preferred_language,
        "contact_name": request.contact_name,
        "email": request.email,
        "phone": request.phone,
        "consent": {
            "time": request.consent_at.isoformat(),
            "privacy_notice_version": request.privacy_notice_version,
            "form_language": request.form_language,
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
        "counseling_requests": [request_export(request) for request in requests],
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
    for request in owned:
        request_anonymise(request, reason="account_deleted")
    user.delete()
    return len(owned)


def requests_for_email(queryset, *, email: str):
    return queryset.filter(email__iexact=(email or "").strip())


@transaction.atomic
def email_data_erase(queryset, *, email: str, actor) -> int:
    """Anonymise the requests of ``email`` within ``queryset`` (the staff member's scope)."""
    requests = list(requests_for_email(queryset, email=email).select_for_update(of=("self",)))
    for request in requests:
        request_anonymise(request, actor=actor, reason="erasure")
    return len(requests)
