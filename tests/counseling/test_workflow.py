import itertools

import pytest

from counseling import services
from counseling.enums import TRANSITIONS, EventAction, RequestStatus
from counseling.models import CounselingRequest, RequestEvent
from portal.models import PartnerOrganisation
from tests.counseling.factories import submit_request

pytestmark = pytest.mark.django_db

ALLOWED = {
    ("new", "assigned"),
    ("new", "rejected"),
    ("assigned", "in_progress"),
    ("assigned", "rejected"),
    ("in_progress", "waiting_for_sme"),
    ("waiting_for_sme", "in_progress"),
    ("in_progress", "answered"),
    ("answered", "closed"),
}
ALL_PAIRS = list(itertools.product(RequestStatus.values, RequestStatus.values))


def test_transition_table_is_exactly_the_specs():
    table = {(old, new) for old, targets in TRANSITIONS.items() for new in targets}
    assert table == ALLOWED


def _request_in(status: str) -> CounselingRequest:
    request = submit_request()
    CounselingRequest.objects.filter(pk=request.pk).update(status=status)
    request.refresh_from_db()
    return request


@pytest.mark.parametrize(("old", "new"), sorted(ALLOWED))
def test_allowed_transition_changes_status_and_logs(taxonomy, laurea_counselor, old, new):
    request = _request_in(old)
    services.request_set_status(request, new, actor=laurea_counselor, note="why")
    request.refresh_from_db()
    assert request.status == new
    event = request.events.filter(action=EventAction.STATUS_CHANGED).get()
    assert event.data == {"previous": old, "new": new, "text": "why"}
    assert event.actor == laurea_counselor
    assert (request.closed_at is not None) == (new in {"closed", "rejected"})


@pytest.mark.parametrize(("old", "new"), [pair for pair in ALL_PAIRS if pair not in ALLOWED])
def test_forbidden_transition_is_refused_and_changes_nothing(taxonomy, old, new):
    request = _request_in(old)
    events = RequestEvent.objects.count()
    with pytest.raises(services.WorkflowError):
        services.request_set_status(request, new, actor=None)
    request.refresh_from_db()
    assert request.status == old
    assert RequestEvent.objects.count() == events


def test_forged_status_value_is_refused(taxonomy):
    request = submit_request()
    with pytest.raises(services.WorkflowError):
        services.request_set_status(request, "deleted", actor=None)


def test_stale_object_cannot_skip_the_workflow(taxonomy):
    request = submit_request()
    stale = CounselingRequest.objects.get(pk=request.pk)
    services.request_set_status(request, "rejected", actor=None)
    with pytest.raises(services.WorkflowError):
        services.request_set_status(stale, "assigned", actor=None)
    assert CounselingRequest.objects.get(pk=request.pk).status == "rejected"


@pytest.mark.parametrize(
    ("targets", "organisation"),
    [(("ee",), "ibs"), (("fi",), "laurea"), (("lv", "se"), "taf"), (("se", "ee"), "ibs")],
)
def test_request_is_routed_by_its_first_target_country(taxonomy, targets, organisation):
    request = submit_request(targets=targets)
    assert request.organisation.slug == organisation
    assert request.status == RequestStatus.NEW
    routed = request.events.get(action=EventAction.ROUTED)
    assert routed.data["organisation"] == request.organisation.pk


def test_request_for_a_country_nobody_answers_stays_in_the_pool(taxonomy):
    PartnerOrganisation.objects.get(slug="taf").answers_for.clear()
    request = submit_request(targets=("lv",))
    assert request.organisation is None
    assert not request.events.filter(action=EventAction.ROUTED).exists()


def test_assign_makes_a_new_request_assigned(taxonomy, ibs_counselor):
    request = submit_request()
    services.request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    request.refresh_from_db()
    assert request.counselor == ibs_counselor
    assert request.status == RequestStatus.ASSIGNED
    assert list(request.events.values_list("action", flat=True)) == [
        "submitted",
        "routed",
        "assigned",
        "status_changed",
    ]


