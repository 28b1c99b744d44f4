"""The network's reports as real PDFs, rendered from HTML with ``portal.pdf.html_to_pdf``.

Each report has a title page (its title in the five languages), a summary, a table of
contents and sections built from what the portal knows: the Living Labs, the barriers and
the contacts' expertise here; other apps add sections with ``register_section`` (pilots adds
its pilot cases and the steps of the transfer model), so portal imports no other app.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import translation

from portal.content import LANGUAGE_CODES
from portal.models import Barrier, Country, LivingLab, PartnerOrganisation, Publication, Sector
from portal.pdf import html_to_pdf

STYLESHEETS = ("css/publication-pdf.css",)


@dataclass
class Section:
    """One chapter: a heading, paragraphs and an optional table (header row + rows)."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    table_head: list[str] = field(default_factory=list)
    table_rows: list[list[str]] = field(default_factory=list)
    items: list[tuple[str, str]] = field(default_factory=list)  # (term, text)

    @property
    def anchor(self) -> str:
        return "s-" + "".join(c if c.isalnum() else "-" for c in self.title.lower())[:40]


# slug → providers returning sections for that report
_sections: dict[str, list[Callable[[], list[Section]]]] = {}


def register_section(slug: str, provider: Callable[[], list[Section]]) -> None:
    """Add sections to the report ``slug`` (apps call this in ``AppConfig.ready()``)."""
    _sections.setdefault(slug, []).append(provider)


def living_lab_sections() -> list[Section]:
    labs = list(
        LivingLab.objects.published()
        .select_related("country")
        .prefetch_related("methods", "user_groups", "sectors")
        .order_by("country__position", "name_en")
    )
    if not labs:
        return [Section("Living Labs of the network", ["No Living Lab is published yet."])]
    by_country = Counter(lab.country.name_en for lab in labs)
    methods = Counter(method.name_en for lab in labs for method in lab.methods.all())
    groups = Counter(group.name_en for lab in labs for group in lab.user_groups.all())
    sizes = [lab.community_size for lab in labs if lab.community_size]
    leads = [lab.lead_time_weeks for lab in labs if lab.lead_time_weeks]
    overview = [
        f"The network lists {len(labs)} Living Labs in {len(by_country)} countries: "
        + ", ".join(f"{country} {count}" for country, count in by_country.items())
        + ".",
    ]
    if sizes:
        overview.append(
            f"Together they reach about {sum(sizes):,} test users; the median lab has "
            f"{sorted(sizes)[len(sizes) // 2]:,}."
        )
    if leads:
        overview.append(
            f"A company can usually start a test within {min(leads)} to {max(leads)} weeks."
        )
    return [
        Section("Living Labs of the network", overview),
        Section(
            "Methods and user groups",
            ["How many labs offer each method and reach each user group."],
            table_head=["Method or user group", "Labs"],
            table_rows=[[name, str(count)] for name, count in methods.most_common()]
            + [[name, str(count)] for name, count in groups.most_common()],
        ),
        Section(
            "The labs one by one",
            table_head=["Living Lab", "Country and city", "Methods", "Users", "Lead time"],
            table_rows=[
                [
                    lab.name_en,
                    f"{lab.country.name_en}, {lab.city_en}" if lab.city_en else lab.country.name_en,
                    ", ".join(m.name_en for m in lab.methods.all()),
                    f"{lab.community_size:,}" if lab.community_size else "-",
                    f"{lab.lead_time_weeks} weeks" if lab.lead_time_weeks else "-",
                ]
                for lab in labs
            ],
        ),
    ]


def barrier_sections() -> list[Section]:
    barriers = list(
        Barrier.objects.annotate(
            experts=Count("contacts", filter=Q(contacts__is_public=True), distinct=True)
        ).order_by("position")
    )
    return [
        Section(
            "The barriers SMEs name",
            [
                "The eight barriers the network uses to describe what holds companies back, "
                "and how many public contacts of the network can help with each."
            ],
            table_head=["Barrier", "What it means", "Contacts"],
            table_rows=[
                [barrier.name_en, barrier.description_en, str(barrier.experts)]
                for barrier in barriers
            ],
        )
    ]


def _in_every_language(obj, field: str = "name") -> str:
    return " · ".join(getattr(obj, f"{field}_{code}") for code in LANGUAGE_CODES)


def glossary_sections() -> list[Section]:
    """Names in the five languages, as a company meets them in the four markets."""
    return [
        Section(
            "Glossary in the five languages",
            [
                "The countries, sectors and barriers of this report in English, Estonian, "
                "Finnish, Latvian and Swedish."
            ],
            items=[
                (obj.name_en, _in_every_language(obj))
                for model in (Country, Sector, Barrier)
                for obj in model.objects.order_by("position")
            ],
        ),
        Section(
            "The partner network",
            items=[
                (organisation.name_en, _in_every_language(organisation))
                for organisation in PartnerOrganisation.objects.order_by("slug")
            ],
        ),
    ]


register_section("ict-living-labs-analysis", living_lab_sections)
register_section("future-living-lab-collaboration", living_lab_sections)
register_section("sme-needs-analysis", barrier_sections)


def publication_sections(publication: Publication) -> list[Section]:
    sections: list[Section] = []
    for provider in _sections.get(publication.slug, []):
        sections.extend(provider())
    return [*sections, *glossary_sections()]


def publication_render_pdf(*, publication: Publication, summary: list[str]) -> bytes:
    """The report as a multi-page PDF: title page, summary, contents, sections."""
    with translation.override("en"):
        html = render_to_string(
            "portal/publication_pdf.html",
            {
                "publication": publication,
                "titles": [
                    (code, getattr(publication, f"title_{code}")) for code in LANGUAGE_CODES
                ],
                "summary": summary,
                "sections": publication_sections(publication),
            },
        )
    return html_to_pdf(html, stylesheets=STYLESHEETS)
