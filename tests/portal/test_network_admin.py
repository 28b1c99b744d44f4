"""The network in the admin: smoke tests for every model, and uploads checked by content."""

import html
import io
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal import roles
from portal.editorial import scoped
from portal.models import (
    Contact,
    LabMethod,
    Language,
    LivingLab,
    Page,
    PartnerOrganisation,
    Publication,
    SupportService,
    UserGroup,
)
from portal.pdf import simple_pdf
from portal.uploads import MAX_DOCUMENT_BYTES, detect_document_type, validate_document
from tests.factories import StaffFactory, SuperuserFactory

pytestmark = pytest.mark.django_db

# The editor in these tests is the Latvian partner's (TAF): these objects are theirs.
MODELS = [
    (PartnerOrganisation, "taf", "slug", "TAF"),
    (SupportService, "counseling", "slug", "Counseling"),
    (Contact, "arturs.ozols@example.org", "email", "Ozols"),
    (LivingLab, "botnia-living-lab", "slug", "Botnia"),
    (Publication, "project-handbook", "slug", "handbook"),
    (Page, "about", "slug", "About"),
    (Language, "fi", "code", "Finnish"),
    (LabMethod, "simulation", "slug", "Simulation"),
    (UserGroup, "patients", "slug", "Patients"),
]


@pytest.fixture(params=["superuser", "partner_editor"])
def admin_user(request, network):
    if request.param == "superuser":
        return SuperuserFactory()
    editor = StaffFactory(
        roles=[roles.PARTNER_EDITOR], organisation=PartnerOrganisation.objects.get(slug="taf")
    )
    # an editor sees their organisation's
    LivingLab.objects.update(owner=editor.organisation)
    Publication.objects.update(owner=editor.organisation)
    return editor


# Site-wide pages and lookup lists are for administrators only.
ADMIN_ONLY = {Page, Language, LabMethod, UserGroup}


def _url(model, view: str, *args) -> str:
    return reverse(f"admin:portal_{model._meta.model_name}_{view}", args=args)


def test_partner_editor_role_has_the_network_permissions(network):
    codenames = set(
        Group.objects.get(name=roles.PARTNER_EDITOR)
        .permissions.filter(content_type__app_label="portal")
        .values_list("codename", flat=True)
    )
    for model in ("partnerorganisation", "supportservice", "contact", "livinglab", "publication"):
        assert {f"add_{model}", f"change_{model}", f"view_{model}"} <= codenames
    for model in ("page", "language", "labmethod", "usergroup"):
        assert not {f"add_{model}", f"change_{model}", f"view_{model}"} & codenames
    assert "delete_contact" not in codenames
    assert "change_user" not in codenames


@pytest.mark.parametrize(("model", "key", "field", "search"), MODELS)
def test_admin_changelist_search_add_and_change_load(client, admin_user, model, key, field, search):
    client.force_login(admin_user)
    obj = model.objects.get(**{field: key})
    if model in ADMIN_ONLY and not admin_user.is_superuser:
        assert client.get(_url(model, "changelist")).status_code == 403
        assert client.get(_url(model, "change", obj.pk)).status_code == 403
        return

    response = client.get(_url(model, "changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count == scoped(model.objects.all(), admin_user).count()

    response = client.get(_url(model, "changelist"), {"q": search})
    assert response.status_code == 200
    assert obj in response.context["cl"].result_list

    response = client.get(_url(model, "add"))
    if model is PartnerOrganisation and not admin_user.is_superuser:
        assert response.status_code == 403  # organisations are added by administrators
        response = client.get(_url(model, "change", obj.pk))
        assert response.status_code == 200
        return
    assert response.status_code == 200
    page = response.content.decode()
    if hasattr(model, "name_lv") or hasattr(model, "title_lv"):
        assert 'name="name_lv"' in page or 'name="title_lv"' in page

    response = client.get(_url(model, "change", obj.pk))
    assert response.status_code == 200
    assert str(obj) in response.content.decode()


@pytest.mark.parametrize(
    ("model", "key", "field"),
    [
        (PartnerOrganisation, "laurea", "slug"),
        (SupportService, "counseling", "slug"),
        (Contact, "anna.virtanen@example.org", "email"),
        (LivingLab, "botnia-living-lab", "slug"),
        (Publication, "project-handbook", "slug"),
        (Page, "about", "slug"),
    ],
)
def test_admin_change_page_has_view_on_site(client, network, model, key, field):
    client.force_login(SuperuserFactory())
    obj = model.objects.get(**{field: key})
    page = html.unescape(client.get(_url(model, "change", obj.pk)).content.decode())
    assert 'class="viewsitelink"' in page
    if f"/r/{_content_type(model)}/" in page:
        response = client.get(f"/admin/r/{_content_type(model)}/{obj.pk}/")
        assert response.status_code == 302
        assert response["Location"].endswith(obj.get_absolute_url())
    else:  # a view_on_site method links straight to the page
        assert f'href="{obj.get_absolute_url()}"' in page


def _content_type(model) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).pk


def test_admin_hidden_contact_has_no_view_on_site(client, network):
    client.force_login(SuperuserFactory())
    contact = Contact.objects.get(email="tonu.mets@example.org")
    page = client.get(_url(Contact, "change", contact.pk)).content.decode()
    assert 'class="viewsitelink"' not in page


def test_admin_living_lab_filters(client, network):
    client.force_login(SuperuserFactory())
    method = LabMethod.objects.get(slug="simulation")

    response = client.get(_url(LivingLab, "changelist"), {"methods__id__exact": method.pk})

    assert {lab.slug for lab in response.context["cl"].result_list} == {
        "ouluhealth-labs",
        "rsu-medical-education-technology-centre",
    }


# --- Uploads checked by content -----------------------------------------------------------------


def _zip(entries: dict[str, bytes], *, stored_first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if stored_first:
            archive.writestr(
                zipfile.ZipInfo(stored_first), entries.pop(stored_first), zipfile.ZIP_STORED
            )
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})


