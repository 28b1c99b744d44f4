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
