"""Read-only queries of the readiness check; each runs a fixed number of SQL queries."""

import datetime
from collections import Counter

from django.conf import settings
from django.db.models import Count, Prefetch, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone

from counseling.models import (
    ReadinessDimension,
    ReadinessOption,
    ReadinessQuestion,
    ReadinessResult,
)
from counseling.tokens import looks_like_token, token_hash
from portal.models import Barrier


def dimension_list() -> list[ReadinessDimension]:
    """Every dimension in order, with the slugs of the barriers it meets: two queries."""
    return list(
        ReadinessDimension.objects.ordered().prefetch_related(
            Prefetch("barriers", queryset=Barrier.objects.ordered().only("slug", "position"))
        )
    )


def questions_for(sector) -> list[ReadinessQuestion]:
    """The questions asked of a company of ``sector``, by dimension, with their options: two
    queries."""
    return list(
        ReadinessQuestion.objects.active()
        .for_sector(sector)
        .select_related("dimension")
        .prefetch_related(Prefetch("options", queryset=ReadinessOption.objects.ordered()))
        .order_by("dimension__position", "dimension__slug", "position", "slug")
    )


def question_pages(questions: list[ReadinessQuestion], *, pages: int = 2) -> list[list]:
    """The questions in up to ``pages`` steps of whole dimensions, about the same size each."""
    groups: list[list] = []
    for question in questions:
        if groups and groups[-1][0].dimension_id == question.dimension_id:
            groups[-1].append(question)
        else:
            groups.append([question])
    if not groups:
        return []
    per_page = -(-len(groups) // pages)  # ceiling
    return [
        [question for group in groups[start : start + per_page] for question in group]
        for start in range(0, len(groups), per_page)
    ]


def _alive(queryset):
    """Results of an account stay; a result without an account expires after the retention."""
    cutoff = timezone.now() - datetime.timedelta(days=settings.READINESS_RETENTION_DAYS)
    return queryset.filter(Q(owner__isnull=False) | Q(created_at__gte=cutoff))


def result_for_token(token: str) -> ReadinessResult | None:
    """The result a private link opens; ``None`` for a malformed, unknown or expired token."""
    if not looks_like_token(token):
        return None
    return (
        _alive(ReadinessResult.objects.with_details()).filter(token_hash=token_hash(token)).first()
    )


def results_of_user(user) -> list[ReadinessResult]:
    return list(ReadinessResult.objects.with_details().filter(owner=user).order_by("-created_at"))


def statistics(*, weeks: int = 12) -> dict:
    """Counts only, never a person: completed checks per week, per target market and per
    weakest dimension. Three queries."""
    since = timezone.now() - datetime.timedelta(weeks=weeks)
    results = ReadinessResult.objects.all()
    per_week = list(
        results.filter(created_at__gte=since)
        .annotate(week=TruncWeek("created_at"))
        .values("week")
        .annotate(count=Count("pk"))
        .order_by("-week")
    )
    markets: Counter = Counter()
    for targets in results.values_list("targets", flat=True).iterator():
        markets.update(code for code in targets if isinstance(code, str))
    per_dimension = list(
        results.exclude(weakest_dimension="")
        .values("weakest_dimension")
        .annotate(count=Count("pk"))
        .order_by("-count", "weakest_dimension")
    )
    return {
        "total": results.count(),
        "per_week": per_week,
        "per_market": markets.most_common(),
        "per_dimension": per_dimension,
        "weeks": weeks,
    }
