import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from counseling.enums import EventAction, RequestStatus
from counseling.models import CounselingRequest, RequestEvent
from counseling.services import request_assign, request_reply, request_set_status
from tests.counseling.factories import CounselingRequestFactory, form_data, submit_request
from tests.utils import assert_flat_queries

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


def _url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"counseling:{name}", kwargs=kwargs or None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_about_and_form_render_in_every_language(client, demo, language):
    response = client.get(_url("about", language))
    assert f'<html lang="{language}"' in response.content.decode()
    assert 'hreflang="sv"' in response.content.decode()
    response = client.get(_url("new", language))
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in page
    assert 'name="privacy"' in page and 'name="target_countries"' in page
    with translation.override(language):
        from django.utils.translation import gettext

        assert gettext("Send request") in page


def test_form_is_prefilled_from_the_market_profile_link(client, demo):
    response = client.get(_url("new") + "?country=fi&sector=e-health")
    form = response.context["form"]
    assert form.initial["target_countries"] == ["fi"]
    assert form.initial["sector"] == "e-health"
    page = response.content.decode()
    assert 'value="fi" id="id_target_countries_1" checked' in page or (
        'id="id_target_countries_1" checked' in page
    )


def test_form_ignores_unknown_prefill_values_with_a_notice(client, demo):
    response = client.get(_url("new") + "?country=xx&sector=" + "z" * 5000)
    assert response.status_code == 200
    assert "target_countries" not in response.context["form"].initial
    assert "unknown and was ignored" in response.content.decode()


def test_form_prefill_with_a_nul_is_a_bad_request(client, demo):
    """NUL never reaches a query (portal/middleware.py): PostgreSQL would refuse it."""
    assert client.get(_url("new") + "?country=xx%00").status_code == 400


def test_submitting_stores_the_request_and_shows_the_confirmation(
    client, demo, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url("new", "fi"), form_data())
    assert response.status_code == 302
    assert response["Location"] == _url("done", "fi")
    request = CounselingRequest.objects.get()
    assert request.reference.startswith("BAL-20")
    assert request.status == RequestStatus.NEW
    assert request.organisation.slug == "ibs"  # answers for Estonia
    assert request.form_language == "fi"
    assert request.privacy_notice_version == "2026-11"
    assert request.consent_at is not None
    assert [c.code for c in request.target_countries.all()] == ["ee"]
    assert {b.slug for b in request.barriers.all()} == {"language", "funding"}
    assert list(request.events.values_list("action", flat=True))[:2] == ["submitted", "routed"]

    response = client.get(response["Location"])
    page = response.content.decode()
    assert request.reference in page
    assert "IBS" in page
    assert 'href="/fi/markets/ee/e-learning/"' in page  # related market profile
    assert response["Cache-Control"] == "private, no-store"
    assert len(mail.outbox) == 1


def test_confirmation_without_a_submission_goes_back_to_the_form(client, demo):
    response = client.get(_url("done"))
    assert response.status_code == 302
    assert response["Location"] == _url("new")


def test_signed_in_submission_belongs_to_the_account(client, demo):
    from tests.factories import UserFactory

    user = UserFactory(email="owner@example.com")
    client.force_login(user)
    client.post(_url("new"), form_data(email="owner@example.com"))
    assert CounselingRequest.objects.get().owner == user


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"company_name": ""}, "company_name"),
        ({"email": "not-an-address"}, "email"),
        ({"email": "a@example.com\r\nBcc: victim@example.com"}, "email"),
        ({"contact_name": "Eve\r\nBcc: victim@example.com"}, "contact_name"),
        ({"company_name": "Null\x00byte"}, "company_name"),
        ({"question": "x" * 10_000}, "question"),
        ({"origin_country": "de"}, "origin_country"),
        ({"target_countries": ["zz"]}, "target_countries"),
        ({"target_countries": None}, "target_countries"),
        ({"sector": "space"}, "sector"),
        ({"barriers": ["nope"]}, "barriers"),
        ({"preferred_language": "de"}, "preferred_language"),
        ({"company_size": "huge"}, "company_size"),
        ({"phone": "call me maybe"}, "phone"),
        ({"privacy": None}, "privacy"),
        ({"company_website": "javascript:alert(1)"}, "company_website"),
        ({"service_description": "x"}, "service_description"),
        ({"service_description": "   x   "}, "service_description"),
        ({"question": "?"}, "question"),
        ({"target_countries": ["ee", "ee"]}, "target_countries"),
        ({"target_countries": ["ee", "se"]}, "first_choice"),
        ({"target_countries": ["ee"], "first_choice": "se"}, "first_choice"),
        ({"target_countries": ["ee", "se"], "first_choice": "zz"}, "first_choice"),
    ],
)
def test_bad_input_is_refused_with_a_linked_error_and_nothing_saved(client, demo, overrides, field):
    response = client.post(_url("new"), form_data(**overrides))
    assert response.status_code == 422
    assert field in response.context["form"].errors
    page = response.content.decode()
    assert 'class="error-summary"' in page
    assert f'href="#{response.context["form"][field].id_for_label}"' in page
    assert CounselingRequest.objects.count() == 0
    assert RequestEvent.objects.count() == 0


