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


def test_reference_data_brings_the_networks_saved_replies_in_every_language(demo):
    from counseling.models import SavedReply
    from tests.content import load_reference

    load_reference("counseling")
    files = content.documents("counseling.saved-replies")
    assert len(files) >= 5
    replies = SavedReply.objects.all()
    assert replies.count() == len(files) * 5
    assert not replies.exclude(organisation=None).exists()  # shared with the whole network
    for _path, data in files:
        for language in ("en", "et", "fi", "lv", "sv"):
            reply = replies.get(content_key=data["slug"], language=language)
            assert reply.title == data["title"][language]
            assert reply.text == data["text"][language].strip()
            assert len(reply.text) > 300  # a whole reply, not a stub
    # Loading again adds nothing and keeps what the network edited since.
    edited = replies.get(content_key="closing", language="lv")
    edited.text = "Labdien! Mūsu pašu teksts."
    edited.save()
    load_demo("counseling")
    assert SavedReply.objects.count() == len(files) * 5
    edited.refresh_from_db()
    assert edited.text == "Labdien! Mūsu pašu teksts."


@pytest.mark.parametrize(
    ("title", "error"),
    [
        ('{en: "Hello"}', r"x\.yaml: title: missing language et, fi, lv, sv"),
        (
            '{en: "Hi", et: "Tere", fi: "' + "x" * 121 + '", lv: "Sveiki", sv: "Hej"}',
            r"x\.yaml: title\.fi: longer than 120 characters",
        ),
    ],
)
def test_a_bad_saved_reply_file_is_refused_naming_file_and_field(tmp_path, title, error):
    text = "{en: a, et: b, fi: c, lv: d, sv: e}"
    path = tmp_path / "x.yaml"
    path.write_text(f"slug: x\ntitle: {title}\ntext: {text}\n", encoding="utf-8")
    with pytest.raises(content.ContentError, match=error):
        content.read_file(path, content.get_kind("counseling.saved-replies"))
