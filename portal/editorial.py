"""Editorial content: scope to the owner organisation, drafts, review and versions.

Market profiles, Living Labs and pilot cases are registered here by their apps
(``editorial.register`` in ``AppConfig.ready()``). For them:

- an editor sees and edits only the objects their partner organisation owns
  (``scoped``, ``may_edit``); site administrators see everything. Other content an
  editor keeps (contacts, support services, publications, the organisation itself) is
  scoped the same way without drafts (``register_scope``);
- changing a *published* object saves a ``ContentDraft`` instead of the live row
  (``draft_save``): the public page stays as it was;
- a draft (or a first publication) is submitted for review (``draft_submit``) and
  approved (``draft_approve``, which publishes it) or sent back with a comment
  (``draft_send_back``) by a second person of the same organisation or a site
  administrator (``may_review``); each step is an ``EditorialEvent`` and e-mails
  the people concerned through ``portal.emails``;
- every published state is a django-reversion version (who, when), compared field
  by field (``version_changes``) and restorable as a new draft (``version_restore``).

A draft holds the object's own fields, its many-to-many choices and the rows of its
inline relations (key facts, barrier rows, resources, pilot steps: ``follow``); publishing
writes them all, and every version keeps the rows too, so restoring one brings them back.
"""

import json
from dataclasses import dataclass, field

import reversion
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMultiAlternatives
from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from reversion.models import Version

from portal import emails, roles, translation_state
from portal.models import ContentDraft, DraftState, EditorialAction, EditorialEvent, User

SKIPPED_FIELDS = {"updated_at"}


@dataclass(frozen=True)
class Editorial:
    model: type[models.Model]
    publish_field: str
    published_value: object
    owner_field: str = "owner"
    follow: tuple[str, ...] = field(default_factory=tuple)
    # Markdown fields and the heading offset their public page renders them with.
    markdown_fields: dict[str, int] = field(default_factory=dict)

    @property
    def change_permission(self) -> str:
        return f"{self.model._meta.app_label}.change_{self.model._meta.model_name}"


_registry: dict[type[models.Model], Editorial] = {}


@dataclass(frozen=True)
class Scope:
    """Whose objects these are: ``owner_field`` names a foreign key or a many-to-many field to
    the partner organisation, or is ``"pk"`` for the organisations themselves."""

    model: type[models.Model]
    owner_field: str = "owner"

    @property
    def is_many(self) -> bool:
        return (
            self.owner_field != "pk" and self.model._meta.get_field(self.owner_field).many_to_many
        )


_scopes: dict[type[models.Model], Scope] = {}


def register_scope(model, *, owner_field: str = "owner") -> None:
    """Let an editor change only their partner organisation's objects of ``model``.

    Editorial models (``register``) are scoped by their owner; other models an editor keeps
    (contacts, support services, publications, the organisations) are scoped with this.
    """
    _scopes[model] = Scope(model=model, owner_field=owner_field)


def scope_of(model) -> Scope | None:
    return _scopes.get(model if isinstance(model, type) else type(model))


def register(
    model,
    *,
    publish_field: str,
    published_value,
    owner_field: str = "owner",
    follow: dict[str, type[models.Model]] | None = None,
    markdown_fields: dict[str, int] | None = None,
) -> None:
    """Make ``model`` editorial content.

    ``follow`` maps inline relations to their models (kept in each version);
    ``markdown_fields`` maps Markdown fields to the ``|markdown:<offset>`` of their page.
    """
    follow = follow or {}
    register_scope(model, owner_field=owner_field)
    _registry[model] = Editorial(
        model=model,
        publish_field=publish_field,
        published_value=published_value,
        owner_field=owner_field,
        follow=tuple(follow),
        markdown_fields=dict(markdown_fields or {}),
    )
    for child in follow.values():
        if not reversion.is_registered(child):
            reversion.register(child)
    if not reversion.is_registered(model):
        reversion.register(model, follow=tuple(follow))


def options(model) -> Editorial | None:
    return _registry.get(model if isinstance(model, type) else type(model))


def is_published(obj) -> bool:
    opts = options(obj)
    return getattr(obj, opts.publish_field) == opts.published_value


