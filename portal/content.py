"""Content files: seed and demo content as YAML data, one file per object, five languages side by side.

Each app declares its *content kinds* in ``<app>/content_kinds.py`` with :func:`register`:
the folder its files live in, whether they are reference data (what a production install
needs) or demo data (fictional), the fields a file may hold and the function that creates
or updates one object from a validated file. Files live in
``<app>/content/<reference|demo>/<folder>/*.yaml``.

The loader validates every file before it writes anything (unknown fields, missing
languages, wrong types → :class:`ContentError` naming the file and the field), then saves
them in order — apps in ``INSTALLED_APPS`` order, kinds in registration order, files by
name — inside one transaction. Save functions update an existing object (found by its
slug, code or e-mail) instead of adding a copy, so loading twice changes nothing.

``portal`` imports no other app: the apps register themselves here.
"""

from __future__ import annotations

import copy
import datetime
import decimal
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils.module_loading import autodiscover_modules

from portal import search_index

LANGUAGE_CODES = tuple(settings.MODELTRANSLATION_LANGUAGES)
REFERENCE = "reference"
DEMO = "demo"
DATASETS = (REFERENCE, DEMO)


class ContentError(Exception):
    """A content file that cannot be loaded; the message names the file and the field."""


# --- Field types ---------------------------------------------------------------------------


class Field:
    """One field of a content file; ``clean`` returns the Python value or raises ContentError."""

    def clean(self, value: Any, where: str) -> Any:
        raise NotImplementedError

    def fail(self, where: str, message: str):
        raise ContentError(f"{where}: {message}" if where else message)


class Text(Field):
    """A string that is the same in every language (a name, a URL, an e-mail address)."""

    def __init__(self, *, blank: bool = False, choices: tuple[str, ...] = ()):
        self.blank = blank
        self.choices = tuple(str(choice) for choice in choices)

    def clean(self, value, where):
        if not isinstance(value, str):
            self.fail(where, f"expected text, got {type(value).__name__}")
        if not self.blank and not value.strip():
            self.fail(where, "must not be empty")
        if self.choices and value not in self.choices:
            self.fail(where, f"{value!r} is not one of {', '.join(self.choices)}")
        return value


class Integer(Field):
    def __init__(self, *, minimum: int | None = None, maximum: int | None = None):
        self.minimum = minimum
        self.maximum = maximum

    def clean(self, value, where):
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, f"expected a whole number, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            self.fail(where, f"must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            self.fail(where, f"must be at most {self.maximum}")
        return value


class Boolean(Field):
    def clean(self, value, where):
        if not isinstance(value, bool):
            self.fail(where, f"expected true or false, got {type(value).__name__}")
        return value


class Date(Field):
    def clean(self, value, where):
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            self.fail(where, f"expected a date (YYYY-MM-DD), got {value!r}")
        return value


class Number(Field):
    """A decimal figure, written as text to keep its digits (``"5.60"``)."""

    def __init__(self, *, minimum: int | None = None, maximum: int | None = None):
        self.minimum = minimum
        self.maximum = maximum

    def clean(self, value, where):
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.fail(where, f"expected a number, got {type(value).__name__}")
        try:
            number = decimal.Decimal(str(value))
        except decimal.InvalidOperation:
            self.fail(where, f"{value!r} is not a number")
        if not number.is_finite():
            self.fail(where, f"{value!r} is not a number")
        if self.minimum is not None and number < self.minimum:
            self.fail(where, f"must be at least {self.minimum}")
        if self.maximum is not None and number > self.maximum:
            self.fail(where, f"must be at most {self.maximum}")
        return number


class Translated(Field):
    """A text in every language of the portal: ``{en: …, et: …, fi: …, lv: …, sv: …}``."""

    def clean(self, value, where):
        if not isinstance(value, dict):
            self.fail(where, f"expected the languages {', '.join(LANGUAGE_CODES)}")
        unknown = sorted(str(code) for code in value if code not in LANGUAGE_CODES)
        if unknown:
            self.fail(where, f"unknown language {', '.join(unknown)}")
        missing = [code for code in LANGUAGE_CODES if code not in value]
        if missing:
            self.fail(where, f"missing language {', '.join(missing)}")
        for code in LANGUAGE_CODES:
            text = value[code]
            if not isinstance(text, str) or not text.strip():
                self.fail(f"{where}.{code}", "expected a non-empty text")
        return {code: value[code] for code in LANGUAGE_CODES}


class ListOf(Field):
    def __init__(self, item: Field):
        self.item = item

    def clean(self, value, where):
        if not isinstance(value, list):
            self.fail(where, f"expected a list, got {type(value).__name__}")
        return [self.item.clean(item, f"{where}[{index}]") for index, item in enumerate(value)]


class Optional(Field):
    """A field that may be left out or be empty (``null``); its value is then ``None``."""

    def __init__(self, field: Field):
        self.field = field

    def clean(self, value, where):
        return None if value is None else self.field.clean(value, where)


class Record(Field):
    """A mapping with known fields: unknown ones are an error, missing ones too unless Optional."""

    def __init__(self, fields: dict[str, Field]):
        self.fields = fields

    def clean(self, value, where):
        if not isinstance(value, dict):
            self.fail(where, f"expected fields, got {type(value).__name__}")
        prefix = f"{where}." if where else ""
        unknown = sorted(str(name) for name in value if name not in self.fields)
        if unknown:
            self.fail(f"{prefix}{unknown[0]}", "unknown field")
        cleaned = {}
        for name, field in self.fields.items():
            if name not in value and not isinstance(field, Optional):
                self.fail(f"{prefix}{name}", "missing field")
            cleaned[name] = field.clean(value.get(name), f"{prefix}{name}")
        return cleaned


