import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from pilots.models import PilotCase, PilotStatus
from tests.pilots.factories import PilotCaseFactory, PilotStepFactory, ProcessStepFactory

pytestmark = pytest.mark.django_db


def test_pilot_cannot_end_before_it_starts(taxonomy):
    with pytest.raises(IntegrityError), transaction.atomic():
        PilotCaseFactory(started_on=datetime.date(2012, 1, 1), ended_on=datetime.date(2011, 1, 1))


def test_completed_pilot_needs_a_result_and_ongoing_has_none(taxonomy):
    with pytest.raises(IntegrityError), transaction.atomic():
        PilotCaseFactory(status=PilotStatus.COMPLETED, result="")
    with pytest.raises(IntegrityError), transaction.atomic():
        PilotCaseFactory(status=PilotStatus.ONGOING, result="success")
    assert PilotCaseFactory(status=PilotStatus.ONGOING, result="", ended_on=None).is_ongoing


@pytest.mark.parametrize("usefulness", [0, 6])
def test_usefulness_is_between_one_and_five(taxonomy, usefulness):
    with pytest.raises(IntegrityError), transaction.atomic():
        PilotStepFactory(usefulness=usefulness)


def test_a_pilot_takes_each_step_once(taxonomy):
    first = PilotStepFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        PilotStepFactory._meta.model.objects.create(pilot=first.pilot, step=first.step)


def test_step_number_is_unique_and_positive(taxonomy):
    ProcessStepFactory(number=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProcessStepFactory._meta.model.objects.create(number=1, title_en="Again")
    with pytest.raises(IntegrityError), transaction.atomic():
        ProcessStepFactory._meta.model.objects.create(number=0, title_en="Zero")


def test_clean_explains_inconsistent_status_and_dates(taxonomy):
    pilot = PilotCase(
        title_en="x",
        slug="x",
        company_name="x",
        started_on=datetime.date(2012, 1, 1),
        ended_on=datetime.date(2011, 1, 1),
        status=PilotStatus.ONGOING,
        result="success",
    )
    with pytest.raises(ValidationError) as error:
        pilot.clean()
    assert set(error.value.message_dict) == {"ended_on", "result"}


def test_figures_list_only_known_values(taxonomy):
    pilot = PilotCaseFactory(test_users=12, partners_found=None, contracts_signed=0)
    assert [(str(label), value) for label, value in pilot.figures] == [
        ("users in tests", 12),
        ("contracts signed", 0),
    ]


def test_urls(taxonomy):
    pilot = PilotCaseFactory(slug="some-pilot")
    step = ProcessStepFactory(number=3)
    assert pilot.get_absolute_url() == "/en/pilots/some-pilot/"
    assert step.get_absolute_url() == "/en/transfer-model/#step-3"
    assert str(step) == "3. Step title 3"
