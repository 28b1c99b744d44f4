"""The colour system: every text-on-background pair the palette declares in static/css/site.css
(its ``contrast-pairs:`` comment) reaches WCAG AA, 4.5:1, computed from the custom properties."""

import re
from pathlib import Path

import pytest

SITE_CSS = Path(__file__).resolve().parents[1] / "static" / "css" / "site.css"


def _root_block(css: str) -> str:
    return re.search(r":root\s*\{(.*?)\n\}", css, flags=re.S).group(1)


def palette(css: str) -> dict[str, str]:
    """The ``--name: #rrggbb`` colours of the ``:root`` block."""
    return {
        name: value.lower()
        for name, value in re.findall(r"--([a-z0-9-]+):\s*(#[0-9a-fA-F]{3,6})\b", _root_block(css))
    }


def contrast_pairs(css: str) -> list[tuple[str, str]]:
    """The (text, background) pairs listed after ``contrast-pairs:`` in the ``:root`` block."""
    listed = re.search(r"contrast-pairs:(.*?)\*/", _root_block(css), flags=re.S).group(1)
    return [tuple(pair.split("/")) for pair in listed.split()]


def _channel(value: int) -> float:
    value /= 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    red, green, blue = (int(digits[index : index + 2], 16) for index in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_matches_wcag_reference_values():
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # just passes


def test_every_declared_text_colour_pair_has_contrast_of_at_least_4_5():
    css = SITE_CSS.read_text(encoding="utf-8")
    colours = palette(css)
    pairs = contrast_pairs(css)
    assert len(pairs) >= 10
    low = []
    for text, background in pairs:
        assert text in colours and background in colours, (text, background)
        ratio = contrast(colours[text], colours[background])
        if ratio < 4.5:
            low.append(f"--{text} on --{background}: {ratio:.2f}:1")
    assert low == []


def test_a_light_text_colour_would_fail_the_check():
    css = SITE_CSS.read_text(encoding="utf-8")
    lightened = re.sub(r"--ink-soft:\s*#[0-9a-fA-F]{3,6}", "--ink-soft: #9aa5b1", css, count=1)
    colours = palette(lightened)
    assert colours["ink-soft"] == "#9aa5b1"
    assert contrast(colours["ink-soft"], colours["paper"]) < 4.5
