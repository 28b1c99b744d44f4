import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from counseling import services
from counseling.enums import EventAction, RequestStatus
from counseling.models import CounselingRequest
from counseling.selectors import request_for_token
from tests.counseling.factories import submit_request

pytestmark = pytest.mark.django_db


def _closed(ibs_counselor, *, days_ago: int, status=RequestStatus.CLOSED):
    request = submit_request(phone="+358 40 123 4567")
    if status == RequestStatus.CLOSED:
        services.request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
        services.request_reply(
            request, actor=ibs_counselor, text="Personal advice for Mikko", then_status="answered"
        )
    services.request_set_status(request, status, actor=ibs_counselor, note="Mikko called")
    CounselingRequest.objects.filter(pk=request.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return request


def test_command_anonymises_only_requests_past_the_retention_period(
    taxonomy, ibs_counselor, settings
):
    settings.COUNSELING_RETENTION_DAYS = 30
    old = _closed(ibs_counselor, days_ago=40)
    old_rejected = _closed(ibs_counselor, days_ago=40, status=RequestStatus.REJECTED)
    recent = _closed(ibs_counselor, days_ago=5)
    still_open = submit_request()
    call_command("counseling_anonymise")
    for request in (old, old_rejected):
        request.refresh_from_db()
        assert request.anonymised_at is not None
        assert (request.company_name, request.email, request.contact_name, request.phone) == (
            "",
            "",
            "",
            "",
        )
        assert request.question == "" and request.service_description == ""
        assert request.tracking_token_hash is None
        # Statistics stay.
        assert request.sector.slug == "e-learning" and request.origin_country.code == "fi"
        assert [c.code for c in request.target_countries.all()] == ["ee"]
        assert request.status in {"closed", "rejected"}
        # The log keeps no personal text.
        assert not any("text" in event.data for event in request.events.all())
        assert request.events.filter(action=EventAction.ANONYMISED).exists()
        assert request_for_token(request.tracking_token) is None
    for request in (recent, still_open):
        request.refresh_from_db()
        assert request.anonymised_at is None and request.email


def test_command_days_option_and_dry_run(taxonomy, ibs_counselor, capsys):
    request = _closed(ibs_counselor, days_ago=10)
    call_command("counseling_anonymise", "--days", "7", "--dry-run")
    assert "1 request(s) would be anonymised" in capsys.readouterr().out
    request.refresh_from_db()
    assert request.anonymised_at is None
    call_command("counseling_anonymise", "--days", "7")
    request.refresh_from_db()
    assert request.anonymised_at is not None
    call_command("counseling_anonymise", "--days", "7")  # a second run changes nothing
    assert request.events.filter(action=EventAction.ANONYMISED).count() == 1
