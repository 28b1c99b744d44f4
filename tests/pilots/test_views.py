import html
import re

import pytest
from django.test.utils import override_settings
from django.urls import NoReverseMatch, reverse

from pilots.models import PilotCase, PilotStep, ProcessStep
from portal import content
from portal.models import LivingLab
from tests.content import load_demo
from tests.factories import LivingLabFactory, StaffFactory
from tests.pilots.factories import (
    PilotCaseFactory,
    PilotStepFactory,
    ProcessStepFactory,
    add_pilots,
)
from tests.utils import assert_flat_queries

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "et", "fi", "lv", "sv"]


def _text(response) -> str:
    return html.unescape(response.content.decode())


def _main(response) -> str:
    return _text(response).split("<main", 1)[1]


def _card_slugs(response) -> list[str]:
    return re.findall(
        r'<li class="card pilot-card">\s*<h3><a href="/\w\w/pilots/([\w-]+)/"', _text(response)
    )


# --- The transfer model ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_transfer_model_shows_the_steps_in_order_in_the_language(client, demo, language):
    response = client.get(f"/{language}/transfer-model/")

    assert response.status_code == 200
    page = _text(response)
    assert f'<html lang="{language}"' in page
    assert page.count('<li class="process-step" id="step-') == 7
    positions = [page.index(f'id="step-{number}"') for number in range(1, 8)]
    assert positions == sorted(positions)
    assert '<ol class="process-flow">' in page
    for step in ProcessStep.objects.all():
        assert getattr(step, f"title_{language}") in page
    assert 'class="fallback-notice"' not in page
    assert page.count("<h1") == 1


def test_transfer_model_step_five_in_estonian_shows_what_pilots_learned(client, demo):
    page = _main(client.get("/et/transfer-model/"))
    step_five = page.split('id="step-5"', 1)[1].split('id="step-6"', 1)[0]

    assert "Kasutajatestid sihtriigi elavas laboris" in step_five
    assert "Mida pilootettevõtted tegid ja õppisid" in step_five
    # What the Finnish reminder pilot did and learned in its Swedish Living Lab, in Estonian.
    assert "42 koduhoolduse klienti ja nende õed kasutasid seadet" in step_five
    assert "Kasutajad soovisid valjemat häiret" in step_five
    assert "/et/pilots/medication-reminder-swedish-home-care/" in step_five


def test_transfer_model_averages_count_only_published_pilots(client, taxonomy):
    first, second, third = (ProcessStepFactory(number=n) for n in (1, 2, 3))
    published_a = PilotCaseFactory(slug="published-a")
    published_b = PilotCaseFactory(slug="published-b")
    unrated = PilotCaseFactory(slug="published-unrated")
    draft = PilotCaseFactory(slug="draft-pilot", is_published=False)
    PilotStepFactory(pilot=published_a, step=first, usefulness=5)
    PilotStepFactory(pilot=published_b, step=first, usefulness=2)
    PilotStepFactory(pilot=unrated, step=first, usefulness=None)
    PilotStepFactory(pilot=draft, step=first, usefulness=1, outcome_en="Secret draft lesson.")
    PilotStepFactory(pilot=published_a, step=second, usefulness=4)
    PilotStepFactory(pilot=published_b, step=second, usefulness=4)
    PilotStepFactory(pilot=published_a, step=third, usefulness=3)
    PilotStepFactory(pilot=draft, step=third, usefulness=5)

    page = _main(client.get("/en/transfer-model/"))
    steps = {
        n: page.split(f'id="step-{n}"', 1)[1].split("</li>\n  \n  <li", 1)[0] for n in (1, 2, 3)
    }

    assert "Average usefulness 3.5 of 5, rated by 2 pilots" in steps[1]  # (5 + 2) / 2
    assert "Average usefulness 4.0 of 5, rated by 2 pilots" in steps[2]
    assert "Average usefulness 3.0 of 5, rated by 1 pilot" in steps[3]
    assert "score-bar__fill--70" in steps[1] and "score-bar__fill--80" in steps[2]
    assert "Did step 1 in published-unrated." in steps[1]  # its experience counts, its rating not
    assert "Secret draft lesson." not in page
    assert "draft-pilot" not in page


