"""Pilot cases and the transfer model's steps in the site search."""

from django.db.models import Prefetch
from django.utils.translation import pgettext_lazy

from pilots.models import PilotCase, ProcessStep
from portal import search_index
from portal.models import Country
from portal.search_index import Document, own_text, plain_text, url_in

PILOT_FIELDS = ("title", "summary", "company_description", "service", "outcome", "lessons")


def pilot_documents(pilot: PilotCase, language: str) -> list[Document]:
    if language != "en" and not any(own_text(pilot, field, language) for field in PILOT_FIELDS):
        return []
    return [
        Document(
            title=pilot.title,
            summary=pilot.summary,
            body=" ".join(
                [
                    pilot.company_name,
                    plain_text(pilot.company_description),
                    plain_text(pilot.service),
                    plain_text(pilot.outcome),
                    plain_text(pilot.lessons),
                ]
            ),
            url=url_in(pilot, language),
            countries=(
                pilot.origin_country.code,
                *(country.code for country in pilot.target_countries.all()),
            ),
            sectors=(pilot.sector.slug,),
            updated_at=pilot.updated_at,
        )
    ]


def step_documents(step: ProcessStep, language: str) -> list[Document]:
    if language != "en" and not own_text(step, "title", language):
        return []
    return [
        Document(
            title=str(step),
            summary=step.summary,
            body=plain_text(step.what_to_do),
            url=url_in(step, language),
        )
    ]


def register() -> None:
    search_index.register(
        "pilot",
        model=PilotCase,
        label=pgettext_lazy("navigation", "Pilot cases"),
        documents=pilot_documents,
        queryset=lambda: (
            PilotCase.objects.published()
            .with_taxonomy()
            .prefetch_related(Prefetch("target_countries", queryset=Country.objects.ordered()))
        ),
        watch=("target_countries",),
        order=20,
        in_feed=True,
    )
    search_index.register(
        "process_step",
        model=ProcessStep,
        label=pgettext_lazy("navigation", "Transfer model"),
        documents=step_documents,
        order=25,
    )
