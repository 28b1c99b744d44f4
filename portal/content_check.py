"""Does every translation of a long text say what its English says? ``manage.py content_check``.

A long text (English of ``LONG_TEXT`` characters or more) is reported per language when its
translation is shorter than ``MIN_RATIO`` or longer than ``MAX_RATIO`` times the English, or
when a number of the English is missing from it. Numbers are compared by their digits, so
"560,000" matches "560 000" and "6.9" matches "6,9".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from portal import content

LONG_TEXT = 200
MIN_RATIO = 0.7
MAX_RATIO = 1.6
SOURCE_LANGUAGE = "en"

# Digits with decimal or thousands separators; a space only separates a group of three.
_NUMBER = re.compile(r"\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*")


@dataclass(frozen=True)
class Finding:
    path: str
    field: str
    language: str
    english_length: int
    length: int
    missing_numbers: tuple[str, ...] = ()

    @property
    def ratio(self) -> float:
        return self.length / self.english_length

    @property
    def problems(self) -> list[str]:
        problems = []
        if self.ratio < MIN_RATIO:
            problems.append(f"too short ({self.ratio:.2f}x the English)")
        elif self.ratio > MAX_RATIO:
            problems.append(f"too long ({self.ratio:.2f}x the English)")
        if self.missing_numbers:
            problems.append(f"lacks {', '.join(self.missing_numbers)}")
        return problems

    def __str__(self) -> str:
        return f"{self.path}: {self.field} [{self.language}]: {'; '.join(self.problems)}"


def numbers_in(text: str) -> dict[str, str]:
    """The numbers of a text by their digits: ``{"560000": "560,000", "69": "6.9"}``."""
    return {re.sub(r"\D", "", match): match for match in _NUMBER.findall(text)}


def translated_texts(data, where: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """Every translated value in a validated content file, with its place (``key_facts[2].text``)."""
    if isinstance(data, dict):
        if set(data) == set(content.LANGUAGE_CODES):
            yield where, data
            return
        for name, value in data.items():
            yield from translated_texts(value, f"{where}.{name}" if where else name)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from translated_texts(value, f"{where}[{index}]")


def check_text(path: str, field: str, values: dict[str, str]) -> list[Finding]:
    """The findings for one translated value (none when its English is short)."""
    english = values[SOURCE_LANGUAGE].strip()
    if len(english) < LONG_TEXT:
        return []
    expected = numbers_in(english)
    findings = []
    for language in content.LANGUAGE_CODES:
        if language == SOURCE_LANGUAGE:
            continue
        text = values[language].strip()
        found = numbers_in(text)
        missing = tuple(shown for digits, shown in expected.items() if digits not in found)
        ratio = len(text) / len(english)
        if missing or not MIN_RATIO <= ratio <= MAX_RATIO:
            findings.append(Finding(path, field, language, len(english), len(text), missing))
    return findings


def check_translations(kinds: Iterable[content.ContentKind] | None = None) -> list[Finding]:
    """Every long translated text of the content files whose translation falls short."""
    findings: list[Finding] = []
    for kind in content.kinds() if kinds is None else kinds:
        for path, data in content.documents(kind):
            for field, values in translated_texts(data):
                findings.extend(check_text(content.display_path(Path(path)), field, values))
    return findings


def long_text_count(kinds: Iterable[content.ContentKind] | None = None) -> int:
    """How many translated values have an English of ``LONG_TEXT`` characters or more."""
    return sum(
        1
        for kind in (content.kinds() if kinds is None else kinds)
        for _path, data in content.documents(kind)
        for _field, values in translated_texts(data)
        if len(values[SOURCE_LANGUAGE].strip()) >= LONG_TEXT
    )
