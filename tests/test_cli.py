import subprocess
import sys

from kiosk.cli import COMMANDS


def run_kiosk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args], capture_output=True, text=True, timeout=60
    )


def test_help_explains_each_kiosk_command():
    result = run_kiosk("--help")
    assert result.returncode == 0
    for name in ("demo", "crawl", "serve", "newsroom"):
        assert f"  {name} " in result.stdout
    assert len(COMMANDS) >= 4


def test_each_command_has_its_own_help():
    for name in ("demo", "crawl", "serve", "newsroom"):
        result = run_kiosk(name, "--help")
        assert result.returncode == 0, result.stderr
        assert "usage: kiosk " + name in result.stdout


def test_unknown_command_fails_clearly():
    result = run_kiosk("frobnicate")
    assert result.returncode != 0
    assert "Unknown command: 'frobnicate'" in result.stderr
