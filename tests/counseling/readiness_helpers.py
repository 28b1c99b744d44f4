"""Walking the readiness check through the test client."""

from counseling import readiness_selectors
from counseling.models import ReadinessQuestion
from portal.models import Sector
from tests.content import load_reference


def load_questions():
    load_reference("counseling")


def profile_data(**overrides) -> dict:
    data = {
        "company_name": "Mācību Rīks SIA",
        "sector": "e-learning",
        "origin_country": "lv",
        "first_target": "se",
        "other_targets": ["fi"],
        "user_groups": ["pupils"],
        "methods": ["usability-testing"],
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def pages_for(sector_slug: str) -> list[list[ReadinessQuestion]]:
    sector = Sector.objects.get(slug=sector_slug)
    return readiness_selectors.question_pages(readiness_selectors.questions_for(sector))


def answer_data(questions, choose=lambda question: 0, **overrides) -> dict:
    """``choose(question)`` gives the index of the option to pick; ``q_<slug>=`` overrides."""
    data = {}
    for question in questions:
        options = list(question.options.all())
        data[f"q_{question.slug}"] = options[choose(question)].slug
    data.update(overrides)
    return data


def complete_check(client, *, language="en", choose=lambda question: 0, **profile):
    """Answer every step; returns the response of the last POST (a redirect to the plan)."""
    data = profile_data(**profile)
    response = client.post(f"/{language}/readiness/", data)
    assert response.status_code == 302, response.content[:2000]
    pages = pages_for(data["sector"])
    for number, questions in enumerate(pages, start=2):
        response = client.post(
            f"/{language}/readiness/step/{number}/", answer_data(questions, choose)
        )
        assert response.status_code == 302, response.content[:3000]
    return response
