"""Business rules that change market profiles."""

import datetime

from django.db.models import QuerySet
from django.utils import timezone

from markets.models import MarketProfile
from portal.page_cache import page_cache_invalidate


def profile_mark_reviewed(
    *, profiles: QuerySet[MarketProfile], reviewed_on: datetime.date | None = None
) -> int:
    """Record that ``profiles`` were reviewed on ``reviewed_on`` (today by default).

    Returns the number of profiles updated.
    """
    reviewed_on = reviewed_on or timezone.localdate()
    updated = profiles.update(reviewed_on=reviewed_on, updated_at=timezone.now())
    page_cache_invalidate()  # a bulk update sends no signals
    return updated
