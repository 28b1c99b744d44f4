"""Translation freshness: is each translation of a field complete, stale or missing?

When a translation is written (or an editor marks it checked) the fingerprint of the English
it was written for is stored (``TranslationState``). When the English changes afterwards, the
fingerprint no longer matches and the translation is *stale* until an editor saves a new
translation or marks it checked. An empty translation of a non-empty English is *missing*.

Public API (the editor's desk uses it too):

- ``field_states(obj, language)`` → ``{field: State}`` for each translated field with English
- ``object_state(obj, language)`` / ``object_states(obj)`` → the worst state per language
- ``record_edit(obj, changed=…, previous_english=…, actor=…)`` after a form saved ``obj``
- ``mark_checked(obj, language, actor=…)`` the translation says what the English says
- ``needing_translation(queryset, language)`` → primary keys of objects stale or missing there
- ``track(model, organisation_field=…)`` makes a model part of the editors' dashboard
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils.translation import pgettext_lazy
from modeltranslation.translator import NotRegistered, translator

from portal.content import LANGUAGE_CODES
from portal.models import TranslationState

SOURCE_LANGUAGE = "en"
TARGET_LANGUAGES = tuple(code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE)


class State(models.TextChoices):
    COMPLETE = "complete", pgettext_lazy("translation state", "complete")
    STALE = "stale", pgettext_lazy("translation state", "stale")
    MISSING = "missing", pgettext_lazy("translation state", "missing")


# The worst state of several fields is the object's state.
_SEVERITY = {State.COMPLETE: 0, State.STALE: 1, State.MISSING: 2}


def fingerprint(text: str | None) -> str:
    """A short stable fingerprint of a source text (line endings and outer spaces ignored)."""
    normalised = (text or "").replace("\r\n", "\n").strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


def translated_fields(model) -> tuple[str, ...]:
    """The model's translated fields, in form order (``regulation``, not ``regulation_en``).

    Callers pass ``obj.__class__``, not ``type(obj)``: a template may hold the object behind a
    lazy proxy (``portal.content_cache.lazy_context``), whose ``type`` is the proxy's."""
    try:
        names = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return ()
    return tuple(f.name for f in model._meta.concrete_fields if f.name in names)


def _content_type(obj_or_model) -> ContentType:
    return ContentType.objects.get_for_model(obj_or_model, for_concrete_model=True)


def _records(objects: Iterable, languages: Iterable[str]) -> dict[tuple, TranslationState]:
    objects = list(objects)
    if not objects:
        return {}
    rows = TranslationState.objects.filter(
        content_type=_content_type(objects[0]),
        object_id__in=[obj.pk for obj in objects],
        language__in=list(languages),
    )
    return {(row.object_id, row.field, row.language): row for row in rows}


def _field_states(obj, language: str, records: dict) -> dict[str, State]:
    states = {}
    for field in translated_fields(obj.__class__):
        english = getattr(obj, f"{field}_{SOURCE_LANGUAGE}", None)
        if not english:
            continue  # nothing to translate
        if not getattr(obj, f"{field}_{language}", None):
            states[field] = State.MISSING
            continue
        record = records.get((obj.pk, field, language))
        if record is not None and record.source_fingerprint != fingerprint(english):
            states[field] = State.STALE
        else:
            states[field] = State.COMPLETE
    return states


def field_states(obj, language: str) -> dict[str, State]:
    """``{"regulation": State.STALE, "summary": State.COMPLETE, …}`` for one language.

    Only fields with an English text are listed; English itself is always complete.
    """
    if language == SOURCE_LANGUAGE:
        return {
            field: State.COMPLETE
            for field in translated_fields(obj.__class__)
            if getattr(obj, f"{field}_{SOURCE_LANGUAGE}", None)
        }
    return _field_states(obj, language, _records([obj], [language]))


def _worst(states: Iterable[State]) -> State:
    return max(states, key=_SEVERITY.__getitem__, default=State.COMPLETE)


def object_state(obj, language: str) -> State:
    return _worst(field_states(obj, language).values())


def object_states(obj) -> dict[str, State]:
    """The state of each target language of one object: ``{"et": State.COMPLETE, …}``."""
    return states_of([obj])[obj.pk]


def states_of(objects: Iterable) -> dict[int, dict[str, State]]:
    """The state per target language of many objects of one model, in one query."""
    objects = list(objects)
    records = _records(objects, TARGET_LANGUAGES)
    return {
        obj.pk: {
            language: _worst(_field_states(obj, language, records).values())
            for language in TARGET_LANGUAGES
        }
        for obj in objects
    }


def stale_fields(obj, language: str, fields: Iterable[str] | None = None) -> list[str]:
    """The fields (of ``fields``, or all) whose translation into ``language`` is stale."""
    if language == SOURCE_LANGUAGE:
        return []
    states = field_states(obj, language)
    wanted = set(fields) if fields is not None else set(states)
    return [field for field, state in states.items() if state == State.STALE and field in wanted]


