"""The translation checker: long texts whose translation is too short, too long or lacks a number."""

import pytest
from django.core.management import CommandError, call_command

from portal import content
from portal.content_check import check_text, check_translations, numbers_in
from tests.portal.test_content import FolderKind

ENGLISH = (
    "About 560,000 pupils attend some 2,070 comprehensive schools, plus around 110,000 in "
    "general upper secondary schools. Health spending is 6.9 % of GDP; the 2014 curriculum "
    "put ICT skills in every subject, and education became compulsory to age 18 in 2021."
)


def _values(**translations):
    return {
        "en": ENGLISH,
        **{code: translations.get(code, ENGLISH) for code in ["et", "fi", "lv", "sv"]},
    }


def test_numbers_match_whatever_the_separators():
    assert set(numbers_in(ENGLISH)) == {"560000", "2070", "110000", "69", "2014", "18", "2021"}
    assert set(numbers_in("noin 560 000 oppilasta, 2 070 koulua, 6,9 %")) == {
        "560000",
        "2070",
        "69",
    }
    # A space joins only a group of three digits: two years stay two numbers.
    assert set(numbers_in("vuosina 2010 2012")) == {"2010", "2012"}


def test_a_faithful_translation_passes():
    finnish = (
        "Perusopetuksessa on noin 560 000 oppilasta noin 2 070 koulussa, lisäksi lukioissa noin "
        "110 000 opiskelijaa. Terveysmenot ovat 6,9 % BKT:sta; vuoden 2014 opetussuunnitelma toi "
        "tieto- ja viestintäteknologian kaikkiin aineisiin, ja oppivelvollisuus laajeni 18 "
        "ikävuoteen vuonna 2021."
    )
    assert check_text("x.yaml", "market_size", _values(fi=finnish)) == []


def test_a_short_translation_that_drops_figures_is_reported_per_language():
    short = "Umbes 560 000 õpilast käib ligikaudu 2070 põhikoolis."
    findings = check_text("x.yaml", "market_size", _values(et=short, lv=short))

    assert [(f.language, f.field) for f in findings] == [
        ("et", "market_size"),
        ("lv", "market_size"),
    ]
    assert findings[0].ratio < 0.7
    assert findings[0].missing_numbers == ("110,000", "6.9", "2014", "18", "2021")
    assert str(findings[0]).startswith("x.yaml: market_size [et]: too short (0.")


def test_a_translation_far_longer_than_the_english_is_reported():
    findings = check_text("x.yaml", "overview", _values(sv=ENGLISH * 2))
    assert [f.language for f in findings] == ["sv"]
    assert "too long (2.00x the English)" in str(findings[0])


def test_short_texts_are_not_checked():
    assert (
        check_text(
            "x.yaml",
            "title",
            {"en": "Finland 2024", **dict.fromkeys(["et", "fi", "lv", "sv"], "x")},
        )
        == []
    )


def test_the_command_names_file_field_and_language(tmp_path, monkeypatch):
    base = content.get_kind("markets.profiles")
    text = base.files()[0].read_text(encoding="utf-8")
    (tmp_path / "short.yaml").write_text(text, encoding="utf-8")
    kind = FolderKind("portal", "test-profiles", content.DEMO, base.fields, base.save, tmp_path)
    monkeypatch.setattr(content, "kinds", lambda dataset=None: [kind])

    findings = check_translations()
    assert findings, "the demo profiles still have short translations"
    with pytest.raises(CommandError, match=r"translations to complete"):
        call_command("content_check", "--language", "lv")
    assert all(
        f.language in {"et", "fi", "lv", "sv"} and f.path.endswith("short.yaml") for f in findings
    )


def test_the_command_succeeds_when_every_translation_is_complete(tmp_path, monkeypatch, capsys):
    base = content.get_kind("portal.countries")
    (tmp_path / "xx.yaml").write_text(
        "code: xx\nposition: 1\nname: {en: X, et: X, fi: X, lv: X, sv: X}\n", encoding="utf-8"
    )
    kind = FolderKind(
        "portal", "test-countries", content.REFERENCE, base.fields, base.save, tmp_path
    )
    monkeypatch.setattr(content, "kinds", lambda dataset=None: [kind])

    call_command("content_check")
    assert "0 translations to complete" in capsys.readouterr().out
