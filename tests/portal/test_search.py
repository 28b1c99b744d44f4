"""Site search: the index, the service and the page, on SQLite (FTS5) and PostgreSQL alike."""

import html
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from markets.models import ProfileStatus
from portal import search_index
from portal.models import SearchDocument
from portal.search import SearchFilters, search
from tests.factories import (
    ContactFactory,
    CountryFactory,
    LivingLabFactory,
    PageFactory,
    PartnerOrganisationFactory,
    PublicationFactory,
    SectorFactory,
    SupportServiceFactory,
)
from tests.markets.factories import MarketProfileFactory
from tests.pilots.factories import PilotCaseFactory, ProcessStepFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "fi", "lv", "sv"]
on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming is PostgreSQL's (FTS5 has none)"
)


def _titles(results) -> list[str]:
    return [hit.title for hit in results.hits]


def _kinds(results) -> set[str]:
    return {hit.kind for hit in results.hits}


def _word(kind: str, language: str) -> str:
    """A made-up word no other text contains, e.g. ``zorblabet``."""
    return f"zorb{kind.replace('_', '')}{language}"


@pytest.fixture
def every_kind():
    """One object of every searchable kind, each with its own made-up word in every language."""
    country = CountryFactory(code="se", name_en="Sweden")
    sector = SectorFactory(slug="e-health", name_en="E-health")
    texts = {
        "living_lab": lambda lang: {f"summary_{lang}": f"Lab {_word('living_lab', lang)}"},
        "page": lambda lang: {
            f"title_{lang}": "About",
            f"body_{lang}": f"Text {_word('page', lang)}.",
        },
        "publication": lambda lang: {
            f"title_{lang}": "Handbook",
            f"description_{lang}": _word("publication", lang),
        },
        "service": lambda lang: {f"description_{lang}": _word("service", lang)},
        "organisation": lambda lang: {f"description_{lang}": _word("organisation", lang)},
        "market_profile": lambda lang: {
            f"summary_{lang}": "Summary.",
            f"regulation_{lang}": f"Rules {_word('market_profile', lang)}.",
        },
        "pilot": lambda lang: {
            f"title_{lang}": "Pilot",
            f"lessons_{lang}": _word("pilot", lang),
        },
        "process_step": lambda lang: {
            f"title_{lang}": "Step",
            f"what_to_do_{lang}": _word("process_step", lang),
        },
    }

    def fields(kind):
        return {key: value for lang in LANGUAGES for key, value in texts[kind](lang).items()}

    organisation = PartnerOrganisationFactory(country=country, **fields("organisation"))
    LivingLabFactory(country=country, sectors=[sector], **fields("living_lab"))
    PageFactory(slug="about", **fields("page"))
    PublicationFactory(**fields("publication"))
    SupportServiceFactory(**fields("service"))
    MarketProfileFactory(country=country, sector=sector, **fields("market_profile"))
    PilotCaseFactory(sector=sector, **fields("pilot"))
    ProcessStepFactory(number=1, **fields("process_step"))
    ContactFactory(
        name="Zorbcontact Person", organisation=organisation, country=country, sectors=[sector]
    )
    return {"country": country, "sector": sector, "kinds": [*texts, "contact"]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_every_kind_in_every_language(every_kind, language):
    for kind in every_kind["kinds"]:
        word = "zorbcontact" if kind == "contact" else _word(kind, language)
        results = search(word, language=language)
        assert _kinds(results) == {kind}, (kind, language)
        assert not results.other_languages
        assert all(hit.language == language for hit in results.hits)
        assert all(hit.url.startswith(f"/{language}/") for hit in results.hits)


def test_search_profile_hit_lands_on_its_section_with_the_word_marked(every_kind):
    results = search(_word("market_profile", "fi"), language="fi")

    (hit,) = results.hits
    assert hit.url == "/fi/markets/se/e-health/#section-regulation"
    assert f"<mark>{_word('market_profile', 'fi')}</mark>" in hit.snippet


def test_search_other_languages_only_when_the_page_language_has_none(every_kind):
    results = search(_word("living_lab", "sv"), language="fi")

    assert results.other_languages
    assert [hit.language for hit in results.hits] == ["sv"]


def test_search_filters_by_type_country_and_sector(every_kind):
    LivingLabFactory(summary_en="Lab zorbshared", country=CountryFactory(code="lv"))
    PageFactory(slug="shared", body_en="zorbshared")

    assert _kinds(search("zorbshared", language="en")) == {"living_lab", "page"}
    assert _kinds(search("zorbshared", language="en", filters=SearchFilters(kind="page"))) == {
        "page"
    }
    by_country = search("zorbshared", language="en", filters=SearchFilters(country="lv"))
    assert _kinds(by_country) == {"living_lab"}
    assert search("zorbshared", language="en", filters=SearchFilters(country="se")).total == 0
    counts = {group["kind"]: group["count"] for group in search("zorbshared", language="en").counts}
    assert counts == {"living_lab": 1, "page": 1}


@pytest.mark.parametrize(
    ("language", "text", "query"),
    [
        ("et", "Koostöö Rootsiga ja Lätiga on tõhus.", "Lati"),
        ("lv", "Zviedrija un Latvija sadarbojas veselības jomā.", "Zviedrija"),
        ("lv", "Veselības dati ir aizsargāti.", "veselibas dati"),
    ],
)
def test_search_without_diacritics_finds_the_text_with_them(language, text, query):
    LivingLabFactory(**{f"summary_{language}": text})

    results = search(query, language=language)

    assert results.total == 1
    assert not results.other_languages


@on_postgres
@pytest.mark.parametrize(
    ("language", "text", "query"),
    [
        ("fi", "Etäterveyspalvelu auttaa potilasta kotona.", "etäterveyspalveluja"),
        ("fi", "Palvelu sopii kouluille.", "koulu"),
        ("sv", "Offentlig upphandling i regionerna.", "upphandlingar"),
        ("sv", "Kommunerna köper digitala läromedel.", "kommun"),
        ("en", "Public procurement in hospitals.", "procured"),
    ],
)
def test_search_inflected_form_finds_the_base_form(language, text, query):
    LivingLabFactory(**{f"summary_{language}": text})

    assert search(query, language=language).total == 1


def _latvian_ispell() -> bool:
    """The server loaded the Latvian Hunspell dictionary (migration ``portal/0011``)."""
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT ballad_search_config('lv')::text")
        return cursor.fetchone()[0] == "ballad_latvian"


@on_postgres
@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Pacienti izmanto attālinātos pakalpojumus.", "pacientiem"),
        ("Sadarbība ar Zviedriju un Zviedrijā.", "Zviedrijas"),
        ("Valsts iepirkumi slimnīcās.", "iepirkumu slimnica"),
    ],
)
def test_search_latvian_inflected_form_finds_the_base_form(text, query):
    if not _latvian_ispell():
        pytest.skip("no Latvian Ispell dictionary on this server (deploy/tsearch_dictionaries.py)")
    LivingLabFactory(summary_lv=text)

    results = search(query, language="lv")

    assert results.total == 1
    assert not results.other_languages
    assert "<mark>" in results.hits[0].snippet


