import pytest

from tests.content import load_demo


@pytest.fixture
def demo(network):
    """The reference data with the network's demo Living Labs, the seven steps of the model
    and the eleven demo pilots."""
    load_demo("pilots")
    return network
