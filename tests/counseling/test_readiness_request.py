"""From a readiness plan to a counselor: the prefilled form, the attached summary in the
admin in the counselor's language, and the plans in the account (listed, exported, deleted)."""

import json

import pytest
from django.urls import reverse

from counseling.models import CounselingRequest, ReadinessResult
from tests.counseling.factories import form_data
from tests.counseling.readiness_helpers import complete_check, load_questions
from tests.factories import SuperuserFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def readiness(demo):
    load_questions()
    return demo


def _token(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def test_ask_a_counselor_opens_the_form_prefilled(client, readiness):
    token = _token(complete_check(client)["Location"])
    response = client.get(f"/en/counseling/new/?readiness={token}")
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["sector"] == "e-learning"
    assert form.initial["origin_country"] == "lv"
    assert form.initial["target_countries"] == ["se", "fi"]
    assert form.initial["first_choice"] == "se"
    assert form.initial["company_name"] == "Mācību Rīks SIA"
    assert len(form.initial["barriers"]) == 3
    assert "Where should I start in Sweden?" in form.initial["question"]
    html = response.content.decode()
    assert f'name="readiness" value="{token}"' in html
    assert "Your readiness plan is attached" in html


def test_ask_a_counselor_with_a_bad_plan_link_is_ignored_with_a_notice(client, readiness):
    response = client.get("/en/counseling/new/?readiness=" + "A" * 43)
    assert response.status_code == 200
    assert "unknown or expired and was ignored" in response.content.decode()
    assert "readiness" not in response.context["form"].initial


def test_request_with_plan_keeps_the_summary_and_the_admin_shows_it_in_finnish(client, readiness):
    token = _token(complete_check(client, choose=lambda question: 1)["Location"])
    response = client.post(
        "/en/counseling/new/",
        form_data(
            readiness=token, target_countries=["se", "fi"], first_choice="se", sector="e-learning"
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    counseling_request = CounselingRequest.objects.get()
    summary = counseling_request.readiness_summary
    assert summary["targets"] == ["se", "fi"]
    assert set(summary["scores"]) == {
        "service",
        "localisation",
        "regulation",
        "data-protection",
        "resources",
        "partners",
        "user-testing",
    }
    assert "company_name" not in summary and "answers" not in summary
    client.force_login(SuperuserFactory())
    url = reverse("admin:counseling_counselingrequest_change", args=[counseling_request.pk])
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "Lokalisointi ja kieli" in html  # the dimension's Finnish name
    assert "Ruotsi" in html  # Sweden, in Finnish
    assert "Työskentele näiden parissa ensin" in html


def test_request_with_a_forged_plan_token_is_422_and_saves_nothing(client, readiness):
    response = client.post("/en/counseling/new/", form_data(readiness="forged-token"))
    assert response.status_code == 422
    assert "readiness plan to attach is unknown or expired" in response.content.decode()
    response = client.post("/en/counseling/new/", form_data(readiness="A" * 5000))
    assert response.status_code == 422
    assert not CounselingRequest.objects.exists()


def test_request_without_plan_shows_no_plan_in_the_admin(client, readiness):
    client.post("/en/counseling/new/", form_data())
    counseling_request = CounselingRequest.objects.get()
    assert counseling_request.readiness_summary == {}
    client.force_login(SuperuserFactory())
    url = reverse("admin:counseling_counselingrequest_change", args=[counseling_request.pk])
    assert "No readiness plan attached." in client.get(url).content.decode()


def test_plan_of_signed_in_sme_is_listed_exported_and_deletable(client, readiness):
    user = UserFactory()
    client.force_login(user)
    url = complete_check(client)["Location"]
    result = ReadinessResult.objects.get()
    assert result.owner == user
    page = client.get("/en/account/requests/").content.decode()
    assert f'href="{url}"' in page
    assert f'action="{url}delete/"' in page
    data = json.loads(client.get("/en/account/my-data.json").content)
    assert data["readiness_results"][0]["company_name"] == "Mācību Rīks SIA"
    assert data["readiness_results"][0]["target_countries"] == ["se", "fi"]
    response = client.post(url + "delete/")
    assert response["Location"] == "/en/account/requests/"
    assert not ReadinessResult.objects.exists()


def test_plans_go_with_a_deleted_account(client, readiness):
    user = UserFactory()
    client.force_login(user)
    complete_check(client)
    other = client.__class__()
    complete_check(other)  # an anonymous visitor's plan stays
    response = client.post("/en/account/delete/", {"confirm": "on"})
    assert response.status_code == 302
    assert ReadinessResult.objects.count() == 1
    assert ReadinessResult.objects.get().owner is None


def test_someone_elses_plan_is_not_listed(client, readiness):
    complete_check(client)
    client.force_login(UserFactory())
    page = client.get("/en/account/requests/").content.decode()
    assert "/readiness/plan/" not in page
    assert "You have no saved readiness plans yet." in page