# --- Kinds and their registry ----------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class ContentKind:
    """One kind of content file: where the files are, what they hold, how one is saved."""

    app_label: str
    folder: str
    dataset: str
    fields: dict[str, Field]
    save: Callable[[dict], str | None]

    @property
    def name(self) -> str:
        return f"{self.app_label}.{self.folder}"

    @property
    def directory(self) -> Path:
        return (
            Path(apps.get_app_config(self.app_label).path) / "content" / self.dataset / self.folder
        )

    def files(self) -> list[Path]:
        return sorted(self.directory.glob("*.yaml"))


_registry: dict[str, ContentKind] = {}


def register(
    *,
    app_label: str,
    folder: str,
    dataset: str,
    fields: dict[str, Field],
    save: Callable[[dict], str | None],
) -> ContentKind:
    """Declare a kind of content file; call it at import time of ``<app>/content_kinds.py``.

    ``save(data)`` gets the validated fields of one file and creates or updates its object
    (idempotently, through the app's services); it may return a line to print.
    """
    if dataset not in DATASETS:
        raise ValueError(f"dataset must be one of {DATASETS}, not {dataset!r}")
    kind = ContentKind(app_label, folder, dataset, fields, save)
    _registry[kind.name] = kind
    return kind


_finishers: list[tuple[str, str, Callable[[], str | None]]] = []


def register_finisher(*, app_label: str, dataset: str, finish: Callable[[], str | None]) -> None:
    """Run ``finish()`` once after every file of ``dataset`` is saved, when the load includes
    ``app_label`` (the portal renders the publications' PDFs from everything loaded)."""
    _finishers.append((app_label, dataset, finish))


def kinds(dataset: str | None = None) -> list[ContentKind]:
    """The registered kinds of one dataset (or all), in loading order."""
    autodiscover_modules("content_kinds")
    order = {config.label: index for index, config in enumerate(apps.get_app_configs())}
    found = [kind for kind in _registry.values() if dataset in (None, kind.dataset)]
    registration = list(_registry)
    return sorted(
        found,
        key=lambda kind: (
            DATASETS.index(kind.dataset),
            order[kind.app_label],
            registration.index(kind.name),
        ),
    )


def get_kind(name: str) -> ContentKind:
    """``get_kind("markets.profiles")``."""
    autodiscover_modules("content_kinds")
    return _registry[name]


# --- Reading and loading ---------------------------------------------------------------------


def display_path(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(path)


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_file(path: Path, kind: ContentKind) -> dict:
    """Parse and validate one content file; ContentError names the file and the field.

    A file is parsed once per process while it is unchanged (tests load the same files often).
    """
    path = Path(path)
    stat = path.stat()
    return copy.deepcopy(_read_file(path, stat.st_mtime_ns, stat.st_size, kind))


@functools.lru_cache(maxsize=1024)
def _read_file(path: Path, _mtime_ns: int, _size: int, kind: ContentKind) -> dict:
    name = display_path(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - a safe loader
    except UnicodeDecodeError as error:
        raise ContentError(f"{name}: not UTF-8 text ({error.reason})") from error
    except yaml.YAMLError as error:
        raise ContentError(f"{name}: not valid YAML: {error}") from error
    if raw is None:
        raise ContentError(f"{name}: the file is empty")
    try:
        return Record(kind.fields).clean(raw, "")
    except ContentError as error:
        raise ContentError(f"{name}: {error}") from error


def documents(kind: ContentKind | str) -> list[tuple[Path, dict]]:
    """Every file of a kind with its validated data, in loading order."""
    if isinstance(kind, str):
        kind = get_kind(kind)
    return [(path, read_file(path, kind)) for path in kind.files()]


def load(dataset: str, *, app_labels: tuple[str, ...] = (), stdout=None) -> int:
    """Validate every file of ``dataset``, then create or update its objects; returns the count.

    ``app_labels`` limits it to some apps (tests load e.g. only the markets demo). Runs in
    one transaction: an invalid file or a failed save leaves the database as it was.
    """
    if dataset not in DATASETS:
        raise ValueError(f"dataset must be one of {DATASETS}, not {dataset!r}")
    selected = [kind for kind in kinds(dataset) if not app_labels or kind.app_label in app_labels]
    plan = [(kind, documents(kind)) for kind in selected]
    count = 0
    with transaction.atomic(), search_index.deferred():
        for kind, files in plan:
            for path, data in files:
                try:
                    line = kind.save(data)
                except (ObjectDoesNotExist, KeyError, ValidationError) as error:
                    raise ContentError(
                        f"{display_path(path)}: refers to something that does not exist "
                        f"or is invalid: {error}"
                    ) from error
                if line and stdout is not None:
                    stdout.write(f"  {line}")
                count += 1
            if stdout is not None and files:
                stdout.write(f"{kind.name}: {len(files)} files")
        for app_label, finisher_dataset, finish in _finishers:
            if finisher_dataset == dataset and (not app_labels or app_label in app_labels):
                line = finish()
                if line and stdout is not None:
                    stdout.write(f"  {line}")
    return count


# --- Helpers for save functions --------------------------------------------------------------


def translated_fields(**fields: dict[str, str] | None) -> dict[str, str]:
    """``translated_fields(name={"en": …, …})`` → ``{"name_en": …, "name_et": …, …}``.

    A field whose value is ``None`` (an Optional translated field left out) is skipped.
    """
    result: dict[str, str] = {}
    for field, values in fields.items():
        if values is None:
            continue
        result.update({f"{field}_{code}": values[code] for code in LANGUAGE_CODES})
    return result
