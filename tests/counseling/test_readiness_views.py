"""The readiness check's pages through the test client: steps, bad input, the plan, deleting."""

import pytest

from counseling.models import ReadinessResult
from tests.counseling.readiness_helpers import (
    answer_data,
    complete_check,
    load_questions,
    pages_for,
    profile_data,
)


@pytest.fixture
def readiness(demo):
    load_questions()
    return demo


def test_check_first_step_renders_with_progress(client, readiness):
    response = client.get("/en/readiness/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-current="step"' in html
    assert "Step 1 of 4" in html
    assert 'name="first_target"' in html


def test_check_e_learning_asks_fourteen_questions_in_two_steps(readiness):
    pages = pages_for("e-learning")
    slugs = [question.slug for page in pages for question in page]
    assert len(pages) == 2
    assert len(slugs) == 14
    assert "regulation-procurement" in slugs
    assert "regulation-medical-device" not in slugs


def test_check_journey_saves_result_and_opens_plan(client, readiness):
    response = complete_check(client)
    result = ReadinessResult.objects.get()
    assert response["Location"].startswith("/en/readiness/plan/")
    assert result.targets == ["se", "fi"]
    assert result.company_name == "Mācību Rīks SIA"
    assert result.owner is None
    assert set(result.scores.values()) == {0}
    plan = client.get(response["Location"])
    assert plan.status_code == 200
    html = plan.content.decode()
    assert "Readiness plan of Mācību Rīks SIA" in html
    assert "Sweden (first choice)" in html
    assert "Ask a counselor about this plan" in html
    assert plan["Cache-Control"].startswith("private") or "no-cache" in plan["Cache-Control"]
    # The session's answers are gone once the result is saved.
    assert "readiness" not in client.session


def test_check_answers_are_kept_when_going_back(client, readiness):
    client.post("/en/readiness/", profile_data())
    first_page = pages_for("e-learning")[0]
    data = answer_data(first_page[:1], lambda question: 2)
    response = client.post("/en/readiness/step/2/", {**data, "go": "back"})
    assert response.status_code == 302 and response["Location"] == "/en/readiness/"
    back = client.get("/en/readiness/").content.decode()
    assert 'value="se" selected' in back
    again = client.get("/en/readiness/step/2/").content.decode()
    option = list(first_page[0].options.all())[2]
    assert f'value="{option.slug}" required id="id_q_{first_page[0].slug}_2" checked' in again


def test_check_missing_answers_show_the_step_again_with_linked_errors(client, readiness):
    client.post("/en/readiness/", profile_data())
    questions = pages_for("e-learning")[0]
    data = answer_data(questions)
    del data[f"q_{questions[1].slug}"]
    response = client.post("/en/readiness/step/2/", data)
    assert response.status_code == 422
    html = response.content.decode()
    assert "error-summary" in html
    assert f'href="#id_q_{questions[1].slug}_0"' in html
    assert not ReadinessResult.objects.exists()


def test_check_later_step_without_the_first_redirects_to_it(client, readiness):
    response = client.get("/en/readiness/step/3/")
    assert response.status_code == 302 and response["Location"] == "/en/readiness/"


def test_check_skipping_a_step_redirects_back_to_it(client, readiness):
    client.post("/en/readiness/", profile_data())
    response = client.get("/en/readiness/step/3/")
    assert response.status_code == 302 and response["Location"] == "/en/readiness/step/2/"


def test_check_unknown_step_is_404(client, readiness):
    client.post("/en/readiness/", profile_data())
    assert client.get("/en/readiness/step/9/").status_code == 404


@pytest.mark.parametrize(
    "overrides",
    [
        {"sector": "e-commerce"},
        {"origin_country": "xx"},
        {"first_target": "de"},
        {"first_target": ""},
        {"other_targets": ["zz"]},
        {"user_groups": ["astronauts"]},
        {"company_name": "x" * 10_000},
        {"company_name": "two\nlines"},
    ],
)
def test_check_bad_profile_is_422_and_saves_nothing(client, readiness, overrides):
    response = client.post("/en/readiness/", profile_data(**overrides))
    assert response.status_code == 422
    assert "error-summary" in response.content.decode()
    assert "readiness" not in client.session


def test_check_script_and_rtl_company_name_is_shown_escaped(client, readiness):
    url = complete_check(client, company_name="<script>alert(1)</script> שלום 🚀")["Location"]
    html = client.get(url).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; שלום 🚀" in html
    assert "<script>alert(1)" not in html


@pytest.mark.parametrize(
    "overrides",
    [{"company_name": "Nul\x00byte"}, {"sector": "e-learning\x00"}, {"other_targets": ["fi\x00"]}],
)
def test_check_nul_byte_is_refused_and_saves_nothing(client, readiness, overrides):
    response = client.post("/en/readiness/", profile_data(**overrides))
    assert response.status_code in (400, 422)
    assert "readiness" not in client.session


def test_check_nul_byte_in_an_answer_is_refused_and_saves_nothing(client, readiness):
    client.post("/en/readiness/", profile_data())
    questions = pages_for("e-learning")[0]
    response = client.post(
        "/en/readiness/step/2/", answer_data(questions, **{f"q_{questions[0].slug}": "x\x00"})
    )
    assert response.status_code in (400, 422)
    assert not ReadinessResult.objects.exists()


def test_check_repeated_parameter_is_400(client, readiness):
    data = profile_data()
    response = client.post("/en/readiness/", {**data, "sector": ["e-learning", "e-health"]})
    assert response.status_code == 400
    assert "more than once" in response.content.decode()


def test_check_forged_option_is_422_and_saves_nothing(client, readiness):
    client.post("/en/readiness/", profile_data())
    questions = pages_for("e-learning")[0]
    data = answer_data(questions, **{f"q_{questions[0].slug}": "forged"})
    response = client.post("/en/readiness/step/2/", data)
    assert response.status_code == 422
    assert "Choose one of the answers shown" in response.content.decode()
    assert not ReadinessResult.objects.exists()


@pytest.mark.parametrize("token", ["nope", "A" * 43, "A" * 500, "%E2%80%AE%F0%9F%9A%80"])
def test_plan_bad_token_is_404(client, readiness, token):
    for suffix in ("", "pdf/"):
        response = client.get(f"/en/readiness/plan/{token}/{suffix}")
        assert response.status_code == 404
        assert "Plan not found" in response.content.decode()


def test_plan_of_anonymous_result_expires(client, readiness, settings):
    url = complete_check(client)["Location"]
    ReadinessResult.objects.update(created_at="2020-01-01T00:00:00Z")
    assert client.get(url).status_code == 404


def test_plan_survives_a_removed_question(client, readiness):
    url = complete_check(client)["Location"]
    from counseling.models import ReadinessQuestion

    ReadinessQuestion.objects.filter(slug="service-works").delete()
    response = client.get(url)
    assert response.status_code == 200


def test_plan_delete_removes_the_result(client, readiness):
    url = complete_check(client)["Location"]
    response = client.post(url + "delete/")
    assert response.status_code == 302
    assert not ReadinessResult.objects.exists()
    assert client.get(url).status_code == 404


def test_plan_delete_needs_post(client, readiness):
    url = complete_check(client)["Location"]
    assert client.get(url + "delete/").status_code == 405
    assert ReadinessResult.objects.count() == 1


def test_check_posts_over_the_limit_are_429_translated_and_change_nothing(
    client, readiness, settings
):
    settings.READINESS_RATE_LIMIT_PER_IP = 3
    complete_check(client)  # three posts: the profile and two pages of questions
    assert ReadinessResult.objects.count() == 1
    response = client.post("/lv/readiness/", profile_data(company_name="Cits SIA"))
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.READINESS_RATE_LIMIT_WINDOW)
    html = response.content.decode()
    assert '<html lang="lv"' in html
    assert "Lūdzu, mēģiniet vēlreiz pēc stundas" in html
    assert "readiness" not in client.session  # the refused profile was not read
    assert client.get("/lv/readiness/").status_code == 200  # reading is not limited
    other = client.post("/en/readiness/", profile_data(), REMOTE_ADDR="203.0.113.7")
    assert other.status_code == 302  # another address has its own limit


def test_check_last_step_over_the_limit_saves_nothing_and_keeps_the_answers(
    client, readiness, settings
):
    from counseling import ratelimit
    from portal.ratelimit import limit_reset

    settings.READINESS_RATE_LIMIT_PER_IP = 2
    pages = pages_for("e-learning")
    client.post("/fi/readiness/", profile_data())
    client.post("/fi/readiness/step/2/", answer_data(pages[0]))
    response = client.post("/fi/readiness/step/3/", answer_data(pages[1]))
    assert response.status_code == 429
    assert "Yritä uudelleen tunnin kuluttua" in response.content.decode()
    assert not ReadinessResult.objects.exists()
    assert set(client.session["readiness"]["answers"]) == {q.slug for q in pages[0]}
    limit_reset(ratelimit.readiness_limit(), "127.0.0.1")  # an hour later
    response = client.post("/fi/readiness/step/3/", answer_data(pages[1]))
    assert response.status_code == 302 and ReadinessResult.objects.count() == 1
