import pytest

from tests.content import load_demo


@pytest.fixture
def demo(taxonomy):
    """The portal taxonomy and the eight demo market profiles."""
    load_demo("markets")
    return taxonomy
