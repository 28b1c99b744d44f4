"""Read-only queries of counseling; each runs a fixed number of SQL queries."""

import statistics
from collections import defaultdict

from django.db.models import Count, Prefetch

from counseling.enums import PUBLIC_ACTIONS, RequestStatus
from counseling.models import CounselingRequest, RequestEvent
from counseling.tokens import looks_like_token, token_hash


def request_for_token(token: str) -> CounselingRequest | None:
    """The request a tracking token opens, with its public log; ``None`` for any bad token."""
    if not looks_like_token(token):
        return None
    return (
        CounselingRequest.objects.with_details()
        .prefetch_related(_public_events())
        .filter(tracking_token_hash=token_hash(token), anonymised_at__isnull=True)
        .first()
    )


def _public_events():
    return Prefetch(
        "events",
        queryset=RequestEvent.objects.filter(action__in=list(PUBLIC_ACTIONS)).order_by(
            "created_at", "pk"
        ),
        to_attr="public_events",
    )


def requests_of_user(user) -> list[CounselingRequest]:
    return list(
        CounselingRequest.objects.filter(owner=user)
        .select_related("sector")
        .prefetch_related("target_countries")
        .order_by("-created_at", "-pk")
    )


def request_of_user(user, *, reference: str) -> CounselingRequest | None:
    return (
        CounselingRequest.objects.with_details()
        .prefetch_related(_public_events())
        .filter(owner=user, reference=reference)
        .first()
    )


def dashboard(queryset) -> dict:
    """Open requests per organisation and status, and the median time to the first reply."""
    rows = (
        queryset.open()
        .values("organisation_id", "organisation__name", "status")
        .annotate(count=Count("pk"))
        .order_by()
    )
    statuses = [status for status in RequestStatus if status.value in RequestStatus.open_values()]
    table: dict = defaultdict(lambda: {status.value: 0 for status in statuses})
    names = {}
    for row in rows:
        key = row["organisation_id"]
        names[key] = row["organisation__name"]
        table[key][row["status"]] = row["count"]
    organisations = [
        {
            "name": names[key],
            "counts": [table[key][status.value] for status in statuses],
            "total": sum(table[key].values()),
        }
        for key in sorted(table, key=lambda key: (key is None, names[key] or ""))
    ]
    durations = [
        (first_reply - created).total_seconds()
        for created, first_reply in queryset.filter(first_reply_at__isnull=False).values_list(
            "created_at", "first_reply_at"
        )
    ]
    median_hours = statistics.median(durations) / 3600 if durations else None
    return {
        "statuses": statuses,
        "organisations": organisations,
        "median_hours": median_hours,
        "replied_count": len(durations),
    }