def needing_translation(queryset, language: str) -> list[int]:
    """Primary keys of the objects whose translation into ``language`` is stale or missing."""
    objects = list(queryset)
    records = _records(objects, [language])
    return [
        obj.pk
        for obj in objects
        if _worst(_field_states(obj, language, records).values()) != State.COMPLETE
    ]


@transaction.atomic
def record_edit(
    obj,
    *,
    changed: Iterable[str],
    previous_english: dict[str, str] | None = None,
    actor=None,
) -> None:
    """After ``obj`` was saved from a form: ``changed`` names its changed form fields.

    A translation that was saved (changed and not empty) is now written for the current
    English. When the English of a field changed and a translation of it has no fingerprint
    yet, it gets the fingerprint of the previous English, so it shows as stale.
    """
    changed = set(changed)
    previous_english = previous_english or {}
    content_type = _content_type(obj)
    for field in translated_fields(obj.__class__):
        english = getattr(obj, f"{field}_{SOURCE_LANGUAGE}", "") or ""
        english_changed = f"{field}_{SOURCE_LANGUAGE}" in changed
        for language in TARGET_LANGUAGES:
            key = {
                "content_type": content_type,
                "object_id": obj.pk,
                "field": field,
                "language": language,
            }
            translation = getattr(obj, f"{field}_{language}", "")
            if f"{field}_{language}" in changed and translation:
                TranslationState.objects.update_or_create(
                    **key,
                    defaults={"source_fingerprint": fingerprint(english), "checked_by": actor},
                )
            elif english_changed and translation:
                TranslationState.objects.get_or_create(
                    **key,
                    defaults={
                        "source_fingerprint": fingerprint(previous_english.get(field, "")),
                    },
                )


@transaction.atomic
def mark_checked(obj, language: str, *, actor=None) -> int:
    """The translations of ``obj`` into ``language`` say what the English says now.

    Returns how many stale translations this cleared. Missing ones stay missing.
    """
    content_type = _content_type(obj)
    cleared = 0
    states = field_states(obj, language)
    for field, state in states.items():
        if state == State.MISSING:
            continue
        english = getattr(obj, f"{field}_{SOURCE_LANGUAGE}", "")
        TranslationState.objects.update_or_create(
            content_type=content_type,
            object_id=obj.pk,
            field=field,
            language=language,
            defaults={"source_fingerprint": fingerprint(english), "checked_by": actor},
        )
        cleared += state == State.STALE
    return cleared


# --- Models on the editors' dashboard ------------------------------------------------------


@dataclass(frozen=True)
class Tracked:
    model: type[models.Model]
    organisation_field: str | None


_tracked: dict[str, Tracked] = {}


def track(model, *, organisation_field: str | None = None) -> None:
    """Count ``model`` on the editors' dashboard, per organisation via ``organisation_field``."""
    _tracked[model._meta.label] = Tracked(model, organisation_field)


def tracked() -> list[Tracked]:
    return list(_tracked.values())


@dataclass(frozen=True)
class DashboardRow:
    model: type[models.Model]
    organisation: str
    counts: dict[str, dict[str, int]]  # language → {"stale": n, "missing": m}

    @property
    def total(self) -> int:
        return sum(sum(cell.values()) for cell in self.counts.values())


def dashboard_rows() -> list[DashboardRow]:
    """Stale and missing translations per tracked model, partner organisation and language."""
    rows = []
    for entry in tracked():
        objects = list(entry.model.objects.all())
        organisations: dict[int, str] = {}
        if entry.organisation_field:
            organisations = {
                pk: name or ""
                for pk, name in entry.model.objects.values_list(
                    "pk", f"{entry.organisation_field}__name"
                )
            }
        by_organisation: dict[str, dict[str, dict[str, int]]] = {}
        for pk, states in states_of(objects).items():
            organisation = organisations.get(pk, "")
            cells = by_organisation.setdefault(
                organisation,
                {code: {State.STALE: 0, State.MISSING: 0} for code in TARGET_LANGUAGES},
            )
            for language, state in states.items():
                if state != State.COMPLETE:
                    cells[language][state] += 1
        for organisation, counts in sorted(by_organisation.items()):
            rows.append(DashboardRow(entry.model, organisation, counts))
    return rows


def stale_for_organisation(organisation) -> list[tuple[models.Model, str]]:
    """``(object, language)`` for every stale translation of the organisation's tracked objects."""
    found = []
    for entry in tracked():
        if not entry.organisation_field:
            continue
        objects = list(entry.model.objects.filter(**{entry.organisation_field: organisation}))
        states = states_of(objects)
        for obj in objects:
            found.extend(
                (obj, language)
                for language, state in states[obj.pk].items()
                if state == State.STALE
            )
    return found
