import pytest

from tests.content import load_demo


@pytest.fixture
def demo(taxonomy):
    """The portal taxonomy, the four partner organisations and the market profiles."""
    load_demo("markets")
    return taxonomy


@pytest.fixture
def laurea_counselor(taxonomy):
    from tests.counseling.factories import counselor_of

    return counselor_of("laurea")


@pytest.fixture
def ibs_counselor(taxonomy):
    from tests.counseling.factories import counselor_of

    return counselor_of("ibs")
