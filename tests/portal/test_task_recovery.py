"""A worker killed mid-task: its task runs again, and its e-mail goes exactly once."""

import io
import os
import signal
import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal import emails, task_recovery
from portal.models import EmailDelivery, TaskWorker
from tests.smtp_sink import SmtpSink

MESSAGE = {
    "subject": "We received your request",
    "body": "Hello",
    "from_email": "Ballad portal <noreply@ballad.example.org>",
    "to": ["mikko@kuntoon.example.com"],
}


def queued_email() -> DBTaskResult:
    emails.email_enqueue(message=MESSAGE)
    return DBTaskResult.objects.get()


def dead_pid() -> int:
    finished = subprocess.Popen(["true"])  # noqa: S607
    finished.wait()
    return finished.pid


def claimed(task: DBTaskResult, *, worker_id: str = "w1", started: timedelta = timedelta()):
    task.claim(worker_id)
    DBTaskResult.objects.filter(pk=task.pk).update(started_at=timezone.now() - started)
    task.refresh_from_db()
    return task


def worker_row(worker_id="w1", *, pid=None, hostname=None, seen=timedelta()) -> TaskWorker:
    return TaskWorker.objects.create(
        worker_id=worker_id,
        hostname=hostname or socket.gethostname(),
        pid=pid or os.getpid(),
        last_seen=timezone.now() - seen,
    )


@pytest.mark.django_db
def test_task_of_a_worker_whose_process_is_gone_is_queued_again_at_once():
    task = claimed(queued_email())
    worker_row(pid=dead_pid())
    result = task_recovery.tasks_recover_orphaned()
    task.refresh_from_db()
    assert result == {"requeued": [str(task.pk)], "failed": []}
    assert (task.status, task.started_at, task.worker_ids) == ("READY", None, ["w1"])


@pytest.mark.django_db
def test_task_of_a_live_worker_is_left_running():
    task = claimed(queued_email(), started=timedelta(hours=5))
    worker_row(pid=os.getpid())
    assert task_recovery.tasks_recover_orphaned() == {"requeued": [], "failed": []}
    task.refresh_from_db()
    assert task.status == "RUNNING"


@pytest.mark.django_db
def test_task_of_a_silent_worker_on_another_host_is_queued_again_after_the_stale_time():
    task = claimed(queued_email())
    worker_row(hostname="other-host", pid=1, seen=timedelta(seconds=30))
    assert task_recovery.tasks_recover_orphaned(stale_after=timedelta(seconds=60))["requeued"] == []
    TaskWorker.objects.update(last_seen=timezone.now() - timedelta(seconds=61))
    result = task_recovery.tasks_recover_orphaned(stale_after=timedelta(seconds=60))
    assert result["requeued"] == [str(task.pk)]


@pytest.mark.django_db
def test_task_of_a_worker_without_heartbeat_is_queued_again_after_the_max_runtime():
    task = claimed(queued_email(), worker_id="plain-db-worker", started=timedelta(minutes=59))
    assert task_recovery.tasks_recover_orphaned(max_runtime=timedelta(hours=1))["requeued"] == []
    DBTaskResult.objects.update(started_at=timezone.now() - timedelta(minutes=61))
    result = task_recovery.tasks_recover_orphaned(max_runtime=timedelta(hours=1))
    assert result["requeued"] == [str(task.pk)]


@pytest.mark.django_db
def test_task_that_killed_its_worker_each_time_fails_instead_of_looping():
    task = queued_email()
    for attempt in range(task_recovery.MAX_CLAIMS):
        task.claim(f"w{attempt}")
        task.status = "READY"
    task.status = "RUNNING"
    task.save(update_fields=["status"])
    worker_row(f"w{task_recovery.MAX_CLAIMS - 1}", pid=dead_pid())
    result = task_recovery.tasks_recover_orphaned()
    task.refresh_from_db()
    assert result == {"requeued": [], "failed": [str(task.pk)]}
    assert task.status == "FAILED"
    assert task.exception_class_path == "portal.task_recovery.WorkerLost"


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["nan", "inf", "-5", "0", "soon", "\x00"])
def test_recover_tasks_command_refuses_a_bad_number_of_seconds(value):
    task = claimed(queued_email())
    worker_row(pid=dead_pid())
    with pytest.raises(CommandError):
        call_command("recover_tasks", "--stale-after", value, stdout=io.StringIO())
    task.refresh_from_db()
    assert task.status == "RUNNING"


