import pytest


@pytest.fixture
def demo(taxonomy):
    """The portal taxonomy and the eight demo market profiles."""
    from markets import demo

    demo.load(stdout=None)
    return taxonomy
