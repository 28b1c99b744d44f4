"""Every translation of a long text in the content files says all that its English says."""

from portal import content_check


def test_every_long_translation_has_the_length_and_numbers_of_its_english():
    findings = content_check.check_translations()

    assert [str(finding) for finding in findings] == []
    assert content_check.long_text_count() >= 120  # the check looked at the real content
