"""The network's demo content: enough records, five languages, real files, idempotent."""

import pytest
from django.core.management import call_command

from portal.models import (
    Contact,
    LabMethod,
    Language,
    LivingLab,
    PartnerOrganisation,
    Publication,
    SupportService,
    UserGroup,
)

pytestmark = pytest.mark.django_db

CODES = ["en", "et", "fi", "lv", "sv"]


def _counts():
    return [
        m.objects.count()
        for m in (Language, LabMethod, UserGroup, SupportService, Contact, LivingLab, Publication)
    ]


def test_network_demo_is_idempotent_and_keeps_one_file_per_publication(settings):
    call_command("load_demo", stdout=None)
    first = _counts()
    names = sorted(Publication.objects.values_list("file", flat=True))
    call_command("load_demo", stdout=None)

    assert _counts() == first
    assert sorted(Publication.objects.values_list("file", flat=True)) == names
    stored = sorted(p.name for p in (settings.MEDIA_ROOT / "publications").iterdir())
    assert stored == sorted(name.split("/")[-1] for name in names)


def test_network_demo_has_the_records_the_issue_asks_for(network):
    public = Contact.objects.filter(is_public=True)
    assert public.count() >= 12
    assert set(public.values_list("country__code", flat=True)) == {"ee", "fi", "lv", "se"}
    assert set(public.values_list("sectors__slug", flat=True)) == {"e-health", "e-learning"}
    assert all(c.email.endswith("@example.org") for c in Contact.objects.all())
    assert Contact.objects.filter(is_public=False).exists()

    labs = LivingLab.objects.filter(is_published=True)
    assert labs.count() >= 10
    assert set(labs.values_list("country__code", flat=True)) == {"ee", "fi", "lv", "se"}
    for lab in labs:
        assert lab.methods.exists() and lab.user_groups.exists() and lab.test_languages.exists()

    assert set(SupportService.objects.values_list("slug", flat=True)) == {
        "market-information",
        "counseling",
        "living-lab-access",
        "partner-search",
        "pilot-support",
    }
    for organisation in PartnerOrganisation.objects.all():
        assert organisation.support_services.exists()

    publications = Publication.objects.all()
    assert publications.count() == 4
    for publication in publications:
        content = publication.file.read()
        assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
        assert publication.file_type == "pdf"
        assert publication.file_size == len(content)


def test_network_demo_has_every_text_in_five_languages(network):
    for model, fields in [
        (PartnerOrganisation, ["name", "description"]),
        (SupportService, ["name", "description", "audience", "how_to_get"]),
        (Contact, ["role"]),
        (LivingLab, ["name", "city", "summary", "description", "ethics_support"]),
        (Publication, ["title", "description"]),
        (Language, ["name"]),
        (LabMethod, ["name"]),
        (UserGroup, ["name"]),
    ]:
        for obj in model.objects.all():
            for field in fields:
                for code in CODES:
                    assert getattr(obj, f"{field}_{code}"), f"{obj} lacks {field}_{code}"
