"""Scoring and the plan of the readiness check: pure functions, no database.

``readiness_score(answers)`` turns the weights of the chosen options into a score from 0 to
100 per dimension. ``readiness_plan(...)`` meets those scores with the barrier severities of
each target market (the "fit"), orders the transfer model's steps for this company, and
names the barriers it is weakest in (for matchmaking and the counseling request). The views
and services feed them plain values read from the database; tests feed hand-made ones.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

LOW, MEDIUM, HIGH = "low", "medium", "high"
LOW_BELOW, HIGH_FROM = 40, 70  # a score under 40 is low; 70 and over is high
SEVERE_FROM = 4  # a barrier severity of 4 or 5 is severe
UNKNOWN_SEVERITY = 3  # a market without an assessment for a barrier: assume it is medium

# Fit of one dimension with one market, worst first.
NOT_READY, PREPARE, READY = "not_ready", "prepare", "ready"
FIT_RANK = {NOT_READY: 0, PREPARE: 1, READY: 2}

LEVEL_LABELS = {
    LOW: pgettext_lazy("readiness level", "Not ready yet"),
    MEDIUM: pgettext_lazy("readiness level", "Partly ready"),
    HIGH: pgettext_lazy("readiness level", "Ready"),
}
LEVEL_EXPLANATIONS = {
    LOW: _("Your answers show little preparation here yet; this is where the work starts."),
    MEDIUM: _("You have made a start here; some important pieces are still missing."),
    HIGH: _("You are well prepared here; keep it up to date for each new market."),
}
FIT_LABELS = {
    NOT_READY: _("Severe barrier, not ready yet"),
    PREPARE: _("Prepare before entering"),
    READY: _("Ready enough"),
}


@dataclass(frozen=True)
class Answer:
    """One answered question: the dimension it scores, the chosen weight and the highest."""

    dimension: str
    weight: int
    max_weight: int


@dataclass(frozen=True)
class Dimension:
    slug: str
    name: str
    advice: str = ""
    barrier_slugs: tuple[str, ...] = ()
    step_number: int | None = None


@dataclass(frozen=True)
class Market:
    code: str
    name: str


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    summary: str = ""
    url: str = ""


@dataclass
class DimensionScore:
    dimension: Dimension
    score: int
    level: str

    @property
    def level_label(self):
        return LEVEL_LABELS[self.level]

    @property
    def explanation(self):
        return LEVEL_EXPLANATIONS[self.level]


@dataclass
class FitCell:
    dimension: Dimension
    score: int
    severity: int  # the market's worst severity among the dimension's barriers, 1 to 5
    risk: float  # how far from ready (0 to 1) times the severity: 0 to 5
    fit: str

    @property
    def fit_label(self):
        return FIT_LABELS[self.fit]


@dataclass
class MarketFit:
    market: Market
    cells: list[FitCell]  # worst first: severe barriers the company is not ready for


@dataclass
class PlanStep:
    step: Step
    urgent: bool
    dimensions: list[DimensionScore] = field(default_factory=list)  # weak dimensions it fixes


@dataclass
class Plan:
    scores: list[DimensionScore]  # in the dimensions' order
    priorities: list[DimensionScore]  # what to work on first, worst fit first
    fit: list[MarketFit]  # one per target market, first choice first
    steps: list[PlanStep]  # the transfer model's steps in the order to take them
    weakest_barriers: list[str]  # barrier slugs, weakest first


def readiness_score(answers: Iterable[Answer]) -> dict[str, int]:
    """``{dimension slug: score 0 to 100}``: the sum of the chosen weights over the highest
    possible sum, per dimension. A dimension without answers gets no score."""
    totals: dict[str, list[int]] = {}
    for answer in answers:
        total = totals.setdefault(answer.dimension, [0, 0])
        total[0] += max(0, min(answer.weight, answer.max_weight))
        total[1] += max(0, answer.max_weight)
    return {slug: round(100 * got / most) if most else 0 for slug, (got, most) in totals.items()}


def level_of(score: int) -> str:
    if score < LOW_BELOW:
        return LOW
    return MEDIUM if score < HIGH_FROM else HIGH


def _fit(score: int, severity: int) -> str:
    level = level_of(score)
    if severity >= SEVERE_FROM and level == LOW:
        return NOT_READY
    if level == HIGH or (level == MEDIUM and severity <= 2):
        return READY
    return PREPARE


def readiness_plan(
    *,
    scores: Mapping[str, int],
    dimensions: Sequence[Dimension],
    markets: Sequence[Market],
    severities: Mapping[str, Mapping[str, int]],
    steps: Sequence[Step] = (),
    barrier_limit: int = 3,
) -> Plan:
    """The plan for scores against the target markets (first choice first).

    ``severities`` is ``{country code: {barrier slug: 1 to 5}}``; a barrier a market has not
    assessed counts as medium. Dimensions without a score (a dimension added after the check
    was taken) are left out.
    """
    scored = [
        DimensionScore(
            dimension=dimension,
            score=scores[dimension.slug],
            level=level_of(scores[dimension.slug]),
        )
        for dimension in dimensions
        if dimension.slug in scores
    ]
    position = {score.dimension.slug: index for index, score in enumerate(scored)}

    fit = []
    worst: dict[str, tuple[int, float]] = {}  # dimension → (best fit rank, highest risk)
    for market_index, market in enumerate(markets):
        market_severities = severities.get(market.code, {})
        cells = []
        for score in scored:
            barrier_severities = [
                market_severities.get(slug, UNKNOWN_SEVERITY)
                for slug in score.dimension.barrier_slugs
            ]
            severity = max(barrier_severities, default=UNKNOWN_SEVERITY)
            risk = round((100 - score.score) / 100 * severity, 2)
            cell = FitCell(
                dimension=score.dimension,
                score=score.score,
                severity=severity,
                risk=risk,
                fit=_fit(score.score, severity),
            )
            cells.append(cell)
            # The first-choice market weighs a little more when two dimensions tie.
            weighted = risk + (0.01 if market_index == 0 else 0)
            rank, top = worst.get(score.dimension.slug, (len(FIT_RANK), 0.0))
            worst[score.dimension.slug] = (min(rank, FIT_RANK[cell.fit]), max(top, weighted))
        cells.sort(key=lambda cell: (FIT_RANK[cell.fit], -cell.risk, position[cell.dimension.slug]))
        fit.append(MarketFit(market=market, cells=cells))

    def priority(score: DimensionScore):
        rank, risk = worst.get(score.dimension.slug, (FIT_RANK[_fit(score.score, 3)], 0.0))
        if not markets:
            risk = (100 - score.score) / 100 * UNKNOWN_SEVERITY
        return (rank, -risk, score.score, position[score.dimension.slug])

    priorities = sorted(scored, key=priority)
    weak = [score for score in priorities if score.level != HIGH]

    plan_steps = []
    for step in steps:
        fixes = [score for score in weak if score.dimension.step_number == step.number]
        plan_steps.append(PlanStep(step=step, urgent=bool(fixes), dimensions=fixes))
    order = {score.dimension.slug: index for index, score in enumerate(priorities)}
    plan_steps.sort(
        key=lambda plan_step: (
            not plan_step.urgent,
            min((order[score.dimension.slug] for score in plan_step.dimensions), default=0)
            if plan_step.urgent
            else 0,
            plan_step.step.number,
        )
    )

    barriers: list[str] = []
    for score in weak:
        for slug in score.dimension.barrier_slugs:
            if slug not in barriers:
                barriers.append(slug)
    return Plan(
        scores=scored,
        priorities=priorities,
        fit=fit,
        steps=plan_steps,
        weakest_barriers=barriers[:barrier_limit],
    )
