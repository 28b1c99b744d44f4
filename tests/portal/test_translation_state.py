"""Translation freshness: an English change makes the translations stale in the admin and on
the page; saving a translation or marking it checked makes it fresh again."""

import pytest
from django.urls import reverse

from markets.models import MarketProfile
from portal import editorial, roles, translation_state
from portal.models import TranslationState
from portal.translation_state import State
from tests.content import load_demo
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db

NEW_ENGLISH = "Since 2026 every e-health service must pass the new **national interface test**."


@pytest.fixture
def profiles(taxonomy):
    load_demo("markets")


@pytest.fixture
def editor(client, profiles):
    """An editor of the organisation that owns the Swedish e-health profile."""
    user = StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=_swedish_ehealth().owner)
    client.force_login(user)
    return user


def _swedish_ehealth():
    return MarketProfile.objects.get(country__code="se", sector__slug="e-health")


def _change_url(profile):
    return reverse("admin:markets_marketprofile_change", args=[profile.pk])


def _post_change(client, profile, **changes):
    """Submit the admin change form as an editor would: every field as shown, plus changes."""
    url = _change_url(profile)
    form = client.get(url).context["adminform"].form
    data = {
        name: ("" if value is None else value)
        for name, value in form.initial.items()
        if name in form.fields
    }
    data.update(
        {
            "country": profile.country_id,
            "sector": profile.sector_id,
            "owner": profile.owner_id or "",
            "reviewed_on": profile.reviewed_on.isoformat(),
            **changes,
        }
    )
    for prefix, related in (
        ("barrier_assessments", profile.barrier_assessments.all()),
        ("key_facts", profile.key_facts.all()),
        ("resources", profile.resources.all()),
    ):
        items = list(related)
        data[f"{prefix}-TOTAL_FORMS"] = len(items)
        data[f"{prefix}-INITIAL_FORMS"] = len(items)
        for index, item in enumerate(items):
            data[f"{prefix}-{index}-id"] = item.pk
            data[f"{prefix}-{index}-profile"] = profile.pk
            for field in item._meta.concrete_fields:
                if field.name in {"id", "profile"}:
                    continue
                value = getattr(item, field.attname)
                data[f"{prefix}-{index}-{field.name}"] = "" if value is None else value
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    # The profile is published: the change is a draft until a second editor approves it.
    editor = response.wsgi_request.user
    editorial.draft_submit(obj=profile, actor=editor)
    reviewer = StaffFactory(roles=[roles.PARTNER_EDITOR], organisation=profile.owner)
    editorial.draft_approve(obj=profile, actor=reviewer)
    profile.refresh_from_db()
    return profile


def test_loaded_content_is_complete_in_every_language(profiles):
    profile = _swedish_ehealth()
    assert translation_state.object_states(profile) == dict.fromkeys(
        ["et", "fi", "lv", "sv"], State.COMPLETE
    )
    assert set(translation_state.field_states(profile, "lv").values()) == {State.COMPLETE}


def test_changing_the_english_makes_the_four_translations_stale(client, editor):
    profile = _post_change(client, _swedish_ehealth(), regulation_en=NEW_ENGLISH)

    for language in ["et", "fi", "lv", "sv"]:
        states = translation_state.field_states(profile, language)
        assert states["regulation"] == State.STALE, language
        assert states["summary"] == State.COMPLETE
    changelist = client.get(reverse("admin:markets_marketprofile_changelist")).content.decode()
    assert changelist.count("translation-state--stale") == 4

    response = client.get(
        reverse("admin:markets_marketprofile_changelist"), {"needs_translation": "lv"}
    )
    assert [p.key for p in response.context["cl"].result_list] == ["se-e-health"]
    assert "needs translation into" in response.content.decode()

    form = client.get(_change_url(profile)).content.decode()
    assert "translation-state--stale" in form and "regulation" in form


def test_the_page_tells_the_reader_the_translation_is_being_updated(client, editor):
    _post_change(client, _swedish_ehealth(), regulation_en=NEW_ENGLISH)
    client.logout()

    latvian = client.get("/lv/markets/se/e-health/").content.decode()
    english = client.get("/en/markets/se/e-health/").content.decode()

    assert "translation-notice" in latvian
    assert "translation-notice" not in english
    assert "translation-notice" not in client.get("/lv/markets/fi/e-health/").content.decode()


def test_saving_one_translation_makes_only_that_one_fresh(client, editor):
    profile = _post_change(client, _swedish_ehealth(), regulation_en=NEW_ENGLISH)
    profile = _post_change(
        client, profile, regulation_lv="Kopš 2026. gada katram e-veselības pakalpojumam …"
    )

    assert translation_state.field_states(profile, "lv")["regulation"] == State.COMPLETE
    for language in ["et", "fi", "sv"]:
        assert translation_state.field_states(profile, language)["regulation"] == State.STALE
    record = TranslationState.objects.get(object_id=profile.pk, field="regulation", language="lv")
    assert record.checked_by == editor
    assert "translation-notice" not in client.get("/lv/markets/se/e-health/").content.decode()


def test_marking_a_language_checked_clears_its_stale_marks(client, editor):
    profile = _post_change(client, _swedish_ehealth(), regulation_en=NEW_ENGLISH)
    changelist = reverse("admin:markets_marketprofile_changelist")

    response = client.post(
        changelist,
        {"action": "mark_translation_checked_fi", "_selected_action": [profile.pk]},
        follow=True,
    )

    assert "1 stale translation marked as checked (Finnish)." in response.content.decode()
    assert translation_state.object_state(profile, "fi") == State.COMPLETE
    assert translation_state.object_state(profile, "et") == State.STALE


def test_an_empty_translation_is_missing_and_listed_by_the_filter(client, editor):
    profile = _swedish_ehealth()
    MarketProfile.objects.filter(pk=profile.pk).update(channels_et="")
    profile.refresh_from_db()

    assert translation_state.field_states(profile, "et")["channels"] == State.MISSING
    response = client.get(
        reverse("admin:markets_marketprofile_changelist"), {"needs_translation": "et"}
    )
    assert [p.key for p in response.context["cl"].result_list] == ["se-e-health"]
    assert (
        client.get(
            reverse("admin:markets_marketprofile_changelist"), {"needs_translation": "xx"}
        ).status_code
        == 200
    )


def test_the_dashboard_counts_per_language_and_organisation(client, editor):
    _post_change(client, _swedish_ehealth(), regulation_en=NEW_ENGLISH)

    response = client.get(reverse("admin:portal_translationstate_changelist"))

    assert response.status_code == 200
    page = response.content.decode()
    assert "SICS Swedish ICT" in page
    assert page.count("1 stale, 0 missing") == 4
    assert "?needs_translation=lv" in page