def test_rtl_and_emoji_text_is_kept_as_written(client, demo):
    text = "مرحبا 👋 שלום — can you help? 🇫🇮"
    response = client.post(_url("new"), form_data(question=text, company_name="שלום Oy 🚀"))
    assert response.status_code == 302
    request = CounselingRequest.objects.get()
    assert request.question == text
    assert request.company_name == "שלום Oy 🚀"


def test_forged_status_and_owner_fields_are_ignored(client, demo):
    client.post(_url("new"), form_data(status="closed", organisation="1", owner="1"))
    request = CounselingRequest.objects.get()
    assert request.status == RequestStatus.NEW
    assert request.owner is None


def test_honeypot_refuses_without_saving(client, demo):
    response = client.post(_url("new"), form_data(fax="buy pills"))
    assert response.status_code == 400
    assert CounselingRequest.objects.count() == 0


def test_submissions_are_limited_per_address(client, demo, settings):
    settings.COUNSELING_RATE_LIMIT_PER_EMAIL = 2
    for _ in range(2):
        assert client.post(_url("new"), form_data()).status_code == 302
    response = client.post(_url("new"), form_data())
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert CounselingRequest.objects.count() == 2
    assert client.post(_url("new"), form_data(email="other@example.com")).status_code == 302


def test_submissions_are_limited_per_ip(client, demo, settings):
    settings.COUNSELING_RATE_LIMIT_PER_IP = 2
    for number in range(2):
        client.post(_url("new"), form_data(email=f"a{number}@example.com"))
    response = client.post(_url("new"), form_data(email="a9@example.com"))
    assert response.status_code == 429
    assert CounselingRequest.objects.count() == 2
    other = client.post(_url("new"), form_data(email="b@example.com"), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


def test_behind_a_proxy_each_visitor_has_its_own_limit(client, demo, settings):
    settings.COUNSELING_RATE_LIMIT_PER_IP = 1
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}  # every request arrives from the proxy

    first = client.post(
        _url("new"), form_data(email="a@example.com"), HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy
    )
    # A visitor cannot dodge the limit by sending its own X-Forwarded-For first.
    again = client.post(
        _url("new"),
        form_data(email="b@example.com"),
        HTTP_X_FORWARDED_FOR="192.0.2.77, 198.51.100.1",
        **proxy,
    )
    other = client.post(
        _url("new"), form_data(email="c@example.com"), HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy
    )

    assert (first.status_code, again.status_code, other.status_code) == (302, 429, 302)
    assert CounselingRequest.objects.count() == 2


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(client, demo, settings):
    settings.COUNSELING_RATE_LIMIT_PER_IP = 1
    client.post(_url("new"), form_data(email="a@example.com"), HTTP_X_FORWARDED_FOR="198.51.100.1")
    spoofed = client.post(
        _url("new"), form_data(email="b@example.com"), HTTP_X_FORWARDED_FOR="198.51.100.2"
    )

    assert spoofed.status_code == 429
    assert CounselingRequest.objects.count() == 1


# --- Tracking page ------------------------------------------------------------------------


def test_tracking_page_shows_status_and_replies_in_the_visitors_language(
    client, demo, ibs_counselor
):
    request = submit_request()
    request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    request_set_status(request, RequestStatus.IN_PROGRESS, actor=ibs_counselor, note="secret")
    request_reply(request, actor=ibs_counselor, text="Which grades?", then_status="waiting_for_sme")
    response = client.get(_url("track", "fi", token=request.tracking_token))
    page = response.content.decode()
    assert request.reference in page
    assert "Which grades?" in page
    assert "secret" not in page  # internal notes stay internal
    assert "Tila: Odottaa vastaustasi" in page  # each status change, in Finnish
    assert 'name="text"' in page  # the answer form, while waiting for the SME
    assert response["Cache-Control"].startswith("private")


