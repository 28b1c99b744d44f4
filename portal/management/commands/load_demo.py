"""Load the fictional demo content, idempotently: ``manage.py load_demo``.

Contacts, Living Labs, publications, market profiles, counselors and counseling requests,
pilot cases — from the apps' ``content/demo/`` files (see ``portal.content``). The demo
builds on the reference data, so the reference data is loaded first. Everything runs in
one transaction: a failure leaves the database as it was. Running it again updates the
same records instead of adding copies.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal import content, search_index, two_factor
from portal.services import user_ensure_demo_admin


class Command(BaseCommand):
    help = "Create or update the demo content of the portal (safe to run again)."

    def handle(self, *args, **options):
        try:
            # One search index rebuild at the end instead of one per saved object.
            with transaction.atomic(), search_index.deferred():
                content.load(content.REFERENCE, stdout=self.stdout)
                count = content.load(content.DEMO, stdout=self.stdout)
        except content.ContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Demo content loaded: {count} files.")
        if settings.DEBUG:
            email, password = user_ensure_demo_admin()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo administrator: sign in at /en/accounts/login/ as {email} "
                    f"with the password {password!r} (DEBUG only)."
                )
            )
            self.stdout.write(
                f"Demo staff two-factor (TOTP) secret: {two_factor.DEMO_TOTP_SECRET} (DEBUG only)."
            )