@on_postgres
def test_search_near_miss_suggests_a_word_of_the_index():
    LivingLabFactory(summary_en="Telemedicine pilots in rural clinics.")

    results = search("telemedcine", language="en")

    assert results.total == 0
    assert results.suggestion == "telemedicine"


def test_search_ranks_every_title_hit_when_hits_exceed_the_cap(monkeypatch):
    monkeypatch.setattr("portal.search.MAX_RANKED", 3)
    for number in range(6):
        PageFactory(slug=f"body-{number}", title_en=f"Other {number}", body_en="About zorbcap.")
    PageFactory(slug="title-hit", title_en="Zorbcap", body_en="Other words.")

    results = search("zorbcap", language="en")

    assert results.total == 7
    assert results.capped
    assert results.page.paginator.count == 3
    assert _titles(results)[0] == "Zorbcap"
    assert len(results.hits) == 3


def test_search_title_hit_outranks_body_hit():
    PageFactory(slug="body-hit", title_en="Something else", body_en="All about zorbrank here.")
    PageFactory(slug="title-hit", title_en="Zorbrank", body_en="Other words.")

    assert _titles(search("zorbrank", language="en")) == ["Zorbrank", "Something else"]


def test_search_never_shows_drafts_or_non_public_contacts():
    country = CountryFactory(code="fi")
    LivingLabFactory(summary_en="zorbsecret lab", is_published=False)
    MarketProfileFactory(
        country=country, regulation_en="zorbsecret rules", status=ProfileStatus.DRAFT
    )
    PilotCaseFactory(lessons_en="zorbsecret lessons", is_published=False)
    PageFactory(slug="draft", body_en="zorbsecret page", is_published=False)
    ContactFactory(name="Zorbsecret Person", is_public=False)
    ContactFactory(name="Zorbsecret Inactive", organisation__is_active=False)

    assert search("zorbsecret", language="en").total == 0
    assert not SearchDocument.objects.filter(body__icontains="zorbsecret").exists()
    assert not SearchDocument.objects.filter(title__icontains="zorbsecret").exists()


def test_search_sees_a_save_at_once_and_forgets_a_delete():
    lab = LivingLabFactory(summary_en="zorbbefore")
    assert search("zorbbefore", language="en").total == 1

    lab.summary_en = "zorbafter"
    lab.save()
    assert search("zorbbefore", language="en").total == 0
    assert search("zorbafter", language="en").total == 1

    lab.is_published = False
    lab.save()
    assert search("zorbafter", language="en").total == 0

    lab.is_published = True
    lab.save()
    lab.delete()
    assert search("zorbafter", language="en").total == 0
    assert not SearchDocument.objects.exists()


def test_search_forgets_contacts_of_a_deactivated_organisation():
    organisation = PartnerOrganisationFactory()
    ContactFactory(name="Zorbmember Person", organisation=organisation)
    assert search("zorbmember", language="en").total == 1

    organisation.is_active = False
    organisation.save()
    assert search("zorbmember", language="en").total == 0

    organisation.is_active = True
    organisation.save()
    assert search("zorbmember", language="en").total == 1


