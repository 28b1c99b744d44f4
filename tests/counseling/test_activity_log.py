"""The activity log reads as sentences in the viewer's language, with staff or SME words."""

import pytest
from django.urls import reverse
from django.utils import translation

from counseling import services
from counseling.enums import EventAction, RequestStatus
from tests.counseling.factories import submit_request

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "et", "fi", "lv", "sv")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("status", RequestStatus.values)
def test_every_status_has_a_staff_and_an_sme_label_in_every_language(language, status):
    with translation.override("en"):
        english = (str(RequestStatus(status).staff_label), str(RequestStatus(status).sme_label))
    with translation.override(language):
        staff, sme = str(RequestStatus(status).staff_label), str(RequestStatus(status).sme_label)
    assert staff and sme
    if language != "en":
        assert (staff, sme) != english  # translated, not the English fallback


@pytest.mark.parametrize("language", LANGUAGES)
def test_waiting_reads_differently_for_staff_and_for_the_company(language):
    with translation.override(language):
        staff = str(RequestStatus.WAITING_FOR_SME.staff_label)
        sme = str(RequestStatus.WAITING_FOR_SME.sme_label)
    assert staff != sme


def test_reply_that_waits_for_the_company_reads_as_one_sentence(taxonomy, ibs_counselor):
    ibs_counselor.name = "Kadri Tamm"
    ibs_counselor.save()
    counseling_request = submit_request()
    services.request_assign(counseling_request, actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(
        counseling_request, actor=ibs_counselor, text="Which grades?", then_status="waiting_for_sme"
    )
    reply = counseling_request.events.get(action=EventAction.REPLY)
    with translation.override("en"):
        assert reply.display == (
            "Kadri Tamm replied to the SME and set the status to “Waiting for the SME”."
        )
    with translation.override("fi"):
        assert reply.display == (
            "Kadri Tamm vastasi yritykselle ja asetti tilaksi ”Odottaa yrityksen vastausta”."
        )


def test_every_entry_of_a_whole_case_is_a_sentence_without_keys(taxonomy, ibs_counselor):
    counseling_request = submit_request()
    services.request_assign(counseling_request, actor=ibs_counselor, counselor=ibs_counselor)
    services.request_add_note(counseling_request, actor=ibs_counselor, text="Call them")
    services.request_reply(
        counseling_request, actor=ibs_counselor, text="Q?", then_status="waiting_for_sme"
    )
    services.request_sme_answer(counseling_request, text="A.")
    services.request_email_outcome(
        context={"request_id": counseling_request.pk, "kind": "question"},
        sent=False,
        attempt=1,
        error=TimeoutError(),
        will_retry=True,
    )
    keys = {key for key in EventAction.values if "_" in key} | {"staff_new", "staff_answer"}
    with translation.override("en"):
        sentences = [event.display for event in counseling_request.events.all()]
    assert all(sentence.endswith(".") for sentence in sentences)
    assert not any(key in sentence for key in keys for sentence in sentences)
    assert "The SME sent the request." in sentences
    assert "The portal routed the request to IBS." in sentences
    assert (
        "E-mail failed: question to the SME (attempt 1, TimeoutError). It will be tried again."
        in sentences
    )


def test_admin_shows_staff_words_and_the_company_page_its_own(client, taxonomy, ibs_counselor):
    counseling_request = submit_request(language="en")
    services.request_assign(counseling_request, actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(
        counseling_request, actor=ibs_counselor, text="Which grades?", then_status="waiting_for_sme"
    )
    client.force_login(ibs_counselor)
    changelist = client.get(reverse("admin:counseling_counselingrequest_changelist"))
    change = client.get(
        reverse("admin:counseling_counselingrequest_change", args=[counseling_request.pk])
    )
    for page in (changelist.content.decode(), change.content.decode()):
        assert "Waiting for the SME" in page
        assert "Waiting for your answer" not in page
    assert "replied to the SME and set the status to" in change.content.decode()
    client.logout()
    track = client.get(
        reverse("counseling:track", kwargs={"token": counseling_request.tracking_token})
    ).content.decode()
    assert "Waiting for your answer" in track
    assert "Waiting for the SME" not in track