def test_transfer_model_selector_matches_a_hand_count(demo):
    from pilots import selectors

    for step in selectors.process_steps():
        ratings = [
            s.usefulness
            for s in PilotStep.objects.filter(step=step, pilot__is_published=True)
            if s.usefulness is not None
        ]
        assert step.rated_count == len(ratings)
        assert step.average_usefulness == pytest.approx(sum(ratings) / len(ratings))
        assert step.pilot_count == PilotStep.objects.filter(step=step).count()


def test_transfer_model_without_pilots_says_so(client, taxonomy):
    ProcessStepFactory(number=1)
    page = _main(client.get("/en/transfer-model/"))
    assert "No published pilot has reported on this step yet." in page
    assert "Average usefulness" not in page


def test_transfer_model_marks_english_fallback(client, taxonomy):
    ProcessStepFactory(number=1, title_fi="Suomeksi")
    page = _main(client.get("/fi/transfer-model/"))
    assert 'class="fallback-notice"' in page
    assert '<span lang="en">2–4 weeks</span>' in page or '<dd lang="en">2–4 weeks</dd>' in page
    assert "<span>Suomeksi</span>" in page


# --- The pilot list --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_pilot_list_shows_every_published_pilot_in_the_language(client, demo, language):
    response = client.get(f"/{language}/pilots/")

    assert response.status_code == 200
    page = _text(response)
    assert f'<html lang="{language}"' in page
    assert len(_card_slugs(response)) == 11
    for pilot in PilotCase.objects.all():
        assert getattr(pilot, f"title_{language}") in page
        assert getattr(pilot, f"summary_{language}") in page
    assert 'class="filter-notice"' not in page


def _expected(**filters) -> set[str]:
    pilots = [data for _path, data in content.documents("pilots.pilots")]
    if "origin" in filters:
        pilots = [p for p in pilots if p["origin"] == filters["origin"]]
    if "target" in filters:
        pilots = [p for p in pilots if filters["target"] in p["targets"]]
    if "sector" in filters:
        pilots = [p for p in pilots if p["sector"] == filters["sector"]]
    if "status" in filters:
        pilots = [p for p in pilots if p["status"] == filters["status"]]
    return {p["slug"] for p in pilots}


@pytest.mark.parametrize(
    ("filters", "count"),
    [
        ({"origin": "lv"}, 3),
        ({"origin": "se"}, 2),
        ({"target": "ee"}, 4),
        ({"target": "se"}, 3),
        ({"sector": "e-learning"}, 5),
        ({"status": "ongoing"}, 3),
        ({"status": "completed"}, 8),
        ({"target": "se", "sector": "e-learning"}, 2),
        ({"origin": "fi", "target": "lv"}, 1),
        ({"origin": "se", "target": "se"}, 0),
    ],
)
def test_pilot_list_filters_are_exact(client, demo, filters, count):
    response = client.get("/en/pilots/", filters)

    slugs = _card_slugs(response)
    assert len(slugs) == len(set(slugs)) == count
    assert set(slugs) == _expected(**filters)
    page = _text(response)
    for name, value in filters.items():
        assert re.search(
            rf'<select name="{name}" id="id_{name}">.*?<option value="{value}" selected>',
            page,
            re.S,
        )
    if count == 0:
        assert "No published pilot case matches these filters." in page


def test_pilot_list_hides_unpublished_pilots(client, demo):
    PilotCase.objects.filter(slug="heart-monitor-finnish-hospitals").update(is_published=False)
    slugs = _card_slugs(client.get("/en/pilots/?target=fi"))
    assert "heart-monitor-finnish-hospitals" not in slugs
    assert len(slugs) == 2


@pytest.mark.parametrize(
    ("query", "ignored_label"),
    [
        ("origin=zz", "Origin country"),
        ("target=FI", "Target country"),
        ("sector=e-farming", "Sector"),
        ("status=cancelled", "Status"),
        ("target=%3Cscript%3Ealert(1)%3C/script%3E", "Target country"),
        ("origin=fi%00", "Origin country"),
        ("sector=" + "x" * 5000, "Sector"),
        ("status=%D7%A9%D7%9C%D7%95%D7%9D", "Status"),  # Hebrew (RTL)
        ("origin=%F0%9F%9A%80", "Origin country"),  # emoji
    ],
)
def test_pilot_list_ignores_unknown_filter_values_with_a_notice(client, demo, query, ignored_label):
    response = client.get(
        f"/en/pilots/?{query}&sector=e-learning"
        if "sector=" not in query
        else f"/en/pilots/?{query}"
    )

    assert response.status_code == 200
    page = _main(response)
    assert 'class="filter-notice"' in page
    assert f"<li>{ignored_label}: “" in page
    assert "is not one of the choices, so it was ignored." in page
    raw = response.content.decode()  # as sent, before unescaping
    assert "<script>alert" not in raw
    assert "\x00" not in raw
    expected = _expected() if "sector=" in query else _expected(sector="e-learning")
    assert set(_card_slugs(response)) == expected