# --- Scope ------------------------------------------------------------------


def scoped(queryset, user):
    """The objects of ``queryset`` that ``user`` may edit: their organisation's, or all for admins."""
    if user.is_superuser:
        return queryset
    if not user.organisation_id:
        return queryset.none()
    return queryset.filter(**{scope_of(queryset.model).owner_field: user.organisation_id})


def owner_ids(obj) -> set[int]:
    """The partner organisations ``obj`` belongs to (several for a many-to-many owner)."""
    scope = scope_of(obj)
    if scope.owner_field == "pk":
        return {obj.pk} if obj.pk else set()
    if scope.is_many:
        if not obj.pk:
            return set()
        return set(getattr(obj, scope.owner_field).values_list("pk", flat=True))
    owner_id = getattr(obj, obj._meta.get_field(scope.owner_field).attname)
    return {owner_id} if owner_id else set()


def may_edit(user, obj) -> bool:
    if not (user.is_authenticated and user.is_staff and user.is_active):
        return False
    if user.is_superuser:
        return True
    return bool(user.organisation_id and user.organisation_id in owner_ids(obj))


def may_review(user, obj, draft: ContentDraft | None) -> bool:
    """A second person: an editor of the owner who did not submit it, or a site administrator."""
    if draft is None or draft.state != DraftState.IN_REVIEW:
        return False
    if not may_edit(user, obj) or not user.has_perm(options(obj).change_permission):
        return False
    return user.is_superuser or user.pk != draft.submitted_by_id


# --- Drafts -------------------------------------------------------------------


def _content_type(obj) -> ContentType:
    return ContentType.objects.get_for_model(type(obj))


def draft_of(obj) -> ContentDraft | None:
    return ContentDraft.objects.filter(content_type=_content_type(obj), object_id=obj.pk).first()


def _compared_fields(model):
    """Concrete fields and many-to-many fields a draft carries (translation columns, not proxies)."""
    proxies = set(translation_state.translated_fields(model))
    concrete = [
        f
        for f in model._meta.concrete_fields
        if not f.primary_key and f.name not in proxies and f.name not in SKIPPED_FIELDS
    ]
    many = [f for f in model._meta.many_to_many if f.name not in proxies]
    return concrete, many


def _serialise(obj, m2m: dict[str, list[int]], rows: dict[str, list] | None = None) -> str:
    """``{"object": [<obj as Django's serializer writes it>], "rows": {relation: [<row>, …]}}``."""
    payload = json.loads(serializers.serialize("json", [obj]))
    for name, pks in m2m.items():
        payload[0]["fields"][name] = sorted(int(pk) for pk in pks)
    return json.dumps(
        {
            "object": payload,
            "rows": {
                name: json.loads(serializers.serialize("json", related))
                for name, related in (rows or {}).items()
            },
        },
        ensure_ascii=False,
    )


def _deserialise(data: str):
    """The object of a draft, or of a django-reversion version (a serialised list)."""
    payload = json.loads(data)
    if isinstance(payload, dict):
        payload = payload["object"]
    return next(serializers.deserialize("json", json.dumps(payload), ignorenonexistent=True))


def _deserialise_rows(payload: list) -> list[models.Model]:
    rows = []
    for item in serializers.deserialize("json", json.dumps(payload), ignorenonexistent=True):
        row = item.object
        row._state.adding = row.pk is None
        rows.append(row)
    return rows


def _relation(model, name: str):
    """The reverse foreign key ``name`` of ``model``: its ``related_model`` and ``field``."""
    return model._meta.get_field(name)


def _live_rows(obj, name: str) -> list[models.Model]:
    rel = _relation(type(obj), name)
    return list(rel.related_model._default_manager.filter(**{rel.field.attname: obj.pk}))


def _rows_key(rows) -> tuple[dict, list]:
    """Rows compared by what they hold: kept rows by primary key, then the new rows."""
    if not rows:
        return {}, []
    concrete, _many = _compared_fields(type(rows[0]))

    def values(row):
        # an empty translation is "" in the database and None from an inline form
        return [
            "" if value is None and isinstance(f, models.CharField | models.TextField) else value
            for f in concrete
            for value in [f.value_from_object(row)]
        ]

    return (
        {row.pk: values(row) for row in rows if row.pk is not None},
        [values(row) for row in rows if row.pk is None],
    )


