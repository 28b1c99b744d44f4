"""Counseling's daily background work on the ``django-tasks-db`` worker.

``counseling_daily_task`` runs the follow-up (reminders, closing for want of an
answer), e-mails each organisation's counselors their digest of new and overdue
requests, and queues its own next run for the same time tomorrow. Start the chain
once with ``manage.py counseling_follow_up --schedule``; or run the command from
cron instead, without ``--schedule``.
"""

import datetime

from django.tasks import task
from django.utils import timezone

TASK_PATH = "counseling.tasks.counseling_daily_task"


@task
def counseling_daily_task(*, reschedule: bool = True) -> dict:
    from counseling import services

    result = services.requests_follow_up()
    result["digests"] = services.digests_send()
    if reschedule:
        counseling_daily_schedule(after=timezone.now() + datetime.timedelta(days=1))
    return result


def counseling_daily_schedule(*, after: datetime.datetime | None = None) -> bool:
    """Queue the daily run unless one is already waiting; ``True`` if one was queued."""
    from django_tasks_db.models import DBTaskResult

    if DBTaskResult.objects.filter(task_path=TASK_PATH, status="READY").exists():
        return False
    queued = counseling_daily_task
    if after is not None:
        queued = queued.using(run_after=after)
    queued.enqueue()
    return True