def test_counselor_of_another_organisation_cannot_be_assigned(taxonomy, laurea_counselor):
    request = submit_request(targets=("ee",))
    with pytest.raises(services.WorkflowError):
        services.request_assign(request, actor=laurea_counselor, counselor=laurea_counselor)
    request.refresh_from_db()
    assert request.counselor is None


def test_pool_request_joins_the_assigned_counselors_organisation(taxonomy, laurea_counselor):
    PartnerOrganisation.objects.get(slug="taf").answers_for.clear()
    request = submit_request(targets=("lv",))
    services.request_assign(request, actor=laurea_counselor, counselor=laurea_counselor)
    request.refresh_from_db()
    assert request.organisation.slug == "laurea"


def test_hand_over_moves_the_request_with_a_reason(taxonomy, ibs_counselor):
    request = submit_request(targets=("ee",))
    services.request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    sics = PartnerOrganisation.objects.get(slug="sics")
    services.request_hand_over(
        request, actor=ibs_counselor, organisation=sics, reason="About Swedish procurement"
    )
    request.refresh_from_db()
    assert request.organisation == sics
    assert request.counselor is None
    event = request.events.get(action=EventAction.HANDED_OVER)
    assert event.data["new_name"] == "SICS" and event.data["previous_name"] == "IBS"
    assert event.data["text"] == "About Swedish procurement"
    assert event.actor == ibs_counselor


def test_hand_over_needs_a_reason_and_an_open_request(taxonomy, ibs_counselor):
    request = submit_request()
    sics = PartnerOrganisation.objects.get(slug="sics")
    with pytest.raises(services.WorkflowError):
        services.request_hand_over(request, actor=ibs_counselor, organisation=sics, reason=" ")
    services.request_set_status(request, "rejected", actor=ibs_counselor)
    with pytest.raises(services.WorkflowError):
        services.request_hand_over(request, actor=ibs_counselor, organisation=sics, reason="x")
    request.refresh_from_db()
    assert request.organisation.slug == "ibs"


def test_reply_starts_the_work_and_records_the_first_reply(taxonomy, ibs_counselor):
    request = submit_request()
    services.request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(request, actor=ibs_counselor, text="Hello", then_status="answered")
    request.refresh_from_db()
    assert request.status == RequestStatus.ANSWERED
    assert request.first_reply_at is not None
    reply = request.events.get(action=EventAction.REPLY)
    assert reply.data == {"text": "Hello"}


def test_reply_to_a_new_or_closed_request_is_refused(taxonomy, ibs_counselor):
    request = submit_request()
    with pytest.raises(services.WorkflowError):
        services.request_reply(request, actor=ibs_counselor, text="Hello")
    assert not request.events.filter(action=EventAction.REPLY).exists()


def test_note_is_logged_with_its_author(taxonomy, ibs_counselor):
    request = submit_request()
    services.request_add_note(request, actor=ibs_counselor, text="Call them on Monday")
    note = request.events.get(action=EventAction.NOTE)
    assert note.actor == ibs_counselor and note.data["text"] == "Call them on Monday"


def test_log_entries_are_append_only(taxonomy):
    request = submit_request()
    event = request.events.first()
    event.data = {"forged": True}
    with pytest.raises(ValueError, match="append-only"):
        event.save()


def test_log_labels_follow_the_current_language(taxonomy):
    from django.utils import translation

    request = submit_request()
    event = request.events.get(action=EventAction.SUBMITTED)
    with translation.override("en"):
        english = str(event.label)
    with translation.override("fi"):
        finnish = str(event.label)
    assert english == "Request submitted"
    assert finnish != english


def test_references_count_up_within_a_year(taxonomy):
    first = submit_request()
    second = submit_request()
    year = first.created_at.year
    assert first.reference == f"BAL-{year}-00001"
    assert second.reference == f"BAL-{year}-00002"
