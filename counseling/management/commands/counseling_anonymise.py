"""Anonymise closed and rejected requests after the retention period: ``manage.py counseling_anonymise``.

Run it daily (e.g. from cron). ``--days`` overrides ``COUNSELING_RETENTION_DAYS``.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from counseling import services
from counseling.models import CounselingRequest


class Command(BaseCommand):
    help = "Remove the personal data of requests closed longer ago than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Retention in days (default {settings.COUNSELING_RETENTION_DAYS}).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count them.")

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is not None and days < 0:
            raise CommandError("--days must be zero or more.")
        if dry_run:
            import datetime

            from django.utils import timezone

            retention = settings.COUNSELING_RETENTION_DAYS if days is None else days
            cutoff = timezone.now() - datetime.timedelta(days=retention)
            count = (
                CounselingRequest.objects.closed()
                .filter(anonymised_at__isnull=True, closed_at__lt=cutoff)
                .count()
            )
            self.stdout.write(f"{count} request(s) would be anonymised.")
            return
        count = services.requests_anonymise_expired(retention_days=days)
        self.stdout.write(self.style.SUCCESS(f"{count} request(s) anonymised."))
