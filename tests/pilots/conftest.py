import pytest


@pytest.fixture
def demo(taxonomy):
    """The portal taxonomy, the seven steps of the model and the eleven demo pilots."""
    from pilots import demo

    demo.load(stdout=None)
    return taxonomy
