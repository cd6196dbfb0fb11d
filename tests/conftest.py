import pytest

from kiosk.crawl.robots import forget_policies
from tests.loopback import LoopbackServer


@pytest.fixture(autouse=True)
def fresh_robots_cache():
    # Loopback ports are reused between tests; a policy cached for one must not leak.
    forget_policies()


@pytest.fixture
def loopback():
    server = LoopbackServer().start()
    yield server
    server.stop()
