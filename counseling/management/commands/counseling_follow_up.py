"""Remind companies that let a request wait, close the ones that waited too long, send digests.

``manage.py counseling_follow_up`` runs it now (e.g. daily from cron);
``--schedule`` instead queues the daily task on the ``db_worker``, which then
queues itself every day. Days come from ``COUNSELING_REMINDER_DAYS`` and
``COUNSELING_AUTO_CLOSE_DAYS`` (environment: ``BALLAD_COUNSELING_REMINDER_DAYS``,
``BALLAD_COUNSELING_AUTO_CLOSE_DAYS``).
"""

from django.core.management.base import BaseCommand

from counseling import services, tasks


class Command(BaseCommand):
    help = "Send reminders for requests waiting for the company, and close those waiting too long."

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule", action="store_true", help="Queue the daily task on the worker instead."
        )

    def handle(self, *args, schedule=False, **options):
        if schedule:
            queued = tasks.counseling_daily_schedule()
            self.stdout.write("Daily task queued." if queued else "Daily task already queued.")
            return
        result = services.requests_follow_up()
        digests = services.digests_send()
        self.stdout.write(
            self.style.SUCCESS(
                f"{result['reminded']} reminded, {result['closed']} closed, {digests} digest(s)."
            )
        )
