"""The one matchmaking service, on a hand-made network: who ranks first and why."""

import datetime

import pytest

from portal import matchmaking
from portal.models import Contact, LivingLab
from tests.factories import (
    ContactFactory,
    LabMethodFactory,
    LivingLabFactory,
    PartnerOrganisationFactory,
    UserGroupFactory,
)
from tests.pilots.factories import PilotCaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(taxonomy):
    countries, sectors, barriers = taxonomy["countries"], taxonomy["sectors"], taxonomy["barriers"]
    LivingLab.objects.all().delete()  # start from none: the taxonomy brings the demo network
    Contact.objects.all().delete()
    swedish = PartnerOrganisationFactory(country=countries["se"])
    finnish = PartnerOrganisationFactory(country=countries["fi"])
    learning = [sectors["e-learning"]]
    people = {
        "procurement_and_language_se": ContactFactory(
            name="Ada Procurement-Language",
            organisation=swedish,
            sectors=learning,
            expertise=[barriers["public-procurement"], barriers["language"]],
        ),
        "procurement_fi": ContactFactory(
            name="Bo Procurement",
            organisation=finnish,
            sectors=learning,
            expertise=[barriers["public-procurement"]],
        ),
        "language_se": ContactFactory(
            name="Cia Language",
            organisation=swedish,
            sectors=learning,
            expertise=[barriers["language"]],
        ),
        "nothing_se": ContactFactory(name="Dan Nothing", organisation=swedish, sectors=learning),
        "health_se": ContactFactory(
            name="Eva Health",
            organisation=swedish,
            sectors=[sectors["e-health"]],
            expertise=[barriers["public-procurement"]],
        ),
        "hidden_se": ContactFactory(
            name="Aaa Hidden",
            organisation=swedish,
            sectors=learning,
            is_public=False,
            expertise=[barriers["public-procurement"], barriers["language"]],
        ),
        "estonia": ContactFactory(
            name="Aau Estonia",
            organisation=PartnerOrganisationFactory(country=countries["ee"]),
            sectors=learning,
            expertise=[barriers["public-procurement"]],
        ),
    }
    pupils, teachers = UserGroupFactory(slug="pupils"), UserGroupFactory(slug="teachers")
    testing = LabMethodFactory(slug="usability-testing")
    labs = {
        "pupils_testing_se": LivingLabFactory(
            name_en="Zeta pupils lab",
            country=countries["se"],
            sectors=learning,
            user_groups=[pupils, teachers],
            methods=[testing],
        ),
        "pupils_fi": LivingLabFactory(
            name_en="Alpha pupils lab",
            country=countries["fi"],
            sectors=learning,
            user_groups=[pupils],
        ),
        "teachers_se": LivingLabFactory(
            name_en="Beta teachers lab",
            country=countries["se"],
            sectors=learning,
            user_groups=[teachers],
        ),
        "unpublished": LivingLabFactory(
            name_en="Aaa draft lab",
            country=countries["se"],
            sectors=learning,
            user_groups=[pupils],
            is_published=False,
        ),
    }
    return people, labs


def _names(items):
    return [item.name for item in items]


def test_suggest_ranks_contacts_by_weakest_barriers_then_first_choice(network):
    suggestions = matchmaking.suggest(
        country_codes=["se", "fi"],
        sector_slug="e-learning",
        barrier_slugs=["public-procurement", "language"],
        limit=10,
    )
    assert _names(suggestions.contacts) == [
        "Ada Procurement-Language",  # both barriers
        "Bo Procurement",  # the weakest barrier (weight 2) beats the second (weight 1)
        "Cia Language",
        "Dan Nothing",  # of the sector and a target, but no matching expertise
    ]


def test_suggest_first_choice_country_breaks_ties(network):
    suggestions = matchmaking.suggest(
        country_codes=["fi", "se"], sector_slug="e-learning", barrier_slugs=["language"], limit=10
    )
    # Ada and Cia both know language; both are Swedish, so name decides; then Bo (Finland, no
    # language) before Dan (Sweden, no language) because Finland is the first choice now.
    assert _names(suggestions.contacts) == [
        "Ada Procurement-Language",
        "Cia Language",
        "Bo Procurement",
        "Dan Nothing",
    ]


def test_suggest_ranks_labs_by_user_groups_and_methods(network):
    suggestions = matchmaking.suggest(
        country_codes=["se", "fi"],
        sector_slug="e-learning",
        user_group_slugs=["pupils"],
        method_slugs=["usability-testing"],
        limit=10,
    )
    assert _names(suggestions.living_labs) == [
        "Zeta pupils lab",
        "Alpha pupils lab",
        "Beta teachers lab",
    ]


def test_suggest_without_targets_is_empty(network):
    suggestions = matchmaking.suggest(country_codes=[], sector_slug="e-learning")
    assert not suggestions


def test_suggest_pilots_same_origin_and_sector_first(network, taxonomy):
    countries, sectors = taxonomy["countries"], taxonomy["sectors"]
    common = {"sector": sectors["e-learning"], "is_published": True}
    PilotCaseFactory(
        slug="from-estonia",
        origin_country=countries["ee"],
        targets=["se"],
        started_on=datetime.date(2012, 1, 1),
        **common,
    )
    PilotCaseFactory(
        slug="from-latvia",
        origin_country=countries["lv"],
        targets=["se"],
        started_on=datetime.date(2010, 1, 1),
        **common,
    )
    PilotCaseFactory(
        slug="health",
        origin_country=countries["lv"],
        targets=["se"],
        sector=sectors["e-health"],
        is_published=True,
    )
    PilotCaseFactory(slug="elsewhere", origin_country=countries["lv"], targets=["ee"], **common)
    suggestions = matchmaking.suggest(
        country_codes=["se"], sector_slug="e-learning", origin_code="lv", limit=10
    )
    assert [pilot.slug for pilot in suggestions.pilots] == ["from-latvia", "from-estonia"]


def test_suggest_runs_a_fixed_number_of_queries(network, django_assert_num_queries):
    with django_assert_num_queries(4):
        matchmaking.suggest(
            country_codes=["se", "fi"],
            sector_slug="e-learning",
            barrier_slugs=["language"],
            limit=10,
        )
