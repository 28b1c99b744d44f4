"""The site search index: each app registers what it wants found; ``portal`` keeps the index.

An app registers a kind of document in its ``AppConfig.ready()``::

    search_index.register(
        "pilot",
        model=PilotCase,
        label=_("Pilot cases"),
        documents=pilot_documents,          # (obj, language) -> list[Document]
        queryset=lambda: PilotCase.objects.with_taxonomy(),
        watch=("target_countries",),        # many-to-many fields whose change re-indexes
    )

``documents`` returns the object's documents in one language (none when it has no text
in that language, or when the public must not see it: then it is simply not indexed).
The registration wires ``post_save``, ``post_delete`` and ``m2m_changed`` so that every
save — admin, services, ``load_demo`` — is in the index at once, inside the same
transaction. ``in_feed=True`` also puts the kind in the Atom feed (``portal.feeds``).
``manage.py rebuild_search_index`` rebuilds everything; ``deferred()``
batches many saves (``load_demo``) into one rebuild at the end.

``portal`` imports no other app: the other apps come to it.
"""

import html
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from threading import local

from django.conf import settings
from django.db import transaction
from django.db.models import Model, QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.html import strip_tags

from portal.markdown import render_markdown

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
WORD = re.compile(r"\w{4,40}")


@dataclass(frozen=True)
class Document:
    """What one object (or one part of it) says in one language."""

    title: str
    url: str
    summary: str = ""
    body: str = ""
    part: str = ""  # distinguishes several documents of one object, e.g. "section-regulation"
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Registration:
    kind: str
    model: type[Model]
    label: str | Promise
    documents: Callable[[Model, str], list[Document]]
    queryset: Callable[[], QuerySet]
    order: int
    in_feed: bool = False

    @property
    def source(self) -> str:
        return self.model._meta.label_lower


_registry: dict[str, Registration] = {}
_state = local()


def register(
    kind: str,
    *,
    model: type[Model],
    label: str | Promise,
    documents: Callable[[Model, str], list[Document]],
    queryset: Callable[[], QuerySet] | None = None,
    watch: Iterable[str] = (),
    order: int = 50,
    in_feed: bool = False,
) -> None:
    """Index ``model`` as documents of ``kind`` and keep them current on every change."""
    registration = Registration(
        kind=kind,
        model=model,
        label=label,
        documents=documents,
        queryset=queryset or model._default_manager.all,
        order=order,
        in_feed=in_feed,
    )
    _registry[kind] = registration
    uid = f"search_index.{kind}"
    post_save.connect(_on_save, sender=model, dispatch_uid=f"{uid}.save", weak=False)
    post_delete.connect(_on_delete, sender=model, dispatch_uid=f"{uid}.delete", weak=False)
    for name in watch:
        through = model._meta.get_field(name).remote_field.through
        m2m_changed.connect(_on_m2m, sender=through, dispatch_uid=f"{uid}.{name}", weak=False)


def registrations() -> list[Registration]:
    """Every registered kind, in display order."""
    return sorted(_registry.values(), key=lambda item: (item.order, item.kind))


def kind_labels() -> dict[str, str | Promise]:
    return {item.kind: item.label for item in registrations()}


# --- Text helpers for the apps' document functions -----------------------------------


def plain_text(markdown_text: str) -> str:
    """What a visitor reads of Markdown: the rendered text without tags, spaces squeezed."""
    if not markdown_text:
        return ""
    text = html.unescape(strip_tags(render_markdown(markdown_text)))
    return " ".join(text.split())


def own_text(obj: Model, field: str, language: str) -> str:
    """The field's text written in ``language`` itself (no fallback), '' when there is none."""
    return getattr(obj, f"{field}_{language}", None) or ""


def url_in(obj: Model, language: str, suffix: str = "") -> str:
    with translation.override(language):
        return obj.get_absolute_url() + suffix


