"""Load the demo content of every app, idempotently: ``manage.py load_demo``.

Each app that has demo content provides ``<app>/demo.py`` with
``load(*, stdout) -> None``; they run in INSTALLED_APPS order inside one
transaction, so a failure leaves the database as it was. Running the command
again updates the same records instead of adding copies.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from portal.services import user_ensure_demo_admin, user_ensure_demo_editors


class Command(BaseCommand):
    help = "Create or update the demo content of the portal (safe to run again)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                if app_config.name.startswith("django") or find_spec(module_name) is None:
                    continue
                import_module(module_name).load(stdout=self.stdout)
                self.stdout.write(f"Demo content loaded: {app_config.label}")
        if settings.DEBUG:
            email, password = user_ensure_demo_admin()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo administrator: sign in at /en/accounts/login/ as {email} "
                    f"with the password {password!r} (DEBUG only)."
                )
            )
            for organisation, email, password in user_ensure_demo_editors():
                self.stdout.write(f"  partner editor of {organisation}: {email} / {password!r}")
