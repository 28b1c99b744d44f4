"""The admin side of ``portal.editorial``: one mixin for every editorial model admin.

Put it first: ``class MarketProfileAdmin(EditorialAdmin, TabbedTranslationAdmin)``.
Through ``OrganisationScopedAdmin`` (which the other admins an editor keeps use on
its own: contacts, support services, publications, organisations) it scopes the
changelist, change form, actions and history to the editor's organisation and keeps
the owner for administrators. It keeps the publication field for administrators,
turns saves of a published object, inline rows included, into a draft, and adds the
"Drafts and versions" page (submit, approve, send back, compare, restore) at
``<id>/editorial/``.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.forms.models import model_to_dict
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from reversion.models import Version

from portal import editorial, translation_state
from portal.http import mark_private
from portal.markdown import heading_changes, render_markdown
from portal.models import DraftState
from portal.translation_state import State

MARKDOWN_HELP = gettext_lazy(
    "Markdown: **bold**, *italic*, [link text](https://…), lists with “- ” or “1. ”, "
    "headings with “%(heading)s ”, tables with “|”. HTML is removed; links start with "
    "https://, http:// or mailto:."
)


def heading_marker(offset: int) -> str:
    """The Markdown heading that the page shows as written: ``###`` under a section's ``<h2>``."""
    return "#" * (offset + 1)


def _markdown_base(model, field_name: str) -> str | None:
    """``regulation`` for ``regulation_lv`` when ``regulation`` is a Markdown field."""
    base, _sep, language = field_name.rpartition("_")
    if language not in settings.MODELTRANSLATION_LANGUAGES:
        base = field_name
    opts = editorial.options(model)
    return base if opts is not None and base in opts.markdown_fields else None


class MarkdownTextarea(forms.Textarea):
    """A textarea with a "Preview" button that submits the form to the preview page in a new tab.

    Server-rendered, so it works without JavaScript: ``formaction`` sends the text to
    ``markdown_preview_view``, which renders it with ``portal.markdown`` like the page.
    """

    def __init__(self, *args, preview_url: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.preview_url = preview_url

    def render(self, name, value, attrs=None, renderer=None):
        textarea = super().render(name, value, attrs, renderer)
        return format_html(
            '{}<button type="submit" class="button editorial-preview-button" formaction="{}" '
            'formtarget="_blank" formnovalidate name="_markdown_preview" value="{}">{}</button>',
            textarea,
            self.preview_url,
            name,
            _("Preview this text (new tab)"),
        )


class DateInput(forms.DateInput):
    """The browser's own date picker: a date has no time zone, so no time-zone note."""

    input_type = "date"

    def __init__(self, attrs=None, format="%Y-%m-%d"):
        super().__init__(attrs=attrs, format=format)


class LabelledTabularInline:
    """Put it first on a tabular inline: every control gets a name, as its column heading gives.

    Django's tabular inlines label their inputs only by the table heading, which screen
    readers and axe-core do not take as a label.
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None:
            label = str(formfield.label or db_field.verbose_name)
            formfield.widget.attrs.setdefault("aria-label", label[:1].upper() + label[1:])
        return formfield

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)

        class LabelledFormSet(formset):
            def add_fields(self, form, index):
                super().add_fields(form, index)
                if "DELETE" in form.fields:
                    form.fields["DELETE"].widget.attrs["aria-label"] = _("Delete")

        return LabelledFormSet


def _relation_name(formset) -> str | None:
    """``key_facts`` for the formset of a profile's key facts (its reverse foreign key)."""
    fk = getattr(formset, "fk", None)
    return fk.remote_field.get_accessor_name() if fk is not None else None


def _draft_rows_formset(formset, rows: list):
    """``formset`` showing a draft's rows: kept rows as they are, new rows as extra forms."""
    existing = [row for row in rows if row.pk is not None]
    new = [row for row in rows if row.pk is None]

    class DraftRowsFormSet(formset):
        draft_new_rows = new
        extra = formset.extra + len(new)

        def __init__(self, *args, **kwargs):
            if not kwargs.get("initial"):
                kwargs["initial"] = [model_to_dict(row) for row in new]
            super().__init__(*args, **kwargs)

        def get_queryset(self):
            return existing

    DraftRowsFormSet.__name__ = formset.__name__
    return DraftRowsFormSet


def _formset_rows(formset) -> list:
    """Every row the submitted ``formset`` keeps, with its new values (none saved)."""
    rows = []
    new_rows = getattr(formset, "draft_new_rows", [])
    initial_count = formset.initial_form_count()
    for index, form in enumerate(formset.forms):
        if formset.can_delete and formset._should_delete_form(form):
            continue
        if index < initial_count or form.has_changed():
            rows.append(form.instance)
        elif index - initial_count < len(new_rows):  # a new row of the draft, unchanged
            rows.append(new_rows[index - initial_count])
    # nothing saved: the admin's change message lists no rows
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    return rows


class OrganisationScopedAdmin:
    """Put it first: an editor sees, changes and deletes only their organisation's objects.

    The model is scoped with ``editorial.register_scope`` (editorial models by
    ``editorial.register``). The owner is the administrators' to change; what an editor
    adds belongs to their organisation. Organisations themselves (owner ``"pk"``) are
    added by administrators only.
    """

    def _scope(self):
        return editorial.scope_of(self.model)

    def get_queryset(self, request):
        return editorial.scoped(super().get_queryset(request), request.user)

    def has_add_permission(self, request, *args, **kwargs):
        allowed = super().has_add_permission(request, *args, **kwargs)
        if self._scope().owner_field == "pk" and not request.user.is_superuser:
            return False
        return allowed

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or editorial.may_edit(request.user, obj))

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or editorial.may_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or editorial.may_edit(request.user, obj))

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        owner_field = self._scope().owner_field
        if not request.user.is_superuser and owner_field != "pk":
            readonly.append(owner_field)
        return readonly

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        owner_field = self._scope().owner_field
        if request.user.is_superuser and owner_field != "pk" and owner_field not in filters:
            filters.append(owner_field)
        return filters

    def save_model(self, request, obj, form, change):
        scope = self._scope()
        if (
            not change
            and not request.user.is_superuser
            and scope.owner_field != "pk"
            and not scope.is_many
        ):
            field = self.model._meta.get_field(scope.owner_field)
            setattr(obj, field.attname, request.user.organisation_id)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        scope = self._scope()
        if not change and not request.user.is_superuser and scope.is_many:
            getattr(form.instance, scope.owner_field).add(request.user.organisation_id)


