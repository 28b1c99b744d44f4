"""The editor's tools on a market profile: Markdown preview and translating side by side."""

import pytest
from django.urls import reverse

from markets.models import ProfileStatus
from portal import editorial, roles
from portal.markdown import render_markdown
from portal.models import PartnerOrganisation
from tests.factories import StaffFactory
from tests.markets.factories import MarketProfileFactory

pytestmark = pytest.mark.django_db

PREVIEW_URL = reverse("admin:markets_marketprofile_markdown_preview")
TEXT = (
    "# Laws\n\nThe **act** of 2024:\n\n- one\n- [two](https://example.org)\n\n<script>x()</script>"
)


@pytest.fixture
def taf(taxonomy):
    return PartnerOrganisation.objects.get(slug="taf")


@pytest.fixture
def editor(taf):
    return StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=taf)


@pytest.fixture
def profile(taxonomy, taf):
    return MarketProfileFactory(
        country=taxonomy["countries"]["lv"],
        sector=taxonomy["sectors"]["e-learning"],
        owner=taf,
        regulation_en="## Laws\n\nThe regulation in English.",
        regulation_et="Eestikeelne regulatsioon.",
        overview_et="",
    )


def _translate_url(profile, language="et"):
    return reverse("admin:markets_marketprofile_translate", args=[profile.pk, language])


# --- Markdown preview --------------------------------------------------------------


def test_preview_renders_like_the_public_page(client, editor, profile):
    client.force_login(editor)

    response = client.post(
        PREVIEW_URL, {"_markdown_preview": "regulation_en", "regulation_en": TEXT}
    )

    assert response.status_code == 200
    page = response.content.decode()
    rendered = str(render_markdown(TEXT, heading_offset=2))  # profile sections use |markdown:2
    assert rendered in page
    assert "<script>x()" not in page
    assert "level 1 is shown as level 3" in page  # the outline moves "#" under the page's h2
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]

    # the public page shows the same HTML once the text is there
    profile.regulation_en = TEXT
    profile.save()
    public = client.get("/en/markets/lv/e-learning/").content.decode()
    assert rendered in public


def test_preview_has_no_heading_warning_for_a_well_formed_outline(client, editor, profile):
    client.force_login(editor)

    page = client.post(
        PREVIEW_URL,
        {"_markdown_preview": "regulation_lv", "regulation_lv": "### Likumi\n\nTeksts."},
    ).content.decode()

    assert "<h3>Likumi</h3>" in page
    assert "is shown as level" not in page


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"_markdown_preview": "summary_en", "summary_en": "x"},  # not a Markdown field
        {"_markdown_preview": "owner", "owner": "1"},
        {"_markdown_preview": "regulation_xx", "regulation_xx": "x"},
        {"_markdown_preview": "regulation_en\x00"},
    ],
)
def test_preview_refuses_fields_that_are_not_markdown(client, editor, data):
    client.force_login(editor)

    assert client.post(PREVIEW_URL, data).status_code == 400


def test_preview_needs_post_and_staff(client, editor):
    assert client.post(PREVIEW_URL, {"_markdown_preview": "regulation_en"}).status_code == 302
    client.force_login(editor)
    assert client.get(PREVIEW_URL).status_code == 405


def test_change_form_has_markdown_help_preview_buttons_and_links_in_new_tabs(
    client, editor, profile
):
    client.force_login(editor)

    page = client.get(
        reverse("admin:markets_marketprofile_change", args=[profile.pk])
    ).content.decode()

    assert page.count('name="_markdown_preview"') == 9 * 5  # nine sections in five languages
    assert f'formaction="{PREVIEW_URL}"' in page and 'formtarget="_blank"' in page
    assert "headings with “### ”" in page  # what a section shows as written
    assert 'class="viewsitelink" target="_blank" rel="noopener"' in page
    assert _translate_url(profile) in page


# --- Translating side by side ------------------------------------------------------------


def test_translation_view_shows_english_next_to_the_language_with_states(client, editor, profile):
    client.force_login(editor)

    response = client.get(_translate_url(profile))

    assert response.status_code == 200
    rows = {row["name"]: row for row in response.context["rows"]}
    assert rows["regulation"]["state"] == "complete"
    assert rows["overview"]["state"] == "missing"  # English text, no Estonian
    assert rows["funding"]["state"] == "complete"  # nothing to translate
    assert rows["summary"]["state"] == "missing"
    page = response.content.decode()
    assert "The regulation in English." in page and "Eestikeelne regulatsioon." in page
    assert 'name="regulation_et"' in page and 'name="regulation_en"' not in page
    assert f'href="#{rows["summary"]["next"]}"' in page


def test_translation_view_saves_only_its_language(client, editor, profile):
    client.force_login(editor)
    profile.status = ProfileStatus.DRAFT
    profile.save()

    response = client.post(
        _translate_url(profile, "lv"),
        {
            "regulation_lv": "Regulējums latviski.",
            "summary_lv": "Kopsavilkums.",
            "regulation_en": "Forged English",
            "regulation_et": "Forged Estonian",
            "status": ProfileStatus.PUBLISHED,
        },
    )

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.regulation_lv == "Regulējums latviski."
    assert profile.summary_lv == "Kopsavilkums."
    assert profile.regulation_en == "## Laws\n\nThe regulation in English."
    assert profile.regulation_et == "Eestikeelne regulatsioon."
    assert profile.status == ProfileStatus.DRAFT


def test_translation_of_a_published_profile_goes_into_the_draft(client, editor, profile):
    client.force_login(editor)

    client.post(_translate_url(profile, "sv"), {"regulation_sv": "Regleringen på svenska."})

    profile.refresh_from_db()
    assert profile.regulation_sv == ""
    assert editorial.draft_instance(profile).regulation_sv == "Regleringen på svenska."
    page = client.get(_translate_url(profile, "sv")).content.decode()
    assert "Regleringen på svenska." in page  # the view continues the draft


def test_translation_view_is_scoped_and_refuses_unknown_languages(client, taxonomy, profile):
    sics = PartnerOrganisation.objects.get(slug="sics")
    client.force_login(StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=sics))

    assert client.get(_translate_url(profile)).status_code == 404
    assert client.post(_translate_url(profile), {"regulation_et": "x"}).status_code == 404
    profile.refresh_from_db()
    assert profile.regulation_et == "Eestikeelne regulatsioon."

    client.force_login(StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=profile.owner))
    for language in ("en", "xx", "de"):
        assert client.get(_translate_url(profile, language)).status_code == 404
