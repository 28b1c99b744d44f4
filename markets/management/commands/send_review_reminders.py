"""Queue this month's review reminders on the task worker: ``manage.py send_review_reminders``.

Run it from cron or a systemd timer (see README); running it again in the same month sends
nothing new. ``--now`` sends them in this process instead of queueing the task.
"""

from django.core.management.base import BaseCommand

from markets import reminders


class Command(BaseCommand):
    help = (
        "Queue the monthly e-mail to partner editors: profiles due for review, stale translations."
    )

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="send in this process")

    def handle(self, *args, **options):
        if options["now"]:
            count = reminders.review_reminders_send()
            self.stdout.write(f"Review reminders sent to {count} organisations.")
            return
        result = reminders.review_reminders_task.enqueue()
        self.stdout.write(f"Review reminders queued on the task worker ({result.id}).")
