"""English pages are European English: 30 September 2026, 30/09/2026 (en-GB), not US style."""

from django.conf.locale.en_GB.formats import *  # noqa: F403 - Django's en-GB formats, whole