@pytest.mark.django_db
def test_recover_tasks_command_dry_run_changes_nothing():
    task = claimed(queued_email())
    worker_row(pid=dead_pid())
    out = io.StringIO()
    call_command("recover_tasks", "--dry-run", stdout=out)
    task.refresh_from_db()
    assert out.getvalue().strip() == "Would queue again 1 task(s) and fail 0"
    assert task.status == "RUNNING"
    call_command("recover_tasks", stdout=out)
    task.refresh_from_db()
    assert task.status == "READY"


@pytest.mark.django_db
def test_queued_email_carries_a_message_id_that_every_attempt_keeps(settings):
    task = queued_email()
    message = task.args_kwargs["kwargs"]["message"]
    message_id = message["headers"]["Message-ID"]
    assert message_id.startswith("<") and message_id.endswith("@ballad.example.org>")
    settings.MAILERS = {"default": {"BACKEND": "tests.counseling.test_emails.RefusingBackend"}}
    assert emails.send_email_task.call(message=message) == "retrying"
    retry = DBTaskResult.objects.exclude(pk=task.pk).get()
    assert retry.args_kwargs["kwargs"]["message"]["headers"]["Message-ID"] == message_id


@pytest.mark.django_db
def test_email_task_run_twice_sends_the_email_once():
    message = queued_email().args_kwargs["kwargs"]["message"]
    assert emails.send_email_task.call(message=message) == "sent"
    assert emails.send_email_task.call(message=message) == "already sent"
    [sent] = mail.outbox
    assert sent.extra_headers["Message-ID"] == message["headers"]["Message-ID"]
    assert EmailDelivery.objects.get().sent_at is not None


@pytest.mark.django_db
def test_email_queued_before_message_ids_gets_the_same_id_on_every_run():
    assert emails.send_email_task.call(message=MESSAGE) == "sent"
    assert emails.send_email_task.call(message=MESSAGE) == "already sent"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].extra_headers["Message-ID"].endswith("@ballad.example.org>")


@pytest.mark.django_db
def test_email_queued_before_message_ids_is_retried_under_its_derived_id(settings):
    settings.MAILERS = {"default": {"BACKEND": "tests.counseling.test_emails.RefusingBackend"}}
    assert emails.send_email_task.call(message=MESSAGE) == "retrying"
    retry = DBTaskResult.objects.get()
    headers = retry.args_kwargs["kwargs"]["message"]["headers"]
    assert headers == {"Message-ID": emails.message_id_of(MESSAGE)}


@pytest.mark.django_db
def test_housekeeping_forgets_old_deliveries_and_long_silent_workers():
    old = EmailDelivery.objects.create(message_id="<old@ballad.example.org>")
    recent = EmailDelivery.objects.create(message_id="<recent@ballad.example.org>")
    EmailDelivery.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - emails.DELIVERY_KEEP - timedelta(minutes=1)
    )
    worker_row("gone", seen=task_recovery.FORGET_WORKERS_AFTER + timedelta(minutes=1))
    worker_row("alive")
    task_recovery.task_workers_housekeeping()
    assert list(EmailDelivery.objects.values_list("pk", flat=True)) == [recent.pk]
    assert list(TaskWorker.objects.values_list("worker_id", flat=True)) == ["alive"]


def worker_env(**extra: str) -> dict:
    """The environment of a real worker process on the test database."""
    db = connection.settings_dict
    url = f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return {**os.environ, "BALLAD_TESTING": "1", "DATABASE_URL": url, **extra}


