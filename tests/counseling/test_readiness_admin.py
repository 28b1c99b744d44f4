"""The readiness check in the admin: editors change questions (translated), counts only."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from counseling.models import ReadinessDimension, ReadinessQuestion, ReadinessResult
from portal import roles
from tests.counseling.readiness_helpers import complete_check, load_questions
from tests.factories import StaffFactory, SuperuserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def readiness(demo):
    load_questions()
    return demo


@pytest.fixture(params=["superuser", "partner_editor"])
def admin_user(request, readiness):
    if request.param == "superuser":
        return SuperuserFactory()
    return StaffFactory(roles=[roles.PARTNER_EDITOR])


@pytest.mark.parametrize(
    ("model", "search"), [("readinessquestion", "localisation"), ("readinessdimension", "")]
)
def test_admin_readiness_changelist_search_add_and_change_load(client, admin_user, model, search):
    client.force_login(admin_user)
    changelist = reverse(f"admin:counseling_{model}_changelist")
    assert client.get(changelist, {"q": search} if search else {}).status_code == 200
    assert client.get(reverse(f"admin:counseling_{model}_add")).status_code == 200
    obj = (
        ReadinessQuestion if model == "readinessquestion" else ReadinessDimension
    ).objects.first()
    response = client.get(reverse(f"admin:counseling_{model}_change", args=[obj.pk]))
    assert response.status_code == 200
    assert "text_lv" in response.content.decode() or "name_lv" in response.content.decode()


def test_editor_changes_a_latvian_question_and_the_check_shows_it(client, readiness):
    editor = StaffFactory(roles=[roles.PARTNER_EDITOR])
    question = ReadinessQuestion.objects.get(slug="service-works")
    question.text_lv = "Cik labi darbojas Jūsu pakalpojums mājās? (labots)"
    question.save()
    client.force_login(editor)
    client.post(
        "/lv/readiness/", {"sector": "e-health", "origin_country": "lv", "first_target": "fi"}
    )
    html = client.get("/lv/readiness/step/2/").content.decode()
    assert "(labots)" in html


def test_readiness_statistics_show_counts_and_no_personal_data(client, readiness):
    complete_check(client, company_name="Secret Company SIA")
    complete_check(client, company_name="Other SIA", first_target="fi", other_targets=[])
    ReadinessResult.objects.create(
        nonce="x" * 32,
        token_hash="y" * 64,
        sector=readiness["sectors"]["e-health"],
        origin_country=readiness["countries"]["ee"],
        targets=["se"],
        scores={},
        weakest_dimension="regulation",
        language="en",
        created_at=timezone.now() - datetime.timedelta(weeks=30),
    )
    client.force_login(SuperuserFactory())
    response = client.get(reverse("admin:counseling_readiness_statistics"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 checks completed in all" in html
    assert "Secret Company" not in html and "Other SIA" not in html
    statistics = response.context["statistics"]
    assert sum(row["count"] for row in statistics["per_week"]) == 2  # the old one is outside
    assert dict(response.context["per_market"]) == {"Sweden": 2, "Finland": 2}
    assert sum(count for _name, count in response.context["per_dimension"]) == 3


def test_readiness_statistics_need_staff(client, readiness):
    response = client.get(reverse("admin:counseling_readiness_statistics"))
    assert response.status_code == 302