def _sorted_like_the_page(model, rows: list) -> list:
    """``rows`` in the order of ``model``'s ``Meta.ordering`` (as the public page lists them)."""

    def value(row, path):
        for part in path.split("__"):
            row = getattr(row, part, None)
            if row is None:
                return None
        return row

    for term in reversed(model._meta.ordering or []):
        name = term.lstrip("-")
        rows = sorted(
            rows,
            key=lambda row, name=name: (
                value(row, name) is None,
                "" if value(row, name) is None else value(row, name),
            ),
            reverse=term.startswith("-"),
        )
    return rows


def _changed_fields(
    live, candidate, candidate_m2m: dict[str, list[int]], candidate_rows: dict[str, list]
) -> list[str]:
    concrete, many = _compared_fields(type(live))
    changed = [
        f.name for f in concrete if f.value_from_object(candidate) != f.value_from_object(live)
    ]
    for f in many:
        if f.name in candidate_m2m:
            live_pks = set(getattr(live, f.name).values_list("pk", flat=True))
            if live_pks != {int(pk) for pk in candidate_m2m[f.name]}:
                changed.append(f.name)
    for name, rows in candidate_rows.items():
        if _rows_key(rows) != _rows_key(_live_rows(live, name)):
            changed.append(name)
    return changed


def _log(obj, *, action: str, actor, comment: str = "", data: dict | None = None) -> None:
    EditorialEvent.objects.create(
        content_type=_content_type(obj),
        object_id=obj.pk,
        action=action,
        actor=actor,
        comment=comment,
        data=data or {},
    )


@transaction.atomic
def draft_save(
    *,
    candidate,
    m2m: dict[str, list[int]],
    actor,
    rows: dict[str, list] | None = None,
    action=EditorialAction.DRAFT_SAVED,
):
    """Keep ``candidate`` (an unsaved copy of a published object with new values) as its draft.

    ``rows`` maps inline relations (``key_facts``) to the complete list of their rows in the
    draft: changed rows, rows without a primary key (new), and no deleted ones. Relations
    left out keep the rows of an existing draft, or the live rows.

    Returns the draft, or ``None`` when nothing differs from the live object any more
    (then an existing draft is removed).
    """
    live = type(candidate).objects.get(pk=candidate.pk)
    draft = draft_of(live)
    rows = {**(draft_rows(live) if draft is not None else {}), **(rows or {})}
    rows = {name: related for name, related in rows.items() if name in options(live).follow}
    changed = _changed_fields(live, candidate, m2m, rows)
    if not changed:
        if draft is not None:
            draft.delete()
        return None
    if draft is None:
        draft = ContentDraft(content_type=_content_type(live), object_id=live.pk)
    draft.data = _serialise(candidate, m2m, rows)
    draft.changed_fields = changed
    draft.edited_by = actor
    if draft.state == DraftState.SENT_BACK:
        draft.state = DraftState.EDITING
    draft.save()
    _log(live, action=action, actor=actor, data={"fields": changed})
    return draft


def draft_rows(obj) -> dict[str, list[models.Model]]:
    """The inline rows ``obj``'s draft holds, per relation (only relations the draft covers).

    A row whose live row has gone since (or never belonged to ``obj``) comes back as new.
    """
    draft = draft_of(obj)
    if draft is None:
        return {}
    payload = json.loads(draft.data)
    if not isinstance(payload, dict):
        return {}
    found = {}
    for name, serialised in payload.get("rows", {}).items():
        if name not in options(obj).follow:
            continue
        rel = _relation(type(obj), name)
        live_pks = {row.pk for row in _live_rows(obj, name)}
        related = _deserialise_rows(serialised)
        for row in related:
            setattr(row, rel.field.attname, obj.pk)
            if row.pk not in live_pks:
                row.pk = None
                row._state.adding = True
            row._state.db = obj._state.db
        found[name] = related
    return found


