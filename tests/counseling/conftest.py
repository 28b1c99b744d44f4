import pytest


@pytest.fixture
def demo(taxonomy):
    """The portal taxonomy, the four partner organisations and the market profiles."""
    from markets import demo

    demo.load(stdout=None)
    return taxonomy


@pytest.fixture
def laurea_counselor(taxonomy):
    from tests.counseling.factories import counselor_of

    return counselor_of("laurea")


@pytest.fixture
def ibs_counselor(taxonomy):
    from tests.counseling.factories import counselor_of

    return counselor_of("ibs")
