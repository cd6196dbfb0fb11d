"""A real browser for the reader's pages: Playwright driving Debian's chromium.

`make test` installs chromium (apt); Playwright never downloads a browser of its own.
Screenshots are saved under test-artifacts/browser/ for people to look at.
"""

import shutil
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("chromium is not installed: run `make test`, which installs it.")
    return path


@pytest.fixture
def browser():
    # Imported here: the rest of the suite does not need Playwright's event loop.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