# --- Keeping the index current -------------------------------------------------------


def _registration_for(model: type[Model]) -> Registration | None:
    for registration in _registry.values():
        if registration.model is model or issubclass(model, registration.model):
            return registration
    return None


def _deferring() -> bool:
    return getattr(_state, "deferred", 0) > 0


def is_deferred() -> bool:
    """Inside ``deferred()``: receivers of the apps skip their own re-indexing too."""
    return _deferring()


def _on_save(sender, instance, raw=False, **kwargs) -> None:
    if raw or _deferring():
        return
    index_object(instance)


def _on_delete(sender, instance, **kwargs) -> None:
    if _deferring():
        return
    registration = _registration_for(type(instance))
    if registration is not None:
        _documents_of(registration, instance.pk).delete()


def _on_m2m(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    if _deferring() or not action.startswith("post_"):
        return
    if not reverse:
        index_object(instance)
        return
    registration = _registration_for(model)
    if registration is not None and pk_set:
        for obj in registration.queryset().filter(pk__in=pk_set):
            index_object(obj)


def _documents_of(registration: Registration, object_id):
    from portal.models import SearchDocument

    return SearchDocument.objects.filter(source=registration.source, object_id=str(object_id))


def _rows(registration: Registration, obj: Model):
    from portal.models import SearchDocument

    now = timezone.now()
    for language in LANGUAGES:
        with translation.override(language):
            documents = registration.documents(obj, language)
        for document in documents:
            yield SearchDocument(
                kind=registration.kind,
                source=registration.source,
                object_id=str(obj.pk),
                part=document.part,
                language=language,
                title=str(document.title)[:300],
                summary=str(document.summary),
                body=str(document.body),
                countries=_bars(document.countries),
                sectors=_bars(document.sectors),
                url=document.url[:300],
                is_published=True,
                updated_at=document.updated_at or now,
            )


def _bars(values: Iterable[str]) -> str:
    values = sorted(set(values))
    return f"|{'|'.join(values)}|" if values else ""


def _words(rows) -> set[tuple[str, str]]:
    return {
        (row.language, word.lower())
        for row in rows
        for word in WORD.findall(f"{row.title} {row.summary} {row.body}")
        if not word.isdigit()
    }


def _store(rows: list) -> None:
    from portal.models import SearchDocument, SearchWord

    SearchDocument.objects.bulk_create(rows)
    SearchWord.objects.bulk_create(
        [SearchWord(language=language, word=word) for language, word in _words(rows)],
        ignore_conflicts=True,
        batch_size=500,
    )


def index_object(obj: Model) -> None:
    """Replace ``obj``'s documents with what it says now (none when it is not public)."""
    registration = _registration_for(type(obj))
    if registration is None:
        return
    current = registration.queryset().filter(pk=obj.pk).first()
    with transaction.atomic():
        _documents_of(registration, obj.pk).delete()
        if current is not None:
            _store(list(_rows(registration, current)))


def rebuild(kinds: Iterable[str] | None = None) -> int:
    """Rebuild the index of every (or the given) kinds; returns the number of documents."""
    from portal.models import SearchDocument, SearchWord

    chosen = [item for item in registrations() if kinds is None or item.kind in set(kinds)]
    count = 0
    with transaction.atomic():
        if kinds is None:
            SearchDocument.objects.all().delete()
            SearchWord.objects.all().delete()
        for registration in chosen:
            SearchDocument.objects.filter(source=registration.source).delete()
            rows = [row for obj in registration.queryset() for row in _rows(registration, obj)]
            _store(rows)
            count += len(rows)
    return count


@contextmanager
def deferred() -> Iterator[None]:
    """Skip per-save indexing inside the block and rebuild the whole index once at its end."""
    _state.deferred = getattr(_state, "deferred", 0) + 1
    try:
        yield
    finally:
        _state.deferred -= 1
    if not _deferring():
        rebuild()
