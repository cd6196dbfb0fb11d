import pytest
from django.core.cache import cache
from django.test import override_settings

from kiosk.crawl.robots import forget_policies
from kiosk.stories import services as stories
from tests.loopback import LoopbackServer


@pytest.fixture(autouse=True)
def fresh_robots_cache():
    # Loopback ports are reused between tests; a policy cached for one must not leak.
    forget_policies()


@pytest.fixture(autouse=True, scope="session")
def plain_static_files():
    # Hashed static names need collectstatic's manifest; in-process tests serve the app
    # directories as they are (the demo tests run collectstatic and use the manifest).
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        yield


@pytest.fixture(autouse=True)
def fresh_story_index(settings, tmp_path):
    # The story index lives for the process; each test's database starts empty (rolled
    # back), so the index must too, and its band snapshots go to the test's own folder.
    settings.KIOSK_STORIES_DIR = tmp_path / "stories"
    stories.reset_index()
    yield
    stories.reset_index()


@pytest.fixture(autouse=True)
def fresh_page_cache():
    # Each test's database is rolled back, which no content version records: a page
    # cached by one test must not be served to the next.
    cache.clear()


@pytest.fixture
def loopback():
    server = LoopbackServer().start()
    yield server
    server.stop()
