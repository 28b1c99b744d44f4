"""Create or update the reference data a production install needs: ``manage.py load_reference``.

Countries, sectors, barriers, languages, Living Lab methods and user groups, the partner
organisations and their support services, the pages (about, privacy notice, accessibility
statement) and the steps of the transfer model — from the apps' ``content/reference/`` files
(see ``portal.content``). Safe to run again: it updates the same records.
"""

from django.core.management.base import BaseCommand, CommandError

from portal import content


class Command(BaseCommand):
    help = (
        "Create or update the reference data (taxonomy, partner network, pages; safe to run again)."
    )

    def handle(self, *args, **options):
        try:
            count = content.load(content.REFERENCE, stdout=self.stdout)
        except content.ContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Reference data loaded: {count} files."))
