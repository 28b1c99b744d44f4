import pytest

from counseling import services
from tests.counseling.factories import form_data, submit_request
from tests.html_validator import assert_valid_html

pytestmark = pytest.mark.django_db


def test_counseling_pages_are_valid_html(client, demo, ibs_counselor):
    from tests.factories import UserFactory

    request = submit_request()
    services.request_assign(request, actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(
        request, actor=ibs_counselor, text="Which grades?", then_status="waiting_for_sme"
    )
    pages = {}
    for language in ["en", "fi", "lv"]:
        for path in [
            "counseling/",
            "counseling/new/",
            "counseling/new/?country=fi&sector=e-health",
        ]:
            url = f"/{language}/{path}"
            pages[url] = client.get(url).content.decode()
        url = f"/{language}/counseling/track/{request.tracking_token}/"
        pages[url] = client.get(url).content.decode()
        pages[url + " (error)"] = client.post(url, {"text": ""}).content.decode()
    pages["form errors"] = client.post(
        "/sv/counseling/new/", form_data(email="x", privacy=None)
    ).content.decode()
    pages["not found"] = client.get("/et/counseling/track/nope/").content.decode()
    client.post("/en/counseling/new/", form_data())
    pages["confirmation"] = client.get("/en/counseling/new/sent/").content.decode()
    user = UserFactory(email="owner@example.com")
    owned = submit_request(email="owner@example.com", owner=user)
    client.force_login(user)
    pages["account requests"] = client.get("/en/account/requests/").content.decode()
    pages["account request"] = client.get(
        f"/en/account/requests/{owned.reference}/"
    ).content.decode()
    pages["account delete"] = client.get("/en/account/delete/").content.decode()
    assert_valid_html(pages)


def test_survey_pages_are_valid_html(client, taxonomy, ibs_counselor):
    from counseling import emails

    counseling_request = submit_request()
    services.request_assign(counseling_request, actor=ibs_counselor, counselor=ibs_counselor)
    services.request_reply(
        counseling_request, actor=ibs_counselor, text="Here", then_status="answered"
    )
    services.request_set_status(counseling_request, "closed", actor=ibs_counselor)
    pages = {}
    for language in ["en", "et", "fi", "lv", "sv"]:
        url = emails.survey_url(counseling_request, language=language)
        path = "/" + url.split("://", 1)[1].split("/", 1)[1]
        pages[f"survey {language}"] = client.get(path).content.decode()
    pages["survey error"] = client.post(path, {"helpfulness": "9"}).content.decode()
    client.post(path, {"helpfulness": "4"})  # the thanks, one question answered
    pages["survey answered once"] = client.get(path).content.decode()
    pages["survey replayed"] = client.post(path, {"helpfulness": "5"}).content.decode()
    client.post(path, {"market": "planned"})
    client.post(path, {"comment": "Kiitos <b>paljon</b> \u202eRTL \U0001f600"})
    pages["survey complete"] = client.get(path).content.decode()
    pages["survey not found"] = client.get(path.replace("/survey/", "/survey/x")).content.decode()
    assert_valid_html(pages)
