"""The closing survey: one click per answer, no account, replay refused, anonymised with the request."""

import pytest
from django.core import mail
from django.utils import translation

from counseling import emails, services
from counseling.enums import EventAction
from counseling.models import CounselingRequest
from tests.counseling.factories import submit_request

pytestmark = pytest.mark.django_db

# The page reads one row (the request, only the survey's columns); an answer reads it again,
# locks it, saves it and logs the event. Neither grows with other requests or the log.
SURVEY_PAGE_QUERIES = 2
SURVEY_ANSWER_QUERIES = 7


def _closed_request(counselor):
    counseling_request = submit_request()
    services.request_assign(counseling_request, actor=counselor, counselor=counselor)
    services.request_reply(counseling_request, actor=counselor, text="Here", then_status="answered")
    services.request_set_status(counseling_request, "closed", actor=counselor)
    return counseling_request


def _path(url: str) -> str:
    """The path of an e-mailed absolute link."""
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_closing_email_carries_the_survey_link_in_the_companys_language(
    taxonomy, ibs_counselor, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        counseling_request = _closed_request(ibs_counselor)
    closing = mail.outbox[-1]
    url = emails.survey_url(counseling_request)
    assert url in closing.body and "/fi/" in url


def test_company_answers_with_two_clicks_and_a_comment(client, taxonomy, ibs_counselor):
    counseling_request = _closed_request(ibs_counselor)
    path = _path(emails.survey_url(counseling_request))
    page = client.get(path)
    assert page.status_code == 200 and 'name="helpfulness" value="5"' in page.content.decode()
    assert client.post(path, {"helpfulness": "4"}).status_code == 302
    assert client.post(path, {"market": "entered"}).status_code == 302
    assert client.post(path, {"comment": "Kiitos! <script>alert(1)</script>"}).status_code == 302
    counseling_request.refresh_from_db()
    assert counseling_request.survey_helpfulness == 4
    assert counseling_request.survey_market == "entered"
    assert counseling_request.survey_answered_at is not None
    page = client.get(path).content.decode()
    assert "<script>alert(1)" not in page and 'name="helpfulness"' not in page
    assert counseling_request.events.filter(action=EventAction.SURVEY_ANSWERED).count() == 3


def test_replayed_answer_is_refused_and_changes_nothing(client, taxonomy, ibs_counselor):
    counseling_request = _closed_request(ibs_counselor)
    path = _path(emails.survey_url(counseling_request))
    client.post(path, {"helpfulness": "2"})
    response = client.post(path, {"helpfulness": "5"})
    assert response.status_code == 409
    counseling_request.refresh_from_db()
    assert counseling_request.survey_helpfulness == 2
    assert counseling_request.events.filter(action=EventAction.SURVEY_ANSWERED).count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"helpfulness": "9"},
        {"helpfulness": "0"},
        {"market": "maybe"},
        {},
        {"helpfulness": "3", "market": "no"},
        {"comment": "\x00"},
        {"helpfulness": "x" * 1000},
    ],
)
def test_bad_answers_are_refused_with_422(client, taxonomy, ibs_counselor, data):
    counseling_request = _closed_request(ibs_counselor)
    response = client.post(_path(emails.survey_url(counseling_request)), data)
    assert response.status_code == 422  # a NUL too: the comment field refuses it
    counseling_request.refresh_from_db()
    assert counseling_request.survey_answered_at is None


def test_altered_or_foreign_links_are_404(client, taxonomy, ibs_counselor):
    counseling_request = _closed_request(ibs_counselor)
    other = _closed_request(ibs_counselor)
    path = _path(emails.survey_url(counseling_request))
    token = path.rstrip("/").rsplit("/", 1)[1]
    altered = path.replace(token, ("A" if token[0] != "A" else "B") + token[1:])
    foreign = path.replace(counseling_request.reference, other.reference)
    for url in (altered, foreign, path.replace(token, "short")):
        assert client.post(url, {"helpfulness": "5"}).status_code == 404
    assert not CounselingRequest.objects.filter(survey_answered_at__isnull=False).exists()


def test_survey_of_an_open_request_is_404(client, taxonomy):
    counseling_request = submit_request()
    assert client.get(_path(emails.survey_url(counseling_request))).status_code == 404


def test_survey_is_anonymised_with_the_request(client, taxonomy, ibs_counselor):
    counseling_request = _closed_request(ibs_counselor)
    path = _path(emails.survey_url(counseling_request))
    client.post(path, {"helpfulness": "5"})
    client.post(path, {"comment": "Mikko from Kuntoon says thanks"})
    services.request_anonymise(counseling_request, reason="retention")
    counseling_request.refresh_from_db()
    assert counseling_request.survey_comment == ""
    assert counseling_request.survey_helpfulness == 5  # the figure stays for the statistics
    assert client.get(path).status_code == 404  # the link dies with the personal data


@pytest.mark.parametrize("language", ["en", "et", "fi", "lv", "sv"])
def test_survey_page_renders_in_every_language(client, taxonomy, ibs_counselor, language):
    counseling_request = _closed_request(ibs_counselor)
    page = client.get(_path(emails.survey_url(counseling_request, language=language)))
    assert f'<html lang="{language}"' in page.content.decode()
    with translation.override(language):
        assert translation.gettext("How did counseling help you?") in page.content.decode()


def test_survey_page_and_answer_need_few_queries_whatever_the_data(
    client, taxonomy, ibs_counselor, django_assert_max_num_queries
):
    from tests.counseling.factories import CounselingRequestFactory

    counseling_request = _closed_request(ibs_counselor)
    path = _path(emails.survey_url(counseling_request))
    CounselingRequestFactory.create_batch(20, status="closed")
    for number in range(10):
        services.request_add_note(counseling_request, actor=ibs_counselor, text=f"Note {number}")
    with django_assert_max_num_queries(SURVEY_PAGE_QUERIES):
        page = client.get(path)
    assert page.status_code == 200 and 'name="helpfulness" value="1"' in page.content.decode()
    with django_assert_max_num_queries(SURVEY_ANSWER_QUERIES):
        response = client.post(path, {"helpfulness": "3"})
    assert response.status_code == 302
    counseling_request.refresh_from_db()
    assert counseling_request.survey_helpfulness == 3
    with django_assert_max_num_queries(SURVEY_PAGE_QUERIES):
        page = client.get(path)
    assert 'name="helpfulness"' not in page.content.decode()