def _cached_rows(model, rows: list):
    """A queryset of ``model`` that answers ``rows`` (as a prefetch fills it) without a query."""
    queryset = model._default_manager.all()
    queryset._result_cache = _sorted_like_the_page(model, rows)
    queryset._prefetch_done = True
    return queryset


def draft_instance(obj):
    """An unsaved copy of ``obj`` with its draft's values, or ``None`` without a draft.

    Its inline relations answer the draft's rows where the draft changed them.
    """
    draft = draft_of(obj)
    if draft is None:
        return None
    instance = _deserialise(draft.data).object
    instance._state.adding = False
    instance._state.db = obj._state.db
    instance._prefetched_objects_cache = dict(getattr(obj, "_prefetched_objects_cache", {}))
    for name, rows in draft_rows(obj).items():
        model = _relation(type(obj), name).related_model
        instance._prefetched_objects_cache[name] = _cached_rows(model, rows)
    return instance


def _apply_rows(live, name: str, rows: list) -> None:
    """Make the live rows of relation ``name`` the draft's ``rows`` (remove, change, add).

    Changed rows are written again under their primary key after the old ones are removed,
    so two rows that swap a unique value (two key facts' keys) never collide on the way.
    """
    rel = _relation(type(live), name)
    live_rows = {row.pk: row for row in _live_rows(live, name)}
    same = {
        row.pk
        for row in rows
        if row.pk in live_rows and _rows_key([row]) == _rows_key([live_rows[row.pk]])
    }
    rel.related_model._default_manager.filter(**{rel.field.attname: live.pk}).exclude(
        pk__in=same
    ).delete()
    for row in rows:
        if row.pk in same:
            continue
        setattr(row, rel.field.attname, live.pk)
        if row.pk not in live_rows:
            row.pk = None  # a new row (or one whose live row has gone): a new primary key
        row._state.adding = True
        row.save(force_insert=True)


@transaction.atomic
def draft_submit(*, obj, actor) -> ContentDraft:
    """Ask for review: of the draft, or of publishing an unpublished object as it is."""
    if not may_edit(actor, obj):
        raise PermissionDenied
    draft = draft_of(obj)
    if draft is None:
        if is_published(obj):
            raise ValueError(_("There is no draft to submit: the published page is up to date."))
        opts = options(obj)
        candidate = type(obj).objects.get(pk=obj.pk)
        setattr(candidate, opts.publish_field, opts.published_value)
        draft = ContentDraft.objects.create(
            content_type=_content_type(obj),
            object_id=obj.pk,
            data=_serialise(candidate, {}),
            changed_fields=[opts.publish_field],
            edited_by=actor,
        )
    if draft.state == DraftState.IN_REVIEW:
        raise ValueError(_("This draft is already waiting for review."))
    draft.state = DraftState.IN_REVIEW
    draft.submitted_by = actor
    draft.save(update_fields=["state", "submitted_by", "updated_at"])
    _log(obj, action=EditorialAction.SUBMITTED, actor=actor)
    recipients = reviewers_for(obj, exclude=actor)
    _mail_on_commit(
        obj,
        to=recipients,
        subject=_("Waiting for your review: %(object)s") % {"object": obj},
        lines=[
            _("%(person)s submitted changes to “%(object)s” for review.")
            % {"person": actor.get_full_name(), "object": obj},
            _("Review them here (approve or send back with a comment):"),
        ],
    )
    return draft


def _published_revision(obj, *, actor, comment: str) -> None:
    with reversion.create_revision(manage_manually=True):
        reversion.set_user(actor)
        reversion.set_comment(comment)
        reversion.add_to_revision(obj)