def start_worker(env: dict, *args: str) -> subprocess.Popen:
    command = [sys.executable, "manage.py", "task_worker", "--skip-checks", "--no-reload"]
    command += ["--no-startup-delay", "--interval", "0.2", "--heartbeat", "1", "--stale-after", "5"]
    return subprocess.Popen(  # noqa: S603
        [*command, *args],
        cwd=Path(settings.BASE_DIR),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("stall", "second_run"),
    [
        ("data", "sent"),  # killed before the server took the message: the next run sends it
        ("quit", "already sent"),  # killed after the server's 250: the next run sends nothing
    ],
)
def test_worker_killed_mid_send_delivers_the_email_exactly_once(stall, second_run):
    if connection.vendor != "postgresql":
        pytest.skip("Real worker processes need a database server (DATABASE_URL=postgres://…).")
    with SmtpSink(stall=stall) as sink:
        env = worker_env(EMAIL_URL=sink.url)
        task = queued_email()
        message_id = task.args_kwargs["kwargs"]["message"]["headers"]["Message-ID"]

        worker = start_worker(env)
        try:
            assert sink.stalled.wait(25), "the worker never reached the mail server"
            worker.send_signal(signal.SIGKILL)
        finally:
            worker.kill()
            worker.wait(10)
        sink.release.set()
        task.refresh_from_db()
        assert task.status == "RUNNING"  # what django-tasks-db leaves behind
        sent_before = EmailDelivery.objects.get(message_id=message_id).sent_at
        assert (sent_before is not None) == (stall == "quit")

        out = io.StringIO()
        call_command("recover_tasks", stdout=out)
        assert out.getvalue().strip() == "Queued again 1 task(s), failed 0"

        rerun = start_worker(env, "--batch")
        try:
            rerun.wait(25)
        finally:
            rerun.kill()
        assert rerun.returncode == 0, rerun.stderr.read().decode()

    task.refresh_from_db()
    assert (task.status, task.return_value, len(task.worker_ids)) == ("SUCCESSFUL", second_run, 2)
    assert sink.accepted_with(message_id) == 1
    assert EmailDelivery.objects.get(message_id=message_id).sent_at is not None
    assert not TaskWorker.objects.exclude(worker_id=task.worker_ids[0]).exists()  # left cleanly


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_worker_started_after_a_crash_recovers_the_task_by_itself():
    """systemd restarts a killed worker: the new one finds the dead one's task at start."""
    if connection.vendor != "postgresql":
        pytest.skip("Real worker processes need a database server (DATABASE_URL=postgres://…).")
    task = claimed(queued_email(), worker_id="killed")
    worker_row("killed", pid=dead_pid())
    worker = start_worker(worker_env(EMAIL_URL="dummy:"), "--batch")
    try:
        worker.wait(25)
    finally:
        worker.kill()
    assert worker.returncode == 0, worker.stderr.read().decode()
    task.refresh_from_db()
    assert (task.status, task.return_value, task.worker_ids[0]) == ("SUCCESSFUL", "sent", "killed")
    # The new worker removed its own heartbeat as it left; the dead one's row ages out.
    assert list(TaskWorker.objects.values_list("worker_id", flat=True)) == ["killed"]


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_email_another_worker_is_sending_is_looked_at_again_later():
    if not connection.features.has_select_for_update_nowait:
        pytest.skip("Row locks need PostgreSQL.")
    task = queued_email()
    message = task.args_kwargs["kwargs"]["message"]
    message_id = message["headers"]["Message-ID"]
    EmailDelivery.objects.create(message_id=message_id)
    other_worker = connections.create_connection("default")
    try:
        with other_worker.cursor() as cursor:
            cursor.execute("BEGIN")
            cursor.execute(
                "SELECT id FROM portal_emaildelivery WHERE message_id = %s FOR UPDATE", [message_id]
            )
            assert emails.send_email_task.call(message=message) == "busy"
            cursor.execute("ROLLBACK")
    finally:
        other_worker.close()
    assert mail.outbox == []
    later = DBTaskResult.objects.exclude(pk=task.pk).get()
    assert later.args_kwargs["kwargs"] == {"message": message, "attempt": 1}
    assert later.run_after > timezone.now() + timedelta(seconds=emails.BUSY_SECONDS - 5)
