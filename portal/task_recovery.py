"""Tasks a dead worker left ``RUNNING`` go back to the queue.

django-tasks-db (0.13) claims a task by setting it ``RUNNING`` in a committed
transaction and runs it outside any transaction; a worker killed mid-task
(SIGKILL, OOM, power loss) leaves the row ``RUNNING`` for ever and no worker
looks at it again (upstream issue RealOrangeOne/django-tasks-db#5, open). So
``manage.py task_worker`` (the library's worker plus this module) keeps a
heartbeat row per process (``portal.models.TaskWorker``), and every worker, at
start and at each heartbeat, runs ``tasks_recover_orphaned``: a ``RUNNING`` task
whose worker

- has a heartbeat older than ``stale_after`` (the process hangs, or died on
  another machine), or
- ran on this host under a process id that no longer exists (died here: found
  at once, without waiting for the heartbeat to age), or
- never had a heartbeat (a plain ``db_worker``) and started more than
  ``max_runtime`` ago

is set ``READY`` again (or ``FAILED`` once it has been claimed ``max_claims``
times: a task that kills its worker must not loop for ever). Running a task
twice is therefore possible by design (at least once); the e-mail task is
idempotent (``portal.emails``: once per Message-ID), reminders and automatic closings
record themselves, and the daily digest's Message-ID is fixed per counselor and day.
``manage.py recover_tasks`` runs the same recovery by hand.
"""

import logging
import os
import socket
import threading
import time
from datetime import timedelta

from django.db import close_old_connections, connection, transaction
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from portal.models import TaskWorker

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 10
STALE_AFTER = timedelta(seconds=60)
MAX_RUNTIME = timedelta(hours=1)
MAX_CLAIMS = 5
FORGET_WORKERS_AFTER = timedelta(days=1)
HOUSEKEEPING_SECONDS = 3600


class WorkerLost(Exception):
    """Recorded on a task given up because its workers died each time it ran."""


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True


def task_worker_beat(*, worker_id: str) -> None:
    """Record that this process (``worker_id``) is alive now."""
    TaskWorker.objects.update_or_create(
        worker_id=worker_id,
        defaults={
            "hostname": socket.gethostname(),
            "pid": os.getpid(),
            "last_seen": timezone.now(),
        },
    )


def task_worker_forget(*, worker_id: str) -> None:
    TaskWorker.objects.filter(worker_id=worker_id).delete()


def task_workers_housekeeping() -> None:
    """Hourly, in each worker: forget long-silent workers and old e-mail deliveries."""
    from portal.emails import email_deliveries_prune

    TaskWorker.objects.filter(last_seen__lt=timezone.now() - FORGET_WORKERS_AFTER).delete()
    email_deliveries_prune()


def _worker_dead(task: DBTaskResult, workers: dict, *, now, stale_after, max_runtime) -> bool:
    worker = workers.get(task.worker_ids[-1]) if task.worker_ids else None
    if worker is None:
        return task.started_at is None or task.started_at < now - max_runtime
    if worker.last_seen < now - stale_after:
        return True
    return worker.hostname == socket.gethostname() and not process_alive(worker.pid)


def tasks_recover_orphaned(
    *,
    stale_after: timedelta = STALE_AFTER,
    max_runtime: timedelta = MAX_RUNTIME,
    max_claims: int = MAX_CLAIMS,
    dry_run: bool = False,
) -> dict:
    """Put tasks of dead workers back in the queue; ``{"requeued": [ids], "failed": [ids]}``."""
    now = timezone.now()
    workers = {worker.worker_id: worker for worker in TaskWorker.objects.all()}
    requeued, failed = [], []
    with transaction.atomic():
        # skip_locked: a row a worker is claiming right now is not ours to judge.
        running = DBTaskResult.objects.running().select_for_update(skip_locked=True)
        for task in running:
            if not _worker_dead(
                task, workers, now=now, stale_after=stale_after, max_runtime=max_runtime
            ):
                continue
            if len(task.worker_ids) >= max_claims:
                failed.append(str(task.id))
                if not dry_run:
                    task.set_failed(
                        WorkerLost(f"its worker died each of the {len(task.worker_ids)} times")
                    )
                continue
            requeued.append(str(task.id))
            if not dry_run:
                task.status = TaskResultStatus.READY
                task.started_at = None
                task.save(update_fields=["status", "started_at"])
    for task_id in requeued:
        logger.warning("Task %s was left running by a dead worker: queued again", task_id)
    for task_id in failed:
        logger.error("Task %s failed: its worker died each time it ran", task_id)
    return {"requeued": requeued, "failed": failed}


class HeartbeatWorker(Worker):
    """django-tasks-db's worker with a heartbeat and the recovery of dead workers' tasks."""

    def __init__(self, *, heartbeat: float, stale_after: timedelta, **kwargs):
        super().__init__(**kwargs)
        self.heartbeat = heartbeat
        self.stale_after = stale_after
        self._stopped = threading.Event()
        self._housekeeping_due = 0.0

    def beat_and_recover(self) -> None:
        try:
            task_worker_beat(worker_id=self.worker_id)
            tasks_recover_orphaned(stale_after=self.stale_after)
            if time.monotonic() >= self._housekeeping_due:
                task_workers_housekeeping()
                self._housekeeping_due = time.monotonic() + HOUSEKEEPING_SECONDS
        except Exception:  # the database may be down: try again at the next beat
            logger.exception("Task worker heartbeat failed")

    def _beat_loop(self) -> None:
        try:
            while not self._stopped.wait(self.heartbeat):
                close_old_connections()
                self.beat_and_recover()
        finally:
            connection.close()

    def run(self) -> None:
        self.beat_and_recover()
        beat = threading.Thread(target=self._beat_loop, name="heartbeat", daemon=True)
        beat.start()
        try:
            super().run()
        finally:
            self._stopped.set()
            beat.join(timeout=5)
            try:
                task_worker_forget(worker_id=self.worker_id)
            except Exception:
                logger.exception("Could not remove the heartbeat of worker %s", self.worker_id)
