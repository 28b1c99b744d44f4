import pytest

from counseling import demo as counseling_demo
from counseling.enums import RequestStatus
from counseling.models import CounselingRequest, RequestEvent
from portal import roles
from portal.models import User

pytestmark = pytest.mark.django_db


def test_demo_has_counselors_and_requests_in_every_status_and_is_idempotent(demo, settings, capsys):
    settings.DEBUG = True
    counseling_demo.load(stdout=None)
    counts = CounselingRequest.objects.count()
    events = RequestEvent.objects.count()
    counseling_demo.load(stdout=None)
    assert CounselingRequest.objects.count() == counts == len(counseling_demo.REQUESTS)
    assert RequestEvent.objects.count() == events
    statuses = set(CounselingRequest.objects.values_list("status", flat=True))
    assert statuses == set(RequestStatus.values)
    for slug, (_name, email) in counseling_demo.COUNSELORS.items():
        user = User.objects.get(email=email)
        assert user.organisation.slug == slug and user.is_staff
        assert user.groups.filter(name=roles.COUNSELOR).exists()
        assert user.check_password(counseling_demo.COUNSELOR_PASSWORD)
    # The logs are real: every answered request has a reply and its status changes.
    for request in CounselingRequest.objects.filter(status=RequestStatus.ANSWERED):
        assert request.events.filter(action="reply").exists()
        assert request.first_reply_at is not None


def test_demo_counselors_get_no_usable_password_outside_debug(demo, settings):
    settings.DEBUG = False
    counseling_demo.load(stdout=None)
    user = User.objects.get(email=counseling_demo.COUNSELORS["ibs"][1])
    assert not user.has_usable_password()
