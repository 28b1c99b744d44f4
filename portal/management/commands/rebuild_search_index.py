"""Rebuild the site search index from the content: ``manage.py rebuild_search_index``."""

from django.core.management.base import BaseCommand

from portal import search_index


class Command(BaseCommand):
    help = "Rebuild the site search index of every language (safe to run at any time)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--kind",
            action="append",
            choices=[item.kind for item in search_index.registrations()],
            help="Rebuild only this kind of document (repeatable).",
        )

    def handle(self, *args, kind=None, **options):
        count = search_index.rebuild(kind)
        self.stdout.write(f"Search index rebuilt: {count} documents.")