class EditorialAdmin(OrganisationScopedAdmin):
    change_form_template = "admin/editorial/change_form.html"
    formfield_overrides = {models.DateField: {"widget": DateInput}}

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly.append(editorial.options(self.model).publish_field)
        return readonly

    # --- Markdown help and preview ------------------------------------------------
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and _markdown_base(self.model, db_field.name):
            formfield.widget = MarkdownTextarea(
                attrs=formfield.widget.attrs,
                preview_url=reverse(
                    f"admin:{self.opts.app_label}_{self.opts.model_name}_markdown_preview"
                ),
            )
            offset = editorial.options(self.model).markdown_fields[
                _markdown_base(self.model, db_field.name)
            ]
            formfield.help_text = MARKDOWN_HELP % {"heading": heading_marker(offset)}
        return formfield

    def markdown_preview_view(self, request):
        """The text of one Markdown field, rendered exactly as its public page renders it."""
        if not (self.has_change_permission(request) or self.has_add_permission(request)):
            raise PermissionDenied
        name = request.POST.get("_markdown_preview", "")
        base = _markdown_base(self.model, name)
        if base is None:
            return HttpResponseBadRequest(_("Choose a Markdown field to preview."))
        text = request.POST.get(name, "")
        offset = editorial.options(self.model).markdown_fields[base]
        try:
            label = self.model._meta.get_field(name).verbose_name
        except Exception:  # the field of a model without translations
            label = name
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Preview: %(field)s") % {"field": label},
            "rendered": render_markdown(text, heading_offset=offset),
            "heading_changes": heading_changes(text, heading_offset=offset),
            "heading_marker": heading_marker(offset),
            "is_empty": not text.strip(),
        }
        request.current_app = self.admin_site.name
        response = TemplateResponse(request, "admin/editorial/markdown_preview.html", context)
        return mark_private(response)

    # --- drafts ------------------------------------------------------------------
    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        match = request.resolver_match
        if (
            obj is not None
            and match
            and match.url_name
            and match.url_name.endswith("_change")
            and editorial.is_published(obj)  # an unpublished object is edited as it is
        ):
            return editorial.draft_instance(obj) or obj
        return obj

    def get_formsets_with_inlines(self, request, obj=None):
        """On a published object with a draft, the inline forms show the draft's rows."""
        rows = {}
        if obj is not None and obj.pk and editorial.is_published(self.model.objects.get(pk=obj.pk)):
            rows = editorial.draft_rows(obj)
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            name = _relation_name(formset)
            if name in rows:
                formset = _draft_rows_formset(formset, rows[name])
            yield formset, inline

    def save_model(self, request, obj, form, change):
        if change and editorial.is_published(self.model.objects.get(pk=obj.pk)):
            request._editorial_drafting = True  # the draft is saved with its rows below
            return
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        if not getattr(request, "_editorial_drafting", False):
            super().save_related(request, form, formsets, change)
            return
        follow = editorial.options(self.model).follow
        m2m = {
            f.name: [related.pk for related in form.cleaned_data[f.name]]
            for f in self.model._meta.many_to_many
            if f.name in form.cleaned_data
        }
        rows = {}
        for formset in formsets:
            name = _relation_name(formset)
            if name in follow:
                rows[name] = _formset_rows(formset)
            else:  # an inline that versions do not keep is saved directly
                self.save_formset(request, form, formset, change=change)
        request._editorial_draft = editorial.draft_save(
            candidate=form.instance, m2m=m2m, rows=rows, actor=request.user
        )

    def response_change(self, request, obj):
        if getattr(request, "_editorial_drafting", False):
            if request._editorial_draft is None:
                message = _("Nothing differs from the published page any more; no draft is kept.")
            else:
                message = _(
                    "Draft saved. The public page stays as it is until the draft is "
                    "submitted for review and approved."
                )
            self.message_user(request, message, messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            draft = editorial.draft_of(obj)
            context["editorial_draft"] = draft
            context["editorial_url"] = reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_editorial", args=[obj.pk]
            )
            context["editorial_translate_url"] = reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_translate",
                args=[obj.pk, "et"],
            )
            if draft is not None or not editorial.is_published(obj):
                context["editorial_preview_url"] = obj.get_absolute_url() + (
                    "?draft=1" if draft is not None else ""
                )
        return super().render_change_form(request, context, add, change, form_url, obj)

    # --- the drafts and versions page ---------------------------------------------
    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "markdown-preview/",
                self.admin_site.admin_view(require_POST(self.markdown_preview_view)),
                name=f"{info[0]}_{info[1]}_markdown_preview",
            ),
            path(
                "<path:object_id>/translate/<str:language>/",
                self.admin_site.admin_view(self.translate_view),
                name=f"{info[0]}_{info[1]}_translate",
            ),
            path(
                "<path:object_id>/editorial/",
                self.admin_site.admin_view(self.editorial_view),
                name=f"{info[0]}_{info[1]}_editorial",
            ),
            path(
                "<path:object_id>/editorial/compare/<int:version_id>/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{info[0]}_{info[1]}_editorial_compare",
            ),
            *super().get_urls(),
        ]

    def _editable_object(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404(_("No such object, or it belongs to another organisation."))
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def editorial_view(self, request, object_id):
        obj = self._editable_object(request, object_id)
        if request.method == "POST":
            return self._editorial_post(request, obj)
        draft = editorial.draft_of(obj)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": obj,
            "title": _("Drafts and versions: %(object)s") % {"object": obj},
            "draft": draft,
            "draft_fields": self._field_labels(draft.changed_fields if draft else []),
            "may_submit": (draft is None and not editorial.is_published(obj))
            or (draft is not None and draft.state != DraftState.IN_REVIEW),
            "may_review": editorial.may_review(request.user, obj, draft),
            "is_published": editorial.is_published(obj),
            "preview_url": obj.get_absolute_url() + ("?draft=1" if draft else ""),
            "events": list(editorial.events(obj)[:100]),
            "versions": list(editorial.versions(obj)[:50]),
            "change_url": reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk]
            ),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/editorial/editorial.html", context)

    def _field_labels(self, names):
        labels = []
        for name in names:
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:  # a field removed since the draft was saved
                label = name
            else:  # inline rows (a reverse relation) by their model's plural name
                label = str(
                    field.related_model._meta.verbose_name_plural
                    if field.one_to_many
                    else field.verbose_name
                )
            labels.append(label[:1].upper() + label[1:])
        return labels

    def _editorial_post(self, request, obj):
        action = request.POST.get("action", "")
        try:
            if action == "submit":
                editorial.draft_submit(obj=obj, actor=request.user)
                message = _("Submitted for review; the reviewers have been e-mailed.")
            elif action == "approve":
                editorial.draft_approve(
                    obj=obj, actor=request.user, comment=request.POST.get("comment", "")[:2000]
                )
                message = _("Approved: the changes are public now.")
            elif action == "send_back":
                editorial.draft_send_back(
                    obj=obj, actor=request.user, comment=request.POST.get("comment", "")[:2000]
                )
                message = _("Sent back with your comment.")
            elif action == "restore":
                try:
                    version_id = int(request.POST.get("version", ""))
                except ValueError:
                    raise Http404(_("No such version.")) from None
                version = get_object_or_404(Version.objects.get_for_object(obj), pk=version_id)
                draft = editorial.version_restore(obj=obj, version=version, actor=request.user)
                message = (
                    _("That version is the draft now; submit it for review to publish it.")
                    if draft
                    else _("That version is the same as the published page.")
                )
            else:
                self.message_user(request, _("Unknown action."), messages.ERROR)
                return HttpResponseRedirect(request.path)
        except ValueError as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(request.path)
        self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(request.path)

    # --- translation side by side ----------------------------------------------------
    def _translate_formfield(self, db_field, **kwargs):
        formfield = db_field.formfield(**kwargs)
        base = _markdown_base(self.model, db_field.name)
        if formfield is not None and base:
            offset = editorial.options(self.model).markdown_fields[base]
            formfield.help_text = MARKDOWN_HELP % {"heading": heading_marker(offset)}
            formfield.widget = MarkdownTextarea(
                attrs={"rows": 10, "cols": 60},
                preview_url=reverse(
                    f"admin:{self.opts.app_label}_{self.opts.model_name}_markdown_preview"
                ),
            )
        return formfield

    def translate_view(self, request, object_id, language):
        """English next to one target language, field by field; saves only that language."""
        targets = [code for code, _name in settings.LANGUAGES if code != editorial.SOURCE_LANGUAGE]
        if language not in targets:
            raise Http404(_("No such language."))
        obj = self._editable_object(request, object_id)
        current = editorial.draft_instance(obj) or obj
        names = translation_state.translated_fields(self.model)
        form_class = forms.modelform_factory(
            self.model,
            fields=[f"{name}_{language}" for name in names],
            formfield_callback=self._translate_formfield,
        )
        if request.method == "POST":
            form = form_class(request.POST, instance=current)
            if form.is_valid():
                candidate = form.save(commit=False)
                if editorial.is_published(obj):
                    editorial.draft_save(
                        candidate=candidate, m2m=editorial.draft_m2m(obj), actor=request.user
                    )
                    message = _("Translation saved in the draft; it is published after review.")
                else:
                    candidate.save(update_fields=list(form.changed_data) or None)
                    message = _("Translation saved.")
                self.message_user(request, message, messages.SUCCESS)
                return HttpResponseRedirect(request.path)
        else:
            form = form_class(instance=current)
        # fields without an English text have nothing to translate: complete
        states = translation_state.field_states(current, language)
        rows = []
        for name in names:
            field = self.model._meta.get_field(name)
            label = str(field.verbose_name)
            rows.append(
                {
                    "name": name,
                    "anchor": f"field-{name.replace('_', '-')}",
                    "label": label[:1].upper() + label[1:],
                    "source": getattr(current, f"{name}_{editorial.SOURCE_LANGUAGE}") or "",
                    "field": form[f"{name}_{language}"],
                    "state": states.get(name, State.COMPLETE),
                }
            )
        open_rows = [i for i, row in enumerate(rows) if row["state"] != State.COMPLETE]
        for index, row in enumerate(rows):
            row["previous"] = next(
                (rows[i]["anchor"] for i in reversed(open_rows) if i < index), ""
            )
            row["next"] = next((rows[i]["anchor"] for i in open_rows if i > index), "")
        language_names = dict(settings.LANGUAGES)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": obj,
            "title": _("Translate “%(object)s” into %(language)s")
            % {"object": obj, "language": str(language_names[language])},
            "language": language,
            "language_name": str(language_names[language]),
            "languages": [
                {
                    "code": code,
                    "name": str(language_names[code]),
                    "url": reverse(
                        f"admin:{self.opts.app_label}_{self.opts.model_name}_translate",
                        args=[obj.pk, code],
                    ),
                }
                for code in targets
            ],
            "rows": rows,
            "form": form,
            "first_open": rows[open_rows[0]]["anchor"] if open_rows else "",
            "counts": {
                state: sum(1 for row in rows if row["state"] == state)
                for state in (State.MISSING, State.STALE)
            },
            "has_draft": editorial.draft_of(obj) is not None,
            "change_url": reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk]
            ),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/editorial/translate.html", context)

    def compare_view(self, request, object_id, version_id):
        obj = self._editable_object(request, object_id)
        version = get_object_or_404(Version.objects.get_for_object(obj), pk=version_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": obj,
            "title": _("Version of %(date)s compared with the published page")
            % {"date": version.revision.date_created.strftime("%Y-%m-%d %H:%M")},
            "version": version,
            "rows": editorial.version_changes(obj, version),
            "editorial_url": reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_editorial", args=[obj.pk]
            ),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/editorial/compare.html", context)