@transaction.atomic
def draft_approve(*, obj, actor, comment: str = ""):
    """Publish the draft under review: write its changed fields to the live object."""
    draft = draft_of(obj)
    if not may_review(actor, obj, draft):
        raise PermissionDenied
    live = type(obj).objects.select_for_update().get(pk=obj.pk)
    if is_published(live) and not Version.objects.get_for_object(live).exists():
        _published_revision(live, actor=None, comment=_("Published before reviews were recorded"))
    deserialised = _deserialise(draft.data)
    concrete, many = _compared_fields(type(live))
    concrete_names = {f.name: f for f in concrete}
    previous_english = {
        field: getattr(live, f"{field}_{SOURCE_LANGUAGE}", "") or ""
        for field in translation_state.translated_fields(type(live))
    }
    update_fields = []
    for name in draft.changed_fields:
        if name in concrete_names:
            attname = concrete_names[name].attname
            setattr(live, attname, getattr(deserialised.object, attname))
            update_fields.append(attname)
    if any(f.name == "updated_at" for f in type(live)._meta.concrete_fields):
        update_fields.append("updated_at")
    live.save(update_fields=update_fields)
    for f in many:
        if f.name in draft.changed_fields and f.name in deserialised.m2m_data:
            getattr(live, f.name).set(deserialised.m2m_data[f.name])
    for name, rows in draft_rows(live).items():
        if name in draft.changed_fields:
            _apply_rows(live, name, rows)
    submitter = draft.submitted_by
    # A changed English makes its translations stale, as an edit of the live object would;
    # a saved translation counts as written by the editor who submitted it.
    translation_state.record_edit(
        live,
        changed=draft.changed_fields,
        previous_english=previous_english,
        actor=submitter or actor,
    )
    draft.delete()
    _published_revision(
        live,
        actor=actor,
        comment=_("Approved by %(person)s") % {"person": actor.get_full_name()},
    )
    _log(live, action=EditorialAction.APPROVED, actor=actor, comment=comment)
    if submitter is not None and submitter != actor:
        _mail_on_commit(
            live,
            to=[submitter],
            subject=_("Published: %(object)s") % {"object": live},
            lines=[
                _("%(person)s approved your changes to “%(object)s”; they are public now.")
                % {"person": actor.get_full_name(), "object": live},
                comment,
            ],
        )
    return live


@transaction.atomic
def draft_send_back(*, obj, actor, comment: str) -> ContentDraft:
    draft = draft_of(obj)
    if not may_review(actor, obj, draft):
        raise PermissionDenied
    comment = comment.strip()
    if not comment:
        raise ValueError(_("Say what should change before the draft can be published."))
    draft.state = DraftState.SENT_BACK
    draft.save(update_fields=["state", "updated_at"])
    _log(obj, action=EditorialAction.SENT_BACK, actor=actor, comment=comment)
    if draft.submitted_by is not None:
        _mail_on_commit(
            obj,
            to=[draft.submitted_by],
            subject=_("Sent back: %(object)s") % {"object": obj},
            lines=[
                _("%(person)s sent your changes to “%(object)s” back with this comment:")
                % {"person": actor.get_full_name(), "object": obj},
                comment,
            ],
        )
    return draft


# --- Versions -------------------------------------------------------------------


def versions(obj):
    return (
        Version.objects.get_for_object(obj)
        .select_related("revision", "revision__user")
        .order_by("-revision__date_created", "-pk")
    )


def events(obj):
    return EditorialEvent.objects.filter(
        content_type=_content_type(obj), object_id=obj.pk
    ).select_related("actor")


def version_changes(obj, version) -> list[dict]:
    """Field by field: what ``version`` held and what the live object holds now (changed only)."""
    old = _deserialise(version.serialized_data)
    concrete, many = _compared_fields(type(obj))
    rows = []
    for f in concrete:
        before, now = f.value_from_object(old.object), f.value_from_object(obj)
        if before != now:
            rows.append(
                {
                    "label": _field_label(f),
                    "version": _display(f, old.object),
                    "live": _display(f, obj),
                }
            )
    for f in many:
        before = set(old.m2m_data.get(f.name, []))
        now = set(getattr(obj, f.name).values_list("pk", flat=True))
        if {int(pk) for pk in before} != now:
            pks = {int(pk) for pk in before} | now
            related = {o.pk: str(o) for o in f.related_model.objects.filter(pk__in=pks)}
            rows.append(
                {
                    "label": _field_label(f),
                    "version": ", ".join(related.get(int(pk), "?") for pk in sorted(before)),
                    "live": ", ".join(related[pk] for pk in sorted(now)),
                }
            )
    for name, version_rows in _version_rows(obj, version).items():
        live_rows = _live_rows(obj, name)
        if _rows_key(version_rows) != _rows_key(live_rows):
            model = _relation(type(obj), name).related_model
            rows_by_page = _sorted_like_the_page(model, version_rows)
            live_by_page = _sorted_like_the_page(model, live_rows)
            rows.append(
                {
                    "label": _field_label_text(model._meta.verbose_name_plural),
                    "version": "; ".join(str(row) for row in rows_by_page),
                    "live": "; ".join(str(row) for row in live_by_page),
                }
            )
    return rows


