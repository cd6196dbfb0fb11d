"""Running the portal under gunicorn, a production WSGI server (never runserver)."""

import os
import signal
import subprocess
import sys

from django.core.management import call_command


def gunicorn_command(bind: str, workers: int) -> list[str]:
    return [
        sys.executable, "-m", "gunicorn", "kiosk.wsgi:application",
        "--bind", bind,
        "--workers", str(workers),
        "--access-logfile", "-",
        "--graceful-timeout", "5",
    ]  # fmt: skip


def run_gunicorn(bind: str, workers: int) -> int:
    """Collect static files for whitenoise, then run gunicorn in the foreground until it
    exits or the user presses Ctrl-C."""
    call_command("collectstatic", interactive=False, verbosity=0)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "kiosk.settings"}
    process = subprocess.Popen(gunicorn_command(bind, workers), env=env)  # noqa: S603

    def stop(signum, frame) -> None:
        # A supervisor stopping `kiosk serve` stops gunicorn too: never an orphan server.
        process.terminate()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()
    finally:
        signal.signal(signal.SIGTERM, previous)
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)
