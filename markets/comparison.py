"""The comparison of 2 to 4 markets: parsing the ``m`` keys, aligning facts, drawing bar charts.

Everything here is pure Python over already-loaded profiles: no queries.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from markets.models import SECTIONS, KeyFact, MarketProfile

MIN_MARKETS = 2
MAX_MARKETS = 4
KEY_PATTERN = re.compile(r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
_PRINTABLE = re.compile(r"[^\w\- ]")


def _shown(key: str) -> str:
    """A bad key as it may be quoted back to the visitor: printable, short."""
    cleaned = _PRINTABLE.sub("?", key)
    return cleaned[:30] + ("…" if len(cleaned) > 30 else "")


def parse_market_keys(
    values: list[str], known: dict[str, MarketProfile]
) -> tuple[list[MarketProfile], list[str]]:
    """Turn the ``m`` query values into profiles, or explain what is wrong with them.

    ``known`` maps the key of every published profile (``fi-e-health``) to it.
    Returns ``(profiles, errors)``; the comparison is shown only when ``errors`` is empty.
    """
    keys = [value.strip() for value in values if value.strip()]
    if len(keys) > MAX_MARKETS:
        # One clear message, not one per key of an arbitrarily long query string.
        count_error = _("Choose at most four markets to compare; you chose %(count)s.")
        return [], [count_error % {"count": len(keys)}]
    errors: list[str] = []
    seen: set[str] = set()
    profiles: list[MarketProfile] = []
    for key in keys:
        if len(key) > 60 or not KEY_PATTERN.match(key):
            errors.append(
                _("“%(key)s” is not a market key. Keys look like fi-e-health.")
                % {"key": _shown(key)}
            )
        elif key in seen:
            errors.append(
                _("%(market)s was chosen more than once; choose each market only once.")
                % {"market": known.get(key, key)}
            )
        elif key not in known:
            errors.append(_("There is no published market profile “%(key)s”.") % {"key": key})
        else:
            profiles.append(known[key])
        seen.add(key)
    if len(keys) < MIN_MARKETS:
        errors.append(_("Choose at least two markets to compare."))
    return profiles, errors


def format_number(value: Decimal) -> str:
    """``5.60`` → ``5.6``, ``1400.00`` → ``1,400`` (in the active language's format)."""
    whole = value == value.to_integral_value()
    value = value.quantize(Decimal(1)) if whole else value.normalize()
    return number_format(value, use_l10n=True, force_grouping=True)


def format_fact(fact: KeyFact) -> str:
    if fact.value is None:
        return fact.text
    number = format_number(fact.value)
    if not fact.unit:
        return number
    separator = "" if fact.unit == "%" else "\u00a0"
    return f"{number}{separator}{fact.unit}"


@dataclass
class FactRow:
    key: str
    label: str
    facts: list[KeyFact | None]  # one per market, in market order

    @property
    def all_numeric(self) -> bool:
        return all(fact is not None and fact.value is not None for fact in self.facts)


def align_facts(profiles: list[MarketProfile]) -> list[FactRow]:
    """One row per fact key that any market has, in the order the first market lists them."""
    rows: dict[str, FactRow] = {}
    for index, profile in enumerate(profiles):
        for fact in profile.key_facts.all():
            row = rows.get(fact.key)
            if row is None:
                row = rows[fact.key] = FactRow(fact.key, fact.label, [None] * len(profiles))
            row.facts[index] = fact
    return list(rows.values())


# --- Server-drawn SVG bar charts ---------------------------------------------------

CHART_WIDTH = 640
LABEL_WIDTH = 200
VALUE_WIDTH = 130
BAR_HEIGHT = 24
ROW_HEIGHT = 36
PADDING = 8


@dataclass
class Bar:
    label: str
    value_text: str
    y: int
    width: float
    text_y: int
    value_x: float
    index: int


@dataclass
class BarChart:
    key: str
    title: str
    description: str
    width: int
    height: int
    label_x: int
    bar_x: int
    bars: list[Bar] = field(default_factory=list)


def bar_chart(row: FactRow, profiles: list[MarketProfile]) -> BarChart:
    """A horizontal bar chart of one fact that every compared market has as a number."""
    facts = [fact for fact in row.facts if fact is not None]
    largest = max((fact.value for fact in facts), default=Decimal(0)) or Decimal(1)
    span = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH - 2 * PADDING
    bars = []
    parts = []
    for index, (profile, fact) in enumerate(zip(profiles, row.facts, strict=True)):
        value_text = format_fact(fact)
        width = round(float(max(fact.value, Decimal(0)) / largest) * span, 1)
        y = PADDING + index * ROW_HEIGHT
        bars.append(
            Bar(
                label=str(profile.country),
                value_text=value_text,
                y=y,
                width=max(width, 1.0),
                text_y=y + BAR_HEIGHT // 2 + 5,
                value_x=LABEL_WIDTH + PADDING + max(width, 1.0) + 6,
                index=index,
            )
        )
        parts.append(
            _("%(market)s: %(value)s (%(year)s)")
            % {"market": profile.country, "value": value_text, "year": fact.year}
        )
    description = _("Bar chart comparing %(fact)s. %(values)s.") % {
        "fact": row.label,
        "values": "; ".join(parts),
    }
    return BarChart(
        key=row.key,
        title=row.label,
        description=description,
        width=CHART_WIDTH,
        height=PADDING * 2 + ROW_HEIGHT * len(bars) - (ROW_HEIGHT - BAR_HEIGHT),
        label_x=LABEL_WIDTH,
        bar_x=LABEL_WIDTH + PADDING,
        bars=bars,
    )


def first_block(text: str) -> str:
    """The first paragraph of a Markdown text (headings skipped), for side-by-side summaries."""
    for block in re.split(r"\n\s*\n", text or ""):
        block = block.strip()
        if block and not block.startswith("#"):
            return block
    return ""


@dataclass
class SectionRow:
    field: str
    title: str
    cells: list[tuple[MarketProfile, str]]


def section_rows(profiles: list[MarketProfile]) -> list[SectionRow]:
    rows = []
    for name, title in SECTIONS:
        cells = [(profile, first_block(getattr(profile, name))) for profile in profiles]
        if any(text for _profile, text in cells):
            rows.append(SectionRow(name, str(title), cells))
    return rows
