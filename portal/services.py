"""Business rules of the portal app, called by views, admin and commands alike."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction

from portal.models import Publication
from portal.two_factor import demo_totp_ensure
from portal.uploads import detect_document_type, validate_document

DEMO_ADMIN_PASSWORD = "ballad-demo-admin"  # noqa: S105 - only ever set when DEBUG is on


@transaction.atomic
def user_ensure_demo_admin() -> tuple[str, str]:
    """Create (or reset) the demo superuser with a verified e-mail. Refuses outside DEBUG."""
    if not settings.DEBUG:
        raise RuntimeError("The demo administrator exists only in development (DJANGO_DEBUG=1).")
    from allauth.account.models import EmailAddress

    email = settings.DEMO_ADMIN_EMAIL
    user, _created = get_user_model().objects.get_or_create(
        email=email, defaults={"name": "Demo Administrator"}
    )
    user.is_staff = True
    user.is_superuser = True
    user.set_password(DEMO_ADMIN_PASSWORD)
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    demo_totp_ensure(user)
    return email, DEMO_ADMIN_PASSWORD


def publication_record_file(*, publication: Publication, upload) -> None:
    """Store the type and size of ``upload`` (already validated) on the publication.

    Does not save: the caller (the admin, ``publication_attach_file``) saves once.
    """
    publication.file_type = detect_document_type(upload) or ""
    publication.file_size = upload.size


@transaction.atomic
def publication_attach_file(*, publication: Publication, name: str, content: bytes) -> None:
    """Check ``content`` like an upload, store it as ``name`` and save the publication.

    When the storage already holds exactly this content under that name (the demo loaded
    again), the stored file is reused instead of writing a copy with a new name.
    """
    upload = ContentFile(content, name=name)
    validate_document(upload)
    field = publication.file.field
    stored_name = field.generate_filename(publication, name)
    storage = publication.file.storage
    if storage.exists(stored_name):
        with storage.open(stored_name, "rb") as existing:
            same = existing.read() == content
        if same:
            publication.file.name = stored_name
        else:
            storage.delete(stored_name)
            publication.file.save(name, upload, save=False)
    else:
        publication.file.save(name, upload, save=False)
    publication_record_file(publication=publication, upload=upload)
    publication.save()


DEMO_EDITOR_PASSWORD = "ballad-demo-editor"  # noqa: S105 - only ever set when DEBUG is on
# One partner editor per organisation, two for the Latvian partner so that the review
# flow (a second person approves) can be tried: (organisation slug, name, e-mail).
DEMO_EDITORS = (
    ("laurea", "Mikko Korhonen", "editor.laurea@ballad.example.org"),
    ("ibs", "Mari Kask", "editor.ibs@ballad.example.org"),
    ("taf", "Līga Ozola", "editor.taf@ballad.example.org"),
    ("taf", "Andris Kalniņš", "editor2.taf@ballad.example.org"),
    ("sics", "Erik Johansson", "editor.sics@ballad.example.org"),
)


@transaction.atomic
def user_ensure_demo_editors() -> list[tuple[str, str, str]]:
    """Create (or reset) the demo partner editors; ``[(organisation, e-mail, password)]``.

    Refuses outside DEBUG. Living Labs and pilot cases without an owner are given the
    partner organisation of their country, so each editor has content to keep.
    """
    if not settings.DEBUG:
        raise RuntimeError("Demo editors exist only in development (DJANGO_DEBUG=1).")
    from allauth.account.models import EmailAddress
    from django.apps import apps
    from django.contrib.auth.models import Group

    from portal import roles, two_factor
    from portal.models import LivingLab, PartnerOrganisation

    group = Group.objects.filter(name=roles.PARTNER_EDITOR).first()
    organisations = {o.slug: o for o in PartnerOrganisation.objects.select_related("country")}
    created = []
    for slug, name, email in DEMO_EDITORS:
        organisation = organisations.get(slug)
        if organisation is None:
            continue
        user, _created = get_user_model().objects.get_or_create(email=email)
        user.name = name
        user.is_staff = True
        user.organisation = organisation
        user.set_password(DEMO_EDITOR_PASSWORD)
        user.save()
        if group is not None:
            user.groups.add(group)
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        two_factor.demo_totp_ensure(user)  # staff need a second factor for the admin
        created.append((str(organisation), email, DEMO_EDITOR_PASSWORD))
    by_country = {}
    for slug, _name, _email in DEMO_EDITORS:
        if slug in organisations:
            by_country.setdefault(organisations[slug].country_id, organisations[slug])
    for lab in LivingLab.objects.filter(owner__isnull=True):
        if lab.country_id in by_country:
            LivingLab.objects.filter(pk=lab.pk).update(owner=by_country[lab.country_id])
    if apps.is_installed("pilots"):  # portal imports no other app: through the registry
        pilot_model = apps.get_model("pilots", "PilotCase")
        for pilot in pilot_model.objects.filter(owner__isnull=True):
            if pilot.origin_country_id in by_country:
                pilot_model.objects.filter(pk=pilot.pk).update(
                    owner=by_country[pilot.origin_country_id]
                )
    return created


def user_set_language(*, user, language: str) -> None:
    """Store ``language`` (one of ``settings.LANGUAGES``, or "" for none) as ``user``'s
    preference: the admin speaks it (``portal.middleware.AdminLanguageMiddleware``)."""
    if language and language not in dict(settings.LANGUAGES):
        raise ValueError(f"Unknown language {language!r}.")
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])