def _field_label(f) -> str:
    return _field_label_text(f.verbose_name)


def _field_label_text(text) -> str:
    label = str(text)
    return label[:1].upper() + label[1:]


def _display(f, obj) -> str:
    if f.choices:
        return str(dict(f.flatchoices).get(f.value_from_object(obj), ""))
    if f.is_relation:
        return str(getattr(obj, f.name) or "")
    value = f.value_from_object(obj)
    return "" if value is None else str(value)


def _version_rows(obj, version) -> dict[str, list[models.Model]]:
    """The inline rows the revision of ``version`` kept for ``obj``, per followed relation."""
    found = {}
    for name in options(obj).follow:
        rel = _relation(type(obj), name)
        child_versions = version.revision.version_set.filter(
            content_type=ContentType.objects.get_for_model(rel.related_model)
        )
        rows = []
        for child in child_versions:
            row = _deserialise(child.serialized_data).object
            if getattr(row, rel.field.attname) == obj.pk:
                row._state.adding = False
                rows.append(row)
        found[name] = rows
    return found


@transaction.atomic
def version_restore(*, obj, version, actor) -> ContentDraft | None:
    """Make ``version`` (of ``obj``) the draft, inline rows included: published after review."""
    if not may_edit(actor, obj) or version.object_id != str(obj.pk):
        raise PermissionDenied
    old = _deserialise(version.serialized_data)
    candidate = old.object
    candidate._state.adding = False
    return draft_save(
        candidate=candidate,
        m2m={name: list(pks) for name, pks in old.m2m_data.items()},
        rows=_version_rows(obj, version),
        actor=actor,
        action=EditorialAction.RESTORED,
    )


# --- E-mail ---------------------------------------------------------------------


def reviewers_for(obj, *, exclude=None) -> list[User]:
    """Editors of the owner organisation, or the site administrators when it has none."""
    owner_id = getattr(obj, f"{options(obj).owner_field}_id")
    people = User.objects.filter(is_active=True, is_staff=True)
    if owner_id:
        people = people.filter(organisation_id=owner_id, groups__name=roles.PARTNER_EDITOR)
    else:
        people = people.filter(is_superuser=True)
    if exclude is not None:
        people = people.exclude(pk=exclude.pk)
    return list(people.distinct().order_by("email"))


def editorial_admin_url(obj) -> str:
    meta = obj._meta
    return settings.SITE_URL.rstrip("/") + reverse(
        f"admin:{meta.app_label}_{meta.model_name}_editorial", args=[obj.pk]
    )


def _mail_on_commit(obj, *, to: list[User], subject: str, lines: list[str]) -> None:
    addresses = [person.email for person in to if person.email]
    if not addresses:
        return
    body = "\n\n".join([*(line for line in lines if line), editorial_admin_url(obj)]) + "\n"
    message = emails.email_message_to_dict(
        EmailMultiAlternatives(
            subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=addresses
        )
    )
    transaction.on_commit(lambda: emails.email_enqueue(message=message))


# --- Translation side by side -----------------------------------------------------
# Which fields are translated and how far each translation is: ``portal.translation_state``.

SOURCE_LANGUAGE = translation_state.SOURCE_LANGUAGE


def draft_m2m(obj) -> dict[str, list[int]]:
    """The many-to-many choices of ``obj``'s draft (empty without a draft)."""
    draft = draft_of(obj)
    return dict(_deserialise(draft.data).m2m_data) if draft is not None else {}
