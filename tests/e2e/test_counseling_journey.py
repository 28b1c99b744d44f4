"""The counseling journey of issue 5's "done when", through the public surface only.

An SME writes in Finnish for Estonian e-learning; the Estonian partner's counselor
triages it in the admin; the SME answers from the e-mailed link; the counselor replies
and closes. Every step the SME sees, on the page and in its inbox, is in Finnish.
"""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from counseling.enums import RequestStatus
from counseling.models import CounselingRequest
from tests.content import load_demo
from tests.counseling.factories import counselor_of, form_data

pytestmark = pytest.mark.django_db

SME = "mikko@kuntoon.example.com"
TRACK_LINK = re.compile(r"https?://[^\s/]+(/fi/counseling/track/[A-Za-z0-9_:.-]+/)")


@pytest.fixture
def demo(taxonomy):
    load_demo("markets")
    return taxonomy


def _finnish(text) -> str:
    """``text`` (a message id or a lazy label) as a Finnish visitor reads it."""
    with translation.override("fi"):
        return translation.gettext(text) if isinstance(text, str) else str(text)


def _sme_mail() -> list:
    return [message for message in mail.outbox if message.to == [SME]]


def test_sme_and_counselor_go_through_a_request_in_finnish(
    demo, immediate_tasks, django_capture_on_commit_callbacks
):
    sme, counselor = Client(), Client()
    counselor.force_login(counselor_of("ibs"))

    # The SME comes from the Estonian e-learning profile and sends the form in Finnish.
    form = sme.get("/fi/counseling/new/?country=ee&sector=e-learning").content.decode()
    assert re.search(
        r'<input type="checkbox" name="target_countries" value="ee"[^>]* checked>', form
    )
    assert '<option value="e-learning" selected>' in form
    with django_capture_on_commit_callbacks(execute=True):
        sent = sme.post("/fi/counseling/new/", form_data(email=SME), follow=True)
    request = CounselingRequest.objects.get()
    done = sent.content.decode()
    assert request.reference in done
    assert 'href="/fi/markets/ee/e-learning/"' in done  # a suggestion that matches

    # The confirmation e-mail is in Finnish and carries the private link, not the reference.
    (confirmation,) = _sme_mail()
    assert request.reference in confirmation.subject
    assert _finnish("We received your counseling request %(reference)s") % {
        "reference": request.reference
    } == confirmation.subject.removeprefix("[Ballad] ")
    track_url = TRACK_LINK.search(confirmation.body).group(1)
    assert request.reference not in track_url

    # The Estonian partner's counselor finds it by reference and asks a question.
    changelist = reverse("admin:counseling_counselingrequest_changelist")
    assert "Kuntoon Oy" in counselor.get(changelist, {"q": request.reference}).content.decode()

    def workflow(name, data=None):
        url = reverse("admin:counseling_counselingrequest_workflow", args=[request.pk, name])
        with django_capture_on_commit_callbacks(execute=True):
            return counselor.post(url, data or {})

    workflow("assign_me")
    workflow("status", {"status-status": "in_progress"})
    workflow(
        "reply",
        {
            "reply-text": "Mille luokka-asteille kurssit on tarkoitettu?",
            "reply-then_status": "waiting_for_sme",
        },
    )
    request.refresh_from_db()
    assert request.status == RequestStatus.WAITING_FOR_SME
    assert "Mille luokka-asteille" in _sme_mail()[-1].body

    # The SME answers from the tracking page.
    page = sme.get(track_url).content.decode()
    assert _finnish(RequestStatus.WAITING_FOR_SME.sme_label) in page
    assert "Mille luokka-asteille" in page
    with django_capture_on_commit_callbacks(execute=True):
        sme.post(track_url, {"text": "Ammatillisille oppilaitoksille, aikuisopiskelijoille."})
    request.refresh_from_db()
    assert request.status == RequestStatus.IN_PROGRESS

    # The counselor replies and closes.
    workflow(
        "reply", {"reply-text": "Tässä Viron hankintaohjeet.", "reply-then_status": "answered"}
    )
    with django_capture_on_commit_callbacks(execute=True):
        counselor.post(changelist, {"action": "close_requests", "_selected_action": [request.pk]})
    request.refresh_from_db()
    assert request.status == RequestStatus.CLOSED

    # The SME sees every step in Finnish, and got every e-mail in Finnish with the same link.
    page = sme.get(track_url).content.decode()
    assert '<html lang="fi"' in page
    for text in (
        "Mille luokka-asteille",
        "Ammatillisille oppilaitoksille",
        "Tässä Viron hankintaohjeet.",
        _finnish(RequestStatus.CLOSED.sme_label),
    ):
        assert text in page
    assert 'name="text"' not in page  # no answer form on a closed request
    inbox = _sme_mail()
    assert len(inbox) == 4  # confirmation, two replies, closing
    assert all(track_url in message.body for message in inbox)
    assert _finnish("A reply to your counseling request %(reference)s") % {
        "reference": request.reference
    } in [message.subject.removeprefix("[Ballad] ") for message in inbox]
