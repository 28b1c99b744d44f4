"""Business rules that change market profiles."""

import datetime

from django.db.models import QuerySet
from django.utils import timezone

from markets.models import MarketProfile


def profile_mark_reviewed(
    *, profiles: QuerySet[MarketProfile], reviewed_on: datetime.date | None = None
) -> int:
    """Record that ``profiles`` were reviewed on ``reviewed_on`` (today by default).

    Returns the number of profiles updated.
    """
    reviewed_on = reviewed_on or timezone.localdate()
    return profiles.update(reviewed_on=reviewed_on, updated_at=timezone.now())