def xlsx_bytes() -> bytes:
    return _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


def odt_bytes() -> bytes:
    return _zip(
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"},
        stored_first="mimetype",
    )


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("report.pdf", simple_pdf(title="A report"), "pdf"),
        ("report.docx", docx_bytes(), "docx"),
        ("report.ODT", odt_bytes(), "odt"),
        ("figures.xlsx", xlsx_bytes(), "xlsx"),
    ],
)
def test_valid_documents_are_accepted(name, content, kind):
    upload = ContentFile(content, name=name)
    validate_document(upload)
    assert detect_document_type(upload) == kind


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("report.pdf", b"<html><body>not a pdf</body></html>", "content_mismatch"),
        ("report.pdf", docx_bytes(), "content_mismatch"),
        ("report.docx", xlsx_bytes(), "content_mismatch"),
        ("report.xlsx", b"PK\x03\x04 broken zip", "content_mismatch"),
        (
            "report.odt",
            _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
            "content_mismatch",
        ),
        ("setup.exe", b"MZ\x90\x00", "extension"),
        ("report.pdf.exe", simple_pdf(title="x"), "extension"),
        ("report", simple_pdf(title="x"), "extension"),
        ("report.doc", b"\xd0\xcf\x11\xe0", "extension"),
        ("empty.pdf", b"", "content_mismatch"),
    ],
)
def test_documents_that_are_not_what_they_say_are_refused(name, content, code):
    with pytest.raises(ValidationError) as error:
        validate_document(ContentFile(content, name=name))
    assert error.value.code == code


def test_documents_over_20_mb_are_refused():
    upload = ContentFile(simple_pdf(title="x"), name="big.pdf")
    upload.size = MAX_DOCUMENT_BYTES + 1

    with pytest.raises(ValidationError) as error:
        validate_document(upload)
    assert error.value.code == "too_large"
    assert "20 MB" in error.value.messages[0]


def _publication_form(**overrides) -> dict:
    data = {
        "title_en": "Living Lab cost survey",
        "slug": "living-lab-cost-survey",
        "kind": "report",
        "description_en": "What a test costs.",
        "language": Language.objects.get(code="en").pk,
        "year": "2026",
        "is_published": "on",
    }
    data.update(overrides)
    return data


def test_admin_uploads_a_pdf_and_records_type_and_size(client, network):
    client.force_login(StaffFactory(roles=[roles.PARTNER_EDITOR]))
    content = simple_pdf(title="Cost survey", paragraphs=["Costs."])

    response = client.post(
        _url(Publication, "add"),
        _publication_form(file=SimpleUploadedFile("survey.pdf", content, "application/pdf")),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    publication = Publication.objects.get(slug="living-lab-cost-survey")
    assert publication.file_type == "pdf"
    assert publication.file_size == len(content)
    assert publication.file.read() == content
    page = client.get("/en/publications/").content.decode()
    assert "Living Lab cost survey" in page


def test_admin_refuses_a_renamed_file_with_a_message_in_the_editors_language(client, network):
    client.force_login(StaffFactory(roles=[roles.PARTNER_EDITOR]))
    before = Publication.objects.count()

    response = client.post(
        _url(Publication, "add"),
        _publication_form(
            file=SimpleUploadedFile("survey.pdf", b"#!/bin/sh\nrm -rf /\n", "application/pdf")
        ),
        headers={"accept-language": "fi"},
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["file"]
    assert errors == [
        "Tiedoston nimen pääte on .pdf, mutta sen sisältö ei ole PDF-asiakirja.",
        "Muut tietosi on tallessa. Valitse korjattu tiedosto uudelleen: selain ei koskaan "
        "muista valittua tiedostoa, kun lomake palaa.",
    ]
    assert Publication.objects.count() == before


def test_admin_change_without_new_file_keeps_the_file(client, network):
    client.force_login(SuperuserFactory())
    publication = Publication.objects.get(slug="project-handbook")
    name, size = publication.file.name, publication.file_size
    data = _publication_form(
        title_en="The Ballad handbook (2nd edition)",
        slug=publication.slug,
        kind=publication.kind,
        year="2026",
    )

    response = client.post(_url(Publication, "change", publication.pk), data)

    assert response.status_code == 302
    publication.refresh_from_db()
    assert publication.title_en == "The Ballad handbook (2nd edition)"
    assert (publication.file.name, publication.file_size) == (name, size)


@pytest.mark.parametrize(
    ("model_name", "search"),
    [("country", "Finland"), ("sector", "health"), ("barrier", "Language"), ("user", "example")],
)
def test_admin_taxonomy_and_users_load_for_a_superuser(client, taxonomy, model_name, search):
    from django.apps import apps

    model = apps.get_model("portal", model_name)
    client.force_login(SuperuserFactory())
    changelist = reverse(f"admin:portal_{model_name}_changelist")

    response = client.get(changelist, {"q": search})
    assert response.status_code == 200
    assert response.context["cl"].result_count >= 1
    assert client.get(reverse(f"admin:portal_{model_name}_add")).status_code == 200
    obj = model.objects.order_by("pk").first()
    response = client.get(reverse(f"admin:portal_{model_name}_change", args=[obj.pk]))
    assert response.status_code == 200
