import pytest

from counseling.content_kinds import COUNSELOR_PASSWORD
from counseling.enums import RequestStatus
from counseling.models import CounselingRequest, RequestEvent
from portal import content, roles
from portal.models import User
from tests.content import load_demo

pytestmark = pytest.mark.django_db


def test_demo_has_counselors_and_requests_in_every_status_and_is_idempotent(demo, settings, capsys):
    settings.DEBUG = True
    load_demo("counseling")
    counts = CounselingRequest.objects.count()
    events = RequestEvent.objects.count()
    load_demo("counseling")
    assert (
        CounselingRequest.objects.count()
        == counts
        == len(content.get_kind("counseling.requests").files())
    )
    assert RequestEvent.objects.count() == events
    statuses = set(CounselingRequest.objects.values_list("status", flat=True))
    assert statuses == set(RequestStatus.values)
    counselors = [data for _path, data in content.documents("counseling.counselors")]
    assert len(counselors) == 4
    for counselor in counselors:
        user = User.objects.get(email=counselor["email"])
        assert user.organisation.slug == counselor["organisation"] and user.is_staff
        assert user.groups.filter(name=roles.COUNSELOR).exists()
        assert user.check_password(COUNSELOR_PASSWORD)
    # The logs are real: every answered request has a reply and its status changes.
    for request in CounselingRequest.objects.filter(status=RequestStatus.ANSWERED):
        assert request.events.filter(action="reply").exists()
        assert request.first_reply_at is not None


def test_demo_counselors_get_no_usable_password_outside_debug(demo, settings):
    settings.DEBUG = False
    load_demo("counseling")
    user = User.objects.get(email="counselor.ibs@ballad.example.org")
    assert not user.has_usable_password()
