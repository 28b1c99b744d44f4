"""Market profiles in the site search: one document per section, so a hit lands on its heading."""

from django.utils.translation import gettext_lazy as _

from markets.models import SECTIONS, MarketProfile
from portal import search_index
from portal.search_index import Document, own_text, plain_text, url_in


def profile_documents(profile: MarketProfile, language: str) -> list[Document]:
    title = str(profile)
    common = {
        "countries": (profile.country.code,),
        "sectors": (profile.sector.slug,),
        "updated_at": profile.updated_at,
    }
    documents = []
    summary = own_text(profile, "summary", language)
    if summary:
        documents.append(
            Document(title=title, summary=summary, url=url_in(profile, language), **common)
        )
    for field, heading in SECTIONS:
        text = own_text(profile, field, language)
        if not text:
            continue
        anchor = f"section-{field.replace('_', '-')}"
        documents.append(
            Document(
                title=f"{title} – {heading}",  # noqa: RUF001 - a real dash
                summary=str(heading),
                body=plain_text(text),
                url=url_in(profile, language, f"#{anchor}"),
                part=anchor,
                **common,
            )
        )
    return documents


def register() -> None:
    search_index.register(
        "market_profile",
        model=MarketProfile,
        label=_("Market profiles"),
        documents=profile_documents,
        queryset=lambda: MarketProfile.objects.published().with_taxonomy(),
        order=10,
        in_feed=True,
    )
