"""Scoring and plan of the readiness check on hand-made answer sets (no database)."""

from counseling.readiness import (
    NOT_READY,
    Answer,
    Dimension,
    Market,
    Step,
    readiness_plan,
    readiness_score,
)

DIMENSIONS = [
    Dimension("service", "Service", barrier_slugs=("reaching-customers",), step_number=1),
    Dimension(
        "localisation",
        "Localisation",
        barrier_slugs=("language", "business-culture"),
        step_number=4,
    ),
    Dimension(
        "regulation",
        "Regulation",
        barrier_slugs=("regulation", "public-procurement"),
        step_number=3,
    ),
    Dimension("data-protection", "Data", barrier_slugs=("data-protection",), step_number=3),
    Dimension("resources", "Resources", barrier_slugs=("funding",), step_number=1),
    Dimension("partners", "Partners", barrier_slugs=("reaching-partners",), step_number=6),
    Dimension("user-testing", "Testing", barrier_slugs=("reaching-customers",), step_number=5),
]
STEPS = [Step(number, f"Step {number}") for number in range(1, 8)]
FINLAND = Market("fi", "Finland")
SWEDEN = Market("se", "Sweden")
ESTONIA = Market("ee", "Estonia")


def answers(**weights):
    """Two questions per dimension, weights 0 to 3 each: ``service=(3, 3)``."""
    return [
        Answer(dimension=slug.replace("_", "-"), weight=weight, max_weight=3)
        for slug, pair in weights.items()
        for weight in pair
    ]


def test_readiness_score_is_share_of_the_highest_weights():
    scores = readiness_score(answers(service=(3, 3), localisation=(0, 0), regulation=(1, 2)))
    assert scores == {"service": 100, "localisation": 0, "regulation": 50}


def test_readiness_score_clamps_forged_weights():
    scores = readiness_score([Answer("service", 9, 3), Answer("service", -4, 3)])
    assert scores == {"service": 50}


def test_readiness_score_without_answers_is_empty():
    assert readiness_score([]) == {}


def test_plan_strong_evidence_without_localisation_for_finland_starts_with_localisation():
    scores = readiness_score(
        answers(
            service=(3, 3),
            localisation=(0, 0),
            regulation=(2, 2),
            data_protection=(2, 2),
            resources=(2, 2),
            partners=(2, 1),
            user_testing=(2, 1),
        )
    )
    severities = {"fi": {"language": 4, "business-culture": 3, "regulation": 3, "funding": 2}}
    plan = readiness_plan(
        scores=scores, dimensions=DIMENSIONS, markets=[FINLAND], severities=severities, steps=STEPS
    )
    assert plan.priorities[0].dimension.slug == "localisation"
    assert plan.fit[0].cells[0].dimension.slug == "localisation"
    assert plan.fit[0].cells[0].fit == NOT_READY
    # The localisation step comes first; steps nobody needs now keep the model's order.
    assert plan.steps[0].step.number == 4
    assert plan.steps[0].urgent
    assert plan.weakest_barriers[:2] == ["language", "business-culture"]
    # The strong dimension is not a priority to fix.
    assert plan.priorities[-1].dimension.slug == "service"


def test_plan_e_health_without_certification_puts_regulation_first_in_every_market():
    scores = readiness_score(
        answers(
            service=(3, 2),
            localisation=(1, 1),
            regulation=(0, 0),
            data_protection=(1, 2),
            resources=(1, 1),
            partners=(1, 0),
            user_testing=(1, 1),
        )
    )
    severities = {
        "fi": {"regulation": 5, "language": 3, "reaching-partners": 4},
        "se": {"regulation": 5, "language": 2, "data-protection": 4},
        "ee": {"regulation": 4, "language": 4},
    }
    plan = readiness_plan(
        scores=scores,
        dimensions=DIMENSIONS,
        markets=[SWEDEN, FINLAND, ESTONIA],
        severities=severities,
        steps=STEPS,
    )
    assert [market.market.code for market in plan.fit] == ["se", "fi", "ee"]
    for market in plan.fit:
        assert market.cells[0].dimension.slug == "regulation", market.market.code
        assert market.cells[0].fit == NOT_READY
    assert plan.priorities[0].dimension.slug == "regulation"
    assert plan.steps[0].step.number == 3
    assert plan.weakest_barriers[0] == "regulation"


def test_plan_unknown_severity_counts_as_medium_and_missing_dimensions_are_left_out():
    plan = readiness_plan(
        scores={"service": 0, "removed-dimension": 10},
        dimensions=DIMENSIONS[:1],
        markets=[SWEDEN],
        severities={},
        steps=STEPS[:2],
    )
    assert [score.dimension.slug for score in plan.scores] == ["service"]
    assert plan.fit[0].cells[0].severity == 3
    assert [step.step.number for step in plan.steps] == [1, 2]


def test_plan_ready_company_keeps_the_models_order():
    scores = {dimension.slug: 100 for dimension in DIMENSIONS}
    plan = readiness_plan(
        scores=scores, dimensions=DIMENSIONS, markets=[SWEDEN], severities={}, steps=STEPS
    )
    assert [step.step.number for step in plan.steps] == list(range(1, 8))
    assert not any(step.urgent for step in plan.steps)
    assert plan.weakest_barriers == []
