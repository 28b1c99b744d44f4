"""The daily task on the worker and its management command."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from counseling import services, tasks
from counseling.enums import RequestStatus
from counseling.models import CounselingRequest
from tests.counseling.factories import submit_request

pytestmark = pytest.mark.django_db


def test_schedule_queues_the_daily_task_once(taxonomy, capsys):
    call_command("counseling_follow_up", "--schedule")
    call_command("counseling_follow_up", "--schedule")
    assert DBTaskResult.objects.filter(task_path=tasks.TASK_PATH).count() == 1
    assert "already queued" in capsys.readouterr().out


def test_daily_task_follows_up_and_queues_tomorrows_run(taxonomy, ibs_counselor):
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        counseling_request = submit_request()
        services.request_assign(counseling_request, actor=ibs_counselor, counselor=ibs_counselor)
        services.request_reply(
            counseling_request, actor=ibs_counselor, text="Q?", then_status="waiting_for_sme"
        )
    with time_machine.travel(start + datetime.timedelta(days=31), tick=False):
        result = tasks.counseling_daily_task.call()
    assert result == {"reminded": 0, "closed": 1, "digests": 0}
    assert CounselingRequest.objects.get().status == RequestStatus.CLOSED
    [queued] = DBTaskResult.objects.filter(task_path=tasks.TASK_PATH)
    assert queued.run_after >= start + datetime.timedelta(days=32)


def test_command_runs_the_follow_up_now(taxonomy, capsys):
    call_command("counseling_follow_up")
    assert "0 reminded, 0 closed" in capsys.readouterr().out
