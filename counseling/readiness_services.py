"""Business rules of the readiness check: saving a result, building its plan, attaching its
summary to a counseling request. Scoring and planning themselves are the pure functions of
``counseling/readiness.py``; this module feeds them from the database.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from counseling import readiness, readiness_selectors, tokens
from counseling.models import ReadinessResult
from portal import matchmaking
from portal.models import Country


@dataclass
class PlanPage:
    """Everything the result page and its PDF show."""

    result: ReadinessResult
    plan: readiness.Plan
    suggestions: matchmaking.Suggestions
    markets: list[Country]


def result_token(result: ReadinessResult) -> str:
    return tokens.token_for(result.nonce, salt=tokens.READINESS_SALT)


def _dimensions() -> list[readiness.Dimension]:
    return [
        readiness.Dimension(
            slug=dimension.slug,
            name=dimension.name,
            advice=dimension.advice,
            barrier_slugs=tuple(barrier.slug for barrier in dimension.barriers.all()),
            step_number=dimension.step_number,
        )
        for dimension in readiness_selectors.dimension_list()
    ]


def answers_scored(questions, answers: dict[str, str]) -> list[readiness.Answer]:
    """The chosen options of ``questions`` as weights; unknown or missing answers are skipped."""
    scored = []
    for question in questions:
        options = {option.slug: option.weight for option in question.options.all()}
        if answers.get(question.slug) in options:
            scored.append(
                readiness.Answer(
                    dimension=question.dimension.slug,
                    weight=options[answers[question.slug]],
                    max_weight=max(options.values()),
                )
            )
    return scored


@transaction.atomic
def result_save(
    *,
    sector,
    origin_country,
    targets: list,
    questions,
    answers: dict[str, str],
    language: str,
    company_name: str = "",
    user_groups: list[str] = (),
    methods: list[str] = (),
    owner=None,
    now=None,
) -> ReadinessResult:
    """Score the answers and store the result; the returned result carries ``token``."""
    scores = readiness.readiness_score(answers_scored(questions, answers))
    kept = {
        question.slug: answers[question.slug] for question in questions if question.slug in answers
    }
    plan = readiness.readiness_plan(
        scores=scores,
        dimensions=_dimensions(),
        markets=[readiness.Market(code=country.code, name=country.name) for country in targets],
        severities=matchmaking.market_barriers(
            sector_slug=sector.slug, country_codes=[country.code for country in targets]
        ),
    )
    nonce = tokens.new_nonce()
    token = tokens.token_for(nonce, salt=tokens.READINESS_SALT)
    result = ReadinessResult.objects.create(
        nonce=nonce,
        token_hash=tokens.token_hash(token),
        owner=owner if owner is not None and owner.is_authenticated else None,
        company_name=company_name,
        sector=sector,
        origin_country=origin_country,
        targets=[country.code for country in targets],
        user_groups=list(user_groups),
        methods=list(methods),
        answers=kept,
        scores=scores,
        weakest_dimension=plan.priorities[0].dimension.slug if plan.priorities else "",
        language=language,
        created_at=now or timezone.now(),
    )
    result.token = token
    return result


def results_of_user_with_links(user) -> list[ReadinessResult]:
    """The account's saved results, each with ``token`` for its private link."""
    results = readiness_selectors.results_of_user(user)
    for result in results:
        result.token = result_token(result)
    return results


def result_delete(result: ReadinessResult) -> None:
    result.delete()


def plan_page(
    result: ReadinessResult, *, limit: int = 4, with_suggestions: bool = True
) -> PlanPage:
    """The plan of a saved result against today's market profiles, steps and network."""
    countries = {
        country.code: country for country in Country.objects.filter(code__in=result.targets)
    }
    markets = [countries[code] for code in result.targets if code in countries]
    plan = readiness.readiness_plan(
        scores=result.scores,
        dimensions=_dimensions(),
        markets=[readiness.Market(code=country.code, name=country.name) for country in markets],
        severities=matchmaking.market_barriers(
            sector_slug=result.sector.slug, country_codes=[country.code for country in markets]
        ),
        steps=[
            readiness.Step(number=step.number, title=step.title, summary=step.summary, url=step.url)
            for step in matchmaking.process_steps()
        ],
    )
    if not with_suggestions:
        return PlanPage(
            result=result, plan=plan, suggestions=matchmaking.Suggestions(), markets=markets
        )
    suggestions = matchmaking.suggest(
        country_codes=[country.code for country in markets],
        sector_slug=result.sector.slug,
        barrier_slugs=plan.weakest_barriers,
        user_group_slugs=result.user_groups,
        method_slugs=result.methods,
        origin_code=result.origin_country.code,
        limit=limit,
    )
    return PlanPage(result=result, plan=plan, suggestions=suggestions, markets=markets)