def test_pilot_list_ignored_notice_is_translated(client, demo):
    page = _main(client.get("/fi/pilots/?origin=zz"))
    assert "Joitakin suodattimia ei otettu huomioon" in page
    assert "Lähtömaa: ”zz”" in page


# --- One pilot -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_pilot_page_shows_journey_outcome_and_lessons_in_the_language(client, demo, language):
    pilot = PilotCase.objects.get(slug="medication-reminder-swedish-home-care")

    response = client.get(f"/{language}/pilots/{pilot.slug}/")

    assert response.status_code == 200
    page = _text(response)
    assert f'<html lang="{language}"' in page
    assert page.count("<h1") == 1
    for field in ("title", "summary", "service"):
        assert getattr(pilot, f"{field}_{language}") in page
    assert page.count('<li class="timeline__item">') == 5
    for pilot_step in pilot.steps.all():
        assert getattr(pilot_step, f"what_was_done_{language}") in page
        assert f'href="/{language}/transfer-model/#step-{pilot_step.step.number}"' in page
    assert 'id="lessons-title"' in page and 'id="outcome-title"' in page
    assert "<dd>42</dd>" in page and "<dd>3</dd>" in page  # users in tests, contracts signed
    assert 'class="fallback-notice"' not in page
    assert "MuistaNyt Oy" in page


def test_pilot_page_says_the_company_is_fictional(client, demo):
    page = _main(client.get("/sv/pilots/heart-monitor-finnish-hospitals/"))
    assert "<em>Företaget är påhittat" in page
    assert 'class="badge badge--stopped">Avbrutet' in page or "badge--stopped" in page


def test_pilot_page_links_market_profiles_of_its_targets_and_sector(client, demo):
    load_demo("markets")

    page = _main(client.get("/en/pilots/exercise-games-latvian-estonian-day-centres/"))

    related = page.split('aria-labelledby="related-market_profiles"', 1)[1]
    assert 'href="/en/markets/lv/e-health/"' in related
    assert 'href="/en/markets/ee/e-health/"' in related
    assert "/en/markets/fi/e-health/" not in related  # the origin, not a target
    assert "/e-learning/" not in related
    assert 'id="related-pilot_cases"' not in page


def test_pilot_page_lists_the_living_labs_it_used(client, demo, taxonomy):
    countries, sectors = taxonomy["countries"], taxonomy["sectors"]
    LivingLab.objects.all().delete()  # only the labs of this test
    LivingLabFactory(
        name_en="Stockholm Care Lab",
        slug="stockholm-care",
        country=countries["se"],
        sectors=[sectors["e-health"]],
    )
    LivingLabFactory(
        name_en="Another Swedish Lab",
        slug="another-se",
        country=countries["se"],
        sectors=[sectors["e-learning"]],
    )
    LivingLabFactory(
        name_en="Hidden Lab",
        slug="hidden",
        country=countries["se"],
        sectors=[sectors["e-health"]],
        is_published=False,
    )
    load_demo("pilots")  # a second run links the labs that now exist

    page = _main(client.get("/en/pilots/medication-reminder-swedish-home-care/"))
    labs = page.split('id="labs-title"', 1)[1].split("</section>", 1)[0]

    assert "Stockholm Care Lab" in labs
    assert "Another Swedish Lab" not in labs  # another sector
    assert "Hidden Lab" not in labs
    try:
        lab_url = reverse("portal:living_lab_detail", kwargs={"slug": "stockholm-care"})
    except NoReverseMatch:
        assert "<a " not in labs
    else:
        assert f'href="{lab_url}"' in labs


def test_pilot_page_without_labs_says_so(client, demo):
    page = _main(client.get("/en/pilots/sleep-coaching-latvian-employers/"))
    assert "This pilot did not use a Living Lab of the network." in page
    assert "since April 2012" in page
    assert "Ongoing" in page


