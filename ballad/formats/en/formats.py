"""English pages are European English: 30 Sep 2026 (en-GB), 2026-09-30 where a date is short,
24-hour times; never the US 09/30/2026 or "Sept. 30, 2026"."""

from django.conf.locale.en_GB.formats import *  # noqa: F403 - Django's en-GB formats, whole

TIME_FORMAT = "H:i"  # 14:30
DATETIME_FORMAT = "j M Y, H:i"  # 30 Sep 2026, 14:30
SHORT_DATE_FORMAT = "Y-m-d"  # 2026-09-30 (ISO 8601: no day/month order to guess)
SHORT_DATETIME_FORMAT = "Y-m-d H:i"
