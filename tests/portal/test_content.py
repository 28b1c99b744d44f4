"""The content loader: validation names the file and the field, loading is idempotent, the
reference data alone gives a working (empty) portal."""

from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from markets.models import BarrierAssessment, KeyFact, MarketProfile, ResourceLink
from pilots.models import PilotCase, PilotStep, ProcessStep
from portal import content
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
    UserGroup,
)

pytestmark = pytest.mark.django_db

COUNTRY = """\
code: xx
position: 9
name:
  en: Nowhere
  et: Eikuski
  fi: Ei missään
  lv: Nekur
  sv: Ingenstans
"""


@dataclass(frozen=True, eq=False)
class FolderKind(content.ContentKind):
    """A registered kind whose files live in a test's temporary folder."""

    folder_path: Path = Path()

    @property
    def directory(self) -> Path:
        return self.folder_path


def _country_file(tmp_path, text=COUNTRY, name="xx.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _read(path, kind="portal.countries"):
    return content.read_file(path, content.get_kind(kind))


def test_a_valid_file_reads_as_python_values(tmp_path):
    data = _read(_country_file(tmp_path))
    assert data == {
        "code": "xx",
        "position": 9,
        "name": {
            "en": "Nowhere",
            "et": "Eikuski",
            "fi": "Ei missään",
            "lv": "Nekur",
            "sv": "Ingenstans",
        },
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (COUNTRY.replace("  sv: Ingenstans\n", ""), "xx.yaml: name: missing language sv"),
        (
            COUNTRY.replace("  sv: Ingenstans\n", "  sv: ''\n"),
            "xx.yaml: name.sv: expected a non-empty",
        ),
        (COUNTRY + "  de: Nirgends\n", "xx.yaml: name: unknown language de"),
        (COUNTRY + "colour: red\n", "xx.yaml: colour: unknown field"),
        (COUNTRY.replace("position: 9\n", ""), "xx.yaml: position: missing field"),
        (
            COUNTRY.replace("position: 9", "position: nine"),
            "xx.yaml: position: expected a whole number",
        ),
        (
            COUNTRY.replace("position: 9", "position: true"),
            "xx.yaml: position: expected a whole number",
        ),
        (COUNTRY.replace("code: xx", "code: [x]"), "xx.yaml: code: expected text"),
        (COUNTRY.replace("name:\n", "name: Nowhere\nnameless:\n"), "xx.yaml: nameless: unknown"),
        ("code: xx\n  position: [9\n", "xx.yaml: not valid YAML"),
        ("", "xx.yaml: the file is empty"),
        ("- code: xx\n", "xx.yaml: expected fields, got list"),
    ],
)
def test_an_invalid_file_is_rejected_naming_the_file_and_the_field(tmp_path, text, message):
    with pytest.raises(content.ContentError) as error:
        _read(_country_file(tmp_path, text))
    assert message in str(error.value)


def test_invalid_utf8_is_rejected_naming_the_file(tmp_path):
    path = tmp_path / "xx.yaml"
    path.write_bytes(COUNTRY.encode() + b"# \xff\xfe\n")
    with pytest.raises(content.ContentError, match=r"xx\.yaml: not UTF-8"):
        _read(path)


def test_a_nested_field_is_named_with_its_place_in_the_file(tmp_path):
    source = content.get_kind("markets.profiles").files()[0]
    text = source.read_text(encoding="utf-8").replace("  year: 2024\n", "  year: soon\n", 1)
    path = tmp_path / "broken-profile.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(content.ContentError) as error:
        _read(path, "markets.profiles")
    assert "broken-profile.yaml: key_facts[0].year: expected a whole number" in str(error.value)


def test_every_content_file_in_the_repository_is_valid():
    names = {kind.name for kind in content.kinds()}
    assert {"portal.countries", "portal.pages", "markets.profiles", "pilots.pilots"} <= names
    for kind in content.kinds():
        assert kind.files(), kind.name
        content.documents(kind)  # raises on the first invalid file


def test_a_broken_file_stops_the_load_before_anything_is_written(tmp_path, monkeypatch):
    _country_file(tmp_path, COUNTRY, "a.yaml")
    _country_file(tmp_path, COUNTRY.replace("code: xx", "code: yy") + "oops: 1\n", "b.yaml")
    base = content.get_kind("portal.countries")
    kind = FolderKind(
        "portal", "test-countries", content.REFERENCE, base.fields, base.save, tmp_path
    )
    monkeypatch.setitem(content._registry, kind.name, kind)

    with pytest.raises(CommandError, match=r"b\.yaml: oops: unknown field"):
        call_command("load_reference", stdout=None)

    assert not Country.objects.exists()


def test_a_file_naming_a_missing_object_is_an_error_naming_the_file(tmp_path, monkeypatch):
    call_command("load_reference", stdout=None)
    base = content.get_kind("portal.organisations")
    text = base.files()[0].read_text(encoding="utf-8").replace("country: ", "country: x", 1)
    (tmp_path / "stray.yaml").write_text(text, encoding="utf-8")
    kind = FolderKind(
        "portal", "test-organisations", content.DEMO, base.fields, base.save, tmp_path
    )
    monkeypatch.setitem(content._registry, kind.name, kind)

    with pytest.raises(content.ContentError, match=r"stray\.yaml: refers to something"):
        content.load(content.DEMO, app_labels=("portal",))


MODELS = (
    Country,
    Sector,
    Barrier,
    Language,
    LabMethod,
    UserGroup,
    PartnerOrganisation,
    SupportService,
    Page,
    ProcessStep,
    Contact,
    LivingLab,
    Publication,
    MarketProfile,
    BarrierAssessment,
    KeyFact,
    ResourceLink,
    PilotCase,
    PilotStep,
)


def _snapshot():
    return {
        model.__name__: sorted(
            tuple(sorted((k, str(v)) for k, v in row.items() if k not in ("updated_at",)))
            for row in model.objects.values()
        )
        for model in MODELS
    }


def test_loading_twice_changes_nothing(settings):
    settings.DEBUG = False
    call_command("load_demo", stdout=None)
    first = _snapshot()
    call_command("load_reference", stdout=None)
    call_command("load_demo", stdout=None)
    assert _snapshot() == first
    assert len(first["MarketProfile"]) == 8 and len(first["PilotCase"]) == 11


def test_reference_data_alone_gives_a_working_empty_portal(client):
    call_command("load_reference", stdout=None)

    assert [Country.objects.count(), Sector.objects.count(), Barrier.objects.count()] == [4, 2, 8]
    assert PartnerOrganisation.objects.count() == 4 and ProcessStep.objects.count() == 7
    assert Page.objects.filter(slug="privacy", is_published=True).exists()
    for model in (Contact, LivingLab, Publication, MarketProfile, PilotCase):
        assert not model.objects.exists(), model
    for path in [
        "/en/",
        "/fi/markets/",
        "/et/network/",
        "/lv/contacts/",
        "/sv/living-labs/",
        "/en/publications/",
        "/fi/transfer-model/",
        "/en/pilots/",
        "/lv/pages/privacy/",
        "/en/counseling/new/",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
    assert "Ballad" in client.get("/en/pages/about/").content.decode()