def test_pilot_page_marks_english_fallback(client, taxonomy):
    PilotCaseFactory(slug="only-english", title_lv="Latviski")
    page = _main(client.get("/lv/pilots/only-english/"))
    assert 'class="fallback-notice"' in page
    assert "<h1>Latviski</h1>" in page
    assert '<p class="lead" lang="en">Summary of only-english.</p>' in page


@pytest.mark.parametrize(
    "url", ["/en/pilots/no-such-pilot/", "/en/pilots/%F0%9F%9A%80/", "/en/pilots/a%00b/"]
)
def test_pilot_unknown_slug_is_404(client, demo, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.templates[0].name == "404.html"


def test_unpublished_pilot_is_404_for_the_public_and_staff_without_permission(client, demo):
    PilotCase.objects.filter(slug="online-booking-riga-clinics").update(is_published=False)
    assert client.get("/en/pilots/online-booking-riga-clinics/").status_code == 404
    client.force_login(StaffFactory())
    assert client.get("/en/pilots/online-booking-riga-clinics/").status_code == 404


def test_unpublished_pilot_is_previewed_by_a_partner_editor(client, demo):
    from portal import roles

    PilotCase.objects.filter(slug="online-booking-riga-clinics").update(is_published=False)
    client.force_login(StaffFactory(roles=[roles.PARTNER_EDITOR]))

    response = client.get("/en/pilots/online-booking-riga-clinics/")

    assert response.status_code == 200
    page = _text(response)
    assert 'class="draft-notice"' in page
    assert '<meta name="robots" content="noindex">' in page
    assert response["Cache-Control"] == "private, no-store"


def test_pages_only_answer_get_and_head(client, demo):
    for url in ("/en/transfer-model/", "/en/pilots/", "/en/pilots/online-booking-riga-clinics/"):
        assert client.post(url).status_code == 405
        assert client.head(url).status_code == 200


# --- The market profile lists the pilots that went there -------------------------------------


def test_market_profile_lists_the_pilots_that_went_to_that_market(client, demo):
    load_demo("markets")

    health = _main(client.get("/en/markets/se/e-health/"))
    learning = _main(client.get("/sv/markets/se/e-learning/"))

    section = health.split('id="related-pilot_cases"', 1)[1]
    assert "/en/pilots/medication-reminder-swedish-home-care/" in section
    assert "/en/pilots/coding-school-for-swedish-teenagers/" not in section
    assert 'href="/en/pilots/?target=se&sector=e-health"' in section
    assert "/sv/pilots/swedish-practice-app-for-newcomers/" in learning
    assert "/sv/pilots/coding-school-for-swedish-teenagers/" in learning
    assert "/sv/pilots/medication-reminder-swedish-home-care/" not in learning


# --- Queries stay flat -----------------------------------------------------------------------


def _grow():
    add_pilots(99)  # 11 + 99 = 110 pilots, each with seven steps


@pytest.mark.parametrize(
    "url",
    [
        "/en/transfer-model/",
        "/en/pilots/",
        "/en/pilots/?target=se&sector=e-health&status=completed",
        "/en/pilots/?origin=zz",
        "/en/pilots/medication-reminder-swedish-home-care/",
    ],
)
def test_page_queries_do_not_grow_with_pilots(client, demo, url):
    count = assert_flat_queries(client, url, _grow)
    assert count <= 10
    assert PilotCase.objects.count() == 110


# --- Sitemap ---------------------------------------------------------------------------------


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_sitemap_lists_published_pilots_in_every_language(client, demo):
    PilotCase.objects.filter(slug="sleep-coaching-latvian-employers").update(is_published=False)
    page = client.get("/sitemap.xml").content.decode()
    for language in LANGUAGES:
        assert f"/{language}/transfer-model/" in page
        assert f"/{language}/pilots/online-booking-riga-clinics/" in page
    assert "sleep-coaching-latvian-employers" not in page


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Living Labs used"),
        ("et", "Kasutatud elavad laborid"),
        ("fi", "Käytetyt Living Labit"),
        ("lv", "Izmantotās dzīvās laboratorijas"),
        ("sv", "Living Labs som användes"),
    ],
)
def test_pilot_page_heading_of_labs_is_a_heading_not_a_field_name(client, demo, language, heading):
    # The model field's verbose name is lower case in et, fi and lv; the heading is not.
    page = client.get(f"/{language}/pilots/medication-reminder-swedish-home-care/").content.decode()

    assert f'<h2 id="labs-title">{heading}</h2>' in page
