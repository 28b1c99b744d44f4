from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from portal import services, translation_state
from portal.editorial_admin import EditorialAdmin, OrganisationScopedAdmin
from portal.models import (
    Barrier,
    Contact,
    Country,
    LabMethod,
    Language,
    LivingLab,
    Page,
    PartnerOrganisation,
    Publication,
    Sector,
    SupportService,
    User,
    UserGroup,
)
from portal.translation_admin import TranslationStateAdminMixin, register_dashboard


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "name", "organisation", "is_staff", "is_active", "date_joined"]
    list_filter = ["is_staff", "is_superuser", "is_active", "organisation", "groups"]
    list_select_related = ["organisation"]
    search_fields = ["email", "name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personal information"), {"fields": ["name", "organisation", "language"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "name", "organisation", "password1", "password2"],
            },
        )
    ]
    filter_horizontal = ["groups", "user_permissions"]


@admin.register(Country)
class CountryAdmin(TabbedTranslationAdmin):
    list_display = ["code", "name", "position"]
    list_editable = ["position"]
    search_fields = ["code", "name"]


@admin.register(Sector)
class SectorAdmin(TabbedTranslationAdmin):
    list_display = ["slug", "name", "position"]
    list_editable = ["position"]
    search_fields = ["slug", "name"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Barrier)
class BarrierAdmin(TabbedTranslationAdmin):
    list_display = ["slug", "name", "position"]
    list_editable = ["position"]
    search_fields = ["slug", "name"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Language)
class LanguageAdmin(TabbedTranslationAdmin):
    list_display = ["code", "name", "position"]
    list_editable = ["position"]
    search_fields = ["code", "name"]


@admin.register(LabMethod)
class LabMethodAdmin(TabbedTranslationAdmin):
    list_display = ["slug", "name", "position"]
    list_editable = ["position"]
    search_fields = ["slug", "name"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(UserGroup)
class UserGroupAdmin(TabbedTranslationAdmin):
    list_display = ["slug", "name", "position"]
    list_editable = ["position"]
    search_fields = ["slug", "name"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(PartnerOrganisation)
class PartnerOrganisationAdmin(OrganisationScopedAdmin, TabbedTranslationAdmin):
    list_display = ["name", "short_name", "country", "kind", "is_active"]
    list_filter = ["country", "kind", "is_active"]
    list_select_related = ["country"]
    search_fields = ["name", "short_name", "public_email"]
    filter_horizontal = ["answers_for"]
    prepopulated_fields = {"slug": ["short_name"]}
    view_on_site = True


@admin.register(SupportService)
class SupportServiceAdmin(OrganisationScopedAdmin, TabbedTranslationAdmin):
    list_display = ["name", "position", "is_published"]
    list_editable = ["position"]
    list_filter = ["is_published", "organisations"]
    search_fields = ["name", "description", "audience"]
    filter_horizontal = ["organisations"]
    prepopulated_fields = {"slug": ["name_en"]}
    view_on_site = True


@admin.register(Contact)
class ContactAdmin(OrganisationScopedAdmin, TabbedTranslationAdmin):
    list_display = ["name", "role", "organisation", "country", "email", "is_public"]
    list_filter = ["is_public", "country", "organisation", "sectors", "expertise", "languages"]
    list_select_related = ["organisation", "country"]
    search_fields = ["name", "role", "email", "organisation__name", "organisation__short_name"]
    filter_horizontal = ["sectors", "expertise", "languages"]
    fieldsets = [
        (None, {"fields": ["name", "role", "organisation", "country", "is_public"]}),
        (_("Public contact details"), {"fields": ["email", "phone"]}),
        (_("Sectors, expertise and languages"), {"fields": ["sectors", "expertise", "languages"]}),
    ]

    def view_on_site(self, contact: Contact) -> str | None:
        return contact.get_absolute_url() if contact.is_public else None


@admin.register(LivingLab)
class LivingLabAdmin(EditorialAdmin, TranslationStateAdminMixin, TabbedTranslationAdmin):
    list_display = ["name", "country", "city", "community_size", "is_published"]
    list_filter = ["country", "sectors", "methods", "user_groups", "is_published"]
    list_select_related = ["country"]
    search_fields = ["name", "city", "summary", "description"]
    filter_horizontal = ["sectors", "methods", "user_groups", "test_languages"]
    autocomplete_fields = ["contact"]
    prepopulated_fields = {"slug": ["name_en"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "country", "city", "owner", "is_published"]}),
        (_("Place on the map"), {"fields": ["latitude", "longitude"]}),
        (_("Description"), {"fields": ["summary", "description", "sectors", "website"]}),
        (
            _("What the lab offers"),
            {
                "fields": [
                    "methods",
                    "user_groups",
                    "community_size",
                    "test_languages",
                    "ethics_support",
                    "lead_time_weeks",
                    "contact",
                ]
            },
        ),
    ]

    view_on_site = True  # the lab view lets its editors preview drafts


class PublicationAdminForm(forms.ModelForm):
    def _post_clean(self):
        super()._post_clean()
        if "file" in self.errors:  # say what to do: the browser has emptied the file box
            self.add_error(
                "file",
                _(
                    "Your other entries are kept. Choose the corrected file again: "
                    "a browser never keeps a chosen file when the form comes back."
                ),
            )


@admin.register(Publication)
class PublicationAdmin(OrganisationScopedAdmin, TabbedTranslationAdmin):
    form = PublicationAdminForm
    list_display = ["title", "kind", "language", "year", "file_type", "size", "is_published"]
    list_filter = ["kind", "language", "year", "is_published"]
    list_select_related = ["language"]
    search_fields = ["title", "description"]
    prepopulated_fields = {"slug": ["title_en"]}
    readonly_fields = ["file_type", "file_size"]
    fields = [
        "title",
        "slug",
        "kind",
        "description",
        "language",
        "year",
        "file",
        ("file_type", "file_size"),
        "owner",
        "is_published",
    ]
    view_on_site = True

    @admin.display(description=_("size"), ordering="file_size")
    def size(self, publication: Publication) -> str:
        return filesizeformat(publication.file_size)

    def save_model(self, request, obj, form, change):
        if "file" in form.changed_data:
            services.publication_record_file(publication=obj, upload=form.cleaned_data["file"])
        super().save_model(request, obj, form, change)


@admin.register(Page)
class PageAdmin(TranslationStateAdminMixin, TabbedTranslationAdmin):
    list_display = ["slug", "title", "is_published", "updated_at"]
    list_filter = ["is_published"]
    search_fields = ["slug", "title", "body"]
    view_on_site = True


translation_state.track(LivingLab, organisation_field="contact__organisation")
translation_state.track(Page)
register_dashboard(admin.site)