def test_company_answers_from_the_tracking_page(client, demo, ibs_counselor):
    request = submit_request()
    request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    request_reply(request, actor=ibs_counselor, text="Which grades?", then_status="waiting_for_sme")
    url = _url("track", "fi", token=request.tracking_token)
    response = client.post(url, {"text": "Grades 7 to 9 ✏️"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.IN_PROGRESS
    answer = request.events.get(action=EventAction.SME_ANSWER)
    assert answer.data["text"] == "Grades 7 to 9 ✏️"
    assert "Grades 7 to 9" in client.get(url).content.decode()


def test_answer_to_a_request_not_waiting_is_refused(client, demo):
    request = submit_request()
    request_set_status(request, RequestStatus.REJECTED, actor=None)
    url = _url("track", token=request.tracking_token)
    response = client.post(url, {"text": "Hello?"})
    assert response.status_code == 422
    assert "not waiting for your answer" in response.content.decode()
    assert not request.events.filter(action=EventAction.SME_ANSWER).exists()


def test_empty_or_huge_answer_is_refused(client, demo, ibs_counselor):
    request = submit_request()
    request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    request_reply(request, actor=ibs_counselor, text="Q?", then_status="waiting_for_sme")
    url = _url("track", token=request.tracking_token)
    for text in ("", "x" * 10_000, "nul\x00"):
        response = client.post(url, {"text": text})
        assert response.status_code == 422
    request.refresh_from_db()
    assert request.status == RequestStatus.WAITING_FOR_SME


@pytest.mark.parametrize(
    "mutate",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: token[:-2],
        lambda token: token + "x",
        lambda token: "BAL-2026-00001",
    ],
)
def test_altered_tracking_token_finds_nothing(client, demo, mutate):
    request = submit_request()
    response = client.get(f"/en/counseling/track/{mutate(request.tracking_token)}/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "not valid" in page
    assert "Kuntoon" not in page and "How do Estonian" not in page


def test_tracking_token_is_stored_only_as_a_hash(demo):
    request = submit_request()
    request.refresh_from_db()
    stored = [str(value) for value in CounselingRequest.objects.values_list().get(pk=request.pk)]
    assert request.tracking_token not in stored
    assert len(request.tracking_token) >= 43


def test_tracking_page_queries_stay_flat(client, demo, ibs_counselor):
    request = submit_request()
    request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    url = _url("track", token=request.tracking_token)

    def grow():
        for number in range(10):
            request_reply(request, actor=ibs_counselor, text=f"Reply {number}")

    count = assert_flat_queries(client, url, grow)
    assert count <= 10


def test_form_page_queries_stay_flat(client, demo):
    def grow():
        CounselingRequestFactory.create_batch(20)

    assert assert_flat_queries(client, _url("new"), grow) <= 10


def test_confirmation_page_queries_stay_flat(client, demo):
    client.post(_url("new"), form_data())

    def grow():
        CounselingRequestFactory.create_batch(20)

    assert assert_flat_queries(client, _url("done"), grow) <= 10


# --- Account pages ------------------------------------------------------------------------


def test_account_lists_and_opens_only_its_own_requests(client, demo):
    from tests.factories import UserFactory

    user = UserFactory(email="owner@example.com")
    mine = submit_request(email="owner@example.com", owner=user)
    theirs = submit_request(email="other@example.com", company_name="Other Oy")
    client.force_login(user)
    response = client.get(_url("account_requests"))
    page = response.content.decode()
    assert mine.reference in page and theirs.reference not in page
    assert client.get(_url("account_request", reference=mine.reference)).status_code == 200
    response = client.get(_url("account_request", reference=theirs.reference))
    assert response.status_code == 404
    assert "Other Oy" not in response.content.decode()


def test_account_requests_need_sign_in(client, demo):
    response = client.get(_url("account_requests"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_earlier_requests_join_the_account_on_sign_in(client, demo):
    from tests.factories import PASSWORD, UserFactory

    earlier = submit_request(email="founder@example.com")
    unverified = submit_request(email="someone-else@example.com")
    user = UserFactory(email="founder@example.com")
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    earlier.refresh_from_db()
    unverified.refresh_from_db()
    assert earlier.owner == user
    assert unverified.owner is None
    assert earlier.events.filter(action=EventAction.ATTACHED).exists()


def test_data_export_contains_the_account_and_its_requests(client, demo):
    from tests.factories import UserFactory

    user = UserFactory(email="owner@example.com")
    request = submit_request(email="owner@example.com", owner=user)
    submit_request(email="other@example.com")
    client.force_login(user)
    response = client.get(_url("account_export"))
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = response.json()
    assert data["account"]["email"] == "owner@example.com"
    assert [item["reference"] for item in data["counseling_requests"]] == [request.reference]
    assert data["counseling_requests"][0]["consent"]["privacy_notice_version"] == "2026-11"


def test_account_deletion_anonymises_the_requests(client, demo):
    from portal.models import User
    from tests.factories import UserFactory

    user = UserFactory(email="owner@example.com")
    request = submit_request(email="owner@example.com", owner=user)
    client.force_login(user)
    response = client.post(_url("account_delete"), {})
    assert response.status_code == 422
    assert User.objects.filter(pk=user.pk).exists()
    response = client.post(_url("account_delete"), {"confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    request.refresh_from_db()
    assert request.anonymised_at is not None
    assert request.email == "" and request.company_name == "" and request.owner is None
    assert request.sector.slug == "e-learning"  # statistics stay


def test_sitemap_lists_the_public_counseling_pages_only(client, demo):
    submit_request()
    body = client.get("/sitemap.xml").content.decode()
    assert "/fi/counseling/new/" in body and "/en/counseling/" in body
    assert "/counseling/track/" not in body and "/account/" not in body


def test_account_requests_page_queries_stay_flat(client, demo):
    from tests.factories import UserFactory

    user = UserFactory(email="owner@example.com")
    submit_request(email="owner@example.com", owner=user)
    client.force_login(user)

    def grow():
        for _ in range(5):
            submit_request(email="owner@example.com", owner=user, targets=("fi", "se"))

    assert assert_flat_queries(client, _url("account_requests"), grow) <= 10


def test_a_second_click_on_send_creates_no_second_request(client, demo):
    first = client.post(_url("new"), form_data(form_id="abc123"))
    second = client.post(_url("new"), form_data(form_id="abc123"))
    assert first["Location"] == second["Location"] == _url("done")
    assert CounselingRequest.objects.count() == 1
    client.post(_url("new"), form_data(form_id="other"))
    assert CounselingRequest.objects.count() == 2


@pytest.mark.parametrize(
    ("targets", "first", "organisation"),
    [
        (["ee", "se"], "se", "sics"),
        (["ee", "se"], "ee", "ibs"),
        (["lv", "fi"], "fi", "laurea"),
        (["se"], "", "sics"),
    ],
)
def test_request_is_routed_by_the_first_choice_of_the_form(
    client, demo, targets, first, organisation
):
    response = client.post(_url("new"), form_data(target_countries=targets, first_choice=first))
    assert response.status_code == 302
    counseling_request = CounselingRequest.objects.get()
    assert counseling_request.organisation.slug == organisation
    ranked = [country.code for country in counseling_request.ranked_targets()]
    assert ranked[0] == (first or targets[0]) and sorted(ranked) == sorted(targets)
    submitted = counseling_request.events.get(action=EventAction.SUBMITTED)
    assert submitted.data["targets"][0] == ranked[0]


def test_form_explains_what_a_counselor_needs(client, demo):
    page = client.get(_url("new", "fi")).content.decode()
    with translation.override("fi"):
        hint = translation.gettext(
            "What the service does, who uses it and where it is used today, in a few sentences."
        )
    assert hint in page and 'name="first_choice"' in page


# --- Whose e-mail address ------------------------------------------------------------------


def test_signed_in_sme_cannot_send_under_someone_elses_address(client, demo):
    from tests.factories import UserFactory

    client.force_login(UserFactory(email="founder@example.com"))
    response = client.post(_url("new"), form_data(email="victim@example.com"))

    assert response.status_code == 422
    assert "verified e-mail addresses" in response.content.decode()
    assert CounselingRequest.objects.count() == 0
    assert mail.outbox == []


def test_the_refusal_is_translated(client, demo):
    from tests.factories import UserFactory

    client.force_login(UserFactory(email="founder@example.com"))
    response = client.post("/sv/counseling/new/", form_data(email="victim@example.com"))
    assert "verifierade e-postadresser" in response.content.decode()


def test_signed_in_sme_sends_from_a_verified_address_of_the_account(client, demo):
    from allauth.account.models import EmailAddress

    from tests.factories import UserFactory

    user = UserFactory(email="founder@example.com")
    EmailAddress.objects.create(user=user, email="second@example.com", verified=True)
    EmailAddress.objects.create(user=user, email="unverified@example.com", verified=False)
    client.force_login(user)

    assert client.post(_url("new"), form_data(email="Second@Example.com")).status_code == 302
    assert client.post(_url("new"), form_data(email="unverified@example.com")).status_code == 422
    request = CounselingRequest.objects.get()
    assert (request.email, request.owner) == ("second@example.com", user)


def test_the_service_refuses_an_owner_with_another_address(demo):
    from counseling.services import WorkflowError
    from tests.factories import UserFactory

    with pytest.raises(WorkflowError):
        submit_request(email="victim@example.com", owner=UserFactory())
    assert CounselingRequest.objects.count() == 0


def test_anonymous_request_joins_an_account_only_once_the_address_is_verified(client, demo):
    from allauth.account.models import EmailAddress

    from counseling.services import requests_attach_to_user
    from tests.factories import UserFactory

    user = UserFactory(email="founder@example.com")
    EmailAddress.objects.create(user=user, email="claimed@example.com", verified=False)
    client.post(_url("new"), form_data(email="claimed@example.com"))
    request = CounselingRequest.objects.get()
    requests_attach_to_user(user=user)
    request.refresh_from_db()
    assert request.owner is None