def test_search_contact_follows_its_many_to_many_expertise(every_kind):
    from tests.factories import BarrierFactory

    contact = ContactFactory(name="Plain Name", country=every_kind["country"])
    contact.expertise.add(BarrierFactory(slug="zorb-barrier", name_en="Zorbexpertise"))

    assert _titles(search("zorbexpertise", language="en")) == ["Plain Name"]


def test_rebuild_search_index_command_restores_the_index(every_kind, capsys):
    count = SearchDocument.objects.count()
    SearchDocument.objects.all().delete()

    call_command("rebuild_search_index")

    assert SearchDocument.objects.count() == count
    assert f"{count} documents" in capsys.readouterr().out


def test_deferred_indexing_rebuilds_once_at_the_end():
    with search_index.deferred():
        LivingLabFactory(summary_en="zorbdeferred")
        assert not SearchDocument.objects.exists()

    assert search("zorbdeferred", language="en").total == 1


# --- The page -------------------------------------------------------------------------


def _text(response) -> str:
    return html.unescape(response.content.decode())


def test_search_page_shows_hits_keeps_the_query_and_is_noindex(client, every_kind):
    word = _word("pilot", "fi")

    response = client.get("/fi/search/", {"q": word})

    page = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex, follow">' in page
    assert f'value="{word}"' in page
    assert f"<mark>{word}</mark>" in page
    assert "1 tulos" in _text(response)


def test_search_page_marks_results_in_other_languages(client, every_kind):
    response = client.get("/fi/search/", {"q": _word("pilot", "sv")})

    page = response.content.decode()
    assert 'class="search-result" lang="sv"' in page
    assert "kieli: ruotsi" in page


def test_search_page_empty_query_shows_the_empty_state(client, every_kind):
    response = client.get("/en/search/")

    text = _text(response)
    assert response.status_code == 200
    assert "What are you looking for?" in text
    assert 'href="/en/markets/"' in text
    assert 'href="/en/counseling/"' in text


def test_search_page_no_hits_suggests_where_to_go(client, every_kind):
    response = client.get("/lv/search/", {"q": "zzqqxxnothing"})

    assert response.status_code == 200
    assert 'href="/lv/markets/"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "etä\x00terveys",
        "a & | ! ( ) : * <-> b",
        "'; DROP TABLE portal_searchdocument; --",
        '"unbalanced',
        "שלום עולם",
        "😀🇫🇮",
        "<script>alert(1)</script>",
        "NEAR(a b) OR c* AND -d ^e",
        "_ __ ___",
    ],
)
def test_search_page_bad_query_never_fails(client, every_kind, query):
    response = client.get("/en/search/", {"q": query})

    # NUL in a query string is the hardening middleware's clear 400; all else searches.
    assert response.status_code == (400 if "\x00" in query else 200)
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert SearchDocument.objects.exists()


def test_search_page_invalid_utf8_never_fails(client, every_kind):
    response = client.get("/en/search/?q=%ff%fe%00zorb&page=%ff")

    assert response.status_code in (200, 400)


@pytest.mark.parametrize(("page", "current"), [("0", 1), ("-1", 1), ("abc", 1), ("99999", 2)])
def test_search_page_forgiving_page_numbers(client, page, current):
    for number in range(25):
        PageFactory(slug=f"many-{number}", body_en="zorbmany")

    response = client.get("/en/search/", {"q": "zorbmany", "page": page})

    assert response.status_code == 200
    assert re.search(
        rf'aria-current="page"><span class="visually-hidden">Page </span>{current}</a>',
        response.content.decode(),
    )


def test_search_page_unknown_filters_are_dropped_with_a_notice(client, every_kind):
    response = client.get(
        "/en/search/", {"q": _word("page", "en"), "type": "nope", "country": "xx", "sector": "z"}
    )

    text = _text(response)
    assert response.status_code == 200
    assert "Some filters were ignored" in text
    assert "1 result for" in text


def test_search_page_query_count_is_independent_of_the_hits(client, django_assert_max_num_queries):
    PageFactory(slug="one", body_en="zorbcount")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/search/", {"q": "zorbcount"})
    for number in range(60):
        PageFactory(slug=f"count-{number}", body_en="zorbcount")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/en/search/", {"q": "zorbcount"})

    assert "61 results" in _text(response)
    assert len(many) == len(few)


def test_header_search_box_is_a_get_form_on_every_page(client, every_kind):
    page = client.get("/sv/").content.decode()

    assert 'role="search" method="get" action="/sv/search/"' in page
    assert 'name="q"' in page


def test_search_page_says_when_only_the_best_hits_are_listed(client, monkeypatch):
    monkeypatch.setattr("portal.search.MAX_RANKED", 2)
    for number in range(3):
        PageFactory(slug=f"capped-{number}", body_en="zorbcapped")

    text = _text(client.get("/en/search/", {"q": "zorbcapped"}))
    few = _text(client.get("/en/search/", {"q": "zorbcapped", "type": "living_lab"}))

    assert "3 results for" in text
    assert "Only the best matches are listed" in text
    assert "Only the best matches are listed" not in few
