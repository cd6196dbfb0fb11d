import pytest

from tests.loopback import LoopbackServer


@pytest.fixture
def loopback():
    server = LoopbackServer().start()
    yield server
    server.stop()
