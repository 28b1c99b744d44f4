import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks_db.models import DBTaskResult

from counseling import services
from counseling.enums import EventAction, RequestStatus
from counseling.models import CounselingRequest
from portal import emails as portal_emails
from tests.counseling.factories import submit_request

pytestmark = pytest.mark.django_db


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("mail server down")


@pytest.fixture
def refusing_mailer(settings):
    settings.MAILERS = {"default": {"BACKEND": "tests.counseling.test_emails.RefusingBackend"}}


def test_confirmation_is_queued_only_after_commit(taxonomy, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit_request()
    assert DBTaskResult.objects.count() == 0  # nothing before the commit
    for callback in callbacks:
        callback()
    assert DBTaskResult.objects.count() == 1  # a row for the task worker


@pytest.mark.parametrize(
    ("language", "subject_word", "body_word"),
    [
        ("fi", "Saimme", "Hei"),
        ("sv", "Vi har tagit emot", "Hej"),
        ("et", "Saime", "Tere"),
        ("lv", "Mēs saņēmām", "Labdien"),
        ("en", "We received", "Hello"),
    ],
)
def test_confirmation_email_is_in_the_preferred_language_with_the_tracking_link(
    taxonomy, immediate_tasks, django_capture_on_commit_callbacks, language, subject_word, body_word
):
    with django_capture_on_commit_callbacks(execute=True):
        request = submit_request(language=language)
    [message] = mail.outbox
    assert message.to == ["mikko@kuntoon.example.com"]
    assert request.reference in message.subject
    assert subject_word in message.subject
    assert body_word in message.body
    link = f"http://127.0.0.1:8000/{language}/counseling/track/{request.tracking_token}/"
    assert link in message.body
    assert message.extra_headers["Content-Language"] == language
    sent = request.events.get(action=EventAction.EMAIL_SENT)
    assert sent.data == {"kind": "confirmation", "attempt": 1}


def test_reply_and_closing_emails_carry_the_text_and_the_same_link(
    taxonomy, immediate_tasks, ibs_counselor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = submit_request(language="sv")
        services.request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
        services.request_reply(
            request,
            actor=ibs_counselor,
            text="Start with two pilot schools.",
            then_status="answered",
        )
        services.request_set_status(request, RequestStatus.CLOSED, actor=ibs_counselor)
    confirmation, reply, closed = [m for m in mail.outbox if m.to == ["mikko@kuntoon.example.com"]]
    link = f"/sv/counseling/track/{request.tracking_token}/"
    assert "Start with two pilot schools." in reply.body
    assert all(link in message.body for message in (confirmation, reply, closed))
    assert "stängd" in closed.subject
    kinds = list(
        request.events.filter(action=EventAction.EMAIL_SENT).values_list("data__kind", flat=True)
    )
    assert kinds == ["confirmation", "staff_new", "reply", "closed"]


def test_failing_mail_server_keeps_the_request_and_retries(
    taxonomy, refusing_mailer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = submit_request()
    assert CounselingRequest.objects.filter(pk=request.pk).exists()
    [queued] = DBTaskResult.objects.all()
    # The worker runs the task: the send fails, the failure is logged, a retry is queued.
    message = queued.args_kwargs["kwargs"]["message"]
    result = portal_emails.send_email_task.call(message=message, attempt=1)
    assert result == "retrying"
    failed = request.events.get(action=EventAction.EMAIL_FAILED)
    assert failed.data == {
        "kind": "confirmation",
        "attempt": 1,
        "error": "SMTPServerDisconnected",
        "will_retry": True,
    }
    retry = DBTaskResult.objects.exclude(pk=queued.pk).get()
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after is not None  # backed off, not hammering the server
    assert mail.outbox == []


def test_mail_that_keeps_failing_is_given_up_after_the_last_attempt(
    taxonomy, refusing_mailer, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = submit_request()
    request.refresh_from_db()
    failures = request.events.filter(action=EventAction.EMAIL_FAILED)
    assert failures.count() == portal_emails.MAX_ATTEMPTS
    assert failures.last().data["will_retry"] is False
    assert request.status == RequestStatus.NEW


def test_anonymised_request_gets_no_email(taxonomy, django_capture_on_commit_callbacks):
    request = submit_request()
    services.request_anonymise(request)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.request_set_status(request, RequestStatus.REJECTED, actor=None)
    assert callbacks == []


def test_counselors_hear_of_new_requests_and_answers_in_their_language(
    taxonomy, immediate_tasks, ibs_counselor, laurea_counselor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = submit_request(targets=("ee",), language="fi")
    [new] = [m for m in mail.outbox if m.to == [ibs_counselor.email]]
    assert request.reference in new.subject
    assert new.extra_headers["Content-Language"] == "et"  # IBS is in Estonia
    assert f"/admin/counseling/counselingrequest/{request.pk}/change/" in new.body
    assert "Kuntoon" not in new.body and "mikko@" not in new.body
    assert not [m for m in mail.outbox if m.to == [laurea_counselor.email]]
    services.request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(request, actor=ibs_counselor, text="Q?", then_status="waiting_for_sme")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.request_sme_answer(request, text="A.")
    [answer] = mail.outbox
    assert answer.to == [ibs_counselor.email]
    assert "Ettevõte vastas" in answer.subject


def test_a_broken_outcome_handler_never_breaks_sending(settings):
    message = {
        "subject": "Hi",
        "body": "Body",
        "from_email": "noreply@example.org",
        "to": ["someone@example.com"],
        "notify": {"handler": "no.such.module.handler", "context": {}},
    }
    assert portal_emails.send_email_task.call(message=message) == "sent"
    assert len(mail.outbox) == 1


def test_outcome_handlers_are_reached_by_registered_key_only():
    calls = []

    def recorder(**kwargs):
        calls.append(kwargs)

    portal_emails.register_outcome_handler("tests.recorder", recorder)
    message = {
        "subject": "Hi",
        "body": "Body",
        "from_email": "noreply@example.org",
        "to": ["someone@example.com"],
        "notify": {"handler": "tests.recorder", "context": {"pk": 7}},
    }
    portal_emails.send_email_task.call(message=message)
    # An import path in a queued message reaches nothing, whatever it names.
    message["notify"] = {"handler": f"{__name__}.recorder", "context": {"pk": 8}}
    portal_emails.send_email_task.call(message=message)

    assert [(call["context"], call["sent"]) for call in calls] == [({"pk": 7}, True)]
