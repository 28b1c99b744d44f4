"""``manage.py task_worker``: django-tasks-db's ``db_worker`` that also recovers dead workers' tasks.

Same options as ``db_worker`` plus ``--heartbeat`` and ``--stale-after``; see
``portal.task_recovery`` and docs/deploy.md.
"""

import os
from argparse import ArgumentTypeError
from datetime import timedelta

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from portal import task_recovery


def positive_seconds(value: str) -> float:
    seconds = db_worker.valid_interval(value)
    if seconds <= 0:
        raise ArgumentTypeError("Must be greater than zero")
    return seconds


class Command(db_worker.Command):
    help = "Run the background task worker, with a heartbeat and recovery of dead workers' tasks"

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--heartbeat",
            type=positive_seconds,
            default=task_recovery.HEARTBEAT_SECONDS,
            help="Seconds between heartbeats (and recovery passes) (default: %(default)r)",
        )
        parser.add_argument(
            "--stale-after",
            type=positive_seconds,
            default=task_recovery.STALE_AFTER.total_seconds(),
            help="A worker silent this many seconds is dead; its running task is queued again "
            "(default: %(default)r)",
        )

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, batch, **options) -> None:
        self.configure_logging(verbosity)
        if reload and batch:
            reload = False
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        if options["stale_after"] <= options["heartbeat"]:
            raise CommandError("--stale-after must be longer than --heartbeat")
        worker = task_recovery.HeartbeatWorker(
            heartbeat=options["heartbeat"],
            stale_after=timedelta(seconds=options["stale_after"]),
            queue_names=queue_names,
            excluded_queue_names=excluded,
            interval=options["interval"],
            batch=batch,
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
