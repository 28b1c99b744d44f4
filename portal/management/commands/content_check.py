"""List the long translated texts of the content files whose translation falls short.

``manage.py content_check [--language fi] [--path markets/]`` prints one line per file, field
and language: too short (under 0.7x the English), too long (over 1.6x) or lacking a number
of the English. Exits with status 1 when it finds any, so CI or a translator's hook can use it.
"""

from django.core.management.base import BaseCommand, CommandError

from portal import content
from portal.content_check import (
    LONG_TEXT,
    MAX_RATIO,
    MIN_RATIO,
    check_translations,
    long_text_count,
)


class Command(BaseCommand):
    help = (
        f"List translated texts (English of {LONG_TEXT}+ characters) shorter than {MIN_RATIO}x "
        f"or longer than {MAX_RATIO}x their English, or lacking one of its numbers."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language", action="append", default=[], help="only this language (repeatable)"
        )
        parser.add_argument(
            "--path", default="", help="only files whose path starts with this, e.g. markets/"
        )

    def handle(self, *args, **options):
        try:
            findings = check_translations()
            total = long_text_count()
        except content.ContentError as error:
            raise CommandError(str(error)) from error
        languages = set(options["language"])
        findings = [
            finding
            for finding in findings
            if (not languages or finding.language in languages)
            and finding.path.startswith(options["path"])
        ]
        for finding in findings:
            self.stdout.write(str(finding))
        summary = (
            f"{len(findings)} translations to complete, of {total * 4} long translations "
            f"({total} long English texts x 4 languages)."
        )
        if findings:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
