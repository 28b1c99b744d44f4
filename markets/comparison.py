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


def parse_market_keys(values: list[str], known: dict[str, str]) -> tuple[list[str], list[str]]:
    """Turn the ``m`` query values into profile keys, or explain what is wrong with them.

    ``known`` maps the key of every published profile (``fi-e-health``) to its name.
    Returns ``(keys, errors)``; the comparison is shown only when ``errors`` is empty.
    """
    keys = [value.strip() for value in values if value.strip()]
    if len(keys) > MAX_MARKETS:
        # One clear message, not one per key of an arbitrarily long query string.
        count_error = _("Choose at most four markets to compare; you chose %(count)s.")
        return [], [count_error % {"count": len(keys)}]
    errors: list[str] = []
    seen: set[str] = set()
    profiles: list[str] = []
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
            profiles.append(key)
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
# Narrow on purpose: a 300-unit-wide chart drawn at a phone's 260 px keeps 15-unit text
# at 13 px. Each market: its name above its bar, the value (with unit) after the bar;
# a value axis with 0, half and the largest value underneath.

CHART_WIDTH = 300
BAR_X = 4
BAR_HEIGHT = 18
LABEL_HEIGHT = 18
ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 12
PADDING = 6
AXIS_HEIGHT = 30


@dataclass
class Bar:
    label: str
    value_text: str
    y: int
    width: float
    label_y: int
    text_y: int
    value_x: float
    index: int


@dataclass
class Tick:
    x: float
    text: str
    anchor: str


@dataclass
class BarChart:
    key: str
    title: str
    description: str
    width: int
    height: int
    bar_x: int
    axis_y: int
    axis_end: int
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)


def bar_chart(row: FactRow, profiles: list[MarketProfile]) -> BarChart:
    """A horizontal bar chart of one fact that every compared market has as a number."""
    facts = [fact for fact in row.facts if fact is not None]
    largest = max((fact.value for fact in facts), default=Decimal(0)) or Decimal(1)
    # Room after the longest bar for the longest value label (bold: about 9.5 units a character).
    longest_text = max((len(format_fact(fact)) for fact in facts), default=4)
    span = CHART_WIDTH - BAR_X - max(60, min(160, round(longest_text * 9.5) + 12))
    bars = []
    parts = []
    for index, (profile, fact) in enumerate(zip(profiles, row.facts, strict=True)):
        value_text = format_fact(fact)
        width = max(round(float(max(fact.value, Decimal(0)) / largest) * span, 1), 1.0)
        top = PADDING + index * ROW_HEIGHT
        y = top + LABEL_HEIGHT
        bars.append(
            Bar(
                label=str(profile.country),
                value_text=value_text,
                y=y,
                width=width,
                label_y=top + LABEL_HEIGHT - 5,
                text_y=y + BAR_HEIGHT // 2 + 5,
                value_x=BAR_X + width + 5,
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
    unit = facts[0].unit if facts and all(fact.unit == facts[0].unit for fact in facts) else ""
    exponent = min(largest.normalize().as_tuple().exponent, 0)
    half = (largest / 2).quantize(Decimal(1).scaleb(exponent - 1)).normalize()
    ticks = [
        Tick(BAR_X, "0", "start"),
        Tick(BAR_X + span / 2, format_number(half), "middle"),
        Tick(BAR_X + span, format_number(largest), "end"),
    ]
    axis_y = PADDING + ROW_HEIGHT * len(bars)
    return BarChart(
        key=row.key,
        title=f"{row.label} ({unit})" if unit else row.label,
        description=description,
        width=CHART_WIDTH,
        height=axis_y + AXIS_HEIGHT,
        bar_x=BAR_X,
        axis_y=axis_y,
        axis_end=BAR_X + span,
        bars=bars,
        ticks=ticks,
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

    @property
    def anchor(self) -> str:
        """The profile page's id of this section ("" for the summary at the top)."""
        return "" if self.field == "summary" else f"section-{self.field.replace('_', '-')}"


def section_rows(profiles: list[MarketProfile]) -> list[SectionRow]:
    """The profile summary, then each section's first paragraph, market by market."""
    rows = [
        SectionRow("summary", _("Summary"), [(profile, profile.summary) for profile in profiles])
    ]
    for name, title in SECTIONS:
        cells = [(profile, first_block(getattr(profile, name))) for profile in profiles]
        if any(text for _profile, text in cells):
            rows.append(SectionRow(name, str(title), cells))
    return rows
