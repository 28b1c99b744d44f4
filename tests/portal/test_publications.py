"""The network's four reports are real multi-page PDFs with a summary, contents and what
the portal knows, and every Latvian and Estonian letter prints."""

import io

import pytest
from pypdf import PdfReader

from pilots.models import PilotCase
from portal.models import Barrier, LivingLab, Publication
from tests.content import load_demo

pytestmark = pytest.mark.django_db

LATVIAN = "āēģķļņšž"
ESTONIAN = "õäöüšž"


def _text(publication: Publication) -> tuple[int, str]:
    with publication.file.open("rb") as stream:
        reader = PdfReader(io.BytesIO(stream.read()))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _squash(text: str) -> str:
    """The text without white space: pypdf splits a kerned pair ("T allinn") with a space."""
    return "".join(text.split())


@pytest.fixture
def reports(db):
    load_demo()  # every app: the reports draw on the labs, barriers and pilots
    return {publication.slug: publication for publication in Publication.objects.all()}


def test_each_report_is_a_multipage_pdf_with_summary_contents_and_unicode(reports):
    assert set(reports) == {
        "sme-needs-analysis",
        "ict-living-labs-analysis",
        "future-living-lab-collaboration",
        "project-handbook",
    }
    for publication in reports.values():
        pages, text = _text(publication)
        assert pages >= 3, publication.slug
        assert "Summary" in text and "Contents" in text
        assert _squash(publication.title_lv) in _squash(text)
        for letter in LATVIAN + ESTONIAN:
            assert letter in text, (publication.slug, letter)
        assert publication.file_type == "pdf" and publication.file_size > 0


def test_the_living_lab_analysis_lists_the_labs(reports):
    _pages, text = _text(reports["ict-living-labs-analysis"])
    flat = text.replace("\n", " ")
    for lab in LivingLab.objects.published():
        assert _squash(lab.name_en.split()[0]) in _squash(flat)
    assert f"{LivingLab.objects.published().count()} Living Labs" in flat


def test_the_needs_analysis_draws_on_barriers_and_pilots(reports):
    _pages, text = _text(reports["sme-needs-analysis"])
    flat = text.replace("\n", " ")
    for barrier in Barrier.objects.all():
        assert _squash(barrier.name_lv) in _squash(flat)
    assert f"{PilotCase.objects.published().count()} pilot cases" in flat
