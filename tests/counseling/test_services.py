"""The counseling services: routing, assigning, hand-over, replies, notes and the log."""

import datetime

import pytest
import time_machine
from django.core import mail

from counseling import services
from counseling.enums import EventAction, RequestStatus
from portal.models import PartnerOrganisation
from tests.counseling.factories import submit_request

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("targets", "organisation"),
    [(("ee",), "ibs"), (("fi",), "laurea"), (("lv", "se"), "taf"), (("se", "ee"), "sics")],
)
def test_request_is_routed_by_the_smes_first_choice(taxonomy, targets, organisation):
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
    assert reply.data == {"text": "Hello", "then": "answered"}


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


def test_hand_over_keeps_the_routing_history(taxonomy, ibs_counselor):
    counseling_request = submit_request(targets=("ee", "se"))
    sics = PartnerOrganisation.objects.get(slug="sics")
    services.request_hand_over(
        counseling_request, actor=ibs_counselor, organisation=sics, reason="Swedish buyers"
    )
    actions = list(counseling_request.events.values_list("action", flat=True))
    assert actions == ["submitted", "routed", "handed_over"]
    assert counseling_request.first_choice.code == "ee"  # the company's choice stays as it was


# --- Follow-up: reminders and closing for want of an answer, on a frozen clock ------------


def _waiting_request(ibs_counselor):
    counseling_request = submit_request()
    services.request_assign(counseling_request, actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(
        counseling_request, actor=ibs_counselor, text="Which grades?", then_status="waiting_for_sme"
    )
    return counseling_request


def test_waiting_request_is_reminded_once_after_seven_days_and_closed_after_thirty(
    taxonomy, ibs_counselor, immediate_tasks, django_capture_on_commit_callbacks
):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC), tick=False):
        counseling_request = _waiting_request(ibs_counselor)
    mail.outbox.clear()
    for day, expected in ((6, (0, 0)), (7, (1, 0)), (8, (0, 0)), (29, (0, 0)), (30, (0, 1))):
        moment = datetime.datetime(2026, 3, 2 + day - 1, 9, 1, tzinfo=datetime.UTC) + (
            datetime.timedelta(days=1)
        )
        with (
            time_machine.travel(moment, tick=False),
            django_capture_on_commit_callbacks(execute=True),
        ):
            result = services.requests_follow_up()
        assert (result["reminded"], result["closed"]) == expected, day
    counseling_request.refresh_from_db()
    assert counseling_request.status == RequestStatus.CLOSED
    assert counseling_request.closed_at is not None
    actions = list(counseling_request.events.values_list("action", flat=True))
    assert actions.count("reminded") == 1 and actions[-2:] == ["auto_closed", "email_sent"]
    reminder, closing = [
        message for message in mail.outbox if message.to == [counseling_request.email]
    ]
    assert "#answer" in reminder.body and "Muistutus" in reminder.subject  # Finnish
    assert counseling_request.reference in closing.subject


def test_an_answer_stops_the_follow_up(taxonomy, ibs_counselor):
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        counseling_request = _waiting_request(ibs_counselor)
    with time_machine.travel(start + datetime.timedelta(days=10), tick=False):
        services.request_sme_answer(counseling_request, text="Grades 7 to 9")
    with time_machine.travel(start + datetime.timedelta(days=40), tick=False):
        assert services.requests_follow_up() == {"reminded": 0, "closed": 0}
    counseling_request.refresh_from_db()
    assert counseling_request.status == RequestStatus.IN_PROGRESS


def test_days_are_configurable(taxonomy, ibs_counselor, settings):
    settings.COUNSELING_REMINDER_DAYS, settings.COUNSELING_AUTO_CLOSE_DAYS = 2, 5
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        counseling_request = _waiting_request(ibs_counselor)
    with time_machine.travel(start + datetime.timedelta(days=2, minutes=1), tick=False):
        assert services.requests_follow_up() == {"reminded": 1, "closed": 0}
    with time_machine.travel(start + datetime.timedelta(days=5, minutes=1), tick=False):
        assert services.requests_follow_up() == {"reminded": 0, "closed": 1}
    assert counseling_request.events.filter(action=EventAction.AUTO_CLOSED).exists()


def test_a_person_cannot_close_a_waiting_request(taxonomy, ibs_counselor):
    counseling_request = _waiting_request(ibs_counselor)
    with pytest.raises(services.WorkflowError):
        services.request_set_status(counseling_request, "closed", actor=ibs_counselor)


def test_daily_digest_lists_new_and_overdue_requests_to_the_organisations_counselors(
    taxonomy, ibs_counselor, laurea_counselor, immediate_tasks, django_capture_on_commit_callbacks
):
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)  # a Monday
    with time_machine.travel(start, tick=False):
        late = submit_request(targets=("ee",))
        services.request_assign(late, actor=ibs_counselor, counselor=ibs_counselor)
    with time_machine.travel(start + datetime.timedelta(days=8), tick=False):
        fresh = submit_request(targets=("ee",))
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            assert services.digests_send() == 1  # IBS only: Laurea has nothing to report
    [digest] = mail.outbox
    assert digest.to == [ibs_counselor.email]
    assert digest.extra_headers["Content-Language"] == "et"  # IBS is in Estonia
    # The new request under "new", the late one (assigned, never replied to) under "overdue".
    assert digest.body.count(fresh.reference) == 1 and digest.body.count(late.reference) == 1
    assert digest.body.index(fresh.reference) < digest.body.index(late.reference)
    assert "?queue=open&overdue=yes" in digest.body


def test_daily_digest_run_twice_the_same_day_is_sent_once(
    taxonomy, ibs_counselor, django_capture_on_commit_callbacks
):
    """A daily run repeated after its worker died queues the digest again; it goes once."""
    from django_tasks_db.models import DBTaskResult

    from portal.emails import send_email_task

    submit_request(targets=("ee",))
    DBTaskResult.objects.all().delete()  # the request's own e-mails are not the point here
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            assert services.digests_send() == 1
    queued = [row.args_kwargs["kwargs"] for row in DBTaskResult.objects.all()]
    assert len(queued) == 2
    assert [send_email_task.call(**kwargs) for kwargs in queued] == ["sent", "already sent"]
    [digest] = mail.outbox
    assert digest.to == [ibs_counselor.email]
    assert digest.extra_headers["Message-ID"].startswith(
        f"<digest.{ibs_counselor.organisation_id}."
    )
