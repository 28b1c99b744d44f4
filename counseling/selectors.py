"""Read-only queries of counseling; each runs a fixed number of SQL queries."""

import datetime
import re
import statistics
from collections import defaultdict

from django.db.models import Count, IntegerField, Prefetch, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from counseling import workflow
from counseling.enums import PUBLIC_ACTIONS, MarketEntry, RequestStatus
from counseling.models import CounselingRequest, RequestEvent, ResponseTarget, SavedReply
from counseling.tokens import looks_like_token, survey_token_matches, token_hash
from portal import matchmaking


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


def request_for_survey(*, reference: str, token: str) -> CounselingRequest | None:
    """A closed request whose survey link ``token`` is right; ``None`` for anything else."""
    counseling_request = (
        CounselingRequest.objects.filter(
            reference=reference, status=RequestStatus.CLOSED, anonymised_at__isnull=True
        )
        .only(
            "pk",
            "reference",
            "status",
            "tracking_nonce",
            "anonymised_at",
            "survey_helpfulness",
            "survey_market",
            "survey_comment",
            "survey_answered_at",
        )
        .first()
    )
    if counseling_request is None:
        return None
    if not survey_token_matches(counseling_request.tracking_nonce, token):
        return None
    return counseling_request


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


def with_response_days(queryset):
    """Annotate ``response_days``: the organisation's target, or the default (one join)."""
    return queryset.annotate(
        response_days=Coalesce(
            "organisation__response_target__working_days",
            Value(workflow.DEFAULT_RESPONSE_DAYS),
            output_field=IntegerField(),
        )
    )


def overdue_condition(*, now: datetime.datetime) -> Q:
    """Open requests without a first reply, older than their organisation's target (1 query)."""
    targets = dict(ResponseTarget.objects.values_list("organisation_id", "working_days"))
    default_cutoff = workflow.add_working_days(now, -workflow.DEFAULT_RESPONSE_DAYS)
    late = Q(created_at__lt=default_cutoff) & ~Q(organisation_id__in=list(targets))
    for organisation_id, days in targets.items():
        cutoff = workflow.add_working_days(now, -days)
        late |= Q(organisation_id=organisation_id, created_at__lt=cutoff)
    return late & Q(status__in=RequestStatus.open_values(), first_reply_at__isnull=True)


QUARTER = re.compile(r"^(20[0-9]{2})-Q([1-4])$")


def quarter_bounds(value: str) -> tuple[datetime.datetime, datetime.datetime] | None:
    """``2026-Q1`` → its first moment and the next quarter's, in the site's time zone."""
    match = QUARTER.match(value or "")
    if match is None:
        return None
    year, quarter = int(match[1]), int(match[2])
    start = datetime.datetime(year, 3 * quarter - 2, 1)
    end = datetime.datetime(year + quarter // 4, (3 * quarter) % 12 + 1, 1)
    return timezone.make_aware(start), timezone.make_aware(end)


def _median(values):
    return statistics.median(values) if values else None


def outcomes(queryset, *, quarter: str = "") -> list[dict]:
    """Per organisation, for requests submitted in ``quarter`` (all if empty); one query.

    The survey's helpfulness average, the response rate (answered surveys per closed
    request), the share of answers that entered the market, and the median days to the
    first reply and to closing.
    """
    bounds = quarter_bounds(quarter)
    if bounds is not None:
        queryset = queryset.filter(created_at__gte=bounds[0], created_at__lt=bounds[1])
    rows = queryset.values_list(
        "organisation__name",
        "status",
        "created_at",
        "first_reply_at",
        "closed_at",
        "survey_helpfulness",
        "survey_market",
    ).order_by()
    groups: dict = defaultdict(list)
    for row in rows:
        groups[row[0] or ""].append(row)
    day = 86400
    table = []
    for name in sorted(groups, key=lambda name: (name == "", name)):
        group = groups[name]
        closed = [row for row in group if row[1] == RequestStatus.CLOSED]
        ratings = [row[5] for row in group if row[5] is not None]
        markets = [row[6] for row in group if row[6]]
        answered = [row for row in closed if row[5] is not None or row[6]]
        table.append(
            {
                "name": name,
                "requests": len(group),
                "closed": len(closed),
                "helpfulness": sum(ratings) / len(ratings) if ratings else None,
                "response_rate": len(answered) / len(closed) if closed else None,
                "entered_share": (
                    markets.count(MarketEntry.ENTERED) / len(markets) if markets else None
                ),
                "days_to_first_reply": _median(
                    [(row[3] - row[2]).total_seconds() / day for row in group if row[3]]
                ),
                "days_to_close": _median(
                    [(row[4] - row[2]).total_seconds() / day for row in closed if row[4]]
                ),
            }
        )
    return table


def saved_replies_for(user, counseling_request) -> list:
    return list(
        SavedReply.objects.usable_by(user, language=counseling_request.preferred_language).only(
            "pk", "title", "language"
        )
    )


def saved_reply_for(user, counseling_request, *, pk: str):
    """The saved reply ``pk`` if the user may use it for this request; ``None`` otherwise."""
    if not str(pk).isdigit() or len(str(pk)) > 10:
        return None
    return (
        SavedReply.objects.usable_by(user, language=counseling_request.preferred_language)
        .filter(pk=int(pk))
        .first()
    )


def suggestions_for(counseling_request, *, limit: int = 4) -> matchmaking.Suggestions:
    """Contacts, Living Labs and pilots for the request: the one matchmaking service, asked
    with the markets in the SME's order, the sector, the barriers and the origin country
    (the readiness plan asks it the same way)."""
    return matchmaking.suggest(
        country_codes=[country.code for country in counseling_request.ranked_targets()],
        sector_slug=counseling_request.sector.slug,
        barrier_slugs=[barrier.slug for barrier in counseling_request.barriers.all()],
        origin_code=counseling_request.origin_country.code,
        limit=limit,
    )
