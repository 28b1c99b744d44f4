"""``manage.py recover_tasks``: queue again the tasks dead workers left ``RUNNING``.

``task_worker`` does this by itself at start and at each heartbeat; this command
is for a look by hand (``--dry-run``) or a host whose workers are all plain
``db_worker`` processes. See ``portal.task_recovery``.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand

from portal import task_recovery
from portal.management.commands.task_worker import positive_seconds


class Command(BaseCommand):
    help = "Queue again the tasks left RUNNING by workers that died"

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--stale-after",
            type=positive_seconds,
            default=task_recovery.STALE_AFTER.total_seconds(),
            help="Seconds without a heartbeat after which a worker is dead (default: %(default)r)",
        )
        parser.add_argument(
            "--max-runtime",
            type=positive_seconds,
            default=task_recovery.MAX_RUNTIME.total_seconds(),
            help="Seconds after which a task of a worker without heartbeat (plain db_worker) "
            "is given up for lost (default: %(default)r)",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only say what would be done")

    def handle(self, *, stale_after, max_runtime, dry_run, verbosity, **options) -> None:
        result = task_recovery.tasks_recover_orphaned(
            stale_after=timedelta(seconds=stale_after),
            max_runtime=timedelta(seconds=max_runtime),
            dry_run=dry_run,
        )
        requeued, failed = len(result["requeued"]), len(result["failed"])
        if dry_run:
            self.stdout.write(f"Would queue again {requeued} task(s) and fail {failed}")
        else:
            self.stdout.write(f"Queued again {requeued} task(s), failed {failed}")
        if verbosity > 1:
            for task_id in result["requeued"]:
                self.stdout.write(f"  queued again: {task_id}")
            for task_id in result["failed"]:
                self.stdout.write(f"  failed: {task_id}")
