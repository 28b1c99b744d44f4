"""The workflow's table and every rule derived from it, through the services and the admin."""

import itertools

import pytest
from django.urls import reverse

from counseling import services, workflow
from counseling.enums import EventAction, RequestStatus
from counseling.models import CounselingRequest, RequestEvent
from counseling.workflow import TRANSITIONS
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


# --- The same table through the admin -------------------------------------------------


def _status_url(counseling_request):
    return reverse(
        "admin:counseling_counselingrequest_workflow", args=[counseling_request.pk, "status"]
    )


@pytest.mark.parametrize(("old", "new"), sorted(ALLOWED))
def test_allowed_transition_through_the_admin(client, taxonomy, ibs_counselor, old, new):
    counseling_request = _request_in(old)
    client.force_login(ibs_counselor)
    response = client.post(_status_url(counseling_request), {"status-status": new})
    assert response.status_code == 302
    counseling_request.refresh_from_db()
    assert counseling_request.status == new
    event = counseling_request.events.filter(action=EventAction.STATUS_CHANGED).get()
    assert event.actor == ibs_counselor and event.data["previous"] == old


@pytest.mark.parametrize(("old", "new"), [pair for pair in ALL_PAIRS if pair not in ALLOWED])
def test_forbidden_transition_through_the_admin(client, taxonomy, ibs_counselor, old, new):
    counseling_request = _request_in(old)
    events = RequestEvent.objects.count()
    client.force_login(ibs_counselor)
    response = client.post(_status_url(counseling_request), {"status-status": new})
    assert response.status_code == 422
    counseling_request.refresh_from_db()
    assert counseling_request.status == old
    assert RequestEvent.objects.count() == events


@pytest.mark.parametrize("status", RequestStatus.values)
def test_admin_status_form_offers_exactly_the_tables_moves(client, taxonomy, ibs_counselor, status):
    counseling_request = _request_in(status)
    client.force_login(ibs_counselor)
    response = client.get(
        reverse("admin:counseling_counselingrequest_change", args=[counseling_request.pk])
    )
    forms = response.context["workflow_forms"]
    offered = [value for value, _label in forms["status"].fields["status"].choices]
    assert offered == [choice.value for choice in workflow.allowed_transitions(status)]
    after_reply = [value for value, _label in forms["reply"].fields["then_status"].choices]
    assert after_reply == ["", *(s.value for s in workflow.statuses_after_reply(status))]
    assert response.context["can_reply"] == (status in workflow.REPLY_STATUSES)
    assert response.context["can_hand_over"] == (status in workflow.HAND_OVER_STATUSES)


# --- Rules derived from the table -----------------------------------------------------


@pytest.mark.parametrize("status", RequestStatus.values)
def test_reply_is_allowed_exactly_where_the_workflow_says(taxonomy, ibs_counselor, status):
    counseling_request = _request_in(status)
    CounselingRequest.objects.filter(pk=counseling_request.pk).update(counselor=ibs_counselor)
    if workflow.can_reply(status):
        services.request_reply(counseling_request, actor=ibs_counselor, text="Hello")
        assert counseling_request.events.filter(action=EventAction.REPLY).exists()
        counseling_request.refresh_from_db()
        assert counseling_request.status == workflow.status_before_reply(status)
    else:
        with pytest.raises(services.WorkflowError):
            services.request_reply(counseling_request, actor=ibs_counselor, text="Hello")
        assert not counseling_request.events.filter(action=EventAction.REPLY).exists()


@pytest.mark.parametrize(
    ("status", "then_status"),
    [
        (status, then)
        for status in ("assigned", "in_progress", "waiting_for_sme", "answered")
        for then in RequestStatus.values
    ],
)
def test_status_after_a_reply_follows_the_table(taxonomy, ibs_counselor, status, then_status):
    counseling_request = _request_in(status)
    allowed = workflow.can_move(workflow.status_before_reply(status), then_status)
    if allowed:
        services.request_reply(
            counseling_request, actor=ibs_counselor, text="Hi", then_status=then_status
        )
        counseling_request.refresh_from_db()
        assert counseling_request.status == then_status
    else:
        events = RequestEvent.objects.count()
        with pytest.raises(services.WorkflowError):
            services.request_reply(
                counseling_request, actor=ibs_counselor, text="Hi", then_status=then_status
            )
        counseling_request.refresh_from_db()
        assert counseling_request.status == status
        assert RequestEvent.objects.count() == events


@pytest.mark.parametrize("status", RequestStatus.values)
def test_assign_and_hand_over_follow_the_workflow(taxonomy, ibs_counselor, status):
    counseling_request = _request_in(status)
    if workflow.can_assign(status):
        services.request_assign(counseling_request, actor=ibs_counselor, counselor=ibs_counselor)
        counseling_request.refresh_from_db()
        assert counseling_request.counselor == ibs_counselor
        assert counseling_request.status == workflow.STATUS_AFTER_ASSIGN.get(status, status)
    else:
        with pytest.raises(services.WorkflowError):
            services.request_assign(
                counseling_request, actor=ibs_counselor, counselor=ibs_counselor
            )
    sics = PartnerOrganisation.objects.get(slug="sics")
    if workflow.can_hand_over(status):
        services.request_hand_over(
            counseling_request, actor=ibs_counselor, organisation=sics, reason="Swedish market"
        )
        counseling_request.refresh_from_db()
        assert counseling_request.organisation == sics
    else:
        with pytest.raises(services.WorkflowError):
            services.request_hand_over(
                counseling_request, actor=ibs_counselor, organisation=sics, reason="Swedish"
            )


@pytest.mark.parametrize("status", RequestStatus.values)
def test_company_may_answer_only_while_waiting(taxonomy, status):
    counseling_request = _request_in(status)
    if workflow.can_sme_answer(status):
        services.request_sme_answer(counseling_request, text="Grades 7 to 9")
        counseling_request.refresh_from_db()
        assert counseling_request.status == workflow.STATUS_AFTER_SME_ANSWER
    else:
        with pytest.raises(services.WorkflowError):
            services.request_sme_answer(counseling_request, text="Grades 7 to 9")
        counseling_request.refresh_from_db()
        assert counseling_request.status == status


# --- Response times ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        ("2026-03-02", 5, "2026-03-09"),  # Monday + 5 working days = next Monday
        ("2026-03-06", 1, "2026-03-09"),  # Friday + 1 = Monday
        ("2026-03-07", 1, "2026-03-09"),  # Saturday + 1 = Monday
        ("2026-03-09", -5, "2026-03-02"),
    ],
)
def test_working_days_skip_the_weekend(start, days, expected):
    import datetime

    moment = datetime.datetime.fromisoformat(start + "T10:00+00:00")
    assert workflow.add_working_days(moment, days).date().isoformat() == expected