def summary_for_request(page: PlanPage) -> dict:
    """What a counseling request keeps of the plan: slugs and numbers only, shown to the
    counselor in their own language (no company name, no answers)."""
    return {
        "completed": page.result.created_at.isoformat(),
        "sector": page.result.sector.slug,
        "targets": [country.code for country in page.markets],
        "scores": {score.dimension.slug: score.score for score in page.plan.scores},
        "priorities": [score.dimension.slug for score in page.plan.priorities],
        "weakest_barriers": page.plan.weakest_barriers,
        "fit": {
            market.market.code: [
                [cell.dimension.slug, cell.severity, cell.fit] for cell in market.cells
            ]
            for market in page.plan.fit
        },
    }


def result_export(result: ReadinessResult) -> dict:
    """A result as plain data for the account's data export."""
    return {
        "completed": result.created_at.isoformat(),
        "company_name": result.company_name,
        "sector": result.sector.slug,
        "origin_country": result.origin_country.code,
        "target_countries": result.targets,
        "user_groups": result.user_groups,
        "methods": result.methods,
        "answers": result.answers,
        "scores": result.scores,
        "language": result.language,
    }


def request_initial(token: str) -> dict | None:
    """The counseling form prefilled from a plan: sector, origin, targets in order (first
    choice first), the weakest barriers and a first question; ``None`` for a bad link."""
    from django.utils.translation import gettext as _

    result = readiness_selectors.result_for_token(token)
    if result is None:
        return None
    page = plan_page(result, with_suggestions=False)
    weak = [score.dimension.name for score in page.plan.priorities if score.level != readiness.HIGH]
    first = page.markets[0].name if page.markets else ""
    question = _(
        "I took the readiness check; the plan is attached. My weakest areas are %(areas)s. "
        "Where should I start in %(country)s?"
    ) % {"areas": ", ".join(weak[:3]) or "-", "country": first}
    return {
        "readiness": token,
        "company_name": result.company_name,
        "sector": result.sector.slug,
        "origin_country": result.origin_country.code,
        "target_countries": [country.code for country in page.markets],
        "first_choice": page.markets[0].code if page.markets else None,
        "barriers": page.plan.weakest_barriers,
        "question": question,
    }


def request_summary(token: str) -> dict | None:
    """The summary a counseling request keeps of the plan behind ``token``; ``None`` if bad."""
    result = readiness_selectors.result_for_token(token)
    if result is None:
        return None
    return summary_for_request(plan_page(result, with_suggestions=False))


def summary_for_display(summary: dict) -> dict | None:
    """A request's attached summary with today's names in the active language (the
    counselor's), for the admin. Dimensions or countries removed since are shown by slug."""
    if not summary or not isinstance(summary, dict):
        return None
    from portal.models import Barrier

    dimensions = {d.slug: d.name for d in readiness_selectors.dimension_list()}
    countries = {c.code: c.name for c in Country.objects.all()}
    barriers = {b.slug: b.name for b in Barrier.objects.all()}
    scores = summary.get("scores") or {}
    return {
        "completed": summary.get("completed", ""),
        "scores": [
            {
                "name": dimensions.get(slug, slug),
                "score": score,
                "level": readiness.LEVEL_LABELS[readiness.level_of(int(score))],
            }
            for slug, score in scores.items()
        ],
        "priorities": [dimensions.get(slug, slug) for slug in summary.get("priorities", [])[:3]],
        "weakest_barriers": [
            barriers.get(slug, slug) for slug in summary.get("weakest_barriers", [])
        ],
        "fit": [
            {
                "country": countries.get(code, code),
                "rows": [
                    {
                        "name": dimensions.get(slug, slug),
                        "severity": severity,
                        "fit": readiness.FIT_LABELS.get(fit, fit),
                    }
                    for slug, severity, fit in rows
                ],
            }
            for code, rows in (summary.get("fit") or {}).items()
        ],
    }
